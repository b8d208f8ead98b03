"""Ingest files or folders into the database: idempotent (same sha256, same extractor
version -> unchanged), changed file -> replaced in one transaction, each document written
atomically, bad input recorded with a one-line reason while the batch goes on.

Each file is loaded and extracted in a worker process with a time limit and a memory
limit (RLIMIT_AS in the child): a worker over a limit is killed or dies, the file is a
recorded failure with its reason and a fresh worker takes the next file. Work in flight
is bounded (one file per worker; folders are walked and hashed lazily), so memory stays
flat however many files there are. A worker also prepares what storing computes from the
extraction alone (page search words, archive mentions: store.write.prepare), so
the main process only writes, one transaction per document, through SQLAlchemy Core with
units and cited documents cached (store/write.py).
The check for an existing copy happens inside that write transaction, so concurrent runs
over the same files store each document once (the other run reports it unchanged)."""
from __future__ import annotations

import hashlib
import os
import signal
import stat
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from sqlalchemy import bindparam, delete, select
from sqlalchemy.engine import Engine

from extractor.faults import kill_point
from extractor.model import Extraction, LoadError
from extractor.store import models as t
from extractor.store.db import DatabaseBusy, write_transaction
from extractor.store.write import (EXTRACTION_VERSION, Prepared, Writer, delete_document,
                                   record_failure, store_extraction, walk_key)

# Extensions taken when walking a folder; a file named explicitly is always tried.
REPORT_EXTENSIONS = {".pdf", ".txt", ".docx", ".html", ".htm", ".xhtml", ".text"}

TIMEOUT = 300.0  # seconds per file
MAX_MEMORY_MB = 2048  # address space of a worker
D = t.Document.__table__


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
    stopped: Optional[str] = None  # why the batch stopped early (database busy)


# ---------------------------------------------------------------- walking

@dataclass
class Entry:
    path: str
    taken: bool = True
    error: Optional[str] = None  # could not be walked or read: the one-line reason


def _oserror(exc: OSError) -> str:
    import errno
    if exc.errno == errno.ELOOP:
        return "vòng lặp liên kết tượng trưng / symlink loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "không có quyền đọc / permission denied"
    if exc.errno == errno.ENOENT:
        return "không tìm thấy (liên kết hỏng?) / not found (broken link?)"
    return f"không đọc được / cannot read: {exc.strerror or exc}"


def walk(paths: Iterable[str]) -> Iterator[Entry]:
    """Every file under `paths` in a stable order; folders recursively, following
    symbolic links to folders once (a link back into a folder already being walked is
    a recorded symlink loop). Anything that cannot be walked is yielded with its error,
    never skipped silently."""
    for raw in paths:
        p = Path(raw)
        try:
            is_dir = p.is_dir()
        except OSError as exc:
            yield Entry(str(p), error=_oserror(exc))
            continue
        if is_dir:
            yield from _walk_dir(p, set())
        else:
            yield Entry(str(p))


def _walk_dir(folder: Path, ancestors: set) -> Iterator[Entry]:
    try:
        st = folder.stat()
    except OSError as exc:
        yield Entry(str(folder), error=_oserror(exc))
        return
    key = (st.st_dev, st.st_ino)
    if key in ancestors:
        yield Entry(str(folder), error="vòng lặp liên kết tượng trưng / symlink loop")
        return
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Entry(str(folder), error="không đọc được thư mục / cannot read folder: "
                    + _oserror(exc))
        return
    inside = ancestors | {key}
    files, dirs = [], []
    for e in entries:
        try:
            (dirs if e.is_dir() else files).append(e)  # follows links
        except OSError as exc:
            files.append(e)
    for e in files:
        path = e.path
        try:
            mode = os.stat(path).st_mode
        except OSError as exc:
            yield Entry(path, error=_oserror(exc))
            continue
        taken = os.path.splitext(e.name)[1].lower() in REPORT_EXTENSIONS
        if taken and not stat.S_ISREG(mode):
            yield Entry(path, error="không phải tệp thường (thiết bị, FIFO, socket) / not a "
                                    "regular file (device, FIFO, socket)")
            continue
        yield Entry(path, taken=taken)
    for e in dirs:
        yield from _walk_dir(Path(e.path), inside)


def iter_files(paths: Iterable[str]) -> Iterator[tuple[Path, bool]]:
    """(file, taken) for every file walked; errors count as taken (they are recorded)."""
    for e in walk(paths):
        yield Path(e.path), e.taken


def printable(path: str) -> str:
    """A path for one line of terminal output: control characters (a tab, a newline
    in a file name) escaped as Python writes them, everything else as it is."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in path)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


# ---------------------------------------------------------------- workers

def timeout_reason(seconds: float) -> str:
    return f"quá thời gian xử lý ({seconds:g} s) / timed out ({seconds:g} s)"


def memory_reason(mb: int) -> str:
    return (f"vượt giới hạn bộ nhớ ({mb} MB) / over the memory limit ({mb} MB)")


def _work(path: str, max_memory_mb: int = 0) -> tuple[str, Optional[tuple[Extraction, Prepared]],
                                                       Optional[str]]:
    """Load and extract one file; never raises (a worker must not kill the batch). The
    extraction comes with what storing it computes from it alone (store.write.prepare),
    so the writing process only writes."""
    from extractor.load import OUT_OF_MEMORY
    from extractor.stages import extract_path
    from extractor.store.write import prepare
    try:
        ex = extract_path(path)
        return path, (ex, prepare(ex)), None
    except LoadError as exc:
        reason = " ".join(str(exc).split())
        if reason == OUT_OF_MEMORY and max_memory_mb:
            reason = memory_reason(max_memory_mb)
        return path, None, reason
    except MemoryError:
        return path, None, memory_reason(max_memory_mb) if max_memory_mb else OUT_OF_MEMORY
    except RecursionError:
        return path, None, ("cấu trúc lồng nhau quá sâu / nesting too deep "
                            "(RecursionError)")
    except Exception as exc:  # noqa: BLE001 - one bad file must not stop the batch
        return path, None, (f"lỗi nội bộ khi trích xuất / internal extraction error: "
                            f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")


def _die_with_parent(parent_pid: int) -> None:
    """Linux: the kernel sends this worker SIGKILL when its parent dies (kill -9 of
    `cchc ingest` left workers waiting for ever, holding the caller's stdout open)."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - elsewhere the getppid check below still ends us
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(0)


def _child(conn, parent_end, max_memory_mb: int, parent_pid: int) -> None:  # pragma: no cover - runs in the worker
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # a forked worker inherits the parent's end of its own pipe: keep it open and the
    # parent's death never reaches recv() as EOF
    parent_end.close()
    _die_with_parent(parent_pid)
    if max_memory_mb:
        import resource
        limit = max_memory_mb * 1024 * 1024
        try:
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ValueError, OSError):
            pass
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent_pid:  # orphaned (no prctl): stop
                    return
            path = conn.recv()
        except (EOFError, OSError):
            return
        if path is None:
            return
        result = _work(path, max_memory_mb)
        try:
            conn.send(result)
        except MemoryError:
            conn.send((path, None, memory_reason(max_memory_mb)))
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send((path, None, f"lỗi nội bộ khi trích xuất / internal extraction error: "
                                   f"{type(exc).__name__}"))


class _Worker:
    def __init__(self, ctx, max_memory_mb: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_child, args=(child, self.conn, max_memory_mb,
                                                     os.getpid()), daemon=True)
        self.proc.start()
        child.close()
        self.job = None
        self.started = 0.0

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.join(5)
        except Exception:
            pass
        self.conn.close()


class Pool:
    """`jobs` worker processes, one file in flight per worker, each file under a time
    limit (the worker is killed past it) and a memory limit (RLIMIT_AS)."""

    def __init__(self, jobs: int, timeout: float, max_memory_mb: int) -> None:
        import multiprocessing
        self.ctx = multiprocessing.get_context("fork")
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self.max_memory_mb = max_memory_mb
        self.workers: list[_Worker] = []

    def _spawn(self) -> _Worker:
        _prewarm()
        return _Worker(self.ctx, self.max_memory_mb)

    def run(self, jobs: Iterator) -> Iterator[tuple[object, Optional[tuple], Optional[str]]]:
        """Yield (job, (extraction, prepared), reason) as files finish; `jobs` is consumed
        lazily (job.path is the file)."""
        from multiprocessing.connection import wait
        pending = iter(jobs)
        exhausted = False
        idle: list[_Worker] = []
        busy: list[_Worker] = []
        try:
            while True:
                while not exhausted and (idle or len(busy) < self.jobs):
                    job = next(pending, None)
                    if job is None:
                        exhausted = True
                        break
                    if not idle:
                        _prewarm_for(job.path)
                    w = idle.pop() if idle else self._spawn()
                    self.workers.append(w) if w not in self.workers else None
                    try:
                        w.conn.send(job.path)
                    except OSError:  # the worker died while idle: a fresh one
                        self._drop(w)
                        w = self._spawn()
                        self.workers.append(w)
                        w.conn.send(job.path)
                    w.job, w.started = job, time.monotonic()
                    busy.append(w)
                if not busy:
                    return
                now = time.monotonic()
                wait_for = max(0.0, min(w.started + self.timeout for w in busy) - now) \
                    if self.timeout else None
                ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy],
                             timeout=wait_for)
                now = time.monotonic()
                for w in list(busy):
                    result = None
                    if w.conn in ready or w.proc.sentinel in ready:
                        try:
                            if w.conn.poll():
                                result = w.conn.recv()
                        except (EOFError, OSError):
                            result = None
                        except Exception as exc:  # noqa: BLE001 - an unreadable result
                            result = (w.job.path, None, f"lỗi nội bộ khi trích xuất / "
                                      f"internal extraction error: {type(exc).__name__}")
                        if result is not None:
                            busy.remove(w)
                            job, w.job = w.job, None
                            idle.append(w)
                            yield job, result[1], result[2]
                            continue
                        if not w.proc.is_alive():
                            busy.remove(w)
                            job = w.job
                            self._drop(w)
                            yield job, None, self._death_reason(w.proc.exitcode)
                            continue
                    if self.timeout and now - w.started >= self.timeout:
                        busy.remove(w)
                        job = w.job
                        self._drop(w)
                        yield job, None, timeout_reason(self.timeout)
        finally:
            self.close()

    def _death_reason(self, code: Optional[int]) -> str:
        how = f"tín hiệu {-code}" if code is not None and code < 0 else f"mã {code}"
        how_en = f"signal {-code}" if code is not None and code < 0 else f"exit code {code}"
        return (f"tiến trình xử lý dừng đột ngột ({how}; có thể vượt giới hạn bộ nhớ "
                f"{self.max_memory_mb} MB) / worker died ({how_en}; possibly over the "
                f"memory limit of {self.max_memory_mb} MB)")

    def _drop(self, w: _Worker) -> None:
        w.kill()
        if w in self.workers:
            self.workers.remove(w)

    def close(self) -> None:
        for w in self.workers:
            try:
                w.conn.send(None)
            except Exception:
                pass
        deadline = time.monotonic() + 2
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.kill()
            else:
                w.conn.close()
        self.workers = []


_WARM = False


def _prewarm() -> None:
    """Run one tiny extraction in the parent before the first fork, so every worker
    starts with the stages imported and the rule files read."""
    global _WARM
    if _WARM:
        return
    _WARM = True
    try:
        import extractor.load  # noqa: F401
        from extractor.stages import extract_loaded
        from extractor.model import Loaded, Page
        from extractor.store.write import prepare
        prepare(extract_loaded(Loaded(path="warm.txt", sha256="0" * 64, format="txt",
                                      pages=[Page(1, WARM_TEXT)])))
        from extractor.resolve.units import admin_index
        admin_index()  # the administrative map (read on the first unit resolved)
    except Exception:  # noqa: BLE001 - a worker will report the real error
        pass
    # What start-up built (modules, compiled patterns, rule tables, the map) lives as
    # long as the process: out of the cyclic collector's way (the collections that
    # unpickling a worker's result sets off walked it again for every file: 0.66 ->
    # 0.3 ms a report in the writing process); forked workers inherit it frozen.
    import gc
    gc.collect()
    gc.freeze()


_WARM_PDF = False


def _prewarm_for(path: str) -> None:
    """Before a worker is forked for a PDF: import the PDF stack (pypdfium2, pdfplumber
    and pdfminer, our PDF modules) once in the parent, so that workers forked from now
    on do not each import it on their first PDF (~0.1 s of CPU a worker)."""
    global _WARM_PDF
    if _WARM_PDF or not path.lower().endswith(".pdf"):
        return
    _WARM_PDF = True
    try:
        import pypdfium2  # noqa: F401
        import pdfplumber  # noqa: F401

        import extractor.load.pdf  # noqa: F401
    except Exception:  # noqa: BLE001 - a worker will report the real error
        pass


# A small report reaching the lazily built parts of the stages (unit resolution, tables,
# scores, dossier statistics, periods), so forked workers start with them built: without
# it each worker spent its first files compiling patterns and reading the rule files.
WARM_TEXT = """ỦY BAN NHÂN DÂN
HUYỆN NGÂN SƠN
Số: 12/BC-UBND
Ngân Sơn, ngày 15 tháng 6 năm 2021
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2021
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ; Kế hoạch số 45/KH-UBND ngày 06/5/2021 của UBND tỉnh Bắc Kạn; Luật Tổ chức chính quyền địa phương năm 2015.
I. KẾT QUẢ THỰC HIỆN
1. Chỉ số cải cách hành chính (PAR INDEX) năm 2020 của huyện đạt 85,52 điểm, xếp thứ 3/15 huyện, tăng 2 bậc so với năm 2019.
2. Tổng số hồ sơ tiếp nhận: 826 hồ sơ; đã giải quyết đúng hạn 764 hồ sơ (đạt 92,5%), quá hạn 07 hồ sơ, đang giải quyết 54 hồ sơ. Hồ sơ trực tuyến mức độ 3, 4: 120 hồ sơ.
3. Đã hoàn thành 18/20 nhiệm vụ (đạt 90%). Chỉ số hài lòng (SIPAS) đạt 87,3%.
| STT | Đơn vị | Tổng số hồ sơ | Đúng hạn | Quá hạn | Tỷ lệ đúng hạn |
| 1 | Xã Vân Tùng | 120 | 118 | 2 | 98,3% |
| 2 | Thị trấn Nà Phặc | 95 | 95 | 0 | 100% |
II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2021
Tiếp tục thực hiện Quyết định số 1291/QĐ-BNV ngày 24/12/2019 của Bộ Nội vụ.
Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""


# ---------------------------------------------------------------- the batch

@dataclass
class Job:
    path: str
    sha: Optional[str]  # None: the bytes could not be read
    size: Optional[int]


def ingest(engine: Engine, paths: Iterable[str], jobs: Optional[int] = None,
           progress: Optional[Callable[[str, str], None]] = None,
           timeout: float = TIMEOUT, max_memory_mb: int = MAX_MEMORY_MB,
           busy_timeout: Optional[float] = None,
           notify: Optional[Callable[[str], None]] = None) -> IngestSummary:
    """Ingest; `progress(path, outcome)` is called once per file taken; `notify(msg)`
    gets messages such as "waiting for a locked database" (default: stderr)."""
    t0 = time.perf_counter()
    summary = IngestSummary()
    jobs = jobs or os.cpu_count() or 1
    writer = Writer()
    say = notify or (lambda msg: print(msg, file=sys.stderr, flush=True))

    def done(path: str, outcome: str, reason: Optional[str] = None) -> None:
        if outcome == "failed":
            summary.failed += 1
            summary.failures.append((path, reason or ""))
        else:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
        if progress:
            progress(path, outcome)

    def fail(path: str, sha: Optional[str], reason: str, size: Optional[int]) -> None:
        """Record a failure (its own transaction); a failure to record it is caught."""
        try:
            outcome = _commit(engine, writer, Job(path, sha, size), None, reason,
                              busy_timeout, say)
        except DatabaseBusy:
            raise
        except Exception as exc:  # noqa: BLE001 - recording a failure may fail too
            reason = (f"{reason}; và không ghi được lỗi vào CSDL / and the failure could "
                      f"not be recorded: {type(exc).__name__}: "
                      f"{' '.join(str(exc).split())[:160]}")
            outcome = "failed"
        done(path, outcome if outcome == "unchanged" else "failed", reason)

    def todo() -> Iterator[Job]:
        """Walk and hash lazily; yield only files that need extracting."""
        for e in walk(paths):
            if e.error is not None:
                fail(e.path, None, e.error, None)
                continue
            if not e.taken:
                summary.ignored.append(e.path)
                continue
            try:
                sha = sha256_file(Path(e.path))
                size = os.stat(e.path).st_size
            except OSError as exc:
                fail(e.path, None, "không đọc được tệp / cannot read file: "
                     + _oserror(exc), None)
                continue
            kill_point("walk")
            if _current(engine, sha):
                done(e.path, "unchanged")
                continue
            yield Job(e.path, sha, size)

    pool = Pool(jobs, timeout, max_memory_mb)
    try:
        for job, result, reason in pool.run(todo()):
            kill_point("extract")
            if result is None:
                fail(job.path, job.sha, reason or "không rõ / unknown", job.size)
                continue
            ex, prepared = result
            try:
                outcome = _commit(engine, writer, job, ex, None, busy_timeout, say, prepared)
            except DatabaseBusy:
                raise
            except Exception as exc:  # noqa: BLE001 - one bad document must not stop the batch
                # the transaction was rolled back: record the document as failed instead
                fail(job.path, job.sha, f"lỗi nội bộ khi lưu / internal storage error: "
                     f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}", job.size)
                continue
            if outcome != "unchanged":
                summary.pages += len(ex.source.pages)
            done(job.path, outcome)
    except DatabaseBusy as exc:
        summary.stopped = str(exc)
    finally:
        pool.close()
    if summary.stopped is None:
        try:
            refresh_archive_findings(engine, busy_timeout, say)
        except DatabaseBusy as exc:
            summary.stopped = str(exc)
        except Exception as exc:  # noqa: BLE001 - the documents are stored; say what failed
            summary.stopped = (f"không tính lại được phát hiện liên tài liệu / archive findings "
                               f"not recomputed: {type(exc).__name__}: "
                               f"{' '.join(str(exc).split())[:200]}")
    summary.seconds = time.perf_counter() - t0
    return summary


# a stored file: a document, or another copy of one (store/identity.py)
STORED = ("ok", "copy")

# the statements run for every file, built once (building one cost more than running it)
_BY_SHA = select(D.c.id, D.c.status, D.c.extraction_version).where(
    D.c.sha256 == bindparam("sha"))
_OLD_OF_PATH = select(D.c.id).where(D.c.path == bindparam("path"), D.c.status.in_(STORED),
                                    D.c.sha256 != bindparam("sha"))
_FAILED_OF_PATH = delete(D).where(D.c.path == bindparam("path"), D.c.status == "failed")


def _current(engine: Engine, sha: str) -> bool:
    """Is a copy of these bytes stored by this extractor version? (A hint read outside
    the write transaction; `_commit` checks again inside it.)"""
    with engine.connect() as conn:
        row = conn.execute(_BY_SHA, {"sha": sha}).first()
    return (row is not None and row.status in STORED
            and row.extraction_version == EXTRACTION_VERSION)


def _commit(engine: Engine, writer: Writer, job: Job, ex: Optional[Extraction],
            reason: Optional[str], busy_timeout: Optional[float],
            notify: Callable[[str], None], prepared: Optional[Prepared] = None) -> str:
    """One document's outcome in one write transaction; returns
    new|replaced|unchanged|failed. A transient conflict (another process inserted the
    same key first, on databases without a write lock) is retried."""
    from sqlalchemy.exc import IntegrityError
    for attempt in range(3):
        try:
            with write_transaction(engine, busy_timeout, notify) as conn:
                outcome = _write(conn, writer, job, ex, reason, prepared)
            writer.commit()
            kill_point("commit")
            return outcome
        except IntegrityError:
            writer.rollback()
            if attempt == 2:
                raise
        except BaseException:
            writer.rollback()
            raise
    raise AssertionError("unreachable")


def _write(conn, writer: Writer, job: Job, ex: Optional[Extraction],
           reason: Optional[str], prepared: Optional[Prepared] = None) -> str:
    cur = conn.execute(_BY_SHA, {"sha": job.sha}).first() if job.sha else None
    if cur is not None and cur.status in STORED and cur.extraction_version == EXTRACTION_VERSION:
        return "unchanged"  # stored meanwhile (another run): never touched
    if ex is None:
        # failures are keyed by path (two empty files are two failures); a good copy
        # stored earlier from this path or of these bytes is kept
        kill_point("failure")
        record_failure(conn, job.path, walk_key(job.path), reason or "không rõ / unknown",
                       job.size)
        return "failed"
    replaced = cur is not None and cur.status in STORED
    if cur is not None:
        delete_document(conn, cur.id)
    for (old_id,) in conn.execute(_OLD_OF_PATH, {"path": job.path, "sha": job.sha}).all():
        delete_document(conn, old_id)  # the same path's previous content
        replaced = True
    conn.execute(_FAILED_OF_PATH, {"path": job.path})
    ex.source.sha256 = job.sha
    store_extraction(conn, ex, size=job.size, writer=writer, prepared=prepared)
    kill_point("store")
    return "replaced" if replaced else "new"


def refresh_archive_findings(engine: Engine, busy_timeout: Optional[float] = None,
                             notify: Optional[Callable[[str], None]] = None) -> int:
    """Recompute the cross-document findings of the groups that stored or deleted
    documents marked dirty (extractor.store.archive). Run after every ingest, even one
    that stored nothing: a run killed during this pass left its marks, and this pass
    finishes them. Returns how many groups were recomputed."""
    from sqlalchemy.exc import OperationalError

    from extractor.store.archive import refresh
    from extractor.store.db import BUSY_TIMEOUT, _is_busy, busy_error, busy_message
    kill_point("archive")
    timeout = BUSY_TIMEOUT if busy_timeout is None else busy_timeout
    t0, told = time.monotonic(), False
    while True:  # its write transaction begins IMMEDIATE: a lock is met at its start
        try:
            return refresh(engine.execution_options(cchc_write=True))
        except OperationalError as exc:
            if not _is_busy(exc):
                raise
            if time.monotonic() - t0 >= timeout:
                raise busy_error(timeout) from None
            if not told and notify is not None:
                notify(busy_message(timeout))
            told = True
            time.sleep(0.05)
