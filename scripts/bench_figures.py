#!/usr/bin/env python
"""Benchmark of the figures stage (scores, dossier statistics, tasks, ratios) per document,
this tree against a git ref (default `main`), printed side by side. A benchmark, not a test.

Documents: corpora/seeds, corpora/unseen and the shared real set when present; each is
run `--repeat` times, the best time per document kept.

    .venv/bin/python scripts/bench_figures.py [--ref main] [--repeat 5]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = Path(os.environ.get("CCHC_REAL", "/work/shared/corpora/real"))


def documents() -> list[Path]:
    docs = sorted((ROOT / "corpora/seeds").glob("*.txt")) + sorted((ROOT / "corpora/unseen").glob("*.txt"))
    if REAL.is_dir():
        docs += sorted(REAL.glob("*.txt"))
    return docs


CHILD = r"""
import json, sys, time
from extractor.normalize import DocText, to_stored
from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
paths, repeat = json.loads(sys.argv[1]), int(sys.argv[2])
out = {}
for p in paths:
    doc = DocText.from_text(to_stored(open(p, encoding="utf-8").read()))
    best = None
    for _ in range(repeat):
        doc = DocText.from_text(doc.text)  # fresh caches each run
        t = time.perf_counter()
        find_scores(doc); find_dossier_stats(doc); find_tasks(doc); find_ratios(doc)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    out[p] = best
print(json.dumps(out))
"""


def run(tree: Path, paths: list[str], repeat: int) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=str(tree))
    res = subprocess.run([sys.executable, "-c", CHILD, json.dumps(paths), str(repeat)],
                         cwd=str(tree), env=env, capture_output=True, text=True, check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])


def export(ref: str, dest: Path) -> None:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True,
                          check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", default="main")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    paths = [str(p) for p in documents()]
    with tempfile.TemporaryDirectory() as tmp:
        export(args.ref, Path(tmp))
        before = run(Path(tmp), paths, args.repeat)
    after = run(ROOT, paths, args.repeat)
    print(f"{'document':40} {args.ref + ' ms':>10} {'this ms':>10} {'ratio':>6}")
    for p in paths:
        b, a = before[p] * 1000, after[p] * 1000
        print(f"{Path(p).parent.name[:8] + '/' + Path(p).name[:31]:40} {b:10.2f} {a:10.2f} {a / b if b else 0:6.2f}")
    tb, ta = sum(before.values()), sum(after.values())
    print(f"{'TOTAL (' + str(len(paths)) + ' documents)':40} {tb * 1000:10.1f} {ta * 1000:10.1f} {ta / tb:6.2f}")
    print(f"mean per document: {args.ref} {tb / len(paths) * 1000:.2f} ms, this tree "
          f"{ta / len(paths) * 1000:.2f} ms ({ta / tb:.2f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
