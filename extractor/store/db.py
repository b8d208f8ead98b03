"""Engine creation and schema migration. SQLite by default (`./cchc.db` or $CCHC_DB);
any SQLAlchemy URL with `--db`. The schema is always brought to Alembic head.

Every transaction is a real one, DDL included: pysqlite by default neither begins a
transaction before CREATE/ALTER nor lets SQLite see the BEGIN SQLAlchemy thinks it sent,
so a kill during first-time schema creation left half a schema ("table cited_document
already exists" for ever after). Here the driver's own transaction handling is switched
off and SQLAlchemy's begin emits BEGIN itself (the recipe of SQLAlchemy's pysqlite
documentation), so the whole migration lands or nothing does.

Write transactions (`write_transaction`) begin with BEGIN IMMEDIATE: the write lock is
taken up front, so two processes never both read, then both try to upgrade to a write
lock (which SQLite answers with an immediate "database is locked"). While another
process holds the lock the write is retried, with one clear message, until the busy
timeout passes; then `DatabaseBusy` is raised (never a driver traceback)."""
from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

from sqlalchemy import event, exc as sa_exc
from sqlalchemy.engine import Connection, Engine
from sqlmodel import create_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

BUSY_TIMEOUT = 60.0  # seconds a write waits for another process's lock (settable)
_SQLITE_WAIT = 1.0  # the driver's own wait per attempt; the retry loop does the rest


class StoreError(Exception):
    """A database this run cannot use; str() is one line, Vietnamese first."""


class SchemaVersionError(StoreError):
    pass


class DatabaseBusy(StoreError):
    pass


def db_url(db: str | None = None) -> str:
    db = db or os.environ.get("CCHC_DB") or "cchc.db"
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_connect(dbapi_conn, _record) -> None:  # pragma: no cover - trivial
    dbapi_conn.isolation_level = None  # SQLAlchemy's begin event sends BEGIN itself
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    try:
        cur.execute("PRAGMA journal_mode=WAL")
    except Exception:  # another process is switching it right now: it will be WAL
        pass
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:  # pragma: no cover - trivial
    immediate = conn.get_execution_options().get("cchc_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def alembic_config(url: str):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _is_busy(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, sa_exc.OperationalError) and (
        "database is locked" in text or "database is busy" in text
        or "database table is locked" in text)


def busy_message(timeout: float) -> str:
    return (f"CSDL đang bị tiến trình khác khóa, đang chờ (tối đa {timeout:g} s) / database "
            f"locked by another process, waiting (up to {timeout:g} s)")


def busy_error(timeout: float) -> DatabaseBusy:
    return DatabaseBusy(f"CSDL bị tiến trình khác khóa quá {timeout:g} s, dừng lại (chạy lại "
                        f"sau để tiếp tục) / database locked by another process for more than "
                        f"{timeout:g} s, stopped (run again later to resume)")


@contextmanager
def write_transaction(engine: Engine, busy_timeout: Optional[float] = None,
                      notify: Optional[Callable[[str], None]] = None) -> Iterator[Connection]:
    """One write transaction (BEGIN IMMEDIATE on SQLite) that lands whole or not at all.
    Waits for another process's write lock up to `busy_timeout` seconds, calling
    `notify` once with a message; then raises DatabaseBusy."""
    timeout = BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    eng = engine.execution_options(cchc_write=True)
    t0 = time.monotonic()
    told = False
    while True:
        conn = eng.connect()
        try:
            trans = conn.begin()
        except sa_exc.OperationalError as exc:
            conn.close()
            if not _is_busy(exc):
                raise
            if time.monotonic() - t0 >= timeout:
                raise busy_error(timeout) from None
            if not told and notify is not None:
                notify(busy_message(timeout))
            told = True
            time.sleep(0.05)
            continue
        break
    try:
        yield conn
        trans.commit()
    except BaseException as exc:
        try:
            trans.rollback()
        except Exception:
            pass
        conn.close()
        if _is_busy(exc):  # a statement met a lock after all (e.g. another driver)
            raise busy_error(timeout) from None
        raise
    conn.close()


def upgrade(engine: Engine, busy_timeout: Optional[float] = None,
            notify: Optional[Callable[[str], None]] = None) -> None:
    """Bring the schema to head in ONE transaction (the version check included), or
    raise SchemaVersionError for a version row this program does not know."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    cfg = alembic_config(str(engine.url.render_as_string(hide_password=False)))
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()

    def current(conn) -> tuple:
        tables = set(inspect(conn).get_table_names())
        heads = MigrationContext.configure(conn).get_current_heads() \
            if "alembic_version" in tables else ()
        if heads == (head,):
            return heads
        if not heads and "document" in tables:
            raise SchemaVersionError(
                "CSDL có bảng của cchc nhưng thiếu dòng phiên bản lược đồ (alembic_version) "
                "/ database has cchc tables but no schema version row (alembic_version)")
        for rev in heads:
            try:
                known = script.get_revision(rev)
            except Exception:
                known = None
            if known is None:
                raise SchemaVersionError(
                    f"CSDL có phiên bản lược đồ {rev!r} mà chương trình này không biết (do "
                    f"phiên bản mới hơn tạo, hoặc bị sửa) / database schema version {rev!r} "
                    f"is unknown to this program (made by a newer version, or altered); "
                    f"expected {head!r} or older")
        if len(heads) > 1:
            raise SchemaVersionError(
                f"CSDL có nhiều phiên bản lược đồ {list(heads)} / database has several schema "
                f"versions {list(heads)}; expected one")
        return heads

    with engine.connect() as conn:  # the usual case, read only: already at head
        if current(conn) == (head,):
            return
    with write_transaction(engine, busy_timeout, notify) as conn:
        if current(conn) == (head,):  # another process migrated it meanwhile
            return
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def open_engine(db: str | None = None, migrate: bool = True,
                busy_timeout: Optional[float] = None,
                notify: Optional[Callable[[str], None]] = None) -> Engine:
    url = db_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": _SQLITE_WAIT})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        engine = create_engine(url)
    if migrate:
        upgrade(engine, busy_timeout, notify)
    return engine

