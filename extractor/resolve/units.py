"""Issuing units: canonical keys, levels, and where a unit sits (district, province).

Vocabulary (bodies, level words, council committees) is data in rules/units.yaml; the
administrative lists are the offline old-to-new mapping that underthesea ships (the 63
provinces, their districts and communes before 1 July 2025, and what each commune
became). Archives predate the 2025 reorganisation, so units resolve to their *old*
record and `Unit.new_name` says what they became when the mapping knows.

- `unit_key(name)`: canonical comparison key; aliases compare equal
  ("UBND phường Trần Phú" == "Uỷ ban nhân dân Phường Trần Phú", "TP." == "thành phố").
- `resolve_unit(name, context)`: a `Unit` with level, name, district, province,
  key and new_name. `context` is any text around the name (the header, "của UBND thị xã
  Phú Mỹ") used to choose between units of the same name in different places.
- `unit_aliases(unit)`: fold()ed keys a query may use for the unit, new name included.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from extractor.model import Unit
from extractor.normalize import fold
from extractor.vocab import load_rules


_DASH = regex.compile(r"\s*[-–—−‐‑]\s*")
# A proper name: capitalised words or a number ("Quận 1"), joined by spaces or dashes.
PROPER = (r"(?:\d+[A-Za-z]?|\p{Lu}[\p{L}\p{M}]*)"
          r"(?:(?:[ \t]*[-–][ \t]*|[ \t]+)(?:\p{Lu}[\p{L}\p{M}]*|\d+)){0,4}")


def _alias_pattern(alias: str, initial_upper: bool = False) -> str:
    """Alias as a whole-word pattern (spaces and dashes loose). With initial_upper the
    first letter must be a capital even inside case-insensitive matching ("Sở Nội vụ",
    never the "sở" of "cơ sở")."""
    if initial_upper and alias[:1].isalpha():
        first = regex.escape(alias[0].upper())
        return r"(?<![\p{L}\p{M}\d])(?-i:" + first + ")" + _alias_pattern(alias[1:])[len(r"(?<![\p{L}\p{M}\d])"):]
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
    return r"(?<![\p{L}\p{M}\d])" + pat + tail


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
    return regex.compile("(?i:" + "|".join(_alias_pattern(a, v.named) for a in alts) + ")")


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
        inner = "|".join(_alias_pattern(a, v.named) for a in sorted(v.aliases, key=len, reverse=True))
        alts.append(f"(?P<{kind[0]}{i}>{inner})")
    return regex.compile("(?i:" + "|".join(alts) + ")")


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
    """'TÓC TIÊN' / 'Tóc tiên' -> 'Tóc Tiên' (each word capitalised, dashes kept)."""
    return regex.sub(r"[\p{L}\p{M}]+", lambda m: m.group()[:1].upper() + m.group()[1:].lower(),
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
    pat = regex.compile("|".join(_alias_pattern(a) for a in alts))
    return pat, mapping


def _dash_fold(text: str) -> str:
    return _DASH.sub("-", fold(text))


def unit_key(name: str) -> str:
    """Canonical comparison key: fold()ed, aliases expanded, dashes unified."""
    s = _dash_fold(name)
    pat, mapping = _alias_map()
    s = pat.sub(lambda m: mapping.get(_dash_fold(m.group()), m.group()), s)
    s = regex.sub(r"[\s.,;:]+$", "", s)
    return " ".join(s.split())


# ---------------------------------------------------------------------------------
# administrative lists (offline, from underthesea's address mapping)

_WARD_LEVELS = ("thị trấn", "phường", "xã")
_DISTRICT_LEVELS = ("thành phố", "thị xã", "huyện", "quận")
_PROVINCE_LEVELS = ("thành phố", "tỉnh")


def _split_level(name: str, levels: tuple[str, ...]) -> tuple[str, str]:
    low = name.lower()
    for lv in levels:
        if low.startswith(lv + " "):
            return lv, name[len(lv) + 1:].strip()
    return "", name.strip()


@dataclass
class AdminIndex:
    wards: dict[tuple[str, str], list[dict]]
    districts: dict[str, list[tuple[str, str, str]]]  # proper key -> (level, proper, province key)
    provinces: dict[str, tuple[str, str]]  # proper key -> (province key, short name)
    province_short: dict[str, str]  # province key -> short name
    province_level: dict[str, str]  # province key -> "tỉnh"|"thành phố"
    new_province: dict[str, str]  # old key -> new display name


def _mapping_path() -> Optional[Path]:
    """underthesea's offline mapping file, found without importing underthesea (its
    import costs ~2 s); the same file `underthesea.address.convert_address` reads."""
    import importlib.util
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None  # pragma: no cover - underthesea missing
    for base in spec.submodule_search_locations:
        path = Path(base) / "address" / "data" / "mapping.json"
        if path.exists():
            return path
    return None


@lru_cache(maxsize=1)
def admin_index() -> Optional[AdminIndex]:
    path = _mapping_path()
    if path is None or not path.exists():
        return None
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    wards: dict[tuple[str, str], list[dict]] = {}
    districts: dict[str, list[tuple[str, str, str]]] = {}
    seen_d: set[tuple[str, str]] = set()
    for r in data["ward_mapping"]:
        lv, proper = _split_level(r["old_ward"], _WARD_LEVELS)
        wards.setdefault((lv, fold(proper)), []).append(r)
        dk = (r["old_province_key"], r["old_district_key"])
        if dk not in seen_d:
            seen_d.add(dk)
            dlv, dproper = _split_level(r["old_district"], _DISTRICT_LEVELS)
            districts.setdefault(fold(dproper), []).append((dlv, dproper, r["old_province_key"]))
    provinces: dict[str, tuple[str, str]] = {}
    short: dict[str, str] = {}
    plevel: dict[str, str] = {}
    for key, info in data["old_province_names"].items():
        provinces[fold(info["short"])] = (key, info["short"])
        provinces[_dash_fold(info["short"])] = (key, info["short"])
        short[key] = info["short"]
        plevel[key] = _split_level(info["name"], _PROVINCE_LEVELS)[0] or "tỉnh"
    new_prov: dict[str, str] = {}
    for old, new in data["province_mapping"].items():
        info = data["province_names"].get(new, {})
        new_prov[old] = _lower_level(info.get("name", ""), _PROVINCE_LEVELS)
    return AdminIndex(wards, districts, provinces, short, plevel, new_prov)


def _lower_level(name: str, levels: tuple[str, ...]) -> str:
    lv, proper = _split_level(name, levels)
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


def _nk(text: str) -> str:
    return _dash_fold(text)


def _locate(level_word: str, proper: str, context: str) -> dict:
    """District/province/new name of a territory, using the lists and the context."""
    idx = admin_index()
    out: dict = {"level": None, "district": None, "province": None, "new_name": None}
    if idx is None:
        return out
    mentions = territory_mentions(context) if context else []
    ctx_proper = {_nk(pr): (lv, pr) for lv, pr in mentions}
    pkey = _nk(proper)

    def province_display(prov_key: str) -> str:
        short = idx.province_short[prov_key]
        got = ctx_proper.get(_nk(short))
        return _proper_display(got[1]) if got else short

    if level_word in _WARD_LEVELS:
        recs = idx.wards.get((level_word, fold(proper)), [])
        groups: dict[tuple[str, str], list[dict]] = {}
        for r in recs:
            groups.setdefault((r["old_province_key"], r["old_district_key"]), []).append(r)
        chosen = None
        if len(groups) == 1:
            chosen = next(iter(groups.values()))
        elif groups:
            def score(g: list[dict]) -> int:
                r = g[0]
                _, dproper = _split_level(r["old_district"], _DISTRICT_LEVELS)
                s = 2 if _nk(dproper) in ctx_proper else 0
                return s + (1 if _nk(idx.province_short[r["old_province_key"]]) in ctx_proper else 0)
            ranked = sorted(groups.values(), key=score, reverse=True)
            if score(ranked[0]) > 0 and (len(ranked) == 1 or score(ranked[0]) > score(ranked[1])):
                chosen = ranked[0]
        out["level"] = "xã"
        if chosen:
            r = next((x for x in chosen if x.get("is_default")), chosen[0])
            dlv, dproper = _split_level(r["old_district"], _DISTRICT_LEVELS)
            got = ctx_proper.get(_nk(dproper))
            out["district"] = (f"{got[0]} {_proper_display(got[1])}" if got and got[0] in _DISTRICT_LEVELS
                               else f"{dlv} {dproper}".strip())
            out["province"] = province_display(r["old_province_key"])
            ward = _lower_level(r["new_ward"], _WARD_LEVELS)
            out["new_name"] = f"{ward}, {idx.new_province.get(r['old_province_key'], '')}".strip(", ")
        return out
    # a province (tỉnh X, or a centrally-run thành phố X)
    prov = idx.provinces.get(pkey)
    if prov and (level_word == "tỉnh" or (level_word == "thành phố"
                                         and idx.province_level[prov[0]] == "thành phố")):
        out["level"] = "tỉnh"
        out["province"] = province_display(prov[0])
        new = idx.new_province.get(prov[0])
        if new and _nk(_split_level(new, _PROVINCE_LEVELS)[1]) != _nk(prov[1]):
            out["new_name"] = new
        return out
    if level_word in _DISTRICT_LEVELS:
        out["level"] = "huyện"
        cands = idx.districts.get(fold(proper), [])
        provs = {c[2] for c in cands}
        if len(provs) > 1:
            provs = {p for p in provs if _nk(idx.province_short[p]) in ctx_proper} or provs
        if len(provs) == 1:
            out["province"] = province_display(next(iter(provs)))
        return out
    if level_word == "tỉnh":
        out["level"] = "tỉnh"
        out["province"] = proper
    return out


def resolve_unit(name: str, context: Optional[str] = None) -> Unit:
    """Canonical Unit for an issuer name ("UBND phường Trần Phú", "Sở Nội vụ tỉnh X")."""
    name = " ".join((name or "").split())
    p = parse_unit(name)
    loc: dict = {}
    if p.territory is not None and p.proper:
        loc = _locate(p.territory.canonical, p.proper, f"{name}\n{context or ''}")
    level = loc.get("level") or (p.territory.level if p.territory else None)
    territory = f"{p.territory.canonical} {p.proper}" if p.territory and p.proper else None
    council = None
    if p.body is not None and p.body.canonical == "Hội đồng nhân dân":
        council = " ".join(x for x in ("Hội đồng nhân dân", territory or
                                       (p.territory.canonical if p.territory else None)) if x)
    if p.committee is not None:
        unit_name = " ".join(x for x in (p.committee.canonical, council) if x)
        level = "ban"
    elif council:
        unit_name, level = council, "hđnd"
    elif p.body is not None and p.body.named:
        unit_name = " ".join(x for x in (p.body.canonical, p.body_name, territory) if x)
        level = p.body.level
    elif territory:
        unit_name = territory
    else:
        unit_name = name or None
    district = loc.get("district")
    province = loc.get("province")
    unit = Unit(name=unit_name, level=level, district=district, province=province,
                key=unit_key(unit_name) if unit_name else None, new_name=loc.get("new_name"))
    return unit


def unit_aliases(unit: Unit) -> set[str]:
    """fold()ed keys under which a query may find the unit: its own name, the name
    with the people's committee in front, and the name it took from 2025-07-01."""
    keys: set[str] = set()
    if unit.name:
        keys.add(unit_key(unit.name))
        if unit.level in ("xã", "huyện", "tỉnh"):
            keys.add(unit_key("Ủy ban nhân dân " + unit.name))
    if unit.new_name:
        keys.add(unit_key(unit.new_name))
        first = unit.new_name.split(",")[0]
        keys.add(unit_key(first))
        if unit.level in ("xã", "huyện", "tỉnh"):
            keys.add(unit_key("Ủy ban nhân dân " + first))
    return keys


# ---------------------------------------------------------------------------------
# unit phrases in running text, and readable names for header cells

def _alts(kind: str, named: Optional[bool] = None) -> str:
    pats = []
    for v in _of_kind(kind):
        if named is not None and v.named != named:
            continue
        pats.extend(_alias_pattern(a, v.named) for a in sorted(v.aliases, key=len, reverse=True))
    return "(?i:" + "|".join(pats) + ")"


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
            k = _nk(proper)
            n, shown = counts.get(k, (0, " ".join(proper.split())))
            counts[k] = (n + 1, shown)
    if not counts:
        return phrase
    if place and _nk(place) in counts:
        return f"{phrase} {counts[_nk(place)][1]}"
    best = sorted(counts.values(), key=lambda t: -t[0])
    if len(best) > 1 and best[0][0] == best[1][0]:
        return phrase
    return f"{phrase} {best[0][1]}"


_TOKEN = None


def display_name(text: str) -> str:
    """Readable form of an upper-case header cell: 'ỦY BAN NHÂN DÂN' -> 'Ủy ban nhân
    dân', 'XÃ TÓC TIÊN' -> 'xã Tóc Tiên', 'SỞ NỘI VỤ' -> 'Sở Nội vụ'. Text that is
    not upper case is returned as written (whitespace collapsed)."""
    text = " ".join(text.split())
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return text
    tok = regex.compile("|".join([
        r"(?P<c>" + _alts("committee") + ")",
        r"(?P<t>" + territory_regex().pattern + ")",
        r"(?P<b>" + _alts("body") + ")"]))
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
    if p.territory is None and (p.body is not None and p.body.named
                                or p.body is None and p.committee is None):
        # a department ('Sở Nội vụ') or a body outside the vocabulary ('Đoàn kiểm tra
        # CCHC') under a territorial parent takes the parent's territory
        pp = parse_unit(parent)
        if pp.territory is not None and pp.proper:
            return f"{last} {pp.territory.canonical} {pp.proper}"
    return last


def canonical_committees(text: str) -> str:
    """Council committee names in their canonical spelling ('Ban Kinh tế - xã hội' ->
    'Ban Kinh tế – Xã hội'), so that names read from legacy encodings or OCR, which
    lose the en dash, compare equal to the same name elsewhere."""
    return kind_regex("committee").sub(lambda m: _which("committee", m).canonical, text)
