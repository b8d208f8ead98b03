"""Distributed ingest on a real PostgreSQL (skipped only when CCHC_TEST_PG_URL is unset;
CI sets it): files queued with `cchc ingest --queue`, two `cchc worker` processes, one
killed with SIGKILL in the middle of a job — every document is stored exactly once and
the counts equal those of a plain ingest of the same files."""
import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import text

from conftest import CORPORA, ROOT

URL = os.environ.get("CCHC_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not URL, reason="CCHC_TEST_PG_URL not set")
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "OMP_THREAD_LIMIT": "1", "CCHC_OCR_JOBS": "1"}


def cchc(*args, **kw):
    return subprocess.run([sys.executable, "-m", "extractor", *args], env=ENV, cwd=ROOT,
                          capture_output=True, text=True, **kw)


def reset(url):
    from extractor.store.db import open_engine
    engine = open_engine(url, migrate=False)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


def counts(engine):
    with engine.connect() as c:
        q = lambda sql: c.execute(text(sql)).scalar()  # noqa: E731
        return {"ok": q("select count(*) from document where status = 'ok'"),
                "failed": q("select count(*) from document where status = 'failed'"),
                "distinct sha": q("select count(distinct sha256) from document"),
                "distinct path": q("select count(distinct path) from document"),
                "rows": q("select count(*) from document"),
                "citations": q("select count(*) from citation"),
                "pages": q("select count(*) from page"),
                "findings": q("select count(*) from finding"),
                "archive findings": q("select count(*) from finding where scope = 'archive'"),
                "dirty": q("select count(*) from archive_dirty")}


def _sql(url, sql):
    import psycopg

    from extractor.queue import libpq_url
    with psycopg.connect(libpq_url(url)) as conn:
        return conn.execute(sql).fetchone()[0]


def _done(url):
    return _sql(url, "select count(*) from procrastinate_jobs where status = 'succeeded'")


def _attempts_over_one(url):
    return _sql(url, "select count(*) from procrastinate_jobs where attempts > 1")


def _doing(url):
    import psycopg

    from extractor.queue import libpq_url
    with psycopg.connect(libpq_url(url)) as conn:
        return conn.execute("select count(*) from procrastinate_jobs where status = 'doing'"
                            ).fetchone()[0]


def test_two_workers_one_killed_mid_job_store_every_document_once(tmp_path):
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    plain = open_engine(str(tmp_path / "plain.db"))
    files = [str(CORPORA / "seeds"), str(CORPORA / "formats"), str(CORPORA / "unseen")]
    ingest(plain, files)
    expected = counts(plain)

    reset(URL)
    queued = cchc("ingest", "--queue", *files, "--db", URL)
    assert queued.returncode == 0, queued.stderr
    assert f"queued {expected['rows']}" in queued.stdout.replace("/queued", " queued")

    args = ["worker", "--db", URL, "--until-done", "--stalled-after", "3"]
    a, b = (subprocess.Popen([sys.executable, "-m", "extractor", *args], env=ENV, cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(2))
    deadline = time.time() + 600
    while _done(URL) < 6 and time.time() < deadline:  # both busy, mid-run
        time.sleep(0.05)
    while _doing(URL) < 2 and time.time() < deadline:  # both in the middle of a job
        time.sleep(0.01)
    os.kill(a.pid, signal.SIGKILL)
    a.wait()
    assert a.returncode == -signal.SIGKILL
    assert b.wait(timeout=900) == 0
    assert _attempts_over_one(URL) >= 1  # the killed worker's job was run again

    status = cchc("status", "--db", URL, "--format", "json")
    import json
    assert json.loads(status.stdout) == [{"queued": 0, "running": 0, "done": expected["rows"],
                                          "failed": 0}]
    got = counts(open_engine(URL))
    assert got == expected
    assert got["rows"] == got["distinct sha"] == got["distinct path"]


def test_a_file_the_worker_cannot_read_fails_its_job_with_the_reason(tmp_path):
    reset(URL)
    gone = tmp_path / "gone.txt"
    gone.write_text("Báo cáo.", encoding="utf-8")
    assert cchc("ingest", "--queue", str(gone), "--db", URL).returncode == 0
    gone.unlink()
    worker = cchc("worker", "--db", URL, "--until-done", timeout=300)
    assert worker.returncode == 0
    status = cchc("status", "--db", URL)
    assert "Lỗi" in status.stdout and str(gone) in status.stderr.replace("\n", "")
    counts = json.loads(cchc("status", "--db", URL, "--format", "json").stdout)[0]
    assert (counts["failed"], counts["done"]) == (1, 0)
    assert "cannot read file" in worker.stderr + worker.stdout
