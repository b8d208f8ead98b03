"""DOCX with python-docx: paragraphs and tables in document order (the body's XML
children are walked, so a table between two paragraphs stays between them).

A table is written cell by cell, each cell's lines followed by a line holding only "|"
(the corpus convention, same as the PDF layout for two-column blocks). Merged cells are
written once. Each page also carries its tables as grids (Page.tables) for
extractor/grammar/tables.py. DOCX has no pages: the text is one page, cut only at explicit page breaks
(w:br type="page" or pageBreakBefore)."""
from __future__ import annotations

from typing import Any, Iterator

from extractor.model import LoadError, Page, RawTable
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


def _walk(container: Any, parent: Any, top: bool = True) -> Iterator[str | None | RawTable]:
    """Yield text lines; None marks an explicit page break; a RawTable (top-level tables
    only) comes right before the lines of its cells."""
    for child in container.iterchildren():
        if child.tag == _qn("w:p"):
            before, inside = _has_page_break(child)
            if before:
                yield None
            yield from _paragraph_text(child, parent).split("\n")
            if inside:
                yield None
        elif child.tag == _qn("w:tbl"):
            yield from _table(child, parent, top)
        elif child.tag == _qn("w:sdt"):  # content controls wrap ordinary content
            content = child.find(_qn("w:sdtContent"))
            if content is not None:
                yield from _walk(content, parent, top)


def _int_attr(el: Any, path: str, default: int) -> int:
    got = el.xpath(path)
    try:
        return int(got[0].get(_qn("w:val"))) if got else default
    except (TypeError, ValueError):
        return default


def _table(tbl: Any, parent: Any, top: bool = True) -> Iterator[str | None | RawTable]:
    """Cell by cell, each cell's lines then a "|" line. Every w:tc is its own cell (a
    horizontally merged cell is one w:tc with gridSpan); a vertically merged
    continuation cell (vMerge without "restart") holds nothing new and is written once,
    by the cell it continues. The grid (with colspan/rowspan) is yielded first as a
    RawTable for extractor/grammar/tables.py."""
    rows: list[list[tuple[int, int, str, list[str]]]] = []  # (grid col, colspan, vmerge, lines)
    for tr in tbl.iterchildren(_qn("w:tr")):
        row = []
        col = _int_attr(tr, "./w:trPr/w:gridBefore", 0)
        for tc in tr.iterchildren(_qn("w:tc")):
            span = max(1, _int_attr(tc, "./w:tcPr/w:gridSpan", 1))
            vmerge = tc.xpath("./w:tcPr/w:vMerge")
            state = ""
            if vmerge:
                state = "restart" if vmerge[0].get(_qn("w:val")) == "restart" else "continue"
            lines: list[str] = []
            if state != "continue":
                lines = [ln for ln in _walk(tc, parent, top=False) if isinstance(ln, str)]
                while lines and not lines[-1].strip():
                    lines.pop()
                while lines and not lines[0].strip():
                    lines.pop(0)
            row.append((col, span, state, lines))
            col += span
        rows.append(row)
    if top:
        raw_rows = []
        for i, row in enumerate(rows):
            out = []
            for col, span, state, lines in row:
                if state == "continue":
                    continue
                rowspan = 1
                if state == "restart":
                    for below in rows[i + 1:]:
                        if any(c == col and st == "continue" for c, _, st, _ in below):
                            rowspan += 1
                        else:
                            break
                out.append(("\n".join(lines), span, rowspan))
            raw_rows.append(out)
        yield RawTable("docx", raw_rows)
    for row in rows:
        for _col, _span, state, lines in row:
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
    tables: list[list[RawTable]] = [[]]
    for line in _walk(document.element.body, document._body):
        if line is None:
            if pages[-1]:
                pages.append([])
                tables.append([])
        elif isinstance(line, RawTable):
            tables[-1].append(line)
        else:
            pages[-1].append(line)
    if len(pages) > 1 and not pages[-1]:
        pages.pop()
    return [Page(i + 1, to_stored("\n".join(lines)), tables=tables[i])
            for i, lines in enumerate(pages)], []
