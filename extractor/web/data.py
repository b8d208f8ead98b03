"""What the web pages read: plain rows from stored columns through SQL (query.py's
functions where they exist). Every list function takes `limit`/`offset` so a page
shows one screenful while the same function, unlimited, feeds the XLSX/CSV export."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Optional

from sqlalchemy import and_, case, func, or_, text as sql_text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from extractor import query
from extractor.normalize import fold
from extractor.store import models as t
from extractor.web import reviews
from extractor.web.reviews import STATUSES

EXPORT_LIMIT = 200_000


# ----------------------------------------------------------------------------- helpers
def genre_expr():
    """The genre of a document from stored columns: a news article (doc_type "Tin bài"),
    an official document (it states its own number), else other."""
    d = t.Document
    return case((d.doc_type == "Tin bài", "news"), (d.number.is_not(None), "official"),
                else_="other")


def _fts_key(words: str) -> str:
    """The form page_fts.body stores text in (store/write.py: search.loose(page text):
    words without case or tone marks), which a query must take too."""
    from extractor.search import loose
    return loose(words)


def _unit_ids(engine: Engine, name: str) -> list[int]:
    """query.py owns unit lookup (old and new names, case and tone marks ignored)."""
    with Session(engine) as s:
        return query.unit_ids(s, name)


def _cited_ids(s: Session, number: str) -> list[int]:
    """Cited documents a number names, whatever its written form: the canonical key,
    and every year of a number without one."""
    from extractor.grammar.docnumber import DocNumber
    parts = DocNumber.parse(" ".join(number.split()))
    if parts is None:
        conds = [t.CitedDocument.key == number.strip(), t.CitedDocument.number == number.strip()]
    else:
        key = parts.key
        conds = [t.CitedDocument.key == key, t.CitedDocument.key.startswith(key + "@")]
    return list(s.exec(select(t.CitedDocument.id).where(or_(*conds))
                       .order_by(t.CitedDocument.key)).all())


def _vi_date(v: Optional[str]) -> str:
    """ISO date as written in Vietnamese documents: 26/01/2018."""
    if v and len(v) == 10 and v[4] == "-" and v[7] == "-":
        return f"{v[8:10]}/{v[5:7]}/{v[:4]}"
    return v or ""


def shown_number(key: Optional[str]) -> Optional[str]:
    """A cited document's number as people write it: its key without the "@year" that
    tells apart reused individual numbers (the date is shown beside it)."""
    return key.split("@", 1)[0] if key else key


def text_condition(s: Session, words: str):
    """Documents whose text holds `words` (a phrase), ignoring case and tone marks. On
    SQLite the full-text index is asked once per request: its hits go to a temporary
    table of this connection that the count, the rows and every facet then read."""
    if s.get_bind().dialect.name == "sqlite":
        phrase = '"' + _fts_key(words).replace('"', '""') + '"'
        s.exec(sql_text("DROP TABLE IF EXISTS temp.web_hits"))
        s.exec(sql_text("CREATE TEMP TABLE web_hits (id INTEGER PRIMARY KEY)"))
        s.exec(sql_text("INSERT OR IGNORE INTO web_hits SELECT document_id FROM page_fts "
                        "WHERE page_fts MATCH :q").bindparams(q=phrase))
        sub = sql_text("SELECT id FROM temp.web_hits").columns(id=t.Document.id.type)
        return t.Document.id.in_(sub)
    key = _fts_key(words)  # other databases: the same words, as whole words (LIKE)
    sub = sql_text("SELECT document_id FROM page_fts WHERE (' ' || body || ' ') LIKE :q"
                   ).bindparams(q=f"% {key} %" if key else "").columns(
                       document_id=t.Document.id.type)
    return t.Document.id.in_(sub)


def _units(s: Session, ids) -> dict[int, t.Unit]:
    ids = [i for i in set(ids) if i is not None]
    if not ids:
        return {}
    return {u.id: u for u in s.exec(select(t.Unit).where(t.Unit.id.in_(ids))).all()}


def _doc_row(d: t.Document, units: dict[int, t.Unit]) -> dict[str, Any]:
    u = units.get(d.unit_id)
    return {"id": d.id, "doc_type": d.doc_type, "number": d.number, "date": d.date,
            "year": d.year, "title": d.title, "unit": u.name if u else None,
            "unit_id": d.unit_id, "issuer": d.issuer, "pages": d.page_count, "path": d.path,
            "period": d.period}


# ----------------------------------------------------------------------------- overview
def overview(engine: Engine, recent: int = 10) -> dict[str, Any]:
    st = query.stats(engine)
    with Session(engine) as s:
        by_sev = dict(s.exec(select(t.Finding.severity, func.count())
                             .group_by(t.Finding.severity)).all())
        by_rule = s.exec(select(t.Finding.rule, t.Finding.severity, func.count())
                         .group_by(t.Finding.rule, t.Finding.severity)).all()
        rows = s.exec(select(t.Document).where(t.Document.status == "ok")
                      .order_by(t.Document.date.desc(), t.Document.id.desc())
                      .limit(recent)).all()
        units = _units(s, [d.unit_id for d in rows])
        years = s.exec(select(t.Document.year, func.count()).where(t.Document.status == "ok")
                       .group_by(t.Document.year).order_by(t.Document.year)).all()
    rules: dict[str, dict[str, int]] = defaultdict(lambda: {"error": 0, "warning": 0,
                                                            "info": 0})
    for rule, sev, n in by_rule:
        rules[rule][sev] = n
    rule_rows = sorted(({"rule": r, **c, "total": sum(c.values())} for r, c in rules.items()),
                       key=lambda r: (-r["error"], -r["total"], r["rule"]))
    return {"stats": st, "by_severity": by_sev, "by_rule": rule_rows,
            "recent": [_doc_row(d, units) for d in rows],
            "by_year": [(y, n) for y, n in years if y is not None]}


# ----------------------------------------------------------------------------- search
def _search_stmt(s: Session, words, unit_id: Optional[int], doc_type: Optional[str],
                 year: Optional[int], genre: Optional[str], skip: str = "",
                 only_ok: bool = True):
    """Conditions of a search; `skip` leaves out one facet's own filter (its counts keep
    the other filters). Without `only_ok` failed files are not excluded: a facet over a
    column they never fill (type, year, unit) can then read its index alone."""
    conds = [t.Document.status == "ok"] if only_ok else []
    if words is not None:  # text_condition() of the request's words
        conds.append(words)
    if unit_id and skip != "unit":
        conds.append(t.Document.unit_id == unit_id)
    if doc_type and skip != "type":
        conds.append(t.Document.doc_type == doc_type)
    if year and skip != "year":
        conds.append(t.Document.year == year)
    if genre and skip != "genre":
        conds.extend(genre_conditions(genre))
    return conds


def genre_conditions(genre: str) -> list:
    """`genre_expr() == genre` written so that indexes on doc_type and number serve it."""
    d = t.Document
    news = d.doc_type == "Tin bài"
    not_news = or_(d.doc_type.is_(None), d.doc_type != "Tin bài")
    if genre == "news":
        return [news, d.status == "ok"]
    if genre == "official":
        return [d.number.is_not(None), not_news, d.status == "ok"]
    return [d.number.is_(None), not_news, d.status == "ok"]


def _genre_counts(s: Session) -> list[tuple[str, int]]:
    """Genre counts over the whole archive from indexes (no table scan): news by type,
    official = documents stating their number (failed files state none)."""
    d = t.Document
    ok = s.exec(select(func.count()).select_from(d).where(d.status == "ok")).one()
    news = s.exec(select(func.count()).select_from(d).where(d.doc_type == "Tin bài",
                                                              d.status == "ok")).one()
    numbered = s.exec(select(func.count()).select_from(d).where(d.number.is_not(None))).one()
    news_numbered = s.exec(select(func.count()).select_from(d).where(
        d.doc_type == "Tin bài", d.number.is_not(None))).one()
    official = numbered - news_numbered
    out = [("official", official), ("news", news), ("other", ok - official - news)]
    return sorted(((k, n) for k, n in out if n), key=lambda kv: -kv[1])


def search(engine: Engine, q: Optional[str] = None, unit_id: Optional[int] = None,
           doc_type: Optional[str] = None, year: Optional[int] = None,
           genre: Optional[str] = None, limit: Optional[int] = 50, offset: int = 0,
           facets: bool = True) -> dict[str, Any]:
    """Documents matching the words (accent-insensitive phrase) and facets; each facet
    counts the documents it would give with the other filters kept."""
    d = t.Document
    with Session(engine) as s:
        words = text_condition(s, q) if q and q.strip() else None
        conds = _search_stmt(s, words, unit_id, doc_type, year, genre)
        total = s.exec(select(func.count()).select_from(d).where(*conds)).one()
        stmt = select(d).where(*conds).order_by(d.date.desc(), d.id.desc()).offset(offset)
        rows = s.exec(stmt.limit(limit) if limit else stmt).all()
        out: dict[str, Any] = {"total": total}
        fac: dict[str, list] = {}
        if facets:
            def facet(col, skip, n=None, only_ok=False):
                stmt = (select(col, func.count()).where(*_search_stmt(
                    s, words, unit_id, doc_type, year, genre, skip, only_ok))
                        .group_by(col).order_by(func.count().desc()))
                return s.exec(stmt.limit(n) if n else stmt).all()
            fac["type"] = [(k, n) for k, n in facet(d.doc_type, "type") if k]
            fac["year"] = sorted(((k, n) for k, n in facet(d.year, "year") if k),
                                 reverse=True)
            if q or unit_id or doc_type or year:
                fac["genre"] = facet(genre_expr(), "genre", only_ok=True)
            else:
                fac["genre"] = _genre_counts(s)
            unit_counts = [(k, n) for k, n in facet(d.unit_id, "unit", 30) if k]
            names = _units(s, [k for k, _ in unit_counts] + ([unit_id] if unit_id else []))
            fac["unit"] = [(k, names[k].name, n) for k, n in unit_counts if k in names]
            if unit_id and unit_id not in {k for k, _ in unit_counts} and unit_id in names:
                fac["unit"].insert(0, (unit_id, names[unit_id].name, 0))
        units = _units(s, [x.unit_id for x in rows])
        out["rows"] = [_doc_row(x, units) for x in rows]
        out["facets"] = fac
    return out


# ----------------------------------------------------------------------------- document


def document(engine: Engine, doc_id: int) -> Optional[dict[str, Any]]:
    """One document for its page: the view of `query.document_view` (every fact read
    from its column, the same as `cchc query show`), its pages, and its findings with
    their reviews."""
    view = query.document_view(engine, doc_id)
    if view is None:
        return None
    with Session(engine) as s:
        d = s.get(t.Document, doc_id)
        unit = s.get(t.Unit, d.unit_id) if d.unit_id else None
        row = _doc_row(d, {unit.id: unit} if unit else {})
    found = findings(engine, document_id=doc_id, limit=None)["rows"]
    meta = view.get("document") or {}
    return {"doc": row, "status": view["status"], "error": view["error"],
            "format": view["source"]["format"], "sha256": view["source"]["sha256"],
            "path": view["source"]["path"], "meta": meta, "view": view,
            "facts": {k: view.get(k) or [] for k in ("references", "laws", "scores",
                                                     "dossier_stats", "tasks", "ratios")},
            "pages": query.document_pages(engine, doc_id), "findings": found, "unit": unit}


def document_path(engine: Engine, doc_id: int) -> Optional[tuple[str, str]]:
    with Session(engine) as s:
        d = s.get(t.Document, doc_id)
        return (d.path, d.sha256) if d else None


# ----------------------------------------------------------------------------- units
def find_units(engine: Engine, name: str) -> list[t.Unit]:
    """Units a name leads to: old or new (post-2025) name, any case or tone marks."""
    ids = _unit_ids(engine, name)
    with Session(engine) as s:
        if not ids:
            folded = fold(name)
            from extractor.normalize import strip_marks
            bare = strip_marks(folded)
            ids = [u.id for u in s.exec(select(t.Unit)).all()
                   if bare in strip_marks(u.key) or (u.new_key and bare in strip_marks(u.new_key))]
        return list(s.exec(select(t.Unit).where(t.Unit.id.in_(ids or [-1]))
                           .order_by(t.Unit.name)).all())


def units_list(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as s:
        counts = dict(s.exec(select(t.Document.unit_id, func.count())
                             .where(t.Document.status == "ok")
                             .group_by(t.Document.unit_id)).all())
        return [{"id": u.id, "name": u.name, "level": u.level, "province": u.province,
                 "new_name": u.new_name, "documents": counts.get(u.id, 0)}
                for u in s.exec(select(t.Unit).order_by(t.Unit.name)).all()]


def unit(engine: Engine, unit_id: int, year: Optional[int] = None,
         limit: Optional[int] = 100) -> Optional[dict[str, Any]]:
    d = t.Document
    with Session(engine) as s:
        u = s.get(t.Unit, unit_id)
        if u is None:
            return None
        conds = [d.unit_id == unit_id, d.status == "ok"]
        if year:
            conds.append(d.year == year)
        per_year = s.exec(select(d.year, func.count()).where(d.unit_id == unit_id,
                                                             d.status == "ok")
                          .group_by(d.year).order_by(d.year)).all()
        total = s.exec(select(func.count()).select_from(d).where(*conds)).one()
        stmt = select(d).where(*conds).order_by(d.date.desc(), d.id.desc())
        docs = s.exec(stmt.limit(limit) if limit else stmt).all()
        units = {u.id: u}
        doc_rows = [_doc_row(x, units) for x in docs]
    cited = _unit_cites(engine, unit_id, year)
    score_rows = _series(engine, t.Score, unit_id, year)
    dossier_rows = _series(engine, t.DossierStat, unit_id, year)
    found = findings(engine, unit_id=unit_id, year=year, limit=limit)
    return {"unit": u, "per_year": [(y, n) for y, n in per_year if y is not None],
            "total": total, "docs": doc_rows, "cites": cited, "scores": score_rows,
            "dossiers": dossier_rows, "findings": found}


def _unit_cites(engine: Engine, unit_id: int, year: Optional[int]) -> list[dict[str, Any]]:
    c, cd, d = t.Citation, t.CitedDocument, t.Document
    citing = func.coalesce(d.date, func.cast(d.year, t.Document.number.type))
    with Session(engine) as s:
        stmt = (select(cd.id, cd.number, cd.doc_type, cd.date, cd.issuer, func.count(c.id),
                       func.count(func.distinct(c.document_id)), func.min(citing),
                       func.max(citing))
                .join(c, c.cited_id == cd.id).join(d, c.document_id == d.id)
                .where(d.unit_id == unit_id, d.status == "ok")
                .group_by(cd.id, cd.number, cd.doc_type, cd.date, cd.issuer))
        if year:
            stmt = stmt.where(d.year == year)
        rows = s.exec(stmt).all()
    out = [{"cited_id": i, "number": shown_number(n), "doc_type": dt, "date": dd, "issuer": iss,
            "mentions": m, "documents": nd, "first_citing": a, "last_citing": b}
           for i, n, dt, dd, iss, m, nd, a, b in rows]
    out.sort(key=lambda r: (-r["mentions"], r["number"] or ""))
    return out


def _series(engine: Engine, table, unit_id: int, year: Optional[int]) -> list[dict[str, Any]]:
    """A unit's scores or dossier statistics: the figure's own unit, else the reporting
    document's unit."""
    with Session(engine) as s:
        d = t.Document
        stmt = (select(table, d.id, d.number, d.date, d.path).join(d, table.document_id == d.id)
                .where(or_(table.unit_id == unit_id,
                           and_(table.unit_id.is_(None), d.unit_id == unit_id)),
                       d.status == "ok"))
        if year:
            stmt = stmt.where(table.year == year)
        rows = s.exec(stmt).all()
    out = []
    for x, did, num, date, path in rows:
        row = {k: v for k, v in x.model_dump().items() if k not in ("id", "unit_id")}
        row.update({"document_id": did, "document_number": num, "document_date": date,
                    "path": path})
        out.append(row)
    out.sort(key=lambda r: (r.get("year") or 0, r["document_date"] or ""))
    return out


def chart_series(scores: list[dict], dossiers: list[dict]) -> dict[str, Any]:
    """Per-year values for the unit charts: PAR INDEX and SIPAS (the latest statement
    of each year's value), dossier on-time rate (stated, else resolved on time / resolved)."""
    idx: dict[str, dict[int, float]] = {"PAR_INDEX": {}, "SIPAS": {}}
    for r in scores:
        if r["indicator"] in idx and not r.get("criterion") and r.get("value") is not None \
                and r.get("year"):
            v = r["value"]
            if r.get("max") and r["max"] not in (0, 100) and r.get("unit") != "%":
                v = 100.0 * v / r["max"]
            idx[r["indicator"]][r["year"]] = v
    on_time: dict[int, float] = {}
    for r in dossiers:
        y = r.get("year")
        if not y:
            continue
        rate = r.get("on_time_rate")
        if rate is None and r.get("resolved"):
            early_on = (r.get("resolved_on_time") or 0) + (r.get("resolved_early") or 0)
            if early_on:
                rate = 100.0 * early_on / r["resolved"]
        if rate is not None and 0 <= rate <= 100:
            on_time[y] = rate
    return {"par": sorted(idx["PAR_INDEX"].items()), "sipas": sorted(idx["SIPAS"].items()),
            "on_time": sorted(on_time.items())}


# ----------------------------------------------------------------------------- cited
def cited_ids(engine: Engine, number: str) -> list[int]:
    with Session(engine) as s:
        return _cited_ids(s, number)


def cited(engine: Engine, cited_id: Optional[int] = None, number: Optional[str] = None,
          limit: Optional[int] = 1000) -> Optional[dict[str, Any]]:
    """A cited document: who cites it and how (written forms, dates given), the catalog's
    status and replacement, and whether the archive holds it."""
    from extractor.grammar.dates import parse_iso
    from extractor.resolve.catalog import load_catalog
    with Session(engine) as s:
        if cited_id is not None:
            cd = s.get(t.CitedDocument, cited_id)
        else:
            ids = _cited_ids(s, number or "")
            cd = s.get(t.CitedDocument, ids[0]) if ids else None
        if cd is None:
            return None
        siblings = []
        if number and cited_id is None:
            siblings = [s.get(t.CitedDocument, i) for i in ids]
        held = s.exec(select(t.Document.id).where(t.Document.number == shown_number(cd.number),
                                                  t.Document.status == "ok")).first()
    c, d = t.Citation, t.Document
    variants: dict[str, int] = defaultdict(int)
    with Session(engine) as s:
        for num, date, n in s.exec(select(c.number, c.date, func.count())
                                   .where(c.cited_id == cd.id).group_by(c.number, c.date)).all():
            variants[(num or "") + (f" — {_vi_date(date)}" if date else "")] += n
        n_docs = s.exec(select(func.count(func.distinct(c.document_id)))
                        .where(c.cited_id == cd.id)).one()
        cols = (d.id, d.doc_type, d.number, d.date, d.unit_id, d.path)
        if limit is not None and n_docs > 5 * limit:
            # many citing documents: walk documents in date order, stop at `limit`
            from sqlalchemy import exists
            cites_it = exists().where(c.cited_id == cd.id, c.document_id == d.id)
            stmt = select(*cols).where(cites_it, d.status == "ok")
        else:
            sub = select(c.document_id).where(c.cited_id == cd.id).distinct().subquery()
            stmt = (select(*cols).join(sub, sub.c.document_id == d.id)
                    .where(d.status == "ok"))
        stmt = stmt.order_by(d.date, d.id)
        docs = s.exec(stmt.limit(limit) if limit else stmt).all()
        ids = [r[0] for r in docs]
        forms: dict[int, list[str]] = defaultdict(list)
        mentions: dict[int, int] = defaultdict(int)
        for i in range(0, len(ids), 500):
            for did, num, date in s.exec(select(c.document_id, c.number, c.date)
                                         .where(c.cited_id == cd.id,
                                                c.document_id.in_(ids[i:i + 500]))).all():
                mentions[did] += 1
                form = (num or "") + (f" ({_vi_date(date)})" if date else "")
                if form not in forms[did]:
                    forms[did].append(form)
        units = _units(s, [r[4] for r in docs])
    rows = [{"document_id": i, "doc_type": dt, "number": n, "date": dd,
             "unit": units[u].name if u in units else None, "unit_id": u, "path": p,
             "mentions": mentions[i], "cited_as": forms[i]} for i, dt, n, dd, u, p in docs]
    cat = load_catalog()
    entry = cat.get(shown_number(cd.number), parse_iso(cd.date))
    return {"cited": cd, "rows": rows, "total": n_docs, "variants": sorted(variants.items(),
                                                          key=lambda kv: -kv[1]),
            "catalog": entry, "held": held, "number": shown_number(cd.number or cd.key),
            "others": [x for x in siblings if x.id != cd.id]}


# ----------------------------------------------------------------------------- findings
SEVERITY_ORDER = ("error", "warning", "info")


def _finding_rows(s: Session, conds: list, limit: Optional[int], offset: int,
                  join_doc: bool) -> tuple[int, list]:
    """Findings matching `conds`, errors first then warnings then notes, newest
    documents first within a severity: one indexed query per severity, so a page never
    sorts the whole table."""
    f, d = t.Finding, t.Document
    cols = (f.id, f.document_id, f.rule, f.severity, f.message, f.message_en, f.number,
            f.date, f.suggestion, f.scope, f.evidence, d.sha256, d.doc_type, d.number,
            d.date, d.path, d.unit_id, d.year)
    total, rows = 0, []
    for sev in SEVERITY_ORDER:
        where = [*conds, f.severity == sev]
        count = select(func.count()).select_from(f)
        if join_doc:
            count = count.join(d, f.document_id == d.id)
        n = s.exec(count.where(*where)).one()
        total += n
        if n <= offset:
            offset -= n
            continue
        if limit is not None and len(rows) >= limit:
            continue
        stmt = (select(*cols).join(d, f.document_id == d.id).where(*where)
                .order_by(f.document_id.desc(), f.id).offset(offset))
        want = None if limit is None else limit - len(rows)
        rows += s.exec(stmt.limit(want) if want is not None else stmt).all()
        offset = 0
    return total, rows


def findings(engine: Engine, rule: Optional[str] = None, severity: Optional[str] = None,
             unit_id: Optional[int] = None, year: Optional[int] = None,
             status: Optional[str] = None, document_id: Optional[int] = None,
             limit: Optional[int] = 100, offset: int = 0) -> dict[str, Any]:
    """Findings with their document, unit and review (status, note). `status`:
    confirmed | dismissed | open (not reviewed)."""
    f, d = t.Finding, t.Document
    with Session(engine) as s:
        conds = []
        if rule:
            conds.append(f.rule == rule)
        if severity:
            conds.append(f.severity == severity)
        if unit_id or year:  # through the unit's / year's documents (few), by index
            docs = select(d.id).where(*([d.unit_id == unit_id] if unit_id else []),
                                      *([d.year == year] if year else []))
            conds.append(f.document_id.in_(docs))
        if document_id is not None:
            conds.append(f.document_id == document_id)
        join_doc = False
        reviewed: list[t.FindingReview] = []
        if status:
            reviewed = list(s.exec(select(t.FindingReview)).all())
        if status in STATUSES:
            # only documents that hold a reviewed finding can match: look there
            mine = [r for r in reviewed if r.status == status]
            where = [or_(d.number.in_({r.document_number for r in mine if r.document_number}
                                      or {""}),
                          d.sha256.in_({r.document_sha256 for r in mine if r.document_sha256}
                                       or {""}))]
            _, raw = _finding_rows(s, conds + where, None, 0, True)
        elif status == "open":
            total, raw = _finding_rows(s, conds, None if limit is None else
                                       limit + len(reviewed), offset, join_doc)
        else:
            total, raw = _finding_rows(s, conds, limit, offset, join_doc)
        rows = []
        for (fid, did, frule, sev, msg, msg_en, num, date, sugg, scope, evidence, sha, dtype,
             dnum, ddate, path, uid, dyear) in raw:
            ev = json.loads(evidence or "[]")
            fp = reviews.fingerprint(reviews.document_identity(sha, dtype, dnum, ddate),
                                     frule, num, date, ev)
            rows.append({"id": fid, "fingerprint": fp, "document_id": did,
                         "doc_type": dtype, "doc_number": dnum, "doc_date": ddate,
                         "year": dyear, "path": path, "unit_id": uid, "rule": frule,
                         "severity": sev, "message": msg, "message_en": msg_en,
                         "number": num, "date": date, "suggestion": sugg, "scope": scope,
                         "evidence": ev, "sha256": sha,
                         "evidence_text": " … ".join(" ".join((e.get("text") or "").split())
                                                     for e in ev)})
        revs = reviews.reviews_for(s, [r["fingerprint"] for r in rows])
        for r in rows:
            rv = revs.get(r["fingerprint"])
            r["review"] = rv.status if rv else ""
            r["review_note"] = rv.note if rv else None
        if status in STATUSES:
            rows = [r for r in rows if r["review"] == status]
            total = len(rows)
            rows = rows[offset:offset + limit] if limit else rows[offset:]
        elif status == "open":
            # reviewed findings are few: the page is read with room for them, then
            # they are dropped (the count subtracts those among all matching findings)
            n_reviewed = sum(1 for r in rows if r["review"])
            rows = [r for r in rows if not r["review"]][:limit] if limit else \
                [r for r in rows if not r["review"]]
            total -= n_reviewed if len(reviewed) <= n_reviewed else _reviewed_count(
                s, conds, reviewed)
        units = _units(s, [r["unit_id"] for r in rows])
        for r in rows:
            u = units.get(r["unit_id"])
            r["unit"] = u.name if u else None
    return {"total": total, "rows": rows}


def _reviewed_count(s: Session, conds: list, reviewed: list) -> int:
    """How many findings matching `conds` carry a review."""
    d = t.Document
    where = [or_(d.number.in_({r.document_number for r in reviewed if r.document_number}
                              or {""}),
                 d.sha256.in_({r.document_sha256 for r in reviewed if r.document_sha256}
                              or {""}))]
    _, raw = _finding_rows(s, conds + where, None, 0, True)
    fps = {reviews.fingerprint(reviews.document_identity(x[11], x[12], x[13], x[14]),
                               x[2], x[6], x[7], json.loads(x[10] or "[]")) for x in raw}
    return sum(1 for r in reviewed if r.fingerprint in fps)


def finding_facets(engine: Engine) -> dict[str, list]:
    with Session(engine) as s:
        rules = list(s.exec(select(t.Finding.rule).distinct()).all())
        years = list(s.exec(select(t.Document.year).distinct()
                            .where(t.Document.year.is_not(None))).all())
    return {"rules": sorted(rules), "years": sorted(years, reverse=True)}


def review(engine: Engine, fp: str, status: str, note: Optional[str],
           finding_id: Optional[int] = None) -> None:
    """Record a verdict; the finding's row (when given) says which document to look in
    for it again (its number and content hash), kept beside the verdict."""
    rule = path = number = sha = None
    with Session(engine) as s:
        if finding_id is not None:
            row = s.exec(select(t.Finding, t.Document).join(
                t.Document, t.Finding.document_id == t.Document.id)
                .where(t.Finding.id == finding_id)).first()
            if row is not None:
                f, d = row
                rule, path, number, sha = f.rule, d.path, d.number, d.sha256
        reviews.set_review(s, fp, status, note, rule=rule, path=path, number=number,
                           sha256=sha)
        s.commit()
