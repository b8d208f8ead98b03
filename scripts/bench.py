#!/usr/bin/env python
"""Benchmarks (figures, not tests), side by side in one run:
- text PDFs (the corpus's, fallback-font pages included, concatenated to --pages
  pages): pdfplumber's own extract_text, pypdfium2's get_text_range, and `cchc ingest`
  with all cores (the pages split over one file per 25 pages), in pages/s;
- TXT: `cchc ingest` of --txt generated reports with all cores, in reports/s: distinct
  reports (each its own number, stored with its facts), then copies of the seeds;
- OCR: the scanned corpus pages, with 1 and with all cores, in pages/s;
- the archive audit at 1,000 / 10,000 / 100,000 synthetic documents (full audit time
  and peak memory, time to add one file; scripts/bench_archive.py);
- the formats corpus and the reference finder's MB/s on one core.

    .venv/bin/python scripts/bench.py [--pages 500] [--txt 200] [--archive 1000,10000,100000]
                                      [--skip-ocr]
"""
from __future__ import annotations

import argparse
import os
import re
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
                         text=True, cwd=ROOT)
    if out.returncode:
        sys.exit(f"benchmark step failed:\n{out.stderr[-3000:]}")
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
                  "c=time.process_time()\ndoc=pdfplumber.open(sys.argv[1])\nn=0\n"
                  "for page in doc.pages:\n    page.extract_text(); page.close(); n+=1\n"
                  "print(json.dumps({'seconds':time.perf_counter()-t,'pages':n,"
                  "'cpu':time.process_time()-c,'peak_mb':_peak()}))", str(pdf))


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


def cores() -> int:
    return len(os.sched_getaffinity(0))


def split_pdf(pdf: Path, per_file: int, out_dir: Path) -> list[str]:
    import pypdfium2 as pdfium
    src = pdfium.PdfDocument(str(pdf))
    out = []
    for k in range(0, len(src), per_file):
        dst = pdfium.PdfDocument.new()
        dst.import_pages(src, list(range(k, min(len(src), k + per_file))))
        path = out_dir / f"part{k // per_file:03d}.pdf"
        dst.save(str(path))
        out.append(str(path))
    return out


def pdfium_baseline(pdf: Path) -> dict:
    """pypdfium2's plain text of every page, in a fresh process."""
    return _child("import json,sys,time,pypdfium2 as p\nt=time.perf_counter()\n"
                  "d=p.PdfDocument(sys.argv[1])\nn=0\n"
                  "for page in d:\n    tp=page.get_textpage(); tp.get_text_range(); n+=1\n"
                  "print(json.dumps({'seconds':time.perf_counter()-t,'pages':n,"
                  "'peak_mb':_peak()}))", str(pdf))


def run_ingest_jobs(paths: list[str], db: Path, jobs: int) -> dict:
    """`cchc ingest` with `jobs` workers in a fresh process: wall seconds, and the CPU
    seconds of the run (main process and its workers; the database opened first is
    not counted), which the machine's other load does not inflate. The run's one-off
    start-up (the stages imported, rule files read, patterns compiled, the
    administrative map read: `ingest._prewarm`, done once before the workers fork) is
    measured apart ('startup_cpu', 'startup_seconds'): 'seconds' and 'cpu' are the
    files' own."""
    return _child("import json,resource,sys,time\n"
                  "def cpu():\n    a=resource.getrusage(resource.RUSAGE_SELF)\n"
                  "    b=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
                  "    return a.ru_utime+a.ru_stime+b.ru_utime+b.ru_stime\n"
                  "from extractor.store.db import open_engine\n"
                  "e=open_engine(sys.argv[1])\nt0=time.perf_counter();c0=cpu()\n"
                  "from extractor.ingest import ingest, _prewarm\n_prewarm()\n"
                  "t=time.perf_counter();c=cpu()\n"
                  "s=ingest(e,sys.argv[3:],jobs=int(sys.argv[2]))\n"
                  "print(json.dumps({'seconds':time.perf_counter()-t,'cpu':cpu()-c,"
                  "'startup_seconds':t-t0,'startup_cpu':c-c0,"
                  "'pages':s.pages,'new':s.new,'failed':s.failed,'peak_mb':_peak()}))",
                  str(db), str(jobs), *paths)


_OWN_NUMBER = re.compile(r"^(\s*Số\s*:\s*)(\d+)", re.M)


def make_txt(n: int, out_dir: Path, copies: bool = False) -> list[str]:
    """`n` reports made from the seeds. By default each is a document of its own: its
    own number's ordinal is i + 1 (a seed without a number line gets "Số: i+1/BC-UBND"
    on top), so store/identity.py stores every one with its facts. With copies=True
    only a line at the end differs: same number and text, so all but one per seed are
    stored as copies (another file of a stored document, no facts)."""
    seeds = sorted((ROOT / "corpora/seeds").glob("*.txt"))
    out = []
    for i in range(n):
        src = seeds[i % len(seeds)].read_text(encoding="utf-8")
        if copies:
            src += f"\n(bản {i})\n"  # distinct bytes
        elif _OWN_NUMBER.search(src[:2000]):
            src = _OWN_NUMBER.sub(lambda m: f"{m.group(1)}{i + 1}", src, count=1)
        else:
            src = f"Số: {i + 1}/BC-UBND\n" + src
        p = out_dir / f"r{i:05d}.txt"
        p.write_text(src, encoding="utf-8")
        out.append(str(p))
    return out


def ocr_speed(jobs: int, pages: int) -> dict:
    """OCR of the corpus scan's pages repeated to `pages` pages, CCHC_OCR_JOBS=jobs."""
    code = ("import json,os,sys,time\nimport pypdfium2 as p\n"
            "src=p.PdfDocument(sys.argv[1]);d=p.PdfDocument.new()\n"
            "while len(d)<int(sys.argv[2]):\n"
            "    d.import_pages(src,list(range(min(len(src),int(sys.argv[2])-len(d)))))\n"
            "d.save(sys.argv[3])\nfrom extractor.load.pdf import load_pdf\n"
            "t=time.perf_counter();pages,_=load_pdf(sys.argv[3])\n"
            "print(json.dumps({'seconds':time.perf_counter()-t,'pages':sum(x.ocr for x in pages),"
            "'peak_mb':_peak()}))")
    env = dict(os.environ, CCHC_OCR_JOBS=str(jobs), OMP_THREAD_LIMIT="1")
    import json
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([sys.executable, "-c", PEAK + code,
                              str(ROOT / "corpora/formats/004_592319bdbe9c2a64.scan.pdf"),
                              str(pages), os.path.join(tmp, "scan.pdf")],
                             capture_output=True, text=True, cwd=ROOT, check=True, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--txt", type=int, default=200)
    ap.add_argument("--ocr-pages", type=int, default=8)
    ap.add_argument("--archive", default="1000,10000,100000")
    ap.add_argument("--skip-ocr", action="store_true")
    args = ap.parse_args()
    n = cores()
    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    try:
        print(f"cores: {n}; load average {os.getloadavg()[0]:.1f} (figures scale with it)")
        pdf = tmp / f"generated-{args.pages}.pdf"
        make_pdf(args.pages, pdf)
        base = plumber_baseline(pdf)
        fast = pdfium_baseline(pdf)
        parts = tmp / "parts"
        parts.mkdir()
        r = run_ingest_jobs(split_pdf(pdf, 25, parts), tmp / "pdf.db", n)
        pp = base["pages"] / base["seconds"]
        print(f"text PDFs, {args.pages} pages (fallback-font pages included):")
        print(f"  pdfplumber extract_text   {pp:8.1f} pages/s  (peak {base['peak_mb']:.0f} MB)")
        print(f"  pypdfium2 get_text_range  {fast['pages'] / fast['seconds']:8.1f} pages/s  "
              f"(peak {fast['peak_mb']:.0f} MB)")
        ip = r["pages"] / r["seconds"]
        ip_all = r["pages"] / (r["seconds"] + r["startup_seconds"])
        print(f"  cchc ingest, {n} jobs      {ip:8.1f} pages/s  (peak {r['peak_mb']:.0f} MB "
              f"main process; {ip / pp:.1f}x pdfplumber extract_text; target >= 20x; CPU "
              f"{r['cpu']:.1f} s = {r['pages'] / r['cpu']:.1f} pages per CPU second against "
              f"{base['pages'] / base['cpu']:.1f} for extract_text, "
              f"{1000 * r['cpu'] / r['pages']:.1f} ms CPU a page; load "
              f"{os.getloadavg()[0]:.1f})")
        print(f"  the same with the run's start-up ({r['startup_cpu']:.2f} s CPU, "
              f"{r['startup_seconds']:.2f} s): {ip_all:.1f} pages/s = {ip_all / pp:.1f}x, "
              f"{r['pages'] / (r['cpu'] + r['startup_cpu']):.1f} pages per CPU second")
        for copies in (False, True):
            txt = tmp / f"txt{int(copies)}"
            txt.mkdir()
            r = run_ingest_jobs(make_txt(args.txt, txt, copies), tmp / f"txt{int(copies)}.db", n)
            what = ("copies of the 5 seeds (same text, other bytes)" if copies
                    else "distinct reports (each its own number)")
            total_cpu = r["cpu"] + r["startup_cpu"]
            print(f"TXT, {what}: {r['new']} files in {r['seconds']:.1f} s = "
                  f"{r['new'] / r['seconds']:.1f} reports/s with {n} jobs (target >= 100 on 2 "
                  f"cores); CPU {r['cpu']:.1f} s = {1000 * r['cpu'] / r['new']:.1f} ms per "
                  f"report (main process and workers), {n * r['new'] / r['cpu']:.1f} reports/s "
                  f"on {n} idle cores at best; peak {r['peak_mb']:.0f} MB main process; load "
                  f"{os.getloadavg()[0]:.1f}")
            print(f"  with the run's start-up ({r['startup_cpu']:.2f} s CPU, "
                  f"{r['startup_seconds']:.2f} s): "
                  f"{r['new'] / (r['seconds'] + r['startup_seconds']):.1f} reports/s, "
                  f"{1000 * total_cpu / r['new']:.1f} ms CPU per report")
        if not args.skip_ocr:
            one = ocr_speed(1, args.ocr_pages)
            alln = ocr_speed(n, args.ocr_pages)
            print(f"OCR: {one['pages'] / one['seconds']:.2f} pages/s with 1 core, "
                  f"{alln['pages'] / alln['seconds']:.2f} pages/s with {n} "
                  f"({args.ocr_pages} pages; peak {max(one['peak_mb'], alln['peak_mb']):.0f} MB)")
        sizes = [int(x) for x in args.archive.split(",") if x]
        if sizes:
            sys.path.insert(0, str(ROOT / "scripts"))
            import bench_archive
            print("archive audit:")
            bench_archive.report_rows(bench_archive.run(sizes))
        formats = [str(p) for p in sorted((ROOT / "corpora/formats").iterdir())
                   if p.is_file() and not p.name.endswith(".json") and p.suffix != ".tsv"
                   and not (args.skip_ocr and ".scan." in p.name)]
        formats += [str(p) for p in sorted((ROOT / "corpora/formats/broken").iterdir())]
        r = run_ingest(formats, tmp / "formats.db")
        print(f"ingest formats corpus: {r['new']} stored, {r['failed']} failed, {r['pages']} "
              f"pages in {r['seconds']:.1f} s = {r['pages'] / r['seconds']:.1f} pages/s, "
              f"peak RSS {r['peak_mb']:.0f} MB")
        print("reference finder:", finder_speed())
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
