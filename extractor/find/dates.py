"""Dates as Vietnamese administrative texts write them: 23/4/2018, 23-4-2018,
23.4.2018, "ngày 23 tháng 4 năm 2018" (any whitespace, line breaks included, between
tokens). Parsing never raises: an impossible date (31/02/2019) gives None and the raw
text is kept by the caller."""
from __future__ import annotations

import datetime as _dt
from typing import Optional

import regex

# Numeric or spelled-out day-month-year. Groups: d, m, y (numeric) or d2, m2, y2.
DATE = (r"(?:(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>(?:19|20)\d{2})"
        r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>(?:19|20)\d{2}))"
        r"(?!\d)")
DATE_RE = regex.compile(DATE, regex.IGNORECASE)


def to_iso(day: str, month: str, year: str) -> Optional[str]:
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def iso_of_match(m: "regex.Match[str]") -> Optional[str]:
    """ISO date of a match of DATE (None when the date does not exist)."""
    d, mo, y, d2, m2, y2 = m.group("d", "m", "y", "d2", "m2", "y2")
    if d is not None:
        return to_iso(d, mo, y)
    return to_iso(d2, m2, y2)


def parse_date(text: str) -> Optional[str]:
    """ISO date of the first date in text, None if there is none or it is impossible."""
    m = DATE_RE.search(text)
    return iso_of_match(m) if m else None
