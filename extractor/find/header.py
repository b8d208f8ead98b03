"""The classic header of an administrative document: issuing body (left column),
national motto (right column), "Số: 45/KH-UBND", the place-date line, the document
type title ("KẾ HOẠCH") and the subject (trích yếu) under it.

Works on any flattening of the two-column header: cells separated by "|" on one line
or on lines of their own, columns read one after the other, or both columns glued on
one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ..."). All offsets are document offsets.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from extractor.find import cues
from extractor.grammar.dates import full_year, ocr_digits, to_iso
from extractor.find.cues import collapse, has_letters, mostly_upper, trim
from extractor.grammar.tables import line_cells
from extractor.normalize import DocText

HEADER_CHARS = 4000
HEADER_LINES = 45
TITLE_LINES = 6


@dataclass
class Found:
    value: str
    start: int
    end: int


@dataclass
class Header:
    present: bool = False
    classic: bool = False  # the motto, a "Số:" line or a place-date line (not a title alone)
    issuer_cells: list[Found] = field(default_factory=list)
    number: Optional[Found] = None
    place: Optional[Found] = None
    date: Optional[Found] = None
    doc_type: Optional[Found] = None
    title: Optional[Found] = None
    authority: Optional[Found] = None  # enacting authority line under the title
    body_start: int = 0  # document offset where the body begins (end of header region)


def _iso(d: str, m: str, y: str) -> Optional[str]:
    if len(y) == 2:  # "Hà Nội, ngày 19/01/18": 00-49 -> 20xx, 50-99 -> 19xx
        y = full_year(y)
    return to_iso(d, m, y)


def _expand_place(place: str, title_case) -> str:
    """Place of the place-date line, an abbreviated unit word written out
    ("TP. Hồ Chí Minh" -> "Thành phố Hồ Chí Minh"; rules/metadata.yaml place_prefix)."""
    for e in cues.entries("place_prefix"):
        m = cues.compile_entry(e).match(place)
        if m:
            return f"{e.name} {title_case(place[m.end():])}"
    return title_case(place)


def _is_authority(line: str) -> bool:
    """An upper-case line naming the enacting authority ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
    X", "HỘI ĐỒNG NHÂN DÂN TỈNH X"; rules/metadata.yaml enacting_authority)."""
    return mostly_upper(line) and bool(cues.first("enacting_authority", line))


def _upper_words(line: str) -> bool:
    """An upper-case line opening on a word ("THỰC HIỆN CHƯƠNG TRÌNH ...", "NGÀY 19 THÁNG
    7 NĂM 2023") is a title's line, not the body's "Thực hiện ..." / "Ngày 19 ..." (a
    numbered heading "I. MỤC ĐÍCH" or a label "KÍNH GỬI:" still starts the body)."""
    return (mostly_upper(line) and ":" not in line
            and bool(regex.match(r"[\p{L}\p{M}]{2,}[ \t]", line)))


def _is_body_start(line: str) -> bool:
    return has_letters(line) and cues.any_match("body_start", line)


def _continues_place_date(lv: str, region: list[tuple[int, int]], s: int, e: int) -> bool:
    """"ngày 02 tháng 8 năm 2023" under a line ending "Hà Nội,": the place-date line
    broken after its comma, not the body's "Ngày 21/9/2021, ..." opening."""
    if not region or not lv[s:e].lstrip().startswith("ngày"):
        return False
    a, b = region[-1]
    return lv[a:b].rstrip().endswith(",")


def _cells(lv: str, s: int, e: int) -> list[tuple[int, int]]:
    """Cells of one line (grammar/tables.line_cells: at "|" and tabs; not at runs of
    spaces, which letter-spaced titles hold: "B Á O  C Á O"), national motto cut out."""
    out = []
    for cs, ce in line_cells(lv, s, e, spaces=0):
        out.extend(_cut_motto(lv, cs, ce))
    return out


def _cut_motto(lv: str, s: int, e: int) -> list[tuple[int, int]]:
    m = cues.first("motto", lv, s, e)
    if not m:
        return [(s, e)]
    out = []
    a, b = trim(lv, s, m.start())
    if a < b:
        out.append((a, b))
    out.extend(_cut_motto(lv, m.end(), e) if m.end() < e else [])
    return out


def _mask_mottos(lv: str, end: int) -> str:
    """The national motto wherever it stands in the header, also split over lines and
    cells ("CỘNG HÒA XÃ HỘI" | "CHỦ NGHĨA VIỆT NAM", "Hạnh" | "phúc"), overwritten with
    "|" (newlines kept, same length): its pieces are never issuer cells, title words
    or part of the place ("Hạnh phúc Hà Nội, ngày ...")."""
    flat = lv[:end].replace("|", " ").replace("\t", " ")
    spans = []
    for p in cues.patterns("motto"):
        spans.extend(m.span() for m in p.finditer(flat))
    if not spans:
        return lv
    chars = list(lv)
    for a, b in spans:
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = "|"
    return "".join(chars)


def _issuer_candidate(seg: str) -> bool:
    """An upper-case cell that may name the issuing body: not a "Số:" label, and without
    a word mixing digits with other characters (a document number "2165/QĐ-UBND" or a
    hash never is one; "QUẬN 1" may be)."""
    return (has_letters(seg) and mostly_upper(seg) and len(seg) <= 120
            and not seg.startswith("Số")
            and not cues.has_code_word(seg))


def _join_broken(lv: str, text: str, cells: list[tuple[int, int, int]]) -> list[Found]:
    """Issuer cells (start, end, line number) -> Found, a line broken mid-name joined to
    the line above ("VĂN PHÒNG CHÍNH" | "PHỦ", "ỦY BAN NHÂN" | "DÂN TỈNH QUẢNG TRỊ",
    "BAN CHỈ ĐẠO CẢI CÁCH" | "HÀNH CHÍNH"): each alone on consecutive lines, the upper
    one naming no territory yet, the lower one not starting a body, a level word or a
    territory of its own (rules/metadata.yaml issuer_head)."""
    from extractor.grammar.units import territory_regex
    out: list[Found] = []
    prev_line = None
    alone = {}
    for cs, ce, ln in cells:
        alone[ln] = alone.get(ln, 0) + 1
    for cs, ce, ln in cells:
        seg = lv[cs:ce]
        if (out and prev_line is not None and ln == prev_line + 1
                and alone[ln] == 1 and alone[prev_line] == 1
                and not cues.first("issuer_head", seg)
                and not territory_regex().search(lv[out[-1].start:out[-1].end])):
            # the value is the two cells' words, never the text between them: that holds
            # the right column of the upper line ("BỘ NÔNG NGHIỆP   CỘNG HÒA XÃ HỘI ...")
            last = out[-1]
            out[-1] = Found(collapse(last.value + " " + text[cs:ce]), last.start, ce)
        else:
            out.append(Found(collapse(text[cs:ce]), cs, ce))
        prev_line = ln
    return out


def _subject_lines(lv: str, following: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Lines of a "V/v ..." subject wrapped over the next lines ("V/v triển khai đo lường
    sự hài lòng" | "của người dân, tổ chức năm 2023", "V/v đôn đốc thực hiện" | "Kế
    hoạch cải cách hành chính năm 2020"): sentence-case lines alone in their row (a
    trailing "|" dropped), up to a blank line, an upper-case cell, the motto, the number,
    the date line or the body."""
    out: list[tuple[int, int]] = []
    for s, e in following[:TITLE_LINES]:
        cells = _cells(lv, s, e)
        if not cells or len(cells) != 1:
            break
        a, b = cells[0]
        seg = lv[a:b]
        if (a != trim(lv, s, e)[0] or not has_letters(seg) or mostly_upper(seg)
                or not seg[:1].isalpha() or _is_body_start(seg) or _is_authority(seg)
                or cues.first("number", lv, a, b) or cues.first("place_date", lv, a, b)):
            break
        out.append((a, b))
    return out


def read_header(doc: DocText) -> Header:
    text = doc.text
    limit = min(len(text), HEADER_CHARS)
    # dates read with OCR digit confusions repaired ("ngày 2l/12/2O21"); same length
    lv = cues.line_view(text[:limit], ocr_digits(doc.view[:limit]))
    h = Header()
    region: list[tuple[int, int]] = []
    for s, e in cues.lines(lv, 0, limit):
        if _is_body_start(lv[s:e]) and not _continues_place_date(lv, region, s, e):
            h.body_start = s
            break
        region.append((s, e))
        if sum(1 for a, b in region if has_letters(lv[a:b])) >= HEADER_LINES:
            break
    else:
        h.body_start = limit
    if not region:
        return h
    r_end = region[-1][1]

    motto = cues.first("motto", lv, 0, r_end)
    lv = _mask_mottos(lv, r_end)
    num = cues.first("number", lv, 0, r_end)
    pd = cues.first("place_date", lv, 0, r_end)
    if num:
        g0, g1 = num.span("number")
        h.number = Found("".join(text[g0:g1].split()).rstrip(".,;"), g0, g1)
    if pd:
        place = collapse(text[pd.start("place"):pd.end("place")])
        from extractor.grammar.units import title_case
        h.place = Found(_expand_place(place, title_case), pd.start("place"), pd.end("place"))
        iso = _iso(pd.group("d"), pd.group("m"), pd.group("y"))
        if iso:
            at = lv.find("ngày", pd.end("place"), pd.end())
            h.date = Found(iso, at if at >= 0 else pd.start(), pd.end())
    h.present = h.classic = bool(motto or num or pd)

    # document type title line and the subject under it
    type_line = None
    for i, (s, e) in enumerate(region):
        for cs, ce in _cells(lv, s, e):
            m = cues.title_type_regex().match(lv, cs, ce)
            if m and (not num or not (num.start() <= cs < num.end())):
                type_line = (i, m)
                break
        if type_line:
            break
    if type_line is None and (num or pd):
        # the type word in sentence case on a line of its own under the number and the
        # place-date ("Quyết định" | "BAN HÀNH KẾ HOẠCH ..."), as pages print it
        after = max(x.end() for x in (num, pd) if x)
        for i, (s, e) in enumerate(region):
            if s < after:
                continue
            a, b = trim(lv, s, e)
            m = cues.any_type_word_regex().fullmatch(lv, a, b)
            if m:
                type_line = (i, m)
                break
    if type_line:
        i, m = type_line
        h.doc_type = Found(cues.doc_type_by_word(m.group("type")) or m.group("type"), m.start(), m.end())
        pieces: list[tuple[int, int]] = []
        a, b = trim(lv, m.end(), region[i][1], " \t|:-–")
        if a < b and has_letters(lv[a:b]):
            if not h.classic and not cues.first("report_title", lv[a:b]):
                # a headline naming the document by its type, without the classic header
                # ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025"): the type word is part of the
                # name; not before a results headline ("BÁO CÁO KẾT QUẢ ...")
                a = m.start()
            pieces.append((a, b))
        all_lines = cues.lines(lv, region[i][1] + 1, limit) if region[i][1] < limit else []
        for s, e in all_lines:
            a, b = trim(lv, s, e, " \t|")
            seg = lv[a:b]
            if not has_letters(seg):
                if pieces:
                    break
                continue
            upper_title = bool(pieces) and all(mostly_upper(lv[x:y]) for x, y in pieces)
            if (_is_body_start(seg) and not _upper_words(seg)) or len(pieces) >= TITLE_LINES:
                break
            if cues.first("number", lv, a, b) or cues.first("place_date", lv, a, b):
                break
            if pieces and mostly_upper(seg) and not mostly_upper(lv[pieces[-1][0]:pieces[-1][1]]):
                # the enacting authority under a sentence-case title ("Ban hành Kế hoạch
                # ..." | "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" | "Căn cứ ...")
                break
            if pieces and _is_authority(seg) and not cues.first("title_goes_on", lv, pieces[-1][0], pieces[-1][1]):
                # the enacting authority under an upper-case title ("... NĂM 2021" |
                # "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ"), unless the title line above breaks
                # off on a word that needs it ("... CỦA" | "ỦY BAN NHÂN DÂN TỈNH")
                break
            if upper_title and not mostly_upper(seg) and seg[:1].isupper():
                # a sentence opening the body under an upper-case title
                break
            pieces.append((a, b))
        if pieces:
            ts, te = pieces[0][0], pieces[-1][1]
            h.title = Found(collapse(" ".join(text[a:b] for a, b in pieces)), ts, te)
            h.body_start = max(h.body_start, te)
        h.present = True
    elif h.present:
        # công văn: "V/v ..." under the number instead of a type title
        for i, (s, e) in enumerate(region):
            for cs, ce in _cells(lv, s, e):
                m = cues.first("subject_line", lv, cs, ce)
                if m and m.start() == cs:
                    pieces = [(m.end(), ce)] + _subject_lines(lv, region[i + 1:])
                    te = pieces[-1][1]
                    h.title = Found(collapse(" ".join(text[a:b] for a, b in pieces)), m.end(), te)
                    h.doc_type = Found("Công văn", cs, m.end())
                    break
            if h.title:
                break

    # the enacting authority under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"), or under
    # the place-date line when the type line was lost, before the body begins
    if h.present:
        after = max(x for x in (num.end() if num else 0, pd.end() if pd else 0,
                                h.title.end if h.title else (type_line[1].end() if type_line else 0)))
        for s, e in cues.lines(lv, after, limit)[1:TITLE_LINES + 2]:
            a, b = trim(lv, s, e, " \t|")
            seg = lv[a:b]
            if not has_letters(seg):
                continue
            if _is_authority(seg):
                h.authority = Found(collapse(text[a:b]), a, b)
            break  # the first line with letters decides

    # issuing body: upper-case cells before the number / place-date / title
    if h.present:
        stop = min(x for x in (num.start() if num else r_end, pd.start() if pd else r_end,
                               type_line[1].start() if type_line else r_end))
        cells: list[tuple[int, int, int]] = []
        for ln, (s, e) in enumerate(region):
            if s >= stop:
                break
            for cs, ce in _cells(lv, s, min(e, stop)):
                if _issuer_candidate(lv[cs:ce]):
                    cells.append((cs, ce, ln))
        h.issuer_cells = _join_broken(lv, text, cells)
    return h


def read_issuer_block(doc: DocText) -> list[Found]:
    """A text without the classic header that opens on its issuing body alone
    ("ỦY BAN NHÂN DÂN" | "XÃ HOÀI HẢI" above a results headline; rules/metadata.yaml
    issuer_block): that line and the territory line under it, among the first lines."""
    from extractor.grammar.units import territory_regex
    limit = min(len(doc.text), HEADER_CHARS)
    lv = cues.line_view(doc.text[:limit], doc.view[:limit])
    out: list[Found] = []
    seen = 0
    for s, e in cues.lines(lv, 0, limit):
        a, b = trim(lv, s, e)
        seg = lv[a:b]
        if not has_letters(seg):
            continue
        seen += 1
        if out:
            if (mostly_upper(seg) and territory_regex().match(seg) and _issuer_candidate(seg)
                    and len(out) < 2):
                out.append(Found(collapse(doc.text[a:b]), a, b))
                continue
            break
        if seen > 12:
            break
        if mostly_upper(seg) and _issuer_candidate(seg) and cues.first("issuer_block", lv, a, b):
            out.append(Found(collapse(doc.text[a:b]), a, b))
    return out
