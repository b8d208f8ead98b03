"""Single-document audit: every rule that needs only one extraction (its references,
its figures) and the national catalog; the two checks that must read the text itself
are in text_checks.py. Called by the orchestrator (extractor/stages.py)."""
from __future__ import annotations

from typing import Optional


from extractor.audit.archive import conflicting_citations, mention_of
from extractor.audit.references import Context, audit_references
from extractor.audit.text_checks import invalid_dates, references_without_number
from extractor.model import Extraction, Finding
from extractor.normalize import DocText
from extractor.grammar.dates import parse_iso
from extractor.grammar.periods import period_end  # the one period grammar (re-exported here)
from extractor.resolve.catalog import load_catalog

# --------------------------------------------------------------------------- entry point
def context_of(ex: Extraction, doc: Optional[DocText] = None) -> Context:
    date = parse_iso(ex.document.date)
    return Context(date=date, period=ex.document.period,
                   period_end=period_end(ex.document.period, date.year if date else None),
                   doc=doc, catalog=load_catalog(), own_number=ex.document.number)


def audit_document(ex: Extraction, doc: Optional[DocText] = None) -> list[Finding]:
    """All single-document findings of one extraction, in rule order. `doc`: the
    DocText of ex.source.pages the stages read (built here when not given)."""
    if not ex.source.pages:
        doc = None
    elif doc is None or doc.pages is not ex.source.pages:
        doc = DocText(ex.source.pages)
    ctx = context_of(ex, doc)
    out = audit_references(ex.references, ctx)
    mentions = [m for m in (mention_of(r, unit=ex.document.unit) for r in ex.references)
                if m is not None]
    out += conflicting_citations(mentions, ctx.catalog)
    if doc is not None:
        out += invalid_dates(doc)
        out += references_without_number(doc, ex)
    from extractor.audit.arithmetic import check_arithmetic
    out += check_arithmetic(ex)
    return out
