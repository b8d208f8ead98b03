"""Document identity in the archive.

One report is often held as several files (the TXT a portal gave, the DOCX, the signed
PDF). Each file is a `document` row; a file recognised as another copy of a stored
document gets status "copy" and `copy_of` = that document's id, and none of its facts
are stored again, so queries, counts and the audit see the document once while
`query.show` still lists every file.

Copies are recognised by
  - the same own number (canonical key), the same date and issuers that agree; or
  - near-identical text (word 3-gram Jaccard >= TEXT_SIMILARITY) between documents whose
    numbers do not contradict each other, among the few stored documents sharing the
    date, the number or the title (never a scan of the whole archive).

A citation whose cited document is itself held is linked to it
(`cited_document.document_id`): same key, and the cited date (or, when no date is
cited, a stated issuer) agrees with the held document.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Optional

import regex
from sqlalchemy import and_, or_, update
from sqlalchemy.engine import Connection
from sqlmodel import Session, select

from extractor import model
from extractor.normalize import fold
from extractor.store import models as t

@contextmanager
def _session(bind) -> Iterator[Session]:
    """An ORM session on the caller's connection and transaction (the writer works with
    a Connection; queries with a Session). Flushed, never committed here."""
    if isinstance(bind, Session):
        yield bind
        return
    conn = bind.connection() if hasattr(bind, "connection") and not isinstance(bind, Connection) else bind
    s = Session(bind=conn)
    try:
        yield s
        s.flush()
    finally:
        s.close()


TEXT_SIMILARITY = 0.9
MAX_CANDIDATES = 50
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_BODIES = ((regex.compile(r"\b(?:ủy|uỷ) ban nhân dân\b"), "ubnd"),
           (regex.compile(r"\bhội đồng nhân dân\b"), "hđnd"))


def own_key(number: Optional[str], date: Optional[str]) -> Optional[str]:
    """The key a citation of this document would carry (grammar.docnumber.key_of)."""
    if not number:
        return None
    from extractor.grammar.docnumber import key_of
    try:
        return key_of(number, date)
    except Exception:  # noqa: BLE001 - an unparsable own number only loses the link
        return None


def _issuer_fold(name: str) -> str:
    out = fold(name)
    for pat, short in _BODIES:
        out = pat.sub(short, out)
    return " ".join(out.split())


def issuers_agree(a: Optional[str], b: Optional[str]) -> bool:
    """True unless both are stated and neither contains the other ("UBND tỉnh" and "Ủy
    ban nhân dân tỉnh Kon Tum" agree; "UBND xã A" and "UBND xã B" do not)."""
    if not a or not b:
        return True
    fa, fb = _issuer_fold(a), _issuer_fold(b)
    return fa in fb or fb in fa


def shingles(pages: Iterable[str]) -> set[int]:
    words = [w for p in pages for w in _WORD.findall(fold(p))]
    return {hash((words[i], words[i + 1], words[i + 2])) for i in range(len(words) - 2)}


def similarity(a: set[int], b: set[int]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def _page_texts(session: Session, doc_id: int) -> list[str]:
    return list(session.exec(select(t.Page.text).where(t.Page.document_id == doc_id)
                             .order_by(t.Page.number)).all())


def _same(col, value):
    return col.is_(None) if value is None else col == value


def find_original(bind, ex: model.Extraction) -> Optional[int]:
    """The id of the stored document this extraction is another copy of, or None."""
    with _session(bind) as session:
        doc = _find_original(session, ex)
        return doc.id if doc is not None else None


def _find_original(session: Session, ex: model.Extraction) -> Optional[t.Document]:
    meta = ex.document
    key = own_key(meta.number, meta.date)
    ok = t.Document.status == "ok"
    if key and meta.date:
        for c in session.exec(select(t.Document).where(ok, t.Document.number_key == key,
                                                       t.Document.date == meta.date)).all():
            if issuers_agree(c.issuer, meta.issuer):
                return c
    conds = []
    if key:
        conds.append(t.Document.number_key == key)
    if meta.date:
        conds.append(t.Document.date == meta.date)
    if meta.title:
        conds.append(t.Document.title == meta.title)
    if not key and not meta.date:
        # nothing dated or numbered: the undated, unnumbered documents of the same kind
        conds.append(and_(t.Document.number.is_(None), t.Document.date.is_(None),
                          _same(t.Document.doc_type, meta.doc_type),
                          _same(t.Document.issuer, meta.issuer)))
    cands = session.exec(select(t.Document).where(ok, or_(*conds)).order_by(t.Document.id)
                         .limit(MAX_CANDIDATES)).all()
    mine = None
    for c in cands:
        if key and c.number_key and c.number_key != key:
            continue  # two numbers: two documents, however alike their text
        if meta.date and c.date and c.date != meta.date:
            continue
        if mine is None:
            mine = shingles(p.text for p in ex.source.pages)
        if similarity(mine, shingles(_page_texts(session, c.id))) >= TEXT_SIMILARITY:
            return c
    return None






def store_copy(bind, ex: model.Extraction, original_id: int, size: Optional[int] = None) -> int:
    """One more file of a stored document: its row and pages (so `show` and the evidence
    of its own text stay readable), no facts."""
    with _session(bind) as session:
        return _store_copy(session, ex, original_id, size)


def _store_copy(session: Session, ex: model.Extraction, original_id: int,
                size: Optional[int] = None) -> int:
    import json
    from extractor.store.write import EXTRACTION_VERSION
    meta = ex.document
    doc = t.Document(sha256=ex.source.sha256, path=ex.source.path, format=ex.source.format,
                     status="copy", copy_of=original_id, size=size,
                     extraction_version=EXTRACTION_VERSION,
                     encoding=ex.source.encoding, page_count=len(ex.source.pages),
                     ocr_pages=json.dumps(ex.source.ocr_pages),
                     warnings=json.dumps(ex.source.warnings, ensure_ascii=False),
                     doc_type=meta.doc_type, number=meta.number, date=meta.date,
                     issuer=meta.issuer, title=meta.title, published=meta.published,
                     number_key=own_key(meta.number, meta.date))
    session.add(doc)
    session.flush()
    for p in ex.source.pages:
        session.add(t.Page(document_id=doc.id, number=p.number, ocr=p.ocr, text=p.text))
    return doc.id


def _held_match(cd: t.CitedDocument, doc: t.Document) -> bool:
    if cd.date and doc.date:
        return cd.date == doc.date and issuers_agree(cd.issuer, doc.issuer)
    if cd.date or not cd.issuer:
        return False  # a held document without a date, or an undated uncited issuer
    return bool(doc.issuer) and issuers_agree(cd.issuer, doc.issuer)


def link_held(bind, doc_id: int) -> None:
    """Link citations to held documents, both ways: the new document is the cited one of
    earlier citations, and its own citations may name documents already held."""
    with _session(bind) as session:
        _link_held(session, doc_id)


def _link_held(session: Session, doc_id: int) -> None:
    doc = session.get(t.Document, doc_id)
    if doc is None or doc.status != "ok":
        return
    if doc.number_key:
        for cd in session.exec(select(t.CitedDocument).where(
                t.CitedDocument.key == doc.number_key,
                t.CitedDocument.document_id.is_(None))).all():
            if _held_match(cd, doc):
                cd.document_id = doc.id
                session.add(cd)
    cited = session.exec(select(t.CitedDocument).join(
        t.Citation, t.Citation.cited_id == t.CitedDocument.id).where(
        t.Citation.document_id == doc_id, t.CitedDocument.document_id.is_(None))).all()
    for cd in {c.id: c for c in cited}.values():
        for held in session.exec(select(t.Document).where(
                t.Document.status == "ok", t.Document.number_key == cd.key,
                t.Document.id != doc_id)).all():
            if _held_match(cd, held):
                cd.document_id = held.id
                session.add(cd)
                break


def before_delete(bind, doc_id: int) -> None:
    """Keep identity whole when a document row goes: its copies are promoted (the first
    copy is extracted again from its stored pages and becomes the document, the others
    point to it) and citations linked to it are unlinked."""
    with _session(bind) as session:
        _before_delete(session, doc_id)


def _before_delete(session: Session, doc_id: int) -> None:
    session.exec(update(t.CitedDocument).where(t.CitedDocument.document_id == doc_id)
                 .values(document_id=None))
    copies = session.exec(select(t.Document).where(t.Document.copy_of == doc_id)
                           .order_by(t.Document.id)).all()
    if not copies:
        return
    first, rest = copies[0], copies[1:]
    from extractor.stages import extract_loaded
    from extractor.store.write import store_extraction
    pages = [model.Page(p.number, p.text, p.ocr) for p in session.exec(
        select(t.Page).where(t.Page.document_id == first.id).order_by(t.Page.number)).all()]
    loaded = model.Loaded(first.path, sha256=first.sha256, format=first.format or "txt",
                          pages=pages, encoding=first.encoding)
    size = first.size
    ex = extract_loaded(loaded)
    from sqlalchemy import delete
    session.exec(delete(t.Page).where(t.Page.document_id == first.id))
    session.exec(delete(t.Document).where(t.Document.id == first.id))
    session.flush()
    new_id = store_extraction(session, ex, size=size, detect_copies=False)
    for c in rest:
        c.copy_of = new_id
        session.add(c)
    session.flush()





