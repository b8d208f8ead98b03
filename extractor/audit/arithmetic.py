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
                  evidence: list[Span], status: str, exact: Decimal, rounded: Decimal) -> Finding:
    places = _places(stated)
    values = dict(what_vi=what_vi, what_en=what_en,
                  stated=fmt_vi(stated, places), stated_n=fmt_en(stated, places),
                  part=fmt_vi(part), part_n=fmt_en(part), total=fmt_vi(total), total_n=fmt_en(total),
                  exact=fmt_vi(exact, places + 2), exact_n=fmt_en(exact, places + 2),
                  rounded=fmt_vi(rounded, places), rounded_n=fmt_en(rounded, places))
    if status == "truncated":
        return _finding("rate-mismatch", "truncated", "info", evidence,
                        suggestion=fmt_vi(rounded, places) + "%", **values)
    severity = _rate_severity(exact, _dec(stated))
    return _finding("rate-mismatch", "mismatch", severity, evidence,
                    suggestion=fmt_vi(rounded, places) + "%", **values)


# ---- dossier statistics ---------------------------------------------------------------

def _ev(stat: DossierStat, *fields: str) -> list[Span]:
    spans = [stat.evidence[f] for f in fields if f in stat.evidence]
    return spans or [_span_of(stat)]


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
        # online_rate is not checked: reports divide by the dossiers of procedures
        # offered online (level 3/4), a count they seldom state.
    }
    for rate_field, (numerators, denominators) in rate_defs.items():
        stated = getattr(stat, rate_field)
        if stated is None:
            continue
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
        out.append(_rate_finding(what_vi, what_en, stated, part, total,
                                 _ev(stat, rate_field, *num, den), status, exact, rounded))
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


def check_arithmetic(extraction: Extraction) -> list[Finding]:
    out: list[Finding] = []
    stats = [_finite_only(s) for s in extraction.dossier_stats]
    for stat in stats:
        out.extend(check_dossier(stat))
    out.extend(check_levels(stats))
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
