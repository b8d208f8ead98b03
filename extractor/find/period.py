"""The period a document covers: "6 tháng năm 2021", "quý I năm 2025", "năm 2018",
"9 tháng đầu năm", "giai đoạn 2016-2020" (patterns: rules/metadata.yaml, kind period)."""
from __future__ import annotations

from typing import Optional

import regex

from extractor.find import cues

# "ngày 06 tháng 5 năm 2021" is a date, not a period
_DATE_BEFORE = regex.compile(r"(?:ngày\s+\d{1,2}\s+|tháng\s+\d{1,2}\s*,?\s+)$", regex.IGNORECASE)


def periods(text: str, pos: int = 0, endpos: Optional[int] = None) -> list[tuple[int, int, str]]:
    """All period phrases in text[pos:endpos], longest at each place, in order."""
    endpos = len(text) if endpos is None else endpos
    found = []
    for p in cues.patterns("period"):
        for m in p.finditer(text, pos, endpos):
            if _DATE_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                continue
            found.append((m.start(), m.end(), " ".join(m.group().split())))
    return cues.longest_non_overlapping(found)


def last_period(text: str, pos: int = 0, endpos: Optional[int] = None):
    got = periods(text, pos, endpos)
    return got[-1] if got else None


def first_period(text: str, pos: int = 0, endpos: Optional[int] = None):
    got = periods(text, pos, endpos)
    return got[0] if got else None
