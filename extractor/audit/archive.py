"""Rules across mentions and across documents: one document cited in different ways
(conflicting-citations), an issuer's numbers going backwards in date
(numbering-out-of-order), one number of one issuer given two dates in a year."""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

import regex

from extractor.audit.messages import finding
from extractor.audit.references import evidence
from extractor.model import Finding, Reference, Span, Unit
from extractor.normalize import fold
from extractor.grammar.docnumber import DocNumber
from extractor.grammar.dates import parse_iso, vi_date
from extractor.resolve.catalog import Catalog, CatalogEntry, load_catalog

_ENDS_WITH_LETTER = regex.compile(r"\p{L}$")
_DIGITS = regex.compile(r"\d+")


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
    unit: Optional[Unit] = None  # the issuing unit (context for partial cited issuers)
    number_span: Optional[Span] = None  # where the document states its own number


@dataclass
class Mention:
    parts: DocNumber
    number: str  # as written
    date: Optional[dt.date]
    issuer: Optional[str]  # folded issuer name or key, None when not given
    spans: list[Span]
    doc: Optional[str] = None  # sha256 of the document holding the mention
    own: bool = False  # the document's own number (authoritative for its date)


# --------------------------------------------------------------------------- issuers
_TERRITORY_LEVELS = ("thị trấn", "phường", "xã", "thành phố", "thị xã", "huyện", "quận", "tỉnh")


def _level_and_proper(name: Optional[str]) -> tuple[str, str]:
    """('thành phố', 'Nha Trang') of 'thành phố Nha Trang'; ('', name) otherwise."""
    name = " ".join((name or "").split())
    low = name.lower()
    for lv in _TERRITORY_LEVELS:
        if low.startswith(lv + " "):
            return lv, name[len(lv) + 1:]
    return "", name


@lru_cache(maxsize=1)
def _national_issuer_keys() -> tuple[str, ...]:
    """Unit keys of the national issuers of rules/issuers.yaml (term left out)."""
    from extractor.grammar.units import unit_key
    from extractor.vocab import load_rules
    keys = set()
    for e in load_rules("issuers").entries:
        name = e.model_dump().get("name")
        if name:
            keys.add(unit_key(regex.sub(r"\s*khóa\s*\{term\}", "", name)))
    return tuple(sorted(keys))


def _national_issuer(key: str) -> bool:
    return (key.startswith(_national_issuer_keys()) or key.startswith("bộ ")
            or "trung ương" in key)


def _centrally_run(province: str) -> bool:
    from extractor.resolve.units import resolve_unit
    return resolve_unit(f"thành phố {province}").level == "tỉnh"


def _complete_territory(level_word: str, unit: Optional[Unit]) -> Optional[str]:
    """Proper name a bare level word ("tỉnh", "thành phố") stands for in a document of
    `unit`: the unit itself, the district it lies in, or its province."""
    if unit is None:
        return None
    for name in (unit.name, unit.district):
        lv, proper = _level_and_proper(name)
        if lv == level_word and proper:
            return proper
    if unit.province:
        _, province = _level_and_proper(unit.province)
        if level_word == ("thành phố" if _centrally_run(province) else "tỉnh"):
            return province
    return None


def _unit_context(unit: Optional[Unit]) -> tuple:
    return (unit.name, unit.level, unit.district, unit.province) if unit else ()


def cited_issuer_key(issuer: Optional[str], unit: Optional[Unit] = None) -> Optional[str]:
    """Unit key (extractor.resolve.units) of an issuer as a citation names it, partial
    names completed from the citing document's unit: in a report of thành phố Nha
    Trang (Khánh Hòa), "UBND thành phố" -> "thành phố nha trang", "UBND tỉnh" -> "tỉnh
    khánh hòa", "Sở Nội vụ" -> "sở nội vụ tỉnh khánh hòa". None when a partial name
    cannot be completed (it may then be any unit of that level)."""
    if not issuer or not issuer.strip():
        return None
    return _cited_issuer_key(" ".join(issuer.split()), _unit_context(unit))


@lru_cache(maxsize=8192)
def _cited_issuer_key(issuer: str, ctx: tuple) -> Optional[str]:
    from extractor.grammar.units import parse_unit, unit_key
    from extractor.resolve.units import resolve_unit
    unit = Unit(name=ctx[0], level=ctx[1], district=ctx[2], province=ctx[3]) if ctx else None
    p = parse_unit(issuer)
    name = issuer
    if p.territory is not None and not p.proper:
        proper = _complete_territory(p.territory.canonical, unit)
        if proper is None or not _ENDS_WITH_LETTER.search(issuer):
            return None
        name = f"{issuer} {proper}"
    elif p.territory is None and p.body is not None and p.body.named:
        # a department without its territory: a Sở belongs to the province, a Phòng
        # to the district of the citing unit
        level = getattr(p.body, "level", None)
        where = None
        if unit is not None and level == "sở" and unit.province:
            where = f"tỉnh {_level_and_proper(unit.province)[1]}"
            if _centrally_run(_level_and_proper(unit.province)[1]):
                where = f"thành phố {_level_and_proper(unit.province)[1]}"
        elif unit is not None and level == "phòng":
            where = next((n for n in (unit.name, unit.district)
                          if _level_and_proper(n)[0] in ("thành phố", "thị xã", "huyện", "quận")), None)
        if where is None:
            return None
        name = f"{issuer} {where}"
    elif p.territory is None and p.body is not None:
        return None  # "UBND", "HĐND" alone
    if p.territory is None and p.body is None:
        # national bodies name one issuer (Chính phủ, Bộ Nội vụ); others ("Thành ủy",
        # "Ban Thường vụ Huyện ủy") are partial
        key = unit_key(issuer)
        return key if _national_issuer(key) else None
    context = ", ".join(x for x in ctx if x) if ctx else None
    return resolve_unit(name, context).key


def mention_of(ref: Reference, doc: Optional[str] = None,
               unit: Optional[Unit] = None) -> Optional[Mention]:
    """A citation as a Mention; its issuer resolved to a unit key in the context of the
    citing unit (within one document, a name that cannot be resolved still names one
    body: it is kept folded, marked with "?")."""
    parts = DocNumber.parse(ref.number)
    if parts is None:
        return None
    issuer = cited_issuer_key(ref.issuer, unit)
    if issuer is None and ref.issuer and doc is None:
        issuer = "?" + fold(ref.issuer)
    return Mention(parts, ref.number, parse_iso(ref.date), issuer, evidence(ref), doc)


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


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[a] = b


def _link_alike(uf: _UnionFind, group: list[Mention], idx: list[int]) -> None:
    """Join every pair of `idx` whose issuers do not disagree (no issuer matches any):
    one pass, one union per mention."""
    first: dict[str, int] = {}
    wild: Optional[int] = None
    for i in idx:
        issuer = group[i].issuer or None
        if issuer is None:
            if wild is None:
                wild = i
            else:
                uf.union(wild, i)
        elif issuer in first:
            uf.union(first[issuer], i)
        else:
            first[issuer] = i
    if wild is not None:
        for j in first.values():
            uf.union(wild, j)


def _link_years(uf: _UnionFind, group: list[Mention], idx: list[int], window: int) -> None:
    """Join every pair of `idx` (all with a date) whose issuers do not disagree and whose
    years differ by at most `window`: mentions of one (issuer, year) are joined in one
    pass, then an issuer's years are swept in order, and a mention without issuer is
    joined to the (issuer, year) classes within its window (bounded by years x issuers,
    never by pairs of mentions)."""
    reps: dict[tuple[Optional[str], int], int] = {}
    for i in idx:
        m = group[i]
        k = (m.issuer or None, m.date.year)
        if k in reps:
            uf.union(reps[k], i)
        else:
            reps[k] = i
    by_issuer: dict[str, list[int]] = defaultdict(list)
    by_year: dict[int, list[int]] = defaultdict(list)
    for (issuer, year), i in reps.items():
        by_year[year].append(i)
        if issuer is not None:
            by_issuer[issuer].append(year)
    for issuer, years in by_issuer.items():
        years.sort()
        for y0, y1 in zip(years, years[1:]):
            if y1 - y0 <= window:
                uf.union(reps[(issuer, y0)], reps[(issuer, y1)])
    for (issuer, year), i in reps.items():
        if issuer is None:
            for y in range(year - window, year + window + 1):
                for j in by_year.get(y, ()):
                    uf.union(i, j)


def clusters(mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions naming one document (the closure of `_linked`), found by bucketing on
    key and date instead of comparing all pairs: linear in the mentions."""
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in mentions:
        groups[(m.parts.ordinal, m.parts.symbol)].append(m)
    out = []
    for group in groups.values():
        uf = _UnionFind(len(group))
        same_key: dict[tuple, list[int]] = defaultdict(list)
        day_month: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, m in enumerate(group):
            if m.parts.year:  # a normative number names one document
                same_key[(m.parts.key,)].append(i)
                if m.date:  # other years written, dated alike (within two years)
                    day_month[(m.date.month, m.date.day)].append(i)
            elif m.date:  # individual numbers repeat yearly
                same_key[(m.parts.key, m.date.year)].append(i)
        for idx in same_key.values():
            _link_alike(uf, group, idx)
        for idx in day_month.values():
            _link_years(uf, group, idx, 2)
        sets: dict[int, list[Mention]] = defaultdict(list)
        for i, m in enumerate(group):
            sets[uf.find(i)].append(m)
        out.extend(s for s in sets.values() if len(s) > 1)
    return out


def _form(m: Mention) -> str:
    number = "".join(m.number.split())
    return f"{number} ngày {vi_date(m.date)}" if m.date else number


def _preferred(cluster: list[Mention], catalog: Catalog) -> tuple[str, Optional[dt.date], Optional[str], bool]:
    """(number, date, citation, decided) the cluster most likely means: the document's
    own number, else the catalog entry matching a mention's number and date, else one
    matching a date, else the most frequent form (`decided` False on a tie)."""
    own = [m for m in cluster if m.own]
    if own:
        return own[0].number, own[0].date, _form(own[0]), True
    entries: list[CatalogEntry] = []
    looked: dict[tuple, Optional[CatalogEntry]] = {}  # one lookup per distinct form
    for m in cluster:
        if (m.number, m.date) not in looked:
            looked[(m.number, m.date)] = catalog.get(m.number, m.date)
        e = looked[(m.number, m.date)]
        if e is not None and e.date == m.date:
            entries.append(e)
    if not entries:
        dates = {m.date for m in cluster if m.date}
        by_parts = {}
        for m in cluster:
            k = (m.parts.ordinal, m.parts.symbol)
            if k not in by_parts:
                by_parts[k] = catalog.by_ordinal_symbol(*k)
        entries = [e for m in cluster for e in by_parts[(m.parts.ordinal, m.parts.symbol)]
                   if e.date in dates]
    if entries:
        e = entries[0]
        return e.number, e.date, e.citation(), True
    counts = Counter((m.parts.key, m.date) for m in cluster if m.date)
    ranked = counts.most_common(2)
    (key, date), top = ranked[0]
    number = next(m.number for m in cluster if m.parts.key == key)
    return number, date, f"{number} ngày {vi_date(date)}", len(ranked) < 2 or ranked[1][1] < top


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
        number, date, citation, decided = _preferred(cluster, catalog)
        variants = "; ".join(dict.fromkeys(_form(m) for m in cluster))
        normative = any(m.parts.year for m in cluster)
        docs = [None] if file_on is None else sorted({m.doc for m in cluster if m.doc})
        by_doc: dict[Optional[str], list[Mention]] = defaultdict(list)
        for m in cluster:
            by_doc[m.doc].append(m)
        owns = sum(1 for m in cluster if m.own)
        preferred_key = DocNumber.parse(number).key
        for doc in docs:
            mine = cluster if doc is None else by_doc[doc]
            if doc is not None and decided and owns <= 1 and all(
                    m.parts.key == preferred_key and m.date in (None, date)
                    for m in mine):
                continue  # this document agrees with the preferred form (or gives no date)
            if doc is not None and (len({m.parts.year for m in mine if m.parts.year}) > 1
                                    or len({m.date for m in mine if m.date}) > 1):
                continue  # conflicts within the document itself: audit_document reports it
            spans = [s for m in mine for s in m.spans]
            if normative or len(years) > 1:
                f = finding("conflicting-citations", "default", spans, number=number,
                            date=date.isoformat() if date else None,
                            suggestion=citation if decided else None,
                            variants=variants)
            else:
                year = next(iter(dates)).year
                f = finding("conflicting-citations", "same-number", spans, number=number,
                            date=date.isoformat() if date else None,
                            suggestion=citation if decided else None,
                            year=year, dates="; ".join(sorted(vi_date(d) for d in dates)))
            f.doc_sha256 = doc
            out.append(f)
    return out


# --------------------------------------------------------------------------- archive
_LOCAL = regex.compile(r"UBND|HĐND|HDND|[TH]U$|ĐU$|^S[A-Z]")


def _national(parts: DocNumber) -> bool:
    """Does the symbol name a national issuer (so that the number alone identifies the
    document across the whole archive)? 61/2018/NĐ-CP yes, 25/KH-UBND no."""
    issuer = parts.issuer_symbol
    if not issuer:
        return False
    return parts.party and issuer == "TW" or (not parts.party and not _LOCAL.search(issuer))


def own_issuer(doc: ArchiveDoc) -> Optional[str]:
    """A document's own number is issued by its own unit."""
    return doc.issuer_key or (doc.unit.key if doc.unit is not None else None)


def _own_mention(doc: ArchiveDoc) -> Optional[Mention]:
    parts = DocNumber.parse(doc.number)
    if parts is None:
        return None
    spans = [doc.number_span] if doc.number_span is not None else []
    return Mention(parts, doc.number, parse_iso(doc.date), own_issuer(doc), spans, doc.sha256,
                   own=True)


def _ordinal_int(parts: DocNumber) -> Optional[int]:
    m = _DIGITS.match(parts.ordinal)
    return int(m.group()) if m else None


@dataclass
class _Point:
    """One number of one issuer's series, with the documents that state or cite it."""
    n: int
    date: dt.date
    number: str
    holders: list[Mention] = field(default_factory=list)

    @property
    def own(self) -> bool:
        return any(m.own for m in self.holders)


def _inversion_counts(points: list[_Point]) -> list[int]:
    """For each point, how many others are out of order with it (higher number, earlier
    date, or lower number, later date): a sweep by date over a Fenwick tree of numbers,
    O(n log n) instead of all pairs."""
    ranks = {n: r + 1 for r, n in enumerate(sorted({p.n for p in points}))}
    size = len(ranks)
    counts = [0] * len(points)

    def sweep(order: list[int], later: bool) -> None:
        tree = [0] * (size + 1)
        seen = 0
        k = 0
        while k < len(order):
            j = k
            while j < len(order) and points[order[j]].date == points[order[k]].date:
                j += 1
            for i in order[k:j]:  # query before adding points of the same date
                r, below = ranks[points[i].n], 0
                x = r - 1 if later else r
                while x > 0:
                    below += tree[x]
                    x -= x & -x
                # earlier dates with a higher number / later dates with a lower number
                counts[i] += below if later else seen - below
            for i in order[k:j]:
                x = ranks[points[i].n]
                while x <= size:
                    tree[x] += 1
                    x += x & -x
                seen += 1
            k = j

    by_date = sorted(range(len(points)), key=lambda i: points[i].date)
    sweep(by_date, later=False)
    sweep(by_date[::-1], later=True)
    return counts


def numbering_out_of_order(mentions: Iterable[Mention]) -> list[Finding]:
    """An issuer's numbers with one symbol in one year must rise with the date. The
    series hold the documents' own numbers (issued by their own unit) and cited local
    numbers whose issuer resolves to a unit; the number with the most inversions is
    reported, on each document stating or citing it."""
    series: dict[tuple, dict[tuple[int, dt.date], _Point]] = defaultdict(dict)
    for m in mentions:
        if m.date is None or not m.issuer or m.issuer.startswith("?"):
            continue
        n = _ordinal_int(m.parts)
        if n is None:
            continue
        key = (m.issuer, m.date.year, m.parts.symbol, bool(m.parts.year))
        point = series[key].setdefault((n, m.date), _Point(n, m.date, m.number))
        point.holders.append(m)
    out: list[Finding] = []
    for (_, year, _, _), by_key in series.items():
        owned = {p.n for p in by_key.values() if p.own}
        # a cited date that disagrees with the document itself is conflicting-citations' case
        points = [p for p in by_key.values() if p.own or p.n not in owned]
        counts = _inversion_counts(points)
        worst = max(counts, default=0)
        if not worst:
            continue
        for i in sorted(range(len(points)), key=lambda i: (points[i].date, points[i].n)):
            if counts[i] < worst:
                continue
            p = points[i]
            o = min((q for q in points if (p.n < q.n and p.date > q.date)
                     or (q.n < p.n and q.date > p.date)),
                    key=lambda q: (not q.own, q.date, q.n))
            by_doc: dict[Optional[str], list[Span]] = {}
            for m in p.holders:
                by_doc.setdefault(m.doc, []).extend(m.spans)
            for doc, spans in by_doc.items():
                f = finding("numbering-out-of-order", "default", spans, number=p.number,
                            date=p.date.isoformat(), date_vi=vi_date(p.date),
                            other_number=o.number, other_date_vi=vi_date(o.date), year=year)
                f.doc_sha256 = doc
                out.append(f)
    return out


def archive_mentions(docs: Iterable[ArchiveDoc]) -> list[Mention]:
    """Own numbers and linkable citations of the whole archive: national numbers
    always, local ones only when their issuer resolves to a unit."""
    mentions: list[Mention] = []
    for d in docs:
        own = _own_mention(d)
        if own is not None:
            mentions.append(own)
        for r in d.references:
            m = mention_of(r, d.sha256, d.unit)
            if m is None:
                continue
            if not _national(m.parts) and not m.issuer:
                continue  # a local number without a known issuer cannot be linked
            mentions.append(m)
    return mentions


def audit_archive(docs: list[ArchiveDoc]) -> list[Finding]:
    """Cross-document findings, each filed on the document it concerns
    (Finding.doc_sha256), evidence pointing into that document's pages."""
    catalog = load_catalog()
    mentions = archive_mentions(docs)
    findings = conflicting_citations(mentions, catalog, file_on="each")
    findings += numbering_out_of_order(m for m in mentions if m.own or not _national(m.parts))
    return findings


# --------------------------------------------------------------------------- incremental
# The archive rules never look beyond one group of mentions: conflicting-citations
# within the mentions of one ordinal and symbol, numbering-out-of-order within one
# issuer's series (issuer, year, symbol, normative or not). A stored mention carries
# both keys, so adding or removing a document recomputes only the groups it touches.

def conflict_key(m: Mention) -> str:
    return f"c|{m.parts.ordinal}|{m.parts.symbol}"


def series_key(m: Mention) -> Optional[str]:
    """The numbering series a mention belongs to, None when it takes part in none."""
    if m.date is None or not m.issuer or m.issuer.startswith("?"):
        return None
    if not (m.own or not _national(m.parts)) or _ordinal_int(m.parts) is None:
        return None
    return f"s|{m.issuer}|{m.date.year}|{m.parts.symbol}|{1 if m.parts.year else 0}"


def audit_groups(conflicts: dict[str, list[Mention]],
                 series: dict[str, list[Mention]]) -> list[tuple[str, Finding]]:
    """Findings of the given groups, each with the key of the group it came from; the
    same findings audit_archive gives for those groups over the whole archive."""
    catalog = load_catalog()
    out: list[tuple[str, Finding]] = []
    for key, mentions in conflicts.items():
        out += [(key, f) for f in conflicting_citations(mentions, catalog, file_on="each")]
    for key, mentions in series.items():
        out += [(key, f) for f in numbering_out_of_order(mentions)]
    return out
