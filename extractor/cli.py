"""The `cchc` command line. Exit codes: 0 all good; 1 some inputs failed (all others
stored or printed); 2 usage error (one line, Vietnamese first, naming what was expected).

Nothing read from files, documents, paths or arguments is ever interpreted as Rich
markup: both consoles have markup off, styles are given as `Text` spans. Query commands
import only what they need (no SQLAlchemy, SQLModel or Alembic unless the stored schema
must be migrated), see extractor/store/conn.py.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, Optional, Sequence

import typer
from rich.console import Console
from rich.text import Text
from typer.core import TyperGroup

try:  # typer >= 0.20 ships its own copy of click
    from typer._click import exceptions as cx
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import exceptions as cx


class UsageFailure(Exception):
    """A usage error found by a command (bad value, absent database): exit 2."""


_CLICK_VI = (  # click's English messages, Vietnamese first
    ("No such option", "Không có tùy chọn / no such option"),
    ("No such command", "Không có lệnh / no such command"),
    ("Missing option", "Thiếu tùy chọn / missing option"),
    ("Missing argument", "Thiếu đối số / missing argument"),
    ("Missing parameter", "Thiếu tham số / missing parameter"),
    ("Invalid value for", "Giá trị không hợp lệ cho / invalid value for"),
    ("Got unexpected extra argument", "Thừa đối số / unexpected extra argument"),
    ("requires an argument", "cần một giá trị / requires a value"),
)


def usage_line(exc: cx.UsageError) -> str:
    """A click parser error as one Vietnamese-first line."""
    msg = " ".join(exc.format_message().split())
    for en, vi in _CLICK_VI:
        if en in msg:
            msg = msg.replace(en, vi, 1)
            break
    else:
        msg = f"Lỗi cú pháp / usage error: {msg}"
    cmd = exc.ctx.command_path if exc.ctx is not None else "cchc"
    return f"{msg} (xem / see: {cmd} --help)"


class CchcGroup(TyperGroup):
    """Every error a user can make ends in one line on stderr and exit 2; no traceback."""

    def main(self, args: Optional[Sequence[str]] = None, prog_name: Optional[str] = None,
             complete_var: Optional[str] = None, standalone_mode: bool = True,
             **extra: Any) -> Any:
        try:
            rv = super().main(args=args, prog_name=prog_name, complete_var=complete_var,
                              standalone_mode=False, **extra)
            code = rv if isinstance(rv, int) else 0
        except cx.NoArgsIsHelpError as exc:
            exc.show()
            code = 2
        except cx.UsageError as exc:
            _say_error(usage_line(exc))
            code = 2
        except UsageFailure as exc:
            _say_error(str(exc))
            code = 2
        except (typer.Abort, KeyboardInterrupt):
            _say_error("Đã hủy / aborted")
            code = 1
        except BrokenPipeError:  # `cchc ... | head`: the reader has gone, nothing to say
            code = 0
        except cx.ClickException as exc:
            _say_error(" ".join(exc.format_message().split()))
            code = exc.exit_code
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(cls=CchcGroup, add_completion=False, no_args_is_help=True,
                  rich_markup_mode=None,
                  help="cchc: trích xuất, truy vấn và kiểm tra báo cáo cải cách hành chính "
                       "/ extract, query and audit Vietnamese CCHC reports.")
query_app = typer.Typer(no_args_is_help=True, rich_markup_mode=None,
                        help="Truy vấn kho / query the archive.")
app.add_typer(query_app, name="query")

out = Console(soft_wrap=True, markup=False, highlight=False, emoji=False)
# soft_wrap: one failure per line even when stderr is a file or a pipe (no 80-column wrap)
err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False, emoji=False)


def _say_error(line: str) -> None:
    err.print(Text(line))


DB_HELP = "Cơ sở dữ liệu: tệp SQLite hoặc URL SQLAlchemy / database file or URL " \
          "(mặc định / default: $CCHC_DB or ./cchc.db)"
DbOpt = typer.Option(None, "--db", help=DB_HELP)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


FmtOpt = typer.Option(Fmt.table, "--format", "-f",
                      help="table | json | csv (UTF-8 BOM) | xlsx (cần / needs --output)")
OutOpt = typer.Option(None, "--output", "-o", help="Ghi ra tệp / write to this file")


def _engine(db: Optional[str], **kw):
    """An engine for writing (ingest); a schema version this program does not know, a
    busy, malformed or unreachable --db is a usage error (one line, exit 2)."""
    from extractor.store.conn import db_url, describe, safe_url
    from extractor.store.db import StoreError, open_engine
    try:
        return open_engine(db, **kw)
    except StoreError as exc:
        raise UsageFailure(f"LỖI / ERROR: {' '.join(str(exc).split())}") from None
    except Exception as exc:  # noqa: BLE001 - driver/URL errors of every kind
        raise UsageFailure(f"Không mở được CSDL / cannot open the database "
                           f"{safe_url(db_url(db))}: {describe(exc)}") from None


def _db(db: Optional[str]):
    """A read connection for a query command; a missing or unreachable database is a
    usage error (exit 2), never created."""
    from extractor.store.conn import DbError, open_db
    try:
        return open_db(db)
    except DbError as exc:
        raise UsageFailure(str(exc)) from None


def _run_query(fn, *args, **kwargs):
    """Call a query function; its UsageError becomes exit 2."""
    from extractor.query import UsageError
    try:
        return fn(*args, **kwargs)
    except UsageError as exc:
        raise UsageFailure(str(exc)) from None


def _unit_or_fail(db, unit: Optional[str]) -> None:
    """Say so (with the closest names) when --unit names no unit."""
    if unit is None:
        return
    from extractor import query
    if query.match_units(db, unit):
        return
    close = query.unit_suggestions(db, unit)
    hint = (" Có phải / did you mean: " + "; ".join(close) + "?") if close else ""
    raise UsageFailure(f"Không tìm thấy đơn vị / no unit matches {unit!r}.{hint}")


# ------------------------------------------------------------------------ output

def _num(v: Any) -> Any:
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "có" if v else "không"
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    if isinstance(v, dict):
        return "; ".join(f"{k}: {_cell(x)}" for k, x in v.items())
    return str(_num(v))


def _tidy(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: _num(v) for k, v in r.items()} for r in rows]


def emit(rows: list[dict[str, Any]], fmt: Fmt, columns: list, table: Sequence[str] = (),
         title: Optional[str] = None, output: Optional[str] = None,
         numeric: Sequence[str] = (), sheet: str = "Dữ liệu") -> None:
    """Print or write one list. json: every field (internal names, for scripts);
    csv/xlsx: `columns` (export.Column) through extractor/export.py; table: the
    `table` subset of the columns, at most ~80 columns wide, numbers and document
    numbers never broken."""
    from extractor import export
    if fmt == Fmt.json:
        data = json.dumps(rows, ensure_ascii=False, indent=1)
        if output:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(data + "\n")
        else:
            print(data)
        return
    if fmt == Fmt.xlsx:
        if not output:
            raise UsageFailure("--format xlsx cần --output TỆP.xlsx / --format xlsx needs "
                               "--output FILE.xlsx")
        export.write(output, "xlsx", _tidy(rows), columns, sheet=sheet)
        out.print(Text(f"Đã ghi / written: {output} ({len(rows)} dòng / rows)"))
        return
    if fmt == Fmt.csv:
        data = export.to_csv(_tidy(rows), columns)
        if output:
            with open(output, "wb") as fh:
                fh.write(data)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
            sys.stdout.buffer.flush()
        return
    _print_table(rows, [c for c in columns if c.key in table] if table else columns, title,
                 numeric)


_NO_WRAP = {"number", "date", "document_number", "document_date", "year", "id", "pages",
            "page", "first_citing", "last_citing"}


def _print_table(rows: list[dict[str, Any]], columns: list, title: Optional[str],
                 numeric: Sequence[str] = ()) -> None:
    from rich import box
    from rich.table import Table
    if not rows:
        if title:
            out.print(Text(title, style="bold"))
        out.print(Text("(không có kết quả / no results)"))
        return
    table = Table(title=Text(title) if title else None, box=box.SIMPLE_HEAD,
                  pad_edge=False, collapse_padding=True, show_edge=False)
    for c in columns:
        num = c.key in numeric or all(isinstance(_num(r.get(c.key)), (int, float)) or
                                      r.get(c.key) is None for r in rows)
        keep = num or c.key in _NO_WRAP
        table.add_column(Text(c.vi), justify="right" if num else "left", no_wrap=keep,
                         overflow="ellipsis" if keep else "fold",
                         min_width=None if keep else 6)
    for r in rows:
        table.add_row(*[Text(_cell(r.get(c.key))) for c in columns])
    out.print(table)


# ----------------------------------------------------------------------- commands

@app.command()
def ingest(paths: list[str] = typer.Argument(..., help="Tệp hoặc thư mục / files or folders"),
           db: Optional[str] = DbOpt,
           jobs: Optional[int] = typer.Option(
               None, "--jobs", "-j", min=1,
               help="Số tiến trình (mặc định: số lõi) / worker processes (default: cores)"),
           timeout: float = typer.Option(
               300.0, "--timeout", min=1,
               help="Giới hạn thời gian mỗi tệp, giây / time limit per file, seconds"),
           max_memory: int = typer.Option(
               2048, "--max-memory", min=64,
               help="Giới hạn bộ nhớ mỗi tiến trình, MB / memory limit per worker, MB"),
           busy_timeout: float = typer.Option(
               60.0, "--busy-timeout", min=0,
               help="Chờ CSDL bị khóa tối đa, giây / wait for a locked database, seconds"),
           quiet: bool = typer.Option(False, "--quiet", "-q"),
           queue: bool = typer.Option(False, "--queue", help="Chỉ xếp hàng cho `cchc worker` "
                                      "(PostgreSQL) / only queue the files for `cchc worker`")
           ) -> None:
    """Nạp tài liệu vào CSDL / ingest files into the database."""
    from rich.progress import Progress
    if queue:
        _enqueue(paths, db)
        return

    from extractor.ingest import ingest as run, printable, walk

    def notify(msg: str) -> None:
        err.print(msg, highlight=False, markup=False, soft_wrap=True)

    engine = _engine(db, busy_timeout=busy_timeout, notify=notify)
    total = sum(1 for e in walk(paths) if e.taken)
    show = sys.stderr.isatty() and not quiet
    with Progress(console=err, disable=not show, transient=True) as progress:
        task = progress.add_task("Đang nạp / ingesting", total=total)

        def step(path: str, outcome: str) -> None:
            progress.advance(task)

        summary = run(engine, paths, jobs=jobs, progress=step, timeout=timeout,
                      max_memory_mb=max_memory, busy_timeout=busy_timeout, notify=notify)
    for path, reason in summary.failures:  # one plain line each: never read as markup
        sys.stderr.write(f"LỖI / FAILED {printable(path)}: {reason}\n")
    sys.stderr.flush()
    if summary.ignored and not quiet:
        err.print(f"Bỏ qua {len(summary.ignored)} tệp không phải báo cáo (pdf/txt/docx/html) "
                  f"/ ignored {len(summary.ignored)} non-report files "
                  "(name them explicitly to try them)", highlight=False, soft_wrap=True)
    out.print(f"mới/new {summary.new} · không đổi/unchanged {summary.unchanged} · "
              f"thay thế/replaced {summary.replaced} · lỗi/failed {summary.failed} · "
              f"{summary.pages} trang/pages · {summary.seconds:.1f} s", highlight=False)
    if summary.stopped:
        err.print(f"DỪNG / STOPPED: {summary.stopped}", highlight=False, markup=False,
                  soft_wrap=True)
    raise typer.Exit(1 if summary.failed or summary.stopped else 0)


def _queue_url(db: Optional[str]) -> str:
    """The --db URL of the job queue; not PostgreSQL is a usage error (exit 2)."""
    from extractor import queue as q
    from extractor.store.conn import db_url
    url = db_url(db)
    try:
        q.libpq_url(url)
    except ValueError as exc:
        raise UsageFailure(str(exc)) from None
    return url


def _enqueue(paths: list[str], db: Optional[str]) -> None:
    from extractor import queue as q
    url = _queue_url(db)
    n, failures = q.enqueue(url, paths)
    for path, reason in failures:
        err.print(f"LỖI / FAILED {path}: {reason}", highlight=False, markup=False)
    out.print(f"đã xếp hàng/queued {n} · lỗi/failed {len(failures)}", highlight=False)
    raise typer.Exit(1 if failures else 0)


@app.command()
def worker(db: Optional[str] = DbOpt,
           until_done: bool = typer.Option(False, "--until-done", help="Dừng khi hết việc / "
                                           "stop when nothing is queued or running"),
           stalled_after: float = typer.Option(30.0, "--stalled-after", help="Giây không có "
                                               "nhịp tim thì coi worker đã chết / seconds "
                                               "without heartbeat before a worker's job is "
                                               "retried")) -> None:
    """Nhận việc từ hàng đợi và nạp / take queued files and ingest them."""
    from extractor import queue as q
    url = _queue_url(db)
    q.work(url, until_done=until_done, stalled_after=stalled_after)


@app.command()
def status(db: Optional[str] = DbOpt, format: Fmt = FmtOpt, output: Optional[str] = OutOpt):
    """Hàng đợi: chờ / đang chạy / xong / lỗi — queued / running / done / failed."""
    from extractor import labels, queue as q
    url = _queue_url(db)
    c = q.counts(url)
    emit([{"queued": c["queued"], "running": c["running"], "done": c["done"],
           "failed": c["failed"]}], format, labels.QUEUE,
         title="Hàng đợi / queue", output=output, sheet="Hàng đợi")
    if format == Fmt.table:
        for path in q.failed_jobs(url):
            err.print(f"LỖI / FAILED {path}", highlight=False, markup=False)


class ExtractFmt(str, Enum):
    json = "json"
    table = "table"
    csv = "csv"


def _fact_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every fact of one extraction as one row (kind, page, offsets, summary, text)."""
    from extractor import labels
    rows = []
    path = data["source"]["path"]
    for kind, items in ((k, data.get(k) or []) for k in labels.FACT_KINDS):
        for x in items:
            if kind == "references":
                summary = " ".join(v for v in (x.get("doc_type"), x.get("number"),
                                               x.get("date")) if v)
            elif kind == "laws":
                summary = x.get("name") or ""
            elif kind == "scores":
                summary = " ".join(str(_num(v)) for v in (
                    labels.indicator(x.get("indicator")), x.get("criterion"),
                    f"{_cell(x.get('value'))}/{_cell(x.get('max'))}" if x.get("max")
                    else _cell(x.get("value")), x.get("year")) if v not in (None, ""))
            elif kind == "dossier_stats":
                summary = "; ".join(f"{k} {_cell(x[k])}" for k in (
                    "received", "resolved", "resolved_on_time", "resolved_late", "pending")
                    if x.get(k) is not None)
            elif kind == "tasks":
                summary = f"{x.get('done')}/{x.get('total')}"
            else:
                summary = x.get("message") or ""
            spans = x.get("evidence") if kind == "findings" else [x]
            first = (spans or [{}])[0]
            rows.append({"path": path, "kind": labels.FACT_KINDS[kind][0],
                         "page": first.get("page"), "start": first.get("start"),
                         "end": first.get("end"), "summary": summary,
                         "text": " ".join((first.get("text") or "").split())})
    return rows


@app.command()
def extract(files: list[str] = typer.Argument(...),
            format: ExtractFmt = typer.Option(ExtractFmt.json, "--format", "-f",
                                              help="json (JSON Lines, cchc.extract/1) | table "
                                                   "| csv (một dòng mỗi dữ kiện / one row "
                                                   "per fact)")) -> None:
    """Trích xuất một hay nhiều tệp, không cần CSDL / extract files (no database)."""
    from extractor.stages import extract_path, to_contract
    from extractor.model import LoadError
    failed = 0
    facts: list[dict[str, Any]] = []
    for f in files:
        try:
            data = to_contract(extract_path(f))
        except LoadError as exc:
            failed += 1
            err.print(Text(f"LỖI / FAILED {f}: {exc}"))
            continue
        if format == ExtractFmt.json:
            print(json.dumps(data, ensure_ascii=False))
        elif format == ExtractFmt.csv:
            facts += _fact_rows(data)
        else:
            _print_extract(data)
    if format == ExtractFmt.csv:
        from extractor import labels
        emit(facts, Fmt.csv, labels.FACTS)
    raise typer.Exit(1 if failed else 0)


_META = (("doc_type", "Loại"), ("number", "Số hiệu"), ("date", "Ngày"), ("place", "Nơi ban hành"),
         ("issuer", "Cơ quan ban hành"), ("signer", "Người ký"), ("signer_title", "Chức vụ"),
         ("title", "Trích yếu"), ("period", "Kỳ báo cáo"), ("published", "Ngày đăng"))


def _print_extract(data: dict[str, Any]) -> None:
    from extractor import labels
    d = data.get("document") or {}
    out.rule(Text(str(data.get("source", {}).get("path", ""))))
    for k, label in _META:
        if d.get(k):
            out.print(Text.assemble((f"{label}: ", "bold"), str(d[k])))
    emit(data.get("references") or [], Fmt.table, [labels.C("page", "Trang", "Page"), labels.C("doc_type", "Loại", "Type"),
                           labels.C("number", "Số hiệu", "Number"),
                           labels.C("date", "Ngày", "Date"),
                           labels.C("issuer", "Cơ quan ban hành", "Issuer")],
         title="Trích dẫn / references")
    scores = [dict(s, indicator_label=labels.indicator(s.get("indicator")))
              for s in data.get("scores") or []]
    for title, rows, cols in (
            ("Luật / laws", data.get("laws") or [],
             [labels.C("page", "Trang", "Page"), labels.C("name", "Luật", "Law"),
              labels.C("year", "Năm", "Year")]),
            ("Điểm số / scores", scores,
             [labels.C("page", "Trang", "Page"), labels.C("indicator_label", "Chỉ số", "Index"),
              labels.C("criterion", "Tiêu chí", "Criterion"), labels.C("value", "Điểm", "Value"),
              labels.C("max", "Tối đa", "Max"), labels.C("year", "Năm", "Year"),
              labels.C("rank", "Hạng", "Rank")]),
            ("Hồ sơ TTHC / dossiers", data.get("dossier_stats") or [],
             [labels.C("page", "Trang", "Page"), labels.C("period", "Kỳ", "Period"),
              labels.C("received", "Tiếp nhận", "Received"),
              labels.C("resolved", "Đã giải quyết", "Resolved"),
              labels.C("resolved_on_time", "Đúng hạn", "On time"),
              labels.C("resolved_late", "Trễ hạn", "Late")]),
            ("Nhiệm vụ / tasks", data.get("tasks") or [],
             [labels.C("page", "Trang", "Page"), labels.C("done", "Hoàn thành", "Done"),
              labels.C("total", "Tổng", "Total"), labels.C("period", "Kỳ", "Period")])):
        if rows:
            emit(rows, Fmt.table, cols, title=title)
    if data.get("findings"):
        _print_findings([dict(f, path=data["source"]["path"]) for f in data["findings"]],
                        english=False, per_doc=0, header=False)


@app.command()
def text(file: str, page: Optional[int] = typer.Option(None, "--page", "-p"),
         format: str = typer.Option("text", "--format", "-f", help="text | json")) -> None:
    """In văn bản các trang như được lưu / print page text as stored (offsets point here)."""
    from extractor.load import load
    from extractor.model import LoadError
    if format not in ("text", "json"):
        raise UsageFailure(f"--format {format!r} không hợp lệ / is not valid; cần / expected: "
                           "text, json")
    try:
        loaded = load(file)
    except LoadError as exc:
        err.print(Text(f"LỖI / FAILED {file}: {exc}"))
        raise typer.Exit(1)
    pages = [p for p in loaded.pages if page is None or p.number == page]
    if page is not None and not pages:
        raise UsageFailure(f"Không có trang {page} / no page {page} (1..{len(loaded.pages)})")
    if format == "json":
        print(json.dumps({"source": loaded.source_json(),
                          "pages": [{"page": p.number, "ocr": p.ocr, "text": p.text}
                                    for p in pages]}, ensure_ascii=False))
    else:
        for p in pages:
            if len(pages) > 1:
                print(f"\f--- trang/page {p.number} ---")
            print(p.text)


@app.command()
def stats(db: Optional[str] = DbOpt, format: Fmt = FmtOpt,
          output: Optional[str] = OutOpt) -> None:
    """Thống kê CSDL / database statistics. CSV: one table (group, item, count) holding
    both the counts and the documents by type; XLSX: the same table."""
    from extractor import labels, query
    with _db(db) as conn:
        data = query.stats(conn)
    if format == Fmt.json:
        emit(data, format, [], output=output)  # type: ignore[arg-type]
        return
    by_type = data.pop("by_type")
    rows = [{"group": "Kho / archive", "item": labels.STAT_ITEMS.get(k, (k,))[0], "count": v}
            for k, v in data.items()]
    rows += [{"group": "Loại văn bản / document type", "item": k, "count": v}
             for k, v in by_type.items()]
    if format == Fmt.table:
        emit(rows[:len(data)], format, labels.STATS, table=("item", "count"),
             title="Kho / archive")
        emit(rows[len(data):], format, labels.STATS, table=("item", "count"),
             title="Văn bản theo loại / documents by type")
    else:
        emit(rows, format, labels.STATS, output=output, sheet="Thống kê")


UnitOpt = typer.Option(..., "--unit", "-u", help="Đơn vị, tỉnh hoặc cơ quan (không phân biệt "
                       "dấu) / unit, province or agency (tone marks optional)")
UnitOptional = typer.Option(None, "--unit", "-u", help="Đơn vị, tỉnh hoặc cơ quan / unit, "
                            "province or agency")


@query_app.command("cites")
def q_cites(unit: str = UnitOpt,
            type: Optional[str] = typer.Option(None, "--type", "-t",
                                               help="Loại văn bản được dẫn / cited type"),
            year: Optional[int] = typer.Option(None, "--year", "-y"),
            db: Optional[str] = DbOpt, format: Fmt = FmtOpt, output: Optional[str] = OutOpt):
    """Văn bản mà một đơn vị trích dẫn / documents a unit's documents cite."""
    from extractor import labels, query
    with _db(db) as conn:
        _unit_or_fail(conn, unit)
        rows = _run_query(query.cites, conn, unit, type, year)
    for r in rows:
        r["date"] = r["date"] or (str(r["year"]) if r.get("year") else None)
    emit(rows, format, labels.CITES, table=("number", "doc_type", "date", "mentions",
                                            "documents"),
         title=f"{unit}: văn bản được trích dẫn / cited documents", output=output,
         sheet="Trích dẫn")


@query_app.command("cited-by")
def q_cited_by(number: str = typer.Argument(..., help="Số hiệu / document number"),
               db: Optional[str] = DbOpt, format: Fmt = FmtOpt,
               output: Optional[str] = OutOpt):
    """Văn bản và đơn vị trích dẫn một văn bản / who cites a document."""
    from extractor import labels, query
    with _db(db) as conn:
        rows = _run_query(query.cited_by, conn, number)
    emit(rows, format, labels.CITED_BY, table=("unit", "doc_type", "number", "date",
                                               "mentions"),
         title=f"{number}: được trích dẫn bởi / cited by", output=output,
         sheet="Được trích dẫn bởi")
    if format == Fmt.table:
        for h in (rows[0]["held"] if rows else []):
            out.print(Text(f"Có trong kho / held: {h['path']} (id {h['document_id']}, "
                           f"{h['files']} tệp / files)"))


@query_app.command("docs")
def q_docs(unit: Optional[str] = UnitOptional,
           type: Optional[str] = typer.Option(None, "--type", "-t"),
           year: Optional[int] = typer.Option(None, "--year", "-y"),
           text: Optional[str] = typer.Option(None, "--text", help="Tìm trong văn bản, không "
                                              "phân biệt hoa thường và dấu / full-text search "
                                              "(whole words, tone marks optional)"),
           db: Optional[str] = DbOpt, format: Fmt = FmtOpt, output: Optional[str] = OutOpt):
    """Liệt kê văn bản / list documents."""
    from extractor import labels, query
    with _db(db) as conn:
        _unit_or_fail(conn, unit)
        rows = _run_query(query.docs, conn, unit, type, year, text)
    emit(rows, format, labels.DOCS, table=("id", "doc_type", "number", "date", "unit",
                                           "pages"),
         title="Văn bản / documents", output=output, sheet="Văn bản")


@query_app.command("show")
def q_show(doc: str = typer.Argument(..., help="Mã, tệp, sha256 hoặc số hiệu / id, path, "
                                     "sha256 prefix or number"),
           db: Optional[str] = DbOpt,
           format: str = typer.Option("table", "--format", "-f", help="table | json"),
           html: Optional[str] = typer.Option(None, "--html", help="Ghi trang HTML tô sáng "
                                              "bằng chứng / write an HTML evidence view")):
    """Một văn bản: siêu dữ liệu, trích dẫn, điểm số, thống kê, phát hiện / one document."""
    from extractor import query
    if format not in ("table", "json"):
        raise UsageFailure(f"--format {format!r} không hợp lệ / is not valid; cần / expected: "
                           "table, json")
    page = data = None
    with _db(db) as conn:
        if html:
            page = query.evidence_html(conn, doc)
        else:
            data = query.show(conn, doc)
    missing = (page is None) if html else (data is None)
    if missing:
        raise UsageFailure(f"Không tìm thấy văn bản / no such document: {doc!r} (cần mã, "
                           "đường dẫn, sha256 hoặc số hiệu / expected an id, path, sha256 "
                           "prefix or number; see `cchc query docs`)")
    if html:
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(page)
        out.print(Text(f"Đã ghi / written: {html}"))
        return
    if format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=1))
    elif "document" in data:
        _print_extract(data)
        for f in data.get("files") or []:  # a report held as several files (issue 11)
            out.print(Text(f"{'bản sao / copy' if f['copy'] else 'tệp / file'}: {f['path']}"))
        for r in data.get("references") or []:
            if r.get("held"):
                out.print(Text(f"{r['number']}: có trong kho / held: {r['held']['path']} "
                               f"(id {r['held']['document_id']})"))
    else:
        out.print(Text(f"{data.get('source', {}).get('path')}: {data.get('error') or ''}"))


@query_app.command("scores")
def q_scores(unit: str = UnitOpt, db: Optional[str] = DbOpt, format: Fmt = FmtOpt,
             output: Optional[str] = OutOpt):
    """Điểm số của đơn vị qua các năm / a unit's scores over the years."""
    from extractor import labels, query
    with _db(db) as conn:
        _unit_or_fail(conn, unit)
        rows = _run_query(query.scores, conn, unit)
    if format != Fmt.json:
        rows = [dict(r, indicator_label=labels.indicator(r["indicator"]),
                     what=("  • " + r["criterion"]) if r.get("criterion")
                     else labels.indicator(r["indicator"]),
                     rank_of=(f"{r['rank']}/{r['rank_total']}" if r.get("rank_total")
                              else r.get("rank"))) for r in rows]
    if format == Fmt.table:  # one column for the index or its criterion, rank as "5/12"
        cols = [labels.C("year", "Năm", "Year"), labels.C("what", "Chỉ số / tiêu chí", "Index"),
                labels.C("value", "Điểm", "Value"), labels.C("max", "Tối đa", "Max"),
                labels.C("rank_of", "Hạng", "Rank"),
                labels.C("document_number", "Văn bản", "Document")]
        emit(rows, format, cols, title=f"{unit}: điểm số / scores", numeric=("rank_of",))
        return
    emit(rows, format, labels.SCORES, table=("year", "indicator_label", "criterion", "value",
                                             "max", "rank", "document_number"),
         title=f"{unit}: điểm số / scores", output=output, sheet="Điểm số")


@query_app.command("dossiers")
def q_dossiers(unit: str = UnitOpt, db: Optional[str] = DbOpt, format: Fmt = FmtOpt,
               output: Optional[str] = OutOpt):
    """Thống kê hồ sơ TTHC của đơn vị / a unit's dossier statistics."""
    from extractor import labels, query
    with _db(db) as conn:
        _unit_or_fail(conn, unit)
        rows = _run_query(query.dossiers, conn, unit)
    emit(rows, format, labels.DOSSIERS, table=("year", "scope", "received", "resolved",
                                               "resolved_on_time", "on_time_rate"),
         title=f"{unit}: hồ sơ TTHC / dossiers", output=output, sheet="Hồ sơ TTHC")


@query_app.command("failures")
def q_failures(db: Optional[str] = DbOpt, format: Fmt = FmtOpt,
               output: Optional[str] = OutOpt):
    """Tệp không đọc được và lý do / files that could not be read, with the reason."""
    from extractor import labels, query
    with _db(db) as conn:
        rows = query.failures(conn)
    emit(rows, format, labels.FAILURES, title="Tệp lỗi / failed files", output=output,
         sheet="Tệp lỗi")


@app.command()
def audit(unit: Optional[str] = UnitOptional,
          rule: Optional[str] = typer.Option(None, "--rule", "-r"),
          severity: Optional[str] = typer.Option(None, "--severity", "-s",
                                                 help="error | warning | info (và nặng hơn "
                                                      "/ and above)"),
          since: Optional[str] = typer.Option(None, "--since", help="YYYY or YYYY-MM-DD"),
          english: bool = typer.Option(False, "--en", help="English messages"),
          per_doc: int = typer.Option(10, "--per-doc", help="Bảng: tối đa mỗi văn bản, 0 = "
                                      "tất cả / table: at most this many per document"),
          rebuild: bool = typer.Option(False, "--rebuild", help="Tính lại mọi phát hiện liên "
                                       "văn bản / recompute every cross-document finding"),
          db: Optional[str] = DbOpt, format: Fmt = FmtOpt, output: Optional[str] = OutOpt):
    """Các phát hiện kiểm tra / audit findings, grouped by document."""
    from extractor import labels, query
    with _db(db) as conn:
        pending = conn.scalar("SELECT COUNT(*) FROM archive_dirty")
    if rebuild or pending:  # --rebuild, or an interrupted archive pass to finish first
        from extractor.store import archive
        engine = _engine(db)
        if rebuild:
            n = archive.rebuild(engine)
            err.print(f"Đã tính lại {n} nhóm / recomputed {n} groups", highlight=False)
        else:
            archive.refresh(engine)
        engine.dispose()
    with _db(db) as conn:
        _unit_or_fail(conn, unit)
        rows = _run_query(query.findings, conn, unit, rule, severity, since)
    if format != Fmt.table:
        if format != Fmt.json:
            rows = [dict(r, severity_label=labels.severity(r["severity"]),
                         evidence_text=" | ".join(
                             f"trang {e['page']}: {' '.join(e['text'].split())}"
                             for e in r["evidence"])) for r in rows]
        emit(rows, format, labels.FINDINGS, output=output, sheet="Phát hiện")
        return
    if not rows:
        out.print(Text("Không có phát hiện / no findings"))
        return
    _print_findings(rows, english, per_doc)


def _print_findings(rows: list[dict[str, Any]], english: bool, per_doc: int,
                    header: bool = True) -> None:
    from extractor import labels
    colors = {"error": "red", "warning": "yellow", "info": "cyan"}
    current, shown, hidden = None, 0, 0

    def more() -> None:
        if hidden:
            out.print(f"   … và {hidden} phát hiện khác / and {hidden} more (--per-doc 0)")

    for r in rows:
        if header and r["path"] != current:
            more()
            current, shown, hidden = r["path"], 0, 0
            doc = " ".join(x for x in (r.get("document_number"), r.get("document_date")) if x)
            out.rule(Text(r["path"] + (f" ({doc})" if doc else ""), style="bold"))
        if per_doc and shown >= per_doc:
            hidden += 1
            continue
        shown += 1
        c = colors.get(r["severity"], "white")
        msg = r["message_en"] if english else r["message"]
        out.print(Text.assemble((labels.severity(r["severity"], "en" if english else "vi"), c),
                                " ", msg, (f"  ({r['rule']})", "dim")))
        if r.get("suggestion"):
            out.print(Text.assemble("   → đề xuất / suggestion: ", (r["suggestion"], "green")))
        for e in r["evidence"][:3]:
            out.print(Text.assemble(f"   trang/page {e['page']}: «",
                                    (" ".join(e["text"].split()), "reverse"), "»"))
    more()


@app.command()
def serve(db: Optional[str] = DbOpt,
          host: str = typer.Option("127.0.0.1", "--host", help="Địa chỉ nghe / bind address"),
          port: int = typer.Option(8000, "--port", "-p", help="Cổng / port (0: any free)")):
    """Mở giao diện web trên máy / serve the web workbench (Ctrl+C to stop)."""
    from extractor.web.app import serve as run
    engine = _engine(db)

    def ready(address: str) -> None:
        out.print(f"cchc đang chạy tại / serving at {address}  (Ctrl+C để dừng / to stop)",
                  highlight=False)
        sys.stdout.flush()

    try:
        run(engine, host, port, ready)
    except OSError as exc:
        err.print(f"Không mở được cổng {port} / cannot listen on {host}:{port}: {exc}",
                  highlight=False)
        raise typer.Exit(2)
    except KeyboardInterrupt:
        pass


class ReportFmt(str, Enum):
    docx = "docx"
    xlsx = "xlsx"


@app.command()
def report(unit: str = typer.Option(..., "--unit", "-u", help="Tên đơn vị (cũ hoặc mới) / unit"),
           year: Optional[int] = typer.Option(None, "--year", "-y"),
           format: ReportFmt = typer.Option(ReportFmt.docx, "--format", "-f"),
           output: Optional[str] = typer.Option(None, "--output", "-o",
                                                help="Tệp ghi ra / output file"),
           db: Optional[str] = DbOpt):
    """Báo cáo rà soát của một đơn vị (DOCX/XLSX) / a per-unit review report."""
    from extractor.report import ReportError, write
    fmt = format.value
    path = output or f"bao-cao-ra-soat.{fmt}"
    try:
        res = write(_engine(db), unit, fmt, path, year)
    except ReportError as exc:
        err.print(str(exc), highlight=False)
        raise typer.Exit(2)
    out.print(f"Đã ghi / written: {path} ({res['unit'].name}: {res['total']} văn bản / "
              f"documents, {len(res['open'])} phát hiện / findings)", highlight=False)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
