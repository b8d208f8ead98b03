"""Inspectors' reviews of findings (confirmed / dismissed, with a note).

A review is keyed on the finding's *identity*, not on its row id: finding rows are
rewritten by every re-ingest of a document and by every archive pass. The identity is
the document (its own type, number and date when it states them, else its content hash)
+ the rule + the number and date the finding is about + the text of its evidence. So a
re-ingested or corrected file keeps the reviews of the findings that are still there."""
from __future__ import annotations

import hashlib
from typing import Any, Iterable, Optional

from sqlmodel import Session, select

from extractor.normalize import fold
from extractor.store import models as t

STATUSES = ("confirmed", "dismissed")


def document_identity(sha256: str, doc_type: Optional[str], number: Optional[str],
                      date: Optional[str]) -> str:
    if number:
        return f"{fold(doc_type or '')}|{fold(number)}|{date or ''}"
    return sha256


def fingerprint(doc_identity: str, rule: str, number: Optional[str], date: Optional[str],
                evidence: Iterable[Any]) -> str:
    texts = []
    for e in evidence:
        text = e.get("text") if isinstance(e, dict) else getattr(e, "text", "")
        texts.append(" ".join((text or "").split()))
    raw = "\x1f".join([doc_identity, rule, number or "", date or "", *texts])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()


def reviews_for(session: Session, fingerprints: Iterable[str]) -> dict[str, t.FindingReview]:
    fps = list(set(fingerprints))
    out: dict[str, t.FindingReview] = {}
    for i in range(0, len(fps), 500):
        for r in session.exec(select(t.FindingReview)
                              .where(t.FindingReview.fingerprint.in_(fps[i:i + 500]))).all():
            out[r.fingerprint] = r
    return out


def set_review(session: Session, fp: str, status: str, note: Optional[str] = None,
               rule: Optional[str] = None, path: Optional[str] = None,
               number: Optional[str] = None, sha256: Optional[str] = None) -> None:
    """Record (or replace) a verdict; status "" / "open" removes it. Caller commits."""
    from datetime import datetime, timezone
    row = session.exec(select(t.FindingReview).where(t.FindingReview.fingerprint == fp)).first()
    if status not in STATUSES:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        row = t.FindingReview(fingerprint=fp, status=status)
    row.status, row.note = status, (note or "").strip() or None
    row.rule, row.document_path = rule or row.rule, path or row.document_path
    row.document_number = number or row.document_number
    row.document_sha256 = sha256 or row.document_sha256
    row.updated_at = datetime.now(timezone.utc)
    session.add(row)
