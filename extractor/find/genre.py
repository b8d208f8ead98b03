"""The genre of a text: an administrative document of a stated type, a news item, or a
portal's statistics page — decided from several signals, and the signals reported.

Signals (names as reported in `DocumentMeta.doc_type_signals`):
  document side
    header_motto, header_number, header_place_date, header_title  the classic header
    self_number        the text opens with "<Type> số <number> ..." or a site's "Số hiệu"
    title_word         the first line starts with a type word ("Kế hoạch Cải cách ...")
    adoption           "<body> ban hành Kế hoạch ... như sau:" (the text adopts itself)
    closing            "Trên đây là báo cáo ..."
    subject_sentence   "UBND phường X báo cáo ..."
    signature          a signature block (authority line, signer title, "Nơi nhận")
    issuer_block       upper-case issuing-body lines at the top ("ỦY BAN NHÂN DÂN / XÃ ...")
    report_sections    upper-case Roman-numbered sections ("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH")
    report_title       a headline of results or review ("Kết quả ...", "Tổng kết ...")
  news side
    published_label    "Ngày đăng: ...", "Cập nhật ngày ...", "Được viết ngày ..."
    date_line          a line holding only a date (and a time, a weekday)
    event_dateline     a paragraph opening "Chiều 15/9," / "Ngày 23-3," (no year)
    byline             "Tin, ảnh: ...", "Nguồn: ..."
    prose_only         none of the document signals, running prose
  statistics
    figures_table      most of the first lines are rows of figures

Precedence: a classic header or a self-stated number makes a document (a news headline
naming a decision is the exception: with news signals and nothing else of a document,
the page is news about the decision). Then a type stated by the text itself (title
word, adoption, closing, subject sentence). Then report structure (sections with a
results/review headline or an issuing-body block) makes a Báo cáo even on a page with a
posting date. Then a table of figures makes a statistics page. Otherwise a text with
news signals, or plain prose with no document signal at all, is a news item.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from extractor.find import cues
from extractor.find.cues import has_letters, mostly_upper, trim
from extractor.normalize import DocText

_PUNCT = regex.compile(r"[.,;:]")
_SENTENCE_END = regex.compile(r"\.(?:\s|$)")

HEAD_CHARS = 3000
REPORT_TYPE = "Báo cáo"
_NUMERIC = regex.compile(r"(?<![\p{L}])\d[\d.,]*%?(?![\p{L}])")
_TOKEN = regex.compile(r"\S+")


@dataclass
class Genre:
    kind: str = "unknown"  # document | news | statistics | unknown
    doc_type: Optional[str] = None  # a type the genre itself decides (None: keep others')
    type_span: Optional[tuple[int, int]] = None
    signals: list[str] = field(default_factory=list)  # the deciding signals
    headline_names_other: bool = False  # the first-line "<Type> số ..." is not this text


def news_type() -> str:
    for e in cues.entries("news_type"):
        return e.name
    return "Tin bài"


def statistics_type() -> str:
    for e in cues.entries("statistics_type"):
        return e.name
    return "Thống kê"


def _content_lines(lv: str, limit: int, n: int) -> list[tuple[int, int]]:
    out = []
    for s, e in cues.lines(lv, 0, limit):
        a, b = trim(lv, s, e)
        if a < b and not cues.any_match("chrome", lv[a:b]):
            out.append((a, b))
            if len(out) >= n:
                break
    return out


def _figure_row(seg: str) -> bool:
    toks = _TOKEN.findall(seg)
    nums = _NUMERIC.findall(seg)
    return len(nums) >= 3 and len(nums) >= 0.4 * len(toks)


def _is_prose(seg: str) -> bool:
    return len(seg) >= 80 and bool(_PUNCT.search(seg)) and not mostly_upper(seg)


def _is_sentence(seg: str) -> bool:
    return _is_prose(seg) and bool(_SENTENCE_END.search(seg.rstrip() + " "))


def read_genre(doc: DocText, h, selfd, sig) -> Genre:
    """h: header.Header, selfd: selfdesc.SelfDesc, sig: signature.Signature."""
    text_len = len(doc.text)
    limit = min(text_len, HEAD_CHARS)
    lv = cues.line_view(doc.text[:limit], doc.view[:limit])
    lines = _content_lines(lv, limit, 40)
    g = Genre()

    news: list[str] = []
    if selfd.published is not None:
        news.append("published_label")
    if selfd.date_line is not None:
        news.append("date_line")
    if any(cues.first("event_dateline", lv, a, b) for a, b in lines[:12]):
        news.append("event_dateline")
    tail = cues.line_view(doc.text[-1500:], doc.view[-1500:])
    if any(p.search(tail) for p in cues.patterns("byline")) or \
            any(cues.first("byline", lv, a, b) for a, b in lines):
        news.append("byline")

    header: list[str] = []
    if h.present:
        head = doc.view[:min(text_len, 4000)]
        if cues.first("motto", head):
            header.append("header_motto")
        if h.number is not None:
            header.append("header_number")
        if h.date is not None:
            header.append("header_place_date")
        if h.doc_type is not None:
            header.append("header_title")
    signature = bool(sig.signer or sig.title or sig.recipients)

    # 1. a classic header: a document
    if header:
        g.kind, g.signals = "document", header + (["signature"] if signature else [])
        return g

    # 2. a self-stated number: a document, unless a news page names a decision in its headline
    if selfd.number is not None:
        first = selfd.first_line
        if (selfd.number_from == "first_line" and news and not signature
                and first is not None and selfd.number.start < first[1] + 1):
            g.kind, g.doc_type = "news", news_type()
            g.headline_names_other = True
            g.signals = news + ["headline_names_a_document"]
            return g
        g.kind, g.signals = "document", ["self_number"] + (["signature"] if signature else [])
        return g

    # 3. the type the text states for itself
    stated: list[str] = []
    if lines:
        a, b = lines[0]
        tm = cues.any_type_word_regex().match(lv, a, b)
        if tm and (tm.end() == b or not lv[tm.end()].isalnum()):
            name = cues.doc_type_by_word(tm.group("type"))
            if name:
                g.doc_type, g.type_span = name, (tm.start(), tm.end())
                stated.append("title_word")
    if g.doc_type is None:
        for pat in cues.patterns("adoption"):
            am = pat.search(doc.view, 0, min(text_len, 2500))
            if am:
                tm = cues.any_type_word_regex().match(doc.view, am.start("rest"))
                name = cues.doc_type_by_word(tm.group("type")) if tm else None
                if name:
                    g.doc_type, g.type_span = name, (tm.start(), tm.end())
                    stated.append("adoption")
                    break
    if selfd.closing is not None:
        stated.append("closing")
    if not news:  # weaker: a news item too can open "UBND huyện thông báo ..." or end signed
        if selfd.subject is not None:
            stated.append("subject_sentence")
        if signature:
            stated.append("signature")

    sections = any(cues.first("report_heading", lv, a, b) for a, b in lines)
    report_title = bool(lines) and bool(cues.first("report_title", lv, *lines[0]))
    issuer_block = False
    for a, b in lines[:12]:
        seg = lv[a:b]
        # (the cue first: it rarely matches, and reading every letter of a line is dearer)
        if cues.first("issuer_block", lv, a, b) and has_letters(seg) and mostly_upper(seg):
            issuer_block = True
            break

    typed = g.doc_type is not None or selfd.doc_type is not None
    if stated and typed:
        g.kind, g.signals = "document", stated + (["report_sections"] if sections else [])
        return g

    # 4. report structure: sections under a results headline, an issuing body, or in a
    # text that speaks as a document without naming its type
    if sections and (report_title or issuer_block or stated):
        g.kind, g.doc_type = "document", REPORT_TYPE
        g.signals = stated + ["report_sections"] + (["report_title"] if report_title else []) \
            + (["issuer_block"] if issuer_block else [])
        if lines:
            g.type_span = lines[0]
        return g
    if stated:
        g.kind, g.signals = "document", stated
        return g

    # 5. a page of figures: rows of figures near the top, hardly a sentence
    rows = [ab for ab in lines[:12] if _figure_row(lv[ab[0]:ab[1]])]
    sentences = [ab for ab in lines[:20] if _is_sentence(lv[ab[0]:ab[1]])]
    if len(rows) >= 3 and len(sentences) <= 1:
        g.kind, g.doc_type = "statistics", statistics_type()
        g.signals = ["figures_table"] + (["report_title"] if report_title else [])
        g.type_span = rows[0]
        return g

    # 6. news: its own signals, or prose with nothing of a document
    if news:
        g.kind, g.doc_type, g.signals = "news", news_type(), news
        return g
    if any(_is_prose(lv[a:b]) for a, b in lines):
        g.kind, g.doc_type, g.signals = "news", news_type(), ["prose_only"]
        if lines:
            g.type_span = lines[0]
    return g
