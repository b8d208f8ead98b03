#!/usr/bin/env python
"""Archive audit at scale (figures, not tests): fills a database with N synthetic
stored documents directly (document, unit, citation and archive-mention rows, as
ingest writes them), then measures in a fresh process the full archive audit
(`cchc audit --rebuild`: every mention derived again and every group recomputed) and
the time to ingest one more report file (extraction, store, incremental pass).

    .venv/bin/python scripts/bench_archive.py 1000 10000 100000
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UNITS = 400
DECREES = 300
CITES_PER_DOC = 6


def _decrees(rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for k in range(DECREES):
        year = 2010 + k % 14
        out.append((f"{k + 1}/{year}/NĐ-CP", dt.date(year, 1 + k % 12, 1 + k % 28).isoformat()))
    return out


def populate(url: str, n: int, seed: int = 5) -> None:
    """N synthetic documents: units' own reports numbered in date order (a few out of
    order), each citing national decrees (Zipf-like popularity, a few with a wrong date)
    and the province's and district's plans of the year."""
    from sqlalchemy import insert

    from extractor import model
    from extractor.store import models as t
    from extractor.store.archive import _archive_doc, mention_rows
    from extractor.store.db import open_engine
    rng = random.Random(seed)
    engine = open_engine(url)
    decrees = _decrees(rng)
    weights = [1 / (i + 1) for i in range(DECREES)]
    units = [model.Unit(name=f"xã Thử {i}", level="xã", district="huyện Cam Lâm",
                        province="Khánh Hòa", key=f"xã thử {i}") for i in range(UNITS)]
    cited: dict[str, int] = {}
    with engine.begin() as conn:
        conn.execute(insert(t.Unit.__table__), [dict(id=i + 1, key=u.key, name=u.name,
                                                      level=u.level, district=u.district,
                                                      province=u.province) for i, u in enumerate(units)])
    per_unit_year: dict[tuple[int, int], int] = {}
    batch = 2000
    for start in range(0, n, batch):
        docs, cits, mentions = [], [], []
        for i in range(start, min(n, start + batch)):
            did = i + 1
            u = rng.randrange(UNITS)
            year = 2016 + (i * 9) // max(n, 1)
            seq = per_unit_year.get((u, year), 0) + 1
            per_unit_year[(u, year)] = seq
            day = dt.date(year, 1, 1) + dt.timedelta(days=min(360, seq * 3))
            if rng.random() < 0.005:
                day = day + dt.timedelta(days=rng.randint(-60, -10))  # out of order
            number = f"{seq}/BC-UBND"
            refs = []
            for j in range(CITES_PER_DOC):
                if j < 4:
                    num, date = rng.choices(decrees, weights)[0]
                    if rng.random() < 0.003:
                        date = (dt.date.fromisoformat(date) + dt.timedelta(days=365)).isoformat()
                    issuer = "Chính phủ"
                else:
                    k = rng.randint(1, 300)
                    num = f"{k}/KH-UBND"
                    date = (dt.date(year, 1, 1) + dt.timedelta(days=k)).isoformat()
                    issuer = "UBND tỉnh" if j == 4 else "UBND huyện"
                text = f"số {num} ngày {date}"
                refs.append(model.Reference(doc_type="Kế hoạch", number=num, key=num, ordinal=None,
                                            year=None, symbol=None, date=date, issuer=issuer,
                                            subject=None, relation=None, text=text, page=1,
                                            start=200 + 40 * j, end=200 + 40 * j + len(text)))
            sha = hashlib.sha256(f"{seed}-{i}".encode()).hexdigest()
            span = model.Span(1, 60, 60 + len(number), number)
            docs.append(dict(id=did, sha256=sha, path=f"/synthetic/{i}.pdf", format="pdf",
                             status="ok", page_count=1, doc_type="Báo cáo", number=number,
                             date=day.isoformat(), year=year, unit_id=u + 1,
                             number_page=1, number_start=60, number_end=60 + len(number),
                             number_text=number, ingested_at=dt.datetime.now(dt.timezone.utc)))
            for r in refs:
                cid = cited.get(r.number)
                if cid is None:
                    cid = cited[r.number] = len(cited) + 1
                    with engine.begin() as conn:
                        conn.execute(insert(t.CitedDocument.__table__),
                                     [dict(id=cid, key=r.number, number=r.number)])
                cits.append(dict(document_id=did, cited_id=cid, doc_type=r.doc_type,
                                 number=r.number, date=r.date, issuer=r.issuer, page=r.page,
                                 start=r.start, end=r.end, text=r.text))
            mentions += mention_rows(did, _archive_doc(sha, number, day.isoformat(), units[u],
                                                       refs, span))
        with engine.begin() as conn:
            conn.execute(insert(t.Document.__table__), docs)
            conn.execute(insert(t.Citation.__table__), cits)
            conn.execute(insert(t.ArchiveMention.__table__), mentions)
    engine.dispose()


PEAK = ("def _peak():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1]) / 1024\n")


def _child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PEAK + code, *args], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_audit(url: str) -> dict:
    return _child("import json,sys,time\nfrom extractor.store.db import open_engine\n"
                  "from extractor.store.archive import rebuild\nfrom sqlalchemy import text\n"
                  "e=open_engine(sys.argv[1])\nt=time.perf_counter()\ng=rebuild(e)\n"
                  "s=time.perf_counter()-t\nwith e.connect() as c:\n"
                  "    f=c.execute(text(\"select count(*) from finding where scope='archive'\")).scalar()\n"
                  "print(json.dumps({'seconds':s,'groups':g,'findings':f,'peak_mb':_peak()}))", url)


def measure_add(url: str, report: str) -> dict:
    return _child("import json,sys,time\nfrom extractor.store.db import open_engine\n"
                  "from extractor.ingest import ingest\ne=open_engine(sys.argv[1])\n"
                  "t=time.perf_counter()\ns=ingest(e,[sys.argv[2]])\n"
                  "print(json.dumps({'seconds':time.perf_counter()-t,'new':s.new,"
                  "'peak_mb':_peak()}))", url, report)


def one_report(tmp: Path) -> str:
    """A report of a synthetic unit citing the most cited decree and a plan."""
    p = tmp / "one.txt"
    p.write_text("ỦY BAN NHÂN DÂN\nXÃ THỬ 7\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "Độc lập – Tự do – Hạnh phúc\n|\nSố: 999/BC-UBND\n|\n"
                 "Cam Lâm, ngày 20 tháng 12 năm 2024\n|\nBÁO CÁO\nKết quả cải cách hành chính\n"
                 "Thực hiện Nghị định số 1/2010/NĐ-CP ngày 01/01/2010 của Chính phủ và Kế hoạch "
                 "số 12/KH-UBND ngày 13/01/2024 của UBND tỉnh, Ủy ban nhân dân xã báo cáo.\n"
                 "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n", encoding="utf-8")
    return str(p)


def run(sizes: list[int]) -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="cchc-bench-archive-") as tmp:
        tmp = Path(tmp)
        report = one_report(tmp)
        empty = f"sqlite:///{tmp / 'empty.db'}"
        base = measure_add(empty, report)
        rows.append({"docs": 0, "add_s": base["seconds"], "add_peak_mb": base["peak_mb"]})
        for n in sizes:
            url = f"sqlite:///{tmp / f'a{n}.db'}"
            t = time.perf_counter()
            populate(url, n)
            gen = time.perf_counter() - t
            a = measure_audit(url)
            add = measure_add(url, report)
            rows.append({"docs": n, "generate_s": gen, "audit_s": a["seconds"],
                         "audit_peak_mb": a["peak_mb"], "groups": a["groups"],
                         "findings": a["findings"], "add_s": add["seconds"],
                         "add_peak_mb": add["peak_mb"]})
            (tmp / f"a{n}.db").unlink()
    return rows


def report_rows(rows: list[dict]) -> None:
    base = rows[0]["add_s"]
    print(f"add one file to an empty archive: {base:.2f} s, peak RSS {rows[0]['add_peak_mb']:.0f} MB")
    for r in rows[1:]:
        print(f"{r['docs']:>7} documents: full archive audit {r['audit_s']:.1f} s "
              f"({r['groups']} groups, {r['findings']} findings), peak RSS "
              f"{r['audit_peak_mb']:.0f} MB; add one file {r['add_s']:.2f} s "
              f"({r['add_s'] / base:.2f}x empty), peak RSS {r['add_peak_mb']:.0f} MB "
              f"[generated in {r['generate_s']:.0f} s]")


if __name__ == "__main__":
    report_rows(run([int(a) for a in sys.argv[1:]] or [1000, 10000]))
