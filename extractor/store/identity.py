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

from collections import OrderedDict
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterable, Iterator, Optional

import regex
from sqlalchemy import and_, bindparam, insert, or_, update
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


@lru_cache(maxsize=4096)
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


def _connection(bind) -> Connection:
    """The caller's Connection (a Session's own, inside its transaction)."""
    if isinstance(bind, Connection):
        return bind
    return bind.connection()


D = t.Document.__table__
P = t.Page.__table__
C = t.CitedDocument.__table__
CITATION = t.Citation.__table__

# word shingles of stored documents, by (id, sha256): a stored document's pages never
# change while its row lives, and the candidates of one run are mostly the same few
# documents (one run's reports share titles and dates)
_SHINGLES: "OrderedDict[tuple[int, str], set[int]]" = OrderedDict()
SHINGLE_CACHE = 256


def _stored_shingles(conn: Connection, doc_id: int, sha: str) -> set[int]:
    key = (doc_id, sha)
    hit = _SHINGLES.get(key)
    if hit is not None:
        _SHINGLES.move_to_end(key)
        return hit
    texts = conn.execute(select(P.c.text).where(P.c.document_id == doc_id)
                         .order_by(P.c.number)).scalars().all()
    out = _SHINGLES[key] = shingles(texts)
    if len(_SHINGLES) > SHINGLE_CACHE:
        _SHINGLES.popitem(last=False)
    return out


_SAME_NUMBER_DATE = select(D.c.id, D.c.issuer).where(
    D.c.status == "ok", D.c.number_key == bindparam("key"),
    D.c.date == bindparam("date")).order_by(D.c.id)


@lru_cache(maxsize=None)
def _candidates(key: bool, date: bool, title: bool, no_type: bool, no_issuer: bool):
    """The SELECT of find_original's candidates for the fields a document states (built
    once per combination, values bound): same number, date or title; with neither
    number nor date, the undated, unnumbered documents of the same type and issuer."""
    conds = []
    if key:
        conds.append(D.c.number_key == bindparam("key"))
    if date:
        conds.append(D.c.date == bindparam("date"))
    if title:
        conds.append(D.c.title == bindparam("title"))
    if not key and not date:
        conds.append(and_(D.c.number.is_(None), D.c.date.is_(None),
                          D.c.doc_type.is_(None) if no_type else D.c.doc_type == bindparam("doc_type"),
                          D.c.issuer.is_(None) if no_issuer else D.c.issuer == bindparam("issuer")))
    return (select(D.c.id, D.c.sha256, D.c.number_key, D.c.date)
            .where(D.c.status == "ok", or_(*conds)).order_by(D.c.id).limit(MAX_CANDIDATES))


def find_original(bind, ex: model.Extraction) -> Optional[int]:
    """The id of the stored document this extraction is another copy of, or None.
    (SQLAlchemy Core on the caller's connection, only the columns compared: loading
    whole ORM rows, extract JSON included, was most of this lookup's cost.)"""
    conn = _connection(bind)
    meta = ex.document
    key = own_key(meta.number, meta.date)
    if key and meta.date:
        for c in conn.execute(_SAME_NUMBER_DATE, {"key": key, "date": meta.date}):
            if issuers_agree(c.issuer, meta.issuer):
                return c.id
    params = {"key": key, "date": meta.date, "title": meta.title,
              "doc_type": meta.doc_type, "issuer": meta.issuer}
    cands = conn.execute(_candidates(bool(key), bool(meta.date), bool(meta.title),
                                     meta.doc_type is None, meta.issuer is None),
                         params).all()
    mine = None
    for c in cands:
        if key and c.number_key and c.number_key != key:
            continue  # two numbers: two documents, however alike their text
        if meta.date and c.date and c.date != meta.date:
            continue
        if mine is None:
            mine = shingles(p.text for p in ex.source.pages)
        if similarity(mine, _stored_shingles(conn, c.id, c.sha256)) >= TEXT_SIMILARITY:
            return c.id
    return None


def store_copy(bind, ex: model.Extraction, original_id: int, size: Optional[int] = None) -> int:
    """One more file of a stored document: its row and pages (so `show` and the evidence
    of its own text stay readable), no facts."""
    import json
    from extractor.store.write import EXTRACTION_VERSION, _now
    conn = _connection(bind)
    meta = ex.document
    doc_id = conn.execute(insert(D).values(
        sha256=ex.source.sha256, path=ex.source.path, format=ex.source.format,
        status="copy", copy_of=original_id, size=size,
        extraction_version=EXTRACTION_VERSION, encoding=ex.source.encoding,
        page_count=len(ex.source.pages), ocr_pages=json.dumps(ex.source.ocr_pages),
        warnings=json.dumps(ex.source.warnings, ensure_ascii=False),
        doc_type=meta.doc_type, number=meta.number, date=meta.date, issuer=meta.issuer,
        title=meta.title, published=meta.published,
        number_key=own_key(meta.number, meta.date), ingested_at=_now())
        .returning(D.c.id)).scalar_one()
    if ex.source.pages:
        conn.execute(insert(P), [dict(document_id=doc_id, number=p.number, ocr=p.ocr,
                                      text=p.text) for p in ex.source.pages])
    return doc_id


def _held_match(cd: t.CitedDocument, doc: t.Document) -> bool:
    if cd.date and doc.date:
        return cd.date == doc.date and issuers_agree(cd.issuer, doc.issuer)
    if cd.date or not cd.issuer:
        return False  # a held document without a date, or an undated uncited issuer
    return bool(doc.issuer) and issuers_agree(cd.issuer, doc.issuer)


# link_held's statements, built once (it runs for every stored document)
_DOC_BY_ID = select(D.c.id, D.c.status, D.c.number_key, D.c.date, D.c.issuer).where(
    D.c.id == bindparam("id"))
_UNLINKED_CITED = select(C.c.id, C.c.date, C.c.issuer).where(
    C.c.key == bindparam("key"), C.c.document_id.is_(None)).order_by(C.c.id)
_CITED_BY_DOC = select(C.c.id, C.c.key, C.c.date, C.c.issuer).join(
    CITATION, CITATION.c.cited_id == C.c.id).where(
    CITATION.c.document_id == bindparam("doc"), C.c.document_id.is_(None))

_HELD_OF_KEYS = select(D.c.id, D.c.number_key, D.c.date, D.c.issuer).where(
    D.c.status == "ok", D.c.number_key.in_(bindparam("keys", expanding=True)),
    D.c.id != bindparam("doc")).order_by(D.c.number_key, D.c.id)


def link_held(bind, doc_id: int) -> None:
    """Link citations to held documents, both ways: the new document is the cited one of
    earlier citations, and its own citations may name documents already held. (Core, one
    SELECT for all the held candidates of the document's citations: it was one ORM
    SELECT per cited document.)"""
    conn = _connection(bind)
    doc = conn.execute(_DOC_BY_ID, {"id": doc_id}).first()
    if doc is None or doc.status != "ok":
        return
    if doc.number_key:
        linked = [cd.id for cd in conn.execute(_UNLINKED_CITED, {"key": doc.number_key})
                  if _held_match(cd, doc)]
        _link(conn, {cid: doc.id for cid in linked})
    cited = {}
    for cd in conn.execute(_CITED_BY_DOC, {"doc": doc_id}):
        cited.setdefault(cd.id, cd)
    keys = sorted({cd.key for cd in cited.values()})
    held: dict[str, list] = {}
    for i in range(0, len(keys), 500):
        for row in conn.execute(_HELD_OF_KEYS, {"keys": keys[i:i + 500], "doc": doc_id}):
            held.setdefault(row.number_key, []).append(row)
    links = {}
    for cd in cited.values():
        for h in held.get(cd.key, ()):
            if _held_match(cd, h):
                links[cd.id] = h.id
                break
    _link(conn, links)


def _link(conn: Connection, links: dict[int, int]) -> None:
    """cited_document.document_id = held id, for each (cited id, held id)."""
    if links:
        conn.execute(update(C).where(C.c.id == bindparam("cid"))
                     .values(document_id=bindparam("held")),
                     [{"cid": c, "held": h} for c, h in sorted(links.items())])


def before_delete(bind, doc_id: int) -> None:
    """Keep identity whole when a document row goes: its copies are promoted (the first
    copy is extracted again from its stored pages and becomes the document, the others
    point to it) and citations linked to it are unlinked."""
    for key in [k for k in _SHINGLES if k[0] == doc_id]:
        del _SHINGLES[key]  # an id may come back (SQLite reuses the highest rowid)
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





