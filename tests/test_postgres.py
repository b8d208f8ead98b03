"""The same ingest and queries on PostgreSQL (any SQLAlchemy URL works with --db).

Runs when CCHC_TEST_PG_URL names an empty scratch database, e.g.
postgresql+psycopg://cchc:cchc@127.0.0.1/cchc (needs `pip install -e '.[pg]'`)."""
import os

import pytest

from conftest import SEEDS

URL = os.environ.get("CCHC_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="CCHC_TEST_PG_URL not set")


def test_ingest_and_queries_on_postgresql():
    from sqlmodel import SQLModel

    from extractor import query
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    engine = open_engine(URL)
    with engine.begin() as conn:  # start from an empty schema
        SQLModel.metadata.drop_all(conn)
        conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
    engine = open_engine(URL)
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert ingest(engine, files).new == 5
    assert ingest(engine, files).unchanged == 5
    units = {r["unit"] for r in query.cited_by(engine, "61/2018/NĐ-CP")}
    assert units == {"phường Trần Phú", "thành phố Nha Trang", "xã Tóc Tiên"}
    assert {d["number"] for d in query.docs(engine, text="khánh hoà")} == {"2286/BC-UBND"}
    assert any(r["value"] == 76.824 for r in query.scores(engine, "xã Tóc Tiên"))
    assert query.findings(engine, rule="number-year-vs-date")
