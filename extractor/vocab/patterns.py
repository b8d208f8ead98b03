"""How a figures-vocabulary pattern (rules/figures.yaml) is compiled: case-insensitive,
tone-mark placement tolerant ("hoà"/"hòa", "uỷ"/"ủy"), and, for word cues, never
starting or ending inside a word. One owner for the figure finders and the period
grammar."""
from __future__ import annotations

from functools import lru_cache

import regex

from extractor.vocab import load_rules

# Tone-mark placement varies ("hoà"/"hòa", "uỷ"/"ủy"): either spelling matches.
_TONE_PAIRS = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
               ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
               ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")]
_TONE_ALT: dict[str, str] = {}
for _a, _b in _TONE_PAIRS:
    _TONE_ALT[_a] = _TONE_ALT[_b] = f"(?:{_a}|{_b})"
_TONE_RE = regex.compile("|".join(regex.escape(k) for k in _TONE_ALT))


def tone_tolerant(pattern: str) -> str:
    return _TONE_RE.sub(lambda m: _TONE_ALT[m.group()], pattern)


def compile_cue(pattern: str) -> regex.Pattern:
    """A vocabulary pattern as matched on the match view: case-insensitive, tone-mark
    placement tolerant, never starting or ending inside a word."""
    return regex.compile(r"(?<!\w)(?:" + tone_tolerant(pattern) + r")(?!\w)", regex.I)


def compile_anchored(pattern: str) -> regex.Pattern:
    """A pattern matched where it is (no word boundaries): tone tolerant, any case."""
    return regex.compile(tone_tolerant(pattern), regex.I)


@lru_cache(maxsize=None)
def figures_union(kind: str, anchored: bool = False) -> regex.Pattern:
    """One alternation of every rules/figures.yaml pattern of a kind."""
    comp = compile_anchored if anchored else compile_cue
    pats = [comp(e.pattern).pattern for e in load_rules("figures").entries
            if e.kind == kind and getattr(e, "pattern", None)]
    return regex.compile("|".join(f"(?:{p})" for p in pats), regex.I)
