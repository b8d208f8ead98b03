"""Evidence view: a document's pages with labelled spans, as one HTML page (displaCy).

Uses spaCy's displaCy "span" style with `manual=True`: the data are built straight from
character offsets (no model, no tokenizer), so what is shown is exactly the stored page
text that the facts point into. Line breaks of the page text are kept (outside spans).
"""
from __future__ import annotations

import html
from bisect import bisect_left
from typing import Any, Iterable, Optional, Sequence

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


# --------------------------------------------------------------------------- annotate
# A light, linear-time evidence page (no spaCy): the stored text exactly as it is (no
# spaces added, line breaks kept with `white-space: pre-wrap`), every fact a <mark> whose
# title says what it is. Overlapping facts are split at their boundaries; a piece covered
# by several facts lists them all.

_KIND = {  # kind -> (Vietnamese, English, colour)
    "document": ("Thông tin văn bản", "Document metadata", "#aa9cfc"),
    "references": ("Văn bản được dẫn", "Cited document", "#7aecec"),
    "laws": ("Luật được nêu", "Law", "#bfeeb7"),
    "scores": ("Điểm số / chỉ số", "Score / index", "#feca74"),
    "dossier_stats": ("Số liệu hồ sơ", "Dossier statistics", "#c887fb"),
    "tasks": ("Nhiệm vụ", "Tasks", "#ffeb80"),
    "ratios": ("Tỷ lệ", "Ratio", "#ff9561"),
    "findings": ("Phát hiện kiểm tra", "Audit finding", "#ff8197"),
}


def _describe(kind: str, fact: Any, lang: str) -> str:
    """One line saying what a fact is, from its own fields."""
    name = _KIND.get(kind, (kind, kind, ""))[1 if lang == "en" else 0]
    if kind == "references":
        bits = [fact.doc_type, fact.number, f"ngày {fact.date}" if fact.date else None,
                fact.issuer]
    elif kind == "findings":
        msg = fact.message_en if lang == "en" else fact.message
        bits = [msg, (f"→ {fact.suggestion}" if fact.suggestion else None)]
    elif kind == "scores":
        bits = [fact.index_name or fact.indicator, fact.criterion, fact.subject,
                fact.value, f"hạng {fact.rank}" if fact.rank else None, fact.year]
    elif kind == "dossier_stats":
        bits = [fact.scope, fact.period] + [
            f"{k}={v:g}" for k, v in vars(fact).items()
            if isinstance(v, float) and v is not None]
    elif kind == "tasks":
        bits = [f"{fact.done}/{fact.total}", fact.period]
    elif kind == "ratios":
        bits = [fact.label, f"{fact.part:g}/{fact.total:g}"]
    elif kind == "laws":
        bits = [fact.name, fact.year]
    else:
        bits = [str(fact)]
    return name + ": " + ", ".join(str(b) for b in bits if b not in (None, ""))


def fact_marks(facts: Any, lang: str = "vi") -> list[tuple[int, int, int, str, str]]:
    """(page, start, end, kind, description) of every fact of an Extraction, or of an
    iterable of facts with page/start/end."""
    from extractor.model import Extraction
    out: list[tuple[int, int, int, str, str]] = []
    if isinstance(facts, Extraction):
        meta = facts.document
        for field_name, span in meta.evidence.items():
            out.append((span.page, span.start, span.end, "document",
                        f"{_KIND['document'][1 if lang == 'en' else 0]}: {field_name} = "
                        f"{getattr(meta, field_name, None) or span.text}"))
        for kind in ("references", "laws", "scores", "dossier_stats", "tasks", "ratios"):
            for f in getattr(facts, kind):
                out.append((f.page, f.start, f.end, kind, _describe(kind, f, lang)))
        for f in facts.findings:
            for ev in f.evidence:
                out.append((ev.page, ev.start, ev.end, "findings", _describe("findings", f, lang)))
        return out
    for f in facts or ():
        kind = {"Reference": "references", "Law": "laws", "Score": "scores",
                "DossierStat": "dossier_stats", "Task": "tasks", "Ratio": "ratios"}.get(
            type(f).__name__, type(f).__name__)
        out.append((f.page, f.start, f.end, kind, _describe(kind, f, lang)))
    return out


_ANNOTATE_CSS = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;line-height:1.6}
.page{white-space:pre-wrap;border-top:1px solid #ccc;padding-top:1rem;margin-top:1rem}
mark{border-radius:3px;padding:0 1px;cursor:help}
mark:focus{outline:2px solid #333}
.legend span{display:inline-block;margin-right:1rem;padding:0 4px;border-radius:3px}
"""


def annotate_html(pages: Sequence[Page], marks: Sequence[tuple[int, int, int, str, str]],
                  title: Optional[str] = None, lang: str = "vi") -> str:
    """HTML page of `pages` with `marks` (page, start, end, kind, description) drawn.
    Raises SpanError for a mark outside its page text."""
    by_number = {p.number: p.text for p in pages}
    for page, start, end, _k, _d in marks:
        _check(by_number, (page, start, end, ""))
    kinds = sorted({m[3] for m in marks})
    legend = "".join(
        f'<span style="background:{_KIND.get(k, (k, k, "#ddd"))[2]}">'
        f'{html.escape(_KIND.get(k, (k, k, ""))[1 if lang == "en" else 0])}</span>'
        for k in kinds)
    parts = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
             f'<title>{html.escape(title or "cchc")}</title><style>{_ANNOTATE_CSS}</style>'
             f'</head><body><h1>{html.escape(title or "cchc")}</h1>'
             f'<p class="legend">{legend}</p>']
    for page in pages:
        text = page.text
        mine = [m for m in marks if m[0] == page.number and m[2] > m[1]]
        cuts = sorted({0, len(text)} | {m[1] for m in mine} | {m[2] for m in mine})
        starts: dict[int, list] = {}
        for m in mine:
            starts.setdefault(m[1], []).append(m)
        active: list = []
        out = []
        for a, b in zip(cuts, cuts[1:]):
            active = [m for m in active if m[2] > a] + starts.get(a, [])
            piece = html.escape(text[a:b])
            if not active:
                out.append(piece)
                continue
            inner = min(active, key=lambda m: m[2] - m[1])
            colour = _KIND.get(inner[3], (0, 0, "#ddd"))[2]
            desc = html.escape(" | ".join(dict.fromkeys(m[4] for m in active)), quote=True)
            out.append(f'<mark tabindex="0" style="background:{colour}" '
                       f'data-kind="{html.escape(inner[3])}" title="{desc}">{piece}</mark>')
        label = f"Trang {page.number}" if lang != "en" else f"Page {page.number}"
        parts.append(f'<section class="page" aria-label="{label}">{"".join(out)}</section>')
    parts.append("</body></html>")
    return "".join(parts)
