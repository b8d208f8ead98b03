"""The audit checks that must read the document text itself, not facts: dates that do
not exist anywhere in the text (31/02/2019), and documents named by their type but
given no number ("Quyết định số về ...", "Kế hoạch số /KH-UBND"). Every other check
reads the facts of earlier stages."""
from __future__ import annotations

import calendar
from functools import lru_cache
from typing import Iterator, Optional

import regex

from extractor.audit.messages import finding
from extractor.grammar.dates import DATE
from extractor.model import Extraction, Finding
from extractor.normalize import DocText
from extractor.grammar.doctypes import doc_type_by_word


# every date as it stands in running text (grammar/dates.DATE), impossible ones included;
# a spelled-out date only after "ngày"
_DATE = regex.compile(r"(?<![\d/.\-])(?P<ngay>(?i:ngày)\s+)?(?:" + DATE + r")(?![/])",
                      regex.IGNORECASE)


def _exists(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def invalid_dates(doc: DocText) -> list[Finding]:
    out = []
    for m in _DATE.finditer(doc.view):
        if m.group("d2") is not None and m.group("ngay") is None:
            continue
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else \
            (m.group("d2"), m.group("m2"), m.group("y2"))
        if _exists(int(d), int(mo), int(y)):
            continue
        if m.group("sep") in (".", "-") and int(mo) > 12:
            continue  # "1.15.2019"-like figures, not dates
        span = doc.span(m.start("d") if m.group("d") else m.start(), m.end())
        out.append(finding("invalid-date", "default", [span], date=None, date_text=span.text))
    return out


# "số" + a word that cannot start a number (về, ngày ...) or a blank ordinal before the
# symbol ("số /QĐ-UBND", "số …/KH-UBND")
_NO_NUMBER = (r"(?i:số)\s*:?\s*"
              r"(?:(?P<word>(?i:về|ngày|của|do|năm|ban\s+hành|được|nhằm|trên|tại)\b)"
              r"|(?P<blank>[._…]*\s*/\s*\p{Lu}[\p{L}Đđ]*-))")
_ANCHOR = regex.compile(_NO_NUMBER, regex.IGNORECASE)
_SPACE = regex.compile(r"\s")


@lru_cache(maxsize=1)
def _type_words() -> Optional["regex.Pattern[str]"]:
    from extractor.vocab.symbols import type_name_alternatives
    alts = type_name_alternatives()
    # type word + _NO_NUMBER
    return regex.compile(r"(?<!\w)(?P<type>" + alts + r")\s+" + _NO_NUMBER, regex.IGNORECASE)


@lru_cache(maxsize=1)
def _type_name_words() -> int:
    """The most words a type name has (a type name's words are parted by whitespace)."""
    from extractor.vocab.symbols import named_types
    return max((len(t.name.split()) for t in named_types()), default=1)


def _is_space(c: str) -> bool:
    return c.isspace() or _SPACE.match(c) is not None


def _words_back(text: str, pos: int, n: int) -> int:
    """Where the n-th whitespace-parted token before `pos` starts (whitespace in either
    Python's or the regex module's sense: never after a type name's real start)."""
    i = pos
    for _ in range(n):
        while i > 0 and _is_space(text[i - 1]):
            i -= 1
        while i > 0 and not _is_space(text[i - 1]):
            i -= 1
    return i


def _type_word_matches(pattern: "regex.Pattern[str]", view: str) -> Iterator["regex.Match[str]"]:
    """pattern.finditer(view), found by scanning only around each "số" that the tail of
    the pattern accepts (all of them, overlapping): the type name ends right before it,
    so a match starts within the type name's most words before it. The alternation of
    every type name, tried at every position of the text, was most of this check's
    cost. Matches come in order and never overlap, as finditer gives them."""
    last_end = 0
    words = _type_name_words() + 1  # (the token before a type name's start may hold it)
    for a in _ANCHOR.finditer(view, overlapped=True):
        if a.start() < last_end:
            continue
        lo = max(last_end, _words_back(view, a.start(), words))
        m = pattern.search(view, lo, a.end())
        if m is not None:
            last_end = m.end()
            yield m


_WORDS_AFTER = regex.compile(r"(?:\s+\S+){0,3}")


def references_without_number(doc: DocText, ex: Extraction) -> list[Finding]:
    pattern = _type_words()
    if pattern is None:
        return []
    covered = {(r.page, r.start) for r in ex.references}
    out = []
    for m in _type_word_matches(pattern, doc.view):
        if not m.group("type")[0].isupper():
            continue  # document names are capitalised; "báo cáo số về" is prose
        end = m.end()
        if m.group("word"):
            # matched in place: slicing view[end:] copied the rest of the document
            # for every match (quadratic on a 20 MB text)
            tail = _WORDS_AFTER.match(doc.view, end)
            end += len(tail.group()) if tail else 0
        span = doc.span(m.start(), end)
        if (span.page, span.start) in covered:
            continue
        name = " ".join(m.group("type").split())
        type_name = doc_type_by_word(name) or name
        variant = "blank-ordinal" if m.group("blank") else "default"
        out.append(finding("reference-without-number", variant, [span],
                           doc_type=type_name, text=span.text))
    return out
