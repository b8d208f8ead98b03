"""Tasks done ("hoàn thành 42/46 nhiệm vụ") and part/total ratios with a stated rate.

Part of the figure finders (see extractor/find/figures.py)."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.find.dossiers import _unit_re
from extractor.find.figure_grammar import use_text, Covered, _sentence_bounds, _period_at, outside_repeats
from extractor.find.figure_vocab import union
from extractor.find.numbers import NUM_TOKEN, all_fractions, all_numbers, parse_number
from extractor.model import DocumentMeta, Ratio, Task
from extractor.normalize import DocText


# ==== tasks and ratios ================================================================

def find_tasks(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[Task]:
    use_text(doc.view, doc.text)
    view = doc.view
    noun = union("task_noun")
    done = union("task_done")
    link = union("rate_link")
    out = []
    for fr in all_fractions(view):
        if not (isinstance(fr.part, int) and isinstance(fr.total, int)) or fr.part > fr.total:
            continue
        after = view[fr.end:fr.end + 25]
        s_start, s_end = _sentence_bounds(view, fr.start)
        m_noun = noun.match(after.lstrip()) if after.strip() else None
        before = view[max(s_start, fr.start - 25):fr.start]
        if not m_noun and not (done.search(before) and noun.search(view, s_start, s_end)):
            continue
        if regex.search(r"(?:ngày|tháng)\s*$", before, regex.I):
            continue
        end = fr.end + (len(after) - len(after.lstrip()) + m_noun.end() if m_noun else 0)
        rate = None
        rm = regex.compile(r"[\s,(]*(?:" + link.pattern + r")\s*(" + NUM_TOKEN + r")\s*%",
                           regex.I).match(view, end)
        if rm is None:  # over words and years: "... trong Kế hoạch năm 2024 (đạt 83,3%)"
            rm = regex.compile(r"(?:[^.;\d]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80}?(?:" + link.pattern
                               + r")\s*(" + NUM_TOKEN + r")\s*%", regex.I).match(view, end)
        if rm:
            rate = parse_number(rm.group(1), "decimal")
            end = rm.end()
        period = _period_at(view, fr.start, meta, window=600)
        start = fr.start
        dm = None
        for dm in done.finditer(view, max(s_start, fr.start - 40), fr.start):
            pass
        if dm:
            start = dm.start()
        span = doc.span(start, end)
        out.append(Task(done=fr.part, total=fr.total, period=period, text=span.text,
                        page=span.page, start=span.start, end=span.end, rate=rate))
    out += _counted_tasks(doc, meta, out)
    out = outside_repeats(doc, out)
    out.sort(key=lambda t: (t.page, t.start))
    return out


_TASK_COUNT_CACHE: list = []


def _task_count_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(done, total): "đã hoàn thành 32 nhiệm vụ" and "tổng số nhiệm vụ ... là 35 nhiệm vụ"
    / "Kế hoạch ... với 35 nhiệm vụ"."""
    if not _TASK_COUNT_CACHE:
        noun = union("task_noun").pattern
        _TASK_COUNT_CACHE.append(regex.compile(
            r"(?:" + union("task_done_count").pattern + r")\s*(" + NUM_TOKEN + r")\s*(?:"
            + noun + r")", regex.I))
        _TASK_COUNT_CACHE.append(regex.compile(
            r"(?:" + union("task_total").pattern + r")\s*(" + NUM_TOKEN + r")\s*(?:"
            + noun + r")", regex.I))
    return _TASK_COUNT_CACHE[0], _TASK_COUNT_CACHE[1]


def _counted_tasks(doc: DocText, meta: Optional[DocumentMeta], taken: list[Task]) -> list[Task]:
    """Tasks done stated as a count whose total was stated just before, in the same
    paragraph: "Tổng số nhiệm vụ ... là 35 nhiệm vụ; đến nay đã hoàn thành 32 nhiệm vụ
    (đạt 91,43%)"."""
    view, text = doc.view, doc.text
    done_re, total_re = _task_count_res()
    link = union("rate_link")
    out = []
    covered = Covered((t.start, t.end) for t in taken)
    for dm in done_re.finditer(view):
        n = parse_number(dm.group(1), "count")
        if not isinstance(n, int) or covered.holds(dm.start(1)):
            continue
        lo = max(0, dm.start() - 400)
        para = text.rfind("\n\n", lo, dm.start())
        lo = para + 2 if para >= 0 else lo
        tm = None
        for tm in total_re.finditer(view, lo, dm.start()):
            pass
        if tm is None:
            continue
        total = parse_number(tm.group(1), "count")
        if not isinstance(total, int) or total < n or total == 0:
            continue
        end = dm.end()
        rate = None
        rm = regex.compile(r"[\s,(]*(?:" + link.pattern + r")\s*(" + NUM_TOKEN + r")\s*%|\s*\(\s*("
                           + NUM_TOKEN + r")\s*%\s*\)", regex.I).match(view, end)
        if rm:  # "đã hoàn thành 32 nhiệm vụ (đạt 91,43%)", "... 11 nhiệm vụ (78,6%)"
            rate = parse_number(rm.group(1) or rm.group(2), "decimal")
            end = rm.end()
        span = doc.span(tm.start(), end)
        out.append(Task(done=n, total=total, period=_period_at(view, dm.start(), meta, window=600),
                        text=span.text, page=span.page, start=span.start, end=span.end, rate=rate))
    return out


_RATIO_TAIL = None


def _ratio_tail() -> regex.Pattern:
    global _RATIO_TAIL
    if _RATIO_TAIL is None:
        _RATIO_TAIL = regex.compile(
            r"\s*([^\d%;.()]{1,120}?)\s*[,(]?\s*(?:" + union("rate_link").pattern + r")\s*("
            + NUM_TOKEN + r")\s*%\s*\)?", regex.I)
    return _RATIO_TAIL


_PROSE_RATIO = None


def _prose_ratio() -> regex.Pattern:
    global _PROSE_RATIO
    if _PROSE_RATIO is None:
        noun = r"(\p{L}+(?: \p{L}+)?)"
        _PROSE_RATIO = regex.compile(
            r"(?:" + union("ratio_whole").pattern + r")\s+(" + NUM_TOKEN + r")\s+" + noun
            + r"(?!\p{L})[^\d%;.]{0,80}?(?<!\p{L})(?:" + union("ratio_part").pattern + r")\s+("
            + NUM_TOKEN + r")\s+\2(?!\p{L})([^\d%;.()]{0,60}?)\s*[,(]?\s*(?:"
            + union("rate_link").pattern + r")\s*(" + NUM_TOKEN + r")\s*%\s*\)?", regex.I)
    return _PROSE_RATIO


def _prose_ratios(doc: DocText, taken: list[Ratio]) -> list[Ratio]:
    """A whole, a part counted with the same noun, the part's rate, told in prose.
    Dossiers ("hồ sơ") are dossier statistics, not ratios."""
    view = doc.view
    out = []
    covered = Covered((r.start, r.end) for r in taken)
    for m in _prose_ratio().finditer(view):
        noun = m.group(2)
        if _unit_re().match(" " + noun) or union("task_noun").match(noun):
            continue
        total, part = parse_number(m.group(1), "count"), parse_number(m.group(3), "count")
        if total is None or part is None or part > total:
            continue
        if covered.overlaps(m.start(), m.end()):
            continue
        label = " ".join((noun + " " + m.group(4)).split()).strip(" ,:")
        span = doc.span(m.start(), m.end())
        out.append(Ratio(part=part, total=total, stated_rate=parse_number(m.group(5), "decimal"),
                         label=label, text=span.text, page=span.page, start=span.start,
                         end=span.end))
    return out


def find_ratios(doc: DocText) -> list[Ratio]:
    """part/total with a stated rate: '17/2744 ý kiến không hài lòng (tỷ lệ 0.61%)', or
    told in prose: 'phát ra 1.500 phiếu, thu về 1.482 phiếu hợp lệ, đạt 98,8%'."""
    use_text(doc.view, doc.text)
    out = _fraction_ratios(doc)
    out += _prose_ratios(doc, out)
    out += _rated_counts(doc, out)
    out = outside_repeats(doc, out)
    out.sort(key=lambda r: (r.page, r.start))
    return out


_UNITS_OF = regex.compile(r"\s+((?:sở|ban|ngành|cơ quan|đơn vị|huyện|xã|phường|thị trấn|thị xã|thành phố|"
                          r"tỉnh|địa phương|bộ)(?!\w))", regex.I)
_RANKED = regex.compile(r"(?<!\w)(?:thứ|hạng|vị trí)\s*$", regex.I)
_CLAUSE_STOP = regex.compile(r"[.;:]|\s\(")


def _fraction_ratios(doc: DocText) -> list[Ratio]:
    view = doc.view
    out = []
    from extractor.grammar.periods import periods
    for fr in all_fractions(view):
        if fr.part > fr.total:
            continue
        # "tháng 8/2025 đạt 62%": a period (month/year, quarter/year), not 8 of 2025
        if any(a <= fr.start and fr.end <= b
               for a, b, _ in periods(view, max(0, fr.start - 12), fr.end)):
            continue
        m = _ratio_tail().match(view, fr.end)
        if not m:
            unit = _UNITS_OF.match(view, fr.end)
            if (unit and isinstance(fr.part, int) and isinstance(fr.total, int) and fr.total > 0
                    and not union("rank").search(view, max(0, fr.start - 24), fr.start)
                    and not _RANKED.search(view, max(0, fr.start - 12), fr.start)):
                # "14/14 xã, thị trấn đã ...", "Có 18/20 sở, ban, ngành không có hồ sơ trễ hạn":
                # a part of a set of units, no rate stated
                end = _CLAUSE_STOP.search(view, unit.end(), min(len(view), unit.end() + 100))
                stop = end.start() if end else min(len(view), unit.end() + 100)
                span = doc.span(fr.start, stop)
                out.append(Ratio(part=fr.part, total=fr.total, stated_rate=None,
                                 label=" ".join(view[unit.start(1):stop].split()) or None,
                                 text=span.text, page=span.page, start=span.start, end=span.end))
            continue
        label = " ".join(m.group(1).split()).strip(" ,:") or None
        if label and (union("task_noun").match(label) or union("score_unit").match(label)):
            continue
        span = doc.span(fr.start, m.end())
        out.append(Ratio(part=fr.part, total=fr.total,
                         stated_rate=parse_number(m.group(2), "decimal"), label=label,
                         text=span.text, page=span.page, start=span.start, end=span.end))
    return out


_NOUN_AFTER = regex.compile(r"\s+(\p{L}+)(?!\p{L})")
_EXCLUDED_NOUNS = regex.compile(r"(?:điểm|nhiệm|năm|tháng|ngày|quý|lần|bậc|hạng|tỷ|triệu|nghìn|ngàn|phần)$", regex.I)


_OPEN_PAREN = regex.compile(r"\(\s*$")
_SEP = regex.compile(r"[.,]")
_RATE_AFTER: list = []


def _rate_after(view: str, pos: int, hi: int) -> Optional[tuple[str, float, int]]:
    """(label words, rate, end) of the rate stated right after a count's noun: "289 phiếu hài
    lòng, đạt 97,6%", "1.764 phiếu (98,0%)"."""
    if not _RATE_AFTER:
        _RATE_AFTER.append(regex.compile(
            r"([^\d%;.()]{0,60}?)\s*(?:,\s*)?(?:\(\s*)?(?:(?:" + union("rate_link").pattern
            + r")\s*)?(" + NUM_TOKEN + r")\s*%\s*\)?", regex.I))
    m = _RATE_AFTER[0].match(view, pos, hi)
    if m is None or (not _OPEN_PAREN.search(view, max(0, m.start(2) - 3), m.start(2))
                     and not union("rate_link").search(view, m.end(1), m.start(2))):
        return None
    rate = parse_number(m.group(2), "decimal")
    return (m.group(1), rate, m.end()) if rate is not None and rate <= 100 else None


def _fits(part: float, total: float, rate: float, raw: str) -> bool:
    """Whether part/total is the rate as written (rounded or cut to its decimals)."""
    decimals = len(_SEP.split(raw)[1]) if _SEP.search(raw) else 0
    exact = part / total * 100
    return abs(exact - rate) <= 10 ** -decimals + 1e-9


def _rated_counts(doc: DocText, taken: list[Ratio]) -> list[Ratio]:
    """A count with its rate whose whole is an earlier count of the same noun in its
    sentence ("thu về 296 phiếu, trong đó 289 phiếu hài lòng, đạt 97,6%"; "tổng số phiếu
    khảo sát 1.800 phiếu, số phiếu hợp lệ 1.764 phiếu (98,0%)"): the rate is a part of that
    whole. With several candidate wholes, the one the rate is stated against (part/whole
    gives the rate) wins; with one, it is taken as stated, so that a wrong rate can be
    found. Dossiers and tasks have their own finders."""
    view = doc.view
    covered = Covered((r.start, r.end) for r in taken)
    out: list[Ratio] = []
    if "%" not in view:
        return out
    nums = [n for n in all_numbers(view, kind="count") if not n.percent]
    for i, n in enumerate(nums):
        if view.find("%", n.end, n.end + 100) < 0:
            continue  # no rate within reach
        noun = _NOUN_AFTER.match(view, n.end)
        if noun is None or _EXCLUDED_NOUNS.match(noun.group(1)) or isinstance(n.value, float):
            continue
        word = noun.group(1)
        if (_unit_re().match(view, n.end, min(len(view), n.end + 12))
                or union("task_noun").match(view, noun.start(1), noun.start(1) + 12)
                or union("dossier_context").match(view, noun.start(1), noun.start(1) + 30)):
            continue
        s_start, s_end = _sentence_bounds(view, n.start)
        got = _rate_after(view, noun.end(), min(s_end, noun.end() + 90))
        if got is None or covered.overlaps(n.start, got[2]):
            continue
        label, rate, end = got
        wholes = [w for w in nums[:i] if w.start >= s_start and w.value >= n.value and w.value > 0
                  and not isinstance(w.value, float)
                  and (_NOUN_AFTER.match(view, w.end) or noun).group(1).lower() == word.lower()
                  and _NOUN_AFTER.match(view, w.end) is not None]
        if not wholes:
            continue
        raw = regex.search(NUM_TOKEN, view[end - 12:end]).group()
        fitting = [w for w in wholes if _fits(n.value, w.value, rate, raw)]
        whole = (fitting or (wholes if len(wholes) == 1 else []) or [None])[-1]
        if whole is None:
            continue
        span = doc.span(n.start, end)
        out.append(Ratio(part=n.value, total=whole.value, stated_rate=rate,
                         label=" ".join((word + " " + label).split()).strip(" ,:") or None,
                         text=span.text, page=span.page, start=span.start, end=span.end))
    return out
