"""Index scores: PAR INDEX and its criteria, SIPAS, other indices, ranking tables.

Part of the figure finders (see extractor/find/figures.py)."""
from __future__ import annotations

import dataclasses

import bisect
from typing import Optional

import regex

from extractor.find.dossiers import _SHORT_GAP
from extractor.find.table_facts import doc_offset, read_tables
from extractor.find.figure_grammar import (
    Covered,
    _LEVEL_WORDS, _sentence_bounds, _with_name, _period_before,
    _meta_unit, _complete_subject, _year_of, repeated_paragraphs, document_unit)
from extractor.find.figure_vocab import of_kind, union, scan, criterion_key
from extractor.find.numbers import NUM_TOKEN, find_fractions, parse_number
from extractor.model import DocumentMeta, Score
from extractor.normalize import DocText


# ==== scores ==========================================================================

_SUBJECT = regex.compile(
    r"(?:của|tại)\s+((?:(?:UBND|Ủy ban nhân dân)\s+)?(?:(?:cấp|các)\s+)?(?:" + _LEVEL_WORDS
    + r"|sở(?:,? ban,? ngành)?|cơ quan|đơn vị))", regex.I)  # "của các sở, ban, ngành"
# the set a unit is ranked in: "trong khối xã, thị trấn của huyện", "trong 11 xã của huyện"
_GROUP_OF = regex.compile(r"(?<!\w)trong\s+(?:khối|nhóm|tổng số|số|\d+)(?!\w)", regex.I)
_VALUE = regex.compile(r"(" + NUM_TOKEN + r")\s*(điểm|%)", regex.I)
_CHANGE = regex.compile(r"(tăng|giảm)\s+(" + NUM_TOKEN + r")\s*(%|điểm)", regex.I)
_TARGET = regex.compile(r"mục tiêu[^.;%]{0,160}?\(?\s*(" + NUM_TOKEN + r")\s*%", regex.I)
_RANK_CHANGE = regex.compile(r"(tăng|giảm|tụt)\s+(\d+)\s+(?:bậc|hạng|vị trí)", regex.I)
_VALUE_FRAC = regex.compile(r"(" + NUM_TOKEN + r")\s*/\s*(\d+(?:[.,]\d+)?)\s*(điểm)", regex.I)
_COUNT_SHARE = regex.compile(r"\d[\d.,]*\s+\w+\s*\(\s*$")
_RANK_NUM = regex.compile(r"\s*(?:thứ\s+)?(\d+)(?:\s*/\s*(\d+))?")
# another year's value of the same index in the same sentence: "so với năm 2021 (82,2%)",
# "năm 2021 đạt 41,85 điểm", "(năm 2021: 63,08 điểm)"
_YEAR_ITEM = regex.compile(r"năm\s+\d{4}\s*:\s*$", regex.I)
_OTHER_YEAR = regex.compile(r"(?<!\w)năm\s+(\d{4})\s*(?:[(:,]\s*)?(?:(?:chỉ\s+)?(?:đạt|là)\s*)?:?\s*("
                            + NUM_TOKEN + r")\s*(điểm|%)", regex.I)


def _rating_after(view: str, pos: int, hi: int) -> Optional[str]:
    best = None
    for c in of_kind("rating"):
        m = c.pattern.search(view, pos, hi)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), c.key)
    return best[1] if best else None


def _rank_after(view: str, pos: int, hi: int) -> tuple[Optional[int], Optional[int]]:
    for c in of_kind("rank"):
        for m in c.pattern.finditer(view, pos, hi):
            r = _RANK_NUM.match(view, m.end(), min(len(view), m.end() + 120))
            if r:
                return int(r.group(1)), int(r.group(2)) if r.group(2) else None
    return None, None


def _index_scores(doc: DocText, meta: Optional[DocumentMeta],
                  tables: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Score]:
    view = doc.view
    index_hits = sorted(((a, b, c) for c in of_kind("index") for a, b in scan(c, view)),
                        key=lambda x: (x[0], -x[1]))
    starts = [h[0] for h in index_hits]
    out: list[Score] = []
    used: set[int] = set()
    lead_re = union("target_lead")
    table_starts = sorted(a for a, _ in tables)
    covered = Covered(tables)
    for k, (c_start, c_end, cue) in enumerate(index_hits):
        s_start, s_end = _sentence_bounds(view, c_start)
        i_next = bisect.bisect_left(starts, c_end)
        nxt = min(starts[i_next], s_end) if i_next < len(starts) else s_end
        # a ranking table's rows are the scores of the units they name
        t_at = bisect.bisect_left(table_starts, c_end)
        if t_at < len(table_starts):
            nxt = min(nxt, table_starts[t_at])
        if covered.holds(c_start):
            continue
        if lead_re.search(view, s_start, c_start):
            continue  # "phấn đấu Chỉ số CCHC đạt từ 88%": a target, not a result
        m = None
        frac_part = None  # "đạt 88/100 điểm": the value is the part, the max the whole
        for v in _VALUE.finditer(view, c_end, min(nxt, c_end + 160)):
            before = view[max(0, v.start() - 6):v.start()]
            if regex.search(r"(?:tăng|giảm|năm)\s*$", before, regex.I) or v.start() in used:
                continue
            if view[v.start() - 1:v.start()] == "/":
                continue
            if _COUNT_SHARE.search(view, max(0, v.start() - 30), v.start()):
                continue  # "1.764 phiếu (98,0%)": the share of a count, not the index's value
            m = v
            break
        fv = _VALUE_FRAC.search(view, c_end, m.start() if m else min(nxt, c_end + 160))
        if fv and fv.start() not in used:
            part, whole = parse_number(fv.group(1), "decimal"), parse_number(fv.group(2), "decimal")
            if part is not None and whole is not None and part <= whole:
                m, frac_part = fv, part
        rank, rank_total = _rank_after(view, c_end, nxt)
        if m is None and rank is None:
            continue
        unit = None
        value = None
        max_value = None
        stop = c_end
        if m:
            used.add(m.start())
            unit = "%" if m.group(m.lastindex) == "%" else "điểm"
            value = parse_number(m.group(1), "decimal")
            if frac_part is not None:
                value, max_value = frac_part, parse_number(m.group(2), "decimal")
            stop = m.end()
            after_hi = min(nxt, s_end, m.end() + 200)
        else:
            after_hi = nxt
        rating = _rating_after(view, stop, min(after_hi, stop + 40)) if m else None
        change = None
        target = None
        if m:
            ch = _CHANGE.search(view, m.end(), min(after_hi, m.end() + 60))
            if ch:
                change = parse_number(ch.group(2), "decimal")
                if ch.group(1).lower() == "giảm" and change is not None:
                    change = -change
            tg = _TARGET.search(view, m.end(), after_hi)
            if tg:
                target = parse_number(tg.group(1), "decimal")
        rank_change = None
        rc = _RANK_CHANGE.search(view, stop, min(nxt, s_end))
        if rc:
            rank_change = int(rc.group(2)) * (1 if rc.group(1).lower() == "tăng" else -1)
        subj_m = None
        for sm in _SUBJECT.finditer(view, c_end, m.start() if m else nxt):
            if _GROUP_OF.search(view, c_end, sm.start()):
                break  # "trong khối xã, thị trấn của huyện": the group ranked in, not the subject
            subj_m = sm
            break
        subject = None
        if subj_m:
            end = _with_name(view, subj_m.end(1))
            subject = _complete_subject(view[subj_m.start(1):end].strip(), meta)
        ym = _period_before(view, m.start() if m else nxt, window=(m.start() if m else nxt) - s_start,
                            floor=s_start)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        indicator = cue.extra.get("indicator") or cue.key
        criterion = _sub_index(view, c_end, m.start() if m else None) if indicator == "SIPAS" else None
        end = max(stop, c_end)
        if rating and m:
            rm = union("rating").search(view, stop, min(after_hi, stop + 40))
            if rm:
                end = max(end, rm.end())
        span = doc.span(c_start, end)
        out.append(Score(indicator=indicator, criterion=criterion, value=value, max=max_value, unit=unit,
                         year=year, rank=rank, rank_total=rank_total, rating=rating,
                         subject=subject, text=span.text, page=span.page, start=span.start,
                         end=span.end, index_name=cue.key if indicator == "OTHER_INDEX" else None,
                         change=change, target=target, rank_change=rank_change))
        if m is not None and year is not None:
            hi = min(nxt, s_end)
            if _YEAR_ITEM.search(view, max(0, m.start() - 20), m.start()):
                # "qua các năm: năm 2020: 82,1%; năm 2021: 84,3%; ...": a list of yearly
                # values runs over ";" to the end of its line
                line_end = view.find("\n", m.end())
                next_cue = starts[i_next] if i_next < len(starts) else len(view)
                hi = min(next_cue, line_end if line_end >= 0 else len(view))
            out.extend(_other_years(doc, view, m.end(), hi, out[-1], used))
    return out


_SUB_INDEX = regex.compile(r"\s+về\s+(?:(?:việc|sự)\s+)?([^\d%:;.()]{3,120}?)\s*(?:[:,]\s*)?(?:(?:đạt|là)\s*)?$",
                          regex.I)


def _sub_index(view: str, cue_end: int, value_start: Optional[int]) -> Optional[str]:
    """'Chỉ số hài lòng về tiếp cận dịch vụ 85,2%': a satisfaction sub-index is named by
    what follows 'về' up to its value (no PAR criterion key: the aspects are SIPAS's)."""
    if value_start is None:
        return None
    m = _SUB_INDEX.match(view, cue_end, value_start)
    return " ".join(m.group(1).split()) if m else None


def _other_years(doc: DocText, view: str, lo: int, hi: int, main: Score,
                 used: set[int]) -> list[Score]:
    """Values of the same index for other years stated in the main value's sentence:
    each gets its own year, never the main one's."""
    out = []
    target_re = union("target")
    for om in _OTHER_YEAR.finditer(view, lo, hi):
        oy = int(om.group(1))
        if oy == main.year or om.start(2) in used:
            continue
        if target_re.search(view, max(lo, om.start() - 30), om.start(2)):
            continue  # "phấn đấu năm 2025 đạt 90%" is a target, not a result
        value = parse_number(om.group(2), "decimal")
        if value is None:
            continue
        used.add(om.start(2))
        span = doc.span(om.start(), om.end())
        out.append(Score(indicator=main.indicator, criterion=None, value=value, max=None,
                         unit="%" if om.group(3) == "%" else "điểm", year=oy, rank=None,
                         rank_total=None, rating=None, subject=main.subject, text=span.text,
                         page=span.page, start=span.start, end=span.end,
                         index_name=main.index_name))
    return out


_HEADING = regex.compile(r"(?m)^[ \t]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.|[-–+•*])[ \t]*")
_TRAIL_PERIOD = regex.compile(r"[\s,;:–-]*(?:(?:trong|vào)\s+)?năm\s+\d{4}[\s,;:]*$", regex.I)


_LINES_CACHE: list = [None, None]


def _line_start(text: str, pos: int) -> int:
    """Offset of the start of the line holding pos (newline index built once per text)."""
    if _LINES_CACHE[0] is not text:
        _LINES_CACHE[0] = text
        _LINES_CACHE[1] = [i + 1 for i, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
    starts = _LINES_CACHE[1]
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


def _too_long(view: str, start: int) -> bool:
    """A label segment whose first 1000 characters hold more than 210 letters/digits
    cannot shrink to 160 characters (the lead-in and trailing-period rules remove
    fewer than 50 of them), so it is no criterion name."""
    return sum(ch.isalnum() for ch in view[start:start + 1000]) > 210


def _own_label(view: str, line_start: int, lead_start: int) -> bool:
    """A line that starts with a capital and names something before a colon ahead of
    the score ("Cải cách thể chế: đạt 4,5/5"); a wrapped heading's continuation starts
    lower-case ("tra xã hội học: Năm 2020, số điểm đạt 27,032/35")."""
    line = view[line_start:lead_start].lstrip()
    return bool(line) and line[0].isupper() and ":" in line


def _skip_numbered(view: str, seg_start: int, hi: int) -> int:
    """Past a numbered label ("Tiêu chí 1: ", "Lĩnh vực IV. ") at the segment's start."""
    pos = seg_start
    while pos < hi and view[pos].isspace():
        pos += 1
    for c in of_kind("criterion_prefix"):
        if c.key != "numbered":
            continue
        m = c.pattern.match(view[pos:hi])
        if m:
            return pos + m.end()
    return seg_start


def _criterion_label(doc: DocText, lead_start: int) -> tuple[Optional[str], int]:
    text = doc.text
    lo = max(0, lead_start - 400)
    head = None
    for m in _HEADING.finditer(text, lo, lead_start):
        head = m
    line_start = _line_start(text, lead_start)
    if head is None:
        seg_start = line_start
    else:
        seg_start = head.end()
        if head.end() < line_start and _own_label(doc.view, line_start, lead_start):
            # "I. KẾT QUẢ ...\nTiêu chí 1: Cải cách thể chế: đạt 4,5/5": the score's own
            # line names it; the heading above is the section's
            seg_start = line_start
    seg_start = _skip_numbered(doc.view, seg_start, lead_start)
    colon = doc.view.find(":", seg_start, lead_start)
    cut = colon if colon >= 0 else lead_start
    if cut - seg_start > 1000 and _too_long(doc.view, seg_start):
        return None, seg_start
    seg = doc.view[seg_start:cut]
    seg = _TRAIL_PERIOD.sub("", seg).strip(" ,;:–-")
    for c in of_kind("criterion_prefix"):
        seg = c.pattern.sub("", seg, count=1)
    seg = " ".join(seg.split())
    if not seg or len(seg) > 160:
        return None, seg_start
    return seg[:1].upper() + seg[1:], seg_start


def _criterion_scores(doc: DocText, meta: Optional[DocumentMeta]) -> list[Score]:
    view = doc.view
    lead_re = union("score_lead")
    unit_re = union("score_unit")
    rank_re = union("rank")
    out = []
    for fr in find_fractions(view):
        before = view[max(0, fr.start - 40):fr.start]
        lead = None
        for m in lead_re.finditer(before):
            if _SHORT_GAP.match(before[m.end():]):
                lead = m
        unit_after = regex.compile(r"\s*(?:" + unit_re.pattern + ")", regex.I).match(view, fr.end)
        if lead is None and unit_after is None:
            continue
        if rank_re.search(before[-20:]):
            continue
        lead_start = fr.start - len(before) + lead.start() if lead else fr.start
        name, seg_start = _criterion_label(doc, lead_start)
        key = criterion_key(name)
        if name and key is None and union("score_total").match(name.strip()):
            # the list's total line: the index score out of its maximum
            ym = _period_before(view, fr.start)
            end = unit_after.end() if unit_after else fr.end
            span = doc.span(seg_start if fr.start - seg_start < 300 else lead_start, end)
            out.append(Score(indicator="PAR_INDEX", criterion=None, value=fr.part, max=fr.total,
                             unit="điểm", year=_year_of(view[ym.start():ym.end()]) if ym else None,
                             rank=None, rank_total=None, rating=None, subject=_meta_unit(meta),
                             text=span.text, page=span.page, start=span.start, end=span.end))
            continue
        if name is None or key is None and union("index").search(name or ""):
            continue
        ym = _period_before(view, fr.start, window=fr.start - seg_start, floor=seg_start)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        end = unit_after.end() if unit_after else fr.end
        span = doc.span(seg_start if fr.start - seg_start < 300 else lead_start, end)
        out.append(Score(indicator="PAR_INDEX_CRITERION", criterion=name, value=fr.part,
                         max=fr.total, unit="điểm", year=year, rank=None, rank_total=None,
                         rating=None, subject=_meta_unit(meta), text=span.text, page=span.page,
                         start=span.start, end=span.end, criterion_key=key))
    return out


_NAME_HEAD = (r"(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:Sở|Văn phòng|Ban|Thanh tra|Bộ|Đài|Trung tâm|"
              r"[Hh]uyện|[Tt]hị xã|[Tt]hành phố|TP\.?|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]ỉnh)")
# a unit's name: a head word (case-sensitive) and at most eight more words, as few as
# the rank word or the value after it allow
_NAME = ("(?-i:" + _NAME_HEAD + r")(?:\s+(?!(?:xếp|đứng|đạt|được|dẫn|có|là|với)(?!\w))"
         r"[\p{L}\d\-]+){0,8}?")  # a name ends before its verb ("UBND xã xếp hạng thứ hai")
# "Y dẫn đầu ... với 95,73 điểm", "Y xếp thứ nhất với 88,94 điểm"
_ITEM_NAME_FIRST = regex.compile(r"(?P<name>" + _NAME + r")\s+(?P<rank>RANK)(?P<gap>(?:[^\d;.]|(?<!\d)(?:19|20)\d\d(?!\d)){0,90}?)"
                                 r"(?:với|đạt|là|được)?\s*(?P<val>" + NUM_TOKEN + r")\s*(?P<unit>điểm|%)")
# "thứ hai là Y 95,43 điểm", "đứng cuối bảng xếp hạng là Y, đạt 75,99%"
_ITEM_RANK_FIRST = regex.compile(r"(?P<rank>RANK)\s+(?:là|thuộc về)\s+(?P<name>" + _NAME + r")\s*[,(]?\s*"
                                 r"(?:(?:với|đạt)\s+)?(?P<val>" + NUM_TOKEN + r")\s*(?P<unit>điểm|%)")
_RANK_TOTAL = regex.compile(r"trong (?:số |tổng số )?(\d{1,3})\s+(?:sở|cơ quan|đơn vị|huyện|xã|địa phương|tỉnh|quận|phường)",
                            regex.I)


def _rank_word_re() -> str:
    return "|".join(f"(?P<r_{'last' if c.key == 'last' else c.key}>{c.extra['pattern']})"
                    for c in of_kind("rank_word"))


_ORDINAL_CACHE: list = []


def _ordinal_res() -> list[regex.Pattern]:
    if not _ORDINAL_CACHE:
        words = "(?:" + _rank_word_re() + ")"
        for r in (_ITEM_NAME_FIRST, _ITEM_RANK_FIRST):
            _ORDINAL_CACHE.append(regex.compile(r.pattern.replace("(?P<rank>RANK)", "(?P<rank>" + words + ")"),
                                                regex.I))
    return _ORDINAL_CACHE


def _ordinal_scores(doc: DocText, meta: Optional[DocumentMeta], found: list[Score]) -> list[Score]:
    """Ordinal lists under an index named before: "Sở A dẫn đầu Chỉ số CCHC năm 2022 với
    95,73 điểm; thứ hai là Văn phòng UBND tỉnh 95,43 điểm". Each item inherits the index
    (the last named within the paragraph or the one before) and its year; the list's
    size is the rank total when the paragraph says "trong 21 sở, ban, ngành". A value
    another finder read already gets the item's rank and unit instead."""
    view = doc.view
    index_hits = sorted((a, b, c) for c in of_kind("index") for a, b in scan(c, view))
    if not index_hits or not union("rank_word").search(view):
        return []
    out: list[Score] = []
    seen: set[int] = set()
    for rx in _ordinal_res():
        for m in rx.finditer(view):
            if m.start("val") in seen:
                continue
            before = [h for h in index_hits if m.start() - 1500 <= h[0] < m.end("val")]
            if not before:
                continue
            cue = before[-1][2]
            indicator = cue.extra.get("indicator") or cue.key
            if indicator not in ("PAR_INDEX", "SIPAS", "OTHER_INDEX"):
                continue
            rank_key = next(k for k, v in m.groupdict().items() if k.startswith("r_") and v)
            value = parse_number(m.group("val"), "decimal")
            if value is None or (m.group("unit") == "%" and value > 100):
                continue
            line_start = doc.text.rfind("\n", 0, m.start()) + 1  # the view has no line breaks
            tm = None
            for tm in _RANK_TOTAL.finditer(view, line_start, m.start()):
                pass
            rank_total = int(tm.group(1)) if tm else None
            if rank_key == "r_last":
                # "Trong 8 huyện, ... đứng cuối là huyện X (79,48 điểm)": last of 8; with no
                # size stated the value stands without a rank
                rank = rank_total
                if rank is None and any(sc.indicator == indicator and sc.value == value for sc in found):
                    continue  # the last row of a table read already, restated
            else:
                rank = int(rank_key[2:])
            ym = _period_before(view, m.end("val"), window=m.end("val") - max(0, before[-1][0] - 200))
            year = _year_of(view[ym.start():ym.end()]) if ym else None
            name = _complete_subject(" ".join(m.group("name").split()).rstrip(" ,"), meta)
            seen.add(m.start("val"))
            # already read as the index's value: add what the list says
            dup = next((sc for sc in found if sc.value == value
                        and sc.indicator == indicator
                        and doc_offset(doc, sc.page, sc.start) <= m.start("val")
                        < doc_offset(doc, sc.page, sc.end) + 1), None)
            if dup is not None:
                dup.rank = dup.rank or rank
                dup.rank_total = dup.rank_total or rank_total
                dup.subject = dup.subject or name
                continue
            span = doc.span(m.start(), m.end())
            out.append(Score(indicator=indicator, criterion=None, value=value, max=None,
                             unit="%" if m.group("unit") == "%" else "điểm", year=year, rank=rank,
                             rank_total=rank_total, rating=None, subject=name, text=span.text,
                             page=span.page, start=span.start, end=span.end,
                             index_name=cue.key if indicator == "OTHER_INDEX" else None))
    return out


_LABEL_VALUE = regex.compile(r"(?P<gap>(?:[^\d;.%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)(?:là|đạt|được)\s*:?\s*"
                             r"(?P<val>" + NUM_TOKEN + r")(?:\s*/\s*(?P<max>\d+(?:[.,]\d+)?))?\s*(?P<unit>điểm|%)",
                             regex.I)
_CHANGE_BEFORE = regex.compile(r"(tăng|giảm)\s+(" + NUM_TOKEN + r")\s*(%|điểm)", regex.I)


def _anaphor_scores(doc: DocText, meta: Optional[DocumentMeta], found: list[Score]) -> list[Score]:
    """Values whose index was named in an earlier sentence: "kết quả trung bình năm 2022 là
    85,73%" (the index itself), "điểm thẩm định ... đạt 84,19%" (a part of it: the
    criterion as written). The index is the last one named, without a figure of its
    own, within 1,500 characters before; a value another finder read is left alone."""
    view = doc.view
    out: list[Score] = []
    index_hits = sorted((a, b, c) for c in of_kind("index") for a, b in scan(c, view))
    if not index_hits:
        return out
    taken = [(doc_offset(doc, sc.page, sc.start), doc_offset(doc, sc.page, sc.end)) for sc in found]
    # an index named with its own value or change in its sentence ("mức độ hài lòng ... tăng
    # 0,6%") is said and done; the topic is one named without a figure
    topics = []
    for h in index_hits:
        _, h_end = _sentence_bounds(view, h[0])
        if not _VALUE.search(view, h[1], h_end):
            topics.append(h)
    index_hits = topics
    labels = sorted([(a, b, None) for c in of_kind("index_anaphor") for a, b in scan(c, view)]
                    + [(a, b, c) for c in of_kind("sub_index") for a, b in scan(c, view)])
    for a, b, sub in labels:
        m = _LABEL_VALUE.match(view, b)
        if m is None or any(x <= m.start("val") < y + 1 for x, y in taken):
            continue
        before = [h for h in index_hits if a - 1500 <= h[0] < a]
        if not before:
            continue
        cue = before[-1][2]
        indicator = cue.extra.get("indicator") or cue.key
        if sub is not None and sub.key != indicator:
            continue
        value = parse_number(m.group("val"), "decimal")
        if value is None or (m.group("unit") == "%" and value > 100):
            continue
        s_start, s_end = _sentence_bounds(view, m.start("val"))
        # the change stated right after the value, up to the next label
        nxt = next((x for x, _, _ in labels if x > m.end()), s_end)
        hi = min(s_end, nxt, m.end() + 80)
        change = None
        ch = _CHANGE_BEFORE.search(view, m.end(), max(m.end(), hi))
        if ch:
            change = parse_number(ch.group(2), "decimal")
            if change is not None and ch.group(1).lower() == "giảm":
                change = -change
        ym = _period_before(view, m.start("val"), window=m.start("val") - s_start, floor=s_start)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        if year is None:
            ym = _period_before(view, before[-1][1] + 60, window=before[-1][1] + 60 - before[-1][0] + 200)
            year = _year_of(view[ym.start():ym.end()]) if ym else None
        # a sub-index ("điểm thẩm định") is a score of the index, named by index_name
        sub_name = " ".join(view[a:b].split()) if sub is not None else None
        span = doc.span(a, m.end())
        taken.append((a, m.end()))
        top = parse_number(m.group("max"), "decimal") if m.group("max") else None
        if top is not None and value > top:
            continue
        out.append(Score(indicator=indicator, criterion=None, value=value, max=top,
                         unit="%" if m.group("unit") == "%" else "điểm", year=year, rank=None,
                         rank_total=None, rating=None, subject=None, text=span.text,
                         page=span.page, start=span.start, end=span.end,
                         index_name=(sub_name[:1].lower() + sub_name[1:]) if sub_name
                         else (cue.key if indicator == "OTHER_INDEX" else None),
                         change=change))
    return out


# a satisfaction rate written as a share of people: "98,5% người dân đến giao dịch hài lòng
# với sự phục vụ ..." is the SIPAS value (not "không hài lòng")
_SHARE_SATISFIED = regex.compile(
    r"(?P<val>" + NUM_TOKEN + r")\s*%\s+(?:số\s+)?(?:người dân|công dân|tổ chức|cá nhân|người được khảo sát)"
    r"[^.;%\d]{0,80}?(?<!không\s)(?<!chưa\s)hài lòng(?!\w)", regex.I)


def _share_scores(doc: DocText, found: list[Score]) -> list[Score]:
    view = doc.view
    out = []
    for m in _SHARE_SATISFIED.finditer(view):
        value = parse_number(m.group("val"), "decimal")
        if value is None or value > 100 or any(sc.indicator == "SIPAS" and sc.value == value for sc in found):
            continue
        s_start, _ = _sentence_bounds(view, m.start())
        ym = _period_before(view, m.start(), window=m.start() - max(0, s_start - 1500))
        span = doc.span(m.start(), m.end())
        out.append(Score(indicator="SIPAS", criterion=None, value=value, max=None, unit="%",
                         year=_year_of(view[ym.start():ym.end()]) if ym else None, rank=None,
                         rank_total=None, rating=None, subject=None, text=span.text,
                         page=span.page, start=span.start, end=span.end))
    return out


def find_scores(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[Score]:
    tf = read_tables(doc, meta)  # every table: loaders', "|" grids and grids flattened into lines
    regions = list(tf.regions)
    scores = (_index_scores(doc, meta, regions) + _criterion_scores(doc, meta)
              + [dataclasses.replace(x) for x in tf.scores])
    scores += _ordinal_scores(doc, meta, scores)
    scores += _anaphor_scores(doc, meta, scores)
    scores += _share_scores(doc, scores)
    repeats = repeated_paragraphs(doc.text)
    if repeats:
        repeated = Covered(repeats)
        scores = [x for x in scores if not repeated.holds(doc_offset(doc, x.page, x.start))]
    unit = _meta_unit(meta)
    for s in scores:
        if s.indicator == "PAR_INDEX" and s.subject is None and unit:
            s.subject = unit
    # the document level of the scope chain: the unit its opening names
    fallback = unit or document_unit(doc.text)
    for s in scores:
        if s.indicator in ("PAR_INDEX", "SIPAS") and s.subject is None and fallback:
            s.subject = fallback
    scores.sort(key=lambda s: (s.page, s.start))
    return scores
