"""Dates as Vietnamese administrative texts write them: 23/4/2018, 23-4-2018,
23.4.2018, "ngày 23 tháng 4 năm 2018" (any whitespace, line breaks included, between
tokens). Parsing never raises: an impossible date (31/02/2019) gives None and the raw
text is kept by the caller."""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

import regex

# Numeric or spelled-out day-month-year. Groups: d, m, y (numeric) or d2, m2, y2.
DATE = (r"(?:(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>(?:19|20)\d{2})"
        r"|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>(?:19|20)\d{2}))"
        r"(?!\d)")
DATE_RE = regex.compile(DATE, regex.IGNORECASE)


def to_iso(day: str, month: str, year: str) -> Optional[str]:
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def iso_of_match(m: "regex.Match[str]") -> Optional[str]:
    """ISO date of a match of DATE (None when the date does not exist)."""
    g = m.groupdict()
    if g.get("d") is not None:
        return to_iso(g["d"], g["m"], g["y"])
    if g.get("d2") is not None:
        return to_iso(g["d2"], g["m2"], g["y2"])
    if g.get("sd") is not None:
        return to_iso(g["sd"], g["sm"], full_year(g["sy"]))
    return None


# A two-digit year, read only right after "ngày" ("ngày 19/01/18"): 00-49 -> 20xx,
# 50-99 -> 19xx. Never part of DATE (a number "19/01/18" is no date by itself).
SHORT_DATE = (r"(?P<sd>\d{1,2})(?P<ssep>[/.\-])(?P<sm>\d{1,2})(?P=ssep)(?P<sy>\d{2})"
              r"(?![\d/.\-]?\d)")


def full_year(yy: str) -> str:
    """Four-digit year of a two-digit one (00-49 -> 20xx, 50-99 -> 19xx)."""
    n = int(yy)
    return str(2000 + n if n < 50 else 1900 + n)


def date_groups(m: "regex.Match[str]") -> tuple[str, str]:
    """Names of the day and year groups that matched (for the date's raw span)."""
    g = m.groupdict()
    for d, y in (("d", "y"), ("d2", "y2"), ("sd", "sy")):
        if g.get(d) is not None:
            return d, y
    raise ValueError("no date in match")


# OCR reads the digit 0 as O/o and 1 as l/I. Inside a token made only of digits and
# those letters, with at least one real digit, bounded by non-word characters (so
# "2O18" in "61/2O18/NĐ-CP", "1O" in "1O/QĐ-UBND", "2l" in "2l/12/2021"), they are
# digits. Letters of a symbol part (QĐ, UBND) are never touched: they sit in tokens
# with other letters.
_OCR_TOKEN = regex.compile(r"(?<![\w])(?=[0-9OoIl]*\d)(?=[0-9OoIl]*[OoIl])[0-9OoIl]{2,}(?![\w])")
_OCR_TABLE = str.maketrans("OoIl", "0011")
# A token _OCR_TOKEN takes holds an ASCII digit (its \d lookahead can only be met inside
# the token, whose characters are 0-9 O o I l) and one of O/o/I/l, so somewhere in it a
# digit stands next to one of those letters; a text without such a pair has nothing to
# repair. Scanning for the pair (digit first: the stdlib engine skips to digits) costs
# a fifth of the token scan.
_OCR_PAIR = re.compile(r"[0-9](?:[OoIl]|(?<=[OoIl].))")


def ocr_digits(view: str) -> str:
    """Same-length copy of `view` with O/o/I/l repaired to 0/1 inside digit tokens
    that sit in a number or date (joined by / . - to another digit token)."""
    if _OCR_PAIR.search(view) is None:
        return view
    out = None
    for m in _OCR_TOKEN.finditer(view):
        s, e = m.span()
        before = view[max(0, s - 2):s]
        after = view[e:e + 2]
        if not (regex.search(r"[/.\-]\s?\Z", before) or regex.match(r"\s?[/.\-]", after)):
            continue
        if regex.search(r"[^\W\d_]-\Z", before):
            continue  # a symbol part ("KH-I0")
        if out is None:
            out = list(view)
        out[s:e] = m.group().translate(_OCR_TABLE)
    return view if out is None else "".join(out)


def parse_iso(value: Optional[str]) -> Optional[dt.date]:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def vi_date(d: dt.date) -> str:
    """Vietnamese date as written in citations: 23/4/2018, 05/3/2020, 19/01/2011
    (days below 10 and months 1-2 take a leading zero)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"
