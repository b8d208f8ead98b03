"""Compiled cues from rules/metadata.yaml (and document types from rules/doc_types.yaml
when that file exists), plus small text helpers shared by the metadata finders."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.normalize import fold
from extractor.vocab import load_rules



def compile_entry(entry) -> "regex.Pattern[str]":
    flags = 0 if getattr(entry, "case", None) == "sensitive" else regex.IGNORECASE
    return regex.compile(entry.pattern, flags | regex.MULTILINE)


@lru_cache(maxsize=None)
def patterns(kind: str) -> tuple["regex.Pattern[str]", ...]:
    return tuple(compile_entry(e) for e in load_rules("metadata").entries
                 if e.kind == kind and getattr(e, "pattern", None))


@lru_cache(maxsize=None)
def entries(kind: str) -> tuple:
    return tuple(e for e in load_rules("metadata").entries if e.kind == kind)


def first(kind: str, text: str, pos: int = 0, endpos: Optional[int] = None):
    """Leftmost match of any pattern of a kind."""
    best = None
    for p in patterns(kind):
        m = p.search(text, pos, endpos if endpos is not None else len(text))
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def any_match(kind: str, text: str) -> bool:
    return any(p.search(text) for p in patterns(kind))


@dataclass(frozen=True)
class DocTypeCue:
    name: str
    abbreviations: tuple[str, ...]


@lru_cache(maxsize=1)
def doc_types() -> tuple[DocTypeCue, ...]:
    """Document types: rules/doc_types.yaml when present, else metadata.yaml's table;
    both merged so that a title word known to either is recognised."""
    out: dict[str, DocTypeCue] = {}
    try:
        for e in load_rules("doc_types").entries:
            if getattr(e, "generic", False):
                continue
            out[fold(e.name)] = DocTypeCue(e.name, tuple(getattr(e, "abbreviations", []) or []))
    except (FileNotFoundError, OSError):
        pass
    for e in entries("doc_type"):
        key = fold(e.name)
        abbr = (e.abbreviation,) if getattr(e, "abbreviation", "") else ()
        if key in out:
            out[key] = DocTypeCue(out[key].name, tuple(dict.fromkeys(out[key].abbreviations + abbr)))
        else:
            out[key] = DocTypeCue(e.name, abbr)
    return tuple(sorted(out.values(), key=lambda d: -len(d.name)))


def doc_type_by_abbreviation(abbr: str) -> Optional[str]:
    key = fold(abbr)
    for d in doc_types():
        if any(fold(a) == key for a in d.abbreviations):
            return d.name
    return None


def doc_type_by_word(word: str) -> Optional[str]:
    key = fold(" ".join(word.split()))
    for d in doc_types():
        if fold(d.name) == key:
            return d.name
    # letter-spaced ("B Á O  C Á O"): words are parted by two or more spaces
    if regex.search(r"\S[ \t]\S", word):
        key = fold(" ".join(w.replace(" ", "").replace("\t", "")
                            for w in regex.split(r"[ \t]{2,}|\n", word.strip())))
        for d in doc_types():
            if fold(d.name) == key:
                return d.name
    return None


@lru_cache(maxsize=1)
def title_type_regex() -> "regex.Pattern[str]":
    """An upper-case document type word standing at the start of a line/cell."""
    alts = [r"\s+".join(regex.escape(w.upper()) for w in d.name.split()) for d in doc_types()]
    # letter-spaced titles ("B Á O  C Á O", "K Ế  H O Ạ C H"): one space between the
    # letters of a word, more than one between words
    spaced = [r"[ \t]{2,}".join("[ \t]".join(regex.escape(c) for c in w.upper())
                                for w in d.name.split()) for d in doc_types()]
    return regex.compile(r"(?P<type>" + "|".join(alts + spaced) + r")(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def any_type_word_regex() -> "regex.Pattern[str]":
    alts = [r"\s+".join(regex.escape(w) for w in d.name.split()) for d in doc_types()]
    return regex.compile(r"(?i:(?P<type>" + "|".join(alts) + r"))(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    names: set[str] = set()
    for e in entries("surname"):
        names.update(fold(n) for n in e.names)
    return frozenset(names)


# The first word may be one capital ("Y Suôn Byă", "A Pớt") or carry an apostrophe
# ("H'Yim Kđoh"): Tây Nguyên names; the surname list decides when it is required.
NAME_SHAPE = regex.compile(
    r"^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]*(?:[ \t]+\p{Lu}[\p{Ll}\p{M}]*){1,4}$")
_FIRST = regex.compile(r"[^\s'’]+['’]?")


def is_person_name(text: str, need_surname: bool = True) -> bool:
    text = text.strip()
    if not NAME_SHAPE.match(text) or len(text) > 40:
        return False
    if not need_surname:
        return True
    first = text.split()[0]
    if len(first) == 1 or regex.match(r"\p{Lu}['’]", first):
        # a one-letter prefix counts only when it is listed ("Y", "A", "H'")
        return fold(_FIRST.match(first).group()) in surnames()
    return fold(first) in surnames()


def line_view(text: str, view: str) -> str:
    """The match view with newlines kept (same length), for line-wise grammar."""
    return "".join("\n" if c == "\n" else v for c, v in zip(text, view))


def lines(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """(start, end) of each line of text[start:end] (document offsets, newline excluded)."""
    end = len(text) if end is None else end
    out = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def trim(text: str, s: int, e: int, chars: str = " \t|") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


def has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def collapse(text: str) -> str:
    return " ".join(text.split())


def longest_non_overlapping(found: list[tuple]) -> list[tuple]:
    """(start, end, ...) matches -> the longest at each start, overlaps dropped, in
    text order."""
    found = sorted(found, key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple] = []
    for t in found:
        if out and t[0] < out[-1][1]:
            continue
        out.append(t)
    return out
