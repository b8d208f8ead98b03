"""DOCX with python-docx: paragraphs and tables in document order (the body's XML
children are walked, so a table between two paragraphs stays between them).

A table is written cell by cell, each cell's lines followed by a line holding only "|"
(the corpus convention, same as the PDF layout for two-column blocks). Merged cells are
written once. DOCX has no pages: the text is one page, cut only at explicit page breaks
(w:br type="page" or pageBreakBefore)."""
from __future__ import annotations

from typing import Any, Iterator

from extractor.model import LoadError, Page
from extractor.normalize import to_stored

CELL_SEP = "|"


def _qn(tag: str) -> str:
    from docx.oxml.ns import qn
    return qn(tag)


def _paragraph_text(p_el: Any, parent: Any) -> str:
    from docx.text.paragraph import Paragraph
    return Paragraph(p_el, parent).text


def _has_page_break(p_el: Any) -> tuple[bool, bool]:
    """(break before the paragraph, break inside/after it)."""
    before = bool(p_el.xpath("./w:pPr/w:pageBreakBefore[not(@w:val='0' or @w:val='false')]"))
    inside = bool(p_el.xpath(".//w:br[@w:type='page']"))
    return before, inside


def _walk(container: Any, parent: Any) -> Iterator[str | None]:
    """Yield text lines; None marks an explicit page break."""
    for child in container.iterchildren():
        if child.tag == _qn("w:p"):
            before, inside = _has_page_break(child)
            if before:
                yield None
            yield from _paragraph_text(child, parent).split("\n")
            if inside:
                yield None
        elif child.tag == _qn("w:tbl"):
            yield from _table(child, parent)
        elif child.tag == _qn("w:sdt"):  # content controls wrap ordinary content
            content = child.find(_qn("w:sdtContent"))
            if content is not None:
                yield from _walk(content, parent)


def _table(tbl: Any, parent: Any) -> Iterator[str | None]:
    seen: set[int] = set()
    # the cells themselves are kept alive: lxml hands out short-lived proxies, and the
    # id() of a freed one is reused by the next, so a set of ids alone skipped a cell
    # now and then (the place-date cell of seed 001 vanished in about 1 load of 20)
    kept: list[Any] = []
    for tr in tbl.iterchildren(_qn("w:tr")):
        for tc in tr.iterchildren(_qn("w:tc")):
            # vertically merged continuation cells hold nothing new
            vmerge = tc.xpath("./w:tcPr/w:vMerge")
            if vmerge and vmerge[0].get(_qn("w:val")) in (None, "continue"):
                continue
            if id(tc) in seen:
                continue
            seen.add(id(tc))
            kept.append(tc)
            lines = [ln for ln in _walk(tc, parent) if ln is not None]
            while lines and not lines[-1].strip():
                lines.pop()
            while lines and not lines[0].strip():
                lines.pop(0)
            if lines:
                yield from lines
                yield CELL_SEP


def load_docx(path: str) -> tuple[list[Page], list[str]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(path)
    except PackageNotFoundError:
        raise LoadError("không phải DOCX hợp lệ / not a valid DOCX") from None
    except Exception as exc:
        raise LoadError(f"DOCX hỏng / damaged DOCX ({type(exc).__name__})") from exc
    pages: list[list[str]] = [[]]
    for line in _walk(document.element.body, document._body):
        if line is None:
            if pages[-1]:
                pages.append([])
        else:
            pages[-1].append(line)
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return [Page(i + 1, to_stored("\n".join(lines))) for i, lines in enumerate(pages)], []
