"""Document type words as texts write them: an abbreviation or a type name in any case,
letter-spaced titles ("B Á O  C Á O"), a user's "ke hoach". The type table itself is
rules/doc_types.yaml, compiled by extractor.vocab.symbols."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.normalize import fold, strip_marks
from extractor.vocab.symbols import named_types


@lru_cache(maxsize=4096)
def doc_type_by_abbreviation(abbr: str) -> Optional[str]:
    """Type name of an abbreviation, ignoring case and tone marks ("kh" -> "Kế hoạch")."""
    key = fold(abbr)
    for t in named_types():
        if any(fold(a) == key for a in t.abbreviations):
            return t.name
    return None


@lru_cache(maxsize=4096)
def doc_type_by_word(word: str) -> Optional[str]:
    """Type name of a type word as a title or text writes it ("KẾ HOẠCH", "B Á O  C Á O")."""
    key = fold(" ".join(word.split()))
    for t in named_types():
        if fold(t.name) == key:
            return t.name
    # letter-spaced ("B Á O  C Á O"): words are parted by two or more spaces
    if regex.search(r"\S[ \t]\S", word):
        key = fold(" ".join(w.replace(" ", "").replace("\t", "")
                            for w in regex.split(r"[ \t]{2,}|\n", word.strip())))
        for t in named_types():
            if fold(t.name) == key:
                return t.name
    return None


def doc_type_name(value: str) -> Optional[str]:
    """A type given by a user: its name in any case or without tone marks ("ke hoach"),
    or an abbreviation ("KH", "NĐ"); None when it names no type."""
    name = doc_type_by_abbreviation(value) or doc_type_by_word(value)
    if name:
        return name
    for t in named_types():
        if strip_marks(t.name) == strip_marks(value) or any(
                strip_marks(a) == strip_marks(value) for a in t.abbreviations):
            return t.name
    return None
