"""Who and when a figure belongs to when its own clause does not say: the one owner of
scope (dossier statistics, tasks, ratios) and subject (scores) inheritance.

The chain, nearest first: the clause (each finder's own reading) → the sentence → the
paragraph lead ("Đối với cấp xã,", "b) Với cấp xã,", "Riêng lĩnh vực X,", "Tại X,"; a lead
scopes until the next paragraph or the next lead) → the section heading (a short line of
its own) → a table's caption or the sentence before it (for its rows, its total row
included) → the document's own unit, or its territory where the text names the whole
("toàn tỉnh", a total row).

What is never a scope: a unit governed by a verb or preposition of addressing or submitting
("trình Chủ tịch UBND tỉnh", "gửi Sở Nội vụ", "theo hướng dẫn của Bộ ..."; the words are
rules/figures.yaml kind `scope_object`).

Conventions (README, "Scope and period conventions"):
- a total row ("Tổng cộng", "Cộng", "Toàn tỉnh") names what it covers: the level its rows
  share ("cấp xã"), else the unit its caption names, else the document's territory when its
  rows are levels or the caption speaks of the territory, else the reporting unit;
- "toàn tỉnh"/"toàn huyện"/"trên địa bàn tỉnh" name the document's territory ("tỉnh Lạng
  Sơn") when the document is of that level;
- an average over a group ("trung bình của 19 sở, ban, ngành") is the group's, written
  "<group> (trung bình)";
- a value stated for a comparison period ("1,12% của cùng kỳ năm 2023") keeps that period,
  in the shape of the period it is compared with ("9 tháng đầu năm 2023")."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.find.figure_grammar import _LEVEL_WORDS
from extractor.model import DocumentMeta
from extractor.normalize import strip_marks
from extractor.vocab.patterns import figures_union



# ---- objects -----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _object_re() -> regex.Pattern:
    return figures_union("scope_object", anchored=True)


def is_object(view: str, start: int) -> bool:
    """A unit mention at `start` governed by a verb or preposition of addressing or
    submitting ("Sở đã trình Chủ tịch UBND tỉnh công bố ...", "phối hợp với Sở Tư pháp"):
    the addressee, not the scope of a figure."""
    return _object_re().search(view[max(0, start - 40):start]) is not None


# ---- paragraphs, leads, headings ---------------------------------------------------------

def paragraph_start(text: str, pos: int) -> int:
    """Start of the paragraph (a line of the stored text) holding pos."""
    return text.rfind("\n", 0, pos) + 1


# a lead naming the scope of what follows, at the start of a paragraph or sentence, after a
# list marker or not: "Với cấp huyện, ...", "b) Với cấp xã, ...", "Riêng lĩnh vực X, ...",
# "tính riêng từng cấp, với cấp tỉnh, ..."
LEAD_BEFORE = regex.compile(
    r"(?:^|[\n.;:,]\s*|\s{2,})(?:(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))[ \t]*)?"
    r"(?:(?:Với|Ở|Đối với|Riêng|Tại|Còn|Tính riêng)\s+)$", regex.I)

# a lead naming a part that is no unit: "Riêng lĩnh vực lý lịch tư pháp, ...", "Đối với
# nhóm thủ tục đất đai, ...", "Ở khối sở, ..."
_PART_LEAD = regex.compile(
    r"(?:(?<=^)|(?<=[\n.;:,]\s*)|(?<=[\n][ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))[ \t]*))"
    r"(?:Riêng|Đối với|Với|Ở|Tại|Còn|Tính riêng)\s+(?P<name>(?:lĩnh vực|nhóm|khối)\s+[^\d,;.:\n]{2,60}?)\s*,", regex.I)


def part_leads(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of every lead naming a part (a field, a group) in [lo, hi)."""
    return [(m.start("name"), m.end("name"), " ".join(m.group("name").split()))
            for m in _PART_LEAD.finditer(text, lo, hi)]


def is_heading(text: str, line_start: int) -> bool:
    """A heading: a short line of its own without a sentence's end ("2. Kết quả tại cấp
    huyện", "b) Cấp xã", a title "Tình hình giải quyết ... tại Bộ phận Một cửa cấp xã tháng
    11 năm 2024"): what it names scopes its section."""
    end = text.find("\n", line_start)
    line = text[line_start:end if end >= 0 else len(text)].strip()
    return 0 < len(line) <= 160 and not line.endswith((".", ";"))  # (a PDF's wrapped line too)


_SECTION_HEADING = regex.compile(r"[ \t]*(?:(?:[IVX]+\.|\d{1,2}(?:\.\d{1,2})*\.?|[a-zđ]\))[ \t]+\p{Lu}[^\n]{1,110}"
                              r"|\p{Lu}[^\n]{1,90}:)[ \t]*$")


_NUMBER = regex.compile(r"(?<![\w.,])\d[\d.,]*(?!\w)")


def section_heading(text: str, pos: int, limit: int = 3000) -> Optional[tuple[int, int]]:
    """(start, end) of the heading of the section holding pos: the nearest numbered line
    ("a) Cấp huyện", "2.1. Kết quả tại cấp xã") or short line ending with ":" above
    pos's paragraph, within `limit` characters; None when there is none."""
    end = paragraph_start(text, pos) - 1
    floor = max(0, pos - limit)
    while end > floor:
        start = text.rfind("\n", 0, end) + 1
        head = _SECTION_HEADING.fullmatch(text, start, end)
        if head and "|" not in head.group() and len(_NUMBER.findall(head.group())) <= 2:
            return start, end  # (a table row "2 UBND phường 3 980 975 970 5" is no heading)
        end = start - 1
    return None


# ---- the document: its unit and its territory -------------------------------------------

_TERRITORY = regex.compile(r"(?<!\w)(?:" + _LEVEL_WORDS + r")(?:\s+[\p{Lu}][\p{L}'’\-]*)+")


def territory(unit: Optional[str]) -> Optional[str]:
    """The territory a unit's name holds ("Văn phòng UBND tỉnh Yên Bái" -> "tỉnh Yên Bái",
    "Sở Nội vụ tỉnh Phú Yên" -> "tỉnh Phú Yên", "huyện Tân Yên" -> itself): the last
    territorial name in it."""
    if not unit:
        return None
    found = None
    for found in _TERRITORY.finditer(unit):
        pass
    if found is None:
        return None
    name = found.group()
    return name[:1].lower() + name[1:]


def _level_of(name: str) -> str:
    return strip_marks(name.split()[0].lower()) if name.split() else ""


_WHOLE = regex.compile(r"^(?:trên\s+)?(?:toàn|địa bàn|trên địa bàn)\s+(?P<level>" + _LEVEL_WORDS + r")$",
                       regex.I)


def whole(text: str, home: Optional[str]) -> str:
    """"toàn tỉnh" in a document of tỉnh Lạng Sơn is "tỉnh Lạng Sơn": the whole territory,
    named; kept as written when the document is of another level or unknown."""
    m = _WHOLE.match(" ".join(text.split()))
    if not m or not home:
        return text
    level = strip_marks(m.group("level").lower())
    own = _level_of(home)
    if own == level or (level in ("huyen", "quan", "thi xa", "thanh pho")
                        and home.lower().startswith(m.group("level").lower() + " ")):
        return home
    return text


# ---- averages ------------------------------------------------------------------------------

_AVERAGE = regex.compile(
    r"(?<!\w)(?:điểm\s+)?trung bình(?:\s+(?:chỉ số|chung)[^,;.\d]{0,60}?)?\s+(?:của|ở|tại)\s+(?:khối\s+)?"
    r"(?:các\s+|\d+\s+|toàn bộ\s+)?(?P<group>(?:sở|xã|huyện|phường|cơ quan|đơn vị|bộ|quận)"
    r"(?:,?\s+(?:và\s+)?(?:ban|ngành|thị trấn|phường|xã|thị xã|thành phố|quận|huyện|cơ quan|đơn vị)(?!\w))*)",
    regex.I)


def average_subject(view: str, lo: int, hi: int) -> Optional[str]:
    """"Chỉ số CCHC trung bình của 19 sở, ban, ngành đạt 86,45%", "Điểm trung bình Chỉ số
    CCHC của các xã, thị trấn đạt 84,27 điểm": the group's average, "sở, ban, ngành (trung
    bình)"."""
    m = None
    for m in _AVERAGE.finditer(view, lo, hi):
        pass
    if m is None:
        return None
    return " ".join(m.group("group").split()) + " (trung bình)"


# ---- the reporting body named by its head word -------------------------------------------

def self_named(word: str, unit: Optional[str]) -> str:
    """"Sở" in a report of Sở Tư pháp is "Sở Tư pháp" (rules/figures.yaml scope `self`);
    kept as written when the document's unit is not named by that word."""
    if unit and strip_marks(unit.lower()).startswith(strip_marks(word.lower()) + " "):
        return unit
    return word
