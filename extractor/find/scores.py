"""Index scores: PAR INDEX and its criteria, SIPAS, other indices, ranking tables.

Part of the figure finders (see extractor/find/figures.py)."""
from __future__ import annotations

import dataclasses

import bisect
import re
from typing import Optional

import regex

from extractor.find.dossiers import _SHORT_GAP
from extractor.find.table_facts import doc_offset, read_tables
from extractor.find.figure_grammar import (
    use_text,
    Covered,
    _LEVEL_WORDS, _sentence_bounds, _with_name, _period_before,
    _meta_unit, _complete_subject, _year_of, _meta_period, repeated_paragraphs, page_furniture, document_unit)
from extractor.find.figure_vocab import of_kind, union, scan, criterion_key
from extractor.find.numbers import NUM_TOKEN, all_fractions, find_numbers, parse_number
from extractor.find.quantities import is_value, role_of
from extractor.find.scope_chain import average_subject, paragraph_start, section_heading, territory
from extractor.vocab.patterns import figures_union
from extractor.model import DocumentMeta, Score
from extractor.normalize import DocText, strip_marks


# ==== scores ==========================================================================

_SUBJECT = regex.compile(
    r"(?:của|tại)\s+((?:(?:UBND|Ủy ban nhân dân)\s+)?(?:(?:cấp|các)\s+)?(?:" + _LEVEL_WORDS
    + r"|sở(?:,? ban,? ngành)?|cơ quan(?! hành chính)|đơn vị))", regex.I)  # "của các sở, ban, ngành"
# the set a unit is ranked in: "trong khối xã, thị trấn của huyện", "trong 11 xã của huyện"
_GROUP_OF = regex.compile(r"(?<!\w)trong\s+(?:khối|nhóm|tổng số|số|\d+)(?!\w)", regex.I)
_VALUE = regex.compile(r"(" + NUM_TOKEN + r")\s*(điểm|%)", regex.I)
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
        for m in c.pattern.finditer(view, pos, hi):
            if _COMPARED.search(view, max(0, m.start() - 12), m.start()):
                continue  # "cao hơn mức trung bình cả nước": a comparison, not a rating
            if best is None or m.start() < best[0]:
                best = (m.start(), c.key)
            break
    return best[1] if best else None


_COMPARED = regex.compile(r"(?<!\w)(?:hơn|so với|bằng)\s*$", regex.I)
# the reporting unit (or a named one) as the subject of the value's own clause: "..., tỉnh
# đạt 84,16%", "UBND huyện A đạt 90 điểm"
_CLAUSE_SUBJECT = regex.compile(
    r"(?:(?<=^|[,;:.]\s{0,3})|[,;:]\s*)((?:(?:UBND|Ủy ban nhân dân)\s+)?(?:tỉnh|thành phố|(?-i:TP)\.?|thị xã|huyện|quận|xã|phường|thị trấn)"
    r"(?:\s+\p{Lu}[\p{L}\-]*)*)\s+(?:đạt|có|với|là)\s*(?:được\s*)?$", regex.I)


def _rank_after(view: str, pos: int, hi: int) -> tuple[Optional[int], Optional[int]]:
    for c in of_kind("rank"):
        for m in c.pattern.finditer(view, pos, hi):
            r = _RANK_NUM.match(view, m.end(), min(len(view), m.end() + 120))
            if r:
                return int(r.group(1)), int(r.group(2)) if r.group(2) else None
    return None, None


_POINTS = regex.compile(r"\s*điểm", regex.I)
_TIMES_WORD = regex.compile(r"(?<!\w)(?:lần|năm|đợt|kỳ|khóa)\s*$", regex.I)


def _change_after(view: str, pos: int, hi: int) -> Optional[float]:
    """The signed change stated after a value ("đạt 75,99%, thấp hơn 5,42% so với ...",
    "(-15,35%)", "tăng 3,78%"): the first number after pos typed a change with % or điểm;
    None when another value comes first. A change in places ("tăng 3 bậc") is the rank's."""
    for n in find_numbers(view, pos, hi, kind="decimal"):
        role = role_of(view, n.start, n.end)
        if role.kind == "change":
            if not (n.percent or _POINTS.match(view, n.end, min(len(view), n.end + 8))):
                continue
            cmp_ = _COMPARED_WITH.match(view, n.end)
            if cmp_ and not _OVER_TIME.match(view, cmp_.end(), min(len(view), cmp_.end() + 60)):
                return None  # "cao hơn 19,12% so với Bộ Ngoại giao": against another unit
            return n.value * (role.sign or 1)
        if role.kind == "value":
            return None
    return None


_NEXT_CLAUSE_VALUE = regex.compile(r"\s*(?P<subj>[^;.\d]{0,50}?)\s+(?:đạt|là|với)\s*(?P<val>" + NUM_TOKEN
                                   + r")\s*(?:%|điểm)", regex.I)
_GROUP_RATING = regex.compile(r"[^.;\d]{0,30}?(?:nằm trong|thuộc|ở)\s+nhóm\s+[\"“](?P<name>[^\"”]{2,40})[\"”]", regex.I)
_COMPARED_WITH = regex.compile(r"\s*(?:điểm\s*)?(?:,\s*)?so với\s", regex.I)
# a change over time compares with a period ("so với năm 2021", "so với cùng kỳ", "so với
# kết quả của tỉnh này trong năm 2021"); against a unit it is no change of the value
_OVER_TIME = regex.compile(r"[^.;]*?(?<!\w)(?:năm|cùng kỳ|kỳ trước|kỳ báo cáo|tháng|quý|lần|đợt|trước)(?!\w)",
                           regex.I)
_VALUE_LEAD = regex.compile(r"(?<!\w)(?:với|đạt(?: được)?|là)\s*(?:kết quả\s*)?$", regex.I)
_VALUE_TAIL = regex.compile(r"\s*(?:,|\(|chỉ số(?!\w))", regex.I)


def _value_before(view: str, lo: int, hi: int, used: set[int]) -> Optional[regex.Match]:
    """A value stated before its index in the same clause chain: "với 87,54 điểm chỉ số
    tổng hợp, thành phố Đà Nẵng đứng thứ 5 ... về chỉ số CCHC", "với 90,09 điểm, Hải Phòng
    ... dẫn đầu Chỉ số CCHC". It is introduced by với/đạt/là and closes its phrase (a comma,
    a parenthesis, "chỉ số"); "đạt 85% hồ sơ ..." is a share of something else."""
    best = None
    for v in _VALUE.finditer(view, lo, hi):
        if v.start() in used or view[v.start() - 1:v.start()] == "/":
            continue
        if not _VALUE_LEAD.search(view, max(0, v.start() - 24), v.start()):
            continue
        if not _VALUE_TAIL.match(view, v.end()) or not is_value(view, v.start(1), v.end(1), lo):
            continue
        best = v
    return best


# between a rank in words and its index: "xếp hạng thứ nhất trong 11 xã của huyện về Chỉ
# số CCHC", "dẫn đầu bảng xếp hạng Chỉ số CCHC"
_RANK_GAP_TO_CUE = regex.compile(r"\s*(?:trong\s+[^.;,]{0,50}?\s+)?(?:(?:về|trong|trên|của)\s+)?(?:bảng xếp hạng\s+)?$",
                                 regex.I)
_GROUP_WORD = regex.compile(r"(?<!\w)nhóm(?!\w)", regex.I)


def _rank_words(view: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    if lo >= hi or not union("rank_word").search(view, lo, hi):
        return []  # one pass first: most windows hold no rank word
    out = []
    for c in of_kind("rank_word"):
        for a, b in scan(c, view, lo, hi):
            out.append((a, b, c.key))
    return sorted(out)


def _rank_in_words(view: str, clause_lo: int, c_start: int, c_end: int, value_start: Optional[int],
                   after: int, clause_hi: int) -> Optional[str]:
    """A rank in words around an index ("xếp hạng thứ nhất về Chỉ số CCHC", "vị trí dẫn
    đầu bảng xếp hạng Chỉ số CCHC", "đạt Chỉ số CCHC năm 2022 cao nhất với kết quả là ...",
    "... 89,47%, xếp loại tốt, dẫn đầu khối huyện"): its key (rules/figures.yaml kind
    rank_word). A rank word after "nhóm" in its clause names a group ("nằm trong nhóm 5 địa
    phương dẫn đầu"), not a rank."""
    def ok(a: int) -> bool:
        cl = max(clause_lo, view.rfind(",", clause_lo, a) + 1)
        if _TIMES_WORD.search(view, max(0, a - 8), a):
            return False  # "năm thứ 4 liên tiếp": an ordinal of years, no rank
        return not _GROUP_WORD.search(view, cl, a)
    for a, b, key in reversed(_rank_words(view, max(clause_lo, c_start - 60), c_start)):
        if _RANK_GAP_TO_CUE.fullmatch(view, b, c_start) and ok(a):
            return key
    hi = value_start if value_start is not None and value_start > c_end else None
    if hi is not None:
        for a, b, key in _rank_words(view, c_end, hi):
            if ok(a):
                return key
    if value_start is not None:
        for a, b, key in _rank_words(view, after, clause_hi):
            if ok(a):
                return key
    return None


# a unit named as the subject of its clause ("UBND TP. Cam Ranh đạt chỉ số CCHC ...",
# "thành phố Đà Nẵng đứng thứ 5 ... về chỉ số CCHC")
_NAMED_UNIT = regex.compile(
    r"(?:(?:UBND|Ủy ban nhân dân)\s+)?(?-i:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?|[Tt]hị xã|[Hh]uyện|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn|Sở)"
    r"(?:\s+\p{Lu}[\p{L}\-]*)+)")


# a proper name opening its sentence as the subject of a value: "Quảng Nam đạt 66,82 điểm",
# "Bộ Tài nguyên và Môi trường đạt 86,73%"
_PROPER_SUBJECT = regex.compile(r"(?:(?<=[.;:]\s{1,3})|(?<=^)|(?<=[.;]\s{1,3}\p{Lu}[\p{L} ]{0,40},\s))(?P<name>(?-i:(?:Bộ|Sở|Ban|Văn phòng|Ngân hàng|Thanh tra)(?:\s+[\p{L}\-]+){1,8}?"
                                r"|\p{Lu}\p{Ll}+(?:\s+(?:và\s+)?\p{Lu}[\p{L}\-]*){1,7}))(?=\s+(?:đạt|với)\s*:?\s*\d)")
_UNIT_VALUE = regex.compile(r"\s*(?:đạt|với|là)\s*:?\s*\d", regex.I)


def _subject_before(view: str, lo: int, hi: int) -> Optional[str]:
    last = None
    for last in _NAMED_UNIT.finditer(view, lo, hi):
        pass
    return " ".join(last.group().split()) if last else None


def _period_after(view: str, lo: int, hi: int) -> Optional[regex.Match]:
    """The first period after lo (before hi) that is not a comparison ("so với năm 2021")."""
    excl = figures_union("period_exclude", anchored=True)
    for m in figures_union("period").finditer(view, lo, hi):
        if not excl.search(view[max(0, m.start() - 20):m.start()]):
            return m
    return None


def _paragraph_period(doc: DocText, pos: int) -> Optional[regex.Match]:
    """The last period stated before pos in its paragraph (a line of the stored text, at
    most 1,500 characters back), comparisons left out."""
    para = doc.text.rfind("\n", max(0, pos - 1500), pos) + 1
    if para == 0:
        para = max(0, pos - 1500) if pos > 1500 else 0
    return _period_before(doc.view, pos, window=pos - para, floor=para)


_DATE_YEAR = regex.compile(r"tháng\s+\d{1,2},?\s*$", regex.I)
_FULL_STOP = regex.compile(r"[.!?](?=\s|$)")


def _full_sentence_start(view: str, pos: int, limit: int = 600) -> int:
    """Start of the sentence around pos when only ". ! ?" end one (";" joins clauses that
    share the sentence's lead: "Năm 2022, ... (xếp thứ 11/63); Chỉ số CCHC ...")."""
    lo = max(0, pos - limit)
    start = lo
    for m in _FULL_STOP.finditer(view, lo, pos):
        start = m.end()
    return start


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
            if v.start() in used:
                continue
            if view[v.start() - 1:v.start()] == "/":
                continue
            if _COUNT_SHARE.search(view, max(0, v.start() - 30), v.start()):
                continue  # "1.764 phiếu (98,0%)": the share of a count, not the index's value
            if not is_value(view, v.start(1), v.end(1), s_start):
                continue  # a threshold, target, change or label: "Chỉ số CCHC trên 90%"
            m = v
            break
        fv = _VALUE_FRAC.search(view, c_end, m.start() if m else min(nxt, c_end + 160))
        if fv and fv.start() not in used:
            part, whole = parse_number(fv.group(1), "decimal"), parse_number(fv.group(2), "decimal")
            if part is not None and whole is not None and part <= whole:
                m, frac_part = fv, part
        before = False  # the value stands before its index
        next_clause = None
        if (m is None and fv is None and view[s_end:s_end + 1] == ";"
                and not (i_next < len(starts) and starts[i_next] < s_end)):
            # "... sự hài lòng của người dân, tổ chức ... năm 2024; Quảng Ngãi đạt 82,47%, ...":
            # the clause after ";" states the value of the index its sentence named
            nc = _NEXT_CLAUSE_VALUE.match(view, s_end + 1, min(len(view), s_end + 120))
            if nc and nc.start("val") not in used and is_value(view, nc.start("val"), nc.end("val")):
                next_clause = nc
                m = _VALUE.match(view, nc.start("val"))
                s_end = nxt = _sentence_bounds(view, m.start())[1]
        if m is None:
            prev_end = index_hits[k - 1][1] if k > 0 else 0
            m = _value_before(view, max(s_start, prev_end), c_start, used)
            before = m is not None
        rank, rank_total = _rank_after(view, c_end, nxt)
        if rank is None and before:
            rank, rank_total = _rank_after(view, m.end(), c_start)
        clause_hi = min(nxt, s_end)
        if rank is None:
            rank_key = _rank_in_words(view, s_start, c_start, c_end,
                                      (m.start() if m else None), (m.end() if m else c_end), clause_hi)
            if rank_key is not None and rank_key != "last":
                rank = int(rank_key)
                tm = _RANK_TOTAL.search(view, max(s_start, c_start - 60), c_start)
                rank_total = rank_total or (int(tm.group(1)) if tm else None)  # "trong 11 xã"
        group_rating = None
        if m is None and rank is None:
            # "Chỉ số PAPI tiếp tục nằm trong nhóm "Trung bình cao". Trong 2 năm liên tục tỉnh
            # Yên Bái tiếp tục duy trì ở vị trí thứ 5/14 tỉnh khu vực ...": the group the index
            # places the unit in, and its rank stated in the next sentence that names no index
            gr = _GROUP_RATING.match(view, c_end, min(s_end, c_end + 80))
            if gr is None:
                continue
            group_rating = gr.group("name").strip()
            nxt_start = s_end + 1
            n_end = _sentence_bounds(view, min(len(view) - 1, nxt_start + 1))[1]
            if not (i_next < len(starts) and starts[i_next] < n_end):
                rank, rank_total = _rank_after(view, nxt_start, n_end)
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
            if before:  # rating and change may stand between the value and its index
                after_hi = min(nxt, s_end, c_end + 200)
        else:
            after_hi = nxt
        rating = (_rating_after(view, stop, min(after_hi, stop + (max(40, c_start - stop) if before else 40)))
                  if m else group_rating)
        change = None
        target = None
        if m:
            change = _change_after(view, m.end(), min(after_hi, (c_start if before else m.end()) + 80))
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
        if next_clause is not None and next_clause.group("subj").strip()[:1].isupper():
            subject = " ".join(next_clause.group("subj").split())
        elif subj_m:
            end = _with_name(view, subj_m.end(1))
            subject = _complete_subject(view[subj_m.start(1):end].strip(), meta)
        elif before:
            subject = _subject_before(view, m.end(), c_start)
        elif m is not None:
            # "..., tỉnh đạt 84,16%" after the index, or "Năm 2021, UBND TP. Cam Ranh đạt chỉ số
            # CCHC 89,47%" before it
            cs = (_CLAUSE_SUBJECT.search(view, max(c_end, m.start() - 80), m.start())
                  or _CLAUSE_SUBJECT.search(view, max(s_start, c_start - 80), c_start))
            if cs:
                subject = _complete_subject(" ".join(cs.group(1).split()), meta)
        vpos = m.start() if m and not before else (c_start if before else nxt)
        ym = _period_before(view, vpos, window=vpos - s_start, floor=s_start)
        if ym is None:  # "về chỉ số CCHC cấp tỉnh năm 2022": the year after the index
            ym = _period_after(view, c_end, m.start() if m and not before else clause_hi)
        if ym is None:  # the sentence's lead, across ";" ("Năm 2022, ...; Chỉ số CCHC ...")
            fs = _full_sentence_start(view, c_start)
            ym = _period_before(view, vpos, window=vpos - fs, floor=fs)
        if ym is None:  # the paragraph's ("... năm 2022 ... . Trong khi đó, với 90,09 điểm, ...")
            ym = _paragraph_period(doc, min(vpos, c_start))
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        if year is None and m is not None:  # the document's: a report on "năm 2024"
            year = _year_of(_meta_period(meta)) if meta is not None and meta.period else None
        indicator = cue.extra.get("indicator") or cue.key
        criterion = _sub_index(view, c_end, m.start() if m else None) if indicator == "SIPAS" else None
        end = max(stop, c_end)
        if rating and m:
            rm = union("rating").search(view, stop, min(after_hi, stop + 40))
            if rm:
                end = max(end, rm.end())
        span = doc.span(m.start() if before else c_start, end)
        out.append(Score(indicator=indicator, criterion=criterion, value=value, max=max_value, unit=unit,
                         year=year, rank=rank, rank_total=rank_total, rating=rating,
                         subject=subject, text=span.text, page=span.page, start=span.start,
                         end=span.end, index_name=cue.key if indicator == "OTHER_INDEX" else None,
                         change=change, target=target, rank_change=rank_change))
        if m is not None and year is not None and not before:
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
_NEWLINE = re.compile("\n")


def _line_start(text: str, pos: int) -> int:
    """Offset of the start of the line holding pos (newline index built once per text)."""
    if _LINES_CACHE[0] is not text:
        _LINES_CACHE[0] = text
        _LINES_CACHE[1] = [m.end() for m in _NEWLINE.finditer(text)]  # (a per-character loop was ~2 ms)
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
    sub_index_re = union("sub_index")
    out = []
    for fr in all_fractions(view):
        before = view[max(0, fr.start - 40):fr.start]
        lead = None
        for m in lead_re.finditer(before):
            if _SHORT_GAP.match(before[m.end():]):
                lead = m
        unit_after = regex.compile(r"\s*(?:" + unit_re.pattern + ")", regex.I).match(view, fr.end)
        if lead is None and unit_after is None:
            continue
        if sub_index_re.search(view, max(0, fr.start - 60), fr.start):
            continue  # "điểm thẩm định đạt 58,62/66,5 điểm": a sub-index (_anaphor_scores)
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
_ITEM_NAME_FIRST = regex.compile(r"(?P<name>" + _NAME + r")\s+(?P<rank>RANK)(?P<gap>(?:[^\d;.]|(?<!\d)(?:19|20)\d\d(?!\d)|trong \d{1,3} (?=\p{L})){0,90}?)"
                                 r"(?:với|đạt|là|được)?\s*(?P<val>" + NUM_TOKEN + r")\s*(?P<unit>điểm|%)")
# "thứ hai là Y 95,43 điểm", "đứng cuối bảng xếp hạng là Y, đạt 75,99%"
_ITEM_RANK_FIRST = regex.compile(r"(?P<rank>RANK)\s+(?:là|thuộc về)\s+(?P<name>" + _NAME + r")\s*[,(]?\s*"
                                 r"(?:(?:với|đạt|chỉ đạt)\s+)?(?P<val>" + NUM_TOKEN + r")\s*(?P<unit>điểm|%)")
# the next items of a list after a ranked one: ", tiếp theo là Sở B 91,80%, Sở C 90,65%"
_ITEM_NEXT_CACHE: list = []


def _item_next() -> regex.Pattern:
    """The next item of a list after a ranked one: ", tiếp theo là Sở B 91,80%", " và Sở C
    đạt 90,65%" (the sequence words: rules/figures.yaml kind rank_sequence)."""
    if not _ITEM_NEXT_CACHE:
        _ITEM_NEXT_CACHE.append(regex.compile(
            r"(?:\s*[,;]\s*(?:và\s+)?|\s+và\s+)(?P<seq>(?:" + union("rank_sequence").pattern + r")\s+)?(?P<name>"
            + _NAME + r")\s*,?\s*(?:(?:với|đạt|chỉ đạt)\s+)?(?P<val>" + NUM_TOKEN + r")\s*(?P<unit>điểm|%)"))
    return _ITEM_NEXT_CACHE[0]
# the set ranked: "trong 21 sở, ban, ngành", "trung bình của 19 sở, ban, ngành", "thấp nhất
# trong 8 huyện, thành phố"
_RANK_TOTAL = regex.compile(r"(?:trong|của) (?:số |tổng số |các )?(?:UBND |Ủy ban nhân dân )?(\d{1,3})\s+"
                            r"(?:sở|cơ quan|đơn vị|huyện|xã|địa phương|tỉnh|quận|phường)", regex.I)


def _rank_word_re() -> str:
    return "|".join(f"(?P<r_{'last' if c.key == 'last' else c.key}>{c.extra['pattern']})"
                    for c in of_kind("rank_word", "before"))


_ORDINAL_CACHE: list = []


def _ordinal_res() -> list[regex.Pattern]:
    if not _ORDINAL_CACHE:
        words = "(?:" + _rank_word_re() + ")"
        for r in (_ITEM_NAME_FIRST, _ITEM_RANK_FIRST):
            _ORDINAL_CACHE.append(regex.compile(r.pattern.replace("(?P<rank>RANK)", "(?P<rank>" + words + ")"),
                                                regex.I))
    return _ORDINAL_CACHE


def _territory_name(name: str) -> str:
    """A list item's name that opens with a territory ends with the territory's proper name:
    "Thành phố Tuyên Quang tiếp tục (dẫn đầu)" is "Thành phố Tuyên Quang" (the words after it
    are lower case, an adverb or verb of the clause); other names are kept."""
    from extractor.grammar.units import territory_regex
    m = territory_regex().match(name)
    if m and m.end() < len(name) and not any(w[:1].isupper() or w[:1].isdigit()
                                             for w in name[m.end():].split()):
        return name[:m.end()]
    return name


def _ordinal_scores(doc: DocText, meta: Optional[DocumentMeta], found: list[Score]) -> list[Score]:
    """Ordinal lists under an index named before: "Sở A dẫn đầu Chỉ số CCHC năm 2022 với
    95,73 điểm; thứ hai là Văn phòng UBND tỉnh 95,43 điểm". Each item inherits the index
    (the last named within the paragraph or the one before) and its year; the list's
    size is the rank total when the paragraph says "trong 21 sở, ban, ngành". A value
    another finder read already gets the item's rank and unit instead."""
    view = doc.view
    index_hits = sorted((a, b, c) for c in of_kind("index") for a, b in scan(c, view))
    if not index_hits:
        return []
    # the items hold a rank word: read only around them (the two patterns are costly over a
    # whole text; so is this one: one pass)
    spots = [(max(0, w.start() - 160), min(len(view), w.end() + 200))
             for w in union("rank_word", "before").finditer(view)]
    if not spots:
        return []
    out: list[Score] = []
    seen: set[int] = set()
    windows: list[list[int]] = []
    for a, b in spots:
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    matches = [m for rx in _ordinal_res() for a, b in windows for m in rx.finditer(view, a, b)]
    for m in matches:
        if m.start("val") in seen:
            continue
        if not is_value(view, m.start("val"), m.end("val")):
            continue  # "phấn đấu ... dẫn đầu với Chỉ số đạt trên 90%": a target, a bound
        if _rate_label_before(view, m.start()):
            continue  # "phường A có tỷ lệ hồ sơ trực tuyến cao nhất (91,20%), xã B thấp nhất (62,50%)"
        g_lo = max(0, m.start("rank") - 40)
        g_lo = max(g_lo, max(view.rfind(ch, g_lo, m.start("rank")) for ch in ".;,") + 1)
        if _GROUP_WORD.search(view, g_lo, m.start("rank")):
            continue  # "thuộc nhóm 15 địa phương dẫn đầu": a group, no rank
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
        if doc.text[:line_start].rstrip().endswith(":"):  # "..., cụ thể:\n" introduces the list
            line_start = doc.text.rfind("\n", 0, max(0, line_start - 1)) + 1
        tm = None
        for tm in _RANK_TOTAL.finditer(view, line_start, m.start()):
            pass
        if tm is None:  # "... xếp thứ tám, thấp nhất trong 8 huyện, thành phố, với 82,03%"
            line_end = doc.text.find("\n", m.end())
            tm = _RANK_TOTAL.search(view, m.start(), line_end if line_end >= 0 else len(view))
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
        if ym is not None and _DATE_YEAR.search(view, max(0, ym.start() - 12), ym.start()):
            ym = None  # a date's year ("Luật ... ngày 19 tháng 6 năm 2015") is no index year
        if ym is None:
            ym = _paragraph_period(doc, m.start())
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        s_start_, s_end_ = _sentence_bounds(view, m.start("val"))
        change = _change_after(view, m.end(), min(s_end_, m.end() + 80))
        name = _complete_subject(_territory_name(" ".join(m.group("name").split()).rstrip(" ,")), meta)
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
        span = doc.span(m.start(), m.end())
        if dup is None:
            out.append(Score(indicator=indicator, criterion=None, value=value, max=None,
                             unit="%" if m.group("unit") == "%" else "điểm", year=year, rank=rank,
                             rank_total=rank_total, rating=None, subject=name, text=span.text,
                             page=span.page, start=span.start, end=span.end,
                             index_name=cue.key if indicator == "OTHER_INDEX" else None,
                             change=change))
        pos = m.end()
        # "Đứng đầu là A với 92,05%; tiếp theo là B đạt 91,62% và C đạt 90,88%": the items
        # after "tiếp theo là" come next in rank, one after the other
        next_rank = rank + 1 if rank is not None and rank_key != "r_last" else None
        in_sequence = False
        last_value = value
        while True:  # the items that follow in the list inherit the index and the year
            nx = _item_next().match(view, pos)
            if nx is None or nx.start("val") in seen or not is_value(view, nx.start("val"), nx.end("val")):
                break
            v = parse_number(nx.group("val"), "decimal")
            if v is None or (nx.group("unit") == "%" and v > 100):
                break
            seen.add(nx.start("val"))
            in_sequence = in_sequence or nx.group("seq") is not None
            if in_sequence and v > last_value:
                next_rank = None  # a value above the one before it is no next place
            last_value = v
            item_rank = next_rank if in_sequence and next_rank is not None else None
            if item_rank is not None:
                next_rank += 1
            sp = doc.span(nx.start("name"), nx.end())
            out.append(Score(indicator=indicator, criterion=None, value=v, max=None,
                             unit="%" if nx.group("unit") == "%" else "điểm", year=year, rank=item_rank,
                             rank_total=rank_total if item_rank is not None else None, rating=None,
                             subject=_complete_subject(" ".join(nx.group("name").split()).rstrip(" ,"), meta),
                             text=sp.text, page=sp.page, start=sp.start, end=sp.end,
                             index_name=cue.key if indicator == "OTHER_INDEX" else None))
            pos = nx.end()
    return out


_LABEL_VALUE = regex.compile(r"(?P<gap>(?:[^\d;.%]|(?<!\d)(?:19|20)\d\d(?!\d)){0,60}?)(?:là|đạt|được)\s*:?\s*"
                             r"(?P<val>" + NUM_TOKEN + r")(?:\s*/\s*(?P<max>\d+(?:[.,]\d+)?))?\s*(?P<unit>điểm|%)",
                             regex.I)


# the reporting unit as a clause's subject by its level word alone, or "tỉnh ta" / "huyện
# nhà", opening its sentence or clause ("Theo đó, huyện đạt ...", "Năm 2023, tỉnh xếp ...")
_SELF_CACHE: list = []


def _self_subject() -> regex.Pattern:
    """The reporting unit by its level word, alone or with a possessive (rules/figures.yaml
    kind self_word), as the subject of its clause."""
    if not _SELF_CACHE:
        _SELF_CACHE.append(regex.compile(
            r"(?:(?<=^|[.;:]\s{1,3})|(?<=^|[.;]\s{1,3}[^.;,\n]{1,30},\s))"
            r"(?P<subj>(?-i:[Tt]ỉnh|[Hh]uyện|[Tt]hị xã|[Tt]hành phố|[Qq]uận|[Xx]ã|[Pp]hường|[Tt]hị trấn)"
            r"(?:\s+(?P<own>" + union("self_word").pattern + r"))?)"
            r"(?=\s+(?:đạt|là|với|xếp|đứng)(?!\w))"))
    return _SELF_CACHE[0]


# its value, right after it or after its rank ("xếp thứ 14/63 với 88,52%")
_SELF_VALUE = regex.compile(r"\s+(?:(?P<rk>(?:xếp|đứng)\s+(?:thứ|hạng)\s+\d{1,3}(?:\s*/\s*\d{1,3})?[^\d;.%]{0,40}?)\s*,?\s+)?"
                            r"(?:là|đạt|được|với)\s*:?\s*(?P<val>" + NUM_TOKEN + r")(?:\s*/\s*(?P<max>\d+(?:[.,]\d+)?))?"
                            r"\s*(?P<unit>điểm|%)", regex.I)


def _own_unit(word: str, meta: Optional[DocumentMeta], home: Optional[str]) -> Optional[str]:
    """"tỉnh ta", "huyện" in a report of (or issued in) that unit: the unit, named; None when
    the document names no unit of that level."""
    own = _self_subject().match(word + " đạt")
    level = " ".join(word.split()[:-1] if own and own.group("own") else word.split()).lower()  # "tỉnh ta" -> "tỉnh"
    for unit in (_meta_unit(meta), territory(_meta_unit(meta)), home, territory(home)):
        if unit and strip_marks(unit.lower()).startswith(strip_marks(level) + " "):
            return unit[:1].lower() + unit[1:]
    return None


def _rate_label_before(view: str, pos: int) -> bool:
    """A dossier rate's label right before a list of units with values ("Một số xã có tỷ lệ
    giải quyết đúng hạn thấp: xã A đạt 97,12%, ..."): the units' dossier rates."""
    lo = max(0, pos - 200)
    for m in union("dossier_rate").finditer(view, lo, pos):
        if not regex.search(r"[.\n]", view[m.end():pos]):
            return True
    return False


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
    # a unit as the subject of the value ("Theo đó, tỉnh Quảng Bình đạt 86,92%, xếp thứ
    # 27/63"): the unit is the score's subject
    units = [(u.start(), u.end(), "unit") for u in _NAMED_UNIT.finditer(view)
             if _UNIT_VALUE.match(view, u.end())]
    units += [(u.start("name"), u.end("name"), "unit") for u in _PROPER_SUBJECT.finditer(view)
              if not any(a <= u.start("name") < b for a, b, _ in units)]
    # the reporting unit by its level word ("Tỉnh ta đạt 89,36%", "Năm 2023, tỉnh xếp thứ
    # 14/63 với 88,52%", "Theo đó, huyện đạt 88,42%")
    units += [(u.start("subj"), u.end("subj"), "self") for u in _self_subject().finditer(view)
              if _SELF_VALUE.match(view, u.end("subj"))
              and not any(a <= u.start("subj") < b for a, b, _ in units)]
    labels = sorted([(a, b, None) for c in of_kind("index_anaphor") for a, b in scan(c, view)]
                    + [(a, b, c) for c in of_kind("sub_index") for a, b in scan(c, view)] + units,
                    key=lambda t: (t[0], t[1]))
    context = union("dossier_context")
    last_subject: Optional[tuple[str, int]] = None
    home = _meta_unit(meta) or document_unit(doc.text)
    for a, b, sub in labels:
        m = (_SELF_VALUE if sub == "self" else _LABEL_VALUE).match(view, b)
        if m is None or any(x <= m.start("val") < y + 1 for x, y in taken):
            continue
        subject = None
        rank_first = m.groupdict().get("rk")
        if last_subject is not None and a - last_subject[1] <= 600 and sub not in ("unit", "self"):
            subject = last_subject[0]  # "Điểm thẩm định của tỉnh đạt ...": the unit just named
        if sub in ("unit", "self"):
            s_lo, s_hi = _sentence_bounds(view, a)
            if (context.search(view, s_lo, s_hi) or _rate_label_before(view, a)
                    or not is_value(view, m.start("val"), m.end("val"), s_lo)):
                continue  # "huyện A đạt 98% hồ sơ ...": a dossier figure, not the index
            subject = " ".join(view[a:b].split())
            if sub == "self":
                subject = _own_unit(subject, meta, home)
                if subject is None:
                    continue
            last_subject = (subject, b)
            sub = None
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
        change = _change_after(view, m.end(), max(m.end(), hi))
        if subject is None or sub is None:  # "kết quả được công bố, tỉnh A đạt ...": A's
            un = None
            for un in _NAMED_UNIT.finditer(view, b, m.start("val")):
                pass
            if un is not None:
                subject = " ".join(un.group().split())
                last_subject = (subject, m.end())
        rank = rank_total = rank_change = None
        if subject is not None and sub is None:
            rank, rank_total = _rank_after(view, m.end(), min(s_end, m.end() + 60))
            if rank_first:  # "tỉnh xếp thứ 14/63 với 88,52%"
                rank, rank_total = _rank_after(view, m.start("rk"), m.end("rk"))
            rc = _RANK_CHANGE.search(view, m.end(), s_end)
            if rc:
                rank_change = int(rc.group(2)) * (1 if rc.group(1).lower() == "tăng" else -1)
        ym = _period_before(view, m.start("val"), window=m.start("val") - s_start, floor=s_start)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        if year is None:
            ym = _paragraph_period(doc, a)
            year = _year_of(view[ym.start():ym.end()]) if ym else None
        if year is None or subject is None:
            # "Xã Cẩm Bình xếp thứ nhất với 93,15 điểm, trong đó điểm thẩm định đạt 62,40 điểm":
            # a part of the score just stated in its sentence takes its year and unit
            whole = [sc for sc in found if sc.indicator == indicator and sc.value is not None
                     and s_start <= doc_offset(doc, sc.page, sc.end) <= a]
            if whole:
                year = year if year is not None else whole[-1].year
                subject = subject if subject is not None else whole[-1].subject
        if year is None:
            ym = _period_before(view, before[-1][1] + 60, window=before[-1][1] + 60 - before[-1][0] + 200)
            if ym is not None and _DATE_YEAR.search(view, max(0, ym.start() - 12), ym.start()):
                ym = None  # "Luật ... ngày 19 tháng 6 năm 2015": a date, not the index's year
            year = _year_of(view[ym.start():ym.end()]) if ym else None
        # a sub-index ("điểm thẩm định") is a score of the index, named by index_name
        sub_name = " ".join(view[a:b].split()) if sub is not None else None
        span = doc.span(a, m.end())
        taken.append((a, m.end()))
        top = parse_number(m.group("max"), "decimal") if m.group("max") else None
        if top is not None and value > top:
            continue
        out.append(Score(indicator=indicator, criterion=None, value=value, max=top,
                         unit="%" if m.group("unit") == "%" else "điểm", year=year, rank=rank,
                         rank_total=rank_total, rating=None, subject=subject, text=span.text,
                         page=span.page, start=span.start, end=span.end,
                         index_name=(sub_name[:1].lower() + sub_name[1:]) if sub_name
                         else (cue.key if indicator == "OTHER_INDEX" else None),
                         change=change, rank_change=rank_change))
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


# a list of a satisfaction index's aspects, each "về <aspect> (đạt) V%" and ";"-separated:
# "sự hài lòng về tiếp cận dịch vụ đạt 88,91%; về thủ tục hành chính đạt 86,10%; ..."
_ASPECT_ITEM = regex.compile(r"(?<!\w)về\s+(?P<name>[^;:.\d%()]{3,80}?)\s*(?:(?:đạt|là)\s*|:\s*)?(?P<val>"
                             + NUM_TOKEN + r")\s*%", regex.I)
_SATISFIED = regex.compile(r"(?<!\w)hài lòng(?!\w)", regex.I)


def _aspect_scores(doc: DocText, found: list[Score]) -> list[Score]:
    """SIPAS aspects listed after the index's value: each item names its aspect after "về"
    and inherits the index, the year and the subject of the SIPAS score just stated."""
    view = doc.view
    sipas = [(doc_offset(doc, sc.page, sc.end), sc) for sc in found
             if sc.indicator == "SIPAS" and sc.criterion is None and sc.value is not None]
    if not sipas:
        return []
    taken = Covered((doc_offset(doc, sc.page, sc.start), doc_offset(doc, sc.page, sc.end) + 1) for sc in found)
    out = []
    for m in _ASPECT_ITEM.finditer(view):
        if taken.holds(m.start("val")):
            continue
        prev = [sc for end, sc in sipas if end <= m.start() and m.start() - end <= 400]
        if not prev:
            continue
        s_start, _ = _sentence_bounds(view, m.start())
        # the list opens with a satisfaction word, or continues one after ";"
        if not (_SATISFIED.search(view, max(0, m.start() - 30), m.start())
                or view[:m.start()].rstrip().endswith(";")):
            continue
        value = parse_number(m.group("val"), "decimal")
        if value is None or value > 100 or not is_value(view, m.start("val"), m.end("val")):
            continue
        main = prev[-1]
        span = doc.span(m.start(), m.end())
        out.append(Score(indicator="SIPAS", criterion=" ".join(m.group("name").split()), value=value,
                         max=None, unit="%", year=main.year, rank=None, rank_total=None, rating=None,
                         subject=main.subject, text=span.text, page=span.page, start=span.start,
                         end=span.end))
    return out


# a named component of another index ("chỉ số Chi phí không chính thức giảm ... từ 7,12 điểm
# năm 2023 xuống còn 6,03 điểm năm 2024", 'Ở nội dung "Thủ tục hành chính công", tỉnh đạt 7,38
# điểm'): the component's own score, under the index named before (PCI, PAPI)
_COMPONENT = regex.compile(r"(?<!\w)(?:chỉ số(?: thành phần)?|nội dung|lĩnh vực)\s+[\"“]?(?P<name>(?-i:\p{Lu})[^\"”.;:\d%]{2,60}?)"
                           r"(?:[\"”]|(?=\s+(?:giảm|tăng|đạt|là|với)(?!\w)))", regex.I)
_FROM_TO = regex.compile(r"[^.;\d]{0,40}?từ\s+(?P<a>" + NUM_TOKEN + r")\s*(?P<ua>điểm|%)\s+năm\s+(?P<ya>\d{4})\s*,?\s*"
                         r"(?:xuống|lên)(?:\s+còn|\s+mức)?\s+(?P<b>" + NUM_TOKEN + r")\s*(?P<ub>điểm|%)"
                         r"(?:\s+năm\s+(?P<yb>\d{4}))?", regex.I)
_COMPONENT_VALUE = regex.compile(r"[\"”]?\s*,?\s*(?:(?:tỉnh|huyện|xã|thành phố|thị xã)\s+)?(?:đạt|là|với)\s+(?P<v>"
                                 + NUM_TOKEN + r")\s*(?P<u>điểm|%)", regex.I)


def _component_scores(doc: DocText, found: list[Score]) -> list[Score]:
    view = doc.view
    if not any(sc.indicator == "OTHER_INDEX" for sc in found):
        return []  # components belong to another index stated with its figure
    components = list(_COMPONENT.finditer(view))
    if not components:
        return []
    taken = Covered((doc_offset(doc, sc.page, sc.start), doc_offset(doc, sc.page, sc.end) + 1) for sc in found)
    hits = sorted((a, b, c) for c in of_kind("index") for a, b in scan(c, view))
    out = []
    for m in components:
        before = [h for h in hits if m.start() - 1500 <= h[0] < m.start()]
        if not before or (before[-1][2].extra.get("indicator") or before[-1][2].key) != "OTHER_INDEX":
            continue
        name = " ".join(m.group("name").split())
        if union("index").search(name):
            continue
        parent = [sc for sc in found if sc.indicator == "OTHER_INDEX" and sc.index_name == before[-1][2].key]
        subject = parent[-1].subject if parent else None
        _, s_end = _sentence_bounds(view, m.end())
        values = []
        ft = _FROM_TO.match(view, m.end(), s_end)
        if ft:
            values = [(ft.start("a"), ft.end("ua"), ft.group("a"), ft.group("ua"), int(ft.group("ya"))),
                      (ft.start("b"), ft.end("ub"), ft.group("b"), ft.group("ub"),
                       int(ft.group("yb")) if ft.group("yb") else None)]
        else:
            cv = _COMPONENT_VALUE.match(view, m.end(), s_end)
            if cv:
                ym = _period_before(view, cv.start("v"), window=cv.start("v") - _sentence_bounds(view, m.start())[0])
                values = [(cv.start("v"), cv.end("u"), cv.group("v"), cv.group("u"),
                           _year_of(view[ym.start():ym.end()]) if ym else (parent[-1].year if parent else None))]
        for i, (a, b, raw, unit, year) in enumerate(values):
            if taken.holds(a) or not is_value(view, a, a + len(raw)):
                continue
            value = parse_number(raw, "decimal")
            if value is None:
                continue
            if year is None and parent:
                year = parent[-1].year
            change = _change_after(view, b, s_end) if len(values) == 1 else None
            span = doc.span(m.start(), b)
            out.append(Score(indicator="OTHER_INDEX", criterion=None, value=value, max=None,
                             unit="%" if unit == "%" else "điểm", year=year, rank=None, rank_total=None,
                             rating=None, subject=subject, text=span.text, page=span.page,
                             start=span.start, end=span.end, index_name=name, change=change))
    return out


# a proper name as the subject of the value's clause: "..., Quảng Nam đạt 85,40%", "năm
# 2024, Lạng Sơn đạt 65,32 điểm" (capitalised words, two at least)
_NAME_BEFORE_VALUE = regex.compile(
    r"(?:(?<=^|[,;:]\s{1,3})|(?<=^))(?P<name>(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\-]*){1,4}))"
    r"\s+(?:đạt|với|là)\s*:?\s*\d")


def _inherit_subjects(doc: DocText, meta: Optional[DocumentMeta], scores: list[Score]) -> None:
    """The scope chain of a score whose clause names no subject: a proper name as the
    subject of the value's clause ("năm 2024, Quảng Nam đạt 85,40%"), an average over a
    group ("trung bình của 19 sở, ban, ngành": "sở, ban, ngành (trung bình)"), the subject
    of the score before it in the same paragraph ("Chỉ số PAPI của tỉnh đạt 42,96 điểm ...
    Chỉ số PCI năm 2024 đạt 64,10 điểm"), then the document's own unit (an index of a
    territory, PCI or PAPI, the unit's territory)."""
    unit = _meta_unit(meta)
    home = unit or document_unit(doc.text)
    prev: Optional[tuple[int, int, Optional[str]]] = None  # (page, paragraph start, subject)
    for s in sorted(scores, key=lambda x: (x.page, x.start)):
        page_text = doc.pages[s.page - 1].text if 0 < s.page <= len(doc.pages) else ""
        para = paragraph_start(page_text, s.start)
        lo = doc_offset(doc, s.page, s.start)
        avg = (average_subject(doc.view, max(0, lo - 80), doc_offset(doc, s.page, s.end))
               if s.value is not None else None)
        if avg is None and s.value is not None and _BLOCK_AVERAGE.search(s.text):
            avg = _block_of_section(doc.text, lo)  # "Giá trị trung bình của khối" under "2. Khối UBND ..."
        if avg is None and s.value is not None:
            bf = _BLOCK_FIRST.search(doc.view, max(0, lo - 80), lo + 40)
            if bf:  # "Khối sở, ban, ngành có giá trị trung bình đạt 87,55%"
                avg = average_subject("trung bình của " + bf.group("rest"), 0, 15 + len(bf.group("rest")))
        if avg is not None and (s.subject is None or _group_word(s.subject) in strip_marks(avg.lower())):
            s.subject = avg  # "Điểm trung bình Chỉ số CCHC của các xã, thị trấn đạt 84,27 điểm"
        if s.subject is None and s.value is not None:
            named = _NAME_BEFORE_VALUE.search(s.text)
            if named and not of_kind_match("index", named.group("name")):
                s.subject = named.group("name")
            elif (prev is not None and prev[0] == s.page and prev[1] == para and prev[2]
                  and _group_word(prev[2]) == "\x00" and not prev[2].endswith("(trung bình)")):
                s.subject = prev[2]  # one unit's, not a group's ("các sở") nor an average
            elif s.indicator == "OTHER_INDEX" and s.index_name in _TERRITORY_INDICES:
                s.subject = territory(home) or home
            elif home:
                s.subject = home
        prev = (s.page, para, s.subject)


_TERRITORY_INDICES = {"PCI", "PAPI"}
_BLOCK_AVERAGE = regex.compile(r"(?<!\w)(?:trung bình|bình quân)\s+(?:của|ở)\s+khối(?=\s*(?:đạt|là|với|[:,]|\d))", regex.I)
_BLOCK_FIRST = regex.compile(r"(?<!\w)khối\s+(?:(?:UBND|Ủy ban nhân dân)\s+)?(?P<rest>[^.;:\d\n]{2,60}?)\s+có\s+"
                          r"(?:giá trị|điểm)\s+(?:trung bình|bình quân)", regex.I)
_BLOCK_HEADING = regex.compile(r"(?<!\w)khối\s+(?:(?:UBND|Ủy ban nhân dân)\s+)?(?P<rest>[^\n:]{2,80})", regex.I)


def _block_of_section(text: str, pos: int) -> Optional[str]:
    """"Giá trị trung bình của khối đạt 85,96%" under the heading "2. Khối UBND các huyện,
    thành phố": the average of the block the heading names."""
    head = section_heading(text, pos)
    m = _BLOCK_HEADING.search(text, head[0], head[1]) if head else None
    return average_subject("trung bình của " + m.group("rest"), 0, 15 + len(m.group("rest"))) if m else None


def _group_word(subject: str) -> str:
    """"các xã" -> "xa": the group a plural subject names, to compare with an average's."""
    g = strip_marks(" ".join(subject.lower().split()))
    return g[4:] if g.startswith("cac ") else "\x00"  # a named unit is never a group


def of_kind_match(kind: str, text: str) -> bool:
    return union(kind).search(text) is not None


def find_scores(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[Score]:
    use_text(doc.view, doc.text)
    tf = read_tables(doc, meta)  # every table: loaders', "|" grids and grids flattened into lines
    regions = list(tf.regions)
    scores = (_index_scores(doc, meta, regions) + _criterion_scores(doc, meta)
              + [dataclasses.replace(x) for x in tf.scores])
    scores += _ordinal_scores(doc, meta, scores)
    scores += _anaphor_scores(doc, meta, scores)
    scores += _share_scores(doc, scores)
    scores += _aspect_scores(doc, scores)
    scores += _component_scores(doc, scores)
    repeats = repeated_paragraphs(doc.text) + page_furniture(doc.text)
    if repeats:
        repeated = Covered(repeats)
        scores = [x for x in scores if not repeated.holds(doc_offset(doc, x.page, x.start))]
    _inherit_subjects(doc, meta, scores)
    scores.sort(key=lambda s: (s.page, s.start))
    # one fact stated twice (a table's last row restating the prose, a summary repeating
    # the result) is one score
    seen: set[tuple] = set()
    kept = []
    # a rank stated without a value restates a score of the same index, year and rank
    # given elsewhere (a headline "Sở A dẫn đầu Chỉ số CCHC năm 2022" over the body's
    # "Sở A dẫn đầu ... với 95,73 điểm"), or an earlier such rank
    ranked = {(s.indicator, s.year, s.rank) for s in scores if s.value is not None and s.rank}
    bare: set[tuple] = set()
    for s in scores:
        if s.value is None and s.rank is not None:
            k = (s.indicator, s.year, s.rank)
            if k in ranked or (s.indicator, s.rank) in bare:
                continue
            bare.add((s.indicator, s.rank))
        key = (s.indicator, s.criterion, s.index_name, s.value, s.max, s.unit, s.year, s.subject,
               s.rank)
        if s.value is not None and key in seen:
            continue
        seen.add(key)
        kept.append(s)
    return kept
