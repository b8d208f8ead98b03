"""PDF: the text layer read by pdfium (pypdfium2, extractor/load/pdffast.py) page by
page; a page whose words fail the syllable check (fallback-font letters out of order)
is read again from pdfium's characters placed by their boxes (pdffast.char_words, the
pdfplumber word algorithm), a legacy-font page (TCVN3/VNI text layer) is decoded with
the legacy tables, and a page that still fails (or holds turned text) goes through
pdfminer's layout (pdfplumber, pdfchars.py). Either way
the words go through the same layout (layout.py, two-column header blocks). Pages
without a text layer are OCRed (ocr.py), several at a time. Pages with vertical rules
also go to pdfplumber's table finder for their ruled tables (pdfium finds none)."""
from __future__ import annotations

from typing import Any, Optional

from extractor.load import layout, ocr, pdfchars, pdffast
from extractor.model import LoadError, Page, RawTable
from extractor.normalize import to_stored

MIN_TEXT_CHARS = 10  # fewer characters than this on a page with an image: a scan

ENCRYPTED = "PDF bị mã hóa (cần mật khẩu) / encrypted PDF (password required)"
DAMAGED = "PDF bị cắt cụt hoặc hỏng / truncated or damaged PDF"


def _render(po: pdfchars.PageObjects) -> str:
    return "\n".join(layout.render(layout.cluster_lines(po.words), po.rules))


def _render_words(words: list[layout.Word], rules) -> str:
    return "\n".join(layout.render(layout.cluster_lines(words), rules))


MIN_RULES = 4  # vertical rules on a page before pdfplumber's table finder is asked


def ruled_tables(page: Any) -> list[RawTable]:
    """Tables drawn with ruling lines (pdfplumber's table finder, only on pages that have
    vertical rules, MIN_RULES or more): rows of (text, colspan, rowspan), spans from the
    cells' boxes."""
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


class _Plumber:
    """The pdfminer path, opened only when a page needs it."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.pdf = None

    def page_objects(self, i: int) -> pdfchars.PageObjects:
        import pdfplumber
        if self.pdf is None:
            try:
                self.pdf = pdfplumber.open(self.path)
            except Exception as exc:  # pdfminer raises many kinds for bad files
                raise _open_error(exc) from exc
        page = self.pdf.pages[i]
        try:
            return pdfchars.page_objects(page)
        finally:
            try:  # close(), not flush_cache(): it also drops the text-map cache
                page.close()
            except Exception:
                pass

    def tables(self, i: int) -> list[RawTable]:
        """Page i's ruled tables (pdfplumber's table finder; pdfium has none)."""
        import pdfplumber
        if self.pdf is None:
            try:
                self.pdf = pdfplumber.open(self.path)
            except Exception:
                return []
        page = self.pdf.pages[i]
        try:
            return ruled_tables(page)
        finally:
            try:
                page.close()
            except Exception:
                pass

    def close(self) -> None:
        if self.pdf is not None:
            try:
                self.pdf.close()
            except Exception:
                pass


def _check_structure(path: str) -> None:
    """pdfium repairs what pdfminer calls damaged (a truncated file reads as far as it
    goes): keep calling such files damaged, as the pdfminer path always did."""
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - 2048))
        tail = fh.read()
    if b"%%EOF" not in tail and b"startxref" not in tail:
        raise LoadError(DAMAGED)


def load_pdf(path: str) -> tuple[list[Page], list[str]]:
    import pypdfium2 as pdfium

    _check_structure(path)
    try:
        doc = pdfium.PdfDocument(path)
    except Exception as exc:
        raise _open_error(exc) from exc
    warnings: list[str] = []
    texts: list[Optional[str]] = []
    ocr_flags: list[bool] = []
    scans: list[int] = []
    tables: list[list[RawTable]] = []
    plumber = _Plumber(path)
    try:
        n = len(doc)
        for i in range(n):
            try:
                text, scan, n_rules = _page(doc, i, plumber, warnings)
                page_tables = plumber.tables(i) if text and n_rules >= MIN_RULES else []
            except LoadError:
                raise
            except Exception as exc:
                if i == 0:
                    raise _open_error(exc) from exc
                warnings.append(f"trang {i + 1} không đọc được / page {i + 1} unreadable "
                                f"({type(exc).__name__})")
                text, scan, page_tables = "", False, []
            if scan:
                scans.append(i)
            texts.append(text)
            tables.append(page_tables)
            ocr_flags.append(False)
        if scans:
            for i, (text, warn) in zip(scans, ocr.ocr_pdf_pages(doc, scans)):
                if warn and warn not in warnings:
                    warnings.append(warn)
                texts[i], ocr_flags[i] = text, not warn
    finally:
        plumber.close()
        doc.close()
    if not texts:
        raise LoadError("PDF không có trang nào / PDF has no pages")
    return [Page(i + 1, to_stored(t or ""), ocr=o, tables=tb) for i, (t, o, tb) in
            enumerate(zip(texts, ocr_flags, tables))], warnings


def _page(doc: Any, i: int, plumber: _Plumber, warnings: list[str]) -> tuple[Optional[str], bool, int]:
    """(text, is_scan, vertical rules) of page i: pdfium when its words read, else legacy-decoded, else
    the pdfminer path."""
    page = doc[i]
    try:
        fast = pdffast.fast_page(page)
    finally:
        page.close()
    if fast.text_chars < MIN_TEXT_CHARS and fast.has_images:
        return None, True, 0
    if not fast.rotated and pdffast.readable(" ".join(w.text for w in fast.words)):
        return _render_words(fast.words, fast.rules), False, len(fast.rules)
    if not fast.rotated:
        page = doc[i]
        try:
            words = pdffast.char_words(page)  # letters of a fallback font out of order
        finally:
            page.close()
        if words is not None and pdffast.readable(" ".join(w.text for w in words)):
            return _render_words(words, fast.rules), False, len(fast.rules)
        decoded = pdffast.legacy_words(fast.words)
        if decoded is not None:
            name, words = decoded
            _warn_legacy(warnings, name)
            return _render_words(words, fast.rules), False, len(fast.rules)
    po = plumber.page_objects(i)
    if po.text_chars < MIN_TEXT_CHARS and po.has_images:
        return None, True, 0
    if po.rotated_chars:
        warnings.append(f"trang {i + 1}: bỏ qua {po.rotated_chars} ký tự xoay / "
                        f"page {i + 1}: {po.rotated_chars} rotated characters left out")
    if not pdffast.readable(" ".join(w.text for w in po.words)):
        decoded = pdffast.legacy_words(po.words)
        if decoded is not None:
            name, words = decoded
            _warn_legacy(warnings, name)
            return _render_words(words, po.rules), False, len(po.rules)
    return _render(po), False, len(po.rules)


def _warn_legacy(warnings: list[str], name: str) -> None:
    w = (f"phông chữ cũ {name.upper()} đã được chuyển sang Unicode / legacy {name.upper()} "
         "font text converted to Unicode")
    if w not in warnings:
        warnings.append(w)
