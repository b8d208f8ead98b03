"""Vietnamese numbers as written in administrative reports.

Vietnamese writes thousands with a dot and decimals with a comma ("58.053" = 58053,
"98,9%" = 98.9), but real reports also use the English convention ("0.61%"), pad small
counts with zeros ("07 hồ sơ"), scale with words ("1,2 triệu") and write fractions
("10,947/16", "42/46"). `parse_number` reads one token given what kind of quantity is
expected; the finders below return tokens with their offsets in the text they were given
(use the match view of a DocText so that offsets are document offsets).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterator, Optional, Union

import regex

from extractor.vocab import load_rules

Number = Union[int, float]

# A run of digits with inner dot/comma separators; never glued to a letter/digit/slash.
NUM_TOKEN = r"(?<![\p{L}\d/.,])\d+(?:[.,]\d+)*(?![\d])"
# Thousands grouped by spaces ("12 345 hồ sơ", also NBSP / thin spaces). A bare space
# also separates table cells ("420 415 413 2"), so a spaced group counts only outside a
# run of numbers and before a lowercase word (the counted noun: "hồ sơ", "phiếu"), or
# after a count cue at a clause's end (see _num_re).
SPACED_TOKEN = (r"(?<![\p{L}\d/.,]|\d\s)\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
                r"(?![\d]|[.,]\d|\s?%)(?=\s\p{Ll})")
# A spaced group ending a sentence or a clause ("đã tiếp nhận 12 345.", "... 12 345 Trong
# đó") counts only right after a count cue (rules/figures.yaml kind count_cue) and when
# neither a number before nor after it makes it part of a run of numbers (table cells).
_SPACED_GROUP1 = r"\d{1,3}[ \u00a0\u202f\u2009]\d{3}"
_SPACED_END = (r"(?![\d]|[.,]\d|\s?%)"
               r"(?=\s*(?:[.;:!?)](?!\d)|,(?!\s*\d)|$)|\s+\p{Lu})")


@lru_cache(maxsize=1)
def _num_re() -> regex.Pattern:
    cues = "|".join(f"(?:{e.pattern})" for e in load_rules("figures").entries
                    if getattr(e, "kind", None) == "count_cue")
    parts = [SPACED_TOKEN]
    if cues:
        # one group only: "12 345 678" at a clause's end may be three cells
        parts.append(r"(?<=(?<!\w)(?i:" + cues + r")(?:\s*:)?\s)" + _SPACED_GROUP1 + _SPACED_END)
    return regex.compile("|".join(parts + [NUM_TOKEN]))
_SPACES = regex.compile(r"[ \u00a0\u202f\u2009]")
_SHAPE = regex.compile(r"\d+(?:[.,]\d+)*")
_SEPS = regex.compile(r"[.,]")

# kinds: "count" (dossiers, people: a dot or comma before exactly 3 digits groups
# thousands), "decimal" (scores, percentages: a single separator is decimal),
# "auto" (Vietnamese default: dot + 3 digits groups thousands, comma is decimal).
KINDS = ("count", "decimal", "auto")
# No figure of a report reaches 10^18 (that is also beyond a 64-bit count): a longer digit
# run is not a figure (and would overflow floats and database columns).
MAX_FIGURE = Decimal(10) ** 18


def _to_number(value: Decimal, has_decimals: bool) -> Number:
    if value == value.to_integral_value() and not has_decimals:
        return int(value)
    if value == value.to_integral_value() and value.adjusted() >= 3:
        return int(value)
    return float(value)


def parse_decimal(raw: str, kind: str = "auto") -> Optional[Decimal]:
    """Token -> Decimal, or None when the token is not a plain number (a date 15.9.2021)."""
    s = raw.strip()
    if not _SHAPE.fullmatch(s):
        return None
    seps = _SEPS.findall(s)
    groups = _SEPS.split(s)
    try:
        if not seps:
            return Decimal(s)
        if len(seps) == 1:
            head, tail = groups
            sep = seps[0]
            thousands = (len(tail) == 3 and head != "0" and len(head) <= 3
                         and ((sep == "." and kind in ("count", "auto"))
                              or (sep == "," and kind == "count")))
            if thousands:
                return Decimal(head + tail)
            return Decimal(head + "." + tail)
        if len(set(seps)) == 1:
            # 1.234.567 (or 1,234,567): every inner group has three digits
            if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
                return Decimal("".join(groups))
            return None
        # mixed separators: the last one is the decimal mark, the others group thousands
        dec_sep = seps[-1]
        if dec_sep in seps[:-1]:
            return None
        int_groups, frac = groups[:-1], groups[-1]
        if len(int_groups[0]) > 3 or not all(len(g) == 3 for g in int_groups[1:]):
            return None
        return Decimal("".join(int_groups) + "." + frac)
    except InvalidOperation:
        return None


def parse_number(raw: str, kind: str = "auto") -> Optional[Number]:
    """'58.053' -> 58053, '76,824' -> 76.824, '0.61' -> 0.61, '07' -> 7.
    kind: see KINDS. Returns int for whole numbers written without decimals."""
    value = parse_decimal(raw, kind)
    if value is None or abs(value) >= MAX_FIGURE:
        return None
    has_dec = value != value.to_integral_value() or (
        bool(_SEPS.search(raw)) and kind == "decimal")
    return _to_number(value, has_dec)


@dataclass
class Num:
    """A number found in text: offsets into the text searched, value already scaled."""
    start: int
    end: int
    raw: str
    value: Number
    percent: bool = False


@lru_cache(maxsize=1)
def _multipliers() -> list[tuple[regex.Pattern, Decimal]]:
    out = []
    for e in load_rules("figures").entries:
        if getattr(e, "kind", None) == "multiplier":
            out.append((regex.compile(r"\s*(?:" + e.pattern + r")(?!\p{L})", regex.I),
                        Decimal(str(e.key))))
    return out


def _scale(text: str, end: int) -> tuple[Optional[Decimal], int]:
    # bounded: an unbounded match at an offset of a multi-megabyte text is slow
    word = text[end:end + 64].lstrip()
    if not word[:1].isalpha():
        return None, end
    for pat, mult in _multipliers():
        m = pat.match(text, end, min(len(text), end + 64))
        if m:
            return mult, m.end()
    return None, end


def find_numbers(text: str, start: int = 0, end: Optional[int] = None,
                 kind: str = "auto") -> Iterator[Num]:
    """Numbers in text[start:end], in order. A '%' right after a number makes it a
    percentage (decimal kind); a scale word ("triệu", "ngàn") multiplies it. Tokens
    that are not numbers (dates written 15.9.2021) are skipped."""
    end = len(text) if end is None else end
    for m in _num_re().finditer(text, start, end):
        raw = m.group()
        if _SPACES.search(raw):  # "12 345": spaces group thousands
            yield Num(m.start(), m.end(), raw, int(_SPACES.sub("", raw)), False)
            continue
        if text[m.end():m.end() + 1] == "/":
            continue  # part of a fraction, a date or a document number
        after = text[m.end():m.end() + 2]
        percent = after[:1] == "%" or after == " %"
        k = "decimal" if percent else kind
        value = parse_decimal(raw, k)
        if value is None or abs(value) >= MAX_FIGURE:
            continue
        stop = m.end()
        if percent:
            stop = m.end() + (1 if after[:1] == "%" else 2)
            yield Num(m.start(), stop, raw, parse_number(raw, k), True)
            continue
        mult, scaled_end = _scale(text, m.end())
        if mult is not None:
            scaled = value * mult
            if abs(scaled) >= MAX_FIGURE:
                continue
            yield Num(m.start(), scaled_end, text[m.start():scaled_end],
                      _to_number(scaled, False), False)
            continue
        yield Num(m.start(), stop, raw, parse_number(raw, k), False)


_ALL_CACHE: dict = {}


def all_numbers(text: str, kind: str = "auto") -> list[Num]:
    """find_numbers over the whole text, computed once per text and kind (the figure
    finders of one document share it)."""
    key = (id(text), kind)
    got = _ALL_CACHE.get(key)
    if got is None or got[0] is not text:
        if len(_ALL_CACHE) > 8:
            _ALL_CACHE.clear()
        got = (text, list(find_numbers(text, kind=kind)))
        _ALL_CACHE[key] = got
    return got[1]


_FRACTION_RE = regex.compile(
    r"(?<![\p{L}\d/.,])(\d+(?:[.,]\d+)?)\s?/\s?(\d+(?:[.,]\d+)?)(?![\d]|\s?/\s?\d|/\p{L}|-\p{L})")


@dataclass(frozen=True)  # shared by the finders of a document (all_fractions)
class Fraction:
    start: int
    end: int
    part: Number
    total: Number


def find_fractions(text: str, start: int = 0, end: Optional[int] = None) -> Iterator[Fraction]:
    """'10,947/16', '82/82', '42/46' in text[start:end]. Dates (15/9/2021) and document
    numbers (809/QĐ-UBND) are not fractions. Whether "7/9" is a fraction or a date
    without year is for the caller's context to decide."""
    end = len(text) if end is None else end
    for m in _FRACTION_RE.finditer(text, start, end):
        part = parse_number(m.group(1), "decimal")
        total = parse_number(m.group(2), "decimal")
        if part is None or total is None:
            continue
        if part > total:
            # "12/2.400": read as decimals the part exceeds the whole; with a dot grouping
            # thousands (the Vietnamese default) it does not
            part_a, total_a = parse_number(m.group(1), "auto"), parse_number(m.group(2), "auto")
            if part_a is not None and total_a is not None and part_a <= total_a:
                part, total = part_a, total_a
        yield Fraction(m.start(), m.end(), part, total)


def all_fractions(text: str) -> list[Fraction]:
    """find_fractions over the whole text, computed once per text (the score, task and
    ratio finders of one document share it)."""
    key = (id(text), "fractions")
    got = _ALL_CACHE.get(key)
    if got is None or got[0] is not text:
        if len(_ALL_CACHE) > 8:
            _ALL_CACHE.clear()
        got = (text, list(find_fractions(text)))
        _ALL_CACHE[key] = got
    return list(got[1])


_RANGE_RE = regex.compile(
    r"(?:từ\s+)?(" + NUM_TOKEN + r")\s*(%?)\s*(?:-|–|—|đến|tới)\s*(" + NUM_TOKEN + r")\s*(%?)",
    regex.I)


@dataclass
class Range:
    start: int
    end: int
    low: Number
    high: Number
    percent: bool = False


def find_ranges(text: str, kind: str = "auto") -> Iterator[Range]:
    """'từ 10 đến 20', '85 - 90%', '1.200–1.500' -> (low, high); low must not exceed high
    (so '2016-2020' is a range and '20-10' is not)."""
    for m in _RANGE_RE.finditer(text):
        percent = bool(m.group(2) or m.group(4))
        k = "decimal" if percent else kind
        low, high = parse_number(m.group(1), k), parse_number(m.group(3), k)
        if low is None or high is None or low > high:
            continue
        yield Range(m.start(), m.end(), low, high, percent)
