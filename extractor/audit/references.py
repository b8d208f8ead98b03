"""Rules on one cited document at a time: the mention against itself (number year vs
date, missing year, type vs symbol, malformed number), against the citing document
(cited after it) and against the national catalog (wrong date/issuer, another
document, replaced)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.audit.messages import finding
from extractor.model import Finding, Reference, Span
from extractor.normalize import DocText, match_view, strip_marks
from extractor.grammar.dates import parse_iso, vi_date
from extractor.grammar.docnumber import DocNumber, written_type_abbr
from extractor.resolve.catalog import Catalog, CatalogEntry, issuer_matches, load_catalog
from extractor.vocab import symbols as _symbols

# Relations under which a citation treats the cited document as in force.
IN_FORCE_RELATIONS = ("căn cứ", "thực hiện", "hướng dẫn")
# A report may cite documents issued a little after the period it covers (it is
# written after the period ends): only later than this is a mistake.
PERIOD_GRACE = dt.timedelta(days=92)
EARLIEST_YEAR = 1945

# compiled once (a pattern given as a string is looked up in the regex module's cache on
# every call, which cost more than the match itself on these short strings)
_WITH_YEAR = regex.compile(r"^([^/]+)/(?:(?:19|20)\d\d/)?(.+)$")
_CLAUSE_END = regex.compile(r"\n|;|\.\s|\.$|(?<=\s)(?:và|tại)\s")
_PARTS = regex.compile(r"[-/]")
_LOWER = regex.compile(r"[\p{Ll}&]+")
_ONE_DIGIT = regex.compile(r"^[1-9](?:[^\d\p{L}]|$)")
_SPACE_HYPHEN = regex.compile(r"[\s-]")


@dataclass
class Context:
    """What the rules know of the citing document."""
    date: Optional[dt.date] = None
    period: Optional[str] = None
    period_end: Optional[dt.date] = None
    doc: Optional[DocText] = None  # for the text around a mention (its subject)
    catalog: Optional[Catalog] = None
    own_number: Optional[str] = None  # the document's own number (document.number)

    def __post_init__(self) -> None:
        if self.catalog is None:
            self.catalog = load_catalog()


# --------------------------------------------------------------------------- helpers
def evidence(ref: Reference) -> list[Span]:
    spans = [Span(ref.page, ref.start, ref.end, ref.text)]
    ds = getattr(ref, "date_span", None)
    if ds is not None and not (ds.page == ref.page and ref.start <= ds.start and ds.end <= ref.end):
        spans.append(ds)
    return spans


def _types():
    return _symbols


def with_year(number: str, year: int) -> str:
    """'61/2020/NĐ-CP' -> '61/2018/NĐ-CP'; '130/NĐ-CP' -> '130/2005/NĐ-CP' (ordinal kept
    as written)."""
    text = "".join(match_view(number).split())
    m = _WITH_YEAR.match(text)
    return f"{m.group(1)}/{year}/{m.group(2)}" if m else text


def _same_day_month(a: Optional[dt.date], b: Optional[dt.date]) -> bool:
    return bool(a and b and (a.day, a.month) == (b.day, b.month))


def _plausible_year(year: int, ctx: Context) -> bool:
    latest = (ctx.date or ctx.period_end or dt.date.today()).year
    return EARLIEST_YEAR <= year <= latest


def is_normative(ref: Reference, parts: DocNumber) -> Optional[str]:
    """'always' when the type always carries a year, 'sometimes', 'never' or None."""
    sym = _types()
    if parts.party:
        return "never"
    if parts.assembly:
        return "always"
    if sym is None:
        return None
    t = sym.type_by_abbreviation().get(parts.type_abbr.upper())
    if t is None and ref.doc_type:
        t = sym.type_by_name().get(ref.doc_type)
    return t.normative if t else None


# --------------------------------------------------------------------------- subjects
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=4096)
def _bigrams(text: str) -> frozenset[tuple[str, str]]:
    words = _WORD.findall(strip_marks(text))
    return frozenset(zip(words, words[1:]))


def subject_text(ref: Reference, ctx: Context) -> str:
    """The subject of a mention: ref.subject, else the rest of its clause."""
    if ref.subject:
        return ref.subject
    if ctx.doc is None:
        return ""
    index = next((i for i, p in enumerate(ctx.doc.pages) if p.number == ref.page), None)
    if index is None:
        return ""
    start = ctx.doc.starts[index] + ref.end
    tail = ctx.doc.text[start:start + 200]
    cut = _CLAUSE_END.search(tail)
    return tail[:cut.start()] if cut else tail


def subject_overlap(text: str, entry: CatalogEntry) -> int:
    return len(_bigrams(text) & _bigrams(entry.subject)) if entry.subject and text else 0


def other_document(ref: Reference, date: Optional[dt.date], own: Optional[CatalogEntry],
                   parts: DocNumber, ctx: Context) -> Optional[CatalogEntry]:
    """Another catalog entry the mention most likely means: same ordinal and symbol with
    the same day and month (61/2020 cited 23/4/2018 -> 61/2018 of 23/4/2018), or the same
    date and a subject that matches it better than the number's own entry."""
    if date is None:
        return None
    subject = subject_text(ref, ctx)
    own_overlap = subject_overlap(subject, own) if own else 0
    best, best_score = None, 0
    siblings = ctx.catalog.by_ordinal_symbol(parts.ordinal, parts.symbol)
    for e in ctx.catalog.entries:
        if e is own or e.date is None:
            continue
        structural = e in siblings and _same_day_month(e.date, date)
        score = subject_overlap(subject, e)
        if structural and (not subject or score >= own_overlap):
            score += 10
        elif not (e.date == date and score >= 2 and own_overlap == 0):
            continue
        if score > best_score:
            best, best_score = e, score
    return best


# --------------------------------------------------------------------------- rules
def check_number_year(ref: Reference, ctx: Context) -> list[Finding]:
    parts = DocNumber.parse(ref.number)
    date = parse_iso(ref.date)
    if not parts or not parts.year or not date or parts.year == date.year:
        return []
    suggestion = None
    siblings = ctx.catalog.by_ordinal_symbol(parts.ordinal, parts.symbol)
    by_date = [e for e in siblings if e.date == date]
    by_day = [e for e in siblings if _same_day_month(e.date, date)]
    if by_date or by_day:
        suggestion = (by_date or by_day)[0].citation()
    elif _plausible_year(date.year, ctx):
        suggestion = f"{with_year(ref.number, date.year)} ngày {vi_date(date)}"
    return [finding("number-year-vs-date", "default", evidence(ref), number=ref.number,
                    date=ref.date, suggestion=suggestion, number_year=parts.year,
                    date_vi=vi_date(date), date_year=date.year)]


def check_missing_year(ref: Reference, ctx: Context) -> list[Finding]:
    parts = DocNumber.parse(ref.number)
    if not parts or parts.year or parts.party:
        return []
    date = parse_iso(ref.date)
    kind = is_normative(ref, parts)
    siblings = [e for e in ctx.catalog.by_ordinal_symbol(parts.ordinal, parts.symbol)
                if e.parts.year]
    known = [e for e in siblings if date and e.date == date] or \
            [e for e in siblings if date and e.date and e.date.year == date.year]
    if kind == "sometimes" and not known:
        return []  # a QĐ/NQ without year is an individual document unless the catalog says
    if kind not in ("always", "sometimes"):
        return []
    severity = None
    if date and date.year < 2000 and not known:
        severity = "warning"  # older numbering (64/CP) had no year
    suggestion = known[0].number if known else (
        with_year(ref.number, date.year) if date and _plausible_year(date.year, ctx) else None)
    unchecked = known[0].number if known and not known[0].certain and kind != "always" else None
    return [finding("normative-number-missing-year", "default", evidence(ref),
                    number=ref.number, date=ref.date, suggestion=suggestion,
                    severity=severity, unchecked=unchecked,
                    doc_type=ref.doc_type or "Văn bản")]


# Pairs of types where one is routinely issued with the other's number (a Quy định
# promulgated by a Quyết định): a mismatch there is only a warning.
_RELATED_TYPES = {frozenset(("Quy định", "Quyết định")), frozenset(("Quy chế", "Quyết định"))}


def _glued_issuer(abbr: str, allowed: list[str]) -> Optional[tuple[str, str]]:
    """'NĐCP' -> ('NĐ', 'CP'): one of the type's own abbreviations glued to a known
    issuer symbol (a missing hyphen, not another type)."""
    glued = _symbols.split_glued_with(abbr, tuple(allowed))
    return glued

def check_type_symbol(ref: Reference, ctx: Context) -> list[Finding]:
    sym = _types()
    parts = DocNumber.parse(ref.number)
    if sym is None or not parts or not ref.doc_type:
        return []
    cited = sym.type_by_name().get(ref.doc_type)
    if cited is None or (cited.generic if hasattr(cited, "generic") else False):
        return []
    abbr = parts.type_abbr
    found = sym.type_by_abbreviation().get(abbr.upper())
    allowed = {a.upper() for a in cited.abbreviations}
    if abbr.upper() in allowed:
        return []
    if _glued_issuer(abbr, list(cited.abbreviations)):
        return []  # "61/2018/NĐCP": a missing hyphen (malformed-number), not another type
    if parts.assembly:
        return []  # laws, ordinances, National Assembly resolutions
    if not cited.abbreviations:
        if cited.name == "Công văn" and found is not None and not parts.party:
            return [finding("type-symbol-mismatch", "letter-with-type", evidence(ref),
                            number=ref.number, date=ref.date, abbr=abbr,
                            abbr_type=found.name)]
        return []  # types without an abbreviation of their own (Luật, Chương trình hành động)
    expected = "/".join(cited.abbreviations)
    if found is None:
        return [finding("type-symbol-mismatch", "unknown-abbr", evidence(ref),
                        number=ref.number, date=ref.date, doc_type=ref.doc_type,
                        expected=expected)]
    if found.name.startswith(cited.name) or cited.name.startswith(found.name):
        return []
    if parts.party and frozenset((found.name, cited.name)) in _RELATED_TYPES:
        return []  # the Party's Quy định are numbered "…-QĐ/TW" (24-QĐ/TW of 30/7/2021)
    severity = "warning" if (parts.party or frozenset((found.name, cited.name)) in _RELATED_TYPES) else None
    return [finding("type-symbol-mismatch", "other-type", evidence(ref), number=ref.number,
                    date=ref.date, severity=severity, doc_type=ref.doc_type, abbr=abbr,
                    abbr_type=found.name, expected=expected)]


def _written_number(ref: Reference) -> Optional[str]:
    """The number as it stands in the mention text, spaces and all."""
    if not ref.number:
        return None
    span = _spaced_find(ref.number, ref.text)
    if span is None:
        span = _spaced_find(ref.number, match_view(ref.text))
    return ref.text[span[0]:span[1]] if span else None


_SPACES = regex.compile(r"\s*")


def _spaced_find(chars: str, text: str) -> Optional[tuple[int, int]]:
    r"""The leftmost span of `text` that is `chars` with any whitespace between them:
    the search of r"\s*".join(regex.escape(c) for c in chars), without compiling a
    pattern per number (every new number compiled one)."""
    if _SPACE_CHAR.search(chars):  # a character \s also takes: the regex's backtracking
        m = regex.search(r"\s*".join(regex.escape(c) for c in chars), text)
        return m.span() if m else None
    first, rest = chars[0], chars[1:]
    i = text.find(first)
    while i != -1:
        pos = i + 1
        for c in rest:
            pos = _SPACES.match(text, pos).end()
            if not text.startswith(c, pos):
                break
            pos += 1
        else:
            return i, pos
        i = text.find(first, i + 1)
    return None


_SPACE_CHAR = regex.compile(r"\s")


_LINE_BREAK = regex.compile(r"[^\S\n\r\f\v\u2028\u2029]*[\n\r\f\v\u2028\u2029]\s*")


def _glued_symbol(ref: Reference, parts: DocNumber) -> Optional[tuple[str, str]]:
    sym = _types()
    if sym is None or not ref.doc_type or parts.party:
        return None
    cited = sym.type_by_name().get(ref.doc_type)
    if cited is None or not cited.abbreviations:
        return None
    abbr = written_type_abbr(ref.number) or parts.type_abbr
    if abbr.upper() in {a.upper() for a in cited.abbreviations}:
        return None
    return _glued_issuer(abbr, list(cited.abbreviations))


def check_malformed(ref: Reference, ctx: Context) -> list[Finding]:
    written = _written_number(ref)
    parts = DocNumber.parse(ref.number)
    if not written or not parts:
        return []
    fixed = "".join(match_view(written).split())
    # a number wrapped across a line (PDF layout, "154/QĐ-\nUBND") is not an author's
    # error: only spaces within one line are
    inline = _LINE_BREAK.sub("", written)
    variant = None
    if _SPACE_CHAR.search(inline):
        variant = "spaces"
    elif match_view(inline) != inline:
        variant = "lookalike"
    else:
        segments = _PARTS.split(fixed.split("/", 1)[1] if "/" in fixed else fixed)
        low = [s for s in segments if s and _LOWER.fullmatch(s)]
        if low:
            variant = "lowercase"
            for s in low:
                fixed = fixed.replace(s, s.upper())
        elif _ONE_DIGIT.match(fixed):
            variant = "leading-zero"
            fixed = "0" + fixed
        else:
            glued = _glued_symbol(ref, parts)
            if glued:
                variant, fixed = "missing-hyphen", fixed.replace(glued[0] + glued[1],
                                                                 glued[0] + "-" + glued[1])
    if variant is None:
        return []
    return [finding("malformed-number", variant, evidence(ref), number=fixed,
                    date=ref.date, suggestion=fixed, written=" ".join(written.split()))]


def check_after_document(ref: Reference, ctx: Context) -> list[Finding]:
    date = parse_iso(ref.date)
    if not date:
        return []
    if ctx.date:
        if date > ctx.date:
            return [finding("reference-after-document", "date", evidence(ref),
                            number=ref.number, date=ref.date, date_vi=vi_date(date),
                            doc_date_vi=vi_date(ctx.date))]
        return []
    if ctx.period_end and date > ctx.period_end + PERIOD_GRACE:
        return [finding("reference-after-document", "period", evidence(ref), number=ref.number,
                        date=ref.date, date_vi=vi_date(date), period=ctx.period,
                        period_end_vi=vi_date(ctx.period_end))]
    return []


def check_catalog(ref: Reference, ctx: Context) -> list[Finding]:
    parts = DocNumber.parse(ref.number)
    date = parse_iso(ref.date)
    if not parts:
        return []
    entry = ctx.catalog.get(ref.number, date)
    if entry is None:
        return []
    out: list[Finding] = []
    unchecked = None if entry.certain else entry.number
    other = other_document(ref, date, entry, parts, ctx)
    if other is not None and (entry.date != date or subject_overlap(subject_text(ref, ctx), entry) == 0):
        subject = (ref.subject or "").strip(" ,")
        out.append(finding(
            "catalog-mismatch", "other-document", evidence(ref), number=ref.number,
            date=ref.date, suggestion=other.citation(), unchecked=unchecked,
            catalog_date_vi=vi_date(entry.date) if entry.date else "?",
            catalog_subject=entry.subject or "?",
            date_vi=vi_date(date) if date else "?",
            cited_subject=f", {subject}" if subject else "", other=other.citation()))
    elif date and entry.date and date != entry.date:
        out.append(finding("catalog-mismatch", "date", evidence(ref), number=ref.number,
                           date=ref.date, suggestion=entry.citation(), unchecked=unchecked,
                           catalog_date_vi=vi_date(entry.date), date_vi=vi_date(date)))
    if issuer_matches(ref.issuer, entry.issuer) is False:
        out.append(finding("catalog-mismatch", "issuer", evidence(ref), number=ref.number,
                           date=ref.date, suggestion=f"{entry.number} của {entry.issuer}",
                           unchecked=unchecked, catalog_issuer=entry.issuer,
                           issuer=ref.issuer))
    return out


def replacement_start(entry: CatalogEntry, catalog: Catalog) -> Optional[dt.date]:
    """First day the cited document no longer applies."""
    if entry.in_force_to:
        return entry.in_force_to + dt.timedelta(days=1)
    repl = catalog.get(entry.replaced_by) if entry.replaced_by else None
    if repl is not None:
        return repl.in_force_from or repl.date
    return None


def check_superseded(ref: Reference, ctx: Context) -> list[Finding]:
    date = parse_iso(ref.date)
    entry = ctx.catalog.get(ref.number, date)
    if entry is None or not entry.replaced_by:
        return []
    if ref.relation not in IN_FORCE_RELATIONS + (None,):
        return []
    citing = ctx.date or ctx.period_end
    start = replacement_start(entry, ctx.catalog)
    if citing is None or start is None or citing < start:
        return []
    repl = ctx.catalog.get(entry.replaced_by)
    certain = (entry.certain and entry.replacement_checked
               and (repl is None or repl.certain))
    unchecked = None if certain else (entry.number if not entry.certain or not entry.replacement_checked
                                       else repl.number)
    # the replacement may itself have been replaced by the time of the citation: the
    # suggestion is the document in force then (43/2006 -> 16/2015 -> 60/2021)
    seen = {entry.number}
    while repl is not None and repl.replaced_by and repl.number not in seen:
        nxt_start = replacement_start(repl, ctx.catalog)
        nxt = ctx.catalog.get(repl.replaced_by)
        if nxt_start is None or citing < nxt_start or nxt is None:
            break
        seen.add(repl.number)
        if certain and not (repl.replacement_checked and nxt.certain):
            certain, unchecked = False, repl.number
        repl = nxt
    severity = "error" if (certain and ref.relation is not None and ctx.date) else "warning"
    if ctx.date:
        when_vi, when_en = f"ngày {vi_date(ctx.date)}", f"dated {vi_date(ctx.date)}"
    else:
        when_vi = f"về kỳ {ctx.period} (kết thúc {vi_date(citing)})"
        when_en = f"on {ctx.period} (ending {vi_date(citing)})"
    f = finding("superseded-reference", "default", evidence(ref), number=ref.number,
                date=ref.date, suggestion=repl.citation() if repl else entry.replaced_by,
                severity=severity, unchecked=unchecked, replacement=entry.replaced_by,
                from_vi=vi_date(start), relation=f" ({ref.relation})" if ref.relation else "",
                doc_date_vi=when_vi, doc_date_en=when_en)
    return [f]


MENTION_RULES = (check_number_year, check_missing_year, check_type_symbol, check_malformed,
                 check_after_document, check_catalog, check_superseded)


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_STOP = frozenset("về việc v v của và các trên địa bàn thực hiện ban hành năm tại cho đối với".split())


def _subject_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(strip_marks(text).lower()) if w not in _STOP)


# what follows a mention when the citing sentence goes on, not the cited subject
_NOT_SUBJECT = regex.compile(r"^\s*(?:,|được|đã|đang|sẽ|vẫn|cũng|nay|của|do|và|với)(?![\w])",
                             regex.IGNORECASE)


def _cited_subject(ref: Reference, ctx: Context) -> tuple[str, bool]:
    """The subject a mention gives and whether it is stated ("về ..."): else the words
    right after it ("... ngày 10/3/2024 thực hiện nhiệm vụ năm 2024") up to a comma,
    unless the citing sentence goes on there ("... được triển khai")."""
    if ref.subject:
        return ref.subject, True
    text = subject_text(ref, ctx)
    if _NOT_SUBJECT.match(text):
        return "", False
    return text.split(",", 1)[0].strip(), False


def _subjects_conflict(a: tuple[str, bool], b: tuple[str, bool]) -> bool:
    """Two subjects that cannot both be the subject of one document: they name
    different years ("... năm 2024" / "... năm 2025"), or, both stated with "về", they
    share almost no words."""
    ya, yb = set(_YEAR.findall(a[0])), set(_YEAR.findall(b[0]))
    if ya and yb and not (ya & yb):
        return True
    if a[1] and b[1]:
        wa, wb = _subject_words(a[0]), _subject_words(b[0])
        if len(wa) >= 4 and len(wb) >= 4:
            return len(wa & wb) / len(wa | wb) < 0.15
    return False


def check_conflicting_subjects(refs: list[Reference], ctx: Context) -> list[Finding]:
    """One document (same number and date) cited twice in one text with subjects that
    cannot be one document's ("thực hiện ... năm 2024" and "... năm 2025")."""
    seen: dict[tuple, list[tuple[Reference, str]]] = {}
    out: list[Finding] = []
    flagged: set[tuple] = set()
    for ref in refs:
        if not ref.number or not ref.date or ref.key is None:
            continue
        subj = _cited_subject(ref, ctx)
        if not subj[0]:
            continue
        k = (ref.key, ref.date)
        for other, osubj in seen.get(k, []):
            if k not in flagged and _subjects_conflict(osubj, subj):
                flagged.add(k)
                out.append(finding("conflicting-citations", "different-subject",
                                   evidence(other) + evidence(ref), number=ref.number,
                                   date=ref.date, date_vi=vi_date(parse_iso(ref.date)),
                                   subject_a=" ".join(osubj[0].split()),
                                   subject_b=" ".join(subj[0].split())))
        seen.setdefault(k, []).append((ref, subj))
    return out


_OWN_FORM = regex.compile(r"(?<![\w/.,\-])\d{1,5}[a-zA-Z]?\s?/\s?(?:(?:19|20)\d{2}\s?/\s?)?"
                         r"[A-ZĐ][\wĐđ&]*(?:\s?-\s?[A-ZĐ][\wĐđ&]*)*")
OWN_FORMS_CHARS = 3000


def check_own_number_forms(ctx: Context) -> list[Finding]:
    """The document's own number written twice with and without a year (a page title
    "845/2020/QĐ-UBND" against "Số: 845/QĐ-UBND"): one of the two is wrong."""
    if not ctx.own_number or ctx.doc is None:
        return []
    from extractor.grammar.docnumber import DocNumber
    own = DocNumber.parse(ctx.own_number)
    if own is None or own.party:
        return []
    loose = _SPACE_HYPHEN.sub("", own.symbol).upper()
    view = ctx.doc.view
    forms: dict[Optional[int], list[tuple[int, int]]] = {}
    for m in _OWN_FORM.finditer(view, 0, min(len(view), OWN_FORMS_CHARS)):
        n = DocNumber.parse(m.group())
        if (n is None or n.party or n.ordinal != own.ordinal
                or _SPACE_HYPHEN.sub("", n.symbol).upper() != loose):
            continue
        forms.setdefault(n.year, []).append(m.span())
    if len(forms) < 2:
        return []
    spans = [ctx.doc.span(*v[0]) for v in forms.values()]
    variants = "; ".join(" ".join(sp.text.split()) for sp in spans)
    return [finding("conflicting-citations", "own-number", spans, number=ctx.own_number,
                    variants=variants)]


def audit_references(refs: list[Reference], ctx: Context) -> list[Finding]:
    out: list[Finding] = []
    for ref in refs:
        for rule in MENTION_RULES:
            out.extend(rule(ref, ctx))
    out.extend(check_conflicting_subjects(refs, ctx))
    out.extend(check_own_number_forms(ctx))
    return out
