"""Distributed ingest: a durable job queue in PostgreSQL (procrastinate).

`cchc ingest --queue PATH... --db postgresql+psycopg://...` puts one job per file (its
absolute path, which every worker must be able to read) into the queue;
`cchc worker --db URL` on any number of machines takes jobs and runs each file through
plain ingest (extractor.ingest.ingest) — the same store path, so a file whose sha256
is stored is "unchanged", each document is written atomically, bad files are recorded
with their reason. Jobs of files with the same bytes share a procrastinate lock, so
they never run at once. A worker killed mid-job leaves its job "doing"; once that
worker's heartbeat is older than `stalled_after` seconds, any worker puts the job back
in the queue, and running it again stores the document once (idempotent on sha256).
`cchc status` counts queued / running / done / failed jobs."""
from __future__ import annotations

import os
import time
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

QUEUE = "cchc-ingest"
STALLED_AFTER = 30.0  # seconds without a heartbeat before a worker counts as dead
HEARTBEAT = 5.0


def libpq_url(db: str) -> str:
    """postgresql+psycopg://u@h/db -> postgresql://u@h/db (what psycopg takes)."""
    if not db.startswith(("postgresql", "postgres")):
        raise ValueError("hàng đợi cần PostgreSQL / the queue needs a PostgreSQL --db URL "
                         "(postgresql+psycopg://user@host/db)")
    scheme, rest = db.split("://", 1)
    return "postgresql://" + rest


@lru_cache(maxsize=4)
def make_app(db: str):
    import procrastinate

    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=libpq_url(db)))

    @app.task(name="cchc.ingest_file", queue=QUEUE, pass_context=False)
    def ingest_file(path: str) -> dict:
        return run_job(db, path)

    app.ingest_file = ingest_file  # type: ignore[attr-defined]
    return app


def ensure_schema(app) -> None:
    """Create procrastinate's tables once (idempotent)."""
    import psycopg
    with psycopg.connect(app.connector._pool_args["conninfo"], autocommit=True) as conn:
        conn.execute("SELECT pg_advisory_lock(50099)")  # two first workers at once
        try:
            if conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0] is None:
                with app.open():
                    app.schema_manager.apply_schema()
        finally:
            conn.execute("SELECT pg_advisory_unlock(50099)")


_ENGINES: dict = {}


def run_job(db: str, path: str) -> dict:
    """One job: plain ingest of one file. A file that cannot be read (gone, no
    permission on this machine) fails the job with the reason."""
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    engine = _ENGINES.get(db)
    if engine is None:
        engine = _ENGINES[db] = open_engine(db)
    try:  # shared paths: a file this machine cannot open fails the job, so status shows it
        with open(path, "rb"):
            readable = True
    except OSError:
        readable = False
    summary = ingest(engine, [path])  # records the failure (query failures) either way
    if summary.failures and not (summary.new or summary.replaced or summary.unchanged):
        reason = summary.failures[0][1]
        if not readable or not _recorded(engine, path):
            raise JobFailed(f"{path}: {reason}")
    return {"new": summary.new, "unchanged": summary.unchanged,
            "replaced": summary.replaced, "failed": summary.failed}


class JobFailed(Exception):
    pass


def _recorded(engine, path: str) -> bool:
    from sqlmodel import Session, select

    from extractor.store import models as t
    with Session(engine) as s:
        return s.exec(select(t.Document.id).where(t.Document.path == path)).first() is not None


def enqueue(db: str, paths: Iterable[str]) -> tuple[int, list[tuple[str, str]]]:
    """Queue one job per report file under `paths`; returns (queued, [(path, reason)])."""
    from extractor.ingest import iter_files, sha256_file
    from extractor.store.db import open_engine
    open_engine(db).dispose()  # our schema exists before any worker starts
    app = make_app(db)
    queued, failures = 0, []
    ensure_schema(app)
    with app.open():
        for f, taken in iter_files(paths):
            if not taken:
                continue
            path = str(Path(f).resolve())
            try:
                sha = sha256_file(Path(path))
            except OSError as exc:
                failures.append((path, f"không đọc được tệp / cannot read file: "
                                       f"{exc.strerror or exc}"))
                continue
            app.ingest_file.configure(lock=f"sha256:{sha}").defer(path=path)
            queued += 1
    return queued, failures


def retry_stalled(app, stalled_after: float) -> int:
    """Put the jobs of dead workers (no heartbeat for `stalled_after` s) back in the queue."""
    import asyncio
    import datetime as dt

    async def go() -> int:
        jobs = await app.job_manager.get_stalled_jobs(queue=QUEUE,
                                                      seconds_since_heartbeat=stalled_after)
        n = 0
        for job in jobs:
            await app.job_manager.retry_job(job, retry_at=dt.datetime.now(dt.timezone.utc))
            n += 1
        return n

    async def main() -> int:
        async with app.open_async():
            return await go()
    return asyncio.run(main())


def counts(db: str) -> dict[str, int]:
    """queued / running / done / failed jobs of the ingest queue."""
    import psycopg
    names = {"todo": "queued", "doing": "running", "succeeded": "done", "failed": "failed",
             "cancelled": "failed", "aborted": "failed"}
    out = {"queued": 0, "running": 0, "done": 0, "failed": 0}
    with psycopg.connect(libpq_url(db)) as conn:
        if conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0] is None:
            return out
        for status, n in conn.execute("SELECT status::text, count(*) FROM procrastinate_jobs "
                                      "WHERE queue_name = %s GROUP BY 1", (QUEUE,)):
            out[names.get(status, status)] = out.get(names.get(status, status), 0) + n
    return out


def failed_jobs(db: str) -> list[str]:
    import psycopg
    with psycopg.connect(libpq_url(db)) as conn:
        if conn.execute("SELECT to_regclass('procrastinate_jobs')").fetchone()[0] is None:
            return []
        return [r[0] for r in conn.execute(
            "SELECT args->>'path' FROM procrastinate_jobs WHERE queue_name = %s AND "
            "status::text = 'failed' ORDER BY id", (QUEUE,))]


def work(db: str, until_done: bool = False, stalled_after: float = STALLED_AFTER,
         name: Optional[str] = None) -> None:
    """Take jobs until stopped (SIGINT/SIGTERM), or with `until_done` until no job is
    queued or running. Jobs of dead workers are put back every round."""
    app = make_app(db)
    ensure_schema(app)
    name = name or f"{os.uname().nodename}-{os.getpid()}"
    while True:
        retry_stalled(app, stalled_after)
        app.run_worker(queues=[QUEUE], wait=False, name=name, listen_notify=False,
                       update_heartbeat_interval=min(HEARTBEAT, stalled_after / 3),
                       stalled_worker_timeout=stalled_after, install_signal_handlers=True,
                       fetch_job_polling_interval=1.0)
        c = counts(db)
        if until_done and not c["queued"] and not c["running"]:
            return
        time.sleep(1.0)
