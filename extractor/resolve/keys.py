"""Canonical key of a cited document: the string that links mentions of one document.

Scheme (`references[].key`):

* Start from the number as written, with lookalike letters repaired (Ð -> Đ, ‐ -> -)
  and all whitespace removed ("16 /KH-UBND" -> "16/KH-UBND").
* Ordinal: leading zeros dropped ("01" -> "1", "09" -> "9"); a letter suffix is lower
  case ("30C" -> "30c").
* Symbol: hyphens restored between a type abbreviation and a known issuer symbol that
  lost it ("NĐCP" -> "NĐ-CP", "QĐUBND" -> "QĐ-UBND"); parts kept in written order.
* Normative numbers carry the year: "61/2018/NĐ-CP". When a type that is always
  normative (Nghị định, Thông tư, Thông tư liên tịch, Luật ...: `normative: always` in
  rules/doc_types.yaml, or a QH/UBTVQH symbol) is cited without its year but with a
  date, the date's year is put in: "Nghị định 130/NĐ-CP ngày 17/10/2005" ->
  "130/2005/NĐ-CP".
* Numbers without a year (individual documents, công văn, Party documents) repeat
  every year, so the date's year is appended after "@" when the mention gives a date:
  "26/CT-TTg" dated 2016 -> "26/CT-TTg@2016". Without a date the key has no "@"
  part; linking such a mention to a dated one is left to the resolver.
* Party documents keep their hyphen: "19-NQ/TW", "11-CTr/TU@2018".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.find.symbols import split_glued, type_by_abbreviation
from extractor.normalize import match_view

_NUMBER = regex.compile(
    r"(?P<ord>\d{1,5}[A-Za-z]?)"
    r"(?:(?P<party>-)(?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})/(?P<psym>.+)"
    r"|(?:/(?P<year>(?:19|20)\d{2}))?/(?P<sym>.+))\Z")


@dataclass
class NumberParts:
    ordinal: str
    year: Optional[int]
    symbol: str  # "NĐ-CP"; for Party numbers "NQ/TW"
    party: bool


@lru_cache(maxsize=4096)
def canonical_symbol(symbol: str) -> str:
    """Symbol with whitespace removed, lookalikes repaired and lost hyphens restored."""
    sym = "".join(match_view(symbol).split())
    parts = [p for p in sym.split("-") if p]
    out: list[str] = []
    for p in parts:
        glued = split_glued(p)
        out.extend(glued if glued else (p,))
    return "-".join(out)


def parse_number(number: str) -> Optional[NumberParts]:
    """Parts of a document number as written; None when it is not one."""
    text = "".join(match_view(number).split())
    m = _NUMBER.match(text)
    if not m:
        return None
    if m.group("party"):
        return NumberParts(m.group("ord"), None, f"{m.group('ptype')}/{m.group('psym')}", True)
    year = int(m.group("year")) if m.group("year") else None
    return NumberParts(m.group("ord"), year, canonical_symbol(m.group("sym")), False)


def _ordinal(o: str) -> str:
    digits = o.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    suffix = o[len(digits):].lower()
    return (digits.lstrip("0") or "0") + suffix


@lru_cache(maxsize=4096)
def always_normative(symbol: str) -> bool:
    """True when a number with this symbol always carries a year (Nghị định, Thông tư,
    laws and National Assembly resolutions ...)."""
    first = symbol.split("-")[0].split("/")[0]
    t = type_by_abbreviation().get(first.upper())
    if t is not None:
        return t.normative == "always"
    return bool(regex.match(r"(?:UBTV)?QH\d", first))


def reference_key(number: str, date: Optional[str] = None) -> Optional[str]:
    """Canonical key of a cited number (see module doc); `date` is ISO or None."""
    parts = parse_number(number)
    if parts is None:
        return None
    return number_key(parts.ordinal, parts.year, parts.symbol, parts.party, date)


def number_key(ordinal: str, year: Optional[int], symbol: str, party: bool = False,
               date: Optional[str] = None) -> str:
    """Key from the parts of a number; `symbol` canonical (see canonical_symbol), for
    Party numbers "NQ/TW"."""
    date_year = int(date[:4]) if date else None
    ordinal = _ordinal(ordinal)
    if party:
        key = f"{ordinal}-{symbol}"
        return f"{key}@{date_year}" if date_year else key
    if year:
        return f"{ordinal}/{year}/{symbol}"
    if date_year and always_normative(symbol):
        return f"{ordinal}/{date_year}/{symbol}"
    key = f"{ordinal}/{symbol}"
    return f"{key}@{date_year}" if date_year else key


def base_key(key: str) -> str:
    """Key without its date part ("26/CT-TTg@2016" -> "26/CT-TTg")."""
    return key.split("@", 1)[0]
