"""Rules across mentions and across documents: one document cited in different ways
(conflicting-citations), an issuer's numbers going backwards in date
(numbering-out-of-order), one number of one issuer given two dates in a year."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional

import regex

from extractor.audit.messages import finding
from extractor.audit.references import evidence
from extractor.model import Finding, Reference, Span
from extractor.normalize import fold
from extractor.resolve.catalog import (Catalog, CatalogEntry, NumberParts, load_catalog,
                                       parse_iso, parse_number, vi_date)


@dataclass
class ArchiveDoc:
    """What the cross-document rules need of one stored document."""
    sha256: str
    path: str
    number: Optional[str]
    issuer_key: Optional[str]
    doc_type: Optional[str]
    date: Optional[str]  # ISO
    period: Optional[str]
    references: list[Reference] = field(default_factory=list)


@dataclass
class Mention:
    parts: NumberParts
    number: str  # as written
    date: Optional[dt.date]
    issuer: Optional[str]  # folded issuer name or key, None when not given
    spans: list[Span]
    doc: Optional[str] = None  # sha256 of the document holding the mention
    own: bool = False  # the document's own number (authoritative for its date)


def mention_of(ref: Reference, doc: Optional[str] = None) -> Optional[Mention]:
    parts = parse_number(ref.number)
    if parts is None:
        return None
    return Mention(parts, ref.number, parse_iso(ref.date),
                   fold(ref.issuer) if ref.issuer else None, evidence(ref), doc)


# --------------------------------------------------------------------------- clustering
def _linked(a: Mention, b: Mention) -> bool:
    """Do two mentions (same ordinal and symbol) name the same document?"""
    if a.issuer and b.issuer and a.issuer != b.issuer:
        return False
    if a.parts.key == b.parts.key:
        if a.parts.year:  # a normative number names one document
            return True
        # individual numbers repeat yearly: same document only within one year
        return bool(a.date and b.date and a.date.year == b.date.year)
    if a.parts.year and b.parts.year:  # different years written: same document if dated alike
        return bool(a.date and b.date and (a.date == b.date or (
            (a.date.day, a.date.month) == (b.date.day, b.date.month)
            and abs(a.date.year - b.date.year) <= 2)))
    return False


def clusters(mentions: list[Mention]) -> list[list[Mention]]:
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.parts.ordinal, m.parts.symbol)].append(m)
    out = []
    for group in groups.values():
        parent = list(range(len(group)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for i in range(len(group)):
            for j in range(i + 1, len(group)):
                if _linked(group[i], group[j]):
                    parent[find(i)] = find(j)
        sets: dict[int, list[Mention]] = defaultdict(list)
        for i, m in enumerate(group):
            sets[find(i)].append(m)
        out.extend(s for s in sets.values() if len(s) > 1)
    return out


def _form(m: Mention) -> str:
    number = "".join(m.number.split())
    return f"{number} ngày {vi_date(m.date)}" if m.date else number


def _preferred(cluster: list[Mention], catalog: Catalog) -> tuple[str, Optional[dt.date], Optional[str]]:
    """(number, date, citation) the cluster most likely means: the document's own
    number, else the catalog entry matching a mention's number and date, else one
    matching a date, else the most frequent form."""
    own = [m for m in cluster if m.own]
    if own:
        return own[0].number, own[0].date, _form(own[0])
    entries: list[CatalogEntry] = []
    for m in cluster:
        e = catalog.get(m.number, m.date)
        if e is not None and e.date == m.date:
            entries.append(e)
    if not entries:
        dates = {m.date for m in cluster if m.date}
        entries = [e for m in cluster for e in catalog.by_ordinal_symbol(m.parts.ordinal, m.parts.symbol)
                   if e.date in dates]
    if entries:
        e = entries[0]
        return e.number, e.date, e.citation()
    counts = Counter((m.parts.key, m.date) for m in cluster if m.date)
    (key, date), _ = counts.most_common(1)[0]
    number = next(m.number for m in cluster if m.parts.key == key)
    return number, date, f"{number} ngày {vi_date(date)}"


def conflicting_citations(mentions: list[Mention], catalog: Optional[Catalog] = None,
                          file_on: Optional[str] = None) -> list[Finding]:
    """One finding per cluster of mentions naming one document in more than one way
    (different years in the number, different dates). With `file_on` (cross-document
    use) each disagreeing document gets its own finding with its own evidence."""
    catalog = catalog or load_catalog()
    out: list[Finding] = []
    for cluster in clusters(mentions):
        years = {m.parts.year for m in cluster if m.parts.year}
        dates = {m.date for m in cluster if m.date}
        if len(years) <= 1 and len(dates) <= 1:
            continue
        if file_on is not None and len({m.doc for m in cluster}) < 2:
            continue  # within one document: audit_document reports it
        number, date, citation = _preferred(cluster, catalog)
        variants = "; ".join(dict.fromkeys(_form(m) for m in cluster))
        normative = any(m.parts.year for m in cluster)
        docs = [None] if file_on is None else sorted({m.doc for m in cluster if m.doc})
        for doc in docs:
            mine = [m for m in cluster if doc is None or m.doc == doc]
            if doc is not None and len([m for m in cluster if m.own]) <= 1 and all(
                    (m.parts.key, m.date) == (parse_number(number).key, date) for m in mine):
                continue  # this document agrees with the preferred form
            spans = [s for m in mine for s in m.spans]
            if normative or len(years) > 1:
                f = finding("conflicting-citations", "default", spans, number=number,
                            date=date.isoformat() if date else None, suggestion=citation,
                            variants=variants)
            else:
                year = next(iter(dates)).year
                f = finding("conflicting-citations", "same-number", spans, number=number,
                            date=date.isoformat() if date else None, suggestion=citation,
                            year=year, dates="; ".join(sorted(vi_date(d) for d in dates)))
            f.doc_sha256 = doc
            out.append(f)
    return out


# --------------------------------------------------------------------------- archive
_LOCAL = regex.compile(r"UBND|HĐND|HDND|[TH]U$|ĐU$|^S[A-Z]")


def _national(parts: NumberParts) -> bool:
    """Does the symbol name a national issuer (so that the number alone identifies the
    document across the whole archive)? 61/2018/NĐ-CP yes, 25/KH-UBND no."""
    issuer = parts.symbol.split("/")[-1] if parts.party else "-".join(parts.symbol.split("-")[1:])
    if not issuer:
        return False
    return parts.party and issuer == "TW" or (not parts.party and not _LOCAL.search(issuer))


def _own_mention(doc: ArchiveDoc) -> Optional[Mention]:
    parts = parse_number(doc.number)
    if parts is None:
        return None
    return Mention(parts, doc.number, parse_iso(doc.date), doc.issuer_key, [], doc.sha256, own=True)


def _ordinal_int(parts: NumberParts) -> Optional[int]:
    m = regex.match(r"\d+", parts.ordinal)
    return int(m.group()) if m else None


def numbering_out_of_order(docs: Iterable[ArchiveDoc]) -> list[Finding]:
    """An issuer's own numbers with one symbol in one year must rise with the date."""
    series: dict[tuple, list[tuple[int, dt.date, ArchiveDoc]]] = defaultdict(list)
    for d in docs:
        parts = parse_number(d.number)
        date = parse_iso(d.date)
        if parts is None or date is None or not d.issuer_key:
            continue
        n = _ordinal_int(parts)
        if n is not None:
            series[(d.issuer_key, date.year, parts.symbol, bool(parts.year))].append((n, date, d))
    out: list[Finding] = []
    for (_, year, _, _), items in series.items():
        inversions: dict[str, list] = defaultdict(list)
        for a in items:
            for b in items:
                if a[0] < b[0] and a[1] > b[1]:
                    inversions[a[2].sha256].append(b)
                    inversions[b[2].sha256].append(a)
        if not inversions:
            continue
        worst = max(len(v) for v in inversions.values())
        for n, date, d in items:
            others = inversions.get(d.sha256)
            if not others or len(others) < worst:
                continue
            o = others[0]
            f = finding("numbering-out-of-order", "default", [], number=d.number,
                        date=d.date, date_vi=vi_date(date), other_number=o[2].number,
                        other_date_vi=vi_date(o[1]), year=year)
            f.doc_sha256 = d.sha256
            out.append(f)
    return out


def audit_archive(docs: list[ArchiveDoc]) -> list[Finding]:
    """Cross-document findings, each filed on the document it concerns
    (Finding.doc_sha256), evidence pointing into that document's pages."""
    catalog = load_catalog()
    mentions: list[Mention] = []
    for d in docs:
        own = _own_mention(d)
        if own is not None:
            mentions.append(own)
        for r in d.references:
            m = mention_of(r, d.sha256)
            if m is None:
                continue
            if not _national(m.parts):
                if not m.issuer:
                    continue  # a local number without its issuer cannot be linked
            mentions.append(m)
    findings = conflicting_citations(mentions, catalog, file_on="each")
    findings += numbering_out_of_order(docs)
    return findings
