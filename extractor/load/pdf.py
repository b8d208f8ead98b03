"""PDF: the text layer with pdfplumber (its pdfminer layout, read by pdfchars.py into the
words extract_words would give), laid out by layout.py; pages without a text layer are
OCRed (ocr.py).

pypdfium2 is not used for text: it scrambles PDFs whose Vietnamese letters were drawn
from a fallback font (see corpora/formats MANIFEST, font-fallback)."""
from __future__ import annotations

from typing import Any

from extractor.load import layout, ocr, pdfchars
from extractor.model import LoadError, Page, RawTable
from extractor.normalize import to_stored

MIN_TEXT_CHARS = 10  # fewer characters than this on a page with an image: a scan

ENCRYPTED = "PDF bị mã hóa (cần mật khẩu) / encrypted PDF (password required)"
DAMAGED = "PDF bị cắt cụt hoặc hỏng / truncated or damaged PDF"


def page_text(page: Any) -> str:
    po = pdfchars.page_objects(page)
    return _render(po)


def _render(po: pdfchars.PageObjects) -> str:
    return "\n".join(layout.render(layout.cluster_lines(po.words), po.rules))


MIN_RULES = 4  # vertical rules on a page before pdfplumber's table finder is asked


def ruled_tables(page: Any, po: pdfchars.PageObjects) -> list[RawTable]:
    """Tables drawn with ruling lines (pdfplumber's table finder, only on pages that have
    vertical rules): rows of (text, colspan, rowspan), spans from the cells' boxes."""
    if len(po.rules) < MIN_RULES:
        return []
    try:
        found = page.find_tables()
    except Exception:
        return []
    out = []
    for t in found:
        try:
            texts = t.extract()
        except Exception:
            continue
        boxes = [list(r.cells) for r in t.rows]
        xs = sorted({round(v, 1) for r in boxes for c in r if c for v in (c[0], c[2])})
        ys = sorted({round(v, 1) for r in boxes for c in r if c for v in (c[1], c[3])})

        def n_between(vals: list[float], a: float, b: float) -> int:
            return max(1, sum(1 for v in vals if round(a, 1) < v <= round(b, 1)))

        rows = []
        for r_box, r_text in zip(boxes, texts):
            row = []
            for box, text in zip(r_box, r_text):
                if box is None:
                    continue  # covered by a merged cell
                row.append((" ".join((text or "").split()), n_between(xs, box[0], box[2]),
                            n_between(ys, box[1], box[3])))
            rows.append(row)
        if len(rows) >= 2:
            out.append(RawTable("pdf", rows))
    return out


def _open_error(exc: BaseException) -> LoadError:
    chain = []
    e: BaseException | None = exc
    while e is not None and len(chain) < 5:
        chain.append(f"{type(e).__name__}: {e}")
        e = e.__cause__ or e.__context__
    text = " ".join(chain).lower()
    if "password" in text or "encrypt" in text:
        return LoadError(ENCRYPTED)
    return LoadError(DAMAGED)


def load_pdf(path: str) -> tuple[list[Page], list[str]]:
    import pdfplumber

    warnings: list[str] = []
    pages: list[Page] = []
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfminer raises many kinds for bad files
        raise _open_error(exc) from exc
    try:
        try:
            n = len(pdf.pages)
        except Exception as exc:
            raise _open_error(exc) from exc
        for i in range(n):
            try:
                page = pdf.pages[i]
                po = pdfchars.page_objects(page)
                if po.text_chars < MIN_TEXT_CHARS and po.has_images:
                    text, warn = ocr.ocr_pdf_page(page)
                    if warn and warn not in warnings:
                        warnings.append(warn)
                    pages.append(Page(i + 1, to_stored(text), ocr=not warn))
                    continue
                if po.rotated_chars:
                    warnings.append(f"trang {i + 1}: bỏ qua {po.rotated_chars} ký tự xoay / "
                                    f"page {i + 1}: {po.rotated_chars} rotated characters "
                                    "left out")
                pages.append(Page(i + 1, to_stored(_render(po)), tables=ruled_tables(page, po)))
            except LoadError:
                raise
            except Exception as exc:
                if i == 0:
                    raise _open_error(exc) from exc
                warnings.append(f"trang {i + 1} không đọc được / page {i + 1} unreadable "
                                f"({type(exc).__name__})")
                pages.append(Page(i + 1, ""))
            finally:
                try:  # close(), not flush_cache(): it also drops the text-map cache,
                    pdf.pages[i].close()  # which holds most of a page's memory
                except Exception:
                    pass
    finally:
        try:
            pdf.close()
        except Exception:
            pass
    if not pages:
        raise LoadError("PDF không có trang nào / PDF has no pages")
    return pages, warnings
