"""Document types and issuer symbols: the one owner of rules/doc_types.yaml and the
symbol part of rules/issuers.yaml, compiled into lookups — type words as written before a
number, type names in titles (upper case, letter-spaced) and in prose, abbreviations,
issuer symbols. Every stage asks here; nothing else compiles the type table.

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
    if _glued().match(part) is None:
        return None
    return split_glued_with(part, abbreviations_longest_first())


@lru_cache(maxsize=4096)
def split_glued_with(part: str, abbreviations: tuple[str, ...]) -> Optional[tuple[str, str]]:
    """split_glued limited to the given type abbreviations (longest tried first)."""
    for a in sorted(abbreviations, key=len, reverse=True):
        if len(part) > len(a) and part[:len(a)].upper() == a.upper():
            rest = part[len(a):]
            if is_known_issuer(rest):
                return part[:len(a)], rest
    return None


@lru_cache(maxsize=1)
def _glued() -> "regex.Pattern[str]":
    """Cheap pre-filter: a part that starts with some type abbreviation."""
    alts = "|".join(regex.escape(a) for a in abbreviations_longest_first())
    return regex.compile(r"(?i:%s)." % alts)


# --------------------------------------------------------------------------- type names
@lru_cache(maxsize=1)
def type_word_alternatives() -> tuple[str, ...]:
    """Regex alternatives of every type word as written before a number, longest first."""
    return tuple(sorted({w for t in doc_types() for w in t.words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def named_types() -> tuple[DocType, ...]:
    """Types with a name of their own (not the generic "văn bản"), longest name first."""
    return tuple(sorted((t for t in doc_types() if not t.generic), key=lambda t: -len(t.name)))


@lru_cache(maxsize=1)
def title_type_regex() -> "regex.Pattern[str]":
    """An upper-case document type word standing at the start of a line/cell."""
    alts = [r"\s+".join(regex.escape(w.upper()) for w in t.name.split()) for t in named_types()]
    # letter-spaced titles ("B Á O  C Á O", "K Ế  H O Ạ C H"): one space between the
    # letters of a word, more than one between words
    spaced = [r"[ \t]{2,}".join("[ \t]".join(regex.escape(c) for c in w.upper())
                                for w in t.name.split()) for t in named_types()]
    return regex.compile(r"(?P<type>" + "|".join(alts + spaced) + r")(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def type_name_alternatives() -> str:
    """Regex alternatives of every type name (words parted by any whitespace)."""
    return "|".join(r"\s+".join(regex.escape(w) for w in t.name.split()) for t in named_types())


@lru_cache(maxsize=1)
def any_type_word_regex() -> "regex.Pattern[str]":
    """A type name anywhere, any case ("kế hoạch", "Báo cáo")."""
    return regex.compile(r"(?i:(?P<type>" + type_name_alternatives() + r"))(?![\p{L}\p{M}])")
