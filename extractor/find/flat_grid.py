"""Reading a grid flattened into text lines (extractor/grammar/tables.flat_tables).

The grammar gives the geometry: header lines kept whole, and each row's serial, label and
every trailing number. What it cannot know is which header words make which column and
how many of a row's numbers are its cells ("Tổ dân phố 1 64 41 ..." ends its label in a
digit). This module decides both, on general evidence, and rebuilds the grid as an
ordinary `Table` (header rows of cells, merged groups repeated over the columns they
cover, one cell per column in every row) that `table_facts.read_tables` reads like a
DOCX, HTML or PDF table:

- the label vocabulary (rules/figures.yaml: dossier fields and rates, table and ranking
  columns, indices) explains header words: a header is cut into segments that each hold
  one label (plus generic header words: "Số", "hồ sơ", "Trong đó" ...); an unexplained
  word costs, two labels in one segment cost;
- the number of numeric columns: a lower header line of n sub-columns ("Tổng % Tổng %",
  "Kỳ trước chuyển sang Tiếp nhận mới Tổng ...") splits some groups of the line above into
  contiguous sub-columns, every other group is one column; each partition is a candidate;
- the figures themselves: a rate column holds numbers up to 100 (with "%" or decimals), a
  count column whole numbers; a group's "Tổng" sub-column equals the sum of its siblings
  in most rows; a row label cannot be the same as another row's.

The best-scoring reading wins; when no reading maps the columns with confidence (an
unexplained header, a column without a field), the grid gives no facts."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from typing import Optional

import regex

from extractor.find.figure_grammar import _LEVEL_BEFORE_NUM
from extractor.find.figure_vocab import compile_cue, of_kind
from extractor.find.numbers import parse_number
from extractor.grammar.tables import Cell, FlatRow, Table
from extractor.normalize import DocText, strip_marks
from extractor.vocab import load_rules
from extractor.vocab.patterns import compile_anchored, figures_union

MAX_SEGMENT_WORDS = 6
MAX_LABEL_WORDS = 5
MAX_COLUMNS = 16  # a wider grid is not read (the candidates grow too fast)
MAX_CANDIDATES = 20000  # partitions of sub-columns tried per grid at most
# the header words and terms of a flattened grid are rule data (rules/figures.yaml
# header_word: filler, bigram; header_term: total, rate)
_NO_FIELD = frozenset({"_procedures"})  # table columns the vocabulary names, with no field
# row labels numbered by their kind: "Mức 3", "Mức độ 4", "Tổ 2", "Khu 6" (and the levels
# of figure_grammar: "Phường 3", "Thôn 1", "Ấp 2")


@lru_cache(maxsize=1)
def _numbered_kind() -> regex.Pattern:
    """A label ending in a word that numbers its kind (rules/figures.yaml numbered_label)."""
    return regex.compile(r"(?:" + figures_union("numbered_label").pattern + r")\s*$", regex.I)
_LIST_JOIN = regex.compile(r"(?:,|\s(?:và|-|–))\s*$", regex.I)
_WORD_RE = regex.compile(r"\S+")
_UNITS = r"%|hồ sơ|điểm|hs|lượt|phiếu"  # what a column counts, as a header note names it
_UNIT_NOTE = regex.compile(r"\((?:" + _UNITS + r")\)", regex.I)
# a unit row: every cell a unit ("(hồ sơ)", "(%)", "%"): each names its column's unit
_UNIT_CELL = regex.compile(r"\(?\s*(?:" + _UNITS + r"|người)\s*\)?", regex.I)
_DECIMAL = regex.compile(r"[.,]\d{1,2}%?$|%$")


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    return strip_marks(text).lower()


def _rule_pattern(kind: str, key: str) -> str:
    return next(e.pattern for e in load_rules("figures").entries if e.kind == kind and e.key == key)


@lru_cache(maxsize=None)
def _header_word(key: str) -> regex.Pattern:
    """A header_word pattern matched on a whole word with tone marks dropped ("duoc")."""
    return regex.compile("(?:" + _fold(_rule_pattern("header_word", key)) + ")")


@lru_cache(maxsize=None)
def _header_term(key: str) -> regex.Pattern:
    """A header_term pattern (total, rate) as written: its word boundaries are its own."""
    if key == "total":
        return compile_cue(_rule_pattern("header_term", key))
    return compile_anchored(_rule_pattern("header_term", key))


def _filler(word: str) -> bool:
    return _header_word("filler").fullmatch(word) is not None


# ------------------------------------------------------------------ header terms

@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, str, regex.Pattern], ...]:
    """(kind, key, pattern) of every label a header cell may hold, matched anywhere."""
    out = []
    for kind in ("dossier_field", "dossier_rate", "table_column"):
        for c in (of_kind(kind, "before") if kind == "dossier_field" else of_kind(kind)):
            if kind == "table_column" or not c.key.startswith("_"):  # "_procedures": known, no field
                out.append((kind, c.key, c.pattern))
    for c in of_kind("ranking_column"):
        out.append(("ranking_column", c.key, compile_cue(c.extra["pattern"])))
    for c in of_kind("index"):
        out.append(("index", c.key, c.pattern))
    out.append(("total", "total", _header_term("total")))
    out.append(("rate", "rate", _header_term("rate")))
    return tuple(out)


@dataclass(frozen=True)
class _Explained:
    heads: int  # labels needed to cover the segment's words
    unknown: int  # words no label covers and no generic header word
    filler_end: bool  # the segment ends in a generic word ("... Số")
    kinds: frozenset  # kinds of the labels
    loose: int = 0  # generic words no label covers
    keys: frozenset = frozenset()  # keys of the labels


@lru_cache(maxsize=4096)
def explain(text: str) -> _Explained:
    """How the label vocabulary explains one header segment."""
    spans = []
    for kind, key, pat in _terms():
        for m in pat.finditer(text):
            if m.end() > m.start():
                spans.append((m.start(), m.end(), kind, key))
    spans.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    picked: list[tuple[int, int, str, str]] = []
    for s in spans:
        if all(s[1] <= p[0] or s[0] >= p[1] for p in picked):
            picked.append(s)
    unknown = loose = 0
    last_filler = False
    for a, b in _word_spans(text):
        covered = any(p[0] < b and a < p[1] for p in picked)
        w = _fold(text[a:b]).strip(".,:;")
        filler = not covered and _filler(w)
        last_filler = filler
        if filler:
            loose += 1
        elif not covered and w:
            unknown += 1
    return _Explained(len(picked), unknown, last_filler, frozenset(p[2] for p in picked), loose,
                      frozenset(p[3] for p in picked))


def _word_spans(text: str) -> list[tuple[int, int]]:
    """Words of a header text, two-word units ("hồ sơ", "giải quyết") kept as one, and a
    unit in parentheses with the word before it ("Tỷ lệ (%)")."""
    out: list[tuple[int, int]] = []
    for m in _WORD_RE.finditer(text):
        if out and ((_header_word("bigram").fullmatch(_fold(text[out[-1][0]:m.end()])) and " " not in text[out[-1][0]:out[-1][1]])
                    or (_UNIT_NOTE.fullmatch(m.group()) and not _UNIT_CELL.fullmatch(text[out[-1][0]:out[-1][1]]))):
            out[-1] = (out[-1][0], m.end())
        else:
            out.append((m.start(), m.end()))
    return out


def _segment_score(text: str) -> float:
    e = explain(text)
    score = 3.0 if e.heads else -1.0  # generic words alone ("Hồ sơ") name no column
    score -= 3.0 * max(0, e.heads - 1)
    score -= 2.0 * e.unknown + 0.1 * e.loose
    if e.filler_end:
        score -= 0.2
    return score


def _case_score(words: list[str]) -> float:
    """Header cells start with a capital ("Số hồ sơ nhận giải quyết | Đã giải quyết"): a
    segment starting lower-case, or holding a capitalised word inside, was cut wrong."""
    first = words[0][:1]
    score = -0.3 if first.islower() else 0.3
    for w in words[1:]:
        if w[:1].isupper() and not w.isupper():
            score -= 0.3
    return score


@dataclass
class _Word:
    start: int  # DocText offsets
    end: int
    text: str
    cell: int  # index of the line_cells cell holding it: a segment never crosses cells


def _words(line: list[Optional[Cell]]) -> list[_Word]:
    out = []
    for ci, c in enumerate(line):
        if c is None:
            continue
        for a, b in _word_spans(c.text):
            out.append(_Word(c.doc_start + a, c.doc_start + b, c.text[a:b], ci))
    return out


def _seg_text(words: list[_Word], i: int, j: int) -> str:
    return " ".join(w.text for w in words[i:j])


def _segmentations(words: list[_Word], count: int) -> Optional[tuple[float, list[tuple[int, int]]]]:
    """The best cut of the words into exactly `count` segments (score, [(i, j)])."""
    return _cuts(tuple((w.text, w.cell) for w in words)).get(count)


@lru_cache(maxsize=256)
def _cuts(words: tuple[tuple[str, int], ...]) -> dict[int, tuple[float, list[tuple[int, int]]]]:
    """For every count, the best cut of the words into that many segments (a segment
    never crosses a separator cell and holds at most MAX_SEGMENT_WORDS words)."""
    n = len(words)
    NEG = float("-inf")
    seg = {}
    for j in range(1, n + 1):
        for i in range(max(0, j - MAX_SEGMENT_WORDS), j):
            if words[i][1] == words[j - 1][1]:
                seg[(i, j)] = (_segment_score(" ".join(w for w, _ in words[i:j]))
                               + _case_score([w for w, _ in words[i:j]]))
    best = [[NEG] * (n + 1) for _ in range(n + 1)]
    back = [[-1] * (n + 1) for _ in range(n + 1)]
    best[0][0] = 0.0
    for c in range(1, n + 1):
        prev, cur, bk = best[c - 1], best[c], back[c]
        for j in range(c, n + 1):
            for i in range(max(c - 1, j - MAX_SEGMENT_WORDS), j):
                if prev[i] == NEG or (i, j) not in seg:
                    continue
                v = prev[i] + seg[(i, j)]
                if v > cur[j]:
                    cur[j], bk[j] = v, i
    out = {}
    for c in range(1, n + 1):
        if best[c][n] == NEG:
            continue
        segs = []
        j = n
        for cc in range(c, 0, -1):
            i = back[cc][j]
            segs.insert(0, (i, j))
            j = i
        out[c] = (best[c][n], segs)
    return out


# ------------------------------------------------------------------ rows and columns

def _whole_small(cell: Cell) -> bool:
    v = parse_number(cell.text, "count")
    return isinstance(v, int) and 0 <= v < 100 and "%" not in cell.text


def _attachable(rows: list[FlatRow], r: FlatRow, extra: int) -> bool:
    """Whether the first `extra` trailing numbers of a row end its label ("Tổ dân phố 1",
    "Mức 1, 2", "Thôn 1 và 2", "Phường 3")."""
    if extra != 1 or r.label is None or not _whole_small(r.numbers[0]):
        return False
    lead = r.label.text + " "
    if _LIST_JOIN.search(r.label.text) or _numbered_kind().search(lead) or _LEVEL_BEFORE_NUM.search(lead):
        return True
    # siblings: another row's label is the same words with another number
    same = [o for o in rows if o is not r and o.label is not None and o.label.text == r.label.text
            and o.numbers and _whole_small(o.numbers[0])]
    return any(o.numbers[0].text != r.numbers[0].text for o in same)


def _readable(rows: list[FlatRow], k: int) -> list[Optional[int]]:
    """For each row, how many leading numbers join its label when it has k cells (None:
    the row cannot be read with k cells)."""
    out: list[Optional[int]] = []
    for r in rows:
        extra = len(r.numbers) - k
        if extra == 0:
            out.append(0)
        elif extra > 0 and _attachable(rows, r, extra):
            out.append(extra)
        else:
            out.append(None)
    return out


@dataclass
class Reading:
    score: float
    rows: list[list[Optional[Cell]]]  # header rows then body rows, aligned
    header_rows: int
    notes: list[str] = field(default_factory=list)


def _label_cells(doc: DocText, words: list[_Word], p: int) -> list[Optional[Cell]]:
    """The header cells over the serial and label columns: an ordinal word ("STT")
    first, the rest the label column's header."""
    if p == 0:
        return [None, None]
    ordinal = None
    for c in of_kind("ranking_column"):
        if c.key == "ordinal" and c.pattern.match(words[0].text):
            ordinal = c
    if ordinal is not None:
        first = _span_cell(doc, words[0].start, words[0].end)
        rest = _span_cell(doc, words[1].start, words[p - 1].end) if p > 1 else None
        return [first, rest]
    return [None, _span_cell(doc, words[0].start, words[p - 1].end)]


def _span_cell(doc: DocText, s: int, e: int, row: int = 0, col: int = 0) -> Cell:
    sp = doc.span(s, e)
    return Cell(sp.text, sp.page, sp.start, sp.end, row, col, 1, 1, s, e)


def _label_score(words: list[_Word], p: int) -> float:
    """The words over the label columns: any words, but no figure label."""
    if p == 0:
        return 0.0
    if p > MAX_LABEL_WORDS or len({w.cell for w in words[:p]}) > 2 or (
            p < len(words) and words[p].cell == words[p - 1].cell and len({w.cell for w in words}) > 1):
        return float("-inf")
    e = explain(_seg_text(words, 0, p))
    bad = e.kinds - {"ranking_column"}
    # a count column's header starts "Số ..." / "Hồ sơ ...": such words are not the label's
    starts = sum(1 for w in words[:p] if _fold(w.text) in ("so", "ho so"))
    # the label column's header is one cell (after "STT"): a capitalised word inside it
    # starts another cell
    inner = [w.text for w in words[1:p]]
    if inner and explain(words[0].text).kinds == {"ranking_column"}:
        inner = inner[1:]
    caps = sum(1 for w in inner if w[:1].isupper() and not w.isupper())
    return -4.0 * len(bad) - 0.15 * starts - 0.3 * caps


def _label_only(text: str) -> bool:
    """A header cell that names the label column ("Đơn vị", "STT") and nothing else."""
    e = explain(text)
    return bool(e.keys) and e.keys <= {"subject", "ordinal"}


def _compositions(total: int, parts: int, least: int = 2):
    if parts == 0:
        if total == 0:
            yield ()
        return
    for first in range(least, total - least * (parts - 1) + 1):
        for rest in _compositions(total - first, parts - 1, least):
            yield (first,) + rest


def read_flat(doc: DocText, table: Table) -> Optional[Reading]:
    """The best reading of a flattened grid, or None when none maps its columns."""
    rows = table.flat_rows
    if not rows:
        return None
    lines = [_words(r) for r in table.rows[:table.header_rows]]
    # a unit row ("(hồ sơ) (hồ sơ) (%)") names each column's unit: not cut, laid under
    # the columns one to one when it has a cell for each
    unit_rows = [ws for ws in lines if ws and all(_UNIT_CELL.fullmatch(w.text) for w in ws)]
    lines = [ws for ws in lines if ws and not any(ws is u for u in unit_rows)]
    if not lines:
        return None
    units = unit_rows[-1] if len(unit_rows) == 1 else None
    has_tail = sum(1 for r in rows if r.tail is not None) * 2 > len(rows)
    counts = sorted({len(r.numbers) for r in rows} | {len(r.numbers) - 1 for r in rows})
    best: Optional[Reading] = None
    budget = [MAX_CANDIDATES]
    for k in counts:
        if k < 2 or k > MAX_COLUMNS:
            continue
        extras = _readable(rows, k)
        ok = [i for i, x in enumerate(extras) if x is not None]
        if not ok or len(ok) * 2 < len(rows):
            continue
        body = [(rows[i], extras[i]) for i in ok]
        width = k + (1 if has_tail else 0)
        labels = [_row_label(doc, r, x) for r, x in body]
        texts = [" ".join(c.text.split()).lower() for c in labels if c is not None]
        penalty = -3.0 * (len(texts) - len(set(texts)))
        for h in range(1, min(len(lines), 2) + 1):
            cells_units = units if units is not None and len(units) == width else None
            got = _best_header(doc, lines[-h:], width, _columns(body, k), k,
                               tuple(w.text for w in cells_units) if cells_units else None, budget)
            if got is not None and cells_units:
                got = (got[0], got[1] + [[None, None] + [_span_cell(doc, w.start, w.end)
                                                         for w in cells_units]])
            if got is None:
                continue
            score, header = got
            score += penalty + 0.5 * len(body)
            if best is None or score > best.score:
                aligned = [header_row for header_row in header]
                for (r, x), label in zip(body, labels):
                    nums = r.numbers[x:]
                    aligned.append([r.serial, label, *nums] + ([r.tail] if has_tail else []))
                best = Reading(score, aligned, len(header))
    return best


def _row_label(doc: DocText, r: FlatRow, extra: int) -> Optional[Cell]:
    if not extra or r.label is None:
        return r.label
    last = r.numbers[extra - 1]
    return _span_cell(doc, r.label.doc_start, last.doc_end)


def _best_header(doc, lines, width, data, k, units=None, budget=None):
    """(score, header rows) of the best cut of 1 or 2 header lines over `width` columns."""
    top = lines[0]
    sub = lines[1] if len(lines) > 1 else None
    best = None
    frames = []
    for p in range(0, min(MAX_LABEL_WORDS, len(top) - 1) + 1):
        lab = _label_score(top, p)
        if lab == float("-inf"):
            continue
        rest = top[p:]
        if sub is None:
            got = _segmentations(rest, width)
            if got is None:
                continue
            seg_score, segs = got
            cols = [[_seg_text(rest, i, j)] for i, j in segs]
            if any(_label_only(c[0]) for c in cols):
                continue
            fscore = _fields_score(cols, data, k, [None] * width, units)
            if fscore is None:
                continue
            score = lab + seg_score + fscore
            if best is None or score > best[0]:
                lab_cells = _label_cells(doc, top, p)
                row = lab_cells + [_span_cell(doc, rest[i].start, rest[j - 1].end) for i, j in segs]
                best = (score, [row])
            continue
        for n in range(2, min(width, len(sub)) + 1):
            got_sub = _segmentations(sub, n)
            if got_sub is None:
                continue
            sub_score, sub_segs = got_sub
            for m in range(1, width + 1):
                s = m - width + n  # groups split into sub-columns
                if s < 1 or s > m or 2 * s > n:
                    continue
                got = _segmentations(rest, m)
                if got is None:
                    continue
                seg_score, segs = got
                if any(_label_only(_seg_text(rest, i, j)) for i, j in segs):
                    continue  # "Đơn vị" over figures: the label column's header cut wrong
                frames.append((lab + seg_score + sub_score, p, n, sub_segs, m, s, segs))
    # best cuts first: a frame whose cut is too poor for any filling to win is not tried
    frames.sort(key=lambda f: -f[0])
    # what the figures can add at most: 2 a named column, 1 a rate column's decimals, 4 a
    # group whose total adds up
    for base, p, n, sub_segs, m, s, segs in frames:
        if best is not None and base + 3.0 * width + 4.0 * s + 1 < best[0]:
            if base + 3.0 * width + 4.0 * width + 1 < best[0]:
                break
            continue
        rest = top[p:]
        gtexts = [_seg_text(rest, gi, gj) for gi, gj in segs]
        stexts = [_seg_text(sub, a, b) for a, b in sub_segs]
        for split in combinations(range(m), s):
            for sizes in _compositions(n, s):
                if budget is not None:
                    budget[0] -= 1
                    if budget[0] < 0:
                        return best
                cols, groups, subs_at = [], [], []
                it = iter(sizes)
                si = 0
                for g in range(m):
                    if g in split:
                        for _ in range(next(it)):
                            cols.append([gtexts[g], stexts[si]])
                            subs_at.append(si)
                            groups.append(g)
                            si += 1
                    else:
                        cols.append([gtexts[g]])
                        subs_at.append(None)
                        groups.append(g)
                fscore = _fields_score(cols, data, k, groups, units)
                if fscore is None:
                    continue
                score = base + fscore
                if best is None or score > best[0]:
                    lab_cells = _label_cells(doc, top, p)
                    gcells = [_span_cell(doc, rest[i].start, rest[j - 1].end) for i, j in segs]
                    row1 = lab_cells + [gcells[g] for g in groups]
                    row2: list[Optional[Cell]] = [None, None] + [
                        None if x is None else _span_cell(doc, sub[sub_segs[x][0]].start,
                                                          sub[sub_segs[x][1] - 1].end)
                        for x in subs_at]
                    best = (score, [row1, row2])
    return best


def _num(cell: Cell, rate: bool):
    return parse_number(cell.text.replace("%", "").strip(), "decimal" if rate else "count")


_COMMA_DECIMAL = regex.compile(r",\d{1,2}%?$")


@dataclass
class _Column:
    """What the figures of one column are like (every readable row)."""
    counts: list  # read as counts (None: unreadable)
    rates: list  # read as decimals
    percent: bool  # some cell has "%"
    decimal: bool  # some cell looks like a rate ("98,74", "99,0%")
    commas: int  # cells ending in a comma decimal


def _columns(body, k: int) -> list[_Column]:
    out = []
    for j in range(k):
        cells = [r.numbers[x + j] for r, x in body]
        out.append(_Column([_num(c, False) for c in cells], [_num(c, True) for c in cells],
                           any("%" in c.text for c in cells), any(_DECIMAL.search(c.text) for c in cells),
                           sum(1 for c in cells if _COMMA_DECIMAL.search(c.text))))
    return out


@lru_cache(maxsize=8192)
def _named(cols: tuple[tuple[str, ...], ...], one_line: bool, units: Optional[tuple[str, ...]] = None):
    """(ranking keys or None, final fields) of candidate header paths (a unit row's
    cells under them)."""
    from extractor.find.table_facts import final_fields, ranking_keys
    paths = [list(c) for c in cols]
    # every header cell over a figure column holds a label the vocabulary knows
    if any(explain(t).unknown > 1 or not explain(t).heads for p in paths for t in p):
        return None, None
    if units:
        paths = [p + [u] for p, u in zip(paths, units)]
    rkeys = ranking_keys(paths)
    return rkeys, (None if rkeys else final_fields(paths, 1 if one_line and not units else 2))


def _fields_score(cols: list[list[str]], data: list[_Column], k: int, groups: list,
                  units: Optional[tuple[str, ...]] = None) -> Optional[float]:
    """How well a candidate's columns are named and filled; None when it cannot be
    right (an unexplained header, a column without a label, or figures that break their
    column's type)."""
    width = len(cols)
    rkeys, fields = _named(tuple(tuple(c) for c in cols), all(len(c) == 1 for c in cols), units)
    if rkeys is not None:  # a ranking table: every column a ranking column, one the value
        return 2.0 * width
    if fields is None:
        return None
    fields = fields[:k]
    mapped = [f for f in fields if f]
    if len(mapped) < 2 or len(mapped) < k - 1 or width != k:
        return None
    # a column without a field is one the vocabulary knows to hold no dossier figure
    # ("Số TTHC"); any other unmapped column means the cut is not understood
    if any(f is None and not any(explain(t).keys & _NO_FIELD for t in cols[j])
           for j, f in enumerate(fields)):
        return None
    score = 2.0 * len(mapped) - 3.0 * (k - len(mapped))
    score -= 4.0 * (len(mapped) - len(set(mapped)))
    nrows = len(data[0].counts) if data else 0
    for j, f in enumerate(fields):
        if f is None:
            continue
        col = data[j]
        if f.endswith("_rate"):
            if any(v is not None and v > 100 for v in col.rates):  # None: an empty cell ("-")
                return None
            if col.decimal:
                score += 1.0
        else:
            if col.percent:
                return None
            if col.commas * 2 > nrows:
                score -= 3.0
    # a group's total sub-column is the sum of its siblings in most rows
    for g in set(g for g in groups if g is not None):
        idx = [j for j in range(k) if groups[j] == g]
        if len(idx) < 3:
            continue
        totals = [j for j in idx if len(cols[j]) > 1 and _header_term("total").fullmatch(cols[j][-1].strip())]
        parts = [j for j in idx if j not in totals and fields[j] and not fields[j].endswith("_rate")]
        if len(totals) != 1 or len(parts) < 2:
            continue
        t = totals[0]
        hold = 0
        for r in range(nrows):
            vt = data[t].counts[r]
            vs = [data[j].counts[r] for j in parts]
            if vt is not None and all(v is not None for v in vs) and abs(vt - sum(vs)) < 1e-9:
                hold += 1
        score += 4.0 if hold * 5 >= nrows * 3 else -2.0
    return score
