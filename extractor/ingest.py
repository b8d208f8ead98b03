"""Ingest files or folders into the database: idempotent (same sha256 -> unchanged),
changed file -> replaced in one transaction, each document written atomically, bad
input recorded with a one-line reason while the batch goes on."""
from __future__ import annotations

import hashlib
import os
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from extractor.model import Extraction, LoadError
from extractor.store import models as t
from extractor.store.write import delete_document, record_failure, store_extraction

# Extensions taken when walking a folder; a file named explicitly is always tried.
REPORT_EXTENSIONS = {".pdf", ".txt", ".docx", ".html", ".htm", ".xhtml", ".text"}


@dataclass
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    pages: int = 0
    seconds: float = 0.0
    ignored: list[str] = field(default_factory=list)  # folder files of other kinds
    failures: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)


def iter_files(paths: Iterable[str]) -> Iterator[tuple[Path, bool]]:
    """Yield (file, taken); folders are walked recursively in a stable order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    f = Path(root) / name
                    yield f, f.suffix.lower() in REPORT_EXTENSIONS
        else:
            yield p, True


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _work(path: str) -> tuple[str, Optional[Extraction], Optional[str]]:
    """Load and extract one file; never raises (a worker must not kill the batch)."""
    from extractor.stages import extract_path
    try:
        return path, extract_path(path), None
    except LoadError as exc:
        return path, None, " ".join(str(exc).split())
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return path, None, (f"lỗi nội bộ khi trích xuất / internal extraction error: "
                            f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")


def ingest(engine: Engine, paths: Iterable[str], jobs: int = 1,
           progress: Optional[Callable[[str, str], None]] = None) -> IngestSummary:
    """Ingest; `progress(path, outcome)` is called once per file taken."""
    t0 = time.perf_counter()
    summary = IngestSummary()
    todo: list[tuple[str, str, int, Optional[int]]] = []  # path, sha, size, old ok doc id
    with Session(engine) as session:
        for f, taken in iter_files(paths):
            if not taken:
                summary.ignored.append(str(f))
                continue
            path = str(f)
            try:
                sha = sha256_file(f)
                size = f.stat().st_size
            except OSError as exc:
                reason = f"không đọc được tệp / cannot read file: {exc.strerror or exc}"
                summary.failed += 1
                summary.failures.append((path, reason))
                if progress:
                    progress(path, "failed")
                continue
            same = session.exec(select(t.Document).where(t.Document.sha256 == sha)).first()
            if same is not None and same.status == "ok":
                summary.unchanged += 1
                if progress:
                    progress(path, "unchanged")
                continue
            old = session.exec(select(t.Document).where(
                t.Document.path == path, t.Document.status == "ok")).first()
            todo.append((path, sha, size, old.id if old else None))
    by_path = {p: (sha, size, old) for p, sha, size, old in todo}

    def results():
        if jobs > 1 and len(todo) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                yield from pool.map(_work, [p for p, *_ in todo])
        else:
            for p, *_ in todo:
                yield _work(p)

    for path, ex, reason in results():
        sha, size, old_id = by_path[path]
        try:
            outcome = _store(engine, path, sha, size, old_id, ex, reason)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
            # the transaction was rolled back: record the document as failed instead
            ex, reason = None, (f"lỗi nội bộ khi lưu / internal storage error: "
                                f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
            outcome = _store(engine, path, sha, size, old_id, None, reason)
        if ex is None:
            summary.failed += 1
            summary.failures.append((path, reason or ""))
        else:
            summary.pages += len(ex.source.pages)
            setattr(summary, outcome, getattr(summary, outcome) + 1)
        if progress:
            progress(path, outcome)
    if todo:
        refresh_archive_findings(engine)
    summary.seconds = time.perf_counter() - t0
    return summary


def _store(engine: Engine, path: str, sha: str, size: int, old_id: Optional[int],
           ex: Optional[Extraction], reason: Optional[str]) -> str:
    """One document's outcome in one transaction; returns new|replaced|failed."""
    with Session(engine) as session, session.begin():
        stale = session.exec(select(t.Document).where(t.Document.sha256 == sha)).first()
        if stale is not None:  # an earlier failure of these bytes: retried now
            delete_document(session, stale.id)
        if ex is None:
            record_failure(session, path, sha, reason or "không rõ / unknown", size)
            return "failed"
        if old_id is not None:
            delete_document(session, old_id)
        ex.source.sha256 = sha
        store_extraction(session, ex, size=size)
        return "replaced" if old_id is not None else "new"


def refresh_archive_findings(engine: Engine) -> int:
    """Recompute cross-document findings over the whole archive (they change as
    documents are added). Returns how many were stored."""
    from extractor.store.archive import recompute
    return recompute(engine)
