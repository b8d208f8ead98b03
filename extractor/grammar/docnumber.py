"""Document numbers (số, ký hiệu): the one owner of their grammar and identity.

`DocNumber.parse("61/2018/NĐ-CP")` reads a number as written; `.key` is the identity
every stage uses — citations, the catalog, the audit, the store and the queries — and
`.key_for(date)` the key of a mention that gives a date. Scheme:

* Whitespace removed, lookalike letters repaired (Ð -> Đ, ‐ -> -), OCR digit confusions
  repaired inside the ordinal and year ("1O/QĐ-UBND" is 10/QĐ-UBND).
* Ordinal: leading zeros dropped ("01" -> "1"); a letter suffix lower case ("30C" -> "30c").
* Symbol: hyphens restored between a type abbreviation and a known issuer symbol that lost
  it ("NĐCP" -> "NĐ-CP"); a type abbreviation typed without Vietnamese letters gets them
  back ("ND-CP" -> "NĐ-CP", rules/doc_types.yaml `unaccented`); letter case of known
  abbreviations and issuer symbols restored ("nđ-cp" -> "NĐ-CP", "CTR" -> "CTr",
  "TTG" -> "TTg"); parts kept in written order.
* Normative numbers carry the year: "61/2018/NĐ-CP". A type that is always normative
  (`normative: always` in rules/doc_types.yaml, or a QH/UBTVQH symbol) cited without its
  year but with a date takes the date's year: "130/NĐ-CP" dated 17/10/2005 ->
  "130/2005/NĐ-CP".
* Numbers without a year repeat every year, so a mention that gives a date appends its
  year after "@": "26/CT-TTg" dated 2016 -> "26/CT-TTg@2016"; `.key` (no date) has no "@".
* Party documents keep their hyphen: "19-NQ/TW", "11-CTr/TU@2018".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.grammar.dates import ocr_digits
from extractor.normalize import match_view
from extractor.vocab import load_rules
from extractor.vocab.symbols import (split_glued, type_by_abbreviation,
                                     written_abbreviations)

_NUMBER = regex.compile(
    r"(?P<ord>\d{1,5}[A-Za-z]?)"
    r"(?:(?P<party>-)(?P<ptype>[A-ZĐ][A-Za-zĐđ]{0,4})/(?P<psym>.+)"
    r"|(?:/(?P<year>(?:19|20)\d{2}))?/(?P<sym>.+))\Z")

# Laws, ordinances and National Assembly resolutions: "QH14", "UBTVQH15"
_ASSEMBLY = regex.compile(r"(?:UBTV)?QH\d*\Z")


def is_assembly_symbol(symbol: str) -> bool:
    """True for a symbol (or its first part) of the National Assembly or its Standing
    Committee ("QH14", "UBTVQH15"): laws, ordinances, resolutions — always normative."""
    first = symbol.split("-")[0].split("/")[0]
    return _ASSEMBLY.match(first) is not None


@lru_cache(maxsize=1)
def _case_table() -> dict[str, str]:
    """Upper-cased symbol part -> its canonical spelling (type abbreviations and literal
    issuer symbols of the rules)."""
    table: dict[str, str] = {}
    for e in load_rules("issuers").entries:
        for alt in e.symbol.split("|"):
            if regex.fullmatch(r"[\p{L}]+", alt):
                table.setdefault(alt.upper(), alt)
    for abbr, t in type_by_abbreviation().items():
        for a in t.abbreviations:
            if a.upper() == abbr:
                table[abbr] = a
    return table


def _canonical_case(part: str) -> str:
    return _case_table().get(part.upper(), part)


@lru_cache(maxsize=4096)
def canonical_symbol(symbol: str) -> str:
    """Symbol with whitespace removed, lookalikes repaired, lost hyphens and letter case
    restored."""
    sym = "".join(match_view(symbol).split())
    parts = [p for p in sym.split("-") if p]
    out: list[str] = []
    for p in parts:
        glued = split_glued(p)
        out.extend(glued if glued else (p,))
    out = [_canonical_case(p) for p in out]
    if out:  # "ND-CP" typed without Vietnamese letters is "NĐ-CP"
        out[0] = written_abbreviations().get(out[0], out[0])
    return "-".join(out)


def party_symbol(ptype: str, psym: str) -> str:
    """Canonical symbol of a Party number "19-NQ/TW": "NQ/TW"."""
    return f"{_canonical_case(ptype)}/{canonical_symbol(psym)}"


def canonical_ordinal(ordinal: str) -> str:
    """"01" -> "1", "30C" -> "30c"."""
    digits = ordinal.rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return (digits.lstrip("0") or "0") + ordinal[len(digits):].lower()


@lru_cache(maxsize=4096)
def always_normative(symbol: str) -> bool:
    """True when a number with this symbol always carries a year (Nghị định, Thông tư,
    laws and National Assembly resolutions ...)."""
    first = symbol.split("-")[0].split("/")[0]
    t = type_by_abbreviation().get(first.upper())
    if t is not None:
        return t.normative == "always"
    return is_assembly_symbol(first)


@dataclass(frozen=True)
class DocNumber:
    ordinal: str            # canonical: "61", "30c"
    year: Optional[int]     # the year written in the number, if any
    symbol: str             # canonical: "NĐ-CP"; for Party numbers "NQ/TW"
    party: bool = False     # "19-NQ/TW": type after a hyphen, issuer after the slash

    @classmethod
    def parse(cls, written: Optional[str]) -> Optional["DocNumber"]:
        """A number as written ("61/2018/NĐ-CP", "30C/NQ-CP", "19-NQ/TW"); None when
        it is not a document number. (Cached: a DocNumber is immutable, and one mention's
        number is parsed by every stage and audit rule that reads it.)"""
        if not written:
            return None
        if cls is DocNumber:
            return _parse(written)
        return cls._read(written)

    @classmethod
    def _read(cls, written: str) -> Optional["DocNumber"]:
        text = ocr_digits("".join(match_view(written).split()))
        m = _NUMBER.match(text)
        if not m:
            return None
        if m.group("party"):
            return cls(canonical_ordinal(m.group("ord")), None,
                       party_symbol(m.group("ptype"), m.group("psym")), True)
        year = int(m.group("year")) if m.group("year") else None
        return cls(canonical_ordinal(m.group("ord")), year, canonical_symbol(m.group("sym")))

    @classmethod
    def of(cls, ordinal: str, year: Optional[int], symbol: str,
           party: bool = False) -> "DocNumber":
        """From parts a finder read (`symbol` already canonical)."""
        return cls(canonical_ordinal(ordinal), year, symbol, party)

    @property
    def type_abbr(self) -> str:
        """The type part of the symbol ("NĐ" of "NĐ-CP", "NQ" of "NQ/TW")."""
        return self.symbol.split("/")[0] if self.party else self.symbol.split("-")[0]

    @property
    def issuer_symbol(self) -> str:
        """The issuer part ("CP" of "NĐ-CP", "TW" of "NQ/TW", "" when none)."""
        if self.party:
            return self.symbol.split("/")[-1]
        return "-".join(self.symbol.split("-")[1:])

    @property
    def assembly(self) -> bool:
        return not self.party and is_assembly_symbol(self.symbol)

    @property
    def always_normative(self) -> bool:
        return not self.party and always_normative(self.symbol)

    @property
    def key(self) -> str:
        """Identity without a date: "61/2018/NĐ-CP", "76/NQ-CP", "19-NQ/TW"."""
        return self.key_for(None)

    def key_for(self, date: Optional[str]) -> str:
        """Identity of a mention dated `date` (ISO or None); see the module doc."""
        date_year = int(date[:4]) if date else None
        if self.party:
            key = f"{self.ordinal}-{self.symbol}"
            return f"{key}@{date_year}" if date_year else key
        if self.year:
            return f"{self.ordinal}/{self.year}/{self.symbol}"
        if date_year and always_normative(self.symbol):
            return f"{self.ordinal}/{date_year}/{self.symbol}"
        key = f"{self.ordinal}/{self.symbol}"
        return f"{key}@{date_year}" if date_year else key

    def with_year(self, year: int) -> str:
        """The number written with a year: "130/NĐ-CP" -> "130/2005/NĐ-CP"."""
        return f"{self.ordinal}/{year}/{self.symbol}"


@lru_cache(maxsize=16384)
def _parse(written: str) -> Optional[DocNumber]:
    return DocNumber._read(written)


def written_type_abbr(written: Optional[str]) -> Optional[str]:
    """The first symbol part exactly as written ("NĐCP" of "61/2018/NĐCP"), before any
    repair — for checks of how a number was written."""
    if not written:
        return None
    m = _NUMBER.match(ocr_digits("".join(match_view(written).split())))
    if not m:
        return None
    return m.group("ptype") if m.group("party") else m.group("sym").split("-")[0]


def key_of(written: Optional[str], date: Optional[str] = None) -> Optional[str]:
    """Key of a number as written, given the date its mention states (None: not a number)."""
    n = DocNumber.parse(written)
    return n.key_for(date) if n else None


def base_key(key: str) -> str:
    """Key without its date part ("26/CT-TTg@2016" -> "26/CT-TTg")."""
    return key.split("@", 1)[0]
