#!/usr/bin/env python
"""Where one report's extraction time goes (a figure, not a test): CPU time per report of
each stage of extractor/stages.py and of the costliest finder functions (each timed with
its callees, by wrapping it), over the bundled TXT reports, after the start-up a run
pays once (`ingest._prewarm`).

    .venv/bin/python scripts/bench_stages.py [--set seeds|unseen] [--repeat 10]
"""
from __future__ import annotations

import argparse
import functools
import importlib
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (module, function): the finders and grammar functions that cost most per report
FUNCTIONS = [
    ("extractor.find.scores", "find_scores"), ("extractor.find.scores", "_ordinal_scores"),
    ("extractor.find.scores", "_index_scores"), ("extractor.find.dossiers", "find_dossier_stats"),
    ("extractor.find.dossiers", "_dossier_figures"), ("extractor.find.figure_vocab", "scan"),
    ("extractor.find.figure_grammar", "repeated_paragraphs"),
    ("extractor.find.table_facts", "read_tables"), ("extractor.grammar.tables", "document_tables"),
    ("extractor.find.metadata", "find_metadata"), ("extractor.find.header", "read_header"),
    ("extractor.find.signature", "read_signature"), ("extractor.find.genre", "read_genre"),
    ("extractor.grammar.units", "territory_mentions"),
    ("extractor.find.references", "find_references"), ("extractor.find.tasks", "find_tasks"),
    ("extractor.find.tasks", "find_ratios"), ("extractor.audit.text_checks", "invalid_dates"),
    ("extractor.audit.text_checks", "references_without_number"),
    ("extractor.audit.references", "audit_references"),
]


def _wrap(spent: dict, calls: dict) -> None:
    for modname, name in FUNCTIONS:
        try:
            mod = importlib.import_module(modname)
            f = getattr(mod, name)
        except (ImportError, AttributeError):
            continue  # renamed or gone: not measured
        key = f"{modname.rsplit('.', 1)[-1]}.{name}"

        def timed(*a, _f=f, _key=key, **k):
            t = time.process_time()
            try:
                return _f(*a, **k)
            finally:
                spent[_key] += time.process_time() - t
                calls[_key] += 1
        functools.update_wrapper(timed, f)
        for m in list(sys.modules.values()):  # every module that imported it by name
            if getattr(m, "__name__", "").startswith("extractor") and getattr(m, name, None) is f:
                setattr(m, name, timed)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="seeds", choices=("seeds", "unseen"))
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args()
    from extractor.ingest import _prewarm
    _prewarm()
    from extractor.load import load
    from extractor.normalize import DocText
    from extractor.stages import STAGES, Facts, finish
    loaded = [load(str(p)) for p in sorted((ROOT / "corpora" / args.set).glob("*.txt"))]
    stages: dict[str, float] = defaultdict(float)
    spent: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)
    _wrap(spent, calls)
    t0 = time.process_time()
    for _ in range(args.repeat):
        for ld in loaded:
            c = time.process_time()
            facts = Facts(DocText(ld.pages), ld)
            stages["(text view)"] += time.process_time() - c
            for name, stage in STAGES:
                c = time.process_time()
                facts.values[name] = stage(facts)
                stages[name] += time.process_time() - c
            c = time.process_time()
            finish(facts, ld)
            stages["audit"] += time.process_time() - c
    n = args.repeat * len(loaded)
    total = time.process_time() - t0
    print(f"{args.set}: {len(loaded)} reports x {args.repeat}, {1000 * total / n:.1f} ms CPU per "
          f"report (load average {os.getloadavg()[0]:.1f})")
    print("stages:")
    for name, v in stages.items():
        print(f"  {name:28s} {1000 * v / n:7.2f} ms")
    print("functions (each with its callees):")
    for key, v in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {key:38s} {1000 * v / n:7.2f} ms  ({calls[key] / n:.0f} calls)")


if __name__ == "__main__":
    main()
