"""Start-up time of the query commands (issue 12 item 5: `cchc query docs` on a small
database in under 0.4 s).

    .venv/bin/python scripts/bench_start.py [--runs 9]

Builds a small database from corpora/seeds in a temporary folder, then runs each command
as a new process `--runs` times and prints the median wall and CPU (user + system)
seconds, next to the floor every command pays before any of our code runs (Python,
typer with its pydantic coercion, rich). CPU time is the figure to compare on a busy
machine: wall time there includes waiting for a core.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], env: dict) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=9)
    args = ap.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "small.db")
        subprocess.run([py, "-m", "extractor", "ingest", str(ROOT / "corpora" / "seeds"),
                        "--db", db, "-q"], env=env, check=True, stdout=subprocess.DEVNULL)
        commands = {
            "floor: python + typer + rich": [py, "-c", "import typer, typer.core, rich.console,"
                                             " rich.table\ntry:\n import typer._adapters\n"
                                             "except ImportError: pass"],
            "cchc query docs": [py, "-m", "extractor", "query", "docs", "--db", db],
            "cchc query docs --text": [py, "-m", "extractor", "query", "docs", "--text",
                                       "mot cua lien thong", "--db", db],
            "cchc query cites --unit": [py, "-m", "extractor", "query", "cites", "--unit",
                                        "tran phu", "--db", db],
            "cchc stats": [py, "-m", "extractor", "stats", "--db", db],
        }
        print(f"{'command':32} {'wall s':>8} {'cpu s':>8}   (median of {args.runs}, "
              f"load {os.getloadavg()[0]:.1f})")
        for name, cmd in commands.items():
            timed(cmd, env)  # warm-up (file cache)
            runs = [timed(cmd, env) for _ in range(args.runs)]
            print(f"{name:32} {statistics.median(w for w, _ in runs):8.3f} "
                  f"{statistics.median(c for _, c in runs):8.3f}")


if __name__ == "__main__":
    main()
