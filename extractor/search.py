"""The one normalization behind every "ignore case and tone marks" lookup: full-text
search (`cchc query docs --text`) and unit names (`--unit`).

`loose(text)` is `normalize.strip_marks` (lookalikes repaired, lower case, every tone and
vowel mark dropped, đ -> d) followed by splitting into words: a word is a run of letters
and digits (Unicode L*, N*, Co — exactly the token characters of SQLite FTS5's
`unicode61` tokenizer), everything else separates words. The result is the words joined
by single spaces, so "phrase q occurs in text t as whole words" is
`f" {loose(q)} " in f" {loose(t)} "` — the same answer SQLite's FTS5 phrase query and
PostgreSQL's LIKE give over the stored `page_fts.body` (= loose(page text)).

Kept cheap to import (no rules, no regex module) for the query commands' start-up: when
the text is ASCII once its marks are dropped (any Vietnamese text, typed queries) no
lookalike can change the result and `extractor.normalize` is not imported; otherwise
(eth, other scripts, lookalike punctuation) the full `strip_marks` runs.
"""
from __future__ import annotations

import re
import unicodedata

_ASCII_SPLIT = re.compile(r"[^a-z0-9]+")


class _DropMarks(dict):
    """str.translate table: every combining character (canonical combining class > 0)
    deleted, every other character kept; filled lazily, one lookup per distinct
    character (a per-character Python loop was most of an ingest's search-word cost)."""

    def __missing__(self, cp: int):
        out = None if unicodedata.combining(chr(cp)) else cp
        self[cp] = out
        return out


DROP_MARKS = _DropMarks()


def _fast(text: str) -> str | None:
    """strip_marks for text that becomes ASCII once marks are dropped, else None."""
    out = unicodedata.normalize("NFD", text.lower()).replace("đ", "d").translate(DROP_MARKS)
    return out if out.isascii() else None


def loose(text: str) -> str:
    """Words of `text` without case or marks, joined by single spaces (see module doc)."""
    if len(text) < SHORT:  # a typed query or a name: try the import-free path first
        fast = _fast(text)
        if fast is not None:
            return " ".join(_ASCII_SPLIT.split(fast)).strip()
    import regex

    from extractor.normalize import match_view, to_stored
    # = strip_marks(text) split into words, without fold's tone placement and whitespace
    # folding: both only move marks this drops or change separators the split drops
    # (a page of text was most of an ingest's search-word cost through strip_marks)
    bare = unicodedata.normalize("NFD", match_view(to_stored(text)).lower()).replace("đ", "d")
    ascii_words = _ascii_words(bare)
    if ascii_words is not None:
        return ascii_words
    words = regex.split(r"[^\p{L}\p{N}\p{Co}]+", bare.translate(DROP_MARKS))
    return " ".join(w for w in words if w)


# Characters other than ASCII and the combining marks U+0300..U+036F (all of which have
# a combining class > 0 except U+034F, the grapheme joiner)
_RARE = re.compile("[^\x00-\x7f\u0300-\u034e\u0350-\u036f]")
# every ASCII character that is not a word character of the split above: a space
_ASCII_SEPARATORS = str.maketrans({chr(c): " " for c in range(128)
                                   if not ("a" <= chr(c) <= "z" or "0" <= chr(c) <= "9")})


def _ascii_words(bare: str) -> str | None:
    """The general path's answer on NFD lower-case text whose letters are all ASCII once
    their marks are dropped (any Vietnamese page), in a few passes over the text instead
    of a translation and a Unicode split character by character; None for other text.
    Each distinct character outside ASCII and U+0300..U+036F is looked at once: a mark
    (combining class > 0) is dropped, a separator (not L, N or Co: quotes, dashes,
    ellipses) becomes a space, a letter or digit sends the text to the general path.
    What is left outside ASCII is then only marks, which encoding to ASCII drops."""
    import regex
    for ch in set(_RARE.findall(bare)):
        if DROP_MARKS[ord(ch)] is None:
            bare = bare.replace(ch, "")
        elif regex.match(r"[\p{L}\p{N}\p{Co}]", ch):
            return None
        else:
            bare = bare.replace(ch, " ")
    bare = bare.encode("ascii", "ignore").decode("ascii")
    return " ".join(bare.translate(_ASCII_SEPARATORS).split())


SHORT = 2000  # characters: longer text (a stored page) rarely becomes ASCII (“ ” – …)


def contains_words(haystack: str, needle: str) -> bool:
    """Does `needle` occur in `haystack` as whole words, ignoring case and marks?"""
    q = loose(needle)
    return bool(q) and f" {q} " in f" {loose(haystack)} "
