"""Normalization with the way back.

Stored text is NFC with newlines unified; it is what `cchc text` prints and what every
offset points into. For matching we build a *same-length* view of it (lookalike
letters repaired, every kind of whitespace turned into a plain space), so an offset in
the view is an offset in the stored text: the map back is the identity, by design.
Comparing names uses `fold`, which is never used for offsets.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from extractor.model import Page, Span
from extractor.vocab import load_rules


def to_stored(raw: str) -> str:
    """Text as stored: NFC, BOM dropped, CRLF/CR -> LF, NUL -> space."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", " ")
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def _view_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for entry in load_rules("lookalikes").entries:
        if len(entry.char) != 1 or len(entry.replacement) != 1:  # the view keeps offsets
            raise ValueError(f"lookalikes.yaml: {entry.char!r} -> {entry.replacement!r} "
                             "must replace one character by one character")
        table[ord(entry.char)] = entry.replacement
    # Every whitespace and zero-width character becomes one space (same length).
    for cp in (0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0, 0x1680, 0x2028, 0x2029,
               0x202F, 0x205F, 0x3000, 0x200B, 0x200C, 0x200D, 0xFEFF):
        table[cp] = " "
    for cp in range(0x2000, 0x200B):
        table[cp] = " "
    return table


@lru_cache(maxsize=1)
def _view_chars() -> "re.Pattern[str]":
    """One character class of every character the view replaces."""
    return re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_view_table())) + "]")


def match_view(text: str) -> str:
    """Same-length view of stored text for matching (see module doc). The same as
    `text.translate(_view_table())`: a text holds few distinct characters to replace
    (line breaks, a lookalike or two), and one `str.replace` per distinct one is 20x
    cheaper than translating through a dict character by character."""
    table = _view_table()
    for ch in set(_view_chars().findall(text)):
        text = text.replace(ch, table[ord(ch)])
    return text


_TONE = "[\u0300\u0301\u0303\u0309\u0323]"
# Old-style tone placement on the second vowel of a final oa/oe/uy (hoà, khoẻ, uỷ) is
# moved to the first (hòa, khỏe, ủy); "qu" + y keeps its tone on y (quý).
_OLD_PLACEMENT = regex.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])(" + _TONE + r")(?!\w)")


# A superset of where _OLD_PLACEMENT can match, on text in any normal form: an "o" or
# "u" (not after "q") followed by a vowel that carries a tone mark and nothing else
# (precomposed or not), not followed by a letter or digit (whose decomposition starts
# with a word character: checked over all of Unicode when this was written). Text
# without one has no old-style placement, and the NFD round trip is just NFC.
_MAYBE_OLD = regex.compile("(?<![qQ])[oOuU](?:[aAeEyY][\u0300\u0301\u0303\u0309\u0323]"
                           "|[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\\p{L}\\p{Nd}])")


def _tone_new_style(text: str) -> str:
    if _MAYBE_OLD.search(text) is None:
        return unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    nfd = _OLD_PLACEMENT.sub(lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], nfd)
    return unicodedata.normalize("NFC", nfd)


def fold(text: str) -> str:
    """Key for comparing names: lookalikes repaired, lower case, whitespace folded,
    tone mark placement ignored (hoà == hòa, Uỷ == Ủy). Not offset-preserving."""
    text = _tone_new_style(match_view(to_stored(text)).lower())
    return " ".join(text.split())


def strip_marks(text: str) -> str:
    """fold() and then drop every diacritic (đ -> d): loosest comparison key."""
    from extractor.search import DROP_MARKS
    return unicodedata.normalize("NFD", fold(text)).replace("đ", "d").translate(DROP_MARKS)


@dataclass
class DocText:
    """All pages of one document joined by a newline, with the way back to pages.

    Finders work on `view` (same length as `text`) so that a mention split across a
    line or page break is matched as one; `span()` turns document offsets back into
    (page, start, end, text) of the stored page text.
    """
    pages: list[Page]

    def __post_init__(self) -> None:
        self.starts: list[int] = []
        parts: list[str] = []
        pos = 0
        for page in self.pages:
            self.starts.append(pos)
            parts.append(page.text)
            pos += len(page.text) + 1
        self.text = "\n".join(parts)
        self.view = match_view(self.text)

    @classmethod
    def from_text(cls, text: str) -> "DocText":
        return cls([Page(1, text)])

    def page_of(self, offset: int) -> int:
        """0-based page index holding a document offset."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def span(self, start: int, end: int) -> Span:
        """Document offsets -> evidence in the stored page text. A span running over a
        page break is cut at the end of its first page (page_text[start:end] == text
        always holds)."""
        i = self.page_of(start)
        base = self.starts[i]
        page_text = self.pages[i].text
        s = start - base
        e = min(end - base, len(page_text))
        return Span(self.pages[i].number, s, e, page_text[s:e])
