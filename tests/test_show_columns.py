"""A document's own view (`cchc query show`, the web page /doc/ID, Archive.show) is built
from the stored columns by one function, extractor.query.document_view (issue 9: queries
read columns, never a stored copy of the extraction JSON).

Specification: for every seed and every unseen document (1NN-9NN, the 7NN ones
included; TXT, HTML, DOCX and ruled PDFs), and two small files that fill the fields the corpus leaves empty (a date that
is not a real date, an HTML page that gives a loader warning), ingested, the view equals
`extractor.extract(path)` on every field of the `cchc.extract/1` contract; a scanned PDF
(`ocr_pages`) is checked the same way in a slow test. What the view adds or keeps apart,
and why:
- `id`, `status`, `error`, `files`: the store's own (row id, a failed file's reason, the
  other files of one report);
- each reference's `cited_id` (the cited document's row) and `held` (the archive's own
  copy of the cited document, when it holds it);
- `findings` holds every stored finding of the document with its `scope`: the
  `document` ones are extract()'s findings; `archive` ones (conflicts between documents)
  exist only in an archive. Rows also name their document (`document_id`, `path`, ...).
- numbers stored in REAL columns come back as JSON numbers of equal value (75416, not
  75416.0); a figure too big for a database column is not stored (tests/test_issues_fuzz.py).
"""
import json
from pathlib import Path

import pytest

from conftest import BACKENDS, CORPORA, ROOT, SEEDS, scratch_db

REPORTS = (".txt", ".html", ".docx", ".pdf")
CORPUS = sorted(str(p) for p in SEEDS.glob("*.txt")) + sorted(
    str(p) for p in (CORPORA / "unseen").iterdir()  # NNN_name.ext, not the READMEs
    if p.name[:3].isdigit() and p.suffix in REPORTS)
STORE_ONLY = ("id", "status", "error", "files")
FINDING_FIELDS = ("rule", "severity", "message", "message_en", "evidence", "number", "date",
                  "suggestion")


def crafted(folder: Path) -> list[str]:
    """Files filling what the corpus never fills: a reference dated 31/02/2019
    (`date_text`), an HTML page nested 300 levels deep (a loader warning), a rate whose
    denominator the text states (`rate_bases`)."""
    dates = folder / "dates.txt"
    dates.write_text("Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 31/02/2019 của UBND tỉnh "
                     "Khánh Hòa về việc ban hành quy chế.\n", encoding="utf-8")
    base = folder / "base.txt"
    base.write_text("Năm 2024, huyện Cam Lâm đã giải quyết 1.200 hồ sơ, đúng hạn 1.150 hồ sơ, "
                    "trễ hạn 50 hồ sơ; hồ sơ đến hạn giải quyết 1.250 hồ sơ. Tỷ lệ giải quyết "
                    "đúng hạn đạt 92% trên tổng số hồ sơ đến hạn.\n", encoding="utf-8")
    deep = folder / "deep.html"
    deep.write_text("<html><body>" + "<div>" * 300 + "<p>Thực hiện Kế hoạch số 45/KH-UBND "
                    "ngày 06/5/2021 về cải cách hành chính năm 2021.</p>" * 5
                    + "</div>" * 300 + "</body></html>", encoding="utf-8")
    return [str(dates), str(deep), str(base)]


_EXTRACTED: dict = {}


def extracted(path: str) -> dict:
    import extractor
    if path not in _EXTRACTED:
        _EXTRACTED[path] = extractor.to_contract(extractor.extract(path))
    return _EXTRACTED[path]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return CORPUS + crafted(tmp_path_factory.mktemp("crafted"))


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request, tmp_path_factory, files):
    """The documents ingested into SQLite, then PostgreSQL."""
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    url = scratch_db(request.param, tmp_path_factory.mktemp("show"))
    engine = open_engine(url)
    summary = ingest(engine, files)
    assert (summary.new, summary.failed) == (len(files), 0)
    yield engine, url
    engine.dispose()


def contract_part(view: dict) -> dict:
    """The view without what the store adds (see the module's docstring)."""
    out = {k: v for k, v in view.items() if k not in STORE_ONLY}
    out["references"] = [{k: v for k, v in r.items() if k not in ("cited_id", "held")}
                         for r in view["references"]]
    out["findings"] = [{k: f[k] for k in FINDING_FIELDS} for f in view["findings"]
                       if f["scope"] == "document"]
    return out


def differences(a, b, where=""):
    """Paths where two JSON values differ (numbers compared by value)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = [f"{where}.{k}: only in the view" for k in a.keys() - b.keys()]
        out += [f"{where}.{k}: missing from the view" for k in b.keys() - a.keys()]
        for k in a.keys() & b.keys():
            out += differences(a[k], b[k], f"{where}.{k}")
        return out
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return [f"{where}: {len(a)} items in the view, {len(b)} extracted"]
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differences(x, y, f"{where}[{i}]")]
    if isinstance(a, bool) or isinstance(b, bool):  # True is not 1 here
        same = type(a) is type(b) and a == b
    else:
        same = a == b
    return [] if same else [f"{where}: view {a!r}, extracted {b!r}"]


LISTS = ("references", "laws", "scores", "dossier_stats", "tasks", "ratios", "findings")


def test_the_view_from_columns_equals_extract_on_every_contract_field(archive, files):
    from extractor import query
    engine, _ = archive
    diffs = []
    for path in files:
        view = query.show(engine, path)
        assert view["source"]["path"] == path and view["status"] == "ok", path
        diffs += [f"{Path(path).name}{d}"
                  for d in differences(contract_part(view), extracted(path))]
    assert diffs == []


def empty_fields(contracts) -> list[str]:
    """Contract fields (kind.field) that no contract fills with a value."""
    seen: dict[str, bool] = {}
    for c in contracts:
        items = [("source", c["source"]), ("document", c["document"])]
        items += [(k, x) for k in LISTS for x in c[k]]
        for kind, x in items:
            for k, v in x.items():
                seen[f"{kind}.{k}"] = seen.get(f"{kind}.{k}", False) or \
                    v not in (None, False, [], {}, "")
    return sorted(k for k, v in seen.items() if not v)


def test_the_documents_compared_fill_every_contract_field(files):
    # so the comparison above reads every column with a value in it; only the OCR pages
    # need a scan (the slow test below)
    contracts = [extracted(p) for p in files]
    assert empty_fields(contracts) == ["source.ocr_pages"]
    assert {k for c in contracts for k in LISTS if c[k]} == set(LISTS)


@pytest.mark.slow
def test_a_scanned_pdf_shows_its_ocr_pages_from_columns(tmp_path):
    from extractor import query
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    path = str(CORPORA / "formats" / "004_592319bdbe9c2a64.scan.pdf")
    engine = open_engine(str(tmp_path / "scan.db"))
    assert ingest(engine, [path]).new == 1
    expected = extracted(path)
    assert expected["source"]["ocr_pages"]
    assert differences(contract_part(query.show(engine, path)), expected) == []


def test_query_show_json_prints_the_view(archive):
    from typer.testing import CliRunner

    from extractor import query
    from extractor.cli import app
    engine, url = archive
    doc = query.show(engine, "2286/BC-UBND")
    res = CliRunner().invoke(app, ["query", "show", str(doc["id"]), "--db", url,
                                   "--format", "json"])
    assert res.exit_code == 0, res.output
    printed = json.loads(res.output)
    assert printed == json.loads(json.dumps(doc, ensure_ascii=False))
    assert printed["document"]["number"] == "2286/BC-UBND"
    assert printed["schema"] == "cchc.extract/1"
    assert {"61/2018/NĐ-CP", "43/2006/NĐ-CP"} <= {r["number"] for r in printed["references"]}


def test_the_document_page_shows_the_facts_of_the_view(archive):
    from extractor import query
    from extractor.web.app import call, create_app
    engine, _ = archive
    app = create_app(engine)
    for path in CORPUS:
        view = query.show(engine, path)
        status, _, body = call(app, f"/doc/{view['id']}")
        html = body.decode("utf-8")
        assert status == 200, path
        marks = html.count('class="fact-item')
        # every fact but the findings is listed once beside the text
        assert marks == sum(len(view[k]) for k in ("references", "laws", "scores",
                                                   "dossier_stats", "tasks", "ratios")) + \
            len(view["document"]["evidence"]), path
        for f in view["findings"]:
            assert f["message"].split(":")[0] in html, (path, f["rule"])


def test_archive_show_is_the_same_view(archive):
    from extractor import Archive, query
    engine, url = archive
    with Archive(url) as arc:
        for ref in ("45/KH-UBND", CORPUS[-1]):
            assert arc.show(ref) == query.show(engine, ref)


# ---- nothing reads a stored copy of the extraction -------------------------------------

def test_no_code_reads_or_writes_a_stored_extraction_json():
    # the column is gone (migration 0014); only the migrations that moved what it held
    # into columns may name it
    allowed = {"0001_initial_schema.py", "0005_incremental_archive.py",
               "0014_show_from_columns.py"}
    named = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "extractor").rglob("*.py")
                   if "extract_json" in p.read_text(encoding="utf-8")
                   and p.name not in allowed)
    named += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "scripts").rglob("*.py")
                    if "extract_json" in p.read_text(encoding="utf-8"))
    assert named == []


def test_the_document_table_holds_no_extraction_json(archive):
    from sqlalchemy import inspect
    engine, _ = archive
    columns = {c["name"] for c in inspect(engine).get_columns("document")}
    assert "extract_json" not in columns
    assert {"recipients", "issuer_path", "doc_type_signals"} <= columns


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_database_stored_with_the_json_gets_its_columns_from_it(tmp_path, backend):
    """Migration 0014 on a database written before it: the new columns are filled from
    the stored extraction JSON, then the JSON is dropped; the view equals the contract."""
    from alembic import command
    from sqlalchemy import text

    import extractor
    from extractor import query
    from extractor.ingest import ingest
    from extractor.store.db import alembic_config, open_engine
    path = str(SEEDS / "001_3e4ada505bc6bb63.txt")
    engine = open_engine(scratch_db(backend, tmp_path))
    assert ingest(engine, [path]).new == 1
    contract = extractor.to_contract(extractor.extract(path))
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0010")  # the schema before: the JSON column, no new ones
        conn.execute(text("UPDATE document SET extract_json = :j"),
                     {"j": json.dumps(contract, ensure_ascii=False)})
        command.upgrade(cfg, "head")
    view = query.show(engine, path)
    assert differences(contract_part(view), contract) == []
    assert contract["document"]["recipients"] and contract["document"]["evidence"]


# ---- one document is read through indexes -------------------------------------------

def test_the_view_of_one_document_reads_no_whole_table(tmp_path):
    """Regression: the files of a document were looked up with `id = :d OR copy_of = :d`,
    which SQLite answers by scanning every document (50 ms on 100,000 documents,
    scripts/bench_web.py). Every statement the view runs must find its rows through an
    index (SQLite's plan: SEARCH, never SCAN of a table)."""
    from extractor import query
    from extractor.ingest import ingest
    from extractor.store.conn import Db
    from extractor.store.db import open_engine
    engine = open_engine(str(tmp_path / "plan.db"))  # SQLite: its EXPLAIN QUERY PLAN
    assert ingest(engine, CORPUS[:5]).new == 5
    ran = []

    class Recording(Db):
        def rows(self, sql, params=None):
            ran.append((sql, params))
            return super().rows(sql, params)

    did = query.show(engine, "2286/BC-UBND")["id"]
    db = Recording(engine.raw_connection(), "sqlite")
    try:
        # with statistics, as `cchc serve` keeps them (web/app.py): SQLite then knows
        # that copy_of is NULL almost everywhere and plans accordingly
        Db.rows(db, "ANALYZE")
        doc = query.document_view(db, did)
        assert doc["references"] and doc["findings"] and doc["document"]["evidence"]
        scans = []
        for sql, params in list(ran):
            plan = Db.rows(db, "EXPLAIN QUERY PLAN " + sql, params)
            scans += [(sql, p[-1]) for p in plan if p[-1].startswith("SCAN ")]
        assert len(ran) > 8 and scans == []
    finally:
        db.close()


def test_a_replaced_file_leaves_no_row_of_its_old_document_in_any_table(tmp_path):
    # every fact table (document_evidence and ratio included) is cleared with its
    # document: after the replacement the archive holds exactly the new version's rows
    from sqlmodel import SQLModel

    from extractor import query
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    report = tmp_path / "report.txt"
    report.write_text((SEEDS / "002_d55b9dce33f6b12b.txt").read_text(encoding="utf-8"),
                      encoding="utf-8")
    engine = open_engine(str(tmp_path / "r.db"))
    assert ingest(engine, [str(report)]).new == 1
    before = query.show(engine, str(report))
    assert all(before[k] for k in ("references", "scores", "dossier_stats", "tasks",
                                   "findings"))
    assert before["document"]["evidence"]
    report.write_text("Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.\n",
                      encoding="utf-8")
    assert ingest(engine, [str(report)]).replaced == 1
    new = query.show(engine, str(report))
    with query._open(engine) as db:
        held = {name: db.scalar(f"SELECT COUNT(*) FROM {name}")
                for name, tb in SQLModel.metadata.tables.items()
                if "document_id" in tb.columns and name != "cited_document"}
    assert {k: held[k] for k in ("citation", "law_mention", "score", "dossier_stat",
                                 "task_stat", "ratio", "document_evidence", "finding",
                                 "page")} == {
        "citation": len(new["references"]), "law_mention": len(new["laws"]),
        "score": len(new["scores"]), "dossier_stat": len(new["dossier_stats"]),
        "task_stat": len(new["tasks"]), "ratio": len(new["ratios"]),
        "document_evidence": len(new["document"]["evidence"]),
        "finding": len(new["findings"]), "page": new["source"]["pages"]}
    assert [r["number"] for r in new["references"]] == ["61/2018/NĐ-CP"]
