"""The command line a user meets (issues 13 and 14): arguments and stored text are never
read as markup, arguments are matched literally and without tone marks, every usage error
is one Vietnamese-first line with exit 2, tables fit 80 columns with people's words, and
lists export to CSV (BOM) and XLSX. On SQLite and on PostgreSQL (CCHC_TEST_PG_URL)."""
import csv
import io
import json
import os
import re
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from conftest import BACKENDS, CORPORA, ROOT, scratch_db
from extractor import query
from extractor.cli import app

runner = CliRunner()


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request, tmp_path_factory):
    """The seeds and the unseen reports (44 TXT files), and a folder named `x[` holding
    one report and one broken file."""
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    folder = tmp_path_factory.mktemp("cli")
    db = scratch_db(request.param, folder)
    odd = folder / "x[" / "[b]"
    odd.mkdir(parents=True)
    # a report of its own: a copy of a seed would be stored as that seed's copy (issue 11)
    # and its path never printed with a finding
    (odd / "[red]report[bold].txt").write_text(
        "ỦY BAN NHÂN DÂN XÃ AN PHÚ\nSố: 12/BC-UBND\nAn Phú, ngày 10 tháng 3 năm 2023\n"
        "BÁO CÁO\nKết quả cải cách hành chính quý I năm 2023\n"
        "Căn cứ Nghị định số 43/2006/NĐ-CP ngày 25/4/2006 của Chính phủ quy định quyền tự "
        "chủ, tự chịu trách nhiệm về tài chính đối với đơn vị sự nghiệp công lập.\n"
        "Phụ lục [bold]không phải markup[/bold].\n", encoding="utf-8")
    (odd / "[b]broken.txt").write_bytes(b"\x00\x01\x02 binary")
    files = sorted(str(p) for p in (CORPORA / "seeds").glob("*.txt"))
    files += sorted(str(p) for p in (CORPORA / "unseen").glob("*.txt"))
    engine = open_engine(db)
    summary = ingest(engine, files + [str(folder / "x[")])
    assert summary.new == len(files) + 1 and summary.failed == 1
    return engine, db, odd


def cli(*args, db=None):
    full = list(args) + (["--db", db] if db else [])
    return runner.invoke(app, full)


def one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


# ---------------------------------------------------------------- no markup, no wrap

def test_markup_in_an_argument_is_printed_as_written(archive):
    _, db, _ = archive
    line = one_line_error(cli("query", "show", "[/b]", db=db))
    assert "[/b]" in line


def test_markup_in_paths_and_text_is_printed_as_written(archive):
    _, db, odd = archive
    result = cli("audit", "--per-doc", "0", db=db)
    assert result.exit_code == 0, result.output
    assert str(odd / "[red]report[bold].txt") in result.output.replace("\n", "")
    result = cli("query", "failures", "--format", "csv", db=db)
    assert str(odd / "[b]broken.txt") in result.output
    result = cli("query", "show", str(odd / "[red]report[bold].txt"), "--format", "json",
                 db=db)
    assert result.exit_code == 0 and "[red]report[bold]" in result.output


def test_failure_lines_do_not_wrap_when_stderr_is_not_a_terminal(tmp_path):
    folder = tmp_path / ("a-rather-long-folder-name-" * 3) / "[x]"
    folder.mkdir(parents=True)
    bad = folder / "empty-file-with-a-long-name-that-goes-past-eighty-columns.txt"
    bad.write_bytes(b"")
    proc = subprocess.run([sys.executable, "-m", "extractor", "ingest", str(bad), "--db",
                           str(tmp_path / "w.db")], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    failed = [line for line in proc.stderr.splitlines() if "FAILED" in line]
    assert len(failed) == 1 and str(bad) in failed[0]  # whole path, "[x]" kept, one line


# -------------------------------------------------------- literal, accent-insensitive

@pytest.mark.parametrize("unit", ["%", "_", " ", "%%", "[%]"])
def test_like_wildcards_in_unit_match_nothing(archive, unit):
    engine, db, _ = archive
    assert query.unit_ids(engine, unit) == []
    line = one_line_error(cli("query", "cites", "--unit", unit, db=db))
    assert line.startswith("Không tìm thấy đơn vị")


@pytest.mark.parametrize("ref", ["%", "_", "%.txt", "____"])
def test_like_wildcards_in_show_match_nothing(archive, ref):
    _, db, _ = archive
    one_line_error(cli("query", "show", ref, db=db))


def test_wildcards_and_blanks_in_full_text_match_nothing(archive):
    engine, _, _ = archive
    for text in ("%", "_", " ", "\"", "*", "NEAR", "'"):
        assert query.docs(engine, text=text) == [], text


def test_unit_without_tone_marks_finds_phuong_tran_phu(archive):
    engine, db, _ = archive
    result = cli("query", "cites", "--unit", "tran phu", "--format", "json", db=db)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == query.cites(engine, "phường Trần Phú") != []
    docs = query.docs(engine, unit="phuong tran phu")
    assert {d["unit"] for d in docs} == {"phường Trần Phú"}


def test_a_province_matches_the_units_in_it(archive):
    engine, _, _ = archive
    # 908 (corpora/unseen, the ninth blind round) is a report of the province itself
    assert {d["unit"] for d in query.docs(engine, unit="Hải Dương")} == {"phường Trần Phú",
                                                                         "tỉnh Hải Dương"}
    assert query.docs(engine, unit="tỉnh Hải Dương") == query.docs(engine, unit="hai duong")
    assert {d["unit"] for d in query.docs(engine, unit="Huế")} == {"huyện Phú Vang"}
    # the communes of Huế that the reports name (figures' units) are in it too
    assert len(query.unit_ids(engine, "Huế")) >= 5


def test_an_agency_matches_every_unit_of_that_agency(archive):
    engine, _, _ = archive
    units = {d["unit"] for d in query.docs(engine, unit="Sở Nội vụ")}
    assert {"Sở Nội vụ tỉnh Bình Định", "Sở Nội vụ tỉnh Hà Tĩnh"} <= units
    assert all(u.startswith("Sở Nội vụ") for u in units)


def test_no_matching_unit_says_did_you_mean(archive):
    _, db, _ = archive
    line = one_line_error(cli("query", "docs", "--unit", "phường Trần Phúu", db=db))
    assert "did you mean" in line and "phường Trần Phú" in line


def test_full_text_ignores_tone_marks(archive):
    engine, db, _ = archive
    marked = query.docs(engine, text="một cửa liên thông")
    assert marked and query.docs(engine, text="mot cua lien thong") == marked
    assert query.docs(engine, text="MỘT CỬA, LIÊN THÔNG") == marked  # punctuation: a space
    result = cli("query", "docs", "--text", "mot cua lien thong", "--format", "json", db=db)
    assert [d["id"] for d in json.loads(result.output)] == [d["id"] for d in marked]


def test_full_text_matches_whole_words_only(archive):
    engine, _, _ = archive
    assert query.docs(engine, text="cải cách hành chín") == []
    assert query.docs(engine, text="ải cách hành chính") == []
    assert query.docs(engine, text="cải cách hành chính")


# ------------------------------------------------------------------ usage errors

@pytest.mark.parametrize("since", ["abcd", "2021-13-45", "21", "2021/06/01", "-1"])
def test_bad_since_is_a_usage_error(archive, since):
    _, db, _ = archive
    line = one_line_error(cli("audit", "--since", since, db=db))
    assert "YYYY" in line


def test_unknown_severity_lists_the_valid_ones(archive):
    _, db, _ = archive
    line = one_line_error(cli("audit", "--severity", "warnings", db=db))
    assert "error, warning, info" in line


def test_unknown_type_lists_the_valid_ones(archive):
    engine, db, _ = archive
    line = one_line_error(cli("query", "docs", "--type", "XYZ", db=db))
    assert "Kế hoạch" in line and "Nghị định" in line
    # an abbreviation without its marks is still the type: ND = NĐ = Nghị định
    assert query.cites(engine, "phường Trần Phú", doc_type="ND") == \
        query.cites(engine, "phường Trần Phú", doc_type="Nghị định") != []


@pytest.mark.parametrize("bad", ["postgresql+psycopg://nobody@127.0.0.1:1/none",
                                 "foo://bar", "postgresql+psycopg://[::1", "sqlite:////nonexistent-dir/x.db"])
def test_unreachable_or_malformed_db_is_a_usage_error(bad):
    line = one_line_error(cli("query", "docs", "--db", bad))
    assert line.startswith("Không")


def test_query_on_a_missing_database_file_refuses_and_creates_nothing(tmp_path):
    missing = tmp_path / "typo.db"
    for args in (["query", "docs"], ["stats"], ["audit"], ["query", "failures"]):
        line = one_line_error(cli(*args, "--db", str(missing)))
        assert "typo.db" in line
    assert not missing.exists()


def test_parser_errors_are_vietnamese_first(archive):
    _, db, _ = archive
    assert one_line_error(cli("query", "docs", "--bogus", db=db)).startswith("Không có tùy chọn")
    assert one_line_error(cli("query", "cites", db=db)).startswith("Thiếu tùy chọn")
    assert one_line_error(cli("query", "docs", "--year", "abc", db=db)).startswith(
        "Giá trị không hợp lệ")
    assert one_line_error(cli("nosuch")).startswith("Không có lệnh")


# ----------------------------------------------------------- tables at 80 columns

TABLE_COMMANDS = [
    ("query", "cites", "--unit", "phường Trần Phú"),
    ("query", "cited-by", "61/2018/NĐ-CP"),
    ("query", "docs"),
    ("query", "scores", "--unit", "xã Tóc Tiên"),
    ("query", "dossiers", "--unit", "thành phố Nha Trang"),
    ("query", "failures"),
    ("query", "show", "2286/BC-UBND"),
    ("stats",),
    ("audit",),
]


@pytest.mark.parametrize("args", TABLE_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_tables_fit_80_columns_with_peoples_words(archive, args):
    _, db, _ = archive
    result = cli(*args, db=db)
    assert result.exit_code == 0, result.output
    text = result.output
    assert "@20" not in text  # internal keys like 88/QĐ-UBND@2021
    assert not re.search(r"\b(?:PAR_INDEX|OTHER_INDEX|SIPAS_)\b", text)
    assert not re.search(r"\[\d+:\d+\]", text)  # raw offsets
    finding = ("LỖI", "CẢNH BÁO", "THÔNG TIN", "   ", "─")  # one finding a line, unwrapped
    for line in text.splitlines():
        if not line.startswith(finding):
            assert len(line) <= 80, line
    headers = [line for line in text.splitlines() if "Số hiệu" in line or "Năm" in line]
    assert not any(re.search(r"\b[a-z]+_[a-z_]+\b", h) for h in headers), headers


def test_scores_table_keeps_numbers_whole_and_labels_in_vietnamese(archive):
    _, db, _ = archive
    text = cli("query", "scores", "--unit", "xã Tóc Tiên", db=db).output
    assert "Chỉ số CCHC (PAR INDEX)" in text and "76.824" in text


def test_cites_shows_the_number_as_written_with_its_date(archive):
    _, db, _ = archive
    text = cli("query", "cites", "--unit", "phường Trần Phú", db=db).output
    row = next(line for line in text.splitlines() if line.startswith("88/QĐ-UBND"))
    assert "2021-03-31" in row


# --------------------------------------------------------------------- exports

def test_xlsx_export_of_a_query(archive, tmp_path):
    from openpyxl import load_workbook
    _, db, _ = archive
    out = tmp_path / "docs.xlsx"
    result = cli("query", "docs", "--unit", "Trần Phú", "--format", "xlsx", "--output",
                 str(out), db=db)
    assert result.exit_code == 0, result.output
    ws = load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("Mã", "Loại", "Số hiệu", "Ngày")
    assert any(r[5] == "phường Trần Phú" for r in rows[1:])
    assert all(isinstance(r[6], int) for r in rows[1:])  # pages: numbers stay numbers


def test_xlsx_export_of_the_audit(archive, tmp_path):
    from openpyxl import load_workbook
    _, db, _ = archive
    out = tmp_path / "audit.xlsx"
    assert cli("audit", "--format", "xlsx", "--output", str(out), db=db).exit_code == 0
    wb = load_workbook(out)
    assert wb.sheetnames == ["Phát hiện"]
    rows = list(wb.active.iter_rows(values_only=True))
    assert rows[0][:5] == ("Tệp", "Số hiệu VB", "Ngày VB", "Mức", "Quy tắc")
    assert len(rows) > 1 and {r[3] for r in rows[1:]} <= {"LỖI", "CẢNH BÁO", "THÔNG TIN"}


def test_xlsx_needs_an_output_file(archive):
    _, db, _ = archive
    assert "--output" in one_line_error(cli("query", "docs", "--format", "xlsx", db=db))


def test_stats_csv_is_one_table(archive):
    _, db, _ = archive
    text = cli("stats", "--format", "csv", db=db).output
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text[1:])))
    assert rows[0] == ["Nhóm", "Mục", "Số"]
    assert all(len(r) == 3 for r in rows) and len(rows) > 12
    stored = 1 + sum(1 for sub in ("seeds", "unseen") for _ in (CORPORA / sub).glob("*.txt"))
    assert ["Kho / archive", "Văn bản", str(stored)] in rows


def test_extract_csv_is_real_csv_one_row_per_fact(tmp_path):
    seed = CORPORA / "seeds" / "001_3e4ada505bc6bb63.txt"
    result = cli("extract", str(seed), "--format", "csv")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(result.output[1:])))
    data = json.loads(cli("extract", str(seed)).output)
    n = sum(len(data.get(k) or []) for k in ("references", "laws", "scores",
                                              "dossier_stats", "tasks", "findings"))
    assert len(rows) == n
    text = seed.read_text(encoding="utf-8")
    for r in rows:
        if r["Trang"] and r["Loại dữ kiện"] != "phát hiện":
            assert " ".join(text[int(r["Từ ký tự"]):int(r["Đến ký tự"])].split()) == \
                r["Nguyên văn"]


# --------------------------------------------------------------- fast start-up

def test_query_commands_do_not_import_sqlalchemy_or_alembic(archive):
    # issue 12 item 5: a query command needs neither unless the schema must be migrated
    _, db, _ = archive
    code = ("import sys; from extractor.store.conn import open_db; from extractor import query;"
            f"d = open_db({db!r}); rows = query.docs(d, text='cải cách');"
            "print(len(rows), 'sqlalchemy' in sys.modules, 'alembic' in sys.modules,"
            " 'sqlmodel' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    n, *loaded = proc.stdout.split()
    assert int(n) > 0 and loaded == ["False", "False", "False"], proc.stderr


def test_loose_fast_path_equals_strip_marks_for_every_lookalike():
    from extractor.normalize import strip_marks
    from extractor.vocab import load_rules
    from extractor.search import _fast, loose
    samples = ["Hải Dương", "KHÁNH HOÀ", "Uỷ ban", "đ Đ", "NĐ-CP", "x\u0301"]
    samples += [e.char + "a" for e in load_rules("lookalikes").entries]
    for s in samples:
        fast = _fast(s)
        if fast is not None:
            assert fast == strip_marks(s), s
        words = re.split(r"[^\w]+|_", strip_marks(s))
        assert loose(s) == " ".join(w for w in words if w), s


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_database_of_an_older_schema_is_migrated_once_then_opened_without_alembic(
        backend, tmp_path):
    # stored before migration 0009 (one step down): page_fts held folded text with marks; the first
    # query command migrates (rebuilding the search words), the next ones do not
    from alembic import command

    from extractor.ingest import ingest
    from extractor.store.conn import head_revision, open_db
    from extractor.store.db import alembic_config, open_engine
    db = scratch_db(backend, tmp_path)
    engine = open_engine(db)
    assert ingest(engine, [str(SEED)]).new == 1
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")  # to the revision before 0009
    engine.dispose()
    with open_db(db) as conn:
        assert conn.scalar("SELECT version_num FROM alembic_version") == head_revision()
        assert [d["number"] for d in query.docs(conn, text="khanh hoa")] == ["2286/BC-UBND"]


SEED = CORPORA / "seeds" / "002_d55b9dce33f6b12b.txt"


def test_ingest_into_an_unreachable_database_is_a_usage_error_without_the_password():
    line = one_line_error(cli("ingest", str(SEED), "--db",
                              "postgresql+psycopg://me:s3cret@127.0.0.1:1/none"))
    assert line.startswith("Không mở được CSDL") and "s3cret" not in line
