#!/usr/bin/env python
"""Extraction time against text size (issue 13: it must grow linearly): the bundled TXT
reports (seeds + unseen) repeated to 1, 2, 4, 8 MB of text, one `extractor.extract`
each, CPU seconds and seconds per MB side by side. A quadratic step shows as s/MB
growing with the size.

    .venv/bin/python scripts/bench_linear.py [--sizes 1,2,4,8]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1,2,4,8", help="MB of text, comma-separated")
    args = ap.parse_args()
    from extractor.api import extract
    files = sorted((ROOT / "corpora" / "seeds").glob("*.txt")) + \
        sorted((ROOT / "corpora" / "unseen").glob("*.txt"))
    base = "\n".join(p.read_text(encoding="utf-8") for p in files)
    extract(base[:20000])  # warm: rules read, patterns compiled
    print(f"{'MB':>5} {'CPU s':>7} {'s/MB':>6} {'references':>10} {'scores':>7}")
    for mb in (float(x) for x in args.sizes.split(",")):
        text = "\n".join([base] * (int(mb * 1e6 / len(base.encode())) + 1))
        size = len(text.encode()) / 1e6
        t = time.process_time()
        ex = extract(text)
        dt = time.process_time() - t
        print(f"{size:5.1f} {dt:7.1f} {dt / size:6.2f} {len(ex.references):>10} {len(ex.scores):>7}",
              flush=True)


if __name__ == "__main__":
    main()
