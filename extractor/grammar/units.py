"""Unit phrases: the grammar of issuing units and territories as texts write them
("UBND phường Trần Phú", "Sở Nội vụ tỉnh Khánh Hòa", "TP. Nha Trang"), canonical keys
(aliases compare equal), display names, and readable issuers of header cells.

Vocabulary (bodies, level words, council committees) is data in rules/units.yaml. Where
a unit sits and what it became in 2025 is resolution: extractor.resolve.units.

- `unit_key(name)`: canonical comparison key; aliases compare equal
  ("UBND phường Trần Phú" == "Uỷ ban nhân dân Phường Trần Phú", "TP." == "thành phố").
- `parse_unit(text)`: committee, body and territory of a unit phrase.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.normalize import fold
from extractor.vocab import load_rules



_DASH = regex.compile(r"\s*[-–—−‐‑]\s*")
# A proper name: capitalised words or a number ("Quận 1"), joined by spaces or dashes.
# A word may hold an apostrophe between letters: the Central Highlands' "Cư M'gar", "Ea H'leo".
_APOSTROPHE_TAIL = r"(?:['’][\p{L}\p{M}]+)"
_NAME_WORD = r"\p{Lu}[\p{L}\p{M}]*" + _APOSTROPHE_TAIL + "?"
PROPER = (r"(?:\d+[A-Za-z]?|" + _NAME_WORD + r")"
          r"(?:(?:[ \t]*[-–][ \t]*|[ \t]+)(?:" + _NAME_WORD + r"|\d+)){0,4}")


_WORD_START = r"(?<![\p{L}\p{M}\d])"


def _alias_pattern(alias: str, initial_upper: bool = False, start: bool = True) -> str:
    """Alias as a whole-word pattern (spaces and dashes loose). With initial_upper the
    first letter must be a capital even inside case-insensitive matching ("Sở Nội vụ",
    never the "sở" of "cơ sở"). start=False leaves out the word-start lookbehind every
    alias begins with, for alternations that put it once in front (`_alternation`)."""
    if not start:
        return _alias_pattern(alias, initial_upper)[len(_WORD_START):]
    if initial_upper and alias[:1].isalpha():
        first = regex.escape(alias[0].upper())
        return _WORD_START + "(?-i:" + first + ")" + _alias_pattern(alias[1:])[len(_WORD_START):]
    parts = []
    for token in regex.split(r"(\s+|[-–])", alias):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
        elif token in "-–":
            parts.append(r"\s*[-–]\s*")
        else:
            parts.append(regex.escape(token))
    pat = "".join(parts)
    tail = "" if alias.endswith(".") else r"(?![\p{L}\p{M}\d])"
    return _WORD_START + pat + tail


def _alternation(alternatives: list[str]) -> str:
    """Case-insensitive alternation of alias patterns made with start=False, the
    word-start lookbehind once in front: the same matches (every alias pattern begins
    with it), found several times faster (a lookbehind opening each alternative kept
    the regex module from skipping ahead to where an alias can start)."""
    if not alternatives:
        return "(?i:)"
    return _WORD_START + "(?i:" + "|".join(alternatives) + ")"


@dataclass(frozen=True)
class Vocab:
    kind: str
    canonical: str
    level: Optional[str]
    named: bool
    aliases: tuple[str, ...]

    @property
    def regex(self) -> "regex.Pattern[str]":
        return _compiled(self)


@lru_cache(maxsize=None)
def _compiled(v: Vocab) -> "regex.Pattern[str]":
    alts = sorted(v.aliases, key=len, reverse=True)
    return regex.compile(_alternation([_alias_pattern(a, v.named, start=False) for a in alts]))


@lru_cache(maxsize=1)
def vocab() -> list[Vocab]:
    out = []
    for e in load_rules("units").entries:
        out.append(Vocab(e.kind, e.canonical, getattr(e, "level", None),
                         bool(getattr(e, "named", False)), tuple(e.aliases)))
    return out


def _of_kind(kind: str) -> list[Vocab]:
    return [v for v in vocab() if v.kind == kind]


@lru_cache(maxsize=None)
def kind_regex(kind: str) -> "regex.Pattern[str]":
    """One alternation of every alias of one kind; group name = index into _of_kind."""
    alts = []
    for i, v in enumerate(_of_kind(kind)):
        inner = "|".join(_alias_pattern(a, v.named, start=False)
                         for a in sorted(v.aliases, key=len, reverse=True))
        alts.append(f"(?P<{kind[0]}{i}>{inner})")
    return regex.compile(_alternation(alts))


def _which(kind: str, m: "regex.Match[str]") -> Vocab:
    for name, val in m.groupdict().items():
        if val is not None and name[1:].isdigit():
            return _of_kind(kind)[int(name[1:])]
    raise ValueError("no alias group matched")


@lru_cache(maxsize=1)
def territory_regex() -> "regex.Pattern[str]":
    """Level word + proper name: 'xã Tóc Tiên', 'TP. Hải Dương', 'Quận 1'."""
    return regex.compile(r"(?P<lvl>" + kind_regex("territory").pattern + r")[ \t]+(?P<proper>"
                         + PROPER + ")")


def title_case(text: str) -> str:
    """'TÓC TIÊN' / 'Tóc tiên' -> 'Tóc Tiên' (each word capitalised, dashes kept);
    'CƯ M'GAR' -> 'Cư M'gar' (an apostrophe joins one word)."""
    return regex.sub(r"[\p{L}\p{M}]+" + _APOSTROPHE_TAIL + "*",
                     lambda m: m.group()[:1].upper() + m.group()[1:].lower(),
                     text)


def _proper_display(proper: str) -> str:
    proper = " ".join(proper.split())
    letters = [c for c in proper if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        return title_case(proper)
    return proper


def _sentence_case(text: str) -> str:
    text = " ".join(text.split())
    letters = [c for c in text if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        text = text.lower()
        return text[:1].upper() + text[1:]
    return text


# ---------------------------------------------------------------------------------
# keys

@lru_cache(maxsize=1)
def _alias_map() -> tuple["regex.Pattern[str]", dict[str, str]]:
    mapping: dict[str, str] = {}
    for v in vocab():
        for a in v.aliases:
            mapping[_dash_fold(a)] = _dash_fold(v.canonical)
    alts = sorted(mapping, key=len, reverse=True)
    pat = regex.compile(_WORD_START + "(?:" + "|".join(_alias_pattern(a, start=False)
                                                     for a in alts) + ")")
    return pat, mapping


def _dash_fold(text: str) -> str:
    return _DASH.sub("-", fold(text))


def name_key(text: str) -> str:
    """Comparison key of a proper name (fold()ed, dashes unified)."""
    return _dash_fold(text)


def unit_key(name: str) -> str:
    """Canonical comparison key: fold()ed, aliases expanded, dashes unified."""
    s = _dash_fold(name)
    pat, mapping = _alias_map()
    s = pat.sub(lambda m: mapping.get(_dash_fold(m.group()), m.group()), s)
    s = regex.sub(r"[\s.,;:]+$", "", s)
    return " ".join(s.split())




# level words of each administrative tier (lower case, as a unit name starts)
WARD_LEVELS = ("thị trấn", "phường", "xã")
DISTRICT_LEVELS = ("thành phố", "thị xã", "huyện", "quận")
PROVINCE_LEVELS = ("thành phố", "tỉnh")
TERRITORY_LEVELS = tuple(dict.fromkeys(WARD_LEVELS + DISTRICT_LEVELS + PROVINCE_LEVELS))


def split_level(name: str, levels: tuple[str, ...] = TERRITORY_LEVELS) -> tuple[str, str]:
    """('thành phố', 'Nha Trang') of 'thành phố Nha Trang'; ('', name) without a level."""
    low = name.lower()
    for lv in levels:
        if low.startswith(lv + " "):
            return lv, name[len(lv) + 1:].strip()
    return "", name.strip()


def lower_level(name: str, levels: tuple[str, ...] = TERRITORY_LEVELS) -> str:
    lv, proper = split_level(name, levels)
    return f"{lv} {proper}" if lv else proper


# ---------------------------------------------------------------------------------
# parsing a unit phrase

@dataclass
class Parsed:
    committee: Optional[Vocab] = None
    body: Optional[Vocab] = None
    body_name: Optional[str] = None  # "Nội vụ" for Sở Nội vụ
    territory: Optional[Vocab] = None
    proper: Optional[str] = None


def parse_unit(text: str) -> Parsed:
    """Committee, body and territory of a unit phrase, read left to right."""
    p = Parsed()
    m = kind_regex("committee").search(text)
    if m:
        p.committee = _which("committee", m)
    t = territory_regex().search(text)
    for b in kind_regex("body").finditer(text):
        v = _which("body", b)
        if t and b.start() >= t.start():
            break
        if p.body is None or v.named:
            p.body = v
            if v.named:
                rest_end = t.start() if t and t.start() > b.end() else len(text)
                name = text[b.end():rest_end].strip(" ,;:-–")
                p.body_name = _sentence_case(name) if name else None
    if t:
        p.territory = _which("territory", t)
        p.proper = _proper_display(t.group("proper"))
    else:
        # level word alone ("UBND phường"): remember the level; it follows the body
        # (the "xã" of a committee's "Kinh tế – xã hội" is not a level)
        after = 0
        for k in ("committee", "body"):
            for x in kind_regex(k).finditer(text):
                after = max(after, x.end())
        lone = kind_regex("territory").search(text, after)
        if lone and not (p.body and p.body.named and p.body_name):
            p.territory = _which("territory", lone)
    return p


def territory_mentions(text: str) -> list[tuple[str, str]]:
    """(canonical level word, proper name) for each level+name phrase in a text."""
    out = []
    for m in territory_regex().finditer(text):
        out.append((_which("territory", m).canonical, m.group("proper")))
    return out



# ---------------------------------------------------------------------------------
# unit phrases in running text, and readable names for header cells

def _alts(kind: str, named: Optional[bool] = None) -> str:
    pats = []
    for v in _of_kind(kind):
        if named is not None and v.named != named:
            continue
        pats.extend(_alias_pattern(a, v.named, start=False)
                    for a in sorted(v.aliases, key=len, reverse=True))
    return _alternation(pats)


@lru_cache(maxsize=1)
def unit_phrase_regex() -> "regex.Pattern[str]":
    """'UBND phường Trần Phú', 'Ban Kinh tế – xã hội Hội đồng nhân dân phường',
    'UBND thành phố' (a people's committee or council, optional committee in front,
    optional level word and proper name)."""
    c, b, lv = _alts("committee"), _alts("body", named=False), _alts("territory")
    return regex.compile(rf"(?:{c}[ \t]+)?{b}(?:[ \t]+{lv}(?:[ \t]+{PROPER})?)?")


def complete_unit(phrase: str, mentions: list[tuple[str, str]], place: Optional[str] = None) -> str:
    """'UBND thành phố' + the text's own 'thành phố Nha Trang' -> 'UBND thành phố Nha
    Trang'. `mentions` are territory_mentions() of the whole text; the place of the
    place-date line wins among candidates of the same level, else the most frequent."""
    p = parse_unit(phrase)
    if p.territory is None or p.proper:
        return phrase
    counts: dict[str, tuple[int, str]] = {}
    for lvl, proper in mentions:
        if lvl == p.territory.canonical:
            k = name_key(proper)
            n, shown = counts.get(k, (0, " ".join(proper.split())))
            counts[k] = (n + 1, shown)
    if not counts:
        return phrase
    if place and name_key(place) in counts:
        return f"{phrase} {counts[name_key(place)][1]}"
    best = sorted(counts.values(), key=lambda t: -t[0])
    if len(best) > 1 and best[0][0] == best[1][0]:
        return phrase
    return f"{phrase} {best[0][1]}"


@lru_cache(maxsize=1)
def _display_tokens() -> "regex.Pattern[str]":
    return regex.compile("|".join([
        r"(?P<c>" + _alts("committee") + ")",
        r"(?P<t>" + territory_regex().pattern + ")",
        r"(?P<b>" + _alts("body") + ")"]))


def display_name(text: str) -> str:
    """Readable form of an upper-case header cell: 'ỦY BAN NHÂN DÂN' -> 'Ủy ban nhân
    dân', 'XÃ TÓC TIÊN' -> 'xã Tóc Tiên', 'SỞ NỘI VỤ' -> 'Sở Nội vụ'. Text that is
    not upper case is returned as written (whitespace collapsed)."""
    text = " ".join(text.split())
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    tok = _display_tokens()
    out, pos, after_named = [], 0, False
    for m in tok.finditer(text):
        gap = text[pos:m.start()]
        if gap.strip():
            g = gap.lower()
            if after_named:
                g = regex.sub(r"^(\s*)(\S)", lambda x: x.group(1) + x.group(2).upper(), g)
            out.append(g)
        else:
            out.append(gap)
        if m.group("c"):
            out.append(_which_alias("committee", m.group()).canonical)
            after_named = False
        elif m.group("t"):
            lv = _which_alias("territory", m.group("lvl"))
            out.append(f"{lv.canonical} {title_case(' '.join(m.group('proper').split()))}")
            after_named = False
        else:
            v = _which_alias("body", m.group())
            word = m.group()
            short = " " not in word and word.isupper() and len(word) <= 5 and not v.named
            out.append(word if short else v.canonical)
            after_named = v.named
        pos = m.end()
    tail = text[pos:]
    if tail.strip():
        t = tail.lower()
        if after_named:
            t = regex.sub(r"^(\s*)(\S)", lambda x: x.group(1) + x.group(2).upper(), t)
        out.append(t)
    s = "".join(out).strip()
    s = _ACRONYM.sub(lambda m: m.group().upper(), s) if _ACRONYM.search(text) else s
    return s[:1].upper() + s[1:]


# a capitalised token without a vowel is an abbreviation, never a Vietnamese syllable
# (every syllable has a vowel): 'ĐOÀN KIỂM TRA CCHC' keeps 'CCHC', not 'cchc'
_ACRONYM = regex.compile(r"(?<![\p{L}\p{M}])(?i:[b-dđf-hj-np-tv-xz]{2,})(?![\p{L}\p{M}])")


def _which_alias(kind: str, text: str) -> Vocab:
    for v in _of_kind(kind):
        if v.regex.fullmatch(text.strip()):
            return v
    return _of_kind(kind)[0]


def readable_issuer(cells: list[str]) -> Optional[str]:
    """Readable issuer from the header's issuing-body cells, top first:
    ['ỦY BAN NHÂN DÂN', 'XÃ TÓC TIÊN'] -> 'Ủy ban nhân dân xã Tóc Tiên';
    ['UBND TỈNH KHÁNH HÒA', 'SỞ NỘI VỤ'] -> 'Sở Nội vụ tỉnh Khánh Hòa';
    ['HĐND PHƯỜNG CẦU KHO', 'BAN KINH TẾ - XÃ HỘI'] -> 'Ban Kinh tế – Xã hội HĐND phường Cầu Kho'."""
    groups: list[str] = []
    for cell in cells:
        cell = " ".join(cell.split())
        if groups and territory_regex().match(cell):
            groups[-1] = f"{groups[-1]} {cell}"
        else:
            groups.append(cell)
    if not groups:
        return None
    last = display_name(groups[-1])
    if len(groups) == 1:
        return last
    parent = display_name(groups[-2])
    p = parse_unit(last)
    if p.committee is not None and p.body is None:
        return f"{last} {parent}"
    if p.territory is None and p.body is not None and p.body.named and not p.body_name:
        # an office without a name of its own ('VĂN PHÒNG' under 'ỦY BAN NHÂN DÂN /
        # TỈNH LÀO CAI') is that body's office: 'Văn phòng Ủy ban nhân dân tỉnh Lào Cai'
        return f"{last} {parent}"
    if p.territory is None and (p.body is not None and p.body.named
                                or p.body is None and p.committee is None):
        # a department ('Sở Nội vụ') or a body outside the vocabulary ('Đoàn kiểm tra
        # CCHC') under a territorial parent takes the parent's territory; under a parent
        # without a territory (a ministry: 'BỘ NỘI VỤ / VỤ CẢI CÁCH HÀNH CHÍNH') it is
        # named with its parent: 'Vụ Cải cách hành chính Bộ Nội vụ'
        pp = parse_unit(parent)
        if pp.territory is not None and pp.proper:
            return f"{last} {pp.territory.canonical} {pp.proper}"
        if pp.territory is None and pp.committee is None:
            return f"{last} {parent}"
    return last


def canonical_committees(text: str) -> str:
    """Council committee names in their canonical spelling ('Ban Kinh tế - xã hội' ->
    'Ban Kinh tế – Xã hội'), so that names read from legacy encodings or OCR, which
    lose the en dash, compare equal to the same name elsewhere."""
    return kind_regex("committee").sub(lambda m: _which("committee", m).canonical, text)

