"""Write one extraction (or one failure) into the database, atomically.

Rows go in through SQLAlchemy Core, one executemany per table; units and cited
documents are looked up in an in-memory cache (`Writer`) that survives across the
documents of a run, so a reference costs no SELECT once its key has been seen. The
caller owns the transaction (one per document): ids created inside a transaction enter
the cache only when it commits (`Writer.commit`), never after a rollback."""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import bindparam, delete, insert, select, text as sql_text, update
from sqlalchemy.engine import Connection

from extractor import model
from extractor.grammar.periods import period_year
from extractor.normalize import fold
from extractor.search import loose
from extractor.store import models as t

# Bump whenever the extractor's output changes (a finder, a rule file, the loaders): a
# document stored with an older (or no) version is re-extracted by the next ingest.
EXTRACTION_VERSION = 5  # 3: issues 10 and 11 (tables, periods, genre, dates, compound types, identity); 4: ratios stored, month/year periods; 5: dossier rate_bases, parts-against-whole findings

CHILD_TABLES = (t.Citation, t.LawMention, t.Score, t.DossierStat, t.TaskStat, t.RatioStat,
                t.Finding, t.DocumentEvidence, t.Page)

D = t.Document.__table__

INT64 = 2 ** 63 - 1
_CITED_FILL = ("doc_type", "issuer", "date", "year")


def _int(value: Optional[int]) -> Optional[int]:
    """An integer column's value: None when it does not fit a 64-bit column (a figure
    with 40 digits is not stored, never in a column that cannot hold it)."""
    return value if value is None or -INT64 <= value <= INT64 else None


def _real(value) -> Optional[float]:
    """A float column's value: None when it is not a finite number (inf, a 400-digit
    integer); both would make the database driver raise or store something unreadable."""
    if value is None:
        return None
    try:
        f = float(value)
    except OverflowError:
        return None
    return f if math.isfinite(f) else None


def _year(value: Optional[str]) -> Optional[int]:
    if value and len(value) >= 4 and value[:4].isdigit():
        return int(value[:4])
    return None


_period_year = period_year  # one owner: extractor/grammar/periods.py


def _conn(bind: Any) -> Connection:
    """A Connection from a Connection or an ORM Session (older callers)."""
    return bind.connection() if hasattr(bind, "connection") and not isinstance(
        bind, Connection) else bind


def delete_document(bind: Any, doc_id: int) -> None:
    from extractor.store.identity import before_delete
    from extractor.store.archive import forget_document
    before_delete(bind, doc_id)  # copies promoted, held-document links dropped
    conn = _conn(bind)
    forget_document(conn, doc_id)  # its archive groups are recomputed by the next pass
    for table in CHILD_TABLES:
        tb = table.__table__
        conn.execute(delete(tb).where(tb.c.document_id == doc_id))
    conn.execute(sql_text("DELETE FROM page_fts WHERE document_id = :d"), {"d": doc_id})
    conn.execute(delete(D).where(D.c.id == doc_id))


class Writer:
    """Caches of unit and cited-document ids for one run (one process)."""

    def __init__(self) -> None:
        self.units: dict[str, int] = {}
        self.cited: dict[str, tuple[int, dict]] = {}
        self._units_new: dict[str, int] = {}
        self._cited_new: dict[str, tuple[int, dict]] = {}

    def commit(self) -> None:
        self.units.update(self._units_new)
        self.cited.update(self._cited_new)
        self.rollback()

    def rollback(self) -> None:
        self._units_new = {}
        self._cited_new = {}

    # -- units -------------------------------------------------------------------------
    def unit_id(self, conn: Connection, unit: Optional[model.Unit]) -> Optional[int]:
        """Find or create the canonical unit row; returns its id."""
        if unit is None or not unit.name:
            return None
        key = unit.key or fold(unit.name)
        uid = self._units_new.get(key) or self.units.get(key)
        if uid is not None:
            return uid
        U = t.Unit.__table__
        uid = conn.execute(_UNIT_BY_KEY, {"key": key}).scalar()
        if uid is None:
            uid = conn.execute(insert(U).values(
                key=key, name=unit.name, level=unit.level, district=unit.district,
                province=unit.province, new_name=unit.new_name,
                new_key=fold(unit.new_name) if unit.new_name else None)
                .returning(U.c.id)).scalar_one()
            self._units_new[key] = uid
        else:
            self.units[key] = uid  # committed by someone: safe to cache now
        return uid

    # -- cited documents ---------------------------------------------------------------
    def cited_ids(self, conn: Connection, refs: list[model.Reference]) -> list[int]:
        """The cited_document id of every reference, creating rows for new keys and
        filling fields an earlier mention did not state; one SELECT for the keys not
        yet cached, none for the rest."""
        C = t.CitedDocument.__table__
        keys = [_cited_key(r) for r in refs]
        missing = sorted({k for k in keys if k not in self._cited_new and k not in self.cited})
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for row in conn.execute(select(C.c.id, C.c.key, *[C.c[f] for f in _CITED_FILL])
                                    .where(C.c.key.in_(chunk))):
                self.cited[row.key] = (row.id, {f: getattr(row, f) for f in _CITED_FILL})
        out = []
        for k, r in zip(keys, refs):
            vals = {f: (_int(r.year) if f == "year" else getattr(r, f)) for f in _CITED_FILL}
            hit = self._cited_new.get(k) or self.cited.get(k)
            if hit is None:
                cid = conn.execute(insert(C).values(
                    key=k, number=r.key or r.number, ordinal=r.ordinal, symbol=r.symbol,
                    **vals).returning(C.c.id)).scalar_one()
                self._cited_new[k] = (cid, dict(vals))
                out.append(cid)
                continue
            cid, have = hit
            fill = {f: v for f, v in vals.items()
                    if v is not None and (have.get(f) is None or _preferred(f, v, have[f]))}
            if fill:  # fill what an earlier mention did not state, or state better
                conn.execute(update(C).where(C.c.id == cid).values(**fill))
                self._cited_new[k] = (cid, {**have, **fill})
            out.append(cid)
        return out


def _preferred(field: str, new, old) -> bool:
    """Whether a mention's value replaces the stored one of a cited document, so that the
    row does not depend on the order documents are stored in (parallel workers, two
    databases): a date or year keeps the earliest stated; a name (issuer, type) the most
    specific, i.e. the longest ("Bộ trưởng Bộ Nội vụ" over "Bộ Nội vụ"), ties by text."""
    if new == old:
        return False
    if field in ("date", "year"):
        return str(new) < str(old)
    return (-len(str(new)), str(new)) < (-len(str(old)), str(old))


def _cited_key(ref: model.Reference) -> str:
    return ref.key or ref.number or ref.text



def _span_cols(x) -> dict:
    return {"page": x.page, "start": x.start, "end": x.end, "text": x.text}


def _now() -> datetime:
    return datetime.now(timezone.utc)


_INSERTS: dict = {}  # table -> its INSERT, built once
_UNIT_BY_KEY = select(t.Unit.__table__.c.id).where(t.Unit.__table__.c.key == bindparam("key"))
_INSERT_DOCUMENT = insert(D).returning(D.c.id)
_INSERT_FTS = sql_text("INSERT INTO page_fts(body, document_id, page) VALUES (:b, :d, :p)")


def _insert_many(conn: Connection, table, rows: list[dict]) -> None:
    if rows:
        stmt = _INSERTS.get(table)
        if stmt is None:
            stmt = _INSERTS[table] = insert(table.__table__)
        conn.execute(stmt, rows)


@dataclass
class Prepared:
    """What storing an extraction computes from the extraction alone: the search words
    of each page and its archive mentions. `ingest` has the worker that made the
    extraction prepare it, so the one process that writes only writes (these were a
    large part of its time). Made for the sha256 the extraction had then."""
    sha256: str
    search_words: list[str]
    mentions: list[dict]  # archive_mention rows without document_id


def prepare(ex: model.Extraction) -> Prepared:
    from extractor.store.archive import document_mentions
    return Prepared(ex.source.sha256, [loose(p.text) for p in ex.source.pages],
                    document_mentions(ex))


def store_extraction(bind: Any, ex: model.Extraction, size: Optional[int] = None,
                     writer: Optional[Writer] = None, detect_copies: bool = True,
                     prepared: Optional[Prepared] = None) -> int:
    """Insert one document with its pages and facts. The caller owns the transaction
    (one per document) and calls writer.commit() / rollback() after it. A file that is
    another copy of a stored document is stored as a copy of it, without facts
    (store/identity.py). `prepared`: prepare(ex), made elsewhere (a worker); made here
    when absent or made for other bytes."""
    from extractor.store import identity
    conn = _conn(bind)
    if detect_copies:
        original = identity.find_original(conn, ex)
        if original is not None:
            return identity.store_copy(conn, ex, original, size)
    if prepared is None or prepared.sha256 != ex.source.sha256:
        prepared = prepare(ex)
    w = writer if writer is not None else Writer()
    meta = ex.document
    unit_id = w.unit_id(conn, meta.unit)
    year = _year(meta.date) or _period_year(meta.period) or _year(meta.published)
    did = conn.execute(_INSERT_DOCUMENT, dict(
        sha256=ex.source.sha256, path=ex.source.path, format=ex.source.format, status="ok",
        size=size, encoding=ex.source.encoding, page_count=len(ex.source.pages),
        ocr_pages=json.dumps(ex.source.ocr_pages),
        warnings=json.dumps(ex.source.warnings, ensure_ascii=False),
        doc_type=meta.doc_type, number=meta.number, date=meta.date, year=year,
        place=meta.place, issuer=meta.issuer, unit_id=unit_id, signer=meta.signer,
        signer_title=meta.signer_title, title=meta.title, period=meta.period,
        published=meta.published, **_number_evidence(meta),
        recipients=json.dumps(meta.recipients, ensure_ascii=False),
        issuer_path=json.dumps(meta.issuer_path, ensure_ascii=False),
        doc_type_signals=json.dumps(meta.doc_type_signals),
        extraction_version=EXTRACTION_VERSION, ingested_at=_now(),
        number_key=identity.own_key(meta.number, meta.date))).scalar_one()
    _insert_many(conn, t.Page, [dict(document_id=did, number=p.number, ocr=p.ocr, text=p.text)
                                for p in ex.source.pages])
    if ex.source.pages:  # search words (no case, no marks) on every database: search.py
        conn.execute(_INSERT_FTS,
                     [{"b": words, "d": did, "p": p.number}
                      for p, words in zip(ex.source.pages, prepared.search_words)])
    cited = w.cited_ids(conn, ex.references)
    _insert_many(conn, t.Citation, [
        dict(document_id=did, cited_id=cid, doc_type=r.doc_type, number=r.number,
             date=r.date, issuer=r.issuer, subject=r.subject, relation=r.relation,
             ordinal=r.ordinal, year=_int(r.year), symbol=r.symbol, date_text=r.date_text,
             issuer_inferred=bool(r.issuer_inferred),
             **_span_cols(r)) for r, cid in zip(ex.references, cited)])
    _insert_many(conn, t.LawMention, [
        dict(document_id=did, name=law.name, year=_int(law.year), date=law.date,
             **_span_cols(law)) for law in ex.laws])
    _insert_many(conn, t.DocumentEvidence, [
        dict(document_id=did, name=name, **_span_cols(span))
        for name, span in meta.evidence.items()])
    scores = []
    for s in ex.scores:
        uid = w.unit_id(conn, s.scope_unit) or unit_id
        scores.append(dict(document_id=did, unit_id=uid, indicator=s.indicator,
                           criterion=s.criterion, criterion_key=s.criterion_key,
                           value=_real(s.value), max=_real(s.max), unit=s.unit,
                           year=_int(s.year), rank=_int(s.rank), rank_total=_int(s.rank_total),
                           rating=s.rating, subject=s.subject, index_name=s.index_name,
                           change=_real(s.change), target=_real(s.target),
                           rank_change=_int(s.rank_change), **_span_cols(s)))
    _insert_many(conn, t.Score, scores)
    stats = []
    for d in ex.dossier_stats:
        uid = w.unit_id(conn, d.scope_unit) or unit_id
        vals = {f: _real(getattr(d, f)) for f in model.DOSSIER_FIELDS}
        stats.append(dict(document_id=did, unit_id=uid, scope=d.scope, period=d.period,
                          year=_period_year(d.period) or year, claims_total=bool(d.claims_total),
                          rate_bases=json.dumps(d.rate_bases, ensure_ascii=False, sort_keys=True)
                          if d.rate_bases else None,
                          **vals, **_span_cols(d)))
    _insert_many(conn, t.DossierStat, stats)
    _insert_many(conn, t.TaskStat, [
        dict(document_id=did, done=k.done, total=k.total, period=k.period, rate=_real(k.rate),
             **_span_cols(k))
        for k in ex.tasks
        # not a count a column can hold (a 40-digit "count" is not a figure): not stored
        if _int(k.done) is not None and _int(k.total) is not None])
    _insert_many(conn, t.RatioStat, [
        dict(document_id=did, part=_real(r.part), total=_real(r.total),
             stated_rate=_real(r.stated_rate), label=r.label, **_span_cols(r))
        for r in ex.ratios if _real(r.part) is not None and _real(r.total) is not None])
    _insert_many(conn, t.Finding, [finding_row(did, f, "document") for f in ex.findings])
    identity.link_held(conn, did)
    from extractor.store.archive import write_mentions
    # archive mentions, their groups marked dirty
    write_mentions(conn, [dict(m, document_id=did) for m in prepared.mentions])
    return did


def _number_evidence(meta: model.DocumentMeta) -> dict:
    """Where the document states its own number (evidence of archive findings)."""
    span = meta.evidence.get("number")
    if span is None:
        return {}
    return {"number_page": span.page, "number_start": span.start, "number_end": span.end,
            "number_text": span.text}


def finding_row(doc_id: int, f: model.Finding, scope: str) -> dict:
    return dict(document_id=doc_id, scope=scope, rule=f.rule, severity=f.severity,
                message=f.message, message_en=f.message_en, number=f.number, date=f.date,
                suggestion=f.suggestion,
                evidence=json.dumps([asdict(e) for e in f.evidence], ensure_ascii=False))


def add_finding(session, doc_id: int, f: model.Finding, scope: str) -> None:
    """One finding through the ORM session (the archive pass)."""
    session.add(t.Finding(**finding_row(doc_id, f, scope)))


def walk_key(path: str) -> str:
    """The sha256 column of a failure met before the file's bytes could be read (an
    unreadable file or folder, a symlink loop): keyed by its path."""
    return "path:" + hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()


def record_failure(bind: Any, path: str, sha256: str, reason: str,
                   size: Optional[int]) -> None:
    """One failed file: replaces an earlier failure of the same path (the list of
    failures is what fails now, not every past version of a file)."""
    conn = _conn(bind)
    conn.execute(delete(D).where(D.c.path == path, D.c.status == "failed"))
    conn.execute(insert(D).values(sha256=sha256, path=path, status="failed", error=reason,
                                  size=size, page_count=0,
                                  extraction_version=EXTRACTION_VERSION, ingested_at=_now()))
