"""The WSGI application: routes, language, downloads. Pages are Jinja2 templates in
templates/; lists go out as XLSX or CSV through extractor/export.py with `?format=`."""
from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import traceback
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Any, Callable, Iterable, Optional
from urllib.parse import parse_qs, quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape
from sqlalchemy.engine import Engine

from extractor import export
from extractor.export import Column
from extractor.web import charts, data, highlight
from extractor.web.labels import (DOSSIER, GENRES, INDICATORS, REVIEW, RULES, SEVERITIES, UI,
                                  UNIT_LEVELS, label)

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
PAGE_SIZE = 50


@dataclass
class Request:
    method: str
    path: str
    args: dict[str, str]
    form: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    query_string: str = ""
    origin: str = ""  # the Origin header of a form post (a page of another site: refused)
    host: str = ""

    def get(self, name: str, default: Optional[str] = None) -> Optional[str]:
        v = self.args.get(name)
        return v if v not in (None, "") else default

    def int(self, name: str) -> Optional[int]:
        v = self.get(name)
        try:
            return int(v) if v is not None else None
        except ValueError:
            return None


@dataclass
class Response:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


class NotFound(Exception):
    pass


def _fmt_num(v: Any) -> str:
    """A number as Vietnamese readers write it: 58.053 ; 81,44."""
    if v is None or v == "":
        return ""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, float) and not v.is_integer():
        s = f"{v:,.2f}".rstrip("0").rstrip(".")
    else:
        s = f"{int(v):,}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _fmt_date(v: Optional[str]) -> str:
    """ISO date -> dd/mm/yyyy (a year alone stays a year)."""
    if not v:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v)
    return f"{m.group(3)}/{m.group(2)}/{m.group(1)}" if m else v


class App:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                               autoescape=select_autoescape(["html"]), trim_blocks=True,
                               lstrip_blocks=True)
        self.env.filters["num"] = _fmt_num
        self.env.filters["vdate"] = _fmt_date
        self.routes: list[tuple[str, re.Pattern, Callable]] = [
            ("GET", re.compile(r"/"), self.overview),
            ("GET", re.compile(r"/search"), self.search),
            ("GET", re.compile(r"/doc/(\d+)"), self.document),
            ("GET", re.compile(r"/doc/(\d+)/file"), self.original),
            ("GET", re.compile(r"/units"), self.units),
            ("GET", re.compile(r"/unit"), self.unit_lookup),
            ("GET", re.compile(r"/unit/(\d+)"), self.unit),
            ("GET", re.compile(r"/cited"), self.cited_lookup),
            ("GET", re.compile(r"/cited/(\d+)"), self.cited),
            ("GET", re.compile(r"/audit"), self.audit),
            ("POST", re.compile(r"/review"), self.review),
            ("GET", re.compile(r"/static/([\w.\-]+)"), self.static),
        ]

    # ------------------------------------------------------------------ WSGI
    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        req = self._request(environ)
        try:
            resp = self.dispatch(req)
        except NotFound as exc:
            resp = self._error(req, 404, str(exc) or "Not found")
        except Exception:  # a page that fails says so instead of dropping the connection
            traceback.print_exc()
            resp = self._error(req, 500, "Lỗi máy chủ / server error")
        headers = [("Content-Type", resp.content_type),
                   ("Content-Length", str(len(resp.body))), *resp.headers]
        lang = req.args.get("lang")
        if lang in ("vi", "en"):
            headers.append(("Set-Cookie", f"lang={lang}; Path=/; SameSite=Lax"))
        start_response(f"{resp.status} {HTTPStatus(resp.status).phrase}", headers)
        return [resp.body]

    def _request(self, environ: dict) -> Request:
        qs = environ.get("QUERY_STRING", "")
        args = {k: v[-1] for k, v in parse_qs(qs, keep_blank_values=True).items()}
        form: dict[str, str] = {}
        if environ.get("REQUEST_METHOD") == "POST":
            try:
                n = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                n = 0
            body = environ["wsgi.input"].read(n).decode("utf-8", "replace") if n else ""
            form = {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}
        cookies = {}
        for part in environ.get("HTTP_COOKIE", "").split(";"):
            if "=" in part:
                k, v = part.strip().split("=", 1)
                cookies[k] = v
        path = environ.get("PATH_INFO", "/") or "/"
        if len(path) > 1 and path.endswith("/"):
            path = path[:-1]
        return Request(environ.get("REQUEST_METHOD", "GET"), path, args, form, cookies, qs,
                       environ.get("HTTP_ORIGIN", ""), environ.get("HTTP_HOST", ""))

    def dispatch(self, req: Request) -> Response:
        for method, pattern, handler in self.routes:
            m = pattern.fullmatch(req.path)
            if m and method == req.method:
                return handler(req, *m.groups())
        if any(p.fullmatch(req.path) for _, p, _ in self.routes):
            return Response(b"Method not allowed", 405, "text/plain; charset=utf-8")
        raise NotFound(req.path)

    # ------------------------------------------------------------------ helpers
    def lang(self, req: Request) -> str:
        lang = req.args.get("lang") or req.cookies.get("lang") or "vi"
        return lang if lang in ("vi", "en") else "vi"

    def render(self, req: Request, template: str, **ctx: Any) -> Response:
        lang = self.lang(req)
        other = "en" if lang == "vi" else "vi"
        args = {k: v for k, v in req.args.items() if k != "lang"}

        def t(key: str) -> str:
            return label(UI, key, lang)

        def url(path: Optional[str] = None, **changes: Any) -> str:
            """This page's URL (or `path`) with some parameters changed (None drops one)."""
            base = dict(args) if path is None else {}
            for k, v in changes.items():
                if v is None or v == "":
                    base.pop(k, None)
                else:
                    base[k] = str(v)
            base.pop("offset", None) if "offset" not in changes else None
            q = urlencode(base)
            return (path or req.path) + ("?" + q if q else "")

        def lab(kind: str, key: Any) -> str:
            table = {"rule": RULES, "severity": SEVERITIES, "review": REVIEW,
                     "indicator": INDICATORS, "genre": GENRES, "dossier": DOSSIER,
                     "level": UNIT_LEVELS}[kind]
            return label(table, key, lang)

        def download_links(**extra: Any) -> Markup:
            links = []
            for fmt, name in (("xlsx", "Excel (XLSX)"), ("csv", "CSV")):
                links.append(f'<a class="dl" href="{escape(url(format=fmt, **extra))}" '
                             f'download>{name}</a>')
            return Markup(f'<span class="downloads">{escape(t("download"))}: '
                          + " · ".join(links) + "</span>")

        html = self.env.get_template(template).render(
            t=t, lab=lab, url=url, lang=lang, other_lang=other, req=req, path=req.path,
            download=download_links, lang_url=url(lang=other), **ctx)
        return Response(html.encode("utf-8"))

    def _error(self, req: Request, status: int, message: str) -> Response:
        try:
            resp = self.render(req, "error.html", status=status, message=message)
            resp.status = status
            return resp
        except Exception:
            return Response(message.encode("utf-8"), status, "text/plain; charset=utf-8")

    def export(self, req: Request, lists: list[tuple[str, list[dict], list[Column]]],
               name: str) -> Optional[Response]:
        """The page's lists as a download when `?format=xlsx|csv` asks for one."""
        fmt = req.get("format")
        if fmt not in ("xlsx", "csv"):
            return None
        lang = self.lang(req)
        safe = re.sub(r"[^\w.-]+", "-", name, flags=re.ASCII).strip("-") or "cchc"
        if fmt == "xlsx":
            body = export.to_xlsx(lists, lang)
            ctype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        else:
            wanted = req.get("list")
            chosen = next((x for x in lists if x[0] == wanted), lists[0])
            body = export.to_csv(chosen[1], chosen[2], lang)
            ctype = "text/csv; charset=utf-8"
            if wanted and len(lists) > 1:
                safe += "-" + str(lists.index(chosen) + 1)
        disp = f"attachment; filename={safe}.{fmt}; filename*=UTF-8''{quote(name)}.{fmt}"
        return Response(body, 200, ctype, [("Content-Disposition", disp)])

    def cols(self, req: Request, spec: list[tuple[str, str]]) -> list[Column]:
        return [Column(key, label(UI, ui, "vi"), label(UI, ui, "en")) for key, ui in spec]

    def _labelled(self, req: Request, rows: list[dict], **kinds: str) -> list[dict]:
        """Rows for a file: codes replaced by their words (rule, severity, ...)."""
        lang = self.lang(req)
        tables = {"rule": RULES, "severity": SEVERITIES, "review": REVIEW,
                  "indicator": INDICATORS, "genre": GENRES}
        out = []
        for r in rows:
            r = dict(r)
            for key, kind in kinds.items():
                r[key] = label(tables[kind], r.get(key), lang)
            out.append(r)
        return out

    # ------------------------------------------------------------------ pages
    def overview(self, req: Request) -> Response:
        ov = data.overview(self.engine)
        lang = self.lang(req)
        rule_rows = [dict(r, rule_label=label(RULES, r["rule"], lang)) for r in ov["by_rule"]]
        lists = [
            (label(UI, "by_rule", lang), rule_rows,
             [Column("rule_label", "Quy tắc", "Rule"), Column("error", "Lỗi", "Error"),
              Column("warning", "Cảnh báo", "Warning"), Column("info", "Lưu ý", "Note"),
              Column("total", "Tổng", "Total")]),
            (label(UI, "recent", lang), ov["recent"], self.doc_columns(req)),
        ]
        resp = self.export(req, lists, "tong-quan")
        if resp:
            return resp
        chart = charts.bar_chart(ov["by_year"], label(UI, "docs_over_time", lang))
        return self.render(req, "overview.html", ov=ov, rule_rows=rule_rows,
                           chart=Markup(chart))

    def doc_columns(self, req: Request) -> list[Column]:
        return self.cols(req, [("doc_type", "type"), ("number", "number"), ("date", "date"),
                               ("unit", "unit"), ("title", "title"), ("pages", "pages"),
                               ("path", "path")])

    def search(self, req: Request) -> Response:
        q = req.get("q")
        unit_id, year = req.int("unit"), req.int("year")
        doc_type, genre = req.get("type"), req.get("genre")
        offset = max(0, req.int("offset") or 0)
        fmt = req.get("format")
        if fmt:
            res = data.search(self.engine, q, unit_id, doc_type, year, genre,
                              limit=data.EXPORT_LIMIT, facets=False)
            return self.export(req, [(label(UI, "documents", self.lang(req)), res["rows"],
                                      self.doc_columns(req))], "tim-kiem") or \
                Response(b"format: xlsx | csv", 400, "text/plain; charset=utf-8")
        res = data.search(self.engine, q, unit_id, doc_type, year, genre, limit=PAGE_SIZE,
                          offset=offset)
        lang = self.lang(req)
        fac = res["facets"]
        fac["type_items"] = [(k, k, n) for k, n in fac["type"]]
        fac["year_items"] = [(k, k, n) for k, n in fac["year"]]
        fac["genre_items"] = [(k, label(GENRES, k, lang), n) for k, n in fac["genre"]]
        return self.render(req, "search.html", res=res, q=q or "", unit_id=unit_id, year=year,
                           doc_type=doc_type, genre=genre, offset=offset, size=PAGE_SIZE)

    def document(self, req: Request, doc_id: str) -> Response:
        doc = data.document(self.engine, int(doc_id))
        if doc is None:
            raise NotFound(label(UI, "no_document", self.lang(req)))
        lang = self.lang(req)
        found = doc["findings"]
        lists = [(label(UI, "findings", lang), self._labelled(req, found, rule="rule",
                                                              severity="severity",
                                                              review="review"),
                  self.finding_columns(req)),
                 (label(UI, "reference", lang), doc["facts"]["references"],
                  self.cols(req, [("doc_type", "type"), ("number", "number"),
                                  ("date", "date"), ("issuer", "issuer"),
                                  ("relation", "relation"), ("page", "page"),
                                  ("text", "evidence")]))]
        resp = self.export(req, lists, f"van-ban-{doc_id}")
        if resp:
            return resp
        facts, pages = highlight.document_view(doc, lang)
        return self.render(req, "document.html", doc=doc, facts=facts, pages=pages)

    def original(self, req: Request, doc_id: str) -> Response:
        found = data.document_path(self.engine, int(doc_id))
        lang = self.lang(req)
        if found is None:
            raise NotFound(label(UI, "no_document", lang))
        path, sha256 = found
        p = Path(path)
        if not p.is_file():
            raise NotFound(label(UI, "file_missing", lang) + f": {path}")
        body = p.read_bytes()
        if hashlib.sha256(body).hexdigest() != sha256:  # changed since: not the original
            raise NotFound(label(UI, "file_missing", lang) + f": {path}")
        ctype = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
        disp = f"attachment; filename*=UTF-8''{quote(p.name)}"
        return Response(body, 200, ctype, [("Content-Disposition", disp)])

    def units(self, req: Request) -> Response:
        rows = data.units_list(self.engine)
        lang = self.lang(req)
        resp = self.export(req, [(label(UI, "units", lang), rows,
                                  self.cols(req, [("name", "unit"), ("level", "level"),
                                                  ("province", "province"),
                                                  ("new_name", "new_name"),
                                                  ("documents", "documents")]))], "don-vi")
        return resp or self.render(req, "units.html", rows=rows, name="")

    def unit_lookup(self, req: Request) -> Response:
        name = (req.get("name") or "").strip()
        if not name:
            return self.units(req)
        found = data.find_units(self.engine, name)
        if len(found) == 1:
            target = f"/unit/{found[0].id}"
            return Response(b"", 303, headers=[("Location", target)])
        rows = [{"id": u.id, "name": u.name, "level": u.level, "province": u.province,
                 "new_name": u.new_name, "documents": None} for u in found]
        return self.render(req, "units.html", rows=rows, name=name)

    def unit(self, req: Request, unit_id: str) -> Response:
        year = req.int("year")
        fmt = req.get("format")
        res = data.unit(self.engine, int(unit_id), year,
                        limit=data.EXPORT_LIMIT if fmt else PAGE_SIZE * 2)
        lang = self.lang(req)
        if res is None:
            raise NotFound(label(UI, "no_unit", lang))
        u = res["unit"]
        score_rows = self._labelled(req, res["scores"], indicator="indicator")
        lists = [
            (label(UI, "documents", lang), res["docs"], self.doc_columns(req)),
            (label(UI, "cites", lang), res["cites"], self.cited_columns(req)),
            (label(UI, "scores", lang), score_rows, self.score_columns(req)),
            (label(UI, "dossiers", lang), res["dossiers"], self.dossier_columns(req)),
            (label(UI, "findings", lang),
             self._labelled(req, res["findings"]["rows"], rule="rule", severity="severity",
                            review="review"), self.finding_columns(req)),
        ]
        resp = self.export(req, lists, u.name)
        if resp:
            return resp
        series = data.chart_series(res["scores"], res["dossiers"])
        par_chart = charts.line_chart(
            [(label(INDICATORS, "PAR_INDEX", lang), series["par"]),
             (label(INDICATORS, "SIPAS", lang), series["sipas"])],
            label(UI, "par_chart", lang), 100.0)
        ontime_chart = charts.line_chart([(label(UI, "ontime_chart", lang),
                                           series["on_time"])],
                                         label(UI, "ontime_chart", lang), 100.0, "%")
        docs_chart = charts.bar_chart(res["per_year"], label(UI, "docs_over_time", lang))
        return self.render(req, "unit.html", res=res, u=u, year=year,
                           par_chart=Markup(par_chart), ontime_chart=Markup(ontime_chart),
                           docs_chart=Markup(docs_chart), lists=lists)

    def cited_columns(self, req: Request) -> list[Column]:
        return self.cols(req, [("doc_type", "type"), ("number", "number"), ("date", "date"),
                               ("issuer", "issuer"), ("mentions", "mentions"),
                               ("documents", "citing_docs"), ("first_citing", "first_citing"),
                               ("last_citing", "last_citing")])

    def score_columns(self, req: Request) -> list[Column]:
        return self.cols(req, [("year", "year"), ("indicator", "indicator"),
                               ("criterion", "criterion"), ("value", "value"), ("max", "max"),
                               ("rank", "rank"), ("rank_total", "total"),
                               ("subject", "unit"), ("document_number", "document"),
                               ("text", "evidence")])

    def dossier_columns(self, req: Request) -> list[Column]:
        cols = [Column("year", "Năm", "Year"), Column("period", "Kỳ báo cáo", "Period"),
                Column("scope", "Phạm vi", "Scope")]
        for k in ("received", "online", "resolved", "resolved_early", "resolved_on_time",
                  "resolved_late", "pending", "on_time_rate"):
            cols.append(Column(k, DOSSIER[k][0], DOSSIER[k][1]))
        cols += [Column("document_number", "Văn bản", "Document"),
                 Column("text", "Bằng chứng", "Evidence")]
        return cols

    def finding_columns(self, req: Request) -> list[Column]:
        lang = self.lang(req)
        msg = "message_en" if lang == "en" else "message"
        return [Column("severity", "Mức độ", "Severity"), Column("rule", "Quy tắc", "Rule"),
                Column(msg, "Nội dung", "Message"), Column("suggestion", "Đề xuất", "Suggestion"),
                Column("evidence_text", "Bằng chứng", "Evidence"),
                Column("doc_type", "Loại văn bản", "Document type"),
                Column("doc_number", "Số văn bản", "Document number"),
                Column("doc_date", "Ngày văn bản", "Document date"),
                Column("unit", "Đơn vị", "Unit"),
                Column("review", "Xem xét", "Review"),
                Column("review_note", "Ghi chú xem xét", "Review note"),
                Column("path", "Tệp", "File")]

    def cited_lookup(self, req: Request) -> Response:
        number = (req.get("number") or "").strip()
        lang = self.lang(req)
        if not number:
            return self.render(req, "cited.html", res=None, number="")
        ids = data.cited_ids(self.engine, number)
        if len(ids) == 1:
            return Response(b"", 303, headers=[("Location", f"/cited/{ids[0]}")])
        res = data.cited(self.engine, number=number) if ids else None
        return self._cited_page(req, res, lang) if res else \
            self.render(req, "cited.html", res=None, number=number)

    def cited(self, req: Request, cited_id: str) -> Response:
        fmt = req.get("format")
        res = data.cited(self.engine, cited_id=int(cited_id),
                         limit=data.EXPORT_LIMIT if fmt else 1000)
        lang = self.lang(req)
        if res is None:
            raise NotFound(label(UI, "no_document", lang))
        return self._cited_page(req, res, lang)

    def _cited_page(self, req: Request, res: dict, lang: str) -> Response:
        cd = res["cited"]
        lists = [(label(UI, "cited_by", lang), res["rows"],
                  self.cols(req, [("unit", "unit"), ("doc_type", "type"),
                                  ("number", "number"), ("date", "date"),
                                  ("mentions", "mentions"), ("cited_as", "cited_as"),
                                  ("path", "path")]))]
        resp = self.export(req, lists, res["number"])
        return resp or self.render(req, "cited.html", res=res, number=res["number"])

    def audit(self, req: Request) -> Response:
        rule, severity, status = req.get("rule"), req.get("severity"), req.get("status")
        unit_name = (req.get("unit") or "").strip()
        year = req.int("year")
        offset = max(0, req.int("offset") or 0)
        unit_id = None
        units_found: list = []
        if unit_name:
            if unit_name.isdigit():
                unit_id = int(unit_name)
            else:
                units_found = data.find_units(self.engine, unit_name)
                unit_id = units_found[0].id if len(units_found) == 1 else (-1 if not units_found
                                                                          else None)
        fmt = req.get("format")
        res = data.findings(self.engine, rule, severity, unit_id, year, status,
                            limit=data.EXPORT_LIMIT if fmt else PAGE_SIZE, offset=0 if fmt
                            else offset)
        if fmt:
            rows = self._labelled(req, res["rows"], rule="rule", severity="severity",
                                  review="review")
            return self.export(req, [(label(UI, "findings", self.lang(req)), rows,
                                      self.finding_columns(req))], "kiem-tra") or \
                Response(b"format: xlsx | csv", 400, "text/plain; charset=utf-8")
        facets = data.finding_facets(self.engine)
        return self.render(req, "audit.html", res=res, rule=rule, severity=severity,
                           status=status, unit_name=unit_name, year=year, facets=facets,
                           offset=offset, size=PAGE_SIZE, units_found=units_found)

    def review(self, req: Request) -> Response:
        if req.origin and req.origin.split("://", 1)[-1] != req.host:
            return Response("Yêu cầu từ trang khác / cross-site request refused".encode(), 403,
                            "text/plain; charset=utf-8")
        fp = req.form.get("fingerprint", "")
        status = req.form.get("status", "")
        note = req.form.get("note")
        nxt = req.form.get("next") or "/audit"
        fid = req.form.get("finding", "")
        if not re.fullmatch(r"[0-9a-f]{40}", fp) or not fid.isdigit():
            return Response("Thiếu mã phát hiện / missing finding id".encode(), 400,
                            "text/plain; charset=utf-8")
        data.review(self.engine, fp, status, note, int(fid))
        if not nxt.startswith("/") or nxt.startswith("//"):
            nxt = "/audit"
        return Response(b"", 303, headers=[("Location", nxt)])

    def static(self, req: Request, name: str) -> Response:
        p = STATIC / name
        if not p.is_file():
            raise NotFound(name)
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith("javascript"):
            ctype += "; charset=utf-8"
        return Response(p.read_bytes(), 200, ctype,
                        [("Cache-Control", "max-age=3600")])


def prepare(engine: Engine) -> None:
    """Give SQLite's query planner the statistics it needs to pick the selective index
    (a unit's 100 documents, not all 100,000 "Báo cáo"): ANALYZE once when the database
    has none, else PRAGMA optimize (which refreshes them only when they are stale)."""
    if engine.dialect.name != "sqlite":
        return
    from sqlalchemy import text as sql_text
    with engine.begin() as conn:
        has = conn.execute(sql_text("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
                           ).first()
        conn.execute(sql_text("PRAGMA optimize" if has else "ANALYZE"))


def create_app(engine: Engine) -> App:
    prepare(engine)
    return App(engine)


def make_server(engine: Engine, host: str = "127.0.0.1", port: int = 8000):
    """A threaded WSGI server for the app (one slow page does not block the others);
    port 0 takes any free port (`server.server_port` says which)."""
    from socketserver import ThreadingMixIn
    from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
    from wsgiref.simple_server import make_server as wsgi_server

    class Server(ThreadingMixIn, WSGIServer):
        daemon_threads = True

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            if os.environ.get("CCHC_WEB_LOG"):
                super().log_message(format, *args)

    return wsgi_server(host, port, create_app(engine), server_class=Server,
                       handler_class=Quiet)


def serve(engine: Engine, host: str = "127.0.0.1", port: int = 8000,
          ready: Optional[Callable[[str], None]] = None) -> None:
    """Serve until interrupted; `ready(address)` is called once it listens."""
    httpd = make_server(engine, host, port)
    if ready:
        ready(f"http://{host}:{httpd.server_port}/")
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()


def call(app: Callable, path: str, method: str = "GET", form: Optional[dict] = None,
         cookies: Optional[dict] = None,
         headers: Optional[dict] = None) -> tuple[int, dict[str, str], bytes]:
    """Call the WSGI app in-process (tests, benchmark): (status, headers, body)."""
    import io
    from wsgiref.util import setup_testing_defaults
    path, _, qs = path.partition("?")
    body = urlencode(form or {}).encode() if method == "POST" else b""
    environ: dict[str, Any] = {"REQUEST_METHOD": method, "PATH_INFO": path,
                               "QUERY_STRING": qs, "wsgi.input": io.BytesIO(body),
                               "CONTENT_LENGTH": str(len(body)),
                               "CONTENT_TYPE": "application/x-www-form-urlencoded"}
    if cookies:
        environ["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    for k, v in (headers or {}).items():
        environ["HTTP_" + k.upper().replace("-", "_")] = v
    setup_testing_defaults(environ)
    got: dict[str, Any] = {}

    def start_response(status: str, headers: list) -> None:
        got["status"] = int(status.split()[0])
        got["headers"] = {k: v for k, v in headers}

    out = b"".join(app(environ, start_response))
    return got["status"], got["headers"], out
