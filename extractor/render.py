"""Evidence view: a document's pages with labelled spans, as one HTML page (displaCy).

Uses spaCy's displaCy "span" style with `manual=True`: the data are built straight from
character offsets (no model, no tokenizer), so what is shown is exactly the stored page
text that the facts point into. Line breaks of the page text are kept (outside spans).
"""
from __future__ import annotations

import html
from bisect import bisect_left
from typing import Iterable, Optional, Sequence

import regex

from extractor.model import Page

# Colours for the labels the tool uses; any other label gets one from the palette.
LABEL_COLORS = {
    "REFERENCE": "#7aecec", "LAW": "#bfeeb7", "SCORE": "#feca74", "DOSSIER": "#c887fb",
    "TASK": "#ffeb80", "RATIO": "#ff9561", "FINDING": "#ff8197", "METADATA": "#aa9cfc",
}
_PALETTE = ("#9cc9cc", "#e4e7d2", "#f0d0ff", "#ddd9c4", "#c7f2a3", "#ffd1dc", "#b5d8ff")
_SENTINELS = ("\ue000", "\ue001", "\ue002", "\U000f0000", "\U000f0001")
_TOKEN = regex.compile(r"\S+")


class SpanError(ValueError):
    """A span that does not point into the page text (page, start, end out of range)."""


def _check(pages_by_number: dict[int, str], span: Sequence) -> tuple[int, int, int, str]:
    if len(span) != 4:
        raise SpanError(f"span must be (page, start, end, label): {span!r}")
    page, start, end, label = span
    if page not in pages_by_number:
        raise SpanError(f"không có trang {page} / no page {page}: {span!r}")
    n = len(pages_by_number[page])
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= n):
        raise SpanError(f"khoảng ký tự sai / bad character range on page {page} "
                        f"(length {n}): {span!r}")
    return page, start, end, str(label)


def _tokens(text: str, cuts: Iterable[int], newline: str,
            inside: "_Cover") -> tuple[list[str], list[int]]:
    """Whitespace tokens of `text`, also cut at every span boundary, plus a `newline`
    token for each line break outside spans (at most two in a row). Returns the tokens
    and their start offsets (a newline token's offset is the line break's)."""
    cut_set = sorted(set(cuts))
    toks: list[str] = []
    starts: list[int] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        gap = text[pos:m.start()]
        breaks = min(2, gap.count("\n"))
        if breaks and not inside(pos, m.start()):
            nl = pos + gap.index("\n")
            for _ in range(breaks):
                toks.append(newline)
                starts.append(nl)
        s, e = m.span()
        i = bisect_left(cut_set, s + 1)
        while i < len(cut_set) and cut_set[i] < e:
            toks.append(text[s:cut_set[i]])
            starts.append(s)
            s = cut_set[i]
            i += 1
        toks.append(text[s:e])
        starts.append(s)
        pos = e
    return toks, starts


class _Cover:
    """Does some span cover a gap between two tokens? (spans sorted by start)"""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.max_end: list[int] = []
        m = -1
        for _, e in spans:
            m = max(m, e)
            self.max_end.append(m)

    def __call__(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.starts, lo)
        return i > 0 and self.max_end[i - 1] > hi


def render_html(pages: list[Page], spans: list[tuple[int, int, int, str]],
                title: Optional[str] = None) -> str:
    """One self-contained HTML page showing each page's text with its labelled spans.

    Inputs:
      pages: the document's pages as loaded (`Page.number` is 1-based, `Page.text` the
        stored text every offset points into).
      spans: (page, start, end, label) with `page` a `Page.number` and start/end
        character offsets into that page's text (end exclusive), i.e. the evidence
        `pages[page].text[start:end]` of a reference, law, score, dossier figure or
        finding; `label` is free text shown over the span ("REFERENCE", "LAW",
        "FINDING" ... have fixed colours). Spans may overlap or nest.
      title: shown as the page title (default "cchc").

    Raises SpanError (a ValueError) when a span does not point into its page's text
    (unknown page, start >= end, offsets out of range). A span over whitespace only is
    not drawn. Needs spaCy but no model.
    """
    from spacy import displacy

    by_number = {p.number: p.text for p in pages}
    checked = [_check(by_number, s) for s in spans]
    all_text = "".join(by_number.values())
    newline = next(s for s in _SENTINELS if s not in all_text)
    labels = sorted({lab for _, _, _, lab in checked})
    colors: dict[str, str] = {}
    extra = 0
    for lab in labels:
        key = html.escape(lab)
        if lab.upper() in LABEL_COLORS:
            colors[key] = LABEL_COLORS[lab.upper()]
        else:
            colors[key] = _PALETTE[extra % len(_PALETTE)]
            extra += 1
    parsed = []
    for page in pages:
        mine = sorted((s, e, lab) for p, s, e, lab in checked if p == page.number)
        cuts = [x for s, e, _ in mine for x in (s, e)]
        toks, starts = _tokens(page.text, cuts, newline, _Cover([(s, e) for s, e, _ in mine]))
        data_spans = []
        for s, e, lab in mine:
            a = bisect_left(starts, s)
            b = bisect_left(starts, e)
            while a < b and toks[a] == newline:
                a += 1
            if a >= b:
                continue  # whitespace only
            data_spans.append({"start_token": a, "end_token": b, "label": html.escape(lab)})
        parsed.append({"text": page.text, "tokens": toks, "spans": data_spans,
                       "title": html.escape(f"Trang {page.number} / Page {page.number}"),
                       "settings": {"lang": "vi", "direction": "ltr"}})
    out = displacy.render(parsed, style="span", manual=True, page=True, jupyter=False,
                          options={"colors": colors})
    out = out.replace(newline + " ", "<br>\n").replace(newline, "<br>\n")
    head = html.escape(title or "cchc")
    out = out.replace("<title>displaCy</title>",
                      f'<meta charset="utf-8">\n        <title>{head}</title>', 1)
    return out
