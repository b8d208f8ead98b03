"""Loading stage: any supported file -> `Loaded` (pages of stored text).

`load(path)` sniffs the format from the first bytes (PDF, DOCX = zip holding
word/document.xml, HTML), uses the extension only as a hint, and raises `LoadError`
with a one-line reason (Vietnamese / English) for anything it cannot read; no other
exception escapes for bad input."""
from __future__ import annotations

import hashlib
import os
import zipfile

from extractor.model import Loaded, LoadError, Page
from extractor.normalize import to_stored

from extractor.load.ocr import ocr_available  # noqa: F401  (re-exported for tests)

__all__ = ["load", "load_string", "sniff", "ocr_available", "LoadError"]

_MAGIC = [
    (b"\x89PNG\r\n\x1a\n", "PNG", "ảnh PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG", "ảnh JPEG", "JPEG image"),
    (b"GIF8", "GIF", "ảnh GIF", "GIF image"),
    (b"II*\x00", "TIFF", "ảnh TIFF", "TIFF image"),
    (b"MM\x00*", "TIFF", "ảnh TIFF", "TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE", "tệp Office cũ (.doc/.xls), chưa hỗ trợ",
     "legacy Office file (.doc/.xls), not supported"),
    (b"{\\rtf", "RTF", "tệp RTF, chưa hỗ trợ", "RTF file, not supported"),
    (b"Rar!", "RAR", "tệp nén RAR", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7Z", "tệp nén 7z", "7z archive"),
    (b"\x1f\x8b", "GZIP", "tệp nén gzip", "gzip archive"),
]
MAX_BYTES = 200 * 1024 * 1024
OUT_OF_MEMORY = "tệp quá lớn để đọc (hết bộ nhớ) / file too large to read (out of memory)"


def sniff(head: bytes, path: str = "") -> str:
    """Format from the first bytes: pdf|docx|html|txt, or a foreign magic label."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    for magic, label, _vi, _en in _MAGIC:
        if head.startswith(magic):
            return label
    probe = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in head.lower() \
            or probe.startswith((b"<!doctype html", b"<html")):
        return "html"
    if b"<html" in head[:4096].lower() and b"<body" in head.lower():
        return "html"
    ext = os.path.splitext(path)[1].lower()
    if ext in (".htm", ".html", ".xhtml") and b"<" in head[:4096]:
        return "html"
    return "txt"


def _foreign(label: str, ext: str) -> LoadError:
    for _magic, lab, vi, en in _MAGIC:
        if lab == label:
            if ext == ".pdf":
                return LoadError(f"không phải PDF ({vi}) / not a PDF ({en})")
            return LoadError(f"không phải tài liệu văn bản ({vi}) / not a text document ({en})")
    return LoadError("định dạng không hỗ trợ / unsupported format")


def load(path: str) -> Loaded:
    """Read one file into pages of stored text. Raises LoadError (one-line reason)."""
    try:
        return _load(path)
    except LoadError as exc:
        if _out_of_memory(exc):  # a library turned MemoryError into "damaged"
            raise LoadError(OUT_OF_MEMORY) from None
        raise
    except MemoryError:
        raise LoadError(OUT_OF_MEMORY) from None
    except Exception as exc:  # never let a library error escape for bad input
        raise LoadError(f"không đọc được tệp / cannot read file ({type(exc).__name__}: "
                        f"{str(exc).splitlines()[0][:120] if str(exc) else ''})") from exc


def _out_of_memory(exc: BaseException) -> bool:
    e: BaseException | None = exc
    for _ in range(8):
        if e is None:
            return False
        if isinstance(e, MemoryError):
            return True
        e = e.__cause__ or e.__context__
    return False


def _load(path: str) -> Loaded:
    if not os.path.exists(path):
        raise LoadError("không tìm thấy tệp / file not found")
    if os.path.isdir(path):
        raise LoadError("là thư mục, không phải tệp / a directory, not a file")
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise LoadError("tệp quá lớn (> 200 MB) / file too large (> 200 MB)")
    with open(path, "rb") as fh:
        data = fh.read()
    sha = hashlib.sha256(data).hexdigest()
    if not data:
        raise LoadError("tệp rỗng / empty file")
    ext = os.path.splitext(path)[1].lower()
    kind = sniff(data[:8192], path)
    warnings: list[str] = []
    encoding = None
    if kind == "pdf":
        from extractor.load.pdf import load_pdf
        pages, warnings = load_pdf(path)
        fmt = "pdf"
    elif kind == "zip":
        if not _is_docx(path):
            raise LoadError("tệp nén ZIP, không phải DOCX / a ZIP archive, not a DOCX")
        from extractor.load.docx import load_docx
        pages, warnings = load_docx(path)
        fmt = "docx"
    elif kind == "html":
        from extractor.load.html import load_html
        pages, encoding, warnings = load_html(data)
        fmt = "html"
    elif kind == "txt":
        if ext == ".pdf":
            raise LoadError("không phải PDF (không có chữ ký %PDF) / not a PDF (no %PDF header)")
        if ext == ".docx":
            raise LoadError("không phải DOCX (không phải tệp ZIP) / not a DOCX (not a ZIP file)")
        from extractor.load.text import load_text
        text, encoding = load_text(data)
        pages = [Page(1, to_stored(text))]
        fmt = "txt"
    else:
        raise _foreign(kind, ext)
    return Loaded(path=path, sha256=sha, format=fmt, pages=pages, encoding=encoding,
                  warnings=warnings)


def load_string(text: str, path: str = "<text>") -> Loaded:
    """A text given as a string, stored exactly as a .txt file holding it would be."""
    stored = to_stored(text)
    return Loaded(path=path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                  format="txt", pages=[Page(1, stored)], encoding="utf-8")


MAX_UNZIPPED = 256 * 1024 * 1024  # declared uncompressed size of all parts of a DOCX
MAX_RATIO = 100  # compression ratio of one part above which it is a bomb, not a report
ZIP_BOMB = "tệp nén quá lớn / zip bomb"


def _is_docx(path: str) -> bool:
    """A ZIP holding word/document.xml whose parts inflate to a bounded size, checked
    on the declared sizes before anything is inflated (zipfile stops reading a part at
    its declared size, so a part that lies about it is a CRC error, not a bomb)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
    except zipfile.BadZipFile:
        raise LoadError("tệp ZIP/DOCX hỏng / damaged ZIP/DOCX file") from None
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED:
        raise LoadError(f"{ZIP_BOMB}: giải nén ra {total / 2**20:.0f} MB (giới hạn "
                        f"{MAX_UNZIPPED // 2**20} MB) / inflates to {total / 2**20:.0f} MB "
                        f"(limit {MAX_UNZIPPED // 2**20} MB)")
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(1, i.compress_size):
            raise LoadError(f"{ZIP_BOMB}: {i.filename} nén {i.file_size // max(1, i.compress_size)}"
                            f":1 / {i.filename} compressed {i.file_size // max(1, i.compress_size)}"
                            f":1 (limit {MAX_RATIO}:1)")
    if len(infos) > 10000:
        raise LoadError(f"{ZIP_BOMB}: {len(infos)} phần / {len(infos)} parts")
    return "word/document.xml" in names
