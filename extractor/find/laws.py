"""Laws cited by name: "Luật Cán bộ, công chức năm 2008", "Luật Tổ chức chính quyền
địa phương ngày 19 tháng 6 năm 2015", "Luật phí và lệ phí".

Known names (rules/laws.yaml) are matched ignoring case and punctuation, so a name may
hold commas and "và"/"của" ("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân
dân"). Other names must start with a capital and run up to a comma, a stop word, a
year or a date. A year ("năm 2015", "2013") or date right after the name is kept.
Numbered laws ("Luật số 80/2015/QH13") are references, not laws by name.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

import regex

from extractor.grammar.dates import DATE, iso_of_match
from extractor.model import Law
from extractor.normalize import DocText
from extractor.vocab import load_rules

_LAW = regex.compile(r"(?<![\w])Luật(?=\s)")
_WORD = regex.compile(r"\s*(?P<w>[^\s,;.:()“”\"…!?|]+)(?P<p>[,;.:()“”\"…!?|]?)")
_AFTER = regex.compile(
    rf"\s*,?\s*(?:(?:được\s+)?(?:ban\s+hành|thông\s+qua)\s+)?"
    rf"(?:năm\s+(?P<yy>(?:19|20)\d{{2}})(?!\d)|ngày\s+(?:{DATE})|(?P<y3>(?:19|20)\d{{2}})(?![\d/]))",
    regex.IGNORECASE)
_MAX_WORDS = 14


@lru_cache(maxsize=1)
def _known() -> "regex.Pattern[str]":
    rf = load_rules("laws")
    alts = []
    for e in sorted(rf.entries, key=lambda e: len(e.name), reverse=True):
        words = regex.findall(r"[^\s,;.]+", e.name)
        alts.append(r"[\s,–-]*\s".join(regex.escape(w) for w in words))
    return regex.compile(r"\s+(?:" + "|".join(alts) + r")(?![\w])", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _stops() -> tuple[str, ...]:
    return tuple(s.lower() for s in (getattr(load_rules("laws"), "stop_words", None) or ()))


def _starts_with_stop(view: str, p: int) -> bool:
    low = view[p:p + 20].lower()
    for s in _stops():
        if low.startswith(s) and (len(low) == len(s) or not low[len(s)].isalnum()):
            return True
    return False


def _name_end(view: str, pos: int) -> Optional[int]:
    """End of a law name starting after "Luật" at `pos` (None when there is none)."""
    km = _known().match(view, pos)
    if km:
        return km.end()
    end = None
    p = pos
    count = 0
    while count < _MAX_WORDS:
        m = _WORD.match(view, p)
        if not m:
            break
        ws = m.start("w")
        w = m.group("w")
        if _starts_with_stop(view, ws) or w[0].isdigit():
            break
        if count == 0 and not w[0].isupper():
            return None
        count += 1
        end = m.end("w")
        p = end
        if m.group("p"):
            break
    return end


_AMEND = regex.compile(r"\s+sửa\s+đổi(?:,?\s+bổ\s+sung)?(?:\s+một\s+số\s+điều)?\s+của(?=\s+Luật\s)")
_AMENDED_MORE = regex.compile(r"\s*(?:,|và)\s*(?=Luật\s)")


def _amending_name_end(view: str, pos: int) -> Optional[int]:
    """"Luật sửa đổi, bổ sung một số điều của Luật A và Luật B": one law, whose name
    runs to the end of the last amended law's name."""
    am = _AMEND.match(view, pos)
    if not am:
        return None
    p = am.end()
    end = None
    while True:
        while p < len(view) and view[p] == " ":
            p += 1
        lm = _LAW.match(view, p)
        if not lm:
            break
        e = _name_end(view, lm.end())
        if e is None:
            break
        end = p = e
        more = _AMENDED_MORE.match(view, p)
        if not more:
            break
        p = more.end()
    return end


def find_laws(doc: DocText) -> list[Law]:
    """Every law cited by name, in document order."""
    view = doc.view
    out: list[Law] = []
    covered = 0
    for m in _LAW.finditer(view):
        start = m.start()
        if start < covered:
            continue  # a law named inside an amending law's name
        name_end = _amending_name_end(view, m.end()) or _name_end(view, m.end())
        if name_end is None:
            continue
        covered = name_end
        name = " ".join(view[start:name_end].split())
        year = None
        date = None
        end = name_end
        am = _AFTER.match(view, name_end)
        if am:
            if am.group("yy"):
                year = int(am.group("yy"))
            elif am.group("y3"):
                year = int(am.group("y3"))
            else:
                date = iso_of_match(am)
                year = int(am.group("y") or am.group("y2"))
            end = am.end()
        sp = doc.span(start, end)
        out.append(Law(name=name, year=year, text=sp.text, page=sp.page, start=sp.start,
                       end=sp.end, date=date))
    return out
