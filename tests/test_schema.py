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
        "evidence": "document_evidence table (one row per field)"}),
    model.Unit: (t.Unit, {}),
    model.Reference: (t.Citation, {
        "key": "cited_id -> cited_document.key",
        "date_span": "internal, not in the contract"}),
    model.Law: (t.LawMention, {}),
    model.Score: (t.Score, {"scope_unit": "unit_id"}),
    model.DossierStat: (t.DossierStat, {"evidence": "internal, not in the contract "
                                                    "(findings keep their own evidence)",
                                        "scope_unit": "unit_id",
                                        "table": "internal, not in the contract (the audit "
                                                 "sums a table's rows)",
                                        "total_row": "internal, not in the contract"}),
    model.Task: (t.TaskStat, {}),
    model.Ratio: (t.RatioStat, {}),
    model.Finding: (t.Finding, {"doc_sha256": "document_id"}),
}

# gaps the redesign issue lists that are still open (remove a line when its column lands)
KNOWN_GAPS: set = set()  # score index_name/change/target/rank_change got columns (migration 0006)


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


KNOWN_TABLE_GAPS: set = set()  # ratios got their table (migration 0010)


def test_every_kind_of_fact_has_a_table():
    """Every dataclass of extractor/model.py that carries evidence (page, start, end) is
    a fact and needs a table."""
    import dataclasses
    import inspect
    facts = {c for _, c in inspect.getmembers(model, inspect.isclass)
             if dataclasses.is_dataclass(c) and c.__module__ == model.__name__
             and {"page", "start", "end"} <= {f.name for f in fields(c)} and c is not model.Span}
    assert facts - set(STORED_AS) == KNOWN_TABLE_GAPS


def test_the_migrations_build_exactly_the_tables_and_columns_of_the_models(tmp_path):
    # a column added to store/models.py without its migration (or the reverse) is caught
    # here; page_fts* are the full-text tables the migrations own alone
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from extractor.store.db import open_engine
    engine = open_engine(str(tmp_path / "m.db"))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    flat = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("page_fts"))]
    assert flat == []
