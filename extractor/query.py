"""Questions users ask of the archive. Each function takes a database — an SQLAlchemy
Engine, a `store.conn.Db`, or a `--db` string — and returns plain rows (list of dicts),
so the CLI, the web app, scripts and notebooks share them.

The SQL is written once for SQLite and PostgreSQL and gives the same answers in the same
order on both: every ORDER BY ends on a unique column, text is ordered by code point
(`COLLATE "C"` on PostgreSQL, SQLite's binary order), documents without a date first.
Arguments are matched literally (no LIKE wildcards) and ignoring case and tone marks
(extractor/search.py). This module imports neither SQLAlchemy nor SQLModel, so a query
command starts fast.
"""
from __future__ import annotations

import json
from collections import defaultdict
from contextlib import contextmanager
from functools import lru_cache
from typing import Any, Iterator, Optional

from extractor.search import loose
from extractor.store.conn import Db, in_list

SEVERITIES = ("error", "warning", "info")
SEVERITY_ALIASES = {"loi": "error", "canh bao": "warning", "thong tin": "info",
                    "errors": None, "warnings": None}  # plural: say what is expected


class UsageError(ValueError):
    """An argument that names nothing valid: one line, Vietnamese first, saying what was
    expected (the CLI prints it and exits 2)."""


@contextmanager
def _open(engine: Any) -> Iterator[Db]:
    if isinstance(engine, Db):
        yield engine
        return
    if engine is None or isinstance(engine, str):
        from extractor.store.conn import open_db
        db = open_db(engine)
        try:
            yield db
        finally:
            db.close()
        return
    if hasattr(engine, "get_bind"):  # an SQLAlchemy Session: read on its own connection
        conn = engine.connection()
        yield Db(conn.connection.dbapi_connection, conn.dialect.name)
        return
    raw = engine.raw_connection()  # an SQLAlchemy Engine
    try:
        yield Db(raw, engine.dialect.name)
    finally:
        raw.close()


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# ------------------------------------------------------------------------- units

_COMMITTEE = ("uy ban nhan dan ", "ubnd ")
_LEVELS = ("thanh pho ", "tp ", "tinh ", "huyen ", "quan ", "thi xa ", "tx ", "thi tran ",
           "xa ", "phuong ")


def _drop_prefix(q: str, prefixes: tuple[str, ...]) -> str:
    for p in prefixes:
        if q.startswith(p):
            return q[len(p):]
    return q


@lru_cache(maxsize=200_000)
def _loose_name(name: str) -> str:
    return loose(name)


def _unit_rows(db: Db) -> list[tuple]:
    return db.rows("SELECT id, key, name, level, district, province, new_name, new_key "
                   "FROM unit ORDER BY id")


def _resolved_keys(name: str) -> set[str]:
    """The key the store gives a unit of this name (see store.write.get_unit)."""
    from extractor.normalize import fold
    from extractor.resolve.units import resolve_unit
    unit = resolve_unit(name)
    return {unit.key or fold(unit.name or name), fold(name)}


def match_units(db: Db, name: str) -> list[int]:
    """Units a name designates, ignoring case and tone marks: every unit whose name or
    new (post-2025) name is or contains the name's words ("phường Trần Phú", "UBND phường
    Trần Phú", "tran phu", an agency "Sở Nội vụ" and so each Sở Nội vụ), and every unit in
    a province or district of that name, with or without its level ("Hải Dương", "tỉnh
    Khánh Hòa"); when none does, the unit the name resolves to (abbreviations, e.g.
    "TP. Nha Trang").
    Wildcards mean nothing: "%", "_" or a blank name match no unit."""
    q = _drop_prefix(loose(name), _COMMITTEE)
    if not q:
        return []
    units = _unit_rows(db)
    exact, words = [], []
    bare = _drop_prefix(q, _LEVELS)
    for uid, key, uname, level, district, province, new_name, new_key in units:
        names = [_loose_name(uname)]
        if new_name:
            names.append(_loose_name(new_name))
            names.append(_loose_name(new_name.split(",")[0]))
        if q in names:
            exact.append(uid)
        elif any(f" {q} " in f" {n} " for n in names):
            words.append(uid)
        elif bare and (bare == _loose_name(province or "") or
                       bare == _drop_prefix(_loose_name(district or ""), _LEVELS)):
            words.append(uid)
    if exact or words:
        return sorted(set(exact) | set(words))
    keys = _resolved_keys(name)
    return sorted(uid for uid, key, *_rest, new_key in units if key in keys or new_key in keys)


def unit_suggestions(engine: Any, name: str, n: int = 3) -> list[str]:
    """The unit names closest to `name` (for "did you mean ...")."""
    import difflib
    with _open(engine) as db:
        names = [r[2] for r in _unit_rows(db)]
    by_loose: dict[str, str] = {}
    for u in names:
        by_loose.setdefault(loose(u), u)
    q = _drop_prefix(loose(name), _COMMITTEE)
    close = difflib.get_close_matches(q, list(by_loose), n=n, cutoff=0.4)
    if len(close) < n:  # also compare with the names' last words ("Trần Phú")
        tails = {}
        for lk in by_loose:
            tails.setdefault(_drop_prefix(lk, _LEVELS), lk)
        for t in difflib.get_close_matches(_drop_prefix(q, _LEVELS), list(tails), n=n,
                                           cutoff=0.4):
            if tails[t] not in close:
                close.append(tails[t])
    return [by_loose[c] for c in close[:n]]


def unit_ids(engine: Any, name: str) -> list[int]:
    with _open(engine) as db:
        return match_units(db, name)


# --------------------------------------------------------------- option values

def doc_type_name(db: Db, value: str) -> str:
    """A document type as written ('Kế hoạch', 'ke hoach') or by its abbreviation ('KH',
    'NĐ', 'ND') — grammar/doctypes.py reads it — or a type only the archive holds
    ('Tin bài'); raises UsageError naming the valid types otherwise."""
    from extractor.grammar.doctypes import doc_type_name as known
    from extractor.vocab.symbols import named_types
    name = known(value)
    if name:
        return name
    stored = [r[0] for r in db.rows("SELECT DISTINCT doc_type FROM document WHERE doc_type "
                                    "IS NOT NULL")]
    for s in stored:
        if loose(s) == loose(value) and loose(value):
            return s
    valid = sorted({t.name for t in named_types()} | set(stored))
    raise UsageError(f"--type {value!r} không phải loại văn bản / is not a document type; "
                     "cần tên hoặc chữ viết tắt / expected a name or abbreviation: "
                     + ", ".join(valid))


def severity_levels(value: str) -> list[str]:
    """Severities at or above `value` (error | warning | info, or lỗi / cảnh báo / thông
    tin); raises UsageError otherwise."""
    v = loose(value)
    sev = v if v in SEVERITIES else SEVERITY_ALIASES.get(v)
    if sev is None:
        raise UsageError(f"--severity {value!r} không hợp lệ / is not valid; cần một trong "
                         f"/ expected one of: {', '.join(SEVERITIES)} (lỗi, cảnh báo, thông tin)")
    order = ["info", "warning", "error"]
    return order[order.index(sev):]


def check_rule(db: Db, value: str) -> str:
    from extractor.vocab import load_rules
    known = {e.rule for e in load_rules("messages").entries if not e.rule.startswith("_")}
    known |= {r[0] for r in db.rows("SELECT DISTINCT rule FROM finding")}
    if value in known:
        return value
    for k in known:
        if loose(k) == loose(value):
            return k
    raise UsageError(f"--rule {value!r} không phải quy tắc kiểm tra / is not an audit rule; "
                     f"cần một trong / expected one of: {', '.join(sorted(known))}")


def check_year(value) -> int:
    """A year argument: 1900..2100; raises UsageError otherwise."""
    try:
        year = int(value)
    except (TypeError, ValueError):
        year = 0
    if not 1900 <= year <= 2100:
        raise UsageError(f"--year {value!r} không phải năm / is not a year; cần / expected "
                         "1900..2100")
    return year


def parse_since(value: str) -> tuple[str, int, bool]:
    """--since YYYY or YYYY-MM-DD -> (ISO lower bound, year, year only?)."""
    import datetime
    import re
    v = value.strip()
    if re.fullmatch(r"\d{4}", v) and 1900 <= int(v) <= 2100:
        return f"{v}-01-01", int(v), True
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
        try:
            datetime.date.fromisoformat(v)
            return v, int(v[:4]), False
        except ValueError:
            pass
    raise UsageError(f"--since {value!r} không phải ngày / is not a date; cần / expected "
                     "YYYY hoặc / or YYYY-MM-DD (ví dụ / e.g. 2021 or 2021-07-01)")


# ---------------------------------------------------------------- cited documents

def _cited_conditions(number: str) -> tuple[str, dict]:
    """SQL condition on cited_document `cd` matching a number in any written form: with
    or without the type word, spaces, lost hyphens, lookalikes, leading zeros; an
    individual number matches every year ("26/CT-TTg" finds 26/CT-TTg@2016 and @2024);
    a normative number written without its year matches every year."""
    import regex

    from extractor.grammar.docnumber import DocNumber
    view = " ".join(number.split())
    tokens = regex.findall(r"\d[\w\-/ ]*/[\w\-/&]+", view) or [view]
    conds, params = [], {}
    for i, tok in enumerate(tokens):
        parts = DocNumber.parse(tok)
        if parts is None:
            conds.append(f"cd.key = :k{i}")
            params[f"k{i}"] = tok
            continue
        key = parts.key
        conds += [f"cd.key = :k{i}", f"cd.key LIKE :ky{i} ESCAPE '\\'"]
        params[f"k{i}"] = key
        params[f"ky{i}"] = _like_escape(key + "@") + "%"
        if parts.year is None and parts.always_normative:
            ordinal = key.split("/", 1)[0]
            conds.append(f"cd.key LIKE :kn{i} ESCAPE '\\'")
            params[f"kn{i}"] = (_like_escape(ordinal) + "/____/"
                                + _like_escape(parts.symbol))
    return "(" + " OR ".join(conds) + ")", params


def _shown_number(key: str) -> str:
    """A canonical key without its internal year tag: '88/QĐ-UBND@2021' -> '88/QĐ-UBND'."""
    return key.split("@", 1)[0]


def cites(engine: Any, unit: str, doc_type: Optional[str] = None,
          year: Optional[int] = None) -> list[dict[str, Any]]:
    """Which documents a unit's documents cite: mentions, citing documents, first/last
    citing date. `doc_type`/`year` filter the cited document. `number` is the number as
    written (the first of its written forms in code point order), `key` the internal
    canonical key (for scripts)."""
    with _open(engine) as db:
        ids = match_units(db, unit)
        if not ids:
            return []
        inl, params = in_list("u", ids)
        where = [f"d.unit_id IN ({inl})", "d.status = 'ok'"]
        if doc_type:
            where.append("cd.doc_type = :dt")
            params["dt"] = doc_type_name(db, doc_type)
        if year is not None:
            where.append("(cd.year = :y OR cd.date LIKE :yp)")
            year = check_year(year)
            params.update(y=year, yp=f"{year}-%")
        citing = "COALESCE(d.date, CAST(d.year AS TEXT))"
        rows = db.rows(
            f"SELECT cd.key, cd.doc_type, cd.date, cd.year, cd.issuer, COUNT(c.id), "
            f"COUNT(DISTINCT c.document_id), MIN({citing}), MAX({citing}), "
            f"MIN({db.text('c.number')}) "
            "FROM cited_document cd JOIN citation c ON c.cited_id = cd.id "
            "JOIN document d ON c.document_id = d.id "
            f"WHERE {' AND '.join(where)} "
            "GROUP BY cd.id, cd.key, cd.doc_type, cd.date, cd.year, cd.issuer", params)
    out = [{"key": k, "number": written or _shown_number(k), "doc_type": dt, "date": dd,
            "year": yy, "issuer": iss, "mentions": m, "documents": nd,
            "first_citing": first, "last_citing": last}
           for k, dt, dd, yy, iss, m, nd, first, last, written in rows]
    out.sort(key=lambda a: (-a["mentions"], a["key"]))
    return out


def cited_by(engine: Any, number: str, limit: Optional[int] = 1000) -> list[dict[str, Any]]:
    """Which documents and units cite a document, whatever form its number is written in;
    undated citing documents first, then oldest first; at most `limit` (None: all)."""
    if not number.strip():
        return []
    with _open(engine) as db:
        cond, params = _cited_conditions(number)
        ids = [r[0] for r in db.rows(f"SELECT cd.id FROM cited_document cd WHERE {cond} "
                                     "ORDER BY cd.id", params)]
        if not ids:
            return []
        inl, p = in_list("c", ids)
        many = limit is not None and db.scalar(
            f"SELECT COUNT(DISTINCT c.document_id) FROM citation c WHERE c.cited_id IN ({inl})",
            p) > 5 * limit
        # many citing documents: walk documents in date order and stop at `limit`;
        # few: collect them through the citation index, then sort
        cited = (f"EXISTS (SELECT 1 FROM citation c WHERE c.cited_id IN ({inl}) "
                 "AND c.document_id = d.id)" if many else
                 f"d.id IN (SELECT c.document_id FROM citation c WHERE c.cited_id IN ({inl}))")
        rows = db.rows(
            "SELECT d.id, d.path, d.doc_type, d.number, d.date, d.issuer, u.name "
            "FROM document d LEFT JOIN unit u ON d.unit_id = u.id "
            f"WHERE d.status = 'ok' AND {cited} "
            f"ORDER BY {db.nulls_first('d.date')}, {db.text('d.path')}, d.id"
            + (f" LIMIT {int(limit)}" if limit is not None else ""), p)
        forms: dict[int, list[str]] = defaultdict(list)
        mentions: dict[int, int] = defaultdict(int)
        for chunk in range(0, len(rows), 500):
            dl, dp = in_list("d", [r[0] for r in rows[chunk:chunk + 500]])
            for doc_id, num, date in db.rows(
                    f"SELECT c.document_id, c.number, c.date FROM citation c "
                    f"WHERE c.cited_id IN ({inl}) AND c.document_id IN ({dl}) "
                    "ORDER BY c.document_id, c.id", {**p, **dp}):
                mentions[doc_id] += 1
                form = (num or "") + (f" ({date})" if date else "")
                if form not in forms[doc_id]:
                    forms[doc_id].append(form)
        held = _held_documents(db, ids)
    return [{"document_id": i, "path": pth, "doc_type": dt, "number": n, "date": dd,
             "unit": u, "issuer": iss, "cited_as": forms[i], "mentions": mentions[i],
             "held": held}
            for i, pth, dt, n, dd, iss, u in rows]


# --------------------------------------------------------------------- documents

def _doc_where(db: Db, unit: Optional[str], doc_type: Optional[str],
               year: Optional[int]) -> tuple[list[str], dict]:
    where, params = ["d.status = 'ok'"], {}
    if unit is not None:
        inl, p = in_list("u", match_units(db, unit))
        where.append(f"d.unit_id IN ({inl})")
        params.update(p)
    if doc_type:
        where.append("d.doc_type = :dt")
        params["dt"] = doc_type_name(db, doc_type)
    if year is not None:
        where.append("d.year = :y")
        params["y"] = check_year(year)
    return where, params


def search_condition(db: Db, words: str) -> tuple[str, dict]:
    """SQL condition on document `d`: its text holds `words` in order as whole words,
    ignoring case and every tone/vowel mark (same semantics on SQLite FTS5 and on
    PostgreSQL; see extractor/search.py). Words that are all punctuation match nothing."""
    q = loose(words)
    if not q:
        return "1 = 0", {}
    if db.dialect == "sqlite":
        return ("d.id IN (SELECT document_id FROM page_fts WHERE page_fts MATCH :fts)",
                {"fts": f'"{q}"'})
    return ("d.id IN (SELECT document_id FROM page_fts WHERE (' ' || body || ' ') "
            "LIKE :fts)", {"fts": f"% {q} %"})


def docs(engine: Any, unit: Optional[str] = None, doc_type: Optional[str] = None,
         year: Optional[int] = None, text: Optional[str] = None,
         limit: int = 1000) -> list[dict[str, Any]]:
    """List documents (undated first, then by date; then by path); `text` searches
    page text ignoring case and tone marks, as whole words."""
    with _open(engine) as db:
        where, params = _doc_where(db, unit, doc_type, year)
        if text is not None:
            cond, p = search_condition(db, text)
            where.append(cond)
            params.update(p)
        rows = db.rows(
            "SELECT d.id, d.path, d.doc_type, d.number, d.date, d.period, u.name, "
            "d.page_count, d.title FROM document d LEFT JOIN unit u ON d.unit_id = u.id "
            f"WHERE {' AND '.join(where)} "
            f"ORDER BY {db.nulls_first('d.date')}, {db.text('d.path')}, d.id "
            f"LIMIT {int(limit)}", params)
    return [{"id": i, "path": p, "doc_type": dt, "number": n, "date": dd, "period": per,
             "unit": u, "pages": pc, "title": ti}
            for i, p, dt, n, dd, per, u, pc, ti in rows]


def failures(engine: Any) -> list[dict[str, Any]]:
    with _open(engine) as db:
        rows = db.rows("SELECT path, error FROM document WHERE status = 'failed' "
                       f"ORDER BY {db.text('path')}, id")
    return [{"path": p, "error": e} for p, e in rows]


_DOC_COLS = "id, sha256, path, status, error, date, year, unit_id, copy_of"


def find_document(db: Db, ref: str) -> Optional[tuple]:
    """A document by id, path (or the end of its path), sha256 prefix (6+ hex digits)
    or its own number; matched literally. Returns a row of _DOC_COLS."""
    ref = ref.strip()
    if not ref:
        return None
    tries: list[tuple[str, dict]] = []
    if ref.isdigit() and len(ref) < 19:
        tries.append(("id = :r", {"r": int(ref)}))
    tries.append(("path = :r", {"r": ref}))
    tries.append(("path LIKE :r ESCAPE '\\'", {"r": "%" + _like_escape(ref)}))
    if len(ref) >= 6 and all(ch in "0123456789abcdefABCDEF" for ch in ref):
        tries.append(("sha256 LIKE :r", {"r": ref.lower() + "%"}))
    tries.append(("number = :r", {"r": ref}))
    for cond, params in tries:
        rows = db.rows(f"SELECT {_DOC_COLS} FROM document WHERE {cond} ORDER BY id LIMIT 1",
                       params)
        if rows:
            return rows[0]
    return None


# ------------------------------------------------- one document's view, from columns
# (issue 9: `query show`, the web page /doc/ID and Archive.show read the stored columns,
# never a stored copy of the extraction; tests/test_show_columns.py checks that the view
# equals extract()'s contract on the corpus)

def _plain(value: Any) -> Any:
    """A number as the contract writes it: a float column holding a whole number gives
    an int (a count stored in a REAL column), anything else as stored."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _json_list(value: Optional[str]) -> list:
    return json.loads(value) if value else []


def _contract_fields(kind: str, cls) -> list[tuple[str, bool]]:
    """(field, is a flag) of a fact dataclass that the extract contract carries, in the
    contract's order (extractor/model.py owns both)."""
    from dataclasses import fields

    from extractor.model import CONTRACT_OMITS
    return [(f.name, f.type in ("bool", bool)) for f in fields(cls)
            if f.name not in CONTRACT_OMITS.get(kind, ())]


def _fact_rows(db: Db, table: str, fields: list[tuple[str, bool]], doc_id: int,
               extra: tuple[str, ...] = (), join: str = "",
               cols: Optional[dict[str, str]] = None) -> list[dict[str, Any]]:
    """Rows of one fact table in document order (insertion order: the order of the
    extraction), one dict per row with the contract's fields in the contract's order;
    each field read from the column of its name unless `cols` says otherwise; a flag
    comes back as a bool whatever the database returns (SQLite: 0/1)."""
    cols = cols or {}
    names = [f for f, _ in fields] + list(extra)
    flags = {f for f, flag in fields if flag}
    sel = [cols.get(f, f'x."{f}"') for f in names]
    rows = db.rows(f"SELECT {', '.join(sel)} FROM {table} x {join} "
                   "WHERE x.document_id = :d ORDER BY x.id", {"d": doc_id})
    return [{f: bool(v) if f in flags else _plain(v) for f, v in zip(names, r)}
            for r in rows]


def document_view(engine: Any, doc_id: int) -> Optional[dict[str, Any]]:
    """One stored document as the `cchc.extract/1` contract (docs/extract-format.md),
    every field read from its column: `source`, `document` (its unit from the unit
    table, where it states each field from document_evidence), `references` (the key
    from cited_document), `laws`, `scores`, `dossier_stats`, `tasks`, `ratios`, and
    `findings` — every stored finding of the document, archive-wide ones included (each
    with its `scope`). Beyond the contract: `id`, `status`, `error`, each reference's
    `cited_id` and `held`, and for a stored report its `files`. None for an unknown id.
    The one builder of this view: `query show`, `/doc/ID` and `Archive.show` use it."""
    from extractor import SCHEMA, model
    meta_order = [f for f, _ in _contract_fields("document", model.DocumentMeta)]
    # the document's own fields are columns of the same names, but its unit (unit table)
    # and where it states each field (document_evidence)
    meta_fields = [f for f in meta_order if f not in ("unit", "evidence")]
    with _open(engine) as db:
        rows = db.rows(
            "SELECT id, status, error, path, sha256, format, page_count, ocr_pages, encoding, "
            "warnings, unit_id, " + ", ".join(f'"{f}"' for f in meta_fields) +
            " FROM document WHERE id = :d", {"d": int(doc_id)})
        if not rows:
            return None
        (did, status, error, path, sha, fmt, pages, ocr, enc, warnings, unit_id,
         *meta_vals) = rows[0]
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "source": {"path": path, "sha256": sha, "format": fmt, "pages": pages,
                       "ocr_pages": _json_list(ocr), "encoding": enc,
                       "warnings": _json_list(warnings)},
            "id": did, "status": status, "error": error}
        if status != "ok":
            return out
        meta = dict(zip(meta_fields, meta_vals))
        for f in ("recipients", "issuer_path", "doc_type_signals"):
            meta[f] = _json_list(meta[f])
        unit = None
        if unit_id is not None:
            ufields = [f for f, _ in _contract_fields("unit", model.Unit)]
            urow = db.rows(f"SELECT {', '.join(ufields)} FROM unit WHERE id = :u",
                           {"u": unit_id})
            unit = dict(zip(ufields, urow[0])) if urow else None
        meta["unit"] = unit
        span = [(f, False) for f in ("name", "page", "start", "end", "text")]
        meta["evidence"] = {r.pop("name"): r for r in _fact_rows(
            db, "document_evidence", span, did)}
        out["document"] = {f: meta[f] for f in meta_order}
        refs = _fact_rows(db, "citation", _contract_fields("references", model.Reference), did,
                          extra=("cited_id", "held"),
                          join="JOIN cited_document cd ON x.cited_id = cd.id",
                          cols={"key": "cd.key", "held": "cd.document_id"})
        held: dict[int, Optional[dict]] = {}
        for r in refs:
            hid = r["held"]  # the archive's own copy of the cited document, or None
            if hid is not None and hid not in held:
                held[hid] = _held_info(db, hid)
            r["held"] = held[hid] if hid is not None else None
        out["references"] = refs
        for kind, table, cls in (("laws", "law_mention", model.Law),
                                 ("scores", "score", model.Score),
                                 ("dossier_stats", "dossier_stat", model.DossierStat),
                                 ("tasks", "task_stat", model.Task),
                                 ("ratios", "ratio", model.Ratio)):
            out[kind] = _fact_rows(db, table, _contract_fields(kind, cls), did)
        for d in out["dossier_stats"]:  # a JSON object column (NULL: none stated)
            d["rate_bases"] = json.loads(d["rate_bases"]) if d.get("rate_bases") else {}
        out["findings"] = findings(db, document_id=did)
        out["files"] = _files_of(db, did)
        # the contract's order of keys, then what the store adds
        order = ["schema", "source", "document", "references", "laws", "scores",
                 "dossier_stats", "tasks", "ratios", "findings"]
        return {**{k: out[k] for k in order}, **{k: v for k, v in out.items()
                                                 if k not in order}}


def show(engine: Any, ref: str) -> Optional[dict[str, Any]]:
    """One document by id, path, sha256 prefix or number (see `find_document`): its
    view from columns (`document_view`). A copy's file shows the document it copies."""
    with _open(engine) as db:
        row = find_document(db, ref)
        if row is None:
            return None
        if row[3] == "copy" and row[8] is not None:  # a copy's file shows its document
            row = find_document(db, str(row[8])) or row
        return document_view(db, row[0])


def document_pages(engine: Any, doc_id: int) -> list[tuple[int, str, bool]]:
    """A document's pages as stored: (number, text, ocr), in order."""
    with _open(engine) as db:
        return [(n, text, bool(ocr)) for n, text, ocr in db.rows(
            "SELECT number, text, ocr FROM page WHERE document_id = :d ORDER BY number",
            {"d": int(doc_id)})]


# ------------------------------------------------------- one document, several files
# (issue 11: a copy row is another file of a stored document; a cited document the
# archive holds is linked by cited_document.document_id)

def _files_of(db: Db, doc_id: int) -> list[dict]:
    """Every file of a document: the stored one first, then its copies."""
    # two index lookups (an OR of the two columns scans the whole table on SQLite)
    rows = db.rows("SELECT id, path, format, sha256 FROM document WHERE id = :d", {"d": doc_id})
    rows += db.rows("SELECT id, path, format, sha256 FROM document WHERE copy_of = :d "
                    "ORDER BY id", {"d": doc_id})
    return [{"document_id": i, "path": p, "format": f, "sha256": sh, "copy": i != doc_id}
            for i, p, f, sh in rows]


def _held_info(db: Db, doc_id: int) -> Optional[dict]:
    rows = db.rows("SELECT id, path, doc_type, number, date FROM document WHERE id = :d",
                   {"d": doc_id})
    if not rows:
        return None
    i, p, dt, n, dd = rows[0]
    return {"document_id": i, "path": p, "doc_type": dt, "number": n, "date": dd,
            "files": len(_files_of(db, i))}


def _held_documents(db: Db, cited_ids: list[int]) -> list[dict]:
    """The archive's own documents among cited documents (cited-by: "it is held")."""
    inl, p = in_list("h", cited_ids or [-1])
    ids = [r[0] for r in db.rows(
        f"SELECT DISTINCT document_id FROM cited_document WHERE id IN ({inl}) "
        "AND document_id IS NOT NULL ORDER BY document_id", p)]
    return [x for x in (_held_info(db, i) for i in ids) if x]


def findings(engine: Any, unit: Optional[str] = None, rule: Optional[str] = None,
             severity: Optional[str] = None, since: Optional[str] = None,
             document_id: Optional[int] = None) -> list[dict[str, Any]]:
    """Stored findings (document and archive scope), by document path. Raises UsageError
    for an unknown rule or severity and a `since` that is not YYYY or YYYY-MM-DD."""
    with _open(engine) as db:
        where, params = [], {}
        if unit is not None:
            inl, p = in_list("u", match_units(db, unit))
            where.append(f"d.unit_id IN ({inl})")
            params.update(p)
        if rule:
            where.append("f.rule = :rule")
            params["rule"] = check_rule(db, rule)
        if severity:
            inl, p = in_list("s", severity_levels(severity))
            where.append(f"f.severity IN ({inl})")
            params.update(p)
        if since:  # a document without a date is placed by its year
            lower, year, year_only = parse_since(since)
            where.append("(d.date >= :since OR (d.date IS NULL AND d.year " +
                         (">=" if year_only else ">") + " :sy))")
            params.update(since=lower, sy=year)
        if document_id is not None:
            where.append("d.id = :did")
            params["did"] = int(document_id)
        rows = db.rows(
            "SELECT d.id, d.path, d.number, d.date, f.number, f.rule, f.severity, f.message, "
            "f.message_en, f.date, f.suggestion, f.scope, f.evidence "
            "FROM finding f JOIN document d ON f.document_id = d.id "
            + (f"WHERE {' AND '.join(where)} " if where else "")
            + f"ORDER BY {db.text('d.path')}, d.id, f.id", params)
    return [{"document_id": did, "path": p, "document_number": dn, "document_date": dd,
             "number": n, "rule": r, "severity": s, "message": m, "message_en": me,
             "date": fd, "suggestion": sg, "scope": sc, "evidence": json.loads(ev or "[]")}
            for did, p, dn, dd, n, r, s, m, me, fd, sg, sc, ev in rows]


# -------------------------------------------------------------------- unit series

def _unit_series(engine: Any, unit: str, table: str, fields: list[str]) -> list[dict[str, Any]]:
    with _open(engine) as db:
        inl, params = in_list("u", match_units(db, unit))
        cols = ", ".join(f"x.{f}" for f in fields)
        rows = db.rows(
            f"SELECT x.year, u.name, d.path, d.date, d.number, {cols} FROM {table} x "
            "JOIN document d ON x.document_id = d.id LEFT JOIN unit u ON x.unit_id = u.id "
            f"WHERE (x.unit_id IN ({inl}) OR d.unit_id IN ({inl})) "
            f"ORDER BY COALESCE(x.year, 0), {db.text('d.path')}, x.id", params)
    out = []
    for year, uname, path, ddate, dnum, *vals in rows:
        row = {"year": year, "unit": uname, "document": path, "document_date": ddate,
               "document_number": dnum}
        # a score's own "unit" (điểm, %) is reported as value_unit: "unit" names the unit
        row.update({("value_unit" if f == "unit" else f): v for f, v in zip(fields, vals)})
        out.append(row)
    return out


def scores(engine: Any, unit: str) -> list[dict[str, Any]]:
    """A unit's scores over the years (PAR INDEX, criteria, SIPAS, other indices)."""
    return _unit_series(engine, unit, "score", ["indicator", "index_name", "criterion",
                                                "value", "max", "unit", "rank", "rank_total",
                                                "rating", "subject", "change", "target",
                                                "rank_change"])


def dossiers(engine: Any, unit: str) -> list[dict[str, Any]]:
    """A unit's dossier statistics over the years."""
    from extractor.model import DOSSIER_FIELDS
    return _unit_series(engine, unit, "dossier_stat", ["scope", "period", *DOSSIER_FIELDS])


def stats(engine: Any) -> dict[str, Any]:
    with _open(engine) as db:
        def count(table: str, where: str = "") -> int:
            return db.scalar(f"SELECT COUNT(*) FROM {table}" + (f" WHERE {where}" if where
                                                                 else ""))
        by_type = {dt or "?": n for dt, n in db.rows(
            "SELECT doc_type, COUNT(*) FROM document WHERE status = 'ok' GROUP BY doc_type")}
        return {"documents": count("document", "status = 'ok'"),
                # every stored file; a report held as TXT, DOCX and PDF is one document
                "files": count("document", "status IN ('ok', 'copy')"),
                "failed": count("document", "status = 'failed'"),
                "pages": count("page"), "units": count("unit"),
                "cited_documents": count("cited_document"), "citations": count("citation"),
                "laws": count("law_mention"), "scores": count("score"),
                "dossier_stats": count("dossier_stat"), "tasks": count("task_stat"),
                "ratios": count("ratio"),
                "findings": count("finding"), "by_type": dict(sorted(by_type.items()))}


def evidence_html(engine: Any, ref: str) -> Optional[str]:
    """A document's pages with every fact's evidence highlighted (displaCy spans), from
    the same view as `show`."""
    from extractor.model import Page
    from extractor.render import render_html
    with _open(engine) as db:
        row = find_document(db, ref)
        if row is None or row[3] != "ok":
            return None
        data = document_view(db, row[0])
        pages = [Page(n, text, ocr) for n, text, ocr in document_pages(db, row[0])]
    spans = []
    for key, label in (("references", "REFERENCE"), ("laws", "LAW"), ("scores", "SCORE"),
                       ("dossier_stats", "DOSSIER"), ("tasks", "TASK"), ("ratios", "RATIO")):
        spans += [(x["page"], x["start"], x["end"], label) for x in data.get(key, [])]
    for ev in (data.get("document", {}).get("evidence") or {}).values():
        spans.append((ev["page"], ev["start"], ev["end"], "METADATA"))
    for f in data["findings"]:
        spans += [(e["page"], e["start"], e["end"], "FINDING") for e in f["evidence"]]
    spans = [x for x in spans if x[2] > x[1]]
    return render_html(pages, spans, title=data["source"]["path"])
