"""Cross-document findings: rebuilt from the stored facts after every ingest, since
adding a document can create or resolve a conflict with documents already stored."""
from __future__ import annotations

import json
from typing import Optional

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from extractor import model
from extractor.store import models as t
from extractor.store.write import add_finding


def load_archive(session: Session) -> list:
    from extractor.audit.archive import ArchiveDoc
    docs = session.exec(select(t.Document).where(t.Document.status == "ok")
                        .order_by(t.Document.id)).all()
    units = {u.id: u for u in session.exec(select(t.Unit)).all()}
    refs: dict[int, list[model.Reference]] = {d.id: [] for d in docs}
    rows = session.exec(select(t.Citation, t.CitedDocument)
                        .join(t.CitedDocument, t.Citation.cited_id == t.CitedDocument.id)
                        .order_by(t.Citation.document_id, t.Citation.id)).all()
    for c, cd in rows:
        if c.document_id not in refs:
            continue
        refs[c.document_id].append(model.Reference(
            doc_type=c.doc_type, number=c.number, key=cd.key, ordinal=cd.ordinal,
            year=cd.year, symbol=cd.symbol, date=c.date, issuer=c.issuer, subject=c.subject,
            relation=c.relation, text=c.text or "", page=c.page or 1, start=c.start or 0,
            end=c.end or 0))
    out = []
    for d in docs:
        u = units.get(d.unit_id)
        unit = model.Unit(name=u.name, level=u.level, district=u.district, province=u.province,
                          key=u.key, new_name=u.new_name) if u is not None else None
        out.append(ArchiveDoc(sha256=d.sha256, path=d.path, number=d.number,
                              issuer_key=u.key if u is not None else None,
                              doc_type=d.doc_type, date=d.date, period=d.period,
                              references=refs[d.id], unit=unit,
                              number_span=_number_span(d.extract_json)))
    return out


def _number_span(extract_json: Optional[str]) -> Optional[model.Span]:
    """Where the document states its own number (document.evidence.number of the
    stored extraction), when the extraction recorded it."""
    if not extract_json:
        return None
    try:
        ev = json.loads(extract_json)["document"].get("evidence") or {}
        span = ev.get("number")
        return model.Span(int(span["page"]), int(span["start"]), int(span["end"]),
                          str(span["text"])) if span else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def recompute(engine: Engine) -> int:
    try:
        from extractor.audit.archive import audit_archive
    except ImportError:  # audit stage not installed: nothing to recompute
        return 0
    with Session(engine) as session, session.begin():
        archive = load_archive(session)
        ids = {d.sha256: d.id for d in session.exec(
            select(t.Document).where(t.Document.status == "ok")).all()}
        session.exec(delete(t.Finding).where(t.Finding.scope == "archive"))
        n = 0
        for f in audit_archive(archive):
            doc_id = ids.get(f.doc_sha256 or "")
            if doc_id is None:
                continue
            add_finding(session, doc_id, f, scope="archive")
            n += 1
    return n
