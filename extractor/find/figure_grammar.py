"""Grammar shared by the figure finders: sentences, units, percents (periods:
extractor/grammar/periods.py).

Part of the figure finders (see extractor/find/figures.py)."""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Optional

import regex

from extractor.grammar import periods
from extractor.find.numbers import Num, find_numbers
from extractor.model import DocumentMeta
from extractor.normalize import strip_marks


# ==== shared grammar ==================================================================

# a sentence ends at ". ; ! ?" before a space, not after an abbreviation ("UBND TP. Cam
# Ranh", "ThS. Nguyễn ..."), and at a run of spaces. The abbreviation is looked behind
# after the stop is read (the same test: the stop is the one read), which lets the engine
# skip from stop to stop (twice as fast; tests/test_fast_paths.py)
_SENT_END = regex.compile(r"[.;!?](?<!(?<!\w)(?:TP|Tp|TX|Tx|ThS|TS|PGS|GS|Th\.S)[.;!?])(?=\s|$)|\s{3,}")
# a proper name's capitalised words (not a period starting the next line: "Năm 2023, ...")
_NAME_TAIL = regex.compile(r"(?:[ ]+(?!(?:Năm|Quý|Tháng|Ngày|Kỳ)\s+(?:\d|[IVX]+\b))(?:\p{Lu}[\p{L}\-]*|\d+(?![.,]?\d|\s?%|[.,]\d)))+")
_LEVEL_WORDS = r"tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn"
_LEVEL_BEFORE_NUM = regex.compile(r"(?:^|\s)(?:" + _LEVEL_WORDS + r"|khu phố|ấp|thôn)\s+$", regex.I)
_YEAR_IN = regex.compile(r"\d{4}")
_NUM_GAP_BAN = regex.compile(r"\d")


class Covered:
    """Half-open (start, end) intervals, asked whether they hold a position or overlap
    a span in O(log n): the `any(a <= x < b for a, b in spans)` of a finder over every
    figure was quadratic in the text (20 MB of text: minutes)."""

    def __init__(self, spans) -> None:
        from itertools import accumulate
        spans = sorted((a, b) for a, b in spans)
        self.starts = [a for a, _ in spans]
        self.max_end = list(accumulate((b for _, b in spans), max))

    def holds(self, x: int) -> bool:
        """any(a <= x < b)"""
        i = bisect.bisect_right(self.starts, x) - 1
        return i >= 0 and self.max_end[i] > x

    def overlaps(self, start: int, end: int) -> bool:
        """any(a < end and start < b)"""
        i = bisect.bisect_left(self.starts, end) - 1
        return i >= 0 and self.max_end[i] > start


def _sentence_bounds(view: str, pos: int, limit: int = 600) -> tuple[int, int]:
    """(start, end) of the sentence around pos, looking at most `limit` characters
    either way. Answered from the document's sentence index (one regex pass)."""
    return _sentences(view).bounds(pos, limit)


def _sentence_bounds_scan(view: str, pos: int, limit: int = 600) -> tuple[int, int]:
    lo = max(0, pos - limit)
    start = lo
    for m in _SENT_END.finditer(view, lo, pos):
        start = m.end()
    m = _SENT_END.search(view, pos, min(len(view), pos + limit))
    end = m.start() if m else min(len(view), pos + limit)
    return start, end


class _Sentences:
    """Every sentence end of a text, found once; bounds() gives what a scan of the
    `limit` characters around a position would give (it falls back to that scan where
    the index cannot tell: inside whitespace, or no sentence end within reach)."""

    def __init__(self, view: str, text: Optional[str] = None):
        self.view = view
        self.starts: list[int] = []
        self.ends: list[int] = []
        found = [(m.start(), m.end()) for m in _SENT_END.finditer(view)]
        if text is not None and len(text) == len(view):
            found = sorted(set(found) | {(a, a + 1) for a in line_ends(text)})
        for a, b in found:
            if self.ends and a < self.ends[-1]:
                continue
            self.starts.append(a)
            self.ends.append(b)

    def bounds(self, pos: int, limit: int = 600) -> tuple[int, int]:
        view = self.view
        if view[pos:pos + 1].isspace() or view[pos - 1:pos] in (".", ";", "!", "?"):
            return _sentence_bounds_scan(view, pos, limit)
        lo = max(0, pos - limit)
        hi = min(len(view), pos + limit)
        i = bisect.bisect_right(self.ends, pos) - 1
        j = bisect.bisect_left(self.starts, pos)
        start_ok = (i >= 0 and self.starts[i] >= lo) or (i < 0 and lo == 0)
        end_ok = (j < len(self.starts) and self.ends[j] <= hi) or (j >= len(self.starts) and hi == len(view))
        if not start_ok or not end_ok:
            return _sentence_bounds_scan(view, pos, limit)
        return (self.ends[i] if i >= 0 else 0), (self.starts[j] if j < len(self.starts) else len(view))

    def hard_start(self, pos: int) -> int:
        """End of the last sentence end at or before pos (0 if none)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 else 0

    def hard_end(self, pos: int) -> int:
        """Start of the first sentence end at or after pos (the text's end if none)."""
        j = bisect.bisect_left(self.starts, pos)
        return self.starts[j] if j < len(self.starts) else len(self.view)

    def windows(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans widened to whole sentences and merged (also across short gaps, which
        are whole sentences too). No cue contains a sentence end,
        so a cue scan inside these windows finds exactly the whole-text matches there."""
        out: list[list[int]] = []
        for a, b in sorted((self.hard_start(a), self.hard_end(b)) for a, b in spans):
            if out and a <= out[-1][1] + 300:  # still whole sentences: fewer, longer scans
                out[-1][1] = max(out[-1][1], b)
            else:
                out.append([a, b])
        return [(a, b) for a, b in out]


_SENT_CACHE: list = [None, None, None]


def _sentences(view: str) -> _Sentences:
    if _SENT_CACHE[0] is not view:
        _SENT_CACHE[0], _SENT_CACHE[1], _SENT_CACHE[2] = view, _Sentences(view), None
    return _SENT_CACHE[1]


def use_text(view: str, text: str) -> None:
    """Let the sentence index of `view` also end sentences where the stored text's lines
    say so (see line_ends); the figure finders call it once per document."""
    if _SENT_CACHE[0] is view and _SENT_CACHE[2] is text:
        return
    _SENT_CACHE[0], _SENT_CACHE[1], _SENT_CACHE[2] = view, _Sentences(view, text), text


_LINE = regex.compile(r"[^\n]*")
_OPEN_END = regex.compile(r"[,:;(\-–—/&]\s*$|(?<!\w)(?:và|của|các|là|với|tại|theo|về|trong|cho|được|có|đã|từ|đến)\s*$",
                          regex.I)


def line_ends(text: str) -> list[int]:
    """Line breaks that end a sentence in a text whose lines are paragraphs (a web page, a
    DOCX: a headline has no full stop, "Ngân hàng Nhà nước Việt Nam đạt Chỉ số CCHC năm 2022
    cao nhất\n\nKết quả ..."): a break after a line that does not run on (no comma, colon,
    open bracket or linking word at its end) and before a line that starts with a capital.
    A text wrapped at a fixed width (a PDF, a legal dump: many lines run on into a lower-case
    line) keeps its line breaks inside sentences."""
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    body = [(a, b) for a, b in lines if text[a:b].strip()]
    if len(body) < 2:
        return []
    nxt = {}
    for (a, b), (c, d) in zip(body, body[1:]):
        nxt[b] = text[c:d].lstrip()[:1]
    run_on = sum(1 for a, b in body[:-1]
                 if text[a:b].rstrip()[-1:] not in ".;!?:" and nxt[b].islower())
    if run_on > 0.1 * len(body):
        return []
    out = []
    for a, b in body[:-1]:
        line = text[a:b].rstrip()
        if line[-1:] in ".;!?" or _OPEN_END.search(line, max(0, len(line) - 12)):
            continue
        first = nxt[b]
        if first.isupper() or first.isdigit():
            out.append(b)
    return out


_AGENCY_NAME = regex.compile(
    r"(?:[ ]+(?!(?:tiếp|nhận|đã|đang|được|giải|có|trong|tại|năm|quý|tháng|là|với|và|thực|tổ|báo|như|theo)(?!\p{L}))"
    r"[\p{L}\-]+){1,8}", regex.I)


def _with_name(view: str, end: int, text: Optional[str] = None) -> int:
    """Extend a scope/subject mention over a following capitalised proper name; with the
    stored text, never across a line break (a header's "UBND XÃ HÒA PHÚ" is not named
    "... Số" by the next line)."""
    m = _NAME_TAIL.match(view, end, min(len(view), end + 300))
    if not m:
        return end
    if text is not None:
        br = text.find("\n", end, m.end())
        if br >= 0:
            return len(text[end:br].rstrip()) + end if text[end:br].strip() else end
    return m.end()


# periods: one owner, extractor/grammar/periods.py (names kept for the finders' call sites)
_period_before = periods.period_before
_with_cutoff = periods.with_cutoff
_period_at = periods.period_at
_clean_period = periods.clean
_meta_period = periods.meta_period


_AGENCY = regex.compile(r"(?:^|[—–]\s*)((?:Sở|Trung tâm|Ban quản lý|Chi cục|Văn phòng)\s+\p{Lu}[^—–]*)$")


_AGENCY_ANY = regex.compile(r"(?:Sở|Trung tâm|Ban quản lý|Chi cục|Văn phòng)\s+\p{L}", regex.I)


def _meta_unit(meta: Optional[DocumentMeta]) -> Optional[str]:
    """The reporting unit's name ("xã Tóc Tiên") from metadata, when another stage found it."""
    if meta is None:
        return None
    agency = _AGENCY.search(meta.issuer or "")
    if agency:
        return agency.group(1).strip()  # a department reports its own figures, not its province's
    parts = [p.strip() for p in regex.split(r"\s+[—–]\s+", meta.issuer or "") if p.strip()]
    if len(parts) > 1:
        # "UBND huyện Hàm Thuận Bắc — UBND xã Tân Thành": the last line of the issuer block
        # is the body that issues (the first is its parent authority)
        own = parts[-1]
        m = _AGENCY_ANY.match(own)
        if m:
            return own[:1].upper() + own[1:]
        m = regex.match(r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?((?:" + _LEVEL_WORDS
                        + r")\s+\p{L}.*)$", own, regex.I)
        if m:
            return m.group(1).strip()
    if meta.unit is not None and meta.unit.name:
        return meta.unit.name
    if meta.issuer:
        m = regex.search(r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?((?:" + _LEVEL_WORDS
                         + r")\b.*)$", meta.issuer, regex.I)
        if m:
            return m.group(1).strip()
    return None


def _complete_subject(subject: str, meta: Optional[DocumentMeta]) -> str:
    """'thành phố' -> 'thành phố Nha Trang' when the reporting unit is that city."""
    unit = _meta_unit(meta)
    if not unit:
        return subject
    m = regex.match(r"^(?:(UBND|Ủy ban nhân dân)\s+)?(" + _LEVEL_WORDS + r")$", subject.strip(), regex.I)
    if m and strip_marks(unit).startswith(strip_marks(m.group(2)) + " "):
        return (m.group(1) + " " if m.group(1) else "") + unit
    from extractor.find.scope_chain import territory
    home = territory(unit)  # "của tỉnh" in a report of Sở Nội vụ tỉnh Phú Yên: tỉnh Phú Yên
    if m and home and strip_marks(home.lower()).startswith(strip_marks(m.group(2).lower()) + " "):
        return (m.group(1) + " " if m.group(1) else "") + home
    return subject


_year_of = periods.period_year


def _percent_at(view: str, pos: int, limit: int) -> Optional[Num]:
    for n in find_numbers(view, pos, min(len(view), pos + limit), kind="decimal"):
        return n if n.percent else None
    return None


_PARA = regex.compile(r"[^\n]+")


_REPEATS_CACHE: list = [(None, None, [])]  # (text, min_len, result) of the last text


def repeated_paragraphs(text: str, min_len: int = 60) -> list[tuple[int, int]]:
    """(start, end) of every paragraph (line) that repeats an earlier one word for word
    (a lead paragraph a web page prints twice): its figures are counted once. Computed
    once per text (the scores and the dossier finders both ask; the last text is kept by
    identity)."""
    got = _REPEATS_CACHE[0]
    if got[0] is not text or got[1] != min_len:
        got = _REPEATS_CACHE[0] = (text, min_len, repeated_paragraphs_plain(text, min_len))
    return list(got[2])


def outside_repeats(doc, facts: list) -> list:
    """The facts (page, start) not inside a repeated paragraph or sentence
    (repeated_paragraphs): a figure stated twice word for word is one fact."""
    repeats = repeated_paragraphs(doc.text)
    if not repeats:
        return facts
    covered = Covered(repeats)
    first = {p.number: doc.starts[i] for i, p in enumerate(doc.pages)}
    return [f for f in facts if not covered.holds(first.get(f.page, 0) + f.start)]


# a sentence of a paragraph: up to a full stop followed by a space ("1.200" is a number)
_SENTENCE = regex.compile(r"(?:[^.!?\n]|[.!?](?![ \t]|$))+[.!?]*", regex.M)
_SENTENCE_MIN = 40  # shorter sentences ("Tỷ lệ đạt 100%.") may well repeat as different facts
# a news source tag before a lead paragraph: "(Baobacgiang.vn) - ", "(PLO) – "
_SOURCE_TAG = regex.compile(r"^\s*\([^()\n]{2,40}\)\s*[-–—:]\s*")


_FIGURE_RUN = regex.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?(?![\d.,]*\d)")
_YEAR = regex.compile(r"(?:19|20)\d\d")


def _telling(sentence: str) -> bool:
    """Whether a sentence's figures tell it apart: two figures at least (years aside), one
    of them neither 0 nor 100. "Tỷ lệ giải quyết đúng hạn đạt 100%, không có hồ sơ trễ
    hạn" may stand under each of several units as their own fact; "tiếp nhận 12.450 hồ
    sơ, đã giải quyết 12.300 hồ sơ" twice is one fact told twice."""
    if not any(ch.isdigit() for ch in sentence):
        return False
    figures = [f for f in _FIGURE_RUN.findall(sentence) if not _YEAR.fullmatch(f)]
    return len(figures) >= 2 and any(f not in ("0", "100") for f in figures)


def repeated_paragraphs_plain(text: str, min_len: int = 60) -> list[tuple[int, int]]:
    """repeated_paragraphs() without its cache. A paragraph repeating an earlier one word
    for word, and a sentence repeating an earlier sentence (a news lead copied into the
    body, with or without its source tag "(Baobacgiang.vn) - "; a summary sentence
    restated in a longer paragraph), when their figures tell them apart (_telling)."""
    seen: set[str] = set()
    out = []
    for m in _PARA.finditer(text):
        key = " ".join(m.group().split())
        if len(key) < min_len or not _telling(key):
            continue
        if key in seen:
            out.append((m.start(), m.end()))
        else:
            seen.add(key)
    whole = Covered(out)
    said: set[str] = set()
    for m in _SENTENCE.finditer(text):
        if whole.holds(m.start()) or not _telling(m.group()):
            continue
        tag = _SOURCE_TAG.match(m.group())
        key = " ".join(m.group()[tag.end() if tag else 0:].split()).rstrip(".!?")
        if len(key) < _SENTENCE_MIN:
            continue
        if key in said:
            out.append((m.start() + (tag.end() if tag else 0), m.end()))
        else:
            said.add(key)
    out.sort()
    return out


@lru_cache(maxsize=1)
def _dateline() -> regex.Pattern:
    """A portal's dateline under its headline (rules/figures.yaml kind dateline)."""
    from extractor.find.figure_vocab import union
    return union("dateline")


def page_furniture(text: str, head_lines: int = 4) -> list[tuple[int, int]]:
    """(start, end) of a web page's headline block: the lines above a dateline among the
    first lines, and the dateline itself. The headline restates the article's lead (its
    figures are the body's) and the dateline's date and time are no figures ("9 tháng"
    in "... đúng hạn 9 tháng đạt 98,72%" is no count)."""
    seen = 0
    for m in _PARA.finditer(text):
        if not m.group().strip():
            continue
        seen += 1
        if seen > head_lines:
            break
        if seen > 1 and _dateline().fullmatch(m.group().strip()):
            return [(0, m.end())]
    return []


_DOC_UNIT = regex.compile(r"(?<!\w)(?:[Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)"
                          r"(?: [\p{Lu}][\p{L}\-]*){1,4}")


def document_unit(text: str, head: int = 1500) -> Optional[str]:
    """The unit a document is about when no other stage names it (a news item: "Năm 2024,
    huyện Thạch Hà tiếp nhận ..."): the first territorial unit named in its opening."""
    view = text  # the stored text: its line breaks tell table rows apart
    for m in _DOC_UNIT.finditer(view, 0, min(len(view), head)):
        a = view.rfind("\n", 0, m.start()) + 1
        b = view.find("\n", m.end())
        line = view[a:b if b >= 0 else len(view)]
        nums = len(_NUM_RUN.findall(line))
        if "|" in line or (nums >= 3 and nums * 3 >= len(line.split())):
            continue  # a table row names its own unit, not the document's
        return m.group()[:1].lower() + m.group()[1:]  # "Tỉnh Bắc Giang tổ chức ...": tỉnh Bắc Giang
    return None


_NUM_RUN = regex.compile(r"(?<![\w.,])\d[\d.,]*(?![\w])")
