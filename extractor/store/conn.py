"""A light read connection for the query commands: the database's own driver (sqlite3,
psycopg) without SQLAlchemy, SQLModel or Alembic, so `cchc query ...` starts in a fraction
of a second. Alembic runs only when the stored schema version is not the head revision
(then `store.db.open_engine` migrates first).

`Db` runs SQL written with `:name` parameters on either database and knows the dialect,
so extractor/query.py writes each query once.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Iterable, Optional

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"


class DbError(Exception):
    """The database cannot be opened or read: an absent file, an unreachable server, a
    malformed URL, a file that is not a cchc database. `str()` is one line, Vietnamese
    first, naming what was expected."""


class Db:
    def __init__(self, raw, dialect: str, owner: Any = None) -> None:
        self.raw = raw
        self.dialect = dialect
        self._owner = owner  # keeps an SQLAlchemy pool connection alive

    def rows(self, sql: str, params: Optional[dict] = None) -> list[tuple]:
        params = params or {}
        if self.dialect != "sqlite":
            # DB-API "pyformat": :name -> %(name)s; a literal % must be doubled
            sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql.replace("%", "%%"))
        cur = self.raw.cursor()
        try:
            cur.execute(sql, params)
            return [tuple(r) for r in cur.fetchall()]
        finally:
            cur.close()

    def scalar(self, sql: str, params: Optional[dict] = None) -> Any:
        rows = self.rows(sql, params)
        return rows[0][0] if rows else None

    def text(self, column: str) -> str:
        """`column` compared byte-wise (code point order) on every database."""
        return f'{column} COLLATE "C"' if self.dialect == "postgresql" else column

    def nulls_first(self, column: str) -> str:
        """`column` ascending with NULL first on every database (SQLite's own order, so
        SQLite can walk an index on it)."""
        return f"{column} NULLS FIRST" if self.dialect == "postgresql" else column

    def close(self) -> None:
        try:
            self.raw.close()
        except Exception:  # pragma: no cover - closing never matters to the answer
            pass

    def __enter__(self) -> "Db":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def in_list(name: str, values: Iterable) -> tuple[str, dict]:
    """`:name0, :name1 ...` and their parameters, for an IN (...) list (never empty)."""
    values = list(values) or [None]
    params = {f"{name}{i}": v for i, v in enumerate(values)}
    return ", ".join(f":{k}" for k in params), params


def head_revision() -> Optional[str]:
    """The newest migration (read from the file names/headers, without Alembic)."""
    revs: dict[str, Optional[str]] = {}
    for f in VERSIONS.glob("*.py"):
        head = f.read_text(encoding="utf-8")[:4000]
        rev = re.search(r'^revision\s*=\s*["\'](\w+)["\']', head, re.M)
        down = re.search(r'^down_revision\s*=\s*(?:["\'](\w+)["\']|None)', head, re.M)
        if rev:
            revs[rev.group(1)] = down.group(1) if down else None
    heads = set(revs) - {d for d in revs.values() if d}
    return heads.pop() if len(heads) == 1 else None


def db_url(db: Optional[str] = None) -> str:
    """The URL of a `--db` argument: a URL as given, a path as an SQLite URL (default
    $CCHC_DB or ./cchc.db)."""
    db = db or os.environ.get("CCHC_DB") or "cchc.db"
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_path(db: Optional[str]) -> Optional[Path]:
    """The file of an SQLite database argument (path or sqlite:/// URL), else None."""
    db = db or os.environ.get("CCHC_DB") or "cchc.db"
    if "://" not in db:
        return Path(db).expanduser().resolve()
    if db.startswith("sqlite:///"):
        rest = db[len("sqlite:///"):].split("?", 1)[0]
        return Path(rest).expanduser().resolve() if rest and rest != ":memory:" else None
    return None


def _connect_raw(url: str, path: Optional[Path]) -> tuple[Any, str, Any]:
    if path is not None:
        import sqlite3
        raw = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=30)
        return raw, "sqlite", None
    scheme = url.split("://", 1)[0]
    if scheme in ("postgresql", "postgresql+psycopg", "postgres"):
        try:
            import psycopg
        except ImportError:
            psycopg = None
        if psycopg is not None:
            raw = psycopg.connect("postgresql://" + url.split("://", 1)[1], connect_timeout=10,
                                  autocommit=True)
            return raw, "postgresql", None
    from sqlalchemy import create_engine  # any other SQLAlchemy URL
    engine = create_engine(url)
    conn = engine.raw_connection()
    return conn, engine.dialect.name, engine


def describe(exc: BaseException) -> str:
    """One line for an exception from a driver."""
    text = " ".join(str(exc).split())
    return text[:300] or type(exc).__name__


def open_db(db: Optional[str] = None, must_exist: bool = True) -> Db:
    """A read connection to the database named like `--db` (path or URL; default
    $CCHC_DB or ./cchc.db). A missing SQLite file is refused (`must_exist`), never
    created. A stored schema older than the head revision is migrated first."""
    raw_arg = db or os.environ.get("CCHC_DB") or "cchc.db"
    try:
        url = db_url(db)
    except Exception as exc:  # noqa: BLE001 - a malformed argument
        raise DbError(f"--db không hợp lệ / invalid --db {raw_arg!r}: {describe(exc)}") from None
    path = sqlite_path(db)
    if "://" in raw_arg and path is None and not re.match(r"^[a-z][\w+.-]*://", raw_arg):
        raise DbError(f"--db không hợp lệ / invalid --db {raw_arg!r}: cần tệp SQLite hoặc "
                      "URL dạng postgresql+psycopg://user@host/db / expected an SQLite file "
                      "or a URL like postgresql+psycopg://user@host/db")
    if path is not None and must_exist and not path.is_file():
        raise DbError(f"Không có CSDL {path} (chạy `cchc ingest` trước, hoặc chỉ đúng --db) "
                      f"/ no database at {path}: run `cchc ingest` first or give --db")
    try:
        raw, dialect, owner = _connect_raw(url, path)
        d = Db(raw, dialect, owner)
        version = _stored_version(d)
    except DbError:
        raise
    except Exception as exc:  # noqa: BLE001 - driver errors: unreachable, refused, bad URL
        raise DbError(f"Không mở được CSDL / cannot open the database {safe_url(url)}: "
                      f"{describe(exc)}") from None
    if version != head_revision():
        d.close()
        try:
            from extractor.store.db import open_engine
            open_engine(db).dispose()  # migrate (or create the schema of an empty file)
            raw, dialect, owner = _connect_raw(url, path)
        except Exception as exc:  # noqa: BLE001
            raise DbError(f"Không nâng cấp được lược đồ CSDL / cannot migrate the database "
                          f"{safe_url(url)}: {describe(exc)}") from None
        d = Db(raw, dialect, owner)
    return d


def _stored_version(d: Db) -> Optional[str]:
    try:
        return d.scalar("SELECT version_num FROM alembic_version")
    except Exception:  # noqa: BLE001 - no table yet
        if d.dialect == "sqlite":
            tables = d.rows("SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables:
                raise DbError("Tệp không phải CSDL cchc / not a cchc database (no "
                              "alembic_version table)") from None
        return None


def safe_url(url: str) -> str:
    """The URL with its password masked, for messages."""
    return re.sub(r"//([^:/@]+):[^@/]*@", r"//\1:***@", url)
