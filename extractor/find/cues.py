"""Compiled cues from rules/metadata.yaml, plus small text helpers shared by the
metadata finders. Document types are asked of their owner, extractor.vocab.symbols."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.normalize import fold
from extractor.vocab import load_rules
# document types: asked of their owners (re-exported for the metadata finders)
from extractor.grammar.doctypes import doc_type_by_abbreviation, doc_type_by_word  # noqa: F401
from extractor.vocab.symbols import any_type_word_regex, title_type_regex  # noqa: F401



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
    out, pos = [], 0
    for line in text.split("\n"):  # one slice per line, not one step per character
        out.append(view[pos:pos + len(line)])
        pos += len(line) + 1
    return "\n".join(out)


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


def has_code_word(text: str) -> bool:
    """A word mixing digits with other characters: a document number "2165/QĐ-UBND" or
    a hash "6323cdcebe85...", never part of a body's name ("QUẬN 1" has none)."""
    return any(any(c.isdigit() for c in w) and not w.isdigit() for w in text.split())


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
