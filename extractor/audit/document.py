"""Single-document audit: every rule that needs only one extraction (its references,
its figures) and the national catalog; the two checks that must read the text itself
are in text_checks.py. Called by the orchestrator (extractor/stages.py)."""
from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

import regex

from extractor.audit.archive import conflicting_citations, mention_of
from extractor.audit.references import Context, audit_references
from extractor.audit.text_checks import invalid_dates, references_without_number
from extractor.model import Extraction, Finding
from extractor.normalize import DocText, fold
from extractor.grammar.dates import parse_iso
from extractor.resolve.catalog import load_catalog

# --------------------------------------------------------------------------- periods
_QUARTERS = {"i": 1, "1": 1, "ii": 2, "2": 2, "iii": 3, "3": 3, "iv": 4, "4": 4}
_YEAR = r"(?:19|20)\d\d"


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_end(period: Optional[str], default_year: Optional[int] = None) -> Optional[dt.date]:
    """Last day of a reporting period as reports write it: "6 tháng năm 2021" ->
    2021-06-30, "6 tháng cuối năm 2021" -> 2021-12-31, "9 tháng" (year from
    default_year), "quý I năm 2025" -> 2025-03-31, "tháng 5/2021" -> 2021-05-31,
    "năm 2018" -> 2018-12-31, "giai đoạn 2016-2020" -> 2020-12-31."""
    if not period:
        return None
    text = fold(period)
    years = regex.findall(_YEAR, text)
    year = int(years[-1]) if years else default_year
    m = regex.search(r"giai đoạn\s*(" + _YEAR + r")\s*[-–—]\s*(" + _YEAR + ")", text)
    if m:
        return dt.date(int(m.group(2)), 12, 31)
    if year is None:
        return None
    m = regex.search(r"quý\s+(iv|iii|ii|i|[1-4])\b", text)
    if m:
        return _month_end(year, 3 * _QUARTERS[m.group(1)])
    m = regex.search(r"(\d{1,2})\s+tháng(\s+(?:đầu|cuối))?", text)
    if m and 1 <= int(m.group(1)) <= 12:
        if m.group(2) and "cuối" in m.group(2):
            return dt.date(year, 12, 31)
        return _month_end(year, int(m.group(1)))
    m = regex.search(r"tháng\s+(\d{1,2})\b", text)
    if m and 1 <= int(m.group(1)) <= 12:
        return _month_end(year, int(m.group(1)))
    if years:
        return dt.date(year, 12, 31)
    return None


# --------------------------------------------------------------------------- entry point
def context_of(ex: Extraction, doc: Optional[DocText] = None) -> Context:
    date = parse_iso(ex.document.date)
    return Context(date=date, period=ex.document.period,
                   period_end=period_end(ex.document.period, date.year if date else None),
                   doc=doc, catalog=load_catalog())


def audit_document(ex: Extraction) -> list[Finding]:
    """All single-document findings of one extraction, in rule order."""
    doc = DocText(ex.source.pages) if ex.source.pages else None
    ctx = context_of(ex, doc)
    out = audit_references(ex.references, ctx)
    mentions = [m for m in (mention_of(r, unit=ex.document.unit) for r in ex.references)
                if m is not None]
    out += conflicting_citations(mentions, ctx.catalog)
    if doc is not None:
        out += invalid_dates(doc)
        out += references_without_number(doc, ex)
    from extractor.audit.arithmetic import check_arithmetic
    out += check_arithmetic(ex)
    return out
