"""One fact schema: every field of every fact dataclass (extractor/model.py) has a
column in the store, or is listed here with where it lives instead. A field added to a
fact without a column — or a gap closed without updating this list — fails."""
from dataclasses import fields

from extractor import model
from extractor.store import models as t

# fact -> (table, fields kept elsewhere: field -> where)
STORED_AS = {
    model.DocumentMeta: (t.Document, {
        "unit": "unit_id -> unit table",
        "recipients": "extract_json", "issuer_path": "extract_json",
        "evidence": "extract_json"}),
    model.Unit: (t.Unit, {}),
    model.Reference: (t.Citation, {
        "key": "cited_id -> cited_document.key", "ordinal": "cited_document.ordinal",
        "year": "cited_document.year", "symbol": "cited_document.symbol",
        "date_span": "internal, not in the contract",
        "date_text": "extract_json", "issuer_inferred": "extract_json"}),
    model.Law: (t.LawMention, {"date": "extract_json"}),
    model.Score: (t.Score, {}),
    model.DossierStat: (t.DossierStat, {"evidence": "extract_json",
                                        "claims_total": "extract_json"}),
    model.Task: (t.TaskStat, {"rate": "extract_json"}),
    model.Finding: (t.Finding, {"doc_sha256": "document_id"}),
}

# gaps the redesign issue lists that are still open (remove a line when its column lands)
KNOWN_GAPS = {
    (model.Score, "index_name"), (model.Score, "change"), (model.Score, "target"),
    (model.Score, "rank_change"),
}


def _columns(table) -> set[str]:
    return set(table.__table__.columns.keys())


def test_every_fact_field_has_a_column_or_a_stated_home():
    missing = set()
    for fact, (table, elsewhere) in STORED_AS.items():
        cols = _columns(table)
        for f in fields(fact):
            if f.name not in cols and f.name not in elsewhere:
                missing.add((fact, f.name))
    assert sorted((c.__name__, n) for c, n in missing - KNOWN_GAPS) == []
    closed = KNOWN_GAPS - missing
    assert sorted((c.__name__, n) for c, n in closed) == [], "gap closed: remove it from KNOWN_GAPS"


KNOWN_TABLE_GAPS = {model.Ratio}  # ratios have no table yet


def test_every_kind_of_fact_has_a_table():
    """Every dataclass of extractor/model.py that carries evidence (page, start, end) is
    a fact and needs a table."""
    import dataclasses
    import inspect
    facts = {c for _, c in inspect.getmembers(model, inspect.isclass)
             if dataclasses.is_dataclass(c) and c.__module__ == model.__name__
             and {"page", "start", "end"} <= {f.name for f in fields(c)} and c is not model.Span}
    assert facts - set(STORED_AS) == KNOWN_TABLE_GAPS
