"""Arithmetic the report states and can be checked: parts against wholes, stated rates
against their counts, scores against maxima and totals.

Rules (ids of the extract format): sum-mismatch, rate-mismatch, score-exceeds-max, and
rank-exceeds-total (new). Severity: a contradiction of an identity the text itself states
("trong đó", "gồm") is an error; a gap where the text never claims the parts make the
whole is a warning; a rate that is the exact value truncated instead of rounded is info.
Messages are templates in rules/figures.yaml (kind: message), Vietnamese first.
"""
from __future__ import annotations

import math
from dataclasses import fields, replace
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache
from typing import Any, Iterable, Optional

import regex

from extractor.model import DossierStat, Extraction, Finding, Score, Span
from extractor.normalize import strip_marks
from extractor.vocab import load_rules

EPS = Decimal("0.000001")


# ---- formatting -----------------------------------------------------------------------

def _dec(x: Any) -> Decimal:
    return Decimal(str(x))


def _places(x: Any) -> int:
    exp = _dec(x).normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def fmt_vi(x: Any, places: Optional[int] = None) -> str:
    """58053 -> '58.053', 97.95 -> '97,95' (Vietnamese separators)."""
    return fmt_en(x, places).replace(",", "\0").replace(".", ",").replace("\0", ".")


def _quantize(d: Decimal, places: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    """d rounded to `places` decimals, with enough precision for any digit count (a
    40-digit figure must not raise decimal.InvalidOperation)."""
    if not d.is_finite():
        return d
    with localcontext() as ctx:
        ctx.prec = max(28, d.adjusted() + places + 2)
        return d.quantize(Decimal(1).scaleb(-places), rounding=rounding)


def fmt_en(x: Any, places: Optional[int] = None) -> str:
    d = _dec(x)
    if not d.is_finite():
        return str(x)
    if places is None:
        places = _places(d)
    return f"{_quantize(d, places):,.{places}f}"


# ---- templates ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    msgs, labels = {}, {}
    for e in load_rules("figures").entries:
        d = e.model_dump()
        if d.get("kind") == "message":
            msgs[str(d["key"])] = d
        elif d.get("kind") == "field_label":
            labels[str(d["key"])] = d
    return msgs, labels


def _label(field: str, lang: str) -> str:
    return _vocab()[1].get(field, {}).get(lang, field)


def _finding(rule: str, variant: str, severity: str, evidence: list[Span],
             suggestion: Optional[str] = None, **values: Any) -> Finding:
    t = _vocab()[0][f"{rule}/{variant}"]
    return Finding(rule=rule, severity=severity,
                   message=" ".join(t["message"].format(**values).split()),
                   message_en=" ".join(t["message_en"].format(**values).split()),
                   evidence=evidence,
                   suggestion=suggestion)


def _span_of(obj: Any) -> Span:
    return Span(obj.page, obj.start, obj.end, obj.text)


# ---- rates ----------------------------------------------------------------------------

def rate_status(stated: Any, part: Any, total: Any) -> tuple[str, Decimal, Decimal]:
    """('ok'|'truncated'|'mismatch', exact %, exact rounded to the stated decimals).
    The stated rate matches when it is the exact rate rounded to as many decimals as the
    text gives; 'truncated' when only cutting the digits gives it."""
    exact = _dec(part) * 100 / _dec(total)
    places = _places(stated)
    rounded = _quantize(exact, places)
    if abs(rounded - _dec(stated)) <= EPS:
        return "ok", exact, rounded
    if abs(_quantize(exact, places, ROUND_DOWN) - _dec(stated)) <= EPS:
        return "truncated", exact, rounded
    return "mismatch", exact, rounded


def _rate_severity(exact: Decimal, stated: Decimal) -> str:
    """A stated rate off by more than half a point is an error; so is one off by more
    than 0.2 points when that is over a tenth of the rate itself ("quá hạn ... chiếm 1,5%"
    for 2,0%: small rates are where a slip changes the meaning). Nearer: a warning."""
    diff = abs(exact - stated)
    if diff > Decimal("0.5") or (diff > Decimal("0.2") and diff > abs(exact) / 10):
        return "error"
    return "warning"


def _rate_finding(what_vi: str, what_en: str, stated: Any, part: Any, total: Any,
                  evidence: list[Span], status: str, exact: Decimal, rounded: Decimal,
                  stated_base: bool = False) -> Finding:
    """stated_base: the text names the rate's denominator ("trên tổng số hồ sơ đã giải
    quyết"), so the rate is an identity the text states and any mismatch beyond rounding
    contradicts it (an error); otherwise _rate_severity weighs the gap, since the report may
    have divided by a count it does not give."""
    places = _places(stated)
    values = dict(what_vi=what_vi, what_en=what_en,
                  stated=fmt_vi(stated, places), stated_n=fmt_en(stated, places),
                  part=fmt_vi(part), part_n=fmt_en(part), total=fmt_vi(total), total_n=fmt_en(total),
                  exact=fmt_vi(exact, places + 2), exact_n=fmt_en(exact, places + 2),
                  rounded=fmt_vi(rounded, places), rounded_n=fmt_en(rounded, places))
    if status == "truncated":
        return _finding("rate-mismatch", "truncated", "info", evidence,
                        suggestion=fmt_vi(rounded, places) + "%", **values)
    severity = "error" if stated_base else _rate_severity(exact, _dec(stated))
    return _finding("rate-mismatch", "mismatch", severity, evidence,
                    suggestion=fmt_vi(rounded, places) + "%", **values)


# ---- dossier statistics ---------------------------------------------------------------

def _ev(stat: DossierStat, *fields: str) -> list[Span]:
    spans = [stat.evidence[f] for f in fields if f in stat.evidence]
    return spans or [_span_of(stat)]


def _ev_base(stat: DossierStat, rate_field: str) -> list[Span]:
    """The words naming a rate's denominator ("trên tổng số hồ sơ đến hạn"), when stated."""
    span = stat.evidence.get(rate_field + "/base")
    return [span] if span is not None else []


def _scope_values(stat: DossierStat) -> dict[str, str]:
    scope = stat.scope or "Số liệu hồ sơ"
    if stat.period:  # "năm 2021 (đến 15/9/2021)" -> "(năm 2021, đến 15/9/2021)"
        scope = f"{scope} ({stat.period.replace(' (', ', ').replace(')', '')})"
    return {"scope": scope, "scope_en": scope if stat.scope else "Dossier figures"}


def _sum_check(stat: DossierStat, whole: str, parts: list[str]) -> Optional[Finding]:
    w = getattr(stat, whole)
    vals = [getattr(stat, p) for p in parts]
    if w is None or any(v is None for v in vals):
        return None
    total = sum(_dec(v) for v in vals)
    if abs(total - _dec(w)) <= EPS:
        return None
    severity = "error" if stat.claims_total else "warning"
    diff = _dec(w) - total
    expr = " + ".join(fmt_vi(v) for v in vals)
    expr_n = " + ".join(fmt_en(v) for v in vals)
    return _finding("sum-mismatch", "dossier", severity, _ev(stat, whole, *parts),
                    suggestion=fmt_vi(total),
                    whole_vi=_label(whole, "vi"), whole_en=_label(whole, "en"),
                    parts_vi=" + ".join(_label(p, "vi") for p in parts),
                    parts_en=" + ".join(_label(p, "en") for p in parts),
                    whole=fmt_vi(w), whole_n=fmt_en(w), total=fmt_vi(total), total_n=fmt_en(total),
                    expr=expr, expr_n=expr_n, diff=fmt_vi(diff), diff_n=fmt_en(diff),
                    **_scope_values(stat))


def _present(stat: DossierStat, *fields: str) -> bool:
    return all(getattr(stat, f) is not None for f in fields)


def check_dossier(stat: DossierStat) -> list[Finding]:
    out: list[Finding] = []
    # resolved = early + on time + late (early is often counted inside "on time")
    if _present(stat, "resolved", "resolved_on_time", "resolved_late"):
        parts = ["resolved_on_time", "resolved_late"]
        # when early is stated too, accept "on time" either with or without it
        if stat.resolved_early is not None and _sum_check(stat, "resolved", parts) is not None:
            parts = ["resolved_early"] + parts
        f = _sum_check(stat, "resolved", parts)
        if f:
            out.append(f)
    # pending = pending on time + pending overdue
    f = _sum_check(stat, "pending", ["pending_on_time", "pending_overdue"])
    if f:
        out.append(f)
    # to_resolve = resolved + pending (each possibly given only by its parts)
    if stat.to_resolve is not None:
        res = (["resolved"] if stat.resolved is not None else
               [p for p in ("resolved_early", "resolved_on_time", "resolved_late")
                if getattr(stat, p) is not None]
               if _present(stat, "resolved_on_time", "resolved_late") else None)
        pen = (["pending"] if stat.pending is not None else
               ["pending_on_time", "pending_overdue"]
               if _present(stat, "pending_on_time", "pending_overdue") else None)
        if res and pen:
            f = _sum_check(stat, "to_resolve", res + pen)
            if f:
                out.append(f)
        # to_resolve = received (new) + carried over
        f = _sum_check(stat, "to_resolve", ["received", "carried_over"])
        if f:
            out.append(f)
    # received = online + in person/post (+ carried over when the report counts it in)
    if _present(stat, "received", "online", "in_person"):
        parts = ["online", "in_person"]
        if stat.carried_over is not None and _sum_check(stat, "received", parts) is not None:
            parts = parts + ["carried_over"]
        f = _sum_check(stat, "received", parts)
        if f:
            out.append(f)
    # a part larger than its whole
    for part, whole in (("online", "received"), ("in_person", "received"),
                        ("resolved", "to_resolve"),
                        ("pending", "to_resolve"), ("resolved_late", "resolved"),
                        ("resolved_on_time", "resolved")):
        p, w = getattr(stat, part), getattr(stat, whole)
        if p is not None and w is not None and _dec(p) > _dec(w) + EPS:
            out.append(_finding("sum-mismatch", "exceeds", "error", _ev(stat, part, whole),
                                part_vi=_label(part, "vi"), part_en=_label(part, "en"),
                                whole_vi=_label(whole, "vi"), whole_en=_label(whole, "en"),
                                part=fmt_vi(p), part_n=fmt_en(p), whole=fmt_vi(w), whole_n=fmt_en(w),
                                **_scope_values(stat)))
    # stated rates against their counts; any usual denominator that fits is accepted
    on_time_nums = [["resolved_on_time"], ["resolved_early", "resolved_on_time"]]
    rate_defs = {
        "resolved_rate": ([["resolved"]], ["to_resolve", "received"]),
        # some reports state rates against the dossiers due in the period (đến hạn)
        "on_time_rate": (on_time_nums, ["resolved", "to_resolve", "due"]),
        "late_rate": ([["resolved_late"]], ["resolved", "to_resolve", "due"]),
        "early_rate": ([["resolved_early"]], ["resolved", "to_resolve", "due"]),
        "returned_rate": ([["returned"]], ["received", "to_resolve"]),
        # online_rate only against a denominator the text states: reports divide by the
        # dossiers of procedures offered online (level 3/4), a count they seldom state
        "online_rate": ([["online"]], []),
    }
    for rate_field, (numerators, denominators) in rate_defs.items():
        stated = getattr(stat, rate_field)
        if stated is None:
            continue
        base = stat.rate_bases.get(rate_field)
        if base is not None:
            # the text names the denominator ("trên tổng số hồ sơ đến hạn"): that one only,
            # even when another count would fit; unchecked when the text does not give it
            denominators = [base]
        tried = []
        for num in numerators:
            if not _present(stat, *num):
                continue
            part = sum(_dec(getattr(stat, n)) for n in num)
            for den in denominators:
                total = getattr(stat, den)
                if total in (None, 0):
                    continue
                status, exact, rounded = rate_status(stated, part, total)
                tried.append((status, part, total, exact, rounded, num, den))
        if not tried or any(t[0] == "ok" for t in tried):
            continue
        best = next((t for t in tried if t[0] == "truncated"), tried[0])
        status, part, total, exact, rounded, num, den = best
        what_vi = f"{(stat.scope or 'Số liệu hồ sơ')}: {_label(rate_field, 'vi')}"
        what_en = f"{(stat.scope or 'Dossier figures')}: {_label(rate_field, 'en')}"
        if base is not None:  # "tỷ lệ đúng hạn (trên hồ sơ đến hạn)"
            what_vi += f" (trên {_label(base, 'vi')})"
            what_en += f" (of {_label(base, 'en')})"
        out.append(_rate_finding(what_vi, what_en, stated, part, total,
                                 _ev(stat, rate_field, *num, den) + _ev_base(stat, rate_field),
                                 status, exact, rounded, stated_base=base is not None))
    return out


# ---- scores -----------------------------------------------------------------------------

def _tolerance(values: Iterable[Any]) -> Decimal:
    vals = list(values)
    places = max((_places(v) for v in vals), default=0)
    return Decimal(len(vals)) * Decimal("0.5") * Decimal(1).scaleb(-places) + EPS


def check_scores(scores: list[Score]) -> list[Finding]:
    out: list[Finding] = []
    for s in scores:
        if s.value is not None and s.max is not None and _dec(s.value) > _dec(s.max) + EPS:
            out.append(_finding("score-exceeds-max", "criterion", "error", [_span_of(s)],
                                criterion=s.criterion or s.indicator, value=fmt_vi(s.value),
                                value_n=fmt_en(s.value), max=fmt_vi(s.max), max_n=fmt_en(s.max)))
        if s.unit == "%" and s.value is not None and _dec(s.value) > 100:
            out.append(_finding("score-exceeds-max", "percent", "error", [_span_of(s)],
                                indicator=s.index_name or s.indicator, value=fmt_vi(s.value),
                                value_n=fmt_en(s.value)))
        if s.rank is not None and s.rank_total is not None and s.rank > s.rank_total:
            out.append(_finding("rank-exceeds-total", "rank", "error", [_span_of(s)],
                                rank=s.rank, rank_total=s.rank_total))
    # criterion scores against the stated total and maxima against 100, per (year, subject)
    groups: dict[tuple, list[Score]] = {}
    for s in scores:
        if s.indicator == "PAR_INDEX_CRITERION" and s.value is not None:
            groups.setdefault((s.year,), []).append(s)
    for (year,), crit in groups.items():
        if len(crit) < 2:
            continue
        of_year = f" năm {year}" if year else ""
        of_year_en = f" for {year}" if year else ""
        totals = [s for s in scores if s.indicator == "PAR_INDEX" and s.value is not None
                  and s.unit in (None, "điểm") and (year is None or s.year in (None, year))]
        maxima = [s.max for s in crit]
        complete = all(m is not None for m in maxima) and abs(sum(_dec(m) for m in maxima) - 100) <= EPS
        total_sum = sum(_dec(s.value) for s in crit)
        sum_ok = None
        if totals:
            t = totals[0]
            diff = _dec(t.value) - total_sum
            sum_ok = abs(diff) <= _tolerance([s.value for s in crit] + [t.value])
            if not sum_ok:
                severity = "error" if complete else "warning"
                out.append(_finding("sum-mismatch", "criteria", severity,
                                    [_span_of(t)] + [_span_of(s) for s in crit],
                                    suggestion=fmt_vi(total_sum), n=len(crit),
                                    of_year=of_year, of_year_en=of_year_en,
                                    total=fmt_vi(total_sum), total_n=fmt_en(total_sum),
                                    whole=fmt_vi(t.value), whole_n=fmt_en(t.value),
                                    diff=fmt_vi(diff), diff_n=fmt_en(diff)))
        if all(m is not None for m in maxima):
            max_sum = sum(_dec(m) for m in maxima)
            if max_sum > 100 + EPS or (sum_ok and abs(max_sum - 100) > EPS):
                out.append(_finding("sum-mismatch", "maxima", "warning",
                                    [_span_of(s) for s in crit], n=len(crit),
                                    of_year=of_year, of_year_en=of_year_en,
                                    total=fmt_vi(max_sum), total_n=fmt_en(max_sum)))
    return out


# ---- entry point --------------------------------------------------------------------------

def _finite_only(fact: Any) -> Any:
    """The fact with every non-finite float (a figure beyond float range read as inf)
    set to None: such a figure cannot be checked, and inf - inf has no value. Facts
    without one are returned as they are."""
    bad = {f.name: None for f in fields(fact)
           if isinstance(getattr(fact, f.name), float) and not math.isfinite(getattr(fact, f.name))}
    return replace(fact, **bad) if bad else fact


_WHOLE_SCOPE = regex.compile(r"^(?:trên )?(?:toàn|địa bàn) (?:tỉnh|huyện|thành phố|thị xã|quận)\b", regex.I)
_LEVEL_SCOPE = regex.compile(r"^cấp (tỉnh|huyện|xã)\b", regex.I)
# a whole named as its territory ("tỉnh Quảng Trị", the find stage's name for "toàn tỉnh")
_TERRITORY_SCOPE = regex.compile(r"^(tỉnh|thành phố|huyện|quận|thị xã)\s+\p{Lu}", regex.I)


def _whole_of(group: list[DossierStat], levels: set[str]) -> Optional[tuple[DossierStat, bool]]:
    """The one whole of a period's figures and whether it is a province's: a "toàn tỉnh" /
    "toàn huyện" scope, else the one territory at the top level the levels reach (a
    province when "cấp tỉnh" is among them, else a district)."""
    wholes = [st for st in group if st.scope and _WHOLE_SCOPE.match(st.scope)]
    if len(wholes) == 1:
        return wholes[0], "tỉnh" in wholes[0].scope.lower()
    if wholes:
        return None
    province = "tỉnh" in levels
    named = [st for st in group if st.scope and (m := _TERRITORY_SCOPE.match(st.scope))
             and (m.group(1).lower() in ("tỉnh", "thành phố") if province
                  else m.group(1).lower() != "tỉnh")]
    return (named[0], province) if len(named) == 1 else None
_LEVEL_FIELDS = ("received", "to_resolve", "resolved", "resolved_on_time", "resolved_late",
                 "pending")


def check_levels(stats: list[DossierStat]) -> list[Finding]:
    """Parts against a whole across levels: the figures of "cấp tỉnh", "cấp huyện" and
    "cấp xã" against the whole province's ("toàn tỉnh") of the same period (a district's:
    "cấp huyện" and "cấp xã"), when the report gives the whole and every level. A warning (the report may count a
    dossier at two levels), an error when the text says the parts make up the whole."""
    out: list[Finding] = []
    by_period: dict[Optional[str], list[DossierStat]] = {}
    for st in stats:
        by_period.setdefault(st.period, []).append(st)
    for group in by_period.values():
        levels: dict[str, DossierStat] = {}
        for st in group:
            m = _LEVEL_SCOPE.match(st.scope or "")
            if m and m.group(1).lower() not in levels:
                levels[m.group(1).lower()] = st
        found = _whole_of(group, set(levels))
        if found is None:
            continue
        # the levels that make up the whole: a province's are the province's own bodies,
        # its districts and its communes; a district's, its own and its communes'
        whole, province = found
        need = {"tỉnh", "huyện", "xã"} if province else {"huyện", "xã"}
        if set(levels) != need:
            continue
        parts = list(levels.values())
        for field in _LEVEL_FIELDS:
            w = getattr(whole, field)
            vals = [getattr(p, field) for p in parts]
            if w is None or any(v is None for v in vals):
                continue
            total = sum(_dec(v) for v in vals)
            if abs(total - _dec(w)) <= EPS:
                continue
            diff = _dec(w) - total
            ev = [whole.evidence.get(field) or _span_of(whole)] + [p.evidence.get(field) or _span_of(p)
                                                                  for p in parts]
            out.append(_finding("sum-mismatch", "levels",
                                "error" if whole.claims_total else "warning", ev,
                                suggestion=fmt_vi(total), whole_vi=_label(field, "vi"),
                                whole_en=_label(field, "en"), whole=fmt_vi(w), whole_n=fmt_en(w),
                                parts=" + ".join(p.scope for p in parts),
                                parts_en=" + ".join(p.scope for p in parts),
                                total=fmt_vi(total), total_n=fmt_en(total),
                                expr=" + ".join(fmt_vi(v) for v in vals),
                                expr_n=" + ".join(fmt_en(v) for v in vals),
                                diff=fmt_vi(diff), diff_n=fmt_en(diff), **_scope_values(whole)))
    return out


# ---- parts against a whole across units -------------------------------------------------

# the count fields a whole is the sum of its units' (rates and "due" are not summed)
_UNIT_FIELDS = ("received", "carried_over", "online", "in_person", "to_resolve", "resolved",
                "resolved_early", "resolved_on_time", "resolved_late", "pending",
                "pending_on_time", "pending_overdue", "returned")
_OFFICE = r"(?:(?:UBND|Ủy ban nhân dân|Bộ phận (?:Một cửa|Tiếp nhận và Trả kết quả)|Trung tâm [^\d,;]{0,40}?)\s+)?"
# a named unit's level from its scope ("Xã A", "UBND huyện B", "Sở Tư pháp", "Lĩnh vực đất đai")
_PART_LEVELS = (
    (regex.compile(_OFFICE + r"(?:xã|phường|thị trấn)\s+(?-i:\p{Lu}|\d)", regex.I), "xã"),
    (regex.compile(_OFFICE + r"(?:huyện|quận|thị xã|thành phố)\s+(?-i:\p{Lu})", regex.I), "huyện"),
    (regex.compile(r"(?:Sở|Ban Quản lý)\s+(?-i:\p{Lu})|(?:Thanh tra tỉnh|Văn phòng (?:UBND|Ủy ban nhân dân) tỉnh)(?!\w)",
                   regex.I), "sở"),
    (regex.compile(r"lĩnh vực\s+\w", regex.I), "lĩnh vực"),
)
# a whole and the levels of the units it is made of
_WHOLE_LEVELS = (
    (regex.compile(r"(?:trên )?(?:toàn|địa bàn) tỉnh(?!\w)|tỉnh\s+(?-i:\p{Lu})", regex.I),
     {"huyện", "xã", "sở", "lĩnh vực"}),
    (regex.compile(r"(?:trên )?(?:toàn|địa bàn) (?:huyện|thị xã|quận)(?!\w)|"
                   r"(?:huyện|thị xã|quận)\s+(?-i:\p{Lu})", regex.I), {"xã", "lĩnh vực"}),
    (regex.compile(r"(?:trên )?(?:toàn|địa bàn) thành phố(?!\w)|thành phố\s+(?-i:\p{Lu})",
                   regex.I), {"huyện", "xã", "lĩnh vực"}),
    (regex.compile(r"(?:toàn|địa bàn) (?:xã|phường|thị trấn)(?!\w)", regex.I), {"lĩnh vực"}),
    (regex.compile(r"(?:(?:UBND|Ủy ban nhân dân)\s+)?(?:cấp xã|(?:tất cả\s+)?các\s+(?:xã|phường))(?!\w)",
                   regex.I), {"xã"}),
    (regex.compile(r"cấp tỉnh(?!\w)", regex.I), {"sở"}),
    (regex.compile(r"Sở\s+\w|(?:xã|phường|thị trấn)\s+(?-i:\p{Lu}|\d)", regex.I), {"lĩnh vực"}),
)
# a row that is no unit of its own: a breakdown ("- Trong đó: trực tuyến") or a subtotal
# ("Cộng cấp xã", "Tổng cấp huyện")
_SUB_ROW = regex.compile(r"^\s*(?:[-+•*]|trong đó|\(|gồm|bao gồm|cộng|tổng)", regex.I)
_UNITS_NAMED = regex.compile(r"(?<![\d.,])(\d{1,3})\s+(?:huyện|xã|phường|thị trấn|thị xã|quận|thành phố|"
                             r"đơn vị|địa phương|cơ quan|sở|lĩnh vực)(?!\w)", regex.I)
_RUN_REACH = 2000  # characters from a whole to the first of its units


def _part_level(scope: Optional[str]) -> Optional[str]:
    """The level of the named unit a scope is ("Xã A" -> "xã"), None for any other scope."""
    text = (scope or "").strip()
    return next((lv for pat, lv in _PART_LEVELS if pat.match(text)), None)


def _whole_levels(stat: DossierStat) -> set[str]:
    scope = (stat.scope or "").strip()
    for pat, levels in _WHOLE_LEVELS:
        if pat.match(scope):
            return levels
    return set()


def _names(parts: list[DossierStat]) -> str:
    names = [" ".join((p.scope or "").split()) for p in parts]
    return ", ".join(names) if len(names) <= 4 else ", ".join(names[:3]) + ", …, " + names[-1]


def _parts_finding(variant: str, severity: str, whole: DossierStat, parts: list[DossierStat],
                   field: str, label: str = "") -> Optional[Finding]:
    w = getattr(whole, field)
    vals = [getattr(p, field) for p in parts]
    total = sum(_dec(v) for v in vals)
    if abs(total - _dec(w)) <= EPS:
        return None
    exceeds = total > _dec(w)
    if variant == "units" and not exceeds:
        return None  # a shorter sum is flagged only where the text claims the list is complete
    if variant == "units" and exceeds:
        variant = "units-exceed"
    diff = _dec(w) - total
    ev = [whole.evidence.get(field) or _span_of(whole)] + [p.evidence.get(field) or _span_of(p)
                                                          for p in parts]
    expr = " + ".join(fmt_vi(v) for v in vals) if len(vals) <= 8 else f"{len(vals)} số"
    expr_n = " + ".join(fmt_en(v) for v in vals) if len(vals) <= 8 else f"{len(vals)} figures"
    return _finding("sum-mismatch", variant, severity, ev, suggestion=fmt_vi(total),
                    whole_vi=_label(field, "vi"), whole_en=_label(field, "en"),
                    whole=fmt_vi(w), whole_n=fmt_en(w), n=len(parts), parts=_names(parts),
                    total=fmt_vi(total), total_n=fmt_en(total), expr=expr, expr_n=expr_n,
                    diff=fmt_vi(abs(diff)), diff_n=fmt_en(abs(diff)),
                    label=" ".join(label.split()), **_scope_values(whole))


def _subtotals(values: list[Decimal]) -> list[int]:
    """The rows that are the sum of two or more rows right after them (a district's row
    over its communes') or right before them (a subtotal under its rows)."""
    out = []
    for i, v in enumerate(values):
        for step in (1, -1):
            run, k, n = Decimal(0), i + step, 0
            while 0 <= k < len(values):
                run += values[k]
                n += 1
                if n >= 2 and abs(run - v) <= EPS:
                    out.append(i)
                    break
                if run > v:
                    break
                k += step
            if out and out[-1] == i:
                break
    return out


def _counted_twice(values: list[Decimal], excess: Decimal) -> bool:
    """Whether rows adding up to more than the total do so because subtotal rows count
    their rows again: one subtotal, or all of them, is the excess."""
    subs = [values[i] for i in _subtotals(values)]
    return bool(subs) and (any(abs(v - excess) <= EPS for v in subs)
                           or abs(sum(subs) - excess) <= EPS)


# a table row standing for the whole: "Toàn phường", "Tổng toàn huyện"
_WHOLE_ROW = regex.compile(r"\s*(?:tổng\s+(?:cộng\s+)?)?toàn\s+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|"
                           r"phường|thị trấn)\s*$", regex.I)


def check_table_totals(stats: list[DossierStat]) -> list[Finding]:
    """Each table's unit rows against its total row ("Tổng cộng", "Toàn phường"), field
    by field. The total row claims the rows make it up: an error when they do not."""
    out: list[Finding] = []
    tables: dict[str, list[DossierStat]] = {}
    for st in stats:
        if st.table is not None:
            tables.setdefault(st.table, []).append(st)
    for rows in tables.values():
        totals = [r for r in rows if r.total_row or _WHOLE_ROW.match(r.scope or "")]
        parts = [r for r in rows if r not in totals]
        if len(totals) != 1 or len(parts) < 2:
            continue
        if any(_SUB_ROW.match(p.scope or "") for p in parts):
            continue  # "- Trong đó: trực tuyến": a breakdown row, not one more unit
        whole = totals[0]
        # the total row's own label as written ("Tổng cộng", "Cộng"): the row's text up to
        # its first figure
        label = regex.match(r"[^\d]*", whole.text).group().strip(" \t\n|:(") or "Tổng cộng"
        for field in _UNIT_FIELDS:
            if getattr(whole, field) is None or any(getattr(p, field) is None for p in parts):
                continue
            vals = [_dec(getattr(p, field)) for p in parts]
            if _counted_twice(vals, sum(vals) - _dec(getattr(whole, field))):
                continue  # a district's row over its communes' rows: not one level
            f = _parts_finding("table", "error", whole, parts, field, label)
            if f:
                out.append(f)
    return out


def _whole_near(seq: list[DossierStat], i: int, j: int, level: str) -> tuple[Optional[DossierStat], bool]:
    """(the whole a run seq[i:j] of units of `level` breaks down, whether it stands after
    the run): the nearest stat before the run that encloses that level, for the same
    period, on the same page, within reach, with no unit of that level between; else the
    stat right after the run when it is such a whole."""
    run = seq[i:j]
    for k in range(i - 1, -1, -1):
        cand = seq[k]
        if cand.page != run[0].page or run[0].start - cand.end > _RUN_REACH:
            break
        if _part_level(cand.scope) == level:
            break  # a unit of the same level not in the run: the run is not the breakdown
        if level in _whole_levels(cand) and cand.period == run[0].period and cand.table is None:
            return cand, False
    if j < len(seq):
        cand = seq[j]
        if (cand.page == run[-1].page and cand.start - run[-1].end <= _RUN_REACH
                and cand.table is None and cand.period == run[0].period
                and level in _whole_levels(cand)):
            return cand, True
    return None, False


def _named_near(whole: DossierStat, text: str) -> bool:
    """Whether the text names the whole's scope at its figures (or in the 300 characters
    before): a scope that is only the document's unit, inherited by a figure that names
    none ("Bộ phận Một cửa tiếp nhận 2.184 hồ sơ" in a district's report), may be the
    unit's own bodies, not the unit with its communes."""
    near = strip_marks(" ".join(text[max(0, whole.start - 300):whole.end].split()).lower())
    scope = strip_marks(" ".join((whole.scope or "").split()).lower())
    if scope in near:
        return True
    # "toàn huyện" in a document of huyện Tam Dương: the find stage names it "huyện Tam Dương"
    level = scope.split(" ")[0] if scope else ""
    return bool(level) and regex.search(r"(?:toan|dia ban)\s+" + regex.escape(level) + r"(?!\w)",
                                        near) is not None


def check_units(stats: list[DossierStat], pages: Optional[list[str]] = None) -> list[Finding]:
    """Named units' figures (prose, or a table's rows when the table has no total row)
    against the whole the report gives for the same field and period, right before them
    or right after them: the whole province's, district's or level's, or the reporting
    unit's own. A list the text names as only some units ("trong đó có 3 huyện đạt ...",
    "một số xã như ...", rule data parts_partial) is never checked. Where the text claims
    the list makes up the whole ("gồm", "cụ thể" before it; "tổng cộng" before a whole
    after it; rule data parts_claim; a count of units stated must be the count listed),
    any difference is an error; otherwise only units adding up to more than the whole are
    reported, as a warning (an unclaimed list may leave units out)."""
    out: list[Finding] = []
    seq = sorted(stats, key=lambda st: (st.page, st.start))
    claim_re, partial_re = _union("parts_claim"), _union("parts_partial")
    with_total = {st.table for st in seq
                  if st.table is not None and (st.total_row or _WHOLE_ROW.match(st.scope or ""))}
    i = 0
    while i < len(seq):
        level = _part_level(seq[i].scope)
        if level is None or seq[i].total_row:
            i += 1
            continue
        j = i + 1
        while (j < len(seq) and _part_level(seq[j].scope) == level and not seq[j].total_row
               and seq[j].period == seq[i].period and seq[j].table == seq[i].table
               and seq[j].page == seq[i].page
               and all(strip_marks((seq[j].scope or "").lower()) != strip_marks((r.scope or "").lower())
                       for r in seq[i:j])):
            j += 1
        run = seq[i:j]
        i = j
        if len(run) < 2 or (run[0].table is not None and run[0].table in with_total):
            continue  # a table with its own total row: check_table_totals
        whole, after = _whole_near(seq, i - len(run), i, level)
        if whole is None:
            continue
        text = pages[whole.page - 1] if pages and 0 < whole.page <= len(pages) else None
        if text is None or not _named_near(whole, text):
            continue
        if after:  # "xã A ..., xã B ...; tổng cộng toàn huyện tiếp nhận N hồ sơ"
            lead = text[run[-1].end:whole.start]
            body = text[max(0, run[0].start - 200):run[-1].end]
        elif whole.start <= run[0].start < whole.end:
            # the whole's record runs over its parts ("tiếp nhận 6.842 hồ sơ, gồm: phường A
            # 1.842 hồ sơ, ..."): the lead is what stands between its start and the first
            lead = text[whole.start:run[0].start]
            body = text[whole.start:run[-1].end]
        else:
            lead = text[whole.end:run[0].start]
            body = text[whole.end:run[-1].end]
        # a list named as only some units ("một số xã như ...") is checked only for adding
        # up to more than the whole, which no part of it can
        partial = run[0].table is None and bool(partial_re.search(body))
        counted = [int(m.group(1)) for m in _UNITS_NAMED.finditer(lead)]
        if counted and counted[-1] != len(run):
            continue  # "gồm 5 xã" with three listed: only some of them
        # "gồm: ...", or the number of units stated and every one of them listed
        claimed = bool(run[0].table is None and len(lead) <= 300 and not partial
                       and (claim_re.search(lead) or counted))
        for field in _UNIT_FIELDS:
            if getattr(whole, field) is None or any(getattr(p, field) is None for p in run):
                continue
            f = _parts_finding("units-claimed" if claimed else "units",
                               "error" if claimed else "warning", whole, run, field)
            if f:
                out.append(f)
    return out


def _union(kind: str) -> regex.Pattern:
    from extractor.find.figure_vocab import union
    return union(kind)


def _new_only(found: list[Finding], more: list[Finding]) -> list[Finding]:
    """The findings of `more` whose rule and evidence no finding already has (a table's
    total row may also be a level's whole, checked by check_levels)."""
    def key(f: Finding) -> tuple:
        return (f.rule, tuple(sorted((e.page, e.start, e.end) for e in f.evidence)))
    seen = {key(f) for f in found}
    out = []
    for f in more:
        if key(f) not in seen:
            seen.add(key(f))
            out.append(f)
    return out


def check_arithmetic(extraction: Extraction) -> list[Finding]:
    out: list[Finding] = []
    stats = [_finite_only(s) for s in extraction.dossier_stats]
    for stat in stats:
        out.extend(check_dossier(stat))
    out.extend(check_levels(stats))
    out.extend(_new_only(out, check_table_totals(stats)
                         + check_units(stats, [p.text for p in extraction.source.pages])))
    out.extend(check_scores([_finite_only(s) for s in extraction.scores]))
    for t in map(_finite_only, extraction.tasks):
        if t.rate is not None and t.total:
            status, exact, rounded = rate_status(t.rate, t.done, t.total)
            if status != "ok":
                out.append(_rate_finding("Tỷ lệ nhiệm vụ hoàn thành", "Share of tasks completed",
                                         t.rate, t.done, t.total, [_span_of(t)], status, exact, rounded))
    for r in map(_finite_only, extraction.ratios):
        if r.stated_rate is not None and r.part is not None and r.total:
            status, exact, rounded = rate_status(r.stated_rate, r.part, r.total)
            if status != "ok":
                label = r.label or "tỷ lệ"
                out.append(_rate_finding(f"Tỷ lệ {label}", f"Share ({label})", r.stated_rate,
                                         r.part, r.total, [_span_of(r)], status, exact, rounded))
    return out
