"""Vocabulary of the figure finders, compiled from rules/figures.yaml and rules/criteria.yaml.

Part of the figure finders (see extractor/find/figures.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Optional

import regex

from extractor.normalize import strip_marks
from extractor.vocab import load_rules



# ==== vocabulary (compiled from rules/figures.yaml and rules/criteria.yaml) ============

# pattern compilation has one owner, extractor/vocab/patterns.py
from extractor.vocab.patterns import compile_cue, tone_tolerant  # noqa: E402,F401


@dataclass
class Cue:
    kind: str
    key: str
    pattern: regex.Pattern
    position: str = "before"
    extra: Optional[dict[str, Any]] = None


_ANCHORED_KINDS = ("criterion_prefix", "period_exclude", "dossier_unit", "score_total", "scope_object")  # no word boundary
_CELL_KINDS = ("ranking_column",)  # matched against a whole table cell


@lru_cache(maxsize=1)
def cues() -> list[Cue]:
    out = []
    for e in load_rules("figures").entries:
        d = e.model_dump()
        if not d.get("pattern"):
            continue
        pat = d["pattern"]
        if d["kind"] in _CELL_KINDS:
            compiled = regex.compile(r"^\s*(?:" + tone_tolerant(pat) + r")\s*$", regex.I)
        elif d["kind"] in _ANCHORED_KINDS:
            compiled = regex.compile(tone_tolerant(pat), regex.I)
        else:
            compiled = compile_cue(pat)
        out.append(Cue(d["kind"], str(d["key"]), compiled, d.get("position") or "before", d))
    return out


def of_kind(kind: str, position: Optional[str] = None) -> list[Cue]:
    return list(_of_kind(kind, position))


@lru_cache(maxsize=None)
def _of_kind(kind: str, position: Optional[str]) -> tuple[Cue, ...]:
    return tuple(c for c in cues() if c.kind == kind and (position is None or c.position == position))


@lru_cache(maxsize=None)
def union(kind: str, position: Optional[str] = None) -> regex.Pattern:
    """One alternation of every pattern of a kind ('is there any X here')."""
    return regex.compile("|".join(f"(?:{c.pattern.pattern})" for c in of_kind(kind, position)),
                         regex.I)


def _top_alternatives(pattern: str) -> list[str]:
    """Split a regex source at its top-level '|' (outside groups and character classes)."""
    parts, depth, in_class, cur, i = [], 0, False, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not (cur and cur[-1] == "["):
                in_class = False
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


@lru_cache(maxsize=None)
def _alternatives(cue_index: int) -> list[regex.Pattern]:
    """A cue's top-level alternatives compiled one by one. The regex engine finds a
    required literal for each alone ("tiếp nhận") but not for their alternation, so
    scanning a long text alternative by alternative is ~10x faster."""
    c = cues()[cue_index]
    raw = c.extra["pattern"]
    alts = _top_alternatives(raw)
    if len(alts) == 1 or c.kind in _CELL_KINDS:
        return [c.pattern]
    if c.kind in _ANCHORED_KINDS:
        return [regex.compile(tone_tolerant(a), regex.I) for a in alts]
    return [compile_cue(a) for a in alts]


@lru_cache(maxsize=1)
def _cue_index() -> dict[int, int]:
    return {id(c): i for i, c in enumerate(cues())}


# scans of the document being read: several finders look for the same cue over the same
# text ("index" by _index_scores, _ordinal_scores and _anaphor_scores). Only the last long
# text is kept (its identity, not its value), so a finished document is not held.
_SCAN_CACHE: dict = {"view": None}
_SCAN_MIN_LEN = 2000  # a shorter text (a cell, a line) is scanned each time: cheap


def scan(cue: Cue, view: str, pos: int = 0, endpos: Optional[int] = None) -> list[tuple[int, int]]:
    """(start, end) of every match of cue.pattern.finditer(view, pos, endpos), computed
    from its alternatives: at each start the first alternative (in pattern order) that
    matches wins, and scanning resumes at the end of the match, as finditer does.
    Computed once per (cue, view, pos, endpos) for the text being read (scan_plain is
    the computation)."""
    endpos = len(view) if endpos is None else endpos
    if len(view) < _SCAN_MIN_LEN:
        return scan_plain(cue, view, pos, endpos)
    if _SCAN_CACHE["view"] is not view:
        _SCAN_CACHE.clear()
        _SCAN_CACHE["view"] = view
    key = (id(cue), pos, endpos)
    got = _SCAN_CACHE.get(key)
    if got is None or got[0] is not cue or got[1] is not view:  # (another thread's text)
        got = (cue, view, scan_plain(cue, view, pos, endpos))
        _SCAN_CACHE[key] = got
    return list(got[2])


def scan_plain(cue: Cue, view: str, pos: int = 0, endpos: Optional[int] = None) -> list[tuple[int, int]]:
    """scan() without its cache."""
    endpos = len(view) if endpos is None else endpos
    alts = _alternatives(_cue_index()[id(cue)])
    if len(alts) == 1:
        return [(m.start(), m.end()) for m in cue.pattern.finditer(view, pos, endpos)]
    at: dict[int, tuple[int, int]] = {}
    for i, a in enumerate(alts):
        for m in a.finditer(view, pos, endpos, overlapped=True):
            s = m.start()
            if s not in at or at[s][0] > i:
                at[s] = (i, m.end())
    out = []
    cur = pos
    for s in sorted(at):
        if s < cur:
            continue
        e = at[s][1]
        out.append((s, e))
        cur = e if e > s else s + 1
    return out


@lru_cache(maxsize=1)
def _criteria() -> list[tuple[str, str]]:
    pairs = []
    for e in load_rules("criteria").entries:
        for alias in [e.name] + list(getattr(e, "aliases", []) or []):
            pairs.append((strip_marks(alias), e.key))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


def criterion_key(name: Optional[str]) -> Optional[str]:
    """Canonical criterion id (rules/criteria.yaml) of a criterion name as written; the
    longest alias contained in the name wins."""
    if not name:
        return None
    folded = strip_marks(name)
    for alias, key in _criteria():
        if alias and alias in folded:
            return key
    return None
