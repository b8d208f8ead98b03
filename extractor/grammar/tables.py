"""Tables as data: one `Table` model, built once per document and read by every finder.

A table is a grid of `Cell`s (merged cells expanded: a cell spanning two columns or rows
appears in each grid slot it covers, as the same object). Every cell keeps its page and
its span in that page's stored text, so `page_text[cell.start:cell.end] == cell.text`.

Where tables come from:
- loaders (DOCX `w:tbl`, HTML `<table>`, ruled PDF tables) put raw grids on their pages
  (`Page.tables`: rows of `(text, colspan, rowspan)` in source order); `locate()` finds
  each cell's text in the stored page text, in reading order;
- a plain text's grid flattened into lines with "|" between cells ("Cấp huyện | 1.245 |
  120"), found by `text_tables()`.

`document_tables(doc)` gives both (a text grid overlapping a loader table's span is the
same table and is left out), cached on the DocText.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

import regex

from extractor.normalize import DocText, to_stored

RawCell = tuple  # (text, colspan, rowspan)


@dataclass(eq=False)
class Cell:
    text: str  # as stored in the page text (page_text[start:end]) when located
    page: int
    start: int  # offsets into the page's stored text; -1: not found there (no evidence)
    end: int
    row: int  # top-left grid slot
    col: int
    rowspan: int = 1
    colspan: int = 1
    doc_start: int = -1  # offsets into DocText.text (for finders working on the view)
    doc_end: int = -1


@dataclass
class Table:
    rows: list[list[Optional[Cell]]]  # grid, merged cells expanded; None: an empty slot
    page: int
    source: str  # docx | html | pdf | text
    doc_start: int = 0  # span of the whole table in DocText.text
    doc_end: int = 0
    header_rows: int = 0  # leading rows without figures (set by readers that need it)
    notes: list[str] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def column(self, j: int) -> list[Optional[Cell]]:
        return [r[j] if j < len(r) else None for r in self.rows]

    def texts(self) -> list[list[str]]:
        return [[c.text if c else "" for c in r] for r in self.rows]


# ---------------------------------------------------------------------- merged cells

def expand(raw_rows: Sequence[Sequence[RawCell]]) -> list[list[Optional[tuple[int, RawCell]]]]:
    """Raw rows (cells in source order with colspan/rowspan) -> a grid of
    (origin id, raw cell); a merged cell fills every slot it covers."""
    grid: list[list[Optional[tuple[int, RawCell]]]] = []
    taken: dict[tuple[int, int], tuple[int, RawCell]] = {}
    oid = 0
    for i, row in enumerate(raw_rows):
        out: list[Optional[tuple[int, RawCell]]] = []
        j = 0
        for cell in row:
            while (i, j) in taken:
                out.append(taken.pop((i, j)))
                j += 1
            colspan, rowspan = max(1, int(cell[1] or 1)), max(1, int(cell[2] or 1))
            item = (oid, cell)
            oid += 1
            for dj in range(colspan):
                out.append(item)
                for di in range(1, rowspan):
                    taken[(i + di, j + dj)] = item
            j += colspan
        while (i, j) in taken:
            out.append(taken.pop((i, j)))
            j += 1
        grid.append(out)
    return grid


# ------------------------------------------------------------------------ locating

_WS = regex.compile(r"\s+")


def _pattern(text: str) -> Optional[regex.Pattern]:
    words = to_stored(text).split()
    if not words:
        return None
    return regex.compile(r"\s+".join(regex.escape(w) for w in words))


def _search(pat: regex.Pattern, text: str, pos: int, used: set[int], reach: int
            ) -> Optional[regex.Match]:
    for m in pat.finditer(text, pos, min(len(text), pos + reach)):
        if m.start() not in used:
            return m
    return None


def locate(page_text: str, page_no: int, raw_rows: Sequence[Sequence[RawCell]],
           source: str, base: int = 0, pos: int = 0) -> tuple[Optional[Table], int]:
    """A raw grid -> a Table whose cells point into page_text (searched in reading order
    from pos, whitespace-tolerant). Cells whose text cannot be found (or are empty) are
    left as None. Returns the table (None when no cell was found) and the position after
    its last cell."""
    grid = expand(raw_rows)
    cells: dict[int, Cell] = {}
    missing: set[int] = set()
    used: set[int] = set()
    cursor = pos
    first = None
    for i, row in enumerate(grid):
        for j, item in enumerate(row):
            if item is None or item[0] in cells or item[0] in missing:
                continue
            oid, raw = item
            pat = _pattern(str(raw[0] or ""))
            if pat is None:
                missing.add(oid)
                continue
            # in reading order after the last cell; else near the table's first cell (a
            # merged header cell's text may sit on a line above or below its row's)
            m = _search(pat, page_text, cursor, used, 2000 + len(raw[0]) * 4)
            if m is None and first is not None:
                m = _search(pat, page_text, max(pos, first - 600), used, 4600)
            if m is None:
                # the loader's text for the cell is not in the page text as one run (a PDF
                # cell whose lines interleave with its neighbours'): kept, without a span
                cells[oid] = Cell(" ".join(to_stored(str(raw[0])).split()), page_no, -1, -1, i, j,
                                  int(raw[2] or 1), int(raw[1] or 1), -1, -1)
                continue
            used.add(m.start())
            cursor = max(cursor, m.end())
            first = m.start() if first is None else min(first, m.start())
            cells[oid] = Cell(m.group(), page_no, m.start(), m.end(), i, j,
                              int(raw[2] or 1), int(raw[1] or 1), base + m.start(), base + m.end())
    if not any(c.start >= 0 for c in cells.values()):
        return None, pos
    rows = [[cells.get(item[0]) if item else None for item in row] for row in grid]
    return Table(rows, page_no, source, base + (first or 0), base + cursor), cursor


# ------------------------------------------------------------------------ text grids

_PIPE_ROW = regex.compile(r"^[^\n|]*(?:\|[^\n|]*){2,}$", regex.M)


def located(cell: Optional[Cell]) -> bool:
    return cell is not None and cell.start >= 0


def text_tables(doc: DocText) -> list[Table]:
    """Grids flattened into text lines with "|" between cells: runs of at least two
    consecutive such lines (a blank line or a line without "|" ends a table)."""
    out: list[Table] = []
    text = doc.text
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if len(run) >= 2:
            out.append(_pipe_table(doc, run))
        run.clear()

    last_end = -2
    for m in _PIPE_ROW.finditer(text):
        if m.start() != last_end + 1:
            flush()
        if m.group().count("|") >= 2 and m.group().strip():
            run.append((m.start(), m.end()))
            last_end = m.end()
        else:
            flush()
            last_end = -2
    flush()
    return out


def _pipe_table(doc: DocText, lines: list[tuple[int, int]]) -> Table:
    rows: list[list[Optional[Cell]]] = []
    text = doc.text
    page = doc.pages[doc.page_of(lines[0][0])].number
    for i, (a, b) in enumerate(lines):
        row: list[Optional[Cell]] = []
        line = text[a:b]
        parts = line.split("|")
        # "| a | b |" (both edges): the empty edges are no cells; " | b" is an empty first cell
        offset = 0
        if len(parts) > 2 and not parts[0].strip() and not parts[-1].strip():
            offset = len(parts[0]) + 1
            parts = parts[1:-1]
        p = a + offset
        for j, part in enumerate(parts):
            lead = len(part) - len(part.lstrip())
            s, e = p + lead, p + len(part.rstrip())
            if e > s:
                sp = doc.span(s, e)
                row.append(Cell(sp.text, sp.page, sp.start, sp.end, i, j, 1, 1, s, e))
            else:
                row.append(None)
            p += len(part) + 1
        rows.append(row)
    return Table(rows, page, "text", lines[0][0], lines[-1][1])


# ------------------------------------------------------------------- per document

def document_tables(doc: DocText) -> list[Table]:
    """Every table of a document, in reading order, built once and cached on doc."""
    cached = getattr(doc, "_tables_cache", None)
    if cached is not None:
        return cached
    tables: list[Table] = []
    for k, page in enumerate(doc.pages):
        pos = 0
        for raw in page.tables:
            t, pos = locate(page.text, page.number, raw.rows, raw.source, doc.starts[k], pos)
            if t is not None:
                tables.append(t)
    spans = [(t.doc_start, t.doc_end) for t in tables]
    for t in text_tables(doc):
        if not any(t.doc_start < b and a < t.doc_end for a, b in spans):
            tables.append(t)
    tables.sort(key=lambda t: t.doc_start)
    try:
        doc._tables_cache = tables  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return tables
