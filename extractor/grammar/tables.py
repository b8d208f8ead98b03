"""Tables as data: one `Table` model, built once per document and read by every finder.

A table is a grid of `Cell`s (merged cells expanded: a cell spanning two columns or rows
appears in each grid slot it covers, as the same object). Every cell keeps its page and
its span in that page's stored text, so `page_text[cell.start:cell.end] == cell.text`.

Where tables come from:
- loaders (DOCX `w:tbl`, HTML `<table>`, ruled PDF tables) put raw grids on their pages
  (`Page.tables`: rows of `(text, colspan, rowspan)` in source order); `locate()` finds
  each cell's text in the stored page text, in reading order;
- a plain text's grid flattened into lines with "|" between cells ("Cấp huyện | 1.245 |
  120"), found by `text_tables()`;
- a statistics grid flattened into text lines without separators ("1 Xã Thạch Lâm 9 412
  421 405"), found by `flat_tables()`: a run of lines that end in numbers with a label in
  front, and the header lines above them. Its header lines are kept whole (cut only where
  `line_cells` finds a separator) and each row keeps every trailing number as a cell: which
  header words make which column, and how many of a row's numbers are its cells (a label
  may end in a digit: "Tổ dân phố 1"), is the reader's to decide
  (extractor/find/flat_grid.py), with the label vocabulary and the figures themselves.

`line_cells()` is the one splitter of a text line into cells (at "|", tabs and runs of
spaces); the metadata finders use it too.

`document_tables(doc)` gives them all (a text grid overlapping a loader table's span is
the same table and is left out), cached on the DocText.
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
    flat_rows: list = field(default_factory=list)  # FlatRow of each row of a "flat" grid
    # a flattened grid ("flat"): rows[:header_rows] are its header lines (cells split by
    # line_cells only), each later row is [serial or None, label or None, number, ...,
    # trailing words or nothing] (`FlatRow` gives the parts)

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


# ------------------------------------------------------------------ line splitter

_SPLITTERS: dict[tuple[int, str], regex.Pattern] = {}


def line_cells(text: str, start: int = 0, end: Optional[int] = None, *, spaces: int = 2,
               extra: str = "", strip: str = " \t|") -> list[tuple[int, int]]:
    """The one splitter of a text line into cells: (start, end) of each cell of
    text[start:end], cut at "|", tabs, runs of `spaces` or more spaces (0: never) and any
    character of `extra`, each cell trimmed of the `strip` characters; empty cells are
    left out."""
    end = len(text) if end is None else end
    key = (spaces, extra)
    pat = _SPLITTERS.get(key)
    if pat is None:
        alts = [r"\|", r"\t"] + [regex.escape(ch) for ch in extra]
        if spaces:
            alts.append(r"\s{%d,}" % spaces)
        pat = _SPLITTERS[key] = regex.compile(r"\s*(?:" + "|".join(alts) + r")\s*")
    out = []
    pos = start
    for m in pat.finditer(text, start, end):
        a, b = _trim(text, pos, m.start(), strip)
        if a < b:
            out.append((a, b))
        pos = m.end()
    a, b = _trim(text, pos, end, strip)
    if a < b:
        out.append((a, b))
    return out


def _trim(text: str, s: int, e: int, chars: str) -> tuple[int, int]:
    while s < e and (text[s] in chars or text[s].isspace()):
        s += 1
    while e > s and (text[e - 1] in chars or text[e - 1].isspace()):
        e -= 1
    return s, e


# ------------------------------------------------------------ flattened text grids

# a cell holding one number: "2.318", "98,5%", "0", "268763" (no spaced thousands: in a
# flattened grid a space separates cells)
_NUM_CELL = regex.compile(r"[-+]?(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?%?")
_SERIAL = regex.compile(r"(?:\d{1,3}|[IVXLC]{1,5}|[a-zđ])[.)]?")
_LETTER = regex.compile(r"\p{L}")
_TOKEN = regex.compile(r"\S+")
_EMPTY_CELL = regex.compile(r"[-–—]")  # a cell with no figure ("-"): a cell all the same
_NOT_TAIL = regex.compile(r"[\d.:;!?]")  # a word after a row's numbers holds none of these
MAX_HEADER_LINES = 3


@dataclass
class FlatRow:
    """One row line of a flattened grid: its serial cell ("1", "II", "a)"), the label
    (the words before the trailing numbers; None when there are none), every trailing
    number, and up to three words after them (a rating: "Tốt")."""
    line: Cell
    serial: Optional[Cell]
    label: Optional[Cell]
    numbers: list[Cell]
    tail: Optional[Cell] = None


def _cell(doc: DocText, s: int, e: int, row: int, col: int) -> Cell:
    sp = doc.span(s, e)
    return Cell(sp.text, sp.page, sp.start, sp.end, row, col, 1, 1, s, e)


def _row_parts(text: str, a: int, b: int) -> Optional[tuple]:
    """(serial, label, numbers, tail) token spans of a line that ends in numbers after a
    label, or None."""
    if b - a > 400 or "|" in text[a:b]:
        return None
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]
    if len(toks) < 2:
        return None
    serial = None
    lo = 0
    if _SERIAL.fullmatch(text, *toks[0]) and len(toks) > 2 and _LETTER.search(text, *toks[1]):
        serial, lo = toks[0], 1
    hi = len(toks)
    tail: list[tuple[int, int]] = []
    if serial is not None:  # "1 Sở Tư pháp 91,25 1 Tốt": words after the numbers
        while (hi > lo and len(tail) < 3 and _LETTER.search(text, *toks[hi - 1])
               and not _NOT_TAIL.search(text, *toks[hi - 1])):
            hi -= 1
            tail.insert(0, toks[hi])
    nums: list[tuple[int, int]] = []
    real = 0
    while hi > lo and (_NUM_CELL.fullmatch(text, *toks[hi - 1]) or _EMPTY_CELL.fullmatch(text, *toks[hi - 1])):
        hi -= 1
        nums.insert(0, toks[hi])
        real += text[toks[hi][0]].isdigit() or text[toks[hi][0]] in "+-" and toks[hi][1] - toks[hi][0] > 1
    if not real or (tail and len(nums) < 2):
        return None
    label = toks[lo:hi]
    if not label or not any(_LETTER.search(text, s, e) for s, e in label):
        return None
    return serial, (label[0][0], label[-1][1]), nums, (tail[0][0], tail[-1][1]) if tail else None


def _header_line(text: str, a: int, b: int) -> bool:
    line = text[a:b].strip()
    return (bool(line) and len(line) <= 300 and "|" not in line and bool(_LETTER.search(line))
            and not line.endswith((":", ".", ";")))


_NUMBERING_CELL = regex.compile(r"\(\d{1,2}\)(?:\s*[=/*x+\-–]\s*\(\d{1,2}\))*|[A-Z]|\d{1,2}")


def _numbering_line(text: str, a: int, b: int) -> bool:
    toks = _TOKEN.findall(text, a, b)
    return len(toks) >= 2 and all(_NUMBERING_CELL.fullmatch(t) for t in toks) and "(" in text[a:b]


def flat_tables(doc: DocText) -> list[Table]:
    """Grids flattened into text lines: a run of row lines (a label, then two numbers or
    more; blank lines and a numbered line with fewer numbers may sit between them) under
    one to three header lines (no blank line between)."""
    text = doc.text
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    out: list[Table] = []
    i = 0
    n = len(lines)
    while i < n:
        a, b = lines[i]
        # cheap test first: a row line ends in a digit or "%" (or a short word after them)
        stripped = text[a:b].rstrip()
        if not stripped or not (stripped[-1].isdigit() or stripped[-1] == "%" or stripped[:1].isdigit()
                                or stripped[:1] in "IVXabcdđ"):
            i += 1
            continue
        first = _row_parts(text, a, b)
        if first is None or len(first[2]) < 2:
            i += 1
            continue
        rows = [(i, first)]
        j = i + 1
        while j < n:
            ra, rb = lines[j]
            if not text[ra:rb].strip():
                j += 1
                continue
            got = _row_parts(text, ra, rb)
            if got is None:
                break
            rows.append((j, got))
            j += 1
        # header lines: the non-blank lines right above the first row
        heads = []
        k = i - 1
        while k >= 0 and len(heads) < MAX_HEADER_LINES:
            if _numbering_line(text, *lines[k]):
                k -= 1  # "(1) (2) (3) (6)=(5)/(4)": the columns' numbers, no header
                continue
            if not _header_line(text, *lines[k]) or _row_parts(text, *lines[k]) is not None:
                break
            heads.insert(0, k)
            k -= 1
        while rows and len(rows[-1][1][2]) < 2:
            rows.pop()  # a run ends on a full row
        if heads and rows:
            out.append(_flat_table(doc, lines, heads, rows))
        i = max(j, i + 1)
    return out


def _flat_table(doc: DocText, lines: list[tuple[int, int]], heads: list[int], rows: list) -> Table:
    text = doc.text
    grid: list[list[Optional[Cell]]] = []
    for r, k in enumerate(heads):
        grid.append([_cell(doc, s, e, r, c) for c, (s, e) in enumerate(line_cells(text, *lines[k]))])
    flat: list[FlatRow] = []
    for r, (k, (serial, label, nums, tail)) in enumerate(rows, start=len(heads)):
        a, b = lines[k]
        s, e = _trim(text, a, b, " \t")
        fr = FlatRow(_cell(doc, s, e, r, 0),
                     _cell(doc, *serial, r, 0) if serial else None,
                     _cell(doc, *label, r, 1),
                     [_cell(doc, *x, r, 2 + c) for c, x in enumerate(nums)],
                     _cell(doc, *tail, r, 2 + len(nums)) if tail else None)
        flat.append(fr)
        grid.append([fr.serial, fr.label, *fr.numbers] + ([fr.tail] if fr.tail else []))
    page = doc.pages[doc.page_of(lines[heads[0]][0])].number
    t = Table(grid, page, "flat", lines[heads[0]][0], lines[rows[-1][0]][1], header_rows=len(heads))
    t.flat_rows = flat
    return t


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
    spans = [(t.doc_start, t.doc_end) for t in tables]
    for t in flat_tables(doc):
        if not any(t.doc_start < b and a < t.doc_end for a, b in spans):
            tables.append(t)
    tables.sort(key=lambda t: t.doc_start)
    try:
        doc._tables_cache = tables  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return tables
