"""Questions users ask of the archive. Each function takes an Engine and returns plain
rows (list of dicts), so the CLI, scripts and notebooks share them."""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Optional

import regex

from sqlalchemy import String as sa_String, and_, or_, text as sql_text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from extractor.normalize import fold
from extractor.store import models as t


def _unit_key(name: str) -> str:
    """The key the store gives a unit of this name (see store.write.get_unit)."""
    from extractor.resolve.units import resolve_unit
    unit = resolve_unit(name)
    return unit.key or fold(unit.name or name)


def unit_ids(session: Session, name: str) -> list[int]:
    """Units matching a name in any written form, old or new (post-2025) name; a
    partial name ("Trần Phú") matches every unit whose key contains it."""
    keys = {_unit_key(name), fold(name)}
    exact = [u.id for u in session.exec(select(t.Unit).where(
        or_(t.Unit.key.in_(keys), t.Unit.new_key.in_(keys)))).all()]
    if exact:
        return exact
    conds = []
    for k in keys:
        conds += [t.Unit.key.contains(k), t.Unit.new_key.contains(k)]
    return [u.id for u in session.exec(select(t.Unit).where(or_(*conds))).all()]


def _doc_filter(stmt, session: Session, unit: Optional[str], doc_type: Optional[str],
                year: Optional[int]):
    if unit:
        stmt = stmt.where(t.Document.unit_id.in_(unit_ids(session, unit) or [-1]))
    if doc_type:
        stmt = stmt.where(t.Document.doc_type == _doc_type_name(doc_type))
    if year:
        stmt = stmt.where(t.Document.year == year)
    return stmt.where(t.Document.status == "ok")


def _doc_type_name(value: str) -> str:
    """Accept a type as written ('Kế hoạch', 'kế hoạch', even 'ke hoach') or by its
    abbreviation ('KH', 'NĐ')."""
    from extractor.grammar.doctypes import doc_type_name
    return doc_type_name(value) or value[:1].upper() + value[1:]


def _cited_conditions(number: str) -> list:
    """Conditions on CitedDocument.key matching a number in any written form: with or
    without the type word, spaces, lost hyphens, lookalikes, leading zeros; an
    individual number matches every year ("26/CT-TTg" finds 26/CT-TTg@2016 and @2024);
    a normative number written without its year matches every year."""
    from extractor.grammar.docnumber import DocNumber
    view = " ".join(number.split())
    tokens = [tok for tok in regex.findall(r"\d[\w\-/ ]*/[\w\-/&]+", view)] or [view]
    conds = []
    for tok in tokens:
        parts = DocNumber.parse(tok)
        if parts is None:
            conds.append(t.CitedDocument.key == tok)
            continue
        key = parts.key
        conds += [t.CitedDocument.key == key, t.CitedDocument.key.startswith(key + "@")]
        if parts.year is None and parts.always_normative:
            ordinal = key.split("/", 1)[0]
            conds.append(t.CitedDocument.key.like(f"{ordinal}/____/{parts.symbol}"))
    return conds


def cites(engine: Engine, unit: str, doc_type: Optional[str] = None,
          year: Optional[int] = None) -> list[dict[str, Any]]:
    """Which documents a unit's documents cite: mentions, citing documents, first/last
    citing date. `doc_type`/`year` filter the cited document."""
    from sqlalchemy import func
    c, cd, d = t.Citation, t.CitedDocument, t.Document
    with Session(engine) as s:
        ids = unit_ids(s, unit)
        if not ids:
            return []
        citing_date = func.coalesce(d.date, func.cast(d.year, sa_String))
        stmt = (select(cd.key, cd.number, cd.doc_type, cd.date, cd.issuer, func.count(c.id),
                       func.count(func.distinct(c.document_id)), func.min(citing_date),
                       func.max(citing_date))
                .join(c, c.cited_id == cd.id).join(d, c.document_id == d.id)
                .where(d.unit_id.in_(ids), d.status == "ok")
                .group_by(cd.id, cd.key, cd.number, cd.doc_type, cd.date, cd.issuer))
        if doc_type:
            stmt = stmt.where(cd.doc_type == _doc_type_name(doc_type))
        if year:
            stmt = stmt.where(or_(cd.year == year, cd.date.startswith(f"{year}-")))
        rows = s.exec(stmt).all()
    out = [{"key": k, "number": n, "doc_type": dt, "date": dd, "issuer": iss, "mentions": m,
            "documents": nd, "first_citing": first, "last_citing": last}
           for k, n, dt, dd, iss, m, nd, first, last in rows]
    out.sort(key=lambda a: (-a["mentions"], a["key"]))
    return out


def cited_by(engine: Engine, number: str, limit: Optional[int] = 1000) -> list[dict[str, Any]]:
    """Which documents and units cite a document, whatever form its number is written in;
    oldest citing documents first, at most `limit` (None: all)."""
    from sqlalchemy import exists, func
    c, d = t.Citation, t.Document
    with Session(engine) as s:
        conds = _cited_conditions(number)
        ids = list(s.exec(select(t.CitedDocument.id).where(or_(*conds))).all())
        if not ids:
            return []
        n_citing = s.exec(select(func.count(func.distinct(c.document_id)))
                          .where(c.cited_id.in_(ids))).one()
        cols = (d.id, d.path, d.doc_type, d.number, d.date, d.issuer, t.Unit.name)
        if limit is not None and n_citing > 5 * limit:
            # Many citing documents: walk documents in date order, stop at `limit`.
            cited = exists().where(c.cited_id.in_(ids), c.document_id == d.id)
            stmt = select(*cols).outerjoin(t.Unit, d.unit_id == t.Unit.id).where(cited)
        else:  # few: collect them through the citation index, then sort
            sub = select(c.document_id).where(c.cited_id.in_(ids)).distinct().subquery()
            stmt = (select(*cols).join(sub, sub.c.document_id == d.id)
                    .outerjoin(t.Unit, d.unit_id == t.Unit.id))
        stmt = stmt.where(d.status == "ok").order_by(d.date, d.path)
        rows = s.exec(stmt.limit(limit) if limit is not None else stmt).all()
        doc_ids = [r[0] for r in rows]
        forms: dict[int, list[str]] = defaultdict(list)
        mentions: dict[int, int] = defaultdict(int)
        for doc_id, num, date in s.exec(select(c.document_id, c.number, c.date)
                                        .where(c.cited_id.in_(ids),
                                               c.document_id.in_(doc_ids))).all():
            mentions[doc_id] += 1
            form = num + (f" ({date})" if date else "")
            if form not in forms[doc_id]:
                forms[doc_id].append(form)
    return [{"document_id": i, "path": p, "doc_type": dt, "number": n, "date": dd, "unit": u,
             "issuer": iss, "cited_as": forms[i], "mentions": mentions[i]}
            for i, p, dt, n, dd, iss, u in rows]


def docs(engine: Engine, unit: Optional[str] = None, doc_type: Optional[str] = None,
         year: Optional[int] = None, text: Optional[str] = None,
         limit: int = 1000) -> list[dict[str, Any]]:
    """List documents; `text` searches page text ignoring case and tone placement."""
    with Session(engine) as s:
        stmt = _doc_filter(select(t.Document), s, unit, doc_type, year)
        if text:
            ids = _search_ids(s, text)
            stmt = stmt.where(t.Document.id.in_(ids or [-1]))
        units = {u.id: u for u in s.exec(select(t.Unit)).all()}
        rows = s.exec(stmt.order_by(t.Document.date, t.Document.path).limit(limit)).all()
        return [{"id": d.id, "path": d.path, "doc_type": d.doc_type, "number": d.number,
                 "date": d.date, "period": d.period,
                 "unit": units[d.unit_id].name if d.unit_id in units else None,
                 "pages": d.page_count, "title": d.title} for d in rows]


def _search_ids(s: Session, words: str) -> list[int]:
    folded = fold(words)
    if s.get_bind().dialect.name == "sqlite":
        # One phrase: Vietnamese words are often several syllables ("Khánh Hòa").
        query = '"' + folded.replace('"', '""') + '"'
        rows = s.exec(sql_text("SELECT DISTINCT document_id FROM page_fts WHERE page_fts "
                               "MATCH :q").bindparams(q=query)).all()
        return [r[0] for r in rows]
    hits = set()  # other databases: scan folded text (slow but correct)
    for p in s.exec(select(t.Page)).all():
        if folded in " ".join(fold(p.text).split()):
            hits.add(p.document_id)
    return sorted(hits)


def failures(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as s:
        rows = s.exec(select(t.Document).where(t.Document.status == "failed")
                      .order_by(t.Document.path)).all()
        return [{"path": d.path, "error": d.error} for d in rows]


def find_document(s: Session, ref: str) -> Optional[t.Document]:
    """A document by id, sha256 prefix, path, or its own number."""
    if ref.isdigit():
        d = s.get(t.Document, int(ref))
        if d:
            return d
    for cond in (t.Document.path == ref, t.Document.path.endswith(ref),
                 t.Document.sha256.startswith(ref.lower()), t.Document.number == ref):
        d = s.exec(select(t.Document).where(cond)).first()
        if d:
            return d
    return None


def show(engine: Engine, ref: str) -> Optional[dict[str, Any]]:
    """One document: metadata, references, scores, statistics and findings."""
    with Session(engine) as s:
        d = find_document(s, ref)
        if d is None:
            return None
        out = json.loads(d.extract_json) if d.extract_json else {
            "source": {"path": d.path}, "error": d.error}
        out["id"] = d.id
        out["status"] = d.status
        out["findings"] = findings(engine, document_id=d.id)
        return out


def findings(engine: Engine, unit: Optional[str] = None, rule: Optional[str] = None,
             severity: Optional[str] = None, since: Optional[str] = None,
             document_id: Optional[int] = None) -> list[dict[str, Any]]:
    """Stored findings (document and archive scope), newest documents last."""
    with Session(engine) as s:
        stmt = select(t.Finding, t.Document).join(t.Document,
                                                  t.Finding.document_id == t.Document.id)
        if unit:
            stmt = stmt.where(t.Document.unit_id.in_(unit_ids(s, unit) or [-1]))
        if rule:
            stmt = stmt.where(t.Finding.rule == rule)
        if severity:
            order = ["info", "warning", "error"]
            allowed = order[order.index(severity):] if severity in order else [severity]
            stmt = stmt.where(t.Finding.severity.in_(allowed))
        if since:  # YYYY or YYYY-MM-DD; a document without a date is placed by its year
            year = int(since[:4])
            if len(since) == 4:
                stmt = stmt.where(or_(t.Document.date >= f"{year}-01-01",
                                      and_(t.Document.date.is_(None), t.Document.year >= year)))
            else:
                stmt = stmt.where(or_(t.Document.date >= since,
                                      and_(t.Document.date.is_(None), t.Document.year > year)))
        if document_id is not None:
            stmt = stmt.where(t.Document.id == document_id)
        rows = s.exec(stmt.order_by(t.Document.path, t.Finding.id)).all()
        return [{"document_id": d.id, "path": d.path, "number": f.number, "rule": f.rule,
                 "severity": f.severity, "message": f.message, "message_en": f.message_en,
                 "date": f.date, "suggestion": f.suggestion, "scope": f.scope,
                 "evidence": json.loads(f.evidence or "[]")} for f, d in rows]


def _unit_series(engine: Engine, unit: str, table, fields: list[str]) -> list[dict[str, Any]]:
    with Session(engine) as s:
        ids = unit_ids(s, unit) or [-1]
        rows = s.exec(select(table, t.Document).join(t.Document,
                                                     table.document_id == t.Document.id)
                      .where(or_(table.unit_id.in_(ids), t.Document.unit_id.in_(ids)))).all()
        units = {u.id: u.name for u in s.exec(select(t.Unit)).all()}
    out = []
    for x, d in rows:
        row = {"year": x.year, "unit": units.get(x.unit_id), "document": d.path,
               "document_date": d.date}
        # a score's own "unit" (điểm, %) is reported as value_unit: "unit" names the unit
        row.update({("value_unit" if f == "unit" else f): getattr(x, f) for f in fields})
        out.append(row)
    return sorted(out, key=lambda r: (r["year"] or 0, r["document"]))


def scores(engine: Engine, unit: str) -> list[dict[str, Any]]:
    """A unit's scores over the years (PAR INDEX, criteria, SIPAS, other indices)."""
    return _unit_series(engine, unit, t.Score, ["indicator", "criterion", "value", "max",
                                                "unit", "rank", "rank_total", "rating",
                                                "subject"])


def dossiers(engine: Engine, unit: str) -> list[dict[str, Any]]:
    """A unit's dossier statistics over the years."""
    from extractor.model import DOSSIER_FIELDS
    return _unit_series(engine, unit, t.DossierStat, ["scope", "period", *DOSSIER_FIELDS])


def stats(engine: Engine) -> dict[str, Any]:
    from sqlalchemy import func
    with Session(engine) as s:
        def count(table, *where):
            stmt = select(func.count()).select_from(table)
            for w in where:
                stmt = stmt.where(w)
            return s.exec(stmt).one()
        by_type = defaultdict(int)
        for dt, n in s.exec(select(t.Document.doc_type, func.count())
                            .where(t.Document.status == "ok")
                            .group_by(t.Document.doc_type)).all():
            by_type[dt or "?"] = n
        return {"documents": count(t.Document, t.Document.status == "ok"),
                "failed": count(t.Document, t.Document.status == "failed"),
                "pages": count(t.Page), "units": count(t.Unit),
                "cited_documents": count(t.CitedDocument), "citations": count(t.Citation),
                "laws": count(t.LawMention), "scores": count(t.Score),
                "dossier_stats": count(t.DossierStat), "tasks": count(t.TaskStat),
                "findings": count(t.Finding), "by_type": dict(by_type)}


def evidence_html(engine: Engine, ref: str) -> Optional[str]:
    """A document's pages with every fact's evidence highlighted (displaCy spans)."""
    from extractor.model import Page
    from extractor.render import render_html
    with Session(engine) as s:
        d = find_document(s, ref)
        if d is None or d.status != "ok":
            return None
        pages = [Page(p.number, p.text, p.ocr) for p in s.exec(
            select(t.Page).where(t.Page.document_id == d.id).order_by(t.Page.number)).all()]
        data = json.loads(d.extract_json or "{}")
    spans = []
    for key, label in (("references", "REFERENCE"), ("laws", "LAW"), ("scores", "SCORE"),
                       ("dossier_stats", "DOSSIER"), ("tasks", "TASK"), ("ratios", "RATIO")):
        spans += [(x["page"], x["start"], x["end"], label) for x in data.get(key, [])]
    for ev in (data.get("document", {}).get("evidence") or {}).values():
        spans.append((ev["page"], ev["start"], ev["end"], "METADATA"))
    for f in findings(engine, document_id=d.id):
        spans += [(e["page"], e["start"], e["end"], "FINDING") for e in f["evidence"]]
    spans = [x for x in spans if x[2] > x[1]]
    return render_html(pages, spans, title=d.path)
