#!/usr/bin/env python
"""Figures on the shared real documents (default /work/shared/corpora/real, or $CCHC_REAL
or --dir): the same measure as scripts/eval_figures.py (value pairs found, extras), plus
how many matched records have the right scope and period (gold's `scope`/`period`).

    .venv/bin/python scripts/eval_figures_real.py [--dir DIR] [--verbose] [--with-metadata]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_figures as ef  # noqa: E402

DEFAULT = os.environ.get("CCHC_REAL", "/work/shared/corpora/real")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=DEFAULT)
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--with-metadata", action="store_true")
    args = ap.parse_args(argv)
    files = sorted(t for t in Path(args.dir).glob("*.txt") if t.with_suffix(".gold.json").exists())
    if not files:
        print(f"no documents with gold in {args.dir}")
        return 1
    tot = {"found": 0, "gold": 0, "extras": 0, "extracted": 0, "sp_ok": 0, "sp": 0}
    by_section: dict[str, list[int]] = {}
    for txt in files:
        r = ef.evaluate_file(txt, args.with_metadata)
        if not r["gold"] and not r["extracted"]:
            continue
        sp = [n for n in r["name_misses"] if n[1] in ("scope", "period")]
        # names counts every gold name field; scope and period only are asked here
        import json
        gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
        n_sp = sum(1 for s in ef.SECTIONS for g in gold.get(s) or []
                   for k in ("scope", "period") if g.get(k) is not None)
        for k in ("found", "gold", "extracted"):
            tot[k] += r[k]
        tot["extras"] += len(r["extras"])
        for section, (hit, n) in r["by_section"].items():
            t = by_section.setdefault(section, [0, 0])
            t[0] += hit
            t[1] += n
        tot["sp"] += n_sp
        tot["sp_ok"] += n_sp - len(sp)
        print(f"{r['file']}: figures {r['found']}/{r['gold']}; extras {len(r['extras'])}/"
              f"{r['extracted']}; scope/period {n_sp - len(sp)}/{n_sp}")
        for m in r["missed"]:
            print("   MISSED", m)
        if args.verbose:
            for e in r["extras"]:
                print("   extra", e)
            for n in sp:
                print("   name", n)
    recall = tot["found"] / tot["gold"] if tot["gold"] else 1.0
    precision = (tot["extracted"] - tot["extras"]) / tot["extracted"] if tot["extracted"] else 1.0
    print(f"TOTAL real: figures {tot['found']}/{tot['gold']} recall {recall:.3f}; extras "
          f"{tot['extras']} of {tot['extracted']} precision {precision:.3f}; scope/period right "
          f"{tot['sp_ok']}/{tot['sp']}")
    # the aims are per kind: dossier values, scores (numbers only, names left out)
    for section, (hit, n) in sorted(by_section.items()):
        print(f"  real {section} values (numbers only): {hit}/{n} recall "
              f"{hit / n if n else 1.0:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
