"""Resolving units: where a unit sits (district, province) and what it became.

The administrative lists are the offline old-to-new mapping that underthesea ships (the
63 provinces, their districts and communes before 1 July 2025, and what each commune
became). Archives predate the 2025 reorganisation, so units resolve to their *old* record
and `Unit.new_name` says what they became when the mapping knows. The phrase grammar and
keys are extractor.grammar.units.

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

from extractor.grammar.units import (DISTRICT_LEVELS as _DISTRICT_LEVELS,
                                     PROVINCE_LEVELS as _PROVINCE_LEVELS,
                                     WARD_LEVELS as _WARD_LEVELS, _dash_fold, parse_unit,
                                     _proper_display, lower_level as _lower_level, name_key as _nk,
                                     split_level as _split_level, territory_mentions, unit_key)
from extractor.model import Unit
from extractor.normalize import fold

# ---------------------------------------------------------------------------------
# administrative lists (offline, from underthesea's address mapping)




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


def figure_unit(name: Optional[str], context: Optional[str] = None) -> Optional[Unit]:
    """The unit a score's subject or a statistic's scope names, when it names one
    ("xã Tóc Tiên", "Sở Nội vụ"); a level ("UBND cấp xã") or a bare "UBND thành phố"
    names none, and the figure stays with the reporting document's unit."""
    if not name:
        return None
    from extractor.grammar.units import parse_unit
    p = parse_unit(name)
    if (p.territory and p.proper) or (p.body and p.body.named and p.body_name):
        return resolve_unit(name, context)
    return None


def bare_level(name: Optional[str]) -> Optional[str]:
    """The territory level a subject names when it is nothing but a level word ("tỉnh",
    "huyện" of "Chỉ số PAPI của tỉnh đạt ..."), else None."""
    if not name:
        return None
    from extractor.grammar.units import kind_regex, territory_regex, _which
    text = " ".join(name.split())
    m = kind_regex("territory").fullmatch(text)
    if m and not territory_regex().match(text):
        return _which("territory", m).canonical
    return None


def named_level(name: Optional[str]) -> Optional[str]:
    """The level of a subject that names a territory with its proper name ("tỉnh Quảng
    Bình" -> "tỉnh"), else None."""
    if not name:
        return None
    from extractor.grammar.units import territory_regex, _which
    m = territory_regex().match(" ".join(name.split()))
    return _which("territory", m).canonical if m else None


def resolve_bare_levels(subjects: list[tuple[tuple[int, int], Optional[str]]],
                        own: Optional[Unit]) -> list[Optional[str]]:
    """Linking within a document: a subject that is a bare level word ("của tỉnh")
    refers to the last unit of that level named before it ("tỉnh Quảng Bình đạt 86,92%
    ... Chỉ số PAPI năm 2023 của tỉnh đạt 43,18 điểm"), else to the document's own unit
    when it is of that level; otherwise it stays as written. `subjects` are (position,
    subject) in any order; the answer keeps that order."""
    order = sorted(range(len(subjects)), key=lambda i: subjects[i][0])
    last: dict[str, str] = {}
    out = [s for _, s in subjects]
    for i in order:
        subject = subjects[i][1]
        level = named_level(subject)
        if level:
            last[level] = " ".join(subject.split())
            continue
        level = bare_level(subject)
        if level is None:
            continue
        if level in last:
            out[i] = last[level]
        elif own is not None and own.level == level and own.name:
            out[i] = own.name
    return out


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


