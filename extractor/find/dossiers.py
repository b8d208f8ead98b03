"""Dossier statistics (hồ sơ thủ tục hành chính) from prose; tables are read by
extractor/find/table_facts.py.

Part of the figure finders (see extractor/find/figures.py)."""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

import regex

from extractor.find.figure_grammar import (
    use_text,
    Covered, _NUM_GAP_BAN, _sentences, _AGENCY_NAME, _with_name, _period_at,
    _meta_unit, _year_of, repeated_paragraphs, page_furniture, document_unit)
from extractor.find.figure_vocab import tone_tolerant, of_kind, union, scan
from extractor.find.numbers import all_numbers, find_numbers, parse_number
from extractor.find.quantities import role_of
from extractor.grammar.periods import (clean as clean_period, meta_period, period_before, periods as period_spans,
                                      same_period)
from extractor.find.scope_chain import (LEAD_BEFORE, is_heading, is_object, paragraph_start, part_leads,
                                        section_heading, self_named, territory, whole)
from extractor.model import DOSSIER_FIELDS, DOSSIER_RATE_OF, DocumentMeta, DossierStat
from extractor.normalize import DocText, strip_marks


# ==== dossier statistics ==============================================================

RATE_OF = DOSSIER_RATE_OF  # the model owns which rate belongs to which count
_SKIP_BEFORE = regex.compile(
    r"(?:mức độ|năm|ngày|tháng|quý|(?<!trong |tổng |trong tổng )số|khoản|điều|điểm|lần|giai đoạn|đợt|lớp|thứ|ISO)\s*$",
    regex.I)
_SPAN_AFTER = regex.compile(r"\s*(?:tháng|quý|năm|ngày|tuần)(?!\w)", regex.I)
_SHORT_GAP = regex.compile(r"^[\s:,(]*(?:(?:là|đạt|có|được|gồm|với|bằng|còn)\s*)?[\s:]*$", regex.I)


@dataclass
class _Fig:
    field: str
    value: Any
    start: int  # cue start (or number start)
    end: int  # number end
    num_start: int
    scope: Optional[tuple[str, Optional[str], str, bool]] = None  # (level, name, text, strong)
    period: Optional[str] = None  # a period written right after the number ("2,35% năm 2022")
    same_scope: bool = False  # the second value of a change ("từ a% xuống b%"): the first's scope
    remains: bool = False  # "còn N hồ sơ quá hạn": still there, unless the resolved parts add up
    scope_lo: Optional[int] = None  # a list item: its scope is named after this offset
    scope_text: Optional[str] = None  # a part under a parent frame names its own scope
    part: bool = False  # a part listed under a parent count: its own statistic beside the parent's
    # a rate's stated denominator: (field, start, end, the count the words give or None)
    base: Optional[tuple[str, int, int, Optional[tuple[Any, int, int]]]] = None


@dataclass
class _Match:
    start: int
    end: int
    key: str


def _all(kind: str, view: str, position: Optional[str] = None,
         windows: Optional[list[tuple[int, int]]] = None) -> list[_Match]:
    out = []
    for c in of_kind(kind, position):
        for a, b in windows if windows is not None else [(0, len(view))]:
            for s, e in scan(c, view, a, b):
                out.append(_Match(s, e, c.key))
    out.sort(key=lambda x: (x.end, -(x.end - x.start)))
    return out


class _Cues:
    """Cue matches sorted by end, for 'the cue ending nearest before a number'."""

    def __init__(self, matches: list[_Match]):
        self.matches = sorted(matches, key=lambda x: (x.end, -(x.end - x.start)))
        self.ends = [m.end for m in self.matches]

    def nearest(self, lo: int, hi: int) -> Optional[_Match]:
        """Cue within [lo, hi] ending nearest hi; the longest on a tie."""
        i = bisect.bisect_right(self.ends, hi) - 1
        best = None
        while i >= 0 and self.ends[i] >= lo:
            m = self.matches[i]
            if m.start >= lo and (best is None or m.end > best.end
                                  or (m.end == best.end and m.start < best.start)):
                best = m
            if best is not None and m.end < best.end:
                break
            i -= 1
        return best


def _scope_mentions(view: str, windows: Optional[list[tuple[int, int]]] = None,
                    text: Optional[str] = None
                    ) -> list[tuple[int, int, str, Optional[str], str, bool]]:
    """(start, end, level, name, text, strong) for every scope mention (inside the
    windows when given). A mention inside a longer one is part of it ("xã Tân Lập" in
    "UBND xã Tân Lập"); a unit's name right after an agency is the agency's ("Sở Nội vụ
    tỉnh Vĩnh Long"); levels joined by "và" are one scope ("các huyện, thành, thị và các
    xã, phường, thị trấn")."""
    out = []
    for c in of_kind("scope"):
        for a, b in windows if windows is not None else [(0, len(view))]:
            for m_start, m_end in scan(c, view, a, b):
                if is_object(view, m_start):
                    continue  # "Sở đã trình Chủ tịch UBND tỉnh ...": the addressee, no scope
                end = _with_name(view, m_end, text)
                if c.key == "đơn vị":  # an agency's name runs up to its verb, never over a line break
                    br = text.find("\n", m_end, m_end + 120) if text is not None else -1
                    nm = _AGENCY_NAME.match(view, m_end, br if br >= 0 else min(len(view), m_end + 120))
                    end = max(end, nm.end()) if nm else end
                    while nm:  # "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam"
                        more = _AGENCY_MORE.match(view, end)
                        nm = _AGENCY_NAME.match(view, more.end() - 1, min(len(view), end + 120)) if more else None
                        end = nm.end() if nm else end
                if _PLACE_DATE.match(view, end):
                    continue  # "Thành phố Hồ Chí Minh, ngày 04 tháng 10 năm 2024": where it was signed
                text_ = view[m_start:end].strip()
                name = view[m_end:end].strip() or None
                strong = (view[max(0, m_start - 4):m_start].lower() == "tại "
                          or view[end:end + 2].lstrip().startswith(":")
                          or bool(LEAD_BEFORE.search(text if text is not None else view,
                                                     max(0, m_start - 40), m_start)))
                out.append((m_start, end, c.key, name, text_, strong))
    if text is not None:
        # a lead naming a part that is no unit ("Riêng lĩnh vực lý lịch tư pháp, ...")
        for a, b in windows if windows is not None else [(0, len(view))]:
            for p_start, p_end, p_name in part_leads(text, a, b):
                out.append((p_start, p_end, "item", p_name, p_name, True))
    # a body of the district or the province with the communes ("Bộ phận Một cửa huyện và
    # 15 xã, thị trấn", "Trung tâm Phục vụ hành chính công tỉnh và 75 xã, phường"): the whole
    for i, m in enumerate(out):
        if m[2] in _WHOLE_OF and m[3] is None and not _PLURAL.search(m[4]):  # ("các huyện" + "các xã": two levels)
            w = _AND_COMMUNES.match(view, m[1])
            if w:
                out[i] = (m[0], w.end(), m[2], None, "toàn " + _WHOLE_OF[m[2]], m[5])
    named_at = {m[0] for m in out if m[2] != "đơn vị"}
    # a body the vocabulary names ("Trung tâm Phục vụ hành chính công tỉnh") is not run on
    # to the next verb as an agency's name would be ("... tỉnh sau sắp xếp")
    out = [m for m in out if m[2] != "đơn vị" or m[0] not in named_at]
    out.sort(key=lambda m: (m[0], -m[1]))
    merged: list[tuple[int, int, str, Optional[str], str, bool]] = []
    for m in out:
        if merged and m[0] < merged[-1][1]:
            continue  # inside (or overlapping) the previous, longer mention
        if (merged and _JOINED.fullmatch(view, merged[-1][1], m[0])
                and (text is None or "\n" not in text[merged[-1][1]:m[0]])):
            p = merged[-1]
            coordinated = view[p[1]:m[0]].strip() != ""
            key = (p[2] if not coordinated or p[2] == m[2]
                   else "+".join(sorted({*p[2].split("+"), m[2]})))
            merged[-1] = (p[0], m[1], key, p[3] if not coordinated else None,
                          view[p[0]:m[1]].strip(), p[5] or m[5])
            continue
        merged.append(m)
    return merged


_PLURAL = regex.compile(r"(?<!\w)(?:các|những)\s", regex.I)
_WHOLE_OF = {"huyện": "huyện", "tỉnh": "tỉnh", "thành phố": "thành phố"}
_AND_COMMUNES = regex.compile(r"\s+và\s+(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:các|\d{1,3})\s+(?:xã|phường|thị trấn|đặc khu)"
                              r"(?:\s*,\s*(?:xã|phường|thị trấn|đặc khu))*(?!\w)", regex.I)
_PLACE_DATE = regex.compile(r"\s*,\s*ngày\s+\d", regex.I)

# the reporting unit named by its level alone inside a figure's clause: "Tỷ lệ hồ sơ giải
# quyết đúng hạn của xã đạt 99,57%"
_OWN_LEVEL = regex.compile(r"(?<!\w)của (tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)(?!\w)(?-i:(?! \p{Lu}))", regex.I)

_JOINED = regex.compile(r"[ ]{0,2}|\s*(?:,\s*)?và\s+", regex.I)


# the rest of an agency's name after a comma: "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam"
# (not a second body: ", Trung tâm Phục vụ ...")
_AGENCY_MORE = regex.compile(r"(?:,|[ ]và(?=[ ]+\p{Lu}))[ ]+(?!(?:Trung tâm|UBND|Ủy ban|Sở|Bộ|Cục|Văn phòng|Chi cục|Chi nhánh|Ban|Phòng|"
                             r"Năm|Trong|Tại|Riêng|Đồng thời|Tuy nhiên|Theo|Qua|Đến|Sau|Trước)(?!\w))(?=\p{Lu})")

# a count before its label is a statistic when presented ("có 35 hồ sơ chưa đến hạn",
# "còn 5.685 hồ sơ quá hạn", "..., 5 hồ sơ đã quá hạn"), not when it is a verb's object
_INTRO = regex.compile(r"(?:^|[,;:(]|(?<!\w)(?:có|còn|và|gồm|là|với|được|chỉ|đó|số|tổng số|trong số|"
                       r"tổng cộng|đã|đạt|nhận))\s*$", regex.I)

_TIME_KEYS = {"resolved_early", "resolved_on_time", "resolved_late", "pending_on_time",
              "returned", "received"}

# "đúng hạn 1.180 hồ sơ (98,3%)": a percent in parentheses right after a count is its rate
_PAREN_GAP = regex.compile(r"\s*\(\s*")


@lru_cache(maxsize=1)
def _unit_re() -> regex.Pattern:
    """'hồ sơ' right after a number, glued or not ("01hồ sơ")."""
    raw = "|".join(tone_tolerant(c.extra["pattern"]) for c in of_kind("dossier_unit"))
    return regex.compile(r"\s*(?:" + raw + r")(?!\w)", regex.I)


def _dossier_figures(doc: DocText) -> list[_Fig]:
    view = doc.view
    sents = _sentences(view)
    context_re = union("dossier_context")
    rate_cue_re = union("dossier_rate")
    # numbers in a sentence about dossiers; cues are only looked for in those sentences.
    # A rate clause after ";" names no dossier but its cue does ("...; tỷ lệ đúng hạn đạt 99,6%")
    cands = []
    about_dossiers: dict[tuple[int, int], bool] = {}  # a sentence is looked at once, not per number
    for n in all_numbers(view, kind="count"):
        s_start, s_end = sents.bounds(n.start)
        about = about_dossiers.get((s_start, s_end))
        if about is None:
            about = about_dossiers[(s_start, s_end)] = context_re.search(view, s_start, s_end) is not None
        if about or (
                n.percent and (rate_cue_re.search(view, s_start, n.start)
                               or _THIS_RATE.search(view, s_start, n.start)
                               or (_CHANGE_FROM.search(view, max(0, n.start - 12), n.start)
                                   and _CHANGE_TO.match(view, n.end, min(len(view), n.end + 40)))
                               or _CHANGE_TO_BEFORE.search(view, max(0, n.start - 40), n.start)
                               or (view.find("%", max(0, n.start - 120), n.start) >= 0
                                   and (_LIST_ITEM_GAP.search(view, max(0, n.start - 80), n.start)
                                        or _SAME_PERIOD_ITEM.search(view, max(0, n.start - 60), n.start))))):
            cands.append((n, s_start, s_end))
    windows = sents.windows([(s_start, s_end) for _, s_start, s_end in cands])
    fields = _Cues(_all("dossier_field", view, "before", windows))
    rates = _Cues(_all("dossier_rate", view, None, windows))
    after_pats = of_kind("dossier_field", "after")
    target_re = union("target")
    link_re = union("rate_link")
    qual_re = union("qualifier")
    figs: list[_Fig] = []
    prev: Optional[_Fig] = None
    last_rate: Optional[tuple[str, int]] = None  # (field, end) of the rate "tỷ lệ này" refers to
    change_from: Optional[tuple[str, int, bool]] = None  # (field, end, kept) of "từ a%" before "xuống b%"
    for n, s_start, s_end in cands:
        lo = max(s_start, prev.end if prev else 0)
        fig = None
        twin: Optional[_Fig] = None
        if n.percent:
            cue = rates.nearest(lo, n.start)
            this = _THIS_RATE.search(view, max(lo, n.start - 80), n.start)
            if change_from and _CHANGE_TO.fullmatch(view, change_from[1], n.start):
                # "giảm từ 5,40% xuống còn 2,10%": the value now, in the field of the first
                fig = _Fig(change_from[0], n.value, n.start, n.end, n.start,
                           same_scope=change_from[2])
                cue = None
            elif cue and len(view[cue.end:n.start]) <= 50 and not _numbers_between(view, cue.end, n.start):
                fig = _Fig(cue.key, n.value, cue.start, n.end, n.start)
                within = period_spans(view, cue.end, n.start)
                if within:  # "Tỷ lệ hồ sơ trễ hạn năm 2023 là 1,2%": that period's
                    fig.period = clean_period(within[-1][2])
            elif (last_rate and n.start - last_rate[1] <= 300 and (not cue or cue.end <= last_rate[1])
                  and _CHANGE_FROM.search(view, max(0, n.start - 12), n.start)
                  and _CHANGE_TO.match(view, n.end, min(len(view), n.end + 40))):
                # "(huyện B giảm từ 10,85% xuống còn 1,31%; ...)": a change of the rate just named
                fig = _Fig(last_rate[0], n.value, n.start, n.end, n.start)
                cue = None
            elif (last_rate and n.start - last_rate[1] <= 120 and (not cue or cue.end <= last_rate[1])
                  and _LIST_ITEM_GAP.fullmatch(view, last_rate[1], n.start)):
                # "Ở cấp tỉnh, tỷ lệ này là 0,21%; cấp huyện 0,95%; cấp xã 0,48%": the next items
                # of a list give the same rate for other units
                fig = _Fig(last_rate[0], n.value, n.start, n.end, n.start, scope_lo=last_rate[1])
                cue = None
            elif (last_rate and n.start - last_rate[1] <= 80 and (not cue or cue.end <= last_rate[1])
                  and _SAME_PERIOD_ITEM.fullmatch(view, last_rate[1], n.start)):
                # "...đạt 98,1%; cùng kỳ năm 2023 đạt 96,5%": the same rate, of the same
                # period of another year (grammar/periods.same_period)
                sp = _SAME_PERIOD_ITEM.fullmatch(view, last_rate[1], n.start)
                fig = _Fig(last_rate[0], n.value, sp.start("period"), n.end, n.start, same_scope=True)
                fig.period = " ".join(sp.group("period").split())
                cue = None
            elif (this and last_rate and (not cue or cue.end <= this.start)
                  and this.start() - last_rate[1] <= 300
                  and len(view[this.end():n.start]) <= 50
                  and not _NUM_GAP_BAN.search(view[this.end():n.start])):
                fig = _Fig(last_rate[0], n.value, this.start(), n.end, n.start)  # "tỷ lệ này chỉ còn 0,12%"
                cue = None
            elif ((item := _unit_rate_item().search(view, max(lo - 2, n.start - 80, 0), n.start))
                  and (named := _rate_named_before(view, max(view.rfind(".", 0, item.start()) + 1, item.start() - 300),
                                                   item.start(), cue, last_rate))):
                # "...đúng hạn; xã C có tỷ lệ thấp nhất với 96,80%": the rate named before, of
                # the unit the clause names
                fig = _Fig(named, n.value, item.start(), n.end, n.start, scope_lo=item.start())
                cue = None
            else:
                cue = fields.nearest(lo, n.start)
                if (cue and RATE_OF.get(cue.key) and _SHORT_GAP.match(view[cue.end:n.start])):
                    fig = _Fig(RATE_OF[cue.key], n.value, cue.start, n.end, n.start)
                elif (prev and prev.field in RATE_OF and n.start - prev.end <= 40
                      and (link_re.search(view[prev.end:n.start])
                           or _PAREN_GAP.fullmatch(view[prev.end:n.start]))
                      and not _NUM_GAP_BAN.search(qual_re.sub("", view[prev.end:n.start]))):
                    fig = _Fig(RATE_OF[prev.field], n.value, n.start, n.end, n.start)
                    cue = None
        else:
            if _SKIP_BEFORE.search(view[max(0, n.start - 12):n.start]):
                continue
            if any(ps <= n.start < pe for ps, pe, _ in period_spans(view, n.start, min(len(view), n.end + 40))):
                continue  # "6 tháng đầu năm 2024": a period, not a count
            if _SPAN_AFTER.match(view, n.end):
                continue  # "đúng hạn 9 tháng đạt 98,72%": a span of months, not a count
            unit = _unit_re().match(view, n.end, min(len(view), n.end + 120))
            p = n.end + len(view[n.end:n.end + 3]) - len(view[n.end:n.end + 3].lstrip())
            after = None
            for c in after_pats:  # the longest label after the count wins
                m = c.pattern.match(view, p, min(len(view), p + 120))
                if m and (after is None or m.end() > after[1]):
                    after = (c.key, m.end())
            cue = fields.nearest(lo, n.start)
            if (after and after[0] in _TIME_KEYS
                    and not _INTRO.search(view, max(s_start, n.start - 40), n.start)):
                after = None  # "cần khắc phục 30 hồ sơ quá hạn": an object, not a statistic
            if after:
                fig = _Fig(after[0], n.value, n.start, after[1], n.start)
                within = _ALL_WITHIN.match(view, after[1]) if after[0] == "pending" else None
                if within:  # "42 hồ sơ đang giải quyết đều còn trong hạn"
                    twin = fig
                    fig = _Fig("pending_on_time", n.value, n.start, within.end(), n.start)
            elif cue:
                gap = view[cue.end:n.start]
                # a label reaches its count over words and over numbers that are no values
                # ("tổng số hồ sơ giải quyết trong tháng 10 vừa qua trên hệ thống ... là
                # 21.686 hồ sơ"); a longer gap only when it ends on "là"/":"
                ok = (_SHORT_GAP.match(gap) if not unit
                      else (len(gap) <= 60 or (len(gap) <= 130 and _COPULA_END.search(gap)))
                      and not _values_between(view, cue.end, n.start)
                      and not union("change_word").search(gap))
                if ok:
                    fig = _Fig(cue.key, n.value, cue.start, unit.end() if unit else n.end, n.start)
                    first = fields.nearest(lo, cue.start)
                    if (first and first.key != cue.key and not first.key.startswith("_")
                            and _AND.fullmatch(view, first.end, cue.start)
                            and not view[cue.end:n.start].strip()):
                        # "đã tiếp nhận và giải quyết 1.126 hồ sơ": both labels share the number
                        twin = _Fig(first.key, n.value, first.start, fig.end, n.start)
            if fig is None and unit and _COUNT_FIRST.search(view, max(s_start, n.start - 12), n.start):
                # "Có 90 hồ sơ (chiếm 2,16%), các cơ quan thụ lý trả lại hồ sơ ...": the count
                # first, its label in the clause after it
                key = _label_after(view, unit.end(), s_end)
                if key is not None:
                    fig = _Fig(key, n.value, n.start, unit.end(), n.start)
                else:
                    fig = _part_of_parent(view, n, unit.end(), figs)
            if fig is None and unit and prev is not None:
                # "tiếp nhận 412.386 hồ sơ, trong đó cấp tỉnh 98.214 hồ sơ, cấp huyện ...":
                # each part listed under the figure just stated, for the unit it names
                fig = _listed_part(view, n, unit.end(), prev)
            if fig is not None and not unit and _procedures_counted(view, fig.start, n.start):
                fig = None  # "Tỷ lệ TTHC cung cấp trực tuyến 2643": procedures, not dossiers
        change_from = None
        if fig is None:
            continue
        if fig.field == "resolved_late" and _REMAINS.search(view, max(s_start, fig.start - 8), n.start):
            fig.remains = True
        cmp_ = _COMPARED_PAREN.search(view, max(0, fig.start - 80), fig.start) if fig.period is None else None
        if cmp_:  # "tăng 9,1% so với tháng 8/2025 (tiếp nhận 61.027 hồ sơ)": the compared period's
            fig.period = " ".join(cmp_.group("p").split())
        pa = _PERIOD_NEXT.match(view, n.end) if fig.period is None else None
        if pa:
            # "năm 2023", or "cùng kỳ năm 2023": the period it is compared with, in 2023
            fig.period = " ".join(view[pa.start():pa.end()].split())
            fig.period = fig.period[fig.period.lower().index("cùng kỳ" if "cùng kỳ" in fig.period.lower() else "năm"):]
        if n.percent and fig.field.endswith("_rate"):
            last_rate = (fig.field, fig.end)
            if _CHANGE_FROM.search(view, max(0, n.start - 12), n.start):
                after = _CHANGE_TO.match(view, n.end, min(len(view), n.end + 40))
                if after:
                    pa = _PERIOD_NEXT.match(view, n.end)
                    change_from = (fig.field, n.end, bool(pa))
                    if not pa:
                        continue  # the earlier value of a change, its period unstated: not a figure
                    fig.end = pa.end()  # "từ 2,35% năm 2022 xuống ...": that year's figure
        if fig.field in _TO_PENDING and not n.percent:
            fig.field = _frame_field(view, s_start, fig.start, fig.field)
        t_lo = max(s_start, fig.start - 30, prev.end if prev else 0)
        if target_re.search(view[t_lo:fig.num_start]):
            continue
        if role_of(view, n.start, n.end, s_start).kind in ("threshold", "target"):
            continue  # "tỷ lệ hồ sơ trễ hạn xuống dưới 3%", "đạt trên 98%": a bound, not a figure
        if twin is not None:
            figs.append(twin)
        figs.append(fig)
        prev = fig
    figs = [f for f in figs if not f.field.startswith("_")]
    figs = _all_of_them(view, figs)
    words = [w for w in _figures_in_words(view, sents)  # a figure in digits nearby wins
             if _UNITS_SHARE.search(view, max(0, w.num_start - 160), w.num_start)  # (units' own)
             or not any(g.field == w.field and abs(g.start - w.start) < 200 and g.scope_lo is None
                        and not _CLAUSE_END.search(view, min(g.start, w.start), max(g.start, w.start))
                        for g in figs)]  # (a list item's value is its unit's; another clause's is not this one)
    if words:
        figs = sorted(figs + words, key=lambda f: f.start)
    figs = _shared_by_units(view, figs)
    _total_with_breakdown(figs, view)
    for f in figs:
        if f.field.endswith("_rate") and f.num_start < f.end:
            f.base = _rate_base(view, sents, f)
    return figs


# where a rate's stated denominator may stand: right after the rate ("đạt 98,5% trên tổng
# số hồ sơ đến hạn", "98,5% (tính trên ...)"), or leading its clause ("So với tổng số hồ sơ
# đến hạn, tỷ lệ ...") up to its label
_BASE_LEAD = regex.compile(r"\s*,?\s*\(?\s*(?:(?:được\s+)?tính\s+)?", regex.I)
_CLAUSE_END = regex.compile(r"\s[;.:]|\s-\s")  # read backwards: a stop, then a space
# the denominator's own count right after its words: "Tính trên số hồ sơ đến hạn giải
# quyết (203.870 hồ sơ), tỷ lệ ..."
_BASE_COUNT = regex.compile(r"(?:\s+giải quyết)?\s*\(\s*[\d.,]+\s*hồ sơ\s*\)", regex.I)


_LAST_NUMBER = regex.compile(r"\d[\d.,]*(?!.*\d)", regex.S)
_RATE_TOKEN = regex.compile(r"\d[\d.,]*\s*%?")


def _base_of(view: str, key: str, a: int, b: int):
    """(field, start, end, (value, start, end) of the count the words give, or None)."""
    m = _LAST_NUMBER.search(view, a, b)
    value = parse_number(m.group().rstrip(".,"), "count") if m else None
    count = (value, m.start(), m.start() + len(m.group().rstrip(".,"))) if value is not None else None
    return key, a, b, count


def _rate_base(view: str, sents, f: _Fig):
    """(count field, start, end, count) of the denominator the text names for a stated
    rate (rules/figures.yaml kind rate_base), or None when it names none."""
    cues = of_kind("rate_base")
    s_start, s_end = sents.bounds(f.num_start)
    rate = _RATE_TOKEN.match(view, f.num_start)  # "98,5%" (a rate in words has no digits)
    num_end = rate.end() if rate else f.end
    lead = _BASE_LEAD.match(view, num_end, min(len(view), num_end + 20))
    a = lead.end() if lead else num_end
    for c in cues:  # right after the rate
        m = c.pattern.match(view, a, min(s_end, a + 90))
        if m:
            return _base_of(view, c.key, m.start(), m.end())
    # before the number, inside its clause: between the label and the value, or leading it
    cut = _CLAUSE_END.search(view[max(s_start, f.start - 120):f.start][::-1])
    lo = max(s_start, f.start - 120) if cut is None else f.start - cut.start()
    found = [(m.start(), m.end(), c.key) for c in cues for m in c.pattern.finditer(view, lo, f.num_start)]
    if found:
        m_s, m_e, key = max(found)
        own = _BASE_COUNT.match(view, m_e, f.num_start)
        if not _values_between(view, own.end() if own else m_e, f.num_start):
            if own:  # "(203.870 hồ sơ)": the count of the words before it
                return key, m_s, own.end(), _base_of(view, key, own.start(), own.end())[3]
            return _base_of(view, key, m_s, m_e)
    return None


# values written in words: "không có hồ sơ trễ hạn" is 0, "tất cả hồ sơ đều được giải quyết
# đúng hạn" is an on-time rate of 100%
_NONE_LATE = regex.compile(r"(?<!\w)không (?:có )?(?:hồ sơ|trường hợp) (?:nào )?(?:(?:đã |bị )?(?:giải quyết )?"
                           r"(?P<word>quá|trễ|chậm) (?:hạn|hẹn))(?!\w)", regex.I)
# "không có hồ sơ tồn đọng": nothing pending
_NONE_PENDING = regex.compile(r"(?<!\w)không (?:có )?(?:hồ sơ|trường hợp) (?:nào )?(?:tồn đọng|còn tồn|tồn)(?!\w)", regex.I)
# "42 hồ sơ đang giải quyết đều còn trong hạn": every pending dossier is within its time
_ALL_WITHIN = regex.compile(r"\s*,?\s*(?:đều|tất cả đều|toàn bộ)\s+(?:còn\s+|đang\s+)?(?:trong|còn)\s+hạn(?!\w)", regex.I)
_ALL_ON_TIME = regex.compile(r"(?<!\w)(?:tất cả|toàn bộ|100%)(?: (?:các |số )?hồ sơ(?: này| trên)?)?,? (?:đều )?(?:đã )?(?:được )?"
                             r"(?:giải quyết|trả kết quả|xử lý) (?:(?:(?:trước|sớm)(?: hạn)? và )?đúng hạn|đúng (?:và|hoặc) (?:trước|sớm) hạn)(?!\w)", regex.I)


_UNITS_COUNTED = regex.compile(r"(?<!\w)\d+(?:\s*/\s*\d+)?\s+(?:sở|ban|ngành|cơ quan|đơn vị|huyện|xã|phường|"
                               r"thị trấn|địa phương|bộ)(?!\w)", regex.I)


def _figures_in_words(view: str, sents) -> list[_Fig]:
    out: list[_Fig] = []
    for m in _NONE_LATE.finditer(view):
        s_start, _ = sents.bounds(m.start())
        if _UNITS_COUNTED.search(view, max(s_start, m.start() - 60), m.start()):
            continue  # "Có 18/20 sở, ban, ngành không có hồ sơ trễ hạn": those units, not the level
        field = _frame_field(view, s_start, m.start(), "resolved_late")
        if field == "resolved_late" and m.group("word").lower() == "quá":
            continue  # "quá hạn" with no frame: resolved late or still pending, unsaid
        out.append(_Fig(field, 0, m.start(), m.end(), m.start()))
    for m in _ALL_ON_TIME.finditer(view):
        s_start, _ = sents.bounds(m.start())
        if union("target_lead").search(view, s_start, m.start()):
            continue  # "Phấn đấu 100% hồ sơ được giải quyết đúng hạn": a target
        out.append(_Fig("on_time_rate", 100, m.start(), m.end(), m.start()))
    for m in _NONE_PENDING.finditer(view):
        out.append(_Fig("pending", 0, m.start(), m.end(), m.start()))
    return out


# "đã giải quyết 371 hồ sơ, tất cả đều đúng hạn": every one of the count on time; "đang
# giải quyết 15 hồ sơ, đều chưa đến hạn": every pending one within its time
_ALL_RESOLVED_ON_TIME = regex.compile(r"\s*,?\s*(?:(?:tất cả|toàn bộ)\s+)?(?:đều\s+)(?:đã\s+)?(?:được\s+)?(?:giải quyết\s+)?"
                                      r"(?:đúng hạn|đúng và trước hạn|trước và đúng hạn)(?!\w)", regex.I)
_ALL_PENDING_WITHIN = regex.compile(r"\s*,?\s*(?:(?:tất cả|toàn bộ)\s+)?đều\s+(?:còn\s+|đang\s+)?(?:trong hạn|chưa đến hạn|"
                                    r"chưa quá hạn|còn hạn)(?!\w)", regex.I)


def _all_of_them(view: str, figs: list[_Fig]) -> list[_Fig]:
    """A count followed by "tất cả đều đúng hạn" (resolved) or "đều chưa đến hạn" (pending):
    the same number on time, and for the resolved an on-time rate of 100%."""
    have = {f.field for f in figs}
    out: list[_Fig] = []
    for f in figs:
        out.append(f)
        if f.field == "resolved" and "resolved_on_time" not in have:
            m = _ALL_RESOLVED_ON_TIME.match(view, f.end)
            if m:
                out.append(_Fig("resolved_on_time", f.value, f.start, m.end(), f.num_start))
                out.append(_Fig("on_time_rate", 100, m.start(), m.end(), f.num_start))
        elif f.field == "pending" and "pending_on_time" not in have:
            m = _ALL_PENDING_WITHIN.match(view, f.end)
            if m:
                out.append(_Fig("pending_on_time", f.value, f.start, m.end(), f.num_start))
    return out


_CLAUSE_END = regex.compile(r"[;.](?=\s)")
_AND = regex.compile(r"\s+và\s+", regex.I)
_COPULA_END = regex.compile(r"(?:(?<!\w)(?:là|đạt|gồm)|:)\s*$", regex.I)
_COUNT_FIRST = regex.compile(r"(?:^|[.;:]\s*|(?<!\w))(?:có|gồm)\s+$", regex.I)


def _numbers_between(view: str, a: int, b: int) -> bool:
    """A number between a rate's label and its value, periods aside ("Tỷ lệ hồ sơ giải
    quyết đúng hạn quý III năm 2024 đạt 98,1%": the label reaches its value)."""
    gap = view[a:b]
    if not _NUM_GAP_BAN.search(gap):
        return False
    for ps, pe, _ in period_spans(view, a, b):
        gap = gap[:ps - a] + " " * (pe - ps) + gap[pe - a:]
    gap = _MONTHS_SPAN.sub(lambda m: " " * len(m.group()), gap)  # "đúng hạn 9 tháng đạt": a span
    return bool(_NUM_GAP_BAN.search(gap))


_MONTHS_SPAN = regex.compile(r"(?<![\d/.,])\d{1,2}\s+(?:tháng|quý)(?!\s*\d)(?!\w)", regex.I)


def _values_between(view: str, a: int, b: int) -> bool:
    """Whether a number that may be a figure stands in view[a:b] (a period, an ordinal or a
    numbered name does not: "trong tháng 10 vừa qua")."""
    for n in find_numbers(view, a, b, kind="count"):
        if role_of(view, n.start, n.end).kind != "label":
            return True
    return False


_PAREN_AFTER = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*")
_STOP = regex.compile(r"[.;]")


def _label_after(view: str, pos: int, hi: int) -> Optional[str]:
    """The dossier label of the clause after a count stated first: past its rate in
    parentheses and a comma, the last field cue of the next clause."""
    m = _PAREN_AFTER.match(view, pos, hi)
    a = m.end() if m else pos
    end = _STOP.search(view, a, hi)
    b = min(end.start() if end else hi, a + 160)
    nxt = next(iter(find_numbers(view, a, b, kind="count")), None)
    if nxt is not None:  # the label stands before the next figure of the sentence
        b = nxt.start
    found = [(s, e, c.key) for c in of_kind("dossier_field", "before") for s, e in scan(c, view, a, b)]
    found = [f for f in found if not f[2].startswith("_")]
    return max(found)[2] if found else None


# "Trong đó, lĩnh vực dược có 1.205 hồ sơ, lĩnh vực khám bệnh, chữa bệnh có 842 hồ sơ": the
# parts of the figure just stated, each with its own scope
_PART_SCOPE = regex.compile(r"(?:^|[,;:]\s*|(?<!\w)(?:trong đó|gồm|bao gồm),?\s+)(?P<scope>(?:lĩnh vực|nhóm|khối|"
                            r"(?-i:[Hh]uyện|[Xx]ã|[Pp]hường|Sở|[Tt]hị trấn|[Tt]hị xã)\s+(?-i:\p{Lu}))[^;:.\d]{1,60}?)"
                            r"\s+có\s+$", regex.I)
_PARENT_FRAME = regex.compile(r"(?<!\w)(?:trong đó|bao gồm|gồm)(?!\w)", regex.I)


def _part_of_parent(view: str, n, unit_end: int, figs: list[_Fig]) -> Optional[_Fig]:
    """A count with no label of its own under a parent frame ("Trong đó, <scope> có N hồ sơ")
    after a statistic: the first count of that statistic, for the scope it names."""
    m = _PART_SCOPE.search(view, max(0, n.start - 90), n.start)
    if m is None or not _PARENT_FRAME.search(view, max(0, n.start - 200), m.start("scope")):
        return None
    parents = [f for f in figs if not f.field.endswith("_rate") and 0 <= n.start - f.end <= 300]
    if not parents:
        return None
    first = min(parents, key=lambda f: f.start)
    return _Fig(first.field, n.value, m.start("scope"), unit_end, n.start,
                scope_text=" ".join(m.group("scope").split()))


# the unit a listed part names: a level ("cấp huyện"), a unit or body by its level word and
# name ("phường Bình San", "Sở Tư pháp", "UBND xã A"), a field or group ("lĩnh vực đất đai")
_PART_NAME = (r"(?P<scope>(?:cấp\s+(?:tỉnh|huyện|xã)|(?:(?:UBND|Ủy ban nhân dân)\s+)?"
              r"(?-i:(?:[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hị xã|[Tt]hành phố|[Qq]uận|Sở|Cục|Chi cục))"
              r"(?:\s+(?-i:\p{Lu})[\p{L}\-]*)(?:\s+[\p{L}\-]+){0,6}?|(?:lĩnh vực|khối|nhóm)(?:\s+[\p{L}\-]+){1,8}?))"
              r"\s*(?:(?:có|là)\s+|:\s*)?")
# a further part, after the part before it (", cấp xã ", "; phường A ", " và xã B ")
_NEXT_PART = regex.compile(r"\s*(?:[,;]\s*(?:và\s+)?|\s+và\s+)" + _PART_NAME, regex.I)


@lru_cache(maxsize=1)
def _first_part() -> regex.Pattern:
    """The first part, after the frame that opens the list (rules/figures.yaml kind
    part_frame: "..., trong đó ", ", gồm: ") or a bracket."""
    frame = union("part_frame").pattern
    return regex.compile(r"(?:[^.;:\d\n]{0,60}?(?:" + frame + r")\s*[:,]?|\s*\()\s*" + _PART_NAME, regex.I)


# two units named by their level word and name, joined by "và", as the subject of one
# value: "thị trấn A và xã B đạt 100% hồ sơ giải quyết đúng hạn"
_UNIT = (r"(?-i:(?:[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hị xã|[Tt]hành phố|[Qq]uận|Sở)"
         r"(?:\s+\p{Lu}[\p{L}\-]*)+)")
_UNITS_SHARE = regex.compile(r"(?:^|[,;:]\s*|(?<!\w)(?:Ở|ở|Tại|tại)\s+)(?P<a>" + _UNIT + r")\s+và\s+(?P<b>" + _UNIT
                             + r")\s+(?:(?:cùng|đều)\s+)?(?:đạt|có|là)\s*$")


def _shared_by_units(view: str, figs: list[_Fig]) -> list[_Fig]:
    """A value whose subject is two named units ("thị trấn A và xã B đạt 100% ..."): one
    figure for each unit, each its own statistic."""
    out: list[_Fig] = []
    for f in figs:
        m = _UNITS_SHARE.search(view, max(0, f.num_start - 160), f.num_start) if f.scope_text is None else None
        if m is None:
            out.append(f)
            continue
        for name in ("a", "b"):
            g = dataclasses.replace(f, start=m.start(name), scope_text=" ".join(m.group(name).split()))
            g.part = True
            out.append(g)
    return out


def _listed_part(view: str, n, unit_end: int, prev: _Fig) -> Optional[_Fig]:
    """A count with no label of its own right after a unit's name, in a list opened by a
    frame ("trong đó", "gồm:") after a count of dossiers or after a part of that list: a
    part of that count, of the named unit, in the same field."""
    if prev.field.endswith("_rate") or prev.field.startswith("_"):
        return None
    listed = prev.scope_text is not None and prev.part
    m = (_NEXT_PART if listed else _first_part()).fullmatch(view, prev.end, n.start)
    if m is None:
        return None
    fig = _Fig(prev.field, n.value, m.start("scope"), unit_end, n.start,
               scope_text=" ".join(m.group("scope").split()))
    fig.part = True
    return fig


_PROCEDURES = regex.compile(r"(?<!\w)(?:TTHC|thủ tục hành chính|thủ tục)(?!\w)", regex.I)
_DOSSIER_WORD = regex.compile(r"(?<!\w)h[ồô] ?s[ơo](?!\w)", regex.I)


def _procedures_counted(view: str, label_start: int, num_start: int) -> bool:
    """A label counting procedures (TTHC) with no dossier word in it: "Tỷ lệ TTHC cung cấp
    trực tuyến 2643" counts procedures offered, not dossiers."""
    a = max(0, label_start - 30)
    return bool(_PROCEDURES.search(view, a, num_start)) and not _DOSSIER_WORD.search(view, a, num_start)
# "tỷ lệ này" / "tỷ lệ trên": the rate named last
# the same rate stated for the same period of another year, after the rate: "...; cùng kỳ năm
# 2023 đạt 96,5%", "(cùng kỳ năm 2023: 96,5%)"
_SAME_PERIOD_ITEM = regex.compile(r"[^\d%;.]{0,12}?[;,(]\s*(?P<period>cùng kỳ năm \d{4})\s*(?:là|đạt|chỉ đạt|:)?\s*$", regex.I)
_THIS_RATE = regex.compile(r"(?<!\w)tỷ lệ (?:này|trên|đó)(?!\w)", regex.I)
# "(giảm|tăng) từ 5,40% [năm 2022] xuống (còn) 2,10%": the second is the value now
_CHANGE_FROM = regex.compile(r"(?<!\w)từ\s*$", regex.I)
_CHANGE_TO = regex.compile(r"\s*(?:(?:của\s+)?(?:cùng kỳ\s+)?năm\s+\d{4}\s*)?,?\s*(?:xuống|lên|tăng lên|giảm xuống)(?:\s+(?:còn|mức|đến|tới))?\s*", regex.I)
_CHANGE_TO_BEFORE = regex.compile(r"(?<!\w)từ\s*\d[\d.,]*\s*%" + _CHANGE_TO.pattern + r"$", regex.I)
# a figure in brackets right after the period it is compared with: "so với năm 2023 (tiếp nhận "
_COMPARED_PAREN = regex.compile(r"(?<!\w)so với\s+(?P<p>(?:tháng|quý|năm|\d+ tháng)[^()\n,;.]{1,30}?)\s*\(\s*$", regex.I)
_PERIOD_NEXT = regex.compile(r"\s*(?:của\s+)?(?:cùng kỳ\s+)?năm\s+\d{4}(?!\d)", regex.I)


# parent frames: "Trong số 3.405 hồ sơ đang giải quyết, ... có 969 hồ sơ đã quá hạn" is
# pending overdue; "đã giải quyết ..., còn 5.685 hồ sơ quá hạn" is resolved late
_TO_PENDING = {"resolved_late": "pending_overdue", "resolved_on_time": "pending_on_time"}
_PENDING_FRAME = regex.compile(r"(?:đang|chưa) (?:giải quyết|xử lý)|còn tồn|chưa đến hạn|chưa có kết quả", regex.I)
_RESOLVED_FRAME = regex.compile(r"(?:đã|được) (?:giải quyết|xử lý|trả kết quả)|giải quyết xong", regex.I)


def _frame_field(view: str, lo: int, pos: int, field: str) -> str:
    """The field of a time figure (on time / overdue) from the last frame of its sentence
    before it: dossiers being resolved make it a pending figure."""
    last_pending = max((m.end() for m in _PENDING_FRAME.finditer(view, lo, pos)), default=-1)
    last_resolved = max((m.end() for m in _RESOLVED_FRAME.finditer(view, lo, pos)), default=-1)
    if last_pending > last_resolved:
        return _TO_PENDING[field]
    return field


_PART_OF = regex.compile(r"trong đó|bao gồm|gồm", regex.I)
_NEW = regex.compile(r"mới", regex.I)


def _total_with_breakdown(figs: list[_Fig], view: str) -> None:
    """"tiếp nhận 8.652 hồ sơ (kỳ trước chuyển sang 215, tiếp nhận mới 8.437)": a received
    figure followed by carried-over and received figures that add up to it is the total
    to resolve, not a second statistic."""
    for i, f in enumerate(figs[:-1]):
        if f.field != "received":
            continue
        g = figs[i + 1]
        # "tiếp nhận tổng cộng 19.361 hồ sơ, trong đó có 16.041 hồ sơ tiếp nhận mới, số còn
        # lại từ kỳ trước chuyển sang": the total is what had to be resolved
        if (g.field == "received" and g.value < f.value and g.start - f.end <= 200
                and _PART_OF.search(view[f.end:g.start]) and _NEW.search(view[g.start:g.end + 20])):
            f.field = "to_resolve"
            continue
        if i + 2 >= len(figs):
            continue
        nxt = figs[i + 1:i + 3]
        if ({g.field for g in nxt} == {"carried_over", "received"}
                and nxt[-1].start - f.end <= 300
                and abs(sum(g.value for g in nxt) - f.value) < 1e-9):
            f.field = "to_resolve"


def _compatible(a: Optional[tuple], b: Optional[tuple]) -> bool:
    if a is None or b is None:
        return True
    if a[0] != b[0]:
        return False
    if _LEVEL_WORD.search(a[2]) and _WHOLE_WORD.search(b[2]) or _LEVEL_WORD.search(b[2]) and _WHOLE_WORD.search(a[2]):
        return False  # "cấp huyện" (the district level's bodies) is a part of "toàn huyện"
    return a[1] is None or b[1] is None or strip_marks(a[1]) == strip_marks(b[1])


_LEVEL_WORD = regex.compile(r"(?<!\w)cấp (?:tỉnh|huyện|xã)(?!\w)", regex.I)
_WHOLE_WORD = regex.compile(r"(?<!\w)(?:toàn|địa bàn) (?:tỉnh|huyện|quận|thị xã|thành phố)(?!\w)", regex.I)


_BODY_OF_LEVEL = regex.compile(r"(?:Bộ phận (?:Một cửa|Tiếp nhận và Trả kết quả)|Trung tâm Phục vụ hành chính công|UBND|Ủy ban nhân dân)"
                            r"\s+(?:cấp\s+)?(tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)", regex.I)


def _own_body(scope: str, meta: Optional[DocumentMeta]) -> str:
    """"Bộ phận Một cửa xã" in a report of xã Yên Lạc is that xã's: "Bộ phận Một cửa xã Yên
    Lạc" (a body of the reporting unit's level named by the level word alone)."""
    m = _BODY_OF_LEVEL.fullmatch(scope.strip())
    unit = _meta_unit(meta) if m else None
    if not unit or "cấp" in scope.lower():
        return scope
    level = m.group(1).lower()
    if strip_marks(unit.lower()).startswith(strip_marks(level) + " "):
        return scope.rstrip() + unit[len(level):]
    return scope


# between the items of a list of rates by unit: "; cấp huyện ", "; tiếp đến là huyện Hữu Lũng ",
# " và huyện Cao Lộc "
_LIST_ITEM_GAP = regex.compile(
    r"\s*\)?\s*[;,]?\s*(?:và\s+)?(?:(?:tiếp đến|tiếp theo|kế đến|sau đó) là\s+)?"
    r"(?:cấp (?:tỉnh|huyện|xã)|(?-i:(?:[Hh]uyện|[Xx]ã|[Tt]hị xã|[Tt]hành phố|[Pp]hường|[Qq]uận|[Tt]hị trấn|Sở)(?:\s+\p{Lu}[\p{L}\-]*)+))"
    r"\s*(?:có tỷ lệ(?:\s+(?:thấp|cao) nhất)?\s*|(?:thấp|cao) nhất\s*)?(?:là|đạt|chỉ đạt|với|:)?\s*\(?\s*$", regex.I)


def _rate_named_before(view: str, s_start: int, pos: int, cue: Optional[_Match],
                       last_rate: Optional[tuple[str, int]]) -> Optional[str]:
    """The dossier rate the sentence named before pos: a rate's label, the last rate read
    in it, or a rate in words ("đạt 100% hồ sơ giải quyết đúng hạn")."""
    if cue is not None and cue.start >= s_start:
        return cue.key
    if last_rate is not None and last_rate[1] >= s_start:
        return last_rate[0]
    if _ALL_ON_TIME.search(view, s_start, pos):
        return "on_time_rate"
    return None


# a unit with "the highest/lowest rate": "; xã Đức Lạng có tỷ lệ thấp nhất với "
@lru_cache(maxsize=1)
def _unit_rate_item() -> regex.Pattern:
    return regex.compile(r"(?:^|[;,]\s*|(?<!\w)(?:còn|riêng)\s+)(?-i:(?:[Hh]uyện|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]hị xã|"
                         r"[Tt]hành phố|[Qq]uận|Sở)(?:\s+\p{Lu}[\p{L}\-]*)+)\s+(?:" + union("extreme_rate").pattern
                         + r")\s*(?:là|đạt|chỉ đạt|với|:)?\s*$", regex.I)
_REMAINS = regex.compile(r"(?<!\w)còn(?!\w)", regex.I)


def _settle_remaining(group: list[_Fig]) -> None:
    """"... đã giải quyết 3.049 hồ sơ, còn 5 hồ sơ quá hạn": overdue dossiers that "remain"
    are pending unless the resolved ones add up with them ("đã giải quyết 15.641 hồ sơ, ...
    trước hạn 13.529, đúng hạn 1.958, số hồ sơ quá hạn còn 154": 13.529 + 1.958 + 154) or
    their stated rate is their share of the resolved ones."""
    values = {f.field: f.value for f in group}
    for f in group:
        if not f.remains or f.field != "resolved_late":
            continue
        parts = [values[k] for k in ("resolved_early", "resolved_on_time") if k in values]
        if "resolved" in values and parts and abs(sum(parts) + f.value - values["resolved"]) < 1e-9:
            continue
        if values.get("resolved") and "late_rate" in values and abs(
                f.value / values["resolved"] * 100 - values["late_rate"]) <= 0.1:
            continue  # "số quá hạn còn 634 hồ sơ, chiếm 3,6%" of the 17.651 resolved
        if "pending_overdue" not in values:
            f.field = "pending_overdue"


def _unit_of_level(group: Optional[tuple], scope: Optional[tuple]) -> bool:
    """A unit named by its proper name ("Huyện Lập Thạch ... tỷ lệ chậm, quá hạn 0,33%")
    after figures of its whole level ("Bộ phận một cửa cấp huyện, cấp xã ..."): its own
    statistic, not one more figure of the level's."""
    return (group is not None and scope is not None and group[0] == scope[0]
            and group[1] is None and scope[1] is not None)


def _restated(values: dict[str, Any], scope: Optional[tuple], year: Optional[int],
              kept: list[tuple[Optional[tuple], Optional[int], dict[str, Any]]]) -> bool:
    """A group whose every figure was already stated, with the same value, by an earlier
    statistic of a compatible scope and the same year is a restatement ("tỷ lệ hồ sơ trễ
    hạn ... giảm xuống còn 1,07%" in a conclusion), not a new statistic."""
    for k_scope, k_year, k_values in kept:
        if not _compatible(k_scope, scope):
            continue
        if year is not None and k_year is not None and year != k_year:
            continue
        if all(f in k_values and k_values[f] == v for f, v in values.items()):
            return True
    return False


# "- Lĩnh vực đất đai: ...", "+ UBND xã A: ...", "a) Cấp huyện: ...": a list item's label
_LIST_LEAD = regex.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))[ \t]*(?P<label>\p{Lu}[^\d:;.\n]{2,60}?)[ \t]*:")


def _heading_scope(doc: DocText, pos: int) -> Optional[tuple]:
    """The unit the heading of pos's section names ("a) Cấp huyện", "2. Kết quả tại xã
    A:"), as a scope; None when the nearest heading names none."""
    head = section_heading(doc.text, pos)
    if head is None:
        return None
    found = [m for m in _scope_mentions(doc.view, [head], doc.text) if head[0] <= m[0] < head[1]]
    return (found[-1][2], found[-1][3], found[-1][4], True) if found else None


_PERIOD_OPENER = regex.compile(r"\s*(?:(?:trong|tính đến|lũy kế|cùng kỳ)\s+)?", regex.I)


def _new_period_opens(view: str, sents, cur: list[_Fig], f: _Fig, meta: Optional[DocumentMeta]) -> bool:
    """Whether f's sentence, after the group's last figure, opens with a period other than
    the group's ("..., tiếp nhận 52.310 hồ sơ. Tháng 9/2025, tỷ lệ ... là 98,71%"): the
    figures of another period are another statistic."""
    s_start = sents.bounds(f.start)[0]
    if s_start < cur[-1].end:
        return False
    lead = _PERIOD_OPENER.match(view, s_start)
    for ps, pe, p_text in period_spans(view, lead.end(), min(len(view), lead.end() + 80)):
        if ps != lead.end():
            break
        return clean_period(p_text) != clean_period(_period_at(view, cur[0].start, meta) or "")
    return False


_LEAD_TO_UNIT = regex.compile(r"\s*,\s*")


def _heading_between(text: str, a: int, b: int) -> bool:
    """Whether the section of b starts after a (a heading lies between them)."""
    head = section_heading(text, b)
    return head is not None and head[0] >= a


def _after_table(text: str, pos: int, totals: list[tuple[int, str]]) -> Optional[str]:
    """The total row's scope of a table the paragraph at pos directly follows."""
    para = paragraph_start(text, pos)
    for end, scope in totals:
        if end <= para and not text[end:para].strip(" \t\r\n|"):  # a row's closing "|" aside
            return scope
    return None


def _group_dossier(doc: DocText, figs: list[_Fig], meta: Optional[DocumentMeta],
                   tables: list[tuple[int, int]] = (),
                   totals: list[tuple[int, str]] = ()) -> list[DossierStat]:
    view = doc.view
    sents = _sentences(view)
    mentions = _scope_mentions(view, sents.windows([(max(0, f.start - 400), f.num_start) for f in figs]),
                               doc.text)
    # a table row's unit is that row's scope, not the scope of the prose after the table
    in_table = Covered(tables)
    mentions = [m for m in mentions if not in_table.holds(m[0])]
    # a listed part's unit names that part only, not the figures after the list
    in_part = Covered([(f.start, f.num_start) for f in figs if f.part])
    mentions = [m for m in mentions if not in_part.holds(m[0])]
    groups: list[list[_Fig]] = []
    scopes: list[Optional[tuple]] = []
    main = -1  # the group figures continue; listed parts stand beside it
    last_end = 0
    starts = [m[0] for m in mentions]
    for f in figs:
        lo = max(last_end, f.start - 400)
        i = bisect.bisect_left(starts, lo)
        window = []
        inner = []
        para = paragraph_start(doc.text, f.start)
        while i < len(mentions) and mentions[i][0] < f.num_start:
            if mentions[i][1] <= f.start:
                # a unit named in an earlier paragraph scopes nothing here, unless it heads
                # this section ("2. Kết quả tại cấp huyện")
                if mentions[i][0] >= para or is_heading(doc.text, paragraph_start(doc.text, mentions[i][0])):
                    window.append(mentions[i])
            elif mentions[i][0] >= f.start and mentions[i][1] <= f.num_start:
                inner.append(mentions[i])  # "Tỷ lệ trễ hạn của cấp huyện là 2,35%"
            i += 1
        strong = [m for m in window if m[5]]
        pick = inner[-1] if inner else (strong or window)[-1] if window else None
        if pick is not None and not inner and pick[3] is None:
            # "Ở cấp xã, phường Tô Hiệu tiếp nhận ...": a unit of the level the lead names,
            # named after it in the clause, is the subject
            named = [m for m in window if m[0] >= pick[1] and m[3] is not None and m[2] == pick[2]
                     and _LEAD_TO_UNIT.fullmatch(view, pick[1], m[0])]
            pick = named[-1] if named else pick
        if f.scope_text is not None:
            pick = None
        if f.scope_lo is not None:  # a list item names its own unit right before its value
            own = [m for m in window + inner if m[0] >= f.scope_lo]
            pick = own[-1] if own else pick
        scope = (pick[2], pick[3], pick[4], pick[5]) if pick else None
        if f.scope_text is not None:
            scope = ("item", f.scope_text, f.scope_text, True)
        if pick is None or not inner:
            own = _OWN_LEVEL.search(view, f.start, f.num_start)
            unit = _meta_unit(meta) if own else None
            if own and unit and strip_marks(unit.lower()).startswith(strip_marks(own.group(1).lower()) + " "):
                level = own.group(1).lower()  # "của xã" is the reporting xã
                scope = (level, unit[len(level):].strip() or None, unit, True)
        # a list item's lead names its scope: "- Lĩnh vực đất đai: tiếp nhận 523 hồ sơ"
        ls = doc.text.rfind("\n", 0, f.start) + 1
        lead = _LIST_LEAD.match(doc.text, ls, f.start)
        if lead and not (pick and pick[0] >= lead.end()):
            label = " ".join(lead.group("label").split())
            scope = ("item", label, label, True)
        if f.same_scope and main >= 0:
            scope = scopes[main]
        if (scope is None and main >= 0 and scopes[main] is not None
                and "\n" not in doc.text[groups[-1][-1].end:f.start]):
            scope = scopes[main]  # no unit named: the paragraph's last one ("...; tỷ lệ hồ sơ trễ hạn ...")
        if scope is None and totals:
            after = _after_table(doc.text, f.start, totals)
            if after is not None:  # a summary right after a table: the table's whole
                scope = ("table", None, after, False)
        if scope is None:
            scope = _heading_scope(doc, f.start)  # "a) Cấp huyện" over the section
        if f.part:
            groups.append([f])
            scopes.append(scope)
            last_end = f.end
            continue
        cur = groups[main] if main >= 0 else None
        new = (cur is None or f.start - cur[-1].end > 700
               or any(g.field == f.field for g in cur)
               or _heading_between(doc.text, cur[-1].end, f.start)  # "2. Tại Trung tâm ...": a new section
               or _new_period_opens(view, sents, cur, f, meta)
               or (f.period is not None and f.period != cur[0].period)  # "từ 1,86% năm 2023 ..."
               or not _compatible(scopes[main], scope)
               or (pick is not None and pick[0] >= cur[-1].end and _unit_of_level(scopes[main], scope)))
        if new:
            groups.append([f])
            scopes.append(scope)
            main = len(groups) - 1
        else:
            cur.append(f)
            if scopes[main] is None and scope is not None:
                scopes[main] = scope
        last_end = f.end
    claims = union("claims_total")
    out = []
    kept: list[tuple[Optional[tuple], Optional[int], dict[str, Any]]] = []
    for g, scope in zip(groups, scopes):
        _settle_remaining(g)
        period = g[0].period or _period_of(doc, g[0].start, meta)
        if g[0].period is not None:  # "1,12% của cùng kỳ năm 2023" in a report on 9 months
            period = same_period(g[0].period, _period_of(doc, g[0].start, meta))
        else:
            lead = _SAME_PERIOD_LEAD.match(view, sents.bounds(g[0].start)[0])
            if lead and lead.end() <= g[0].start:  # "Cùng kỳ năm 2023, xã tiếp nhận 3.870 hồ sơ"
                period = same_period(" ".join(lead.group("p").split()),
                                     _period_of(doc, sents.bounds(g[0].start)[0], meta))
        values = {f.field: f.value for f in g}
        if _restated(values, scope, _year_of(period), kept):
            continue
        kept.append((scope, _year_of(period), values))
        start, end = g[0].start, max(x.end for x in g)
        span = doc.span(start, end)
        stat = DossierStat(scope=_scope_name(scope, meta, doc.text),
                           period=period,
                           text=span.text, page=span.page, start=span.start, end=span.end)
        for f in g:
            setattr(stat, f.field, f.value)
            stat.evidence[f.field] = doc.span(f.start, f.end)
            if f.base is not None:
                stat.rate_bases[f.field] = f.base[0]
                stat.evidence[f.field + "/base"] = doc.span(f.base[1], f.base[2])
        for f in g:  # "trên tổng số 1.000 hồ sơ đến hạn": the denominator's count, unless stated
            count = f.base[3] if f.base is not None else None
            if count is not None and getattr(stat, f.base[0]) is None:
                setattr(stat, f.base[0], count[0])
                stat.evidence[f.base[0]] = doc.span(count[1], count[2])
        stat.claims_total = bool(claims.search(view, g[0].end, end)) and len(g) > 1
        out.append(stat)
    return out


# a sentence opened by the same period of another year: "Cùng kỳ năm 2023, xã tiếp nhận ..."
_SAME_PERIOD_LEAD = regex.compile(r"\s*(?P<p>cùng kỳ năm \d{4})\s*,", regex.I)


def _period_of(doc: DocText, pos: int, meta: Optional[DocumentMeta]) -> Optional[str]:
    """The period of figures at pos (grammar/periods.period_at), except that a period
    opening a sentence of an earlier section ("Tháng 9/2025, tỷ lệ ... là 98,71%", "Lũy kế
    từ đầu năm đến ngày 31/10/2025, Trung tâm tiếp nhận ...") is that sentence's: the
    figures after a later heading take the document's period."""
    period = _period_at(doc.view, pos, meta)
    pm = period_before(doc.view, pos)
    at = pos
    own_year = _year_of(meta_period(meta))
    while (pm is not None and own_year is not None and _index_year(doc.view, pm.start())
           and _year_of(pm.group()) != own_year):  # (a report on the index of its own year: its period)
        at = pm.start()  # "Chỉ số cải cách hành chính năm 2023 của huyện đạt ...": the index's year
        pm = period_before(doc.view, at)
    if at != pos:
        period = _period_at(doc.view, at, meta) if pm is not None else meta_period(meta)
    own = meta_period(meta)
    if not own or period == own:
        return period
    head = section_heading(doc.text, pos)
    if pm is None or head is None or pm.start() >= head[0]:
        return period
    s_start = _sentences(doc.view).bounds(pm.start())[0]
    opens = not doc.view[s_start:pm.start()].strip(" \t") or _YTD_LEAD.fullmatch(doc.view, s_start, pm.start())
    if opens and not is_heading(doc.text, paragraph_start(doc.text, pm.start())):
        return own
    return period


_INDEX_BEFORE = regex.compile(r"(?<!\w)chỉ số[^.;:\d\n]{0,60}$", regex.I)


def _index_year(view: str, pos: int) -> bool:
    """Whether the period at pos is the year an index is named by ("Chỉ số cải cách hành
    chính năm 2023", "Chỉ số SIPAS năm 2023"), not a period of dossier figures."""
    return bool(_INDEX_BEFORE.search(view, max(0, pos - 70), pos))


_YTD_LEAD = regex.compile(r"\s*(?:lũy kế|tính)\s*", regex.I)


def _scope_name(scope: Optional[tuple], meta: Optional[DocumentMeta], text: str) -> Optional[str]:
    """The name a statistic's scope is reported under: the mention as written, a body of
    the reporting unit's level completed with its name, the reporting body named by its head
    word ("Sở") as the document's unit, the whole territory ("toàn tỉnh") named; with no
    mention, the document's own unit."""
    unit = _meta_unit(meta)
    home = unit or document_unit(text)
    if scope is None:
        return home
    if scope[0] == "self":
        return self_named(scope[2], unit)
    name = whole(_own_body(scope[2], meta), territory(home))
    w = _WHOLE_TEXT.fullmatch(" ".join(name.split()))
    place = _HEADLINE_PLACE.search(text, 0, min(len(text), 800)) if w else None  # (among the first lines)
    if place:  # "Sơn La: Kết quả ..." over a news item's "toàn tỉnh": tỉnh Sơn La
        return w.group("level").lower() + " " + " ".join(place.group("place").split())
    return name


# the whole territory of a level, unnamed ("toàn tỉnh"); a news headline opened by a place's
# name ("Sơn La: Kết quả giải quyết thủ tục hành chính tháng 9/2025")
_WHOLE_TEXT = regex.compile(r"(?:trên\s+)?(?:toàn|địa bàn|trên địa bàn)\s+(?P<level>tỉnh|huyện|thị xã|thành phố|quận)", regex.I)
_HEADLINE_PLACE = regex.compile(r"(?m)^[ \t]*(?P<place>(?-i:\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}\-]*){0,3}))[ \t]*:[ \t]+\S")


def _headline_restated(figs: list[_Fig], text: str) -> list[_Fig]:
    """A headline (the first line, with no full stop) whose figures the body states again
    ("Đức Thọ: 9 tháng năm 2024, tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,21%" over "...,
    đạt 99,21%"): the body's figures are the statistic, the headline's are dropped."""
    first = regex.match(r"\s*(?P<line>[^\n]{1,200})\n", text)
    if first is None or first.group("line").rstrip().endswith((".", ":", ";")):
        return figs
    end = first.end("line")
    body = {(f.field, f.value) for f in figs if f.num_start >= end}
    return [f for f in figs if f.num_start >= end or (f.field, f.value) not in body]


_WHOLE_PREFIX = regex.compile(r"^(?:trên\s+)?(?:toàn|địa bàn)\s+", regex.I)


def _in_table(x: DossierStat, t: DossierStat) -> bool:
    """A prose statistic a table of the document restates (the lead's "cấp huyện 7.926 hồ
    sơ" and the table's row "Cấp huyện | 7.926 | ..."): every value of it is the row's, for
    the same scope and period; the table keeps it."""
    if x.period != t.period or not x.scope or not t.scope:
        return False
    def key(scope: str) -> str:
        return strip_marks(_WHOLE_PREFIX.sub("", " ".join(scope.split())).lower())
    if key(x.scope) != key(t.scope):
        return False
    values = [(f, getattr(x, f)) for f in DOSSIER_FIELDS if getattr(x, f) is not None]
    return bool(values) and all(getattr(t, f) == v for f, v in values)


def find_dossier_stats(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[DossierStat]:
    use_text(doc.view, doc.text)
    from extractor.find.table_facts import read_tables
    tf = read_tables(doc, meta)  # every table: loaders', "|" grids and grids flattened into lines
    regions = list(tf.regions)
    table_stats = [dataclasses.replace(x, evidence=dict(x.evidence)) for x in tf.dossier_stats]
    covered = Covered(regions + repeated_paragraphs(doc.text) + page_furniture(doc.text))
    figs = _headline_restated([f for f in _dossier_figures(doc) if not covered.holds(f.num_start)], doc.text)
    stats = _group_dossier(doc, figs, meta, regions, tf.totals)
    stats = [x for x in stats if not any(_in_table(x, t) for t in table_stats)]
    stats += table_stats
    stats.sort(key=lambda s: (s.page, s.start))
    return stats
