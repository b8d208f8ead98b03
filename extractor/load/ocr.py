"""OCR of scanned PDF pages with the tesseract CLI (`-l vie`).

Pages are rendered by pdfium (pypdfium2, ~0.1 s a page against 0.4-0.6 s through
pdfplumber), one after the other (pdfium is not thread-safe), and the tesseract
processes of a file's pages run in parallel, as many as there are cores
($CCHC_OCR_JOBS to change it).

The page is rendered at the resolution of the scan it holds (the image's own ppi,
kept within MIN_DPI..MAX_DPI; DEFAULT_DPI when there is no usable image): upsampling a
200 ppi scan to 300 dpi measurably lowered word recall on the corpus scan (0.997 ->
0.995). Tesseract's word boxes go through the same layout as the PDF text layer, so
header columns stay apart. OMP_THREAD_LIMIT=1: tesseract's OpenMP threads only slow
it down on small machines."""
from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from typing import Any

from extractor.load import layout

LANG = "vie"
PSM = "3"
DEFAULT_DPI = 300
MIN_DPI, MAX_DPI = 150, 400
TIMEOUT = 180  # seconds per page

UNAVAILABLE = "không có OCR (tesseract-ocr-vie chưa cài) / OCR unavailable"


@lru_cache(maxsize=1)
def ocr_available() -> bool:
    """True when the tesseract CLI is installed with the Vietnamese model."""
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True,
                             timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    langs = {ln.strip() for ln in (out.stdout + out.stderr).splitlines()}
    return LANG in langs


def tesseract_words(image_path: str, scale: float) -> list[layout.Line]:
    """Run tesseract on an image; return its lines with word boxes in PDF points."""
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    out = subprocess.run(["tesseract", image_path, "stdout", "-l", LANG, "--psm", PSM,
                          "tsv"], capture_output=True, text=True, env=env,
                         timeout=TIMEOUT, check=True)
    lines: dict[tuple[str, str, str], layout.Line] = {}
    reader = csv.DictReader(io.StringIO(out.stdout), delimiter="\t",
                            quoting=csv.QUOTE_NONE)
    for row in reader:
        if row.get("level") != "5" or not (row.get("text") or "").strip():
            continue
        left, top = float(row["left"]), float(row["top"])
        w, h = float(row["width"]), float(row["height"])
        word = layout.Word(row["text"].strip(), left * scale, (left + w) * scale,
                           top * scale, (top + h) * scale)
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, layout.Line()).words.append(word)
    return layout.merge_lines(list(lines.values()))


def ocr_jobs() -> int:
    try:
        return max(1, int(os.environ.get("CCHC_OCR_JOBS", "0"))) \
            if os.environ.get("CCHC_OCR_JOBS") else max(1, len(os.sched_getaffinity(0)))
    except (ValueError, AttributeError):
        return max(1, os.cpu_count() or 1)


def pdfium_page_dpi(page: Any) -> int:
    """page_dpi for a pypdfium2 page: the largest image's own resolution, clamped."""
    import ctypes

    import pypdfium2.raw as raw
    best, area = DEFAULT_DPI, 0.0
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    w_px, h_px = ctypes.c_uint(), ctypes.c_uint()
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_IMAGE:
            continue
        if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
            continue
        if not raw.FPDFImageObj_GetImagePixelSize(obj, w_px, h_px) or not w_px.value:
            continue
        w_pt, h_pt = r.value - l.value, t.value - b.value
        if w_pt > 0 and w_pt * h_pt > area:
            area = w_pt * h_pt
            best = round(w_px.value / (w_pt / 72.0))
    return max(MIN_DPI, min(MAX_DPI, best))


def ocr_pdf_pages(doc: Any, indices: list[int]) -> list[tuple[str, str | None]]:
    """(text, warning) of the pages `indices` of a pypdfium2 document: rendered here,
    recognised in parallel."""
    if not ocr_available():
        return [("", UNAVAILABLE)] * len(indices)
    from concurrent.futures import ThreadPoolExecutor
    with tempfile.TemporaryDirectory(prefix="cchc-ocr-") as tmp:
        jobs = []
        for i in indices:
            page = doc[i]
            try:
                dpi = pdfium_page_dpi(page)
                img = os.path.join(tmp, f"page{i}.png")
                page.render(scale=dpi / 72.0, grayscale=True).to_pil().convert("L").save(img)
            finally:
                page.close()
            jobs.append((i, img, dpi))

        def one(job: tuple[int, str, int]) -> tuple[str, str | None]:
            i, img, dpi = job
            try:
                lines = tesseract_words(img, 72.0 / dpi)
            except (OSError, subprocess.SubprocessError) as exc:
                return "", f"OCR lỗi ở trang {i + 1} / OCR failed ({type(exc).__name__})"
            return "\n".join(layout.render(lines)), None

        with ThreadPoolExecutor(max_workers=min(ocr_jobs(), len(jobs))) as pool:
            return list(pool.map(one, jobs))
