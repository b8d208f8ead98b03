"""The web pages on PostgreSQL: the same app over a PostgreSQL store.

Runs when CCHC_TEST_PG_URL names a scratch database (.ci/run starts one when it can);
skipped otherwise, like tests/test_postgres.py."""
import os

import pytest

from conftest import SEEDS

URL = os.environ.get("CCHC_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="CCHC_TEST_PG_URL not set")


def test_every_page_answers_on_postgresql():
    from sqlmodel import Session, select

    from extractor.ingest import ingest
    from extractor.store import models as t
    from extractor.store.db import open_engine
    from extractor.web.app import call, create_app
    from conftest import pg_scratch_url
    # a schema of its own: dropping the models' tables left the migrations' own tables
    # (page_fts) behind, and the next schema creation failed on them
    engine = open_engine(pg_scratch_url())
    assert ingest(engine, sorted(str(p) for p in SEEDS.glob("*.txt"))).new == 5
    app = create_app(engine)
    with Session(engine) as s:
        doc = s.exec(select(t.Document.id).where(t.Document.number == "2286/BC-UBND")).one()
        unit = s.exec(select(t.Unit.id).where(t.Unit.name == "phường Trần Phú")).one()
    for path, text in (("/", "Tổng quan"), ("/search?q=khánh+hoà", "2286/BC-UBND"),
                       (f"/doc/{doc}", "43/2006/NĐ-CP đã được thay thế"),
                       (f"/unit/{unit}", "phường Lê Thanh Nghị"),
                       ("/audit?severity=error", "phát hiện"), ("/units", "xã Tóc Tiên")):
        status, _, body = call(app, path)
        assert status == 200 and text in body.decode("utf-8"), path
    status, headers, _ = call(app, "/cited?number=61/2018/NĐ-CP")
    assert status == 303
    status, _, body = call(app, headers["Location"])
    assert status == 200 and "xã Tóc Tiên" in body.decode("utf-8")
    status, _, body = call(app, f"/unit/{unit}?format=xlsx")
    assert status == 200 and body[:2] == b"PK"
