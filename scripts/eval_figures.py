#!/usr/bin/env python
"""Figures against the seeds' gold: scores, dossier statistics, tasks and ratios.

Each numeric field of each gold entry is one (field, value) pair; a pair is found when
the extracted entry matched to that gold entry (its best match) has exactly that value.
Precision counts every extracted numeric pair once (a multiset: a figure reported twice,
e.g. a restatement turned into a second statistic, counts twice): a pair of an extracted
entry that no gold entry matched is an extra, and so is a pair whose matched gold entry
states another value; a field the matched gold entry leaves out is "unchecked" (gold
lists only what a reader checked; criterion years, for instance). Precision =
(extracted - extras) / extracted. Names
(scope, subject, period, criterion, label) are compared loosely and reported apart.
Arithmetic: findings of extractor/audit/arithmetic.py on the seed, with gold's
`checks_that_hold` (no error/warning expected) and expected rate/sum findings.

Two sets are reported apart: the seeds (corpora/seeds/*.txt, tuned on) and documents
nobody tuned for (corpora/unseen/2*.txt, 4*.txt and 5*.txt with a gold file). The exit status is 1 when a
seed misses a figure or the arithmetic on a seed is off; unseen misses are reported only,
unless --strict.

    .venv/bin/python scripts/eval_figures.py [--with-metadata] [--verbose] [--set seeds|unseen|all] [--strict]
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.audit.arithmetic import check_arithmetic  # noqa: E402
from extractor.find.figures import (criterion_key, find_dossier_stats, find_ratios,  # noqa: E402
                                    find_scores, find_tasks)
from extractor.model import DocumentMeta, Extraction, Loaded, Page  # noqa: E402
from extractor.normalize import DocText, fold, to_stored  # noqa: E402

SEEDS = ROOT / "corpora" / "seeds"
UNSEEN = ROOT / "corpora" / "unseen"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def unseen_files() -> list[Path]:
    """Unseen documents written for figures and arithmetic: 2NN_*.txt and 4NN_*.txt with a
    gold file (4NN: a second, blind round — ranking tables, SIPAS sub-indices, multi-year
    comparisons, quarters, two units in one paragraph, rounding, spaced thousands; 5NN: a third
    blind round — statistics by field, "kỳ báo cáo" with rates in parentheses, a commune's
    self-assessment, a multi-year SIPAS list, a sum error and a rank above its total)."""
    return sorted(t for t in UNSEEN.glob("[24]*.txt") if t.with_suffix(".gold.json").exists())


def blind_files() -> list[Path]:
    """The latest blind round (5NN_*.txt), reported with the unseen set but not yet held to
    zero misses by the test suite: what it still misses is the work list."""
    return sorted(t for t in UNSEEN.glob("5*.txt") if t.with_suffix(".gold.json").exists())
SECTIONS = ("scores", "dossier_stats", "tasks", "ratios")
NAME_FIELDS = {"scope", "subject", "period", "criterion", "label"}
STRING_VALUE_FIELDS = {"indicator", "unit", "rating"}
ARITH_RULES = {"sum-mismatch", "rate-mismatch", "score-exceeds-max", "rank-exceeds-total"}


def _value_pairs(entry: dict[str, Any]) -> dict[str, Any]:
    """Fields compared exactly: numbers, plus indicator/unit/rating."""
    out = {}
    for k, v in entry.items():
        if v is None or k in NAME_FIELDS or k in ("text", "page", "start", "end", "evidence",
                                                   "claims_total", "criterion_key", "index_name",
                                                   "note"):
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out[k] = v
        elif k in STRING_VALUE_FIELDS:
            out[k] = v
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def _name_ok(field: str, gold: str, ours: Optional[str]) -> bool:
    if ours is None:
        return False
    g, o = fold(str(gold)), fold(str(ours))
    if field == "period":
        import re
        gy, oy = set(re.findall(r"\d{4}", g)), set(re.findall(r"\d{4}", o))
        return bool(gy & oy)
    if field == "criterion":
        if criterion_key(gold) is None:  # a sub-index (SIPAS aspects): the name as written
            return g in o or o in g
        return criterion_key(gold) == criterion_key(ours)
    return g in o or o in g


def _identity_ok(section: str, gold: dict, ours: dict) -> bool:
    if section == "scores":
        if gold.get("indicator") != ours.get("indicator"):
            return False
        if gold.get("criterion"):
            return criterion_key(gold["criterion"]) == ours.get("criterion_key")
    return True


def extract_seed(txt: Path, with_metadata: bool = False) -> tuple[DocText, Extraction]:
    doc = DocText.from_text(to_stored(txt.read_text(encoding="utf-8")))
    loaded = Loaded(str(txt), "", "txt", [Page(1, doc.text)])
    meta = DocumentMeta()
    if with_metadata:
        from extractor.stages import read_document as find_metadata
        meta = find_metadata(doc, loaded)
    ex = Extraction(source=loaded, document=meta, scores=find_scores(doc, meta),
                    dossier_stats=find_dossier_stats(doc, meta), tasks=find_tasks(doc, meta),
                    ratios=find_ratios(doc))
    return doc, ex


def evaluate_file(txt: Path, with_metadata: bool = False) -> dict[str, Any]:
    gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
    doc, ex = extract_seed(txt, with_metadata)
    res: dict[str, Any] = {"file": txt.name, "found": 0, "gold": 0, "missed": [], "extras": [],
                           "extracted": 0, "unchecked": 0,
                           "names_ok": 0, "names": 0, "name_misses": []}
    for section in SECTIONS:
        ours = [asdict(x) for x in getattr(ex, section)]
        gold_entries = gold.get(section) or []
        matched: dict[int, list[dict]] = {}  # extracted entry index -> gold entries
        for g in gold_entries:
            pairs = _value_pairs(g)
            best, best_hits = None, -1
            for o in ours:
                if not _identity_ok(section, g, o):
                    continue
                hits = sum(1 for k, v in pairs.items() if _same(o.get(k), v))
                if hits > best_hits:
                    best, best_hits = o, hits
            if best is not None:
                matched.setdefault(next(i for i, o in enumerate(ours) if o is best), []).append(g)
            for k, v in pairs.items():
                res["gold"] += 1
                if best is not None and _same(best.get(k), v):
                    res["found"] += 1
                else:
                    res["missed"].append((section, g.get("criterion") or g.get("scope")
                                          or g.get("indicator"), k, v,
                                          best.get(k) if best else None))
            for k in sorted(NAME_FIELDS & {k for k, v in g.items() if v is not None}):
                res["names"] += 1
                if best is not None and _name_ok(k, g[k], best.get(k)):
                    res["names_ok"] += 1
                else:
                    res["name_misses"].append((section, k, g[k], best.get(k) if best else None))
        for i, o in enumerate(ours):
            golds = [_value_pairs(g) for g in matched.get(i, [])]
            for k, v in _value_pairs(o).items():
                if k in STRING_VALUE_FIELDS:
                    continue  # extras count figures only
                res["extracted"] += 1
                stated = [g[k] for g in golds if k in g]
                if golds and not stated:
                    res["unchecked"] += 1
                elif not any(_same(v, w) for w in stated):
                    res["extras"].append((section, k, v, o.get("text", "")[:60]))
    findings = check_arithmetic(ex)
    res["findings"] = [(f.rule, f.severity, f.message) for f in findings]
    expected = [e["rule"] for e in gold.get("expected_findings") or [] if e["rule"] in ARITH_RULES]
    res["expected_arith"] = expected
    res["arith_expected_found"] = all(any(f.rule == r for f in findings) for r in expected)
    res["arith_unexpected"] = [(f.rule, f.severity, f.message) for f in findings
                               if f.severity in ("error", "warning") and f.rule not in expected]
    res["checks_that_hold"] = gold.get("checks_that_hold") or []
    return res


def evaluate_set(files: list[Path], with_metadata: bool = False,
                 verbose: bool = False) -> dict[str, Any]:
    """Print one line per file and return the set's totals."""
    tot = {"found": 0, "gold": 0, "extras": 0, "extracted": 0, "files": 0, "files_ok": 0,
           "arith_expected": 0, "arith_expected_found": 0, "arith_unexpected": 0, "ok": True}
    for txt in files:
        r = evaluate_file(txt, with_metadata)
        tot["files"] += 1
        tot["found"] += r["found"]
        tot["gold"] += r["gold"]
        tot["extras"] += len(r["extras"])
        tot["extracted"] += r["extracted"]
        tot["arith_expected"] += len(r["expected_arith"])
        tot["arith_expected_found"] += sum(1 for rule in r["expected_arith"]
                                           if any(f[0] == rule for f in r["findings"]))
        tot["arith_unexpected"] += len(r["arith_unexpected"])
        recall = r["found"] / r["gold"] if r["gold"] else 1.0
        print(f"{r['file']}: figures {r['found']}/{r['gold']} recall {recall:.3f}; "
              f"extras {len(r['extras'])}/{r['extracted']} ({r['unchecked']} unchecked); names {r['names_ok']}/{r['names']}; "
              f"arithmetic findings {len(r['findings'])} "
              f"(expected {r['expected_arith'] or '-'}: {'found' if r['arith_expected_found'] else 'MISSING'}; "
              f"unexpected error/warning {len(r['arith_unexpected'])})")
        for m in r["missed"]:
            print("   MISSED", m)
        for u in r["arith_unexpected"]:
            print("   UNEXPECTED", u)
        if verbose:
            for e in r["extras"]:
                print("   extra", e)
            for n in r["name_misses"]:
                print("   name", n)
            for f in r["findings"]:
                print("   finding", f)
        file_ok = not r["missed"] and r["arith_expected_found"] and not r["arith_unexpected"]
        tot["files_ok"] += file_ok
        tot["ok"] = tot["ok"] and file_ok
    return tot


def _total_line(name: str, tot: dict[str, Any]) -> str:
    recall = tot["found"] / tot["gold"] if tot["gold"] else 1.0
    precision = ((tot["extracted"] - tot["extras"]) / tot["extracted"]
                 if tot["extracted"] else 1.0)
    return (f"{name}: figures {tot['found']}/{tot['gold']} recall {recall:.3f}; extras "
            f"{tot['extras']} of {tot['extracted']} extracted, precision {precision:.3f}; "
            f"arithmetic expected {tot['arith_expected_found']}/{tot['arith_expected']}, "
            f"unexpected error/warning {tot['arith_unexpected']}; "
            f"files clean {tot['files_ok']}/{tot['files']}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--with-metadata", action="store_true",
                    help="fill DocumentMeta with extractor.find.metadata first")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--set", choices=("seeds", "unseen", "all"), default="all")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 on unseen misses too")
    args = ap.parse_args(argv)
    ok = True
    lines = []
    if args.set in ("seeds", "all"):
        print("== seeds")
        tot = evaluate_set(seed_files(), args.with_metadata, args.verbose)
        ok = ok and tot["ok"]
        lines.append(_total_line("TOTAL seeds", tot))
    if args.set in ("unseen", "all"):
        print("== unseen")
        tot = evaluate_set(unseen_files() + blind_files(), args.with_metadata, args.verbose)
        if args.strict:
            ok = ok and tot["ok"]
        lines.append(_total_line("TOTAL unseen", tot))
    for line in lines:
        print(line)
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
