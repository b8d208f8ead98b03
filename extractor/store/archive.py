"""Cross-document findings, kept up to date incrementally.

Storing a document writes its archive mentions (own number, linkable citations) with
the two groups each belongs to, and marks those groups dirty, in the document's own
transaction; deleting one marks its groups dirty. The archive pass then recomputes the
findings of the dirty groups only, from the stored mention columns (never the stored
extraction JSON), and removes the dirty marks in the transaction that writes the
findings: a pass killed at any point leaves its groups dirty, and the next pass (any
`cchc ingest`, even one that stores nothing, or `cchc audit`) finishes it."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict
from typing import Iterable, Optional

from sqlalchemy import delete, func, insert, select, text as sql_text
from sqlalchemy.engine import Connection, Engine

from extractor import model
from extractor.store import models as t

MENTION = t.ArchiveMention.__table__
DIRTY = t.ArchiveDirty.__table__
FINDING = t.Finding.__table__
DOCUMENT = t.Document.__table__
REBUILD = "*"  # dirty key: derive every mention again, then recompute every group
LOCK = 50005  # PostgreSQL advisory lock of the archive pass
CHUNK = 500  # groups (or documents, when deriving) per transaction
MAX_MENTIONS = 100_000  # mentions loaded at once by the archive pass


# --------------------------------------------------------------------------- mentions
def _archive_doc(sha256: str, number: Optional[str], date: Optional[str],
                 unit: Optional[model.Unit], refs: list[model.Reference],
                 number_span: Optional[model.Span]):
    from extractor.audit.archive import ArchiveDoc
    unit = unit if unit is not None and unit.name else None
    issuer_key = (unit.key or _fold(unit.name)) if unit is not None else None
    return ArchiveDoc(sha256=sha256, path="", number=number, issuer_key=issuer_key,
                      doc_type=None, date=date, period=None, references=refs, unit=unit,
                      number_span=number_span)


def _fold(name: str) -> str:
    from extractor.normalize import fold
    return fold(name)


def mention_rows(doc_id: int, archive_doc) -> list[dict]:
    """Rows of archive_mention for one document (the citation's own span is its
    evidence, as stored in the citation row)."""
    from extractor.audit.archive import archive_mentions, conflict_key, series_key
    rows = []
    for m in archive_mentions([archive_doc]):
        span = m.spans[0] if m.spans else None
        rows.append(dict(document_id=doc_id, own=m.own, number=m.number,
                         ordinal=m.parts.ordinal, year=m.parts.year, symbol=m.parts.symbol,
                         party=m.parts.party, date=m.date.isoformat() if m.date else None,
                         issuer=m.issuer, conflict_key=conflict_key(m),
                         series_key=series_key(m),
                         page=span.page if span else None, start=span.start if span else None,
                         end=span.end if span else None, text=span.text if span else None))
    return rows


def _mark(conn: Connection, keys: Iterable[Optional[str]]) -> None:
    keys = sorted({k for k in keys if k})
    if keys:
        if conn.dialect.name == "postgresql":  # no archive pass runs while marks are written
            conn.execute(sql_text(f"SELECT pg_advisory_xact_lock_shared({LOCK})"))
        conn.execute(insert(DIRTY), [{"key": k} for k in keys])


def write_mentions(conn: Connection, rows: list[dict]) -> None:
    """Store archive mention rows and mark their groups dirty (inside the transaction
    that stores their document)."""
    if rows:
        conn.execute(insert(MENTION), rows)
    _mark(conn, [r["conflict_key"] for r in rows] + [r["series_key"] for r in rows])


def document_mentions(ex: model.Extraction) -> list[dict]:
    """A new document's archive mention rows, without their document_id (a pure
    function of the extraction: a worker computes it)."""
    meta = ex.document
    doc = _archive_doc(ex.source.sha256, meta.number, meta.date, meta.unit, ex.references,
                       meta.evidence.get("number"))
    rows = mention_rows(0, doc)
    for r in rows:
        del r["document_id"]
    return rows


def forget_document(conn: Connection, doc_id: int) -> None:
    """Before a document is deleted: mark its groups dirty, drop its mentions."""
    rows = conn.execute(select(MENTION.c.conflict_key, MENTION.c.series_key)
                        .where(MENTION.c.document_id == doc_id)).all()
    _mark(conn, [k for r in rows for k in r])
    conn.execute(delete(MENTION).where(MENTION.c.document_id == doc_id))


# --------------------------------------------------------------------------- the pass
def _lock(conn: Connection) -> None:
    """One archive pass at a time, and no dirty marks written meanwhile (concurrent
    ingests, workers on several machines): SQLite takes its write lock now, PostgreSQL
    an exclusive transaction-scoped advisory lock (mark writers take it shared). So every
    mark of a group recomputed here may be removed with it."""
    if conn.dialect.name == "postgresql":
        conn.execute(sql_text(f"SELECT pg_advisory_xact_lock({LOCK})"))
    else:  # a write as the first statement: the transaction holds the write lock
        conn.execute(delete(DIRTY).where(DIRTY.c.id < 0))


def pending(engine: Engine) -> int:
    """How many dirty marks wait for the archive pass."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(DIRTY)).scalar_one()


def refresh(engine: Engine) -> int:
    """Recompute the findings of every dirty group; returns how many groups."""
    with engine.connect() as conn:
        if conn.execute(select(DIRTY.c.id).where(DIRTY.c.key == REBUILD).limit(1)).first():
            _rederive(engine)
    done = 0
    while True:
        with engine.begin() as conn:
            _lock(conn)
            keys = list(conn.execute(select(DIRTY.c.key).where(DIRTY.c.key != REBUILD)
                                     .group_by(DIRTY.c.key).order_by(func.min(DIRTY.c.id))
                                     .limit(CHUNK)).scalars())
            if not keys:
                return done
            keys = _bounded(conn, keys)
            _recompute(conn, keys)
            conn.execute(delete(DIRTY).where(DIRTY.c.key.in_(keys)))
            done += len(keys)


def _bounded(conn: Connection, keys: list[str]) -> list[str]:
    """The first keys whose mentions together stay under MAX_MENTIONS (at least one):
    memory stays flat however popular a cited document is."""
    sizes: dict[str, int] = defaultdict(int)
    for column in (MENTION.c.conflict_key, MENTION.c.series_key):
        for k, n in conn.execute(select(column, func.count()).where(column.in_(keys))
                                 .group_by(column)):
            sizes[k] += n
    out, total = [], 0
    for k in keys:
        if out and total + sizes[k] > MAX_MENTIONS:
            break
        out.append(k)
        total += sizes[k]
    return out


def _recompute(conn: Connection, keys: list[str]) -> None:
    from extractor.audit.archive import Mention, audit_groups
    from extractor.grammar.dates import parse_iso
    from extractor.grammar.docnumber import DocNumber
    conn.execute(delete(FINDING).where(FINDING.c.scope == "archive",
                                       FINDING.c.archive_key.in_(keys)))
    conflicts: dict[str, list] = {k: [] for k in keys if k.startswith("c|")}
    series: dict[str, list] = {k: [] for k in keys if k.startswith("s|")}
    numbers: dict[tuple, DocNumber] = {}  # a few distinct numbers, many mentions
    dates: dict[Optional[str], object] = {None: None}
    m_ = MENTION.c
    for column, groups in ((m_.conflict_key, conflicts), (m_.series_key, series)):
        if not groups:
            continue
        q = (select(column, m_.document_id, m_.own, m_.number, m_.ordinal, m_.year, m_.symbol,
                    m_.party, m_.date, m_.issuer, m_.page, m_.start, m_.end, m_.text)
             .where(column.in_(list(groups))).order_by(m_.document_id, m_.id))
        for (key, doc, own, number, ordinal, year, symbol, party, date, issuer, page, start,
             end, text) in conn.execute(q):
            parts = numbers.get((ordinal, year, symbol, party))
            if parts is None:
                parts = numbers[(ordinal, year, symbol, party)] = DocNumber(
                    ordinal, year, symbol, bool(party))
            if date not in dates:
                dates[date] = parse_iso(date)
            spans = [model.Span(page, start, end, text or "")] if page is not None else []
            groups[key].append(Mention(parts, number, dates[date], issuer, spans, str(doc),
                                       bool(own)))
    rows = []
    for key, f in audit_groups(conflicts, series):
        if not f.doc_sha256:
            continue
        doc_id = int(f.doc_sha256)  # here the mentions carry the document id
        rows.append(dict(document_id=doc_id, scope="archive", rule=f.rule, severity=f.severity,
                         message=f.message, message_en=f.message_en, number=f.number,
                         date=f.date, suggestion=f.suggestion, archive_key=key,
                         evidence=json.dumps([asdict(e) for e in f.evidence],
                                             ensure_ascii=False)))
    if rows:
        conn.execute(insert(FINDING), rows)


# --------------------------------------------------------------------------- rebuild
def rebuild(engine: Engine) -> int:
    """`cchc audit --rebuild`: derive every mention again from the document, citation
    and unit rows and recompute every group. Killed, it resumes on the next pass."""
    with engine.begin() as conn:
        _mark(conn, [REBUILD])
    return refresh(engine)


def _rederive(engine: Engine) -> None:
    last = 0
    while True:
        with engine.begin() as conn:
            _lock(conn)
            docs = conn.execute(select(DOCUMENT).where(DOCUMENT.c.status == "ok",
                                                       DOCUMENT.c.id > last)
                                .order_by(DOCUMENT.c.id).limit(CHUNK)).mappings().all()
            if not docs:
                break
            last = docs[-1]["id"]
            ids = [d["id"] for d in docs]
            old = conn.execute(select(MENTION.c.conflict_key, MENTION.c.series_key)
                               .where(MENTION.c.document_id.in_(ids))).all()
            _mark(conn, [k for r in old for k in r])
            conn.execute(delete(MENTION).where(MENTION.c.document_id.in_(ids)))
            units = {u["id"]: u for u in conn.execute(
                select(t.Unit.__table__).where(t.Unit.__table__.c.id.in_(
                    {d["unit_id"] for d in docs if d["unit_id"]}))).mappings()}
            refs: dict[int, list[model.Reference]] = defaultdict(list)
            c = t.Citation.__table__
            for r in conn.execute(select(c).where(c.c.document_id.in_(ids))
                                  .order_by(c.c.document_id, c.c.id)).mappings():
                refs[r["document_id"]].append(model.Reference(
                    doc_type=r["doc_type"], number=r["number"], key=None, ordinal=None,
                    year=None, symbol=None, date=r["date"], issuer=r["issuer"],
                    subject=r["subject"], relation=r["relation"], text=r["text"] or "",
                    page=r["page"] or 1, start=r["start"] or 0, end=r["end"] or 0))
            rows = []
            for d in docs:
                u = units.get(d["unit_id"])
                unit = model.Unit(name=u["name"], level=u["level"], district=u["district"],
                                  province=u["province"], key=u["key"],
                                  new_name=u["new_name"]) if u is not None else None
                span = model.Span(d["number_page"], d["number_start"], d["number_end"],
                                  d["number_text"] or "") \
                    if d["number_page"] is not None else None
                rows += mention_rows(d["id"], _archive_doc(d["sha256"], d["number"], d["date"],
                                                           unit, refs[d["id"]], span))
            write_mentions(conn, rows)
    with engine.begin() as conn:
        _lock(conn)
        # findings of groups no mention belongs to any more, and findings stored before
        # findings had groups, are recomputed (that is: removed) too
        _mark(conn, [k for (k,) in conn.execute(
            select(FINDING.c.archive_key).where(FINDING.c.scope == "archive").distinct())])
        conn.execute(delete(FINDING).where(FINDING.c.scope == "archive",
                                           FINDING.c.archive_key.is_(None)))
        conn.execute(delete(DIRTY).where(DIRTY.c.key == REBUILD))
