"""A hostile folder at full size, ingested by `cchc ingest`; prints what each file
became, the run's wall time and the peak memory of the batch and of its workers.

    .venv/bin/python scripts/hostile.py [--timeout 300] [--max-memory 2048] [--jobs N]
                                        [--txt-mb 200] [--html-mb 50] [--pdf-mb 4096]

The folder (made under a temporary directory, removed afterwards): a 200 MB text file,
a PDF whose one content stream inflates to 4 GB, a DOCX zip bomb (word/document.xml
inflating to 300 MB), a 50 MB HTML page, an HTML page nested 300 levels deep, a Russian
text in Windows-1251 (an 8-bit encoding the loaders do not know) and one good report.
The test suite (tests/test_ingest_trust.py) builds the same folder smaller, with lower
limits, from the builders below."""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpora" / "seeds"
FORMATS = ROOT / "corpora" / "formats"
GOOD = SEEDS / "001_3e4ada505bc6bb63.txt"
NESTED_BODY = "<p>Báo cáo kết quả cải cách hành chính năm 2021 của UBND xã Tóc Tiên.</p>"


def make_pdf_bomb(path: Path, mb: int) -> None:
    """A one-page PDF whose content stream inflates to `mb` MB of spaces: one fully
    flushed deflate block of 1 MB repeated (built in seconds, a few KB per 1 MB)."""
    chunk = b" " * (1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    end = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    adler = 1
    for _ in range(mb):
        adler = zlib.adler32(chunk, adler)
    data = b"\x78\xda" + block * mb + end + adler.to_bytes(4, "big")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data
            + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, xref)
    path.write_bytes(bytes(out))


def make_docx_bomb(path: Path, mb: int) -> None:
    """A real DOCX whose word/document.xml is replaced by one inflating to `mb` MB."""
    src = zipfile.ZipFile(FORMATS / "001_3e4ada505bc6bb63.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                z.writestr(info, src.read(info))
                continue
            with z.open("word/document.xml", "w", force_zip64=True) as fh:
                fh.write(b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.'
                         b'openxmlformats.org/wordprocessingml/2006/main"><w:body>')
                chunk = b"<w:p><w:r><w:t>aaaa</w:t></w:r></w:p>" * 30000
                for _ in range(mb * 2 ** 20 // len(chunk)):
                    fh.write(chunk)
                fh.write(b"</w:body></w:document>")


def write_big_text(path: Path, mb: float) -> None:
    """About `mb` million bytes of real report text (the seeds, repeated; 200 MB stays
    under the loaders' 200 MiB cut-off, so extraction is what the limits stop)."""
    blob = ("\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
            + "\n\n").encode("utf-8")
    want = int(mb * 10 ** 6)
    with open(path, "wb") as fh:
        written = 0
        while written + len(blob) <= want:
            fh.write(blob)
            written += len(blob)


def write_big_html(path: Path, mb: float) -> None:
    n = int(mb * 2 ** 20 // len(NESTED_BODY.encode("utf-8"))) + 10
    path.write_text("<html><body>" + NESTED_BODY * n + "</body></html>", encoding="utf-8")


def write_deep_html(path: Path, depth: int = 300) -> None:
    path.write_text("<html><body>" + "<div>" * depth + NESTED_BODY * 5 + "</div>" * depth
                    + "</body></html>", encoding="utf-8")


def write_unknown_encoding(path: Path) -> None:
    path.write_bytes(("Отчёт о результатах административной реформы. " * 40).encode("cp1251"))


def build(folder: Path, txt_mb: float, html_mb: float, pdf_mb: int, docx_mb: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_big_text(folder / "a_big.txt", txt_mb)
    make_pdf_bomb(folder / "b_bomb.pdf", pdf_mb)
    make_docx_bomb(folder / "c_bomb.docx", docx_mb)
    write_big_html(folder / "d_big.html", html_mb)
    write_deep_html(folder / "e_deep.html")
    write_unknown_encoding(folder / "f_russian.txt")
    shutil.copy(GOOD, folder / "z_good.txt")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--max-memory", type=int, default=2048)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--txt-mb", type=float, default=200)
    ap.add_argument("--html-mb", type=float, default=50)
    ap.add_argument("--pdf-mb", type=int, default=4096)
    ap.add_argument("--docx-mb", type=int, default=300)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="cchc-hostile-"))
    try:
        folder = tmp / "hostile"
        t0 = time.monotonic()
        build(folder, args.txt_mb, args.html_mb, args.pdf_mb, args.docx_mb)
        print(f"built the folder in {time.monotonic() - t0:.1f} s:")
        for p in sorted(folder.iterdir()):
            print(f"  {p.name:16} {p.stat().st_size / 2**20:9.1f} MB on disk")
        db = tmp / "h.db"
        env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_THREAD_LIMIT="1")
        t0 = time.monotonic()
        res = subprocess.run([sys.executable, "-m", "extractor", "ingest", str(folder),
                              "--db", str(db), "--timeout", str(args.timeout),
                              "--max-memory", str(args.max_memory), "--jobs", str(args.jobs)],
                             env=env, capture_output=True, text=True)
        wall = time.monotonic() - t0
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"\ncchc ingest --timeout {args.timeout:g} --max-memory {args.max_memory} "
              f"--jobs {args.jobs}: exit {res.returncode}, {wall:.1f} s wall, peak RSS of "
              f"the largest process (batch or worker) {peak:.0f} MB")
        print(res.stdout.strip())
        for line in res.stderr.splitlines():
            print("  " + line)
        c = sqlite3.connect(str(db))
        print("\nstored:")
        for path, status, error, warnings in c.execute(
                "SELECT path, status, error, warnings FROM document ORDER BY path"):
            note = error if status == "failed" else (warnings or "")
            print(f"  {Path(path).name:16} {status:6} {note}")
        ok = {Path(p).name for (p,) in c.execute(
            "SELECT path FROM document WHERE status = 'ok'")}
        c.close()
        good = "z_good.txt" in ok
        print(f"\ngood report stored: {good}; peak memory under the limit: "
              f"{peak < args.max_memory}")
        return 0 if good and peak < args.max_memory else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
