#!/usr/bin/env python
"""Benchmarks (figures, not tests). Prints pages/s and peak memory of `cchc ingest`
on the formats corpus and on a generated 500-page PDF, pdfplumber's own extract_text
over the same pages for comparison, and the reference finder's MB/s on one core.

    .venv/bin/python scripts/bench.py [--pages 500] [--skip-ocr]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def make_pdf(pages: int, out: Path) -> None:
    """Concatenate the corpus's text PDFs until `pages` pages (pypdfium2 ships with
    pdfplumber; used here only to write the file, never to read text)."""
    import pypdfium2 as pdfium
    srcs = [pdfium.PdfDocument(str(p)) for p in sorted((ROOT / "corpora/formats").glob("*.pdf"))
            if ".scan." not in p.name]
    dst = pdfium.PdfDocument.new()
    i = 0
    while len(dst) < pages:
        src = srcs[i % len(srcs)]
        take = min(len(src), pages - len(dst))
        dst.import_pages(src, list(range(take)))
        i += 1
    dst.save(str(out))


PEAK = ("def _peak():\n"
        "    # VmHWM: this process's own peak (ru_maxrss survives exec from the parent)\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmHWM:'):\n"
        "            return int(line.split()[1]) / 1024\n")


def _child(code: str, *args: str) -> dict:
    import json
    out = subprocess.run([sys.executable, "-c", PEAK + code, *args], capture_output=True,
                         text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_ingest(paths: list[str], db: Path) -> dict:
    """`cchc ingest` in a fresh process: seconds, pages, peak RSS (MB)."""
    return _child("import json,sys,time\nfrom extractor.store.db import open_engine\n"
                  "from extractor.ingest import ingest\nt=time.perf_counter()\n"
                  "s=ingest(open_engine(sys.argv[1]),sys.argv[2:])\n"
                  "print(json.dumps({'seconds':time.perf_counter()-t,'pages':s.pages,"
                  "'new':s.new,'failed':s.failed,'peak_mb':_peak()}))", str(db), *paths)


def plumber_baseline(pdf: Path) -> dict:
    """pdfplumber's own extract_text over every page, in a fresh process."""
    return _child("import json,sys,time,pdfplumber\nt=time.perf_counter()\n"
                  "doc=pdfplumber.open(sys.argv[1])\nn=0\n"
                  "for page in doc.pages:\n    page.extract_text(); page.close(); n+=1\n"
                  "print(json.dumps({'seconds':time.perf_counter()-t,'pages':n,"
                  "'peak_mb':_peak()}))", str(pdf))


def finder_speed() -> str:
    try:
        from extractor.find.references import find_references
    except ImportError:
        return "reference finder not installed"
    from extractor.normalize import DocText
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora/seeds")
                                                                     .glob("*.txt")))
    big = (text + "\n") * max(1, (5 << 20) // len(text.encode()))
    doc = DocText.from_text(big)
    t, c = time.perf_counter(), time.process_time()
    refs = find_references(doc)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    mb = len(big.encode()) / 1e6
    return (f"{mb:.1f} MB: {mb / dc:.1f} MB/s of CPU time on one core ({mb / dt:.1f} MB/s "
            f"wall), {len(refs)} references")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--skip-ocr", action="store_true")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        formats = [str(p) for p in sorted((ROOT / "corpora/formats").iterdir())
                   if p.is_file() and not p.name.endswith(".json") and p.suffix != ".tsv"
                   and not (args.skip_ocr and ".scan." in p.name)]
        formats += [str(p) for p in sorted((ROOT / "corpora/formats/broken").iterdir())]
        r = run_ingest(formats, tmp / "formats.db")
        print(f"ingest formats corpus: {r['new']} stored, {r['failed']} failed, {r['pages']} "
              f"pages in {r['seconds']:.1f} s = {r['pages'] / r['seconds']:.1f} pages/s, "
              f"peak RSS {r['peak_mb']:.0f} MB")
        pdf = tmp / f"generated-{args.pages}.pdf"
        make_pdf(args.pages, pdf)
        base = plumber_baseline(pdf)
        print(f"pdfplumber extract_text alone, {base['pages']} pages: {base['seconds']:.1f} s "
              f"= {base['pages'] / base['seconds']:.1f} pages/s, peak RSS "
              f"{base['peak_mb']:.0f} MB")
        r = run_ingest([str(pdf)], tmp / "big.db")
        print(f"ingest {args.pages}-page PDF: {r['seconds']:.1f} s = "
              f"{r['pages'] / r['seconds']:.1f} pages/s, peak RSS {r['peak_mb']:.0f} MB "
              f"(ratio to pdfplumber extract_text: {r['seconds'] / base['seconds']:.2f}x)")
        print("reference finder:", finder_speed())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
