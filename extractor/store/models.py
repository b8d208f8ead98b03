"""Database tables. Designed so that later stages fill them without reshaping:
every fact keeps its evidence (page, start, end, text) into `page.text`.

Not modelled here: `page_fts` (document_id, page, body = extractor.search.loose(page
text)), the search words of every page, written with raw SQL by store/write.py and read
by query.py; an FTS5 table on SQLite, a plain table on PostgreSQL (migration 0009)."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def _now() -> datetime:
    return datetime.now(timezone.utc)


class EvidenceMixin(SQLModel):
    page: Optional[int] = None
    start: Optional[int] = None
    end: Optional[int] = None
    text: Optional[str] = Field(default=None, sa_type=Text)


class Unit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)
    name: str
    level: Optional[str] = None
    district: Optional[str] = None
    province: Optional[str] = None
    new_name: Optional[str] = None
    new_key: Optional[str] = Field(default=None, index=True)


class Document(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(index=True, unique=True)
    path: str = Field(index=True)
    format: Optional[str] = None
    status: str = "ok"  # ok | failed | copy (another file of the document `copy_of`)
    error: Optional[str] = None
    size: Optional[int] = None
    encoding: Optional[str] = None
    page_count: int = 0
    ocr_pages: Optional[str] = None  # JSON list
    warnings: Optional[str] = None  # JSON list
    doc_type: Optional[str] = Field(default=None, index=True)
    number: Optional[str] = Field(default=None, index=True)
    date: Optional[str] = Field(default=None, index=True)  # ISO
    year: Optional[int] = Field(default=None, index=True)  # of date, else of period
    place: Optional[str] = None
    issuer: Optional[str] = None
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", index=True)
    signer: Optional[str] = None
    signer_title: Optional[str] = None
    title: Optional[str] = Field(default=None, sa_column=Column(Text))
    period: Optional[str] = None
    published: Optional[str] = None
    # where the document states its own number (evidence of archive findings)
    number_page: Optional[int] = None
    number_start: Optional[int] = None
    number_end: Optional[int] = None
    number_text: Optional[str] = None
    # lists of strings (JSON lists): Nơi nhận, the header hierarchy (top first), the
    # signals that decided the genre and type (docs/extract-format.md)
    recipients: Optional[str] = Field(default=None, sa_column=Column(Text))
    issuer_path: Optional[str] = Field(default=None, sa_column=Column(Text))
    doc_type_signals: Optional[str] = None
    # the extractor that stored it (store.write.EXTRACTION_VERSION); older -> re-extracted
    extraction_version: Optional[int] = None
    # document identity (store/identity.py): the canonical key of the document's own
    # number (as a citation of it would be keyed), and, for a file that is another copy
    # of a stored document (same report as TXT, DOCX, PDF), that document's id
    number_key: Optional[str] = Field(default=None, index=True)
    copy_of: Optional[int] = Field(default=None, foreign_key="document.id", index=True)
    ingested_at: datetime = Field(default_factory=_now)


class Page(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("document_id", "number"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    number: int
    ocr: bool = False
    text: str = Field(sa_column=Column(Text, nullable=False))


class CitedDocument(SQLModel, table=True):
    """One cited document, linked across the archive by its canonical key."""
    __tablename__ = "cited_document"
    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(index=True, unique=True)
    doc_type: Optional[str] = None
    number: Optional[str] = Field(default=None, index=True)
    ordinal: Optional[str] = None
    year: Optional[int] = None
    symbol: Optional[str] = Field(default=None, index=True)
    issuer: Optional[str] = None
    date: Optional[str] = None
    # the archive's own copy of the cited document, when it is held (store/identity.py)
    document_id: Optional[int] = Field(default=None, foreign_key="document.id", index=True)


class Citation(EvidenceMixin, table=True):
    __table_args__ = (Index("ix_citation_cited_document", "cited_id", "document_id"),
                      Index("ix_citation_document_cited", "document_id", "cited_id"))
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    cited_id: int = Field(foreign_key="cited_document.id", index=True)
    doc_type: Optional[str] = None
    number: Optional[str] = None  # as written
    date: Optional[str] = None
    issuer: Optional[str] = None
    subject: Optional[str] = Field(default=None, sa_column=Column(Text))
    relation: Optional[str] = None
    # the mention's own reading of its number (cited_document keeps the linked document's,
    # filled from every mention: a mention without a year still says none)
    ordinal: Optional[str] = None
    year: Optional[int] = None
    symbol: Optional[str] = None
    date_text: Optional[str] = None  # the date as written when it is not a real date
    issuer_inferred: bool = False  # the issuer comes from the symbol, not the text


class LawMention(EvidenceMixin, table=True):
    __tablename__ = "law_mention"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    name: str
    year: Optional[int] = None
    date: Optional[str] = None  # ISO


class Score(EvidenceMixin, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", index=True)
    indicator: str
    criterion: Optional[str] = None
    criterion_key: Optional[str] = None
    value: Optional[float] = None
    max: Optional[float] = None
    unit: Optional[str] = None
    year: Optional[int] = None
    rank: Optional[int] = None
    rank_total: Optional[int] = None
    rating: Optional[str] = None
    subject: Optional[str] = None
    index_name: Optional[str] = Field(default=None, index=True)  # PCI, PAPI, SIPAS aspects...
    change: Optional[float] = None
    target: Optional[float] = None
    rank_change: Optional[int] = None


class DossierStat(EvidenceMixin, table=True):
    __tablename__ = "dossier_stat"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    unit_id: Optional[int] = Field(default=None, foreign_key="unit.id", index=True)
    scope: Optional[str] = None
    period: Optional[str] = None
    year: Optional[int] = None
    received: Optional[float] = None
    carried_over: Optional[float] = None
    online: Optional[float] = None
    in_person: Optional[float] = None
    to_resolve: Optional[float] = None
    resolved: Optional[float] = None
    resolved_early: Optional[float] = None
    resolved_on_time: Optional[float] = None
    resolved_late: Optional[float] = None
    pending: Optional[float] = None
    pending_on_time: Optional[float] = None
    pending_overdue: Optional[float] = None
    returned: Optional[float] = None
    resolved_rate: Optional[float] = None
    on_time_rate: Optional[float] = None
    late_rate: Optional[float] = None
    online_rate: Optional[float] = None
    due: Optional[float] = None
    early_rate: Optional[float] = None
    returned_rate: Optional[float] = None
    claims_total: bool = False  # the text says the parts make up the whole
    # JSON object: a stated rate -> the count the text says it is taken against
    # ({"on_time_rate": "due"}); NULL when none is stated
    rate_bases: Optional[str] = Field(default=None, sa_column=Column(Text))


class TaskStat(EvidenceMixin, table=True):
    __tablename__ = "task_stat"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    done: int
    total: int
    period: Optional[str] = None
    rate: Optional[float] = None  # stated rate, when the text gives one


class DocumentEvidence(EvidenceMixin, table=True):
    """Where the document states one of its own fields (number, date, issuer, signer ...):
    `document.evidence` of the extract contract, one row per field."""
    __tablename__ = "document_evidence"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    name: str  # the field: number, date, issuer, signer ...


class RatioStat(EvidenceMixin, table=True):
    """A part of a whole with the rate the text states ("17/2744 ý kiến ... 0,61%")."""
    __tablename__ = "ratio"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    part: float
    total: float
    stated_rate: Optional[float] = None
    label: Optional[str] = None


class Finding(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    scope: str = "document"  # document | archive (recomputed when the archive changes)
    rule: str = Field(index=True)
    severity: str = Field(index=True)
    message: str = Field(sa_column=Column(Text, nullable=False))
    message_en: str = Field(sa_column=Column(Text, nullable=False))
    number: Optional[str] = None
    date: Optional[str] = None
    suggestion: Optional[str] = None
    evidence: Optional[str] = Field(default=None, sa_column=Column(Text))  # JSON list of spans
    # archive findings: the group (conflict group or numbering series) they came from
    archive_key: Optional[str] = Field(default=None, index=True)


class ArchiveMention(EvidenceMixin, table=True):
    """A document's own number or a linkable citation, as the archive rules see it,
    with the two groups it belongs to (derived from document, citation and unit rows
    when the document is stored; `cchc audit --rebuild` derives them again)."""
    __tablename__ = "archive_mention"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    own: bool = False
    number: str  # as written
    ordinal: str
    year: Optional[int] = None
    symbol: str
    party: bool = False
    date: Optional[str] = None  # ISO
    issuer: Optional[str] = None  # unit key, None when not given or not resolved
    conflict_key: str = Field(index=True)
    series_key: Optional[str] = Field(default=None, index=True)


class ArchiveDirty(SQLModel, table=True):
    """Archive groups whose findings must be recomputed: written in the transaction
    that stores or deletes a document, removed in the one that rewrites the findings.
    The key "*" asks for every mention to be derived again (after a migration)."""
    __tablename__ = "archive_dirty"
    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(index=True)


Index("ix_document_path_status", Document.path, Document.status)
# documents in the order every list shows them (date, path, id): cited-by and docs walk it
Index("ix_document_date_path", Document.date, Document.path)


class FindingReview(SQLModel, table=True):
    """An inspector's verdict on a finding. Keyed on the finding's stable identity
    (extractor/web/reviews.py `fingerprint`), not on a row id, so it survives re-ingest
    and the archive pass that rewrite the finding rows."""
    __tablename__ = "finding_review"
    id: Optional[int] = Field(default=None, primary_key=True)
    fingerprint: str = Field(index=True, unique=True)
    status: str  # confirmed | dismissed
    note: Optional[str] = Field(default=None, sa_column=Column(Text))
    rule: Optional[str] = None
    document_path: Optional[str] = None
    document_number: Optional[str] = None  # where to look for the finding again
    document_sha256: Optional[str] = None
    updated_at: datetime = Field(default_factory=_now)


# Web pages on large archives (migration 0007): facets and lists over ok documents,
# findings by rule and severity.
Index("ix_document_status_unit", Document.status, Document.unit_id)
Index("ix_document_status_type", Document.status, Document.doc_type)
Index("ix_finding_rule_severity", Finding.rule, Finding.severity)
Index("ix_finding_severity_document", Finding.severity, Finding.document_id)
