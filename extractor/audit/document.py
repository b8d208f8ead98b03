"""Single-document audit: every rule that needs only one extraction (its references,
its text, its figures) and the national catalog. Called by extractor/extract.py."""
from __future__ import annotations

import calendar
from functools import lru_cache
from typing import Optional

import regex

from extractor.audit.archive import conflicting_citations, mention_of
from extractor.audit.messages import finding
from extractor.audit.references import Context, audit_references
from extractor.grammar.periods import period_end  # one period grammar (also re-exported here)
from extractor.model import Extraction, Finding
from extractor.normalize import DocText, fold
from extractor.resolve.catalog import load_catalog, parse_iso

# --------------------------------------------------------------------------- text scans
_DATE = regex.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m>\d{1,2})\s?(?P=sep)\s?(?P<y>(?:19|20)\d\d)(?![\d/])"
    r"|(?i:ngày)\s+(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s*,?\s+(?i:năm)\s+(?P<y2>(?:19|20)\d\d)")


def _exists(day: int, month: int, year: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def invalid_dates(doc: DocText) -> list[Finding]:
    out = []
    for m in _DATE.finditer(doc.view):
        d, mo, y = (m.group("d"), m.group("m"), m.group("y")) if m.group("d") else \
            (m.group("d2"), m.group("m2"), m.group("y2"))
        if _exists(int(d), int(mo), int(y)):
            continue
        if m.group("sep") in (".", "-") and int(mo) > 12:
            continue  # "1.15.2019"-like figures, not dates
        span = doc.span(m.start(), m.end())
        out.append(finding("invalid-date", "default", [span], date=None, date_text=span.text))
    return out


@lru_cache(maxsize=1)
def _type_words() -> Optional["regex.Pattern[str]"]:
    try:
        from extractor.find.symbols import doc_types
    except ImportError:  # pragma: no cover
        return None
    names = sorted({t.name for t in doc_types() if not t.generic}, key=len, reverse=True)
    alts = "|".join(r"\s+".join(regex.escape(w) for w in n.split()) for n in names)
    # type word + "số" + a word that cannot start a number (về, ngày ...) or a blank
    # ordinal before the symbol ("số /QĐ-UBND", "số …/KH-UBND")
    return regex.compile(
        r"(?<!\w)(?P<type>" + alts + r")\s+(?i:số)\s*:?\s*"
        r"(?:(?P<word>(?i:về|ngày|của|do|năm|ban\s+hành|được|nhằm|trên|tại)\b)"
        r"|(?P<blank>[._…]*\s*/\s*\p{Lu}[\p{L}Đđ]*-))", regex.IGNORECASE)


def references_without_number(doc: DocText, ex: Extraction) -> list[Finding]:
    pattern = _type_words()
    if pattern is None:
        return []
    covered = {(r.page, r.start) for r in ex.references}
    out = []
    for m in pattern.finditer(doc.view):
        if not m.group("type")[0].isupper():
            continue  # document names are capitalised; "báo cáo số về" is prose
        end = m.end()
        if m.group("word"):
            tail = regex.match(r"(?:\s+\S+){0,3}", doc.view[end:])
            end += len(tail.group()) if tail else 0
        span = doc.span(m.start(), end)
        if (span.page, span.start) in covered:
            continue
        name = " ".join(m.group("type").split())
        type_name = next((t for t in _type_names() if fold(t) == fold(name)), name)
        variant = "blank-ordinal" if m.group("blank") else "default"
        out.append(finding("reference-without-number", variant, [span],
                           doc_type=type_name, text=span.text))
    return out


@lru_cache(maxsize=1)
def _type_names() -> tuple[str, ...]:
    from extractor.find.symbols import doc_types
    return tuple(t.name for t in doc_types())


# --------------------------------------------------------------------------- entry point
def context_of(ex: Extraction, doc: Optional[DocText] = None) -> Context:
    date = parse_iso(ex.document.date)
    return Context(date=date, period=ex.document.period,
                   period_end=period_end(ex.document.period, date.year if date else None),
                   doc=doc, catalog=load_catalog())


def audit_document(ex: Extraction) -> list[Finding]:
    """All single-document findings of one extraction, in rule order."""
    doc = DocText(ex.source.pages) if ex.source.pages else None
    ctx = context_of(ex, doc)
    out = audit_references(ex.references, ctx)
    mentions = [m for m in (mention_of(r, unit=ex.document.unit) for r in ex.references)
                if m is not None]
    out += conflicting_citations(mentions, ctx.catalog)
    if doc is not None:
        out += invalid_dates(doc)
        out += references_without_number(doc, ex)
    try:
        from extractor.audit.arithmetic import check_arithmetic
    except ImportError:
        check_arithmetic = None
    if check_arithmetic is not None:
        out += check_arithmetic(ex)
    return out
