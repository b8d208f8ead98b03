"""Vocabulary of document numbers, compiled from rules/doc_types.yaml and
rules/issuers.yaml: type words, type abbreviations, issuer symbols.

Code elsewhere holds the grammar; this module only turns the rule data into lookups.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.vocab import load_rules


@dataclass(frozen=True)
class DocType:
    name: str
    words: tuple[str, ...]
    abbreviations: tuple[str, ...]
    normative: str  # always|sometimes|never
    generic: bool = False
    party: bool = False
    unaccented: tuple[str, ...] = ()


@dataclass(frozen=True)
class IssuerSymbol:
    pattern: "regex.Pattern[str]"
    name: Optional[str]


_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


@lru_cache(maxsize=1)
def doc_types() -> tuple[DocType, ...]:
    out = []
    for e in load_rules("doc_types").entries:
        out.append(DocType(name=e.name, words=tuple(e.words),
                           abbreviations=tuple(getattr(e, "abbreviations", None) or ()),
                           normative=getattr(e, "normative", "never"),
                           generic=bool(getattr(e, "generic", False)),
                           party=bool(getattr(e, "party", False)),
                           unaccented=tuple(getattr(e, "unaccented", None) or ())))
    return tuple(out)


@lru_cache(maxsize=1)
def type_by_name() -> dict[str, DocType]:
    return {t.name: t for t in doc_types()}


@lru_cache(maxsize=1)
def type_by_abbreviation() -> dict[str, DocType]:
    """Type abbreviation (upper-cased) -> type. The first entry listing it wins."""
    out: dict[str, DocType] = {}
    for t in doc_types():
        for a in t.abbreviations:
            out.setdefault(a.upper(), t)
    for t in doc_types():  # "ND", "QD": never over a written abbreviation
        for a in t.unaccented:
            out.setdefault(a.upper(), t)
    return out


@lru_cache(maxsize=1)
def written_abbreviations() -> dict[str, str]:
    """Unaccented abbreviation -> the abbreviation as written ("ND" -> "NĐ")."""
    out: dict[str, str] = {}
    for t in doc_types():
        if t.abbreviations:
            for a in t.unaccented:
                out.setdefault(a, t.abbreviations[0])
    return out


@lru_cache(maxsize=1)
def abbreviations_longest_first() -> tuple[str, ...]:
    return tuple(sorted(type_by_abbreviation(), key=len, reverse=True))


@lru_cache(maxsize=1)
def issuer_symbols() -> tuple[IssuerSymbol, ...]:
    return tuple(IssuerSymbol(regex.compile(r"(?:%s)\Z" % e.symbol), getattr(e, "name", None))
                 for e in load_rules("issuers").entries)


def issuer_entry(part: str) -> Optional[IssuerSymbol]:
    for s in issuer_symbols():
        if s.pattern.match(part):
            return s
    return None


@lru_cache(maxsize=4096)
def issuer_name(part: str) -> Optional[str]:
    """Issuer named by one symbol part ("CP" -> "Chính phủ", "QH14" -> "Quốc hội khóa
    XIV"); None when unknown or when the symbol names no single issuer."""
    for s in issuer_symbols():
        m = s.pattern.match(part)
        if m:
            if s.name is None:
                return None
            term = m.groupdict().get("term")
            return s.name.format(term=roman(int(term)) if term else "")
    return None


@lru_cache(maxsize=1)
def _any_issuer() -> "regex.Pattern[str]":
    return regex.compile(r"(?:%s)\Z" % "|".join(
        f"(?:{e.symbol})" for e in load_rules("issuers").entries))


@lru_cache(maxsize=4096)
def is_known_issuer(part: str) -> bool:
    return _any_issuer().match(part) is not None


@lru_cache(maxsize=4096)
def split_glued(part: str) -> Optional[tuple[str, str]]:
    """A symbol part that lost its hyphen: type abbreviation + known issuer symbol
    ("NĐCP" -> ("NĐ", "CP"), "QĐUBND" -> ("QĐ", "UBND")); None otherwise."""
    m = _glued().match(part)
    if m is None:
        return None
    # try the longest type abbreviation first, then shorter ones (TTLT before TT)
    for a in abbreviations_longest_first():
        if len(part) > len(a) and part[:len(a)].upper() == a:
            rest = part[len(a):]
            if is_known_issuer(rest):
                return part[:len(a)], rest
    return None


@lru_cache(maxsize=1)
def _glued() -> "regex.Pattern[str]":
    """Cheap pre-filter: a part that starts with some type abbreviation."""
    alts = "|".join(regex.escape(a) for a in abbreviations_longest_first())
    return regex.compile(r"(?i:%s)." % alts)
