"""One period grammar: the reporting periods reports write ("năm 2018", "6 tháng đầu năm
2021", "quý I năm 2025", "quý III/2021", "tháng 10/2019", "9 tháng", "giai đoạn
2016-2020", "từ ngày 15/12/2023 đến ngày 14/3/2024"), where they stand in a text, and what
they mean (the year they belong to, their first and last day, also for a quarter that
starts in the previous year: "quý I năm 2020 (1/12/2019 – 29/2/2020)").

Finding periods in text is vocabulary (rules: metadata.yaml kind period for the
document's own period, figures.yaml kinds period / period_cutoff / period_exclude for
the period of figures); this module is the only code that reads them. Callers:
find/metadata.py (document period), the figure finders (period of a figure, inherited
from the last period stated before it, else the document's), store/write.py (the year
a statistic is filed under) and the audit (the last day a report covers).
"""
from __future__ import annotations

import calendar
import datetime as dt
from functools import lru_cache
from typing import Optional

import regex

from extractor.model import DocumentMeta
from extractor.normalize import fold
from extractor.vocab import load_rules
from extractor.vocab.patterns import figures_union

# ------------------------------------------------------------------ meaning of a period
_QUARTERS = {"i": 1, "1": 1, "ii": 2, "2": 2, "iii": 3, "3": 3, "iv": 4, "4": 4}
_YEAR = r"(?:19|20)\d\d"
_YEAR_RE = regex.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
_DMY = r"(\d{1,2})/(\d{1,2})/(" + _YEAR + r")"
_DM = r"(\d{1,2})/(\d{1,2})(?:/(" + _YEAR + r"))?"
# "từ ngày 15/12/2023 đến ngày 14/3/2024", "(1/12/2019 – 29/2/2020)", "(21/7 – 20/8/2021)"
_RANGE = regex.compile(r"(?:từ\s+)?(?:ngày\s+)?" + _DM + r"\s*(?:[-–—]|đến(?:\s+hết)?)\s*(?:ngày\s+)?"
                       + _DMY, regex.I)


# "từ đầu năm đến ngày 30/9/2024": from the first day of the year of its end
_YEAR_TO_DATE = regex.compile(r"từ đầu năm(?:\s+" + _YEAR + r")?\s+đến(?:\s+hết)?(?:\s+ngày)?\s+"
                              + _DMY, regex.I)
# "lũy kế 9 tháng": the months since the start of the year
_CUMULATIVE = regex.compile(r"(?:lũy kế\s+)?(\d{1,2}|ba|sáu|chín)\s+tháng(?:\s+đầu\s+năm)?$", regex.I)
_MONTH_WORDS = {"ba": "3", "sáu": "6", "chín": "9"}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _date(d: str, m: str, y: str) -> Optional[dt.date]:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def period_range(period: Optional[str], default_year: Optional[int] = None
                 ) -> Optional[tuple[Optional[dt.date], dt.date]]:
    """(first day or None, last day) of a period as reports write it; an explicit date
    range wins over the named period ("quý I năm 2020 (1/12/2019 – 29/2/2020)" runs from
    2019-12-01)."""
    if not period:
        return None
    text = fold(period)
    m = _RANGE.search(text)
    if m:
        end = _date(m.group(4), m.group(5), m.group(6))
        if end is not None:
            start_year = m.group(3) or (str(end.year - 1) if int(m.group(2)) > end.month
                                        else str(end.year))
            return _date(m.group(1), m.group(2), start_year), end
    m = _YEAR_TO_DATE.search(text)
    if m:  # "từ đầu năm đến ngày 30/9/2024"
        end = _date(m.group(1), m.group(2), m.group(3))
        if end is not None:
            return dt.date(end.year, 1, 1), end
    years = _YEAR_RE.findall(text)
    year = int(years[-1]) if years else default_year
    m = regex.search(r"giai đoạn\s*(" + _YEAR + r")\s*[-–—]\s*(" + _YEAR + ")", text)
    if m:
        return dt.date(int(m.group(1)), 1, 1), dt.date(int(m.group(2)), 12, 31)
    if year is None:
        return None
    m = regex.search(r"quý\s+(iv|iii|ii|i|[1-4])\b", text)
    if m:
        q = _QUARTERS[m.group(1)]
        return dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)
    m = regex.search(r"(\d{1,2})\s+tháng(\s+(?:đầu|cuối))?", text)
    if m and 1 <= int(m.group(1)) <= 12:
        n = int(m.group(1))
        if m.group(2) and "cuối" in m.group(2):
            return dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
        return dt.date(year, 1, 1), _month_end(year, n)
    m = regex.search(r"tháng\s+(\d{1,2})\b", text)
    if m and 1 <= int(m.group(1)) <= 12:
        month = int(m.group(1))
        return dt.date(year, month, 1), _month_end(year, month)
    if years:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None


def period_end(period: Optional[str], default_year: Optional[int] = None) -> Optional[dt.date]:
    """Last day of a reporting period: "6 tháng năm 2021" -> 2021-06-30, "6 tháng cuối
    năm 2021" -> 2021-12-31, "9 tháng" (year from default_year), "quý I năm 2025" ->
    2025-03-31, "tháng 5/2021" -> 2021-05-31, "năm 2018" -> 2018-12-31, "giai đoạn
    2016-2020" -> 2020-12-31, "từ ngày 15/12/2023 đến ngày 14/3/2024" -> 2024-03-14."""
    got = period_range(period, default_year)
    return got[1] if got else None


def period_year(period: Optional[str]) -> Optional[int]:
    """The year a period is filed under: the first year it names ("năm 2021 (đến
    15/9/2021)" -> 2021, "giai đoạn 2016-2020" -> 2016)."""
    if not period:
        return None
    m = _YEAR_RE.search(period)
    return int(m.group()) if m else None


# ----------------------------------------------------- periods of a document (metadata)
# "ngày 06 tháng 5 năm 2021" is a date, not a period
_DATE_BEFORE = regex.compile(r"(?:ngày\s+\d{1,2}\s+|tháng\s+\d{1,2}\s*,?\s+)$", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _document_period_patterns() -> tuple[regex.Pattern, ...]:
    out = []
    for e in load_rules("metadata").entries:
        if e.kind == "period" and getattr(e, "pattern", None):
            flags = 0 if getattr(e, "case", None) == "sensitive" else regex.IGNORECASE
            out.append(regex.compile(e.pattern, flags | regex.MULTILINE))
    return tuple(out)


def periods(text: str, pos: int = 0, endpos: Optional[int] = None) -> list[tuple[int, int, str]]:
    """All period phrases in text[pos:endpos] (rules/metadata.yaml kind period), longest at
    each place, in order."""
    endpos = len(text) if endpos is None else endpos
    found = []
    for p in _document_period_patterns():
        for m in p.finditer(text, pos, endpos):
            if _DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue
            found.append((m.start(), m.end(), " ".join(m.group().split())))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    for t in found:  # the longest at each place, overlaps dropped
        if not (out and t[0] < out[-1][1]):
            out.append(t)
    return out


def last_period(text: str, pos: int = 0, endpos: Optional[int] = None):
    got = periods(text, pos, endpos)
    return got[-1] if got else None


def first_period(text: str, pos: int = 0, endpos: Optional[int] = None):
    got = periods(text, pos, endpos)
    return got[0] if got else None


# --------------------------------------------------------------- period of a figure
_OPENS_SENTENCE = regex.compile(r"(?-i:\p{Lu}\p{Ll})")


def period_before(view: str, pos: int, window: int = 1500, floor: int = 0) -> Optional[regex.Match]:
    """Last period expression ("năm 2018", "6 tháng đầu năm 2021", "tháng 10/2019")
    before pos (rules/figures.yaml kind period), skipping comparisons ("so với năm 2017")
    and the period dossiers were carried over from ("năm 2022 chuyển sang"; kind
    period_exclude_after)."""
    lo = max(floor, pos - window)
    excl = figures_union("period_exclude", anchored=True)
    excl_after = figures_union("period_exclude_after")
    last = None
    for m in figures_union("period").finditer(view, lo, pos):
        if excl.search(view[max(0, m.start() - 20):m.start()]) and not _OPENS_SENTENCE.match(view, m.start()):
            continue  # (a period opening its sentence, "...kế hoạch\nNăm 2024, Bộ đã ...", is its own)
        j = m.end()
        while j < pos and view[j] in " \t":
            j += 1
        if excl_after.match(view, j, min(len(view), j + 40)):
            continue  # "do năm 2022 chuyển sang": the period the dossiers came from
        last = m
    return last


_CUTOFF_DATE = regex.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})$")


def with_cutoff(view: str, period: str, p_start: int, pos: int, before: int = 300) -> str:
    """'năm 2021' -> 'năm 2021 (đến 15/9/2021)' when a cut-off date of that year is
    stated shortly before the period or between it and the figures at pos."""
    year = period_year(period)
    last = None
    for m in figures_union("period_cutoff").finditer(view, max(0, p_start - before), pos):
        d = _CUTOFF_DATE.search(m.group())
        if d and int(d.group(3)) == year:
            last = d
    if last is None or "(" in period or _CUTOFF_DATE.search(period):  # ends at its own date
        return period
    return f"{period} (đến {last.group(1)}/{last.group(2)}/{last.group(3)})"


def clean(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].lower() + text[1:]


def meta_period(meta: Optional[DocumentMeta]) -> Optional[str]:
    """The document's period: its stated period, else the year of its date."""
    if meta is None:
        return None
    if meta.period:
        return meta.period
    if meta.date and len(meta.date) >= 4 and meta.date[:4].isdigit():
        return f"năm {meta.date[:4]}"
    return None


_RANGE_START = regex.compile(r"từ ngày", regex.I)
# between a named period and the date range that states what it covers: "quý III năm 2024
# (Kỳ báo cáo từ ngày ...)", "6 tháng đầu năm 2023 (số liệu tính từ ngày ... )"
_QUALIFIER_GAP = regex.compile(r"[\s(,:]*(?:(?:kỳ báo cáo|số liệu|thời gian)(?:\s+(?:được\s+)?(?:tính|lấy))?|tính)?"
                               r"[\s:,]*", regex.I)


def period_at(view: str, pos: int, meta: Optional[DocumentMeta], window: int = 1500) -> Optional[str]:
    """The period of figures at pos: the last period expression before them (with its
    cut-off date when one is stated), else the document's period. A period without a
    year ("trong 6 tháng đầu năm") takes the year of the last period stated with one."""
    pm = period_before(view, pos, window=window)
    if pm is None:
        return meta_period(meta)
    period = clean(view[pm.start():pm.end()])
    if _RANGE_START.match(period):
        # "quý III năm 2024 (Kỳ báo cáo từ ngày 15/6/2024 đến ngày 14/9/2024)": the range
        # qualifies the named period just before it
        named = period_before(view, pm.start(), window=80)
        if named is not None and _QUALIFIER_GAP.fullmatch(view[named.end():pm.start()]):
            return f"{clean(view[named.start():named.end()])} ({period})"
        return period
    if period_year(period) is None and (period.endswith("năm") or _CUMULATIVE.match(period)):
        year = None
        prev = pm.start()
        while year is None and prev > 0:
            earlier = period_before(view, prev, window=5000)
            if earlier is None:
                break
            year = period_year(view[earlier.start():earlier.end()])
            prev = earlier.start()
        year = year or period_year(meta_period(meta))
        if year is not None:
            cum = _CUMULATIVE.match(period)
            if cum:  # "lũy kế 9 tháng" is "9 tháng đầu năm <year>"
                n = _MONTH_WORDS.get(cum.group(1).lower(), cum.group(1))
                period = f"{n} tháng đầu năm"
            period = f"{period} {year}"
    period = with_cutoff(view, period, pm.start(), pos)
    own = meta_period(meta)
    if (_BARE_YEAR.fullmatch(period) and own and not _BARE_YEAR.fullmatch(own)
            and period_year(own) == period_year(period)):
        # "Kế hoạch cải cách hành chính năm 2024 với 12 nhiệm vụ" names the plan's year; the
        # figures of a report on "quý I năm 2024" are the report's, its more precise period
        return own
    return period


_BARE_YEAR = regex.compile(r"năm \d{4}(?: \(đến [^)]*\))?", regex.I)


_SAME_PERIOD = regex.compile(r"cùng kỳ", regex.I)
_YEAR_OF_NAME = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def same_period(stated: str, context: Optional[str]) -> str:
    """A value stated for "cùng kỳ năm 2023" (the same period of another year) keeps that
    period in the shape of the one it is compared with: "9 tháng đầu năm 2024" -> "9 tháng
    đầu năm 2023"; with no named context period, the year as stated ("năm 2023")."""
    year = period_year(stated)
    if not _SAME_PERIOD.search(stated) or year is None:
        return stated
    stated_year = stated[stated.lower().index("năm"):] if "năm" in stated.lower() else stated
    if not context or _BARE_YEAR.fullmatch(context):
        return stated_year
    named = context.split(" (", 1)[0]  # a date range qualifying it does not shift by a year
    if len(_YEAR_OF_NAME.findall(named)) != 1:
        return stated_year
    return _YEAR_OF_NAME.sub(str(year), named)
