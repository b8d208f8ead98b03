"""Helpers for the 12NN part E documents (generator kept outside the repository)."""
import json
from pathlib import Path

OUT = Path("/work/wt-blind12b/corpora/blind12")
OUT.mkdir(parents=True, exist_ok=True)


def vn(n):
    """1204 -> '1.204'."""
    s = f"{int(n):,}".replace(",", ".")
    return s


def vf(x, d=2):
    """98.75 -> '98,75'."""
    s = f"{x:.{d}f}".replace(".", ",")
    return s


def sgn(x, d=2):
    if x > 0:
        return "+" + vf(x, d)
    if x < 0:
        return "-" + vf(-x, d)
    return vf(0, d)


def rate(a, b):
    return round(100.0 * a / b + 1e-9, 2)


def num(x):
    """gold number: int stays int, float rounded."""
    if isinstance(x, float):
        r = round(x, 2)
        return int(r) if r == int(r) and False else r
    return x


def write_gold(name, ext, dossier=(), scores=(), tasks=(), findings=(), holds=(), traps=()):
    gold = {
        "file": f"{name}.{ext}",
        "document": {},
        "references": [],
        "scores": list(scores),
        "dossier_stats": list(dossier),
        "tasks": list(tasks),
        "ratios": [],
        "expected_findings": list(findings),
        "checks_that_hold": list(holds),
        "not_figures": list(traps),
    }
    # a trap must not be a figure of the same document
    vals = set()
    for sec in ("scores", "dossier_stats", "tasks"):
        for r in gold[sec]:
            for k, v in r.items():
                if isinstance(v, (int, float)) and not isinstance(v, bool) and k != "year":
                    vals.add(float(v))
    for t in traps:
        assert float(t["value"]) not in vals, (name, t)
    (OUT / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    return gold
