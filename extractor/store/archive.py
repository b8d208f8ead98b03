"""Cross-document findings: rebuilt from the stored facts after every ingest, since
adding a document can create or resolve a conflict with documents already stored."""
from __future__ import annotations

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
    return [ArchiveDoc(sha256=d.sha256, path=d.path, number=d.number,
                       issuer_key=units[d.unit_id].key if d.unit_id in units else None,
                       doc_type=d.doc_type, date=d.date, period=d.period,
                       references=refs[d.id]) for d in docs]


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
