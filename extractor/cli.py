"""The `cchc` command line. Exit codes: 0 all good; 1 some inputs failed (all others
stored or printed); 2 usage error."""
from __future__ import annotations

import csv
import io
import json
import sys
from enum import Enum
from typing import Any, Optional

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="cchc: trích xuất, truy vấn và kiểm tra báo cáo cải cách hành chính "
                       "/ extract, query and audit Vietnamese CCHC reports.")
query_app = typer.Typer(no_args_is_help=True, help="Truy vấn kho / query the archive.")
app.add_typer(query_app, name="query")

out = Console(soft_wrap=True)
err = Console(stderr=True)

DB_HELP = "Cơ sở dữ liệu: tệp SQLite hoặc URL SQLAlchemy / database file or URL " \
          "(mặc định / default: $CCHC_DB or ./cchc.db)"
DbOpt = typer.Option(None, "--db", help=DB_HELP)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _engine(db: Optional[str], **kw):
    from extractor.store.db import StoreError, open_engine
    try:
        return open_engine(db, **kw)
    except StoreError as exc:  # a schema version this program does not know, a busy db
        err.print(f"LỖI / ERROR: {exc}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(2)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    return str(v)


def emit(rows: list[dict[str, Any]], fmt: Fmt, columns: Optional[list[str]] = None,
         title: Optional[str] = None) -> None:
    columns = columns or (list(rows[0].keys()) if rows else [])
    if fmt == Fmt.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    elif fmt == Fmt.csv:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({c: _cell(r.get(c)) for c in columns})
        sys.stdout.write(buf.getvalue())
    else:
        table = Table(title=title, show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*[_cell(r.get(c)) for c in columns])
        out.print(table)
        if not rows:
            out.print("(không có kết quả / no results)")


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
           quiet: bool = typer.Option(False, "--quiet", "-q")) -> None:
    """Nạp tài liệu vào CSDL / ingest files into the database."""
    from rich.progress import Progress

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


@app.command()
def extract(files: list[str] = typer.Argument(...),
            format: Fmt = typer.Option(Fmt.json, "--format", "-f",
                                       help="json (JSON Lines, cchc.extract/1) | table")) -> None:
    """Trích xuất một hay nhiều tệp, không cần CSDL / extract files (no database)."""
    from extractor.stages import extract_path, to_contract
    from extractor.model import LoadError
    failed = 0
    for f in files:
        try:
            data = to_contract(extract_path(f))
        except LoadError as exc:
            failed += 1
            err.print(f"LỖI / FAILED {f}: {exc}", highlight=False)
            continue
        if format == Fmt.json:
            print(json.dumps(data, ensure_ascii=False))
        else:
            _print_extract(data)
    raise typer.Exit(1 if failed else 0)


def _print_extract(data: dict[str, Any]) -> None:
    d = data["document"]
    out.rule(data["source"]["path"])
    for k in ("doc_type", "number", "date", "place", "issuer", "signer", "signer_title",
              "title", "period", "published"):
        if d.get(k):
            out.print(f"[bold]{k}[/bold]: {d[k]}", highlight=False)
    emit(data["references"], Fmt.table, ["page", "doc_type", "number", "date", "issuer",
                                          "relation"], title="references")
    for name, cols in (("laws", ["page", "name", "year"]),
                       ("scores", ["page", "indicator", "criterion", "value", "max", "year",
                                   "rank", "rank_total", "subject"]),
                       ("dossier_stats", ["page", "scope", "period", "received", "resolved",
                                          "resolved_on_time", "resolved_late"]),
                       ("tasks", ["page", "done", "total", "period"]),
                       ("findings", ["rule", "severity", "message", "suggestion"])):
        if data.get(name):
            emit(data[name], Fmt.table, cols, title=name)


@app.command()
def text(file: str, page: Optional[int] = typer.Option(None, "--page", "-p"),
         format: str = typer.Option("text", "--format", "-f", help="text | json")) -> None:
    """In văn bản các trang như được lưu / print page text as stored (offsets point here)."""
    from extractor.load import load
    from extractor.model import LoadError
    try:
        loaded = load(file)
    except LoadError as exc:
        err.print(f"LỖI / FAILED {file}: {exc}", highlight=False)
        raise typer.Exit(1)
    pages = [p for p in loaded.pages if page is None or p.number == page]
    if page is not None and not pages:
        err.print(f"Không có trang {page} / no page {page} (1..{len(loaded.pages)})")
        raise typer.Exit(2)
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
def stats(db: Optional[str] = DbOpt,
          format: Fmt = typer.Option(Fmt.table, "--format", "-f")) -> None:
    """Thống kê CSDL / database statistics."""
    from extractor import query
    data = query.stats(_engine(db))
    if format == Fmt.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return
    by_type = data.pop("by_type")
    emit([{"bảng / table": k, "số / count": v} for k, v in data.items()], format)
    emit([{"loại / type": k, "số / count": v} for k, v in sorted(by_type.items())], format)


@query_app.command("cites")
def q_cites(unit: str = typer.Option(..., "--unit", "-u"),
            type: Optional[str] = typer.Option(None, "--type", "-t"),
            year: Optional[int] = typer.Option(None, "--year", "-y"),
            db: Optional[str] = DbOpt, format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Văn bản mà một đơn vị trích dẫn / documents a unit's documents cite."""
    from extractor import query
    emit(query.cites(_engine(db), unit, type, year), format,
         ["number", "doc_type", "date", "issuer", "mentions", "documents", "first_citing",
          "last_citing"], title=f"{unit} trích dẫn / cites")


@query_app.command("cited-by")
def q_cited_by(number: str, db: Optional[str] = DbOpt,
               format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Văn bản và đơn vị trích dẫn một văn bản / who cites a document."""
    from extractor import query
    emit(query.cited_by(_engine(db), number), format,
         ["unit", "doc_type", "number", "date", "mentions", "cited_as", "path"],
         title=f"{number}: được trích dẫn bởi / cited by")


@query_app.command("docs")
def q_docs(unit: Optional[str] = typer.Option(None, "--unit", "-u"),
           type: Optional[str] = typer.Option(None, "--type", "-t"),
           year: Optional[int] = typer.Option(None, "--year", "-y"),
           text: Optional[str] = typer.Option(None, "--text", help="Tìm trong văn bản / search"),
           db: Optional[str] = DbOpt, format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Liệt kê văn bản / list documents."""
    from extractor import query
    emit(query.docs(_engine(db), unit, type, year, text), format,
         ["id", "doc_type", "number", "date", "period", "unit", "pages", "path"])


@query_app.command("show")
def q_show(doc: str, db: Optional[str] = DbOpt,
           format: Fmt = typer.Option(Fmt.table, "--format", "-f"),
           html: Optional[str] = typer.Option(None, "--html", help="Ghi trang HTML tô sáng "
                                              "bằng chứng / write an HTML evidence view")):
    """Một văn bản: siêu dữ liệu, trích dẫn, điểm số, thống kê, phát hiện / one document."""
    from extractor import query
    if html:
        page = query.evidence_html(_engine(db), doc)
        if page is None:
            err.print(f"Không tìm thấy văn bản / no such document: {doc}")
            raise typer.Exit(1)
        with open(html, "w", encoding="utf-8") as fh:
            fh.write(page)
        out.print(f"Đã ghi / written: {html}")
        return
    data = query.show(_engine(db), doc)
    if data is None:
        err.print(f"Không tìm thấy văn bản / no such document: {doc}")
        raise typer.Exit(1)
    if format == Fmt.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _print_extract(data) if "document" in data else out.print(data)


@query_app.command("scores")
def q_scores(unit: str = typer.Option(..., "--unit", "-u"), db: Optional[str] = DbOpt,
             format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Điểm số của đơn vị qua các năm / a unit's scores over the years."""
    from extractor import query
    emit(query.scores(_engine(db), unit), format,
         ["year", "unit", "indicator", "criterion", "value", "max", "value_unit", "rank",
          "rank_total", "rating", "document"])


@query_app.command("dossiers")
def q_dossiers(unit: str = typer.Option(..., "--unit", "-u"), db: Optional[str] = DbOpt,
               format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Thống kê hồ sơ TTHC của đơn vị / a unit's dossier statistics."""
    from extractor import query
    emit(query.dossiers(_engine(db), unit), format,
         ["year", "unit", "scope", "period", "received", "resolved", "resolved_on_time",
          "resolved_late", "pending", "on_time_rate", "document"])


@query_app.command("failures")
def q_failures(db: Optional[str] = DbOpt,
               format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Tệp không đọc được và lý do / files that could not be read, with the reason."""
    from extractor import query
    emit(query.failures(_engine(db)), format, ["path", "error"])


@app.command()
def audit(unit: Optional[str] = typer.Option(None, "--unit", "-u"),
          rule: Optional[str] = typer.Option(None, "--rule", "-r"),
          severity: Optional[str] = typer.Option(None, "--severity", "-s",
                                                 help="error | warning | info (và nặng hơn)"),
          since: Optional[str] = typer.Option(None, "--since", help="YYYY or YYYY-MM-DD"),
          english: bool = typer.Option(False, "--en", help="English messages"),
          per_doc: int = typer.Option(10, "--per-doc", help="Bảng: tối đa mỗi văn bản, 0 = "
                                      "tất cả / table: at most this many per document"),
          db: Optional[str] = DbOpt, format: Fmt = typer.Option(Fmt.table, "--format", "-f")):
    """Các phát hiện kiểm tra / audit findings, grouped by document."""
    from extractor import query
    rows = query.findings(_engine(db), unit, rule, severity, since)
    if format != Fmt.table:
        emit(rows, format, ["path", "rule", "severity", "number", "date", "suggestion",
                            "message", "message_en", "evidence"])
        return
    if not rows:
        out.print("Không có phát hiện / no findings")
        return
    colors = {"error": "red", "warning": "yellow", "info": "cyan"}
    current, shown, hidden = None, 0, 0

    def more() -> None:
        if hidden:
            out.print(f"         … và {hidden} phát hiện khác / and {hidden} more "
                      "(--per-doc 0)", highlight=False)

    for r in rows:
        if r["path"] != current:
            more()
            current, shown, hidden = r["path"], 0, 0
            out.rule(f"[bold]{current}[/bold]")
        if per_doc and shown >= per_doc:
            hidden += 1
            continue
        shown += 1
        c = colors.get(r["severity"], "white")
        msg = r["message_en"] if english else r["message"]
        out.print(f"[{c}]{r['severity'].upper():7}[/{c}] [bold]{r['rule']}[/bold]: {msg}",
                  highlight=False)
        if r["suggestion"]:
            out.print(f"         → đề xuất / suggestion: [green]{r['suggestion']}[/green]",
                      highlight=False)
        for e in r["evidence"][:3]:
            out.print(f"         trang/page {e['page']} [{e['start']}:{e['end']}] "
                      f"«[reverse]{' '.join(e['text'].split())}[/reverse]»", highlight=False)
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
