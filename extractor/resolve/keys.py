"""Canonical key of a cited document: the string that links mentions of one document.

Scheme (`references[].key`):

* Start from the number as written, with lookalike letters repaired (Ð -> Đ, ‐ -> -)
  and all whitespace removed ("16 /KH-UBND" -> "16/KH-UBND").
* Ordinal: leading zeros dropped ("01" -> "1", "09" -> "9"); a letter suffix is lower
  case ("30C" -> "30c").
* Symbol: hyphens restored between a type abbreviation and a known issuer symbol that
  lost it ("NĐCP" -> "NĐ-CP", "QĐUBND" -> "QĐ-UBND"); a type abbreviation typed without
  Vietnamese letters gets them back ("ND-CP" -> "NĐ-CP", rules/doc_types.yaml
  `unaccented`); parts kept in written order.
* Normative numbers carry the year: "61/2018/NĐ-CP". When a type that is always
  normative (Nghị định, Thông tư, Thông tư liên tịch, Luật ...: `normative: always` in
  rules/doc_types.yaml, or a QH/UBTVQH symbol) is cited without its year but with a
  date, the date's year is put in: "Nghị định 130/NĐ-CP ngày 17/10/2005" ->
  "130/2005/NĐ-CP".
* Numbers without a year (individual documents, công văn, Party documents) repeat
  every year, so the date's year is appended after "@" when the mention gives a date:
  "26/CT-TTg" dated 2016 -> "26/CT-TTg@2016". Without a date the key has no "@"
  part, unless the same document dates that number with exactly one year
  (`link_within_document`: "303/BC-UBND ngày 26/11/2019" ... "303/BC-UBND" -> both
  "303/BC-UBND@2019").
* Party documents keep their hyphen: "19-NQ/TW", "11-CTr/TU@2018".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.find.dates import ocr_digits
from extractor.find.symbols import split_glued, type_by_abbreviation, written_abbreviations
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
    if out:  # "ND-CP" typed without Vietnamese letters is "NĐ-CP"
        out[0] = written_abbreviations().get(out[0], out[0])
    return "-".join(out)


def parse_number(number: str) -> Optional[NumberParts]:
    """Parts of a document number as written; None when it is not one."""
    # OCR digit confusions repaired ("1O/QĐ-UBND" is 10/QĐ-UBND), symbol letters kept
    text = ocr_digits("".join(match_view(number).split()))
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


_BODY = regex.compile(r"ủy ban nhân dân|uỷ ban nhân dân")


def _issuer_fold(issuer: str) -> str:
    from extractor.normalize import fold
    return _BODY.sub("ubnd", fold(issuer))


def _same_issuer(a: str, b: str) -> bool:
    """Two stated issuers name the same body: equal, or one is the other cut short
    ("UBND tỉnh" / "UBND tỉnh Khánh Hòa"), "Ủy ban nhân dân" == "UBND"."""
    fa, fb = _issuer_fold(a), _issuer_fold(b)
    short, long_ = sorted((fa, fb), key=len)
    return long_ == short or long_.startswith(short + " ")


def link_within_document(refs: list) -> list:
    """Give an undated mention of an individual (no-year) number the key of its dated
    mention in the same document: "303/BC-UBND ngày 26/11/2019" ... "303/BC-UBND" ->
    both "303/BC-UBND@2019".

    Linked only when the document dates that ordinal+symbol with exactly one year, and
    the issuers agree when both mentions state one (an issuer read from the symbol does
    not count). Normative numbers (year in the number) are left alone. Returns `refs`,
    changed in place."""
    dated: dict[str, list] = {}
    for r in refs:
        if r.key and "@" in r.key:
            dated.setdefault(base_key(r.key), []).append(r)
    if not dated:
        return refs
    for r in refs:
        if not r.key or "@" in r.key or r.year is not None or r.key not in dated:
            continue
        cands = dated[r.key]
        years = {c.key.split("@", 1)[1] for c in cands}
        if len(years) != 1:
            continue
        stated = None if r.issuer_inferred else r.issuer
        if stated and not any(c.issuer_inferred or not c.issuer
                              or _same_issuer(stated, c.issuer) for c in cands):
            continue
        r.key = cands[0].key
    return refs
