"""Write one extraction (or one failure) into the database, atomically."""
from __future__ import annotations

import json
import math
from dataclasses import asdict
from typing import Optional

from sqlalchemy import delete, text as sql_text
from sqlmodel import Session, select

from extractor import model
from extractor.stages import to_contract
from extractor.normalize import fold
from extractor.search import loose
from extractor.store import models as t

CHILD_TABLES = (t.Citation, t.LawMention, t.Score, t.DossierStat, t.TaskStat, t.Finding, t.Page)


INT64 = 2 ** 63 - 1


def _int(value: Optional[int]) -> Optional[int]:
    """An integer column's value: None when it does not fit a 64-bit column (a figure
    with 40 digits is kept in extract_json, never in a column that cannot hold it)."""
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


def _period_year(period: Optional[str]) -> Optional[int]:
    import regex
    if not period:
        return None
    m = regex.search(r"(?<!\d)(19|20)\d\d(?!\d)", period)
    return int(m.group()) if m else None


def delete_document(session: Session, doc_id: int) -> None:
    for table in CHILD_TABLES:
        session.exec(delete(table).where(table.document_id == doc_id))
    session.exec(sql_text("DELETE FROM page_fts WHERE document_id = :d").bindparams(d=doc_id))
    session.exec(delete(t.Document).where(t.Document.id == doc_id))


def get_unit(session: Session, unit: Optional[model.Unit], cache: dict) -> Optional[int]:
    """Find or create the canonical unit row; returns its id."""
    if unit is None or not unit.name:
        return None
    key = unit.key or fold(unit.name)
    if key in cache:
        return cache[key]
    row = session.exec(select(t.Unit).where(t.Unit.key == key)).first()
    if row is None:
        row = t.Unit(key=key, name=unit.name, level=unit.level, district=unit.district,
                     province=unit.province, new_name=unit.new_name,
                     new_key=fold(unit.new_name) if unit.new_name else None)
        session.add(row)
        session.flush()
    cache[key] = row.id
    return row.id


def _figure_unit(name: Optional[str], context: Optional[str] = None) -> Optional[model.Unit]:
    """The unit a score's subject or a statistic's scope names, when it names one
    ("xã Tóc Tiên", "Sở Nội vụ"); a level ("UBND cấp xã") or a bare "UBND thành phố"
    names none, and the figure stays with the reporting document's unit."""
    if not name:
        return None
    from extractor.grammar.units import parse_unit
    from extractor.resolve.units import resolve_unit
    p = parse_unit(name)
    if (p.territory and p.proper) or (p.body and p.body.named and p.body_name):
        return resolve_unit(name, context)
    return None


def get_cited(session: Session, ref: model.Reference) -> int:
    key = ref.key or ref.number or ref.text
    row = session.exec(select(t.CitedDocument).where(t.CitedDocument.key == key)).first()
    if row is None:
        row = t.CitedDocument(key=key, doc_type=ref.doc_type, number=ref.key or ref.number,
                              ordinal=ref.ordinal, year=_int(ref.year), symbol=ref.symbol,
                              issuer=ref.issuer, date=ref.date)
        session.add(row)
        session.flush()
    else:  # fill what an earlier mention did not state
        for f in ("doc_type", "issuer", "date", "year"):
            value = _int(ref.year) if f == "year" else getattr(ref, f)
            if getattr(row, f) is None and value is not None:
                setattr(row, f, value)
    return row.id


def _span_cols(x) -> dict:
    return {"page": x.page, "start": x.start, "end": x.end, "text": x.text}


def store_extraction(session: Session, ex: model.Extraction, size: Optional[int] = None) -> int:
    """Insert one document with its pages and facts. Caller commits (one transaction)."""
    meta = ex.document
    unit_cache: dict = {}
    unit_id = get_unit(session, meta.unit, unit_cache)
    contract = to_contract(ex)
    doc = t.Document(
        sha256=ex.source.sha256, path=ex.source.path, format=ex.source.format, status="ok",
        size=size, encoding=ex.source.encoding, page_count=len(ex.source.pages),
        ocr_pages=json.dumps(ex.source.ocr_pages), warnings=json.dumps(ex.source.warnings,
                                                                       ensure_ascii=False),
        doc_type=meta.doc_type, number=meta.number, date=meta.date,
        year=_year(meta.date) or _period_year(meta.period) or _year(meta.published),
        place=meta.place, issuer=meta.issuer, unit_id=unit_id, signer=meta.signer,
        signer_title=meta.signer_title, title=meta.title, period=meta.period,
        published=meta.published, extract_json=json.dumps(contract, ensure_ascii=False))
    session.add(doc)
    session.flush()
    did = doc.id
    for p in ex.source.pages:
        session.add(t.Page(document_id=did, number=p.number, ocr=p.ocr, text=p.text))
        # search words (no case, no marks) on every database: see extractor/search.py
        session.exec(sql_text("INSERT INTO page_fts(body, document_id, page) "
                              "VALUES (:b, :d, :p)").bindparams(b=loose(p.text), d=did,
                                                                p=p.number))
    for r in ex.references:
        session.add(t.Citation(document_id=did, cited_id=get_cited(session, r),
                               doc_type=r.doc_type, number=r.number, date=r.date,
                               issuer=r.issuer, subject=r.subject, relation=r.relation,
                               **_span_cols(r)))
    for law in ex.laws:
        session.add(t.LawMention(document_id=did, name=law.name, year=_int(law.year), **_span_cols(law)))
    for s in ex.scores:
        uid = get_unit(session, _figure_unit(s.subject, meta.issuer), unit_cache) or unit_id
        session.add(t.Score(document_id=did, unit_id=uid, indicator=s.indicator,
                            criterion=s.criterion, criterion_key=s.criterion_key,
                            value=_real(s.value), max=_real(s.max), unit=s.unit,
                            year=_int(s.year), rank=_int(s.rank),
                            rank_total=_int(s.rank_total), rating=s.rating, subject=s.subject,
                            **_span_cols(s)))
    for d in ex.dossier_stats:
        uid = get_unit(session, _figure_unit(d.scope, meta.issuer), unit_cache) or unit_id
        vals = {f: _real(getattr(d, f)) for f in model.DOSSIER_FIELDS}
        session.add(t.DossierStat(document_id=did, unit_id=uid, scope=d.scope, period=d.period,
                                  year=_period_year(d.period) or doc.year, **vals,
                                  **_span_cols(d)))
    for k in ex.tasks:
        if _int(k.done) is None or _int(k.total) is None:
            continue  # not a count a column can hold; the extract JSON keeps it
        session.add(t.TaskStat(document_id=did, done=k.done, total=k.total, period=k.period,
                               **_span_cols(k)))
    for f in ex.findings:
        add_finding(session, did, f, scope="document")
    return did


def add_finding(session: Session, doc_id: int, f: model.Finding, scope: str) -> None:
    session.add(t.Finding(document_id=doc_id, scope=scope, rule=f.rule, severity=f.severity,
                          message=f.message, message_en=f.message_en, number=f.number,
                          date=f.date, suggestion=f.suggestion,
                          evidence=json.dumps([asdict(e) for e in f.evidence],
                                              ensure_ascii=False)))


def record_failure(session: Session, path: str, sha256: str, reason: str,
                   size: Optional[int]) -> None:
    session.add(t.Document(sha256=sha256, path=path, status="failed", error=reason, size=size))
