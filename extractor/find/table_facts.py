"""Facts read from tables (extractor/grammar/tables.py): per-row dossier statistics and
ranking-table scores.

One reader: header rows (every leading row without figures) give each column a path of
header cells, top to bottom ("Đã giải quyết" → "Đúng hạn" → "Tỷ lệ (%)"); the path is
mapped to a field through the label vocabulary of rules/figures.yaml (kinds
dossier_field, dossier_rate, table_column, ranking_column): a sub-column names the part
of its group ("Đang giải quyết" → "Trong hạn" is pending_on_time), a total cell ("Tổng",
"Số lượng") keeps its group's field, a unit row or cell ("%", "Tỷ lệ (%)") makes it the
group's rate. Rows are scopes: the label cell (an ordinal column "STT" skipped). Every
figure keeps its cell as evidence.

Every table of the document is read here, whatever its source: DOCX, HTML and ruled PDF
grids from the loaders, "|" grids in text, and grids flattened into text lines, whose
header words are first cut into cells over their columns by find/flat_grid.py."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.find.scope_chain import territory, whole
from extractor.find.figure_grammar import (_meta_unit, _period_at, _period_before, _year_of,
                                           document_unit)
from extractor.find.figure_vocab import of_kind, scan
from extractor.find.numbers import parse_number
from extractor.find.flat_grid import read_flat
from extractor.grammar.periods import periods
from extractor.grammar.tables import Cell, Table, document_tables, located
from extractor.model import DOSSIER_RATE_OF, DocumentMeta, DossierStat, Score, Span
from extractor.normalize import DocText, strip_marks

RATE_OF = DOSSIER_RATE_OF  # the model owns which rate belongs to which count
_NUMERIC_CELL = regex.compile(r"^\s*[-+]?\d[\d.,\s]*\s*%?\s*$")
_ORDINAL_CELL = regex.compile(r"^\s*(?:\d{1,3}|[IVXivx]{1,4}|[a-zđ])\s*[.)]?\s*$")
_RATE_ONLY = regex.compile(r"^\s*\(?\s*(?:t[ỷỉ] lệ\s*)?\(?\s*%\s*\)?\s*$|^\s*(?:t[ỷỉ] lệ|tl)\s*$", regex.I)
_TOTAL_ONLY = regex.compile(r"^\s*(?:tổng(?: số| cộng)?(?: hồ sơ)?|số lượng|sl|số hồ sơ|cộng|hồ sơ)\s*(?:\(hồ sơ\))?\s*$", regex.I)
_TOTAL_ROW = regex.compile(r"^\s*(?:tổng(?: cộng| số)?|cộng)\s*:?\s*$", regex.I)
# a row standing for the whole, as its label cell writes it: "Toàn phường", "Tổng toàn huyện"
# (its scope becomes the territory's name: the audit knows it as the table's total by this)
_WHOLE_LABEL = regex.compile(r"^\s*(?:tổng\s+(?:cộng\s+)?)?toàn\s+(?:tỉnh|huyện|thị xã|thành phố|quận|xã|"
                             r"phường|thị trấn)\s*:?\s*$", regex.I)
_TOTAL_ROW_TEXT = regex.compile(r"^[\s|]*(?:tổng(?: cộng| số)?|cộng)(?!\w)", regex.I)
_SEPARATOR_ROW = regex.compile(r"^[\s:|-]*$")
# sub-columns: what a group's time column means
_UNDER_PENDING = {"resolved_on_time": "pending_on_time", "pending_on_time": "pending_on_time",
                  "resolved_early": "pending_on_time", "resolved_late": "pending_overdue",
                  "pending_overdue": "pending_overdue"}
_UNDER_RESOLVED = {"pending_on_time": "resolved_on_time", "pending_overdue": "resolved_late"}
_RECEIVED_PARTS = ("online", "in_person", "carried_over", "received")


def _is_number(cell: Optional[Cell]) -> bool:
    return cell is not None and bool(_NUMERIC_CELL.match(cell.text))


def _rows(table: Table) -> list[list[Optional[Cell]]]:
    return [r for r in table.rows
            if not all(c is None or _SEPARATOR_ROW.match(c.text) for c in r)]


def header_count(rows: list[list[Optional[Cell]]]) -> int:
    """Leading rows with fewer than two figures (a row number in the first column is no
    figure)."""
    width = max((len(r) for r in rows), default=0)
    need = 2 if width > 2 else 1  # "Yếu tố | Tỷ lệ hài lòng (%)": one figure a row
    for i, row in enumerate(rows):
        figures = [c for j, c in enumerate(row)
                   if _is_number(c) and not (j == 0 and _ORDINAL_CELL.match(c.text))]
        if len(figures) >= need:
            return i
    return len(rows)


def column_paths(rows: list[list[Optional[Cell]]], h: int) -> list[list[str]]:
    """Each column's header texts, top to bottom. A merged cell repeats in its slots;
    in a flattened grid (merges lost) an empty top cell belongs to the group on its left
    when the row below is split there, an empty lower cell to the cell above."""
    width = max((len(r) for r in rows), default=0)
    grid = [[(r[j].text.strip() if j < len(r) and r[j] is not None else "") for j in range(width)]
            for r in rows[:h]]
    for i in range(h):
        for j in range(width):
            if grid[i][j]:
                continue
            below = i + 1 < h and grid[i + 1][j]
            if i == 0 and below and j > 0 and grid[0][j - 1]:
                grid[0][j] = grid[0][j - 1]
            elif i > 0:
                grid[i][j] = grid[i - 1][j]
    paths = []
    for j in range(width):
        path: list[str] = []
        for i in range(h):
            t = " ".join(grid[i][j].split())
            if t and (not path or path[-1] != t):
                path.append(t)
        paths.append(path)
    return paths


def _cue_key(text: str, kinds: tuple[str, ...]) -> Optional[str]:
    """The field of the longest vocabulary match in a header cell."""
    best = None
    for kind in kinds:
        for c in of_kind(kind, "before") if kind == "dossier_field" else of_kind(kind):
            if c.key.startswith("_"):
                continue
            for s, e in scan(c, text):
                if best is None or e - s > best[0]:
                    best = (e - s, c.key, kind)
    if best is None:
        return None
    return best[1]


def _combine(parent: Optional[str], child: str) -> str:
    if parent == "pending":
        return _UNDER_PENDING.get(child, child)
    if parent in ("resolved", "resolved_rate"):
        return _UNDER_RESOLVED.get(child, child)
    return child


def column_field(path: list[str]) -> tuple[Optional[str], bool]:
    """(field, is rate) of a column from its header path."""
    return _column_field(tuple(path))


@lru_cache(maxsize=4096)
def _column_field(path: tuple[str, ...]) -> tuple[Optional[str], bool]:
    field: Optional[str] = None
    rate = False
    if len(path) == 1 and _TOTAL_ONLY.match(path[0]) and not regex.search(r"cộng", path[0], regex.I):
        return "to_resolve", False  # a bare "Tổng" column: resolved + pending
    for text in path:
        if _RATE_ONLY.match(text):
            rate = True
            continue
        if _TOTAL_ONLY.match(text):
            continue
        key = _cue_key(text, ("dossier_rate", "dossier_field", "table_column"))
        if key is None:
            if "%" in text:
                rate = True
            continue
        if key.endswith("_rate"):
            field, rate = key, True
            continue
        field = _combine(field, key)
        if "%" in text or regex.search(r"t[ỷỉ] lệ", text, regex.I):
            rate = True
    return field, rate


def _flat_keys(fields: list[tuple[Optional[str], bool]]) -> list[tuple[Optional[str], bool]]:
    """One header row naming groups and their parts side by side ("Đang giải quyết |
    Trong hạn | Quá hạn"): a time column after "đang giải quyết" (and no later "đã giải
    quyết") belongs to the pending dossiers."""
    out = []
    under_pending = False
    for key, rate in fields:
        if key == "pending":
            under_pending = True
        elif key in ("resolved", "received", "to_resolve", "carried_over", "online"):
            under_pending = False
        elif under_pending and key in _UNDER_PENDING:
            key = _UNDER_PENDING[key]
        out.append((key, rate))
    return out


def _span(c: Cell) -> Span:
    return Span(c.page, c.start, c.end, c.text)


def _label(row: list[Optional[Cell]], numeric_cols: set[int]) -> tuple[Optional[Cell], list[Cell]]:
    """The row's label cell (the last non-figure, non-ordinal cell before the figures)."""
    label = None
    for j, c in enumerate(row):
        if j in numeric_cols:
            break
        if c is None or not c.text.strip():
            continue
        if _ORDINAL_CELL.match(c.text) or _is_number(c):
            continue
        label = c
    return label, []


@dataclass
class TableFacts:
    dossier_stats: list[DossierStat]
    scores: list[Score]
    regions: list[tuple[int, int]]  # DocText offsets of every table read
    # (end of a table, its total row's scope): what a summary sentence right after the
    # table speaks of when it names nothing ("Tỷ lệ ... của bốn sở đạt 99,52%")
    totals: list[tuple[int, str]] = dataclasses.field(default_factory=list)


def final_fields(paths: list[list[str]], h: int) -> list[Optional[str]]:
    """Each column's field from the header paths: rates resolved to their rate field
    ("Đúng hạn → %" is on_time_rate); None for a column no label names."""
    fields = [column_field(p) for p in paths]
    if h == 1:
        fields = _flat_keys(fields)
    # "Đã giải quyết → Tổng | Đúng hạn | %": a bare rate sub-column is the rate of the
    # sub-column before it in its group (of the group when that one is its total); in a
    # one-line header "Trực tuyến | Tỷ lệ (%)" the rate of the column before it
    for j in range(1, len(fields)):
        p, q = paths[j], paths[j - 1]
        if not p or not _RATE_ONLY.match(p[-1]) or not fields[j - 1][0] or fields[j - 1][1]:
            continue
        if len(p) >= 2 and q[:-1] == p[:-1] and not _TOTAL_ONLY.match(q[-1]):
            fields[j] = (fields[j - 1][0], True)
        elif len(p) == 1 and len(q) == 1 and fields[j][0] is None:
            fields[j] = (fields[j - 1][0], True)
    out: list[Optional[str]] = []
    for f, rate in fields:
        if f and rate and not f.endswith("_rate"):
            f = RATE_OF.get(f)
        out.append(f)
    return out


def ranking_keys(paths: list[list[str]]) -> Optional[list[str]]:
    """The ranking column of each figure column ("Tổng điểm", "Xếp hạng", "Xếp loại"),
    or None unless every one is such a column and one is the value."""
    keys = [_ranking_key(_named_cell(p)) if p else None for p in paths]
    if any(k not in ("value", "rank", "rating") for k in keys) or keys.count("value") != 1:
        return None
    return keys


def _base_in(text: str) -> Optional[str]:
    """The count field a header cell names as its rate's denominator (kind rate_base)."""
    return next((c.key for c in of_kind("rate_base") if c.pattern.search(text)), None)


_BASE_GAP = regex.compile(r"\s*(?:được\s+)?(?:tính\s+)?", regex.I)


def _bases_noted(view: str, start: int) -> dict[str, str]:
    """Rate denominators a note right before a table states: "(tỷ lệ trực tuyến tính
    trên số hồ sơ tiếp nhận, tỷ lệ đúng hạn tính trên số hồ sơ đã giải quyết)"."""
    out: dict[str, str] = {}
    a = max(0, start - 300)
    for c in of_kind("dossier_rate"):
        for m in c.pattern.finditer(view, a, start):
            gap = _BASE_GAP.match(view, m.end(), start)
            for b in of_kind("rate_base"):
                if b.pattern.match(view, gap.end(), start):
                    out.setdefault(c.key, b.key)
                    break
    return out


def _dossier_table(doc: DocText, table: Table, rows: list[list[Optional[Cell]]], h: int,
                   meta: Optional[DocumentMeta], table_no: Optional[str] = None) -> list[DossierStat]:
    paths = column_paths(rows, h)
    finals = final_fields(paths, h)
    fields = [(f, False) for f in finals]
    named = {f for f, _ in fields if f}
    if len(named) < 2:
        return []
    numeric_cols = {j for j, (f, _) in enumerate(fields) if f}
    # a rate column whose header names its denominator ("Tỷ lệ đúng hạn trên hồ sơ đến hạn (%)")
    bases: dict[str, str] = _bases_noted(doc.view, table.doc_start)
    for j, (f, _) in enumerate(fields):
        if f and f.endswith("_rate"):
            key = _base_in(" ".join(paths[j]))
            if key:
                bases[f] = key  # the column's own header over a note before the table
    period = _period_at(doc.view, table.doc_start, meta)
    total_scope = _rows_level(rows[h:], numeric_cols)
    out = []
    for row in rows[h:]:
        label, _ = _label(row, numeric_cols)
        values: dict[str, tuple[float, Cell]] = {}
        for j, (field, rate) in enumerate(fields):
            if not field or j >= len(row) or not _is_number(row[j]) or not located(row[j]):
                continue
            cell = row[j]
            is_rate = field.endswith("_rate") or "%" in cell.text
            value = parse_number(cell.text.replace("%", "").strip(), "decimal" if is_rate else "count")
            if value is None or (field.endswith("_rate") and not 0 <= value <= 100):
                continue
            if field in values:
                continue  # a second column mapping to one field: keep the first
            values[field] = (value, cell)
        if len(values) < 2:
            continue
        cells = [c for c in row if located(c)]
        if not cells:
            continue
        first, last = min(c.doc_start for c in cells), max(c.doc_end for c in cells)
        sp = doc.span(first, last)
        scope = " ".join(label.text.split()) if label else _meta_unit(meta)
        if scope and _TOTAL_ROW.match(scope):
            scope = total_scope or _total_of(doc, table, rows[h:], numeric_cols, meta) or scope
        elif scope and label:
            scope = whole(scope, territory(_meta_unit(meta) or document_unit(doc.text)))  # "Toàn tỉnh"
        stat = DossierStat(scope=scope, period=period, text=sp.text, page=sp.page,
                           start=sp.start, end=sp.end, table=table_no,
                           total_row=bool(label and (_TOTAL_ROW.match(label.text)
                                                     or _WHOLE_LABEL.match(label.text))))
        for field, (value, cell) in values.items():
            setattr(stat, field, value)
            stat.evidence[field] = _span(cell)
            if field in bases:
                stat.rate_bases[field] = bases[field]
        out.append(stat)
    return out


def _total_of(doc: DocText, table: Table, rows: list[list[Optional[Cell]]], numeric_cols: set[int],
              meta: Optional[DocumentMeta]) -> Optional[str]:
    """What a total row covers when its rows are not units of one level: the unit its
    caption (the line before the table) names ("bốn sở ... tại Trung tâm Phục vụ hành
    chính công tỉnh", "các cơ quan, đơn vị trên địa bàn tỉnh" -> the territory), the
    document's territory when its rows are levels ("Cấp tỉnh", "Cấp huyện", "Cấp xã"), else
    the reporting unit's own figure."""
    from extractor.find.dossiers import _scope_name, _scope_mentions
    text = doc.text
    end = text.rfind("\n", 0, table.doc_start)
    while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
        end = text.rfind("\n", 0, end)  # blank lines between the caption and the table
    if end > 0:
        start = max(text.rfind("\n", 0, end) + 1, end - 400)
        found = _scope_mentions(doc.view, [(start, end)], text)
        if found:
            # the caption's subject: a unit led to ("riêng xã B", "tại X"), else one opening a
            # clause ("..., UBND huyện A báo cáo"; not "Hệ thống ... tỉnh Q"), else the first
            strong = [x for x in found if x[5]]
            opening = [x for x in found if _CLAUSE_OPEN.search(doc.view, max(0, x[0] - 3), x[0])]
            m = (strong or opening or found[:1])[-1]
            return _scope_name((m[2], m[3], m[4], m[5]), meta, text)
    home = _meta_unit(meta) or document_unit(text)
    labels = [" ".join(lb.text.split()) for lb, _ in (_label(r, numeric_cols) for r in rows) if lb]
    levels = {m.group(1).lower() for m in map(_LEVEL_ROW.match, labels) if m}
    if len(levels) >= 2 and len(levels) == len([x for x in labels if not _TOTAL_ROW.match(x)]):
        return territory(home) or home
    return home


_CLAUSE_OPEN = regex.compile(r"(?:^|[,;:]\s{0,2})$")
_LEVEL_ROW = regex.compile(r"^cấp (tỉnh|huyện|xã)$", regex.I)


_ROW_LEVEL = ((regex.compile(r"^(?:UBND\s+)?(?:xã|phường|thị trấn)(?!\w)", regex.I), "cấp xã"),
              (regex.compile(r"^(?:UBND\s+)?(?:huyện|quận|thị xã|thành phố)(?!\w)", regex.I), "cấp huyện"))


def _rows_level(rows: list[list[Optional[Cell]]], numeric_cols: set[int]) -> Optional[str]:
    """"cấp xã" when every row label but the total names a unit of that level (two at
    least), else None."""
    levels = set()
    n = 0
    for row in rows:
        label, _ = _label(row, numeric_cols)
        text = " ".join(label.text.split()) if label else ""
        if not text or _TOTAL_ROW.match(text):
            continue
        lv = next((name for pat, name in _ROW_LEVEL if pat.match(text)), None)
        if lv is None:
            return None
        levels.add(lv)
        n += 1
    return levels.pop() if n >= 2 and len(levels) == 1 else None


_UNIT_ONLY = regex.compile(r"^\s*\(\s*[^()]{1,10}\)\s*$")


def _without_period(text: str) -> str:
    """A header cell without the period that ends it: "Xếp hạng năm 2024" -> "Xếp hạng",
    "Năm 2023" -> "" (the period grammar decides what a period is; a cell's first letter is
    a capital, which the grammar does not read as a period's start)."""
    t = " ".join(text.split())
    core = _UNIT_TAIL.sub("", t)  # "so với năm 2023 (%)": the period before a unit note
    low = core[:1].lower() + core[1:]
    got = periods(low)
    if got and got[-1][1] == len(low):
        return core[:got[-1][0]].rstrip(" ,(-–")
    return t


_UNIT_TAIL = regex.compile(r"\s*\((?:%|điểm)\)\s*$", regex.I)


def _named_cell(path: list[str]) -> str:
    """The lowest header cell of a column that names it, without a period it ends with: a
    unit row's cell under it ("(%)", "(điểm)") and a period sub-column ("Năm 2024" under
    "Chỉ số CCHC (%)") name no column."""
    for t in reversed(path):
        if not _UNIT_ONLY.match(t) and _without_period(t):
            return _without_period(t)
    return path[-1]


def _column_year(path: list[str]) -> Optional[int]:
    """The year a column's header path names ("Năm 2023", "Xếp hạng năm 2024"), if any."""
    return next((_year_of(t) for t in path if _year_of(t)), None)


@lru_cache(maxsize=4096)
def _ranking_key(text: str) -> Optional[str]:
    return next((c.key for c in of_kind("ranking_column") if c.pattern.match(text)), None)


def _index_in(texts: list[str]):
    """The index a header path names ("Chỉ số CCHC năm 2023", "Chỉ số hài lòng (SIPAS)")."""
    for t in texts:
        hits = sorted((s, c) for c in of_kind("index") for s, _ in scan(c, t))
        if hits:
            return hits[0][1]
    return None


_MAX_IN = regex.compile(r"tối đa\s*:?\s*(\d+(?:[.,]\d+)?)", regex.I)


_POINTS = regex.compile(r"(?<![\p{L}\p{M}])điểm(?![\p{L}\p{M}])", regex.I)


def _sub_index_in(path: list[str]):
    """(cue, name as written, stated maximum) when a header path names a sub-index:
    "Điểm thẩm định (tối đa 65)", or a sub-column of a points group named without the
    word "điểm" ("Điểm đạt được" over "Tự đánh giá | Thẩm định | Điều tra XHH")."""
    for i, t in enumerate(path):
        texts = [t]
        if i and not _POINTS.match(t.strip()) and any(_POINTS.search(u) for u in path[:i]):
            child = t.strip()
            texts.append("điểm " + child[:1].lower() + child[1:])
        for u in texts:
            for c in of_kind("sub_index"):
                for s_, e_ in scan(c, u):
                    mx = _MAX_IN.search(u)
                    top = parse_number(mx.group(1), "decimal") if mx else None
                    name = " ".join(u[s_:e_].split())
                    return c, name[:1].lower() + name[1:], top
    return None


def _ranking_table(doc: DocText, table: Table, rows: list[list[Optional[Cell]]], h: int,
                   meta: Optional[DocumentMeta]) -> list[Score]:
    """"STT | Đơn vị | Tổng điểm | Xếp hạng", also with column groups naming one index
    each ("Chỉ số CCHC năm 2023 → Điểm | Xếp hạng", "Chỉ số hài lòng → Tỷ lệ (%) | Xếp
    hạng"): one score per row and index. An index (and year) a group does not name is
    the one named before the table."""
    if h < 1:
        return []
    paths = column_paths(rows, h)
    # a sub-index column ("Điểm thẩm định (tối đa 65)"): its own score, named by index_name
    subs = {j: _sub_index_in(p) for j, p in enumerate(paths)}
    keys = [None if subs[j] else (_ranking_key(_named_cell(p)) if p else None) for j, p in enumerate(paths)]
    if keys.count("subject") != 1 or ("value" not in keys and not any(subs.values())):
        return []
    subject_col = keys.index("subject")
    # a group of columns per (index, year): "Chỉ số CCHC (%)" over "Năm 2024 | Năm 2023" is one
    # index in two years, "Xếp hạng năm 2024" that index's rank in 2024
    groups: dict[tuple[Optional[str], Optional[int]], dict[str, int]] = {}
    group_cue: dict[tuple[Optional[str], Optional[int]], object] = {}
    for j, (key, path) in enumerate(zip(keys, paths)):
        if key not in ("value", "rank", "rating", "change"):
            continue
        cue = _index_in(path)
        # a change column names the year it compares with ("so với năm 2023"), not its own
        g = (cue.key if cue is not None else None, None if key == "change" else _column_year(path))
        group_cue.setdefault(g, cue)
        groups.setdefault(g, {}).setdefault(key, j)
    for g in [g for g, cols in groups.items() if "value" not in cols]:
        # "Chỉ số CCHC (%) | Xếp hạng | Xếp loại": the value column of the same index and year
        # owns the rank, rating and change columns that name no value; a column naming no
        # year goes to the latest year of that index ("Năm 2024 | Năm 2023 | Xếp hạng")
        named = [h for h, cols in groups.items() if "value" in cols
                 and (g[0] is None or h[0] == g[0]) and (g[1] is None or h[1] == g[1])]
        if len({h[0] for h in named}) == 1:
            target = max(named, key=lambda h: h[1] or 0)
            for key, j in groups.pop(g).items():
                groups[target].setdefault(key, j)
    groups = {g: cols for g, cols in groups.items() if "value" in cols}
    if not groups and not any(subs.values()):
        return []
    view = doc.view
    a = table.doc_start
    unnamed = [g for g in groups if g[0] is None]
    if unnamed or any(subs.values()):
        hits = sorted((s, e, c) for c in of_kind("index") for s, e in scan(c, view, max(0, a - 800), a))
        inside = [(s, e, c) for c in of_kind("index") for s, e in scan(c, view, a, table.doc_end)]
        pick = hits[-1] if hits else (inside[0] if inside else None)
        for g in unnamed:
            if pick is None:
                groups.pop(g, None)
            else:
                group_cue[g] = pick[2]
    ym = _period_before(view, a, window=800)
    table_year = _year_of(view[ym.start():ym.end()]) if ym else None
    out = []
    for row in rows[h:]:
        subj = row[subject_col] if subject_col < len(row) else None
        if subj is None or _is_number(subj) or not subj.text.strip():
            continue
        subject = " ".join(subj.text.split())
        for j, sub in subs.items():
            if not sub or j >= len(row) or row[j] is None or not _is_number(row[j]):
                continue
            cue, name, top = sub
            value = parse_number(row[j].text.replace("%", "").strip(), "decimal")
            if value is None or (top is not None and value > top):
                continue
            year = next((_year_of(t) for t in paths[j] if _year_of(t)), None) or table_year
            if not located(row[j]):
                continue
            ev = [c for c in (subj, row[j]) if located(c)]
            sp = doc.span(min(c.doc_start for c in ev), max(c.doc_end for c in ev))
            out.append(Score(indicator=cue.key, criterion=None, value=value, max=top,
                             unit="%" if any("%" in t for t in paths[j]) else "điểm", year=year,
                             rank=None, rank_total=None, rating=None, subject=subject,
                             text=sp.text, page=sp.page, start=sp.start, end=sp.end,
                             index_name=name))
        for g, cols in groups.items():
            cue = group_cue[g]
            indicator = cue.extra.get("indicator") or cue.key
            vcell = row[cols["value"]] if cols["value"] < len(row) else None
            if vcell is None or not _is_number(vcell):
                continue
            value = parse_number(vcell.text.replace("%", "").strip(), "decimal")
            if value is None:
                continue
            vpath = paths[cols["value"]]
            unit = "%" if any("%" in t for t in vpath) or "%" in vcell.text else "điểm"
            year = next((_year_of(t) for t in vpath if _year_of(t)), None) or table_year
            rank = None
            if "rank" in cols and cols["rank"] < len(row) and row[cols["rank"]] is not None:
                r = parse_number(row[cols["rank"]].text.strip(), "count")
                rank = r if isinstance(r, int) else None
            change = None
            if "change" in cols and cols["change"] < len(row) and row[cols["change"]] is not None:
                change = _signed(row[cols["change"]].text)
            rating = None
            if "rating" in cols and cols["rating"] < len(row) and row[cols["rating"]] is not None:
                cell = " ".join(row[cols["rating"]].text.split())
                rating = next((c.key for c in of_kind("rating")
                               if strip_marks(c.key) == strip_marks(cell)), cell) or None
            cells = [c for c in (subj, vcell) if located(c)]
            if not located(vcell):
                continue
            sp = doc.span(min(c.doc_start for c in cells), max(c.doc_end for c in cells))
            out.append(Score(indicator=indicator, criterion=None, value=value, max=None,
                             unit=unit, year=year, rank=rank, rank_total=None, rating=rating,
                             subject=subject, text=sp.text, page=sp.page, start=sp.start,
                             end=sp.end, change=change,
                             index_name=cue.key if indicator == "OTHER_INDEX" else None))
    _ranked_set(doc, a, out)
    return out


_SIGNED = regex.compile(r"^\s*([+\-−–]?)\s*(\d+(?:[.,]\d+)?)\s*%?\s*$")


def _signed(text: str) -> Optional[float]:
    """A change column's cell: "+1,22" -> 1.22, "-0,52" -> -0.52 ("−" and "–" too)."""
    m = _SIGNED.match(text)
    if not m:
        return None
    value = parse_number(m.group(2), "decimal")
    if value is None:
        return None
    return -float(value) if m.group(1) in ("-", "−", "–") else float(value)


# the set a table ranks, named just before it: "... năm 2024 của UBND 8 huyện, thành phố",
# "trong 21 sở, ban, ngành"
_RANKED_SET = regex.compile(r"(?<![\d.,/])(\d{1,3})\s+(?:sở|cơ quan|đơn vị|huyện|xã|địa phương|tỉnh|quận|"
                            r"phường|thị xã|thành phố)(?!\w)", regex.I)


def _ranked_set(doc: DocText, start: int, scores: list[Score]) -> None:
    """Each rank is out of the number of units the sentence before the table names (a
    table may list only some of the units ranked: its row count is no rank total)."""
    ranks = [s.rank for s in scores if s.rank is not None]
    if not ranks:
        return
    # the paragraph before the table (the view has no line breaks: the text has them)
    line = doc.text.rfind("\n", 0, start)  # the table's first line, then the line before it
    para = max(doc.text.rfind("\n", 0, line) if line > 0 else 0, start - 400, 0)
    found = None
    for found in _RANKED_SET.finditer(doc.view, para, start):
        pass
    if found is None:
        return
    n = int(found.group(1))
    if n >= 2 and max(ranks) <= n:
        for s in scores:
            if s.rank is not None and s.rank_total is None:
                s.rank_total = n


def doc_offset(doc: DocText, page: int, start: int) -> int:
    """A page offset of a fact -> its DocText offset."""
    for i, p in enumerate(doc.pages):
        if p.number == page:
            return doc.starts[i] + start
    return start


_MAX_COL = regex.compile(r"(?:điểm )?tối đa|điểm chuẩn|thang điểm", regex.I)
_APPRAISED = regex.compile(r"thẩm định", regex.I)
_SELF = regex.compile(r"tự (?:đánh giá|chấm)", regex.I)
_RESULT = regex.compile(r"điểm|kết quả|đạt", regex.I)
_CRITERION_HEAD = regex.compile(r"tiêu chí|lĩnh vực|nội dung", regex.I)


def _criterion_table(doc: DocText, table: Table, rows: list[list[Optional[Cell]]], h: int,
                     meta: Optional[DocumentMeta]) -> list[Score]:
    """"TT | Lĩnh vực/Tiêu chí | Điểm tối đa | Kết quả → Điểm tự đánh giá | Điểm thẩm
    định": each row whose label is a criterion is that criterion's score out of its
    maximum; the appraised score wins over the self-assessed one."""
    from extractor.find.figure_vocab import criterion_key
    paths = column_paths(rows, h)
    max_col = next((j for j, p in enumerate(paths) if p and _MAX_COL.search(p[-1])), None)
    if max_col is None:
        return []
    cands = [j for j, p in enumerate(paths) if j != max_col and p and _RESULT.search(" ".join(p))
             and not _MAX_COL.search(p[-1])]
    appraised = [j for j in cands if _APPRAISED.search(" ".join(paths[j]))]
    others = [j for j in cands if not _SELF.search(" ".join(paths[j]))]
    value_col = (appraised or others or cands or [None])[0]
    if value_col is None:
        return []
    label_head = any(_CRITERION_HEAD.search(" ".join(p)) for p in paths)
    view = doc.view
    ym = _period_before(view, table.doc_start, window=1500)
    year = _year_of(view[ym.start():ym.end()]) if ym else None
    out = []
    numeric = {max_col, value_col}
    for row in rows[h:]:
        label, _ = _label(row, numeric)
        if label is None or value_col >= len(row) or max_col >= len(row):
            continue
        vcell, mcell = row[value_col], row[max_col]
        if not (_is_number(vcell) and _is_number(mcell) and located(vcell)):
            continue
        name = " ".join(label.text.split())
        if _TOTAL_ONLY.match(name):
            continue  # "Tổng cộng": the index itself, stated in prose
        key = criterion_key(name)
        if key is None and not label_head:
            continue
        value = parse_number(vcell.text.strip(), "decimal")
        top = parse_number(mcell.text.strip(), "decimal")
        if value is None or top is None or value > top:
            continue
        ev = [c for c in (label, vcell, mcell) if located(c)]
        sp = doc.span(min(c.doc_start for c in ev), max(c.doc_end for c in ev))
        out.append(Score(indicator="PAR_INDEX_CRITERION", criterion=name, value=value, max=top,
                         unit="điểm", year=year, rank=None, rank_total=None, rating=None,
                         subject=_meta_unit(meta), text=sp.text, page=sp.page, start=sp.start,
                         end=sp.end, criterion_key=key))
    return out


def _aspect_table(doc: DocText, table: Table, rows: list[list[Optional[Cell]]], h: int,
                  meta: Optional[DocumentMeta]) -> list[Score]:
    """"Yếu tố | Tỷ lệ hài lòng (%)": a satisfaction index (SIPAS) by aspect, one value
    column; the index is named in the header or just before the table. A row naming the
    index itself ("Chỉ số hài lòng chung") is the index's own value."""
    from extractor.find.figure_vocab import criterion_key
    paths = column_paths(rows, h)
    if len(paths) != 2:
        return []
    view = doc.view
    cue = _index_in(paths[1])
    if cue is None:
        before = sorted((s_, c) for c in of_kind("index")
                        for s_, _ in scan(c, view, max(0, table.doc_start - 400), table.doc_start))
        cue = before[-1][1] if before else None
    if cue is None or (cue.extra.get("indicator") or cue.key) != "SIPAS":
        return []
    ym = _period_before(view, table.doc_start, window=800)
    year = _year_of(view[ym.start():ym.end()]) if ym else None
    unit = "%" if any("%" in t for t in paths[1]) else "điểm"
    out = []
    for row in rows[h:]:
        if len(row) < 2 or row[0] is None or not located(row[1]) or not _is_number(row[1]):
            continue
        name = " ".join(row[0].text.split())
        value = parse_number(row[1].text.replace("%", "").strip(), "decimal")
        if value is None or (unit == "%" and value > 100):
            continue
        own = _index_in([name]) is not None
        ev = [c for c in (row[0], row[1]) if located(c)]
        sp = doc.span(min(c.doc_start for c in ev), max(c.doc_end for c in ev))
        out.append(Score(indicator="SIPAS", criterion=None if own else name, value=value, max=None,
                         unit=unit, year=year, rank=None, rank_total=None, rating=None,
                         subject=_meta_unit(meta), text=sp.text, page=sp.page, start=sp.start,
                         end=sp.end, criterion_key=None if own else criterion_key(name)))
    return out


def read_tables(doc: DocText, meta: Optional[DocumentMeta] = None) -> TableFacts:
    """Dossier statistics and ranking scores of every table of the document (cached)."""
    key = ("table_facts", id(meta))
    cache = getattr(doc, "_facts_cache", None)
    if cache is not None and cache[0] == key:
        return cache[1]
    stats: list[DossierStat] = []
    scores: list[Score] = []
    regions: list[tuple[int, int]] = []
    totals: list[tuple[int, str]] = []
    for table_no, table in enumerate(document_tables(doc)):
        if table.source == "flat":
            reading = read_flat(doc, table)
            if reading is None:
                continue
            rows, h = reading.rows, reading.header_rows
        else:
            rows = _rows(table)
            h = header_count(rows)
            if h == 0 or h >= len(rows):
                continue
            table.header_rows = h
        body_w = max(len(r) for r in rows[h:])
        # "Tổng số hồ sơ | Đã giải quyết" over "UBND xã A | 200 | 190": a header without a
        # cell over the row labels lines up with the figures, on the right
        rows = [([None] * (body_w - len(r)) + r) if i < h and len(r) < body_w else r
                for i, r in enumerate(rows)]
        got_scores = (_ranking_table(doc, table, rows, h, meta)
                      or _criterion_table(doc, table, rows, h, meta)
                      or _aspect_table(doc, table, rows, h, meta))
        got_stats = [] if got_scores else _dossier_table(doc, table, rows, h, meta,
                                                                f"{table.source}#{table_no}")
        if got_scores or got_stats:
            regions.append((table.doc_start, table.doc_end))
        total = next((x for x in reversed(got_stats) if _TOTAL_ROW_TEXT.match(x.text)), None)
        if total is not None and total.scope:
            totals.append((table.doc_end, total.scope))
        scores += got_scores
        stats += got_stats
    facts = TableFacts(stats, scores, regions, totals)
    try:
        doc._facts_cache = (key, facts)  # type: ignore[attr-defined]
    except AttributeError:
        pass
    return facts
