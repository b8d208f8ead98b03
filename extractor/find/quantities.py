"""Every number of a text typed before a finder may take it as a figure.

A report's numbers are not all values: "Chỉ số CCHC trên 90%" states a threshold, "từ 80%
đến dưới 90%" a range, "phấn đấu ... đạt 95%" a target, "giảm 3,86%", "thấp hơn 5,42% so
với" and "(-15,35%)" signed changes, "năm 2022", "lần thứ 10", "mức độ 3" parts of a period
or a label, "xếp thứ 5" a rank. `role_of` answers what a number is from the words around
it; the words are rule data (rules/figures.yaml kinds threshold, target, change_word,
quantity_label), this module is their grammar. The figure finders (dossiers, scores,
tasks) ask it before reading a number as a value, so thresholds, targets, changes and
other numbers never become values whichever label stands nearby.

Roles: "value" (a figure may take it), "threshold", "target", "change" (with its sign),
"label" (a period, an ordinal, a numbered name), "rank".
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.find.numbers import NUM_TOKEN
from extractor.vocab import load_rules
from extractor.vocab.patterns import tone_tolerant

_FILLER = r"(?:\s+(?:thêm|được|khoảng|gần|tới|đến|là|lên|mức|ở mức|có))*"


@lru_cache(maxsize=None)
def _words(kind: str, position: str = "before", key: Optional[str] = None) -> str:
    pats = [tone_tolerant(e.pattern) for e in load_rules("figures").entries
            if e.kind == kind and getattr(e, "pattern", None)
            and (getattr(e, "position", None) or "before") == position
            and (key is None or str(e.key) == key)]
    return "|".join(f"(?:{p})" for p in pats) or r"(?!)"


@lru_cache(maxsize=1)
def _res() -> dict[str, regex.Pattern]:
    w = _words
    return {
        # matched on the 40 characters before a number (anchored at their end)
        "up": regex.compile(r"(?<!\w)(?:" + w("change_word", key="up") + r")" + _FILLER + r"\s*$", regex.I),
        "down": regex.compile(r"(?<!\w)(?:" + w("change_word", key="down") + r")" + _FILLER + r"\s*$", regex.I),
        "change": regex.compile(r"(?<!\w)(?:" + w("change_word", key="change") + r")" + _FILLER + r"\s*$",
                                regex.I),
        "threshold": regex.compile(r"(?<!\w)(?:" + w("threshold") + r")(?:\s+(?:mức|mức độ))?\s*$", regex.I),
        "label": regex.compile(r"(?<!\w)(?:" + w("quantity_label") + r")\s*$", regex.I),
        "rank": regex.compile(r"(?<!\w)(?:xếp (?:hạng |thứ )?|đứng (?:thứ |hạng )?|vị trí (?:thứ )?|hạng |thứ )$",
                              regex.I),
        # "(-15,35%)", "(+2,1 điểm)", "+3 bậc": a sign inside parentheses or a glued plus
        # (a dash after a space may be a list's bullet or a range)
        "sign": regex.compile(r"(?:\(\s*([-−–+])|(?<!\S)(\+))$"),
        # matched right after the number (and its % or unit)
        "after": regex.compile(r"\s*(?:%|điểm)?\s*(?:" + w("threshold", "after") + r")(?!\w)", regex.I),
        # "80 - 90%", "từ 80% đến dưới 90%": both ends of a range are bounds
        "range": regex.compile(r"\s*%?\s*(?:-|–|—|đến|tới)\s*(?:(?:dưới|trên)\s+)?" + NUM_TOKEN
                               + r"\s*(?:%|điểm)", regex.I),
        "range_end": regex.compile(r"(?:" + NUM_TOKEN + r")\s*%?\s*(?:-|–|—|đến|tới)\s*(?:(?:dưới|trên)\s+)?$",
                                   regex.I),
        "target": regex.compile(r"(?<!\w)(?:" + w("target") + r")(?!\w)", regex.I),
    }


_YEARISH = regex.compile(r"(?:19|20)\d\d")
_VALUE_NUM = regex.compile(NUM_TOKEN)
# a number that is no value stops a target's reach ("phấn đấu năm 2025 ... đạt 90%" keeps
# "năm 2025" out of the way)
_SENT_STOP = regex.compile(r"[.;!?](?=\s|$)")


_TIMES_ORDINAL = regex.compile(r"(?<!\w)(?:lần|năm|đợt|khóa|kỳ) thứ\s*$", regex.I)
_TIME_SPAN = regex.compile(r"\s*(?:tháng|năm|ngày|quý|tuần)(?!\w)", regex.I)
_MEASURED = regex.compile(r"\s*(?:%|điểm|hồ sơ)")


@dataclass(frozen=True)
class Role:
    kind: str  # value, threshold, target, change, label, rank
    sign: int = 0  # for a change: +1 up, -1 down, 0 unsaid


VALUE = Role("value")


def role_of(view: str, start: int, end: int, lo: Optional[int] = None) -> Role:
    """What the number view[start:end] is (see the module's doc). lo bounds how far back a
    target word may stand (the sentence's start, by default the last sentence end within
    200 characters)."""
    r = _res()
    before = view[max(0, start - 40):start]
    m = r["sign"].search(before)
    if m:
        return Role("change", -1 if (m.group(1) or "+") in "-−–" else +1)
    for key, sign in (("down", -1), ("up", +1), ("change", 0)):
        if r[key].search(before):
            return Role("change", sign)
    if r["rank"].search(before):
        if _TIMES_ORDINAL.search(before):
            return Role("label")  # "lần thứ 10": an ordinal of times, no rank
        return Role("rank")
    if r["label"].search(before):
        return Role("label")
    if _TIME_SPAN.match(view, end, min(len(view), end + 8)):
        return Role("label")  # "6 tháng", "3 năm liên tiếp": a span of time
    if _YEARISH.fullmatch(view[start:end]) and not _MEASURED.match(view, end, min(len(view), end + 8)):
        return Role("label")  # a year
    if r["threshold"].search(before) or r["after"].match(view, end, min(len(view), end + 24)):
        return Role("threshold")
    if r["range"].match(view, end, min(len(view), end + 40)) or r["range_end"].search(before):
        if not _YEARISH.fullmatch(view[start:end]):
            return Role("threshold")
    lo = max(0, start - 200) if lo is None else lo
    lo = max(lo, start - 120)  # a target word governs its own phrase, not a whole paragraph
    stop = None
    for stop in _SENT_STOP.finditer(view, lo, start):
        pass
    if stop is not None:
        lo = stop.end()
    t = None
    for t in r["target"].finditer(view, lo, start):
        pass
    if t is not None:
        # the target reaches the number unless a value-like number stands between
        between = [n for n in _VALUE_NUM.finditer(view, t.end(), start)
                   if not _YEARISH.fullmatch(n.group())
                   and not r["threshold"].search(view[max(0, n.start() - 40):n.start()])]
        if not between:
            return Role("target")
    return VALUE


def is_value(view: str, start: int, end: int, lo: Optional[int] = None) -> bool:
    return role_of(view, start, end, lo).kind == "value"
