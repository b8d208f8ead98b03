#!/usr/bin/env python
"""Query latency on a generated archive (figures, not a test).

Builds a SQLite database of N documents (default 100,000) with units, cited documents
and ~8 citations each, through the project's own schema and migrations, then times the
query functions users call (median of 5 runs each).

    .venv/bin/python scripts/bench_query.py [--docs 100000] [--keep DB]
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor import query  # noqa: E402
from extractor.normalize import fold  # noqa: E402
from extractor.store import models as t  # noqa: E402
from extractor.store.db import open_engine  # noqa: E402

TYPES = [("Nghị định", "NĐ-CP", True), ("Thông tư", "TT-BNV", True),
         ("Quyết định", "QĐ-UBND", False), ("Kế hoạch", "KH-UBND", False),
         ("Công văn", "UBND-NV", False), ("Quyết định", "QĐ-TTg", True)]


def build(db: str, n_docs: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    engine = open_engine(db)
    units = [{"id": i + 1, "key": fold(f"xã Đơn Vị {i}"), "name": f"xã Đơn Vị {i}",
              "level": "xã"} for i in range(1000)]
    units.append({"id": 1001, "key": fold("phường Trần Phú"), "name": "phường Trần Phú",
                  "level": "xã"})
    cited = []
    for i in range(5000):
        dt, sym, normative = TYPES[i % len(TYPES)]
        year = 2005 + i % 20
        num = f"{i}/{year}/{sym}" if normative else f"{i}/{sym}"
        key = num if normative else f"{num}@{year}"
        cited.append({"id": i + 1, "key": key, "doc_type": dt, "number": num,
                      "ordinal": str(i), "year": year if normative else None, "symbol": sym,
                      "date": f"{year}-0{1 + i % 9}-1{i % 10}"})
    cited.append({"id": 5001, "key": "61/2018/NĐ-CP", "doc_type": "Nghị định",
                  "number": "61/2018/NĐ-CP", "ordinal": "61", "year": 2018, "symbol": "NĐ-CP",
                  "date": "2018-04-23"})
    docs, cits = [], []
    cid = 0
    for i in range(n_docs):
        year = 2015 + i % 10
        docs.append({"id": i + 1, "sha256": f"{i:064x}", "path": f"/archive/{i}.pdf",
                     "format": "pdf", "status": "ok", "page_count": 5, "doc_type": "Báo cáo",
                     "number": f"{i % 900}/BC-UBND", "date": f"{year}-06-{1 + i % 28:02d}",
                     "year": year, "unit_id": 1 + rnd.randrange(1001)})
        for _ in range(8):
            cid += 1
            target = 5001 if rnd.random() < 0.05 else min(5000, int(rnd.paretovariate(1.0)))
            c = cited[target - 1]
            cits.append({"id": cid, "document_id": i + 1, "cited_id": target,
                         "doc_type": c["doc_type"], "number": c["number"], "date": c["date"],
                         "page": 1, "start": 0, "end": 10, "text": c["number"]})
    with engine.begin() as conn:
        conn.execute(t.Unit.__table__.insert(), units)
        conn.execute(t.CitedDocument.__table__.insert(), cited)
        conn.execute(t.Document.__table__.insert(), docs)
        conn.execute(t.Citation.__table__.insert(), cits)
    engine.dispose()


def timed(label: str, fn, *args, **kw) -> None:
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        rows = fn(*args, **kw)
        runs.append(time.perf_counter() - t0)
    print(f"{label:55} {statistics.median(runs) * 1000:8.1f} ms  ({len(rows)} rows)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--keep")
    args = ap.parse_args()
    db = args.keep or str(Path(tempfile.mkdtemp()) / "bench.db")
    t0 = time.perf_counter()
    if not Path(db).exists():
        build(db, args.docs)
    print(f"database of {args.docs} documents ready in {time.perf_counter() - t0:.1f} s: {db}")
    engine = open_engine(db)
    timed("query cites --unit 'phường Trần Phú'", query.cites, engine, "phường Trần Phú")
    timed("query cites --unit 'xã Đơn Vị 17' --year 2018", query.cites, engine,
          "xã Đơn Vị 17", None, 2018)
    timed("query cited-by 50/QĐ-UBND (any year)", query.cited_by, engine, "50/QĐ-UBND")
    timed("query cited-by 1/2006/TT-BNV (most cited; first 1000)", query.cited_by, engine,
          "1/2006/TT-BNV")
    timed("query cited-by 61/2018/NĐ-CP (33k citing docs; first 1000)", query.cited_by, engine,
          "61/2018/NĐ-CP")
    timed("query docs --unit 'phường Trần Phú' --year 2020", query.docs, engine,
          "phường Trần Phú", None, 2020)


if __name__ == "__main__":
    main()
