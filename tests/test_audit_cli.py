"""`cchc audit`: stored findings filtered by rule, severity, unit and date, as JSON, CSV or
a table grouped by document."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import write_report
from extractor.cli import app
from extractor.ingest import ingest
from extractor.store.db import open_engine

runner = CliRunner()


def report(path, body, number, date, **kw):
    return write_report(path, body, number, date, recipients=("Lưu: VT.",), **kw)


DECREE = ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày {date} của Chính phủ về thực hiện cơ chế "
          "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.")


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    d = tmp_path_factory.mktemp("audit_cli")
    paths = {
        # clean
        "a": report(d / "a.txt", DECREE.format(date="23/4/2018"), "150/BC-UBND", (4, 5, 2021)),
        # the decree with a wrong date: errors in the document and across the archive
        "b": report(d / "b.txt", DECREE.format(date="23/4/2019"), "160/BC-UBND", (20, 6, 2021)),
        # another unit, an older year, a number with a space inside (info)
        "c": report(d / "c.txt", "Thực hiện Kế hoạch số 16 /KH-UBND ngày 10/02/2019 của UBND "
                    "thành phố về cải cách hành chính.", "30/BC-UBND", (15, 3, 2019),
                    unit="THÀNH PHỐ CAM RANH", place="Cam Ranh"),
    }
    db = str(d / "audit.db")
    ingest(open_engine(db), list(paths.values()))
    return db, paths


def run(db, *args):
    result = runner.invoke(app, ["audit", "--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def rows(db, *args):
    return json.loads(run(db, "--format", "json", *args))


def test_json_rows_carry_rule_severity_messages_and_evidence(archive):
    db, paths = archive
    found = rows(db)
    assert found and {"rule", "severity", "message", "message_en", "evidence", "path"} <= set(found[0])
    assert {f["path"] for f in found} == {paths["b"], paths["c"]}  # a is clean
    by_rule = {(f["path"], f["rule"]) for f in found}
    assert (paths["b"], "conflicting-citations") in by_rule  # archive scope
    assert (paths["b"], "catalog-mismatch") in by_rule  # document scope
    assert (paths["c"], "malformed-number") in by_rule
    for f in found:
        assert f["message"] and f["message_en"] and f["message"] != f["message_en"]
        text = open(f["path"], encoding="utf-8").read()
        for e in f["evidence"]:
            assert text[e["start"]:e["end"]] == e["text"]  # single-page TXT: offsets into the file


def test_rule_filter(archive):
    db, paths = archive
    found = rows(db, "--rule", "malformed-number")
    assert [(f["path"], f["rule"], f["severity"], f["suggestion"]) for f in found] == [
        (paths["c"], "malformed-number", "info", "16/KH-UBND")]


def test_unknown_rule_is_a_usage_error_listing_the_rules(archive):
    # was: an unknown --rule silently gave no findings (issue 14)
    db, _ = archive
    result = runner.invoke(app, ["audit", "--db", db, "--rule", "no-such-rule"])
    assert result.exit_code == 2
    assert "no-such-rule" in result.output and "malformed-number" in result.output


def test_severity_filter_keeps_that_severity_and_worse(archive):
    db, _ = archive
    errors = rows(db, "--severity", "error")
    assert errors and {f["severity"] for f in errors} == {"error"}
    warnings = rows(db, "--severity", "warning")
    assert {f["severity"] for f in warnings} <= {"error", "warning"}
    assert len(warnings) >= len(errors)
    assert "info" in {f["severity"] for f in rows(db, "--severity", "info")}


def test_unit_filter(archive):
    db, paths = archive
    for unit in ("Cam Ranh", "thành phố Cam Ranh", "UBND TP. Cam Ranh"):
        assert {f["path"] for f in rows(db, "--unit", unit)} == {paths["c"]}, unit
    assert {f["path"] for f in rows(db, "--unit", "thành phố Nha Trang")} == {paths["b"]}


def test_since_filter_by_year(archive):
    db, paths = archive
    assert {f["path"] for f in rows(db, "--since", "2021")} == {paths["b"]}
    assert {f["path"] for f in rows(db, "--since", "2019")} == {paths["b"], paths["c"]}
    assert {f["path"] for f in rows(db, "--since", "2021-06-01")} == {paths["b"]}
    assert rows(db, "--since", "2022") == []


def test_since_filter_by_date_excludes_earlier_documents_of_the_same_year(archive):
    db, _ = archive
    assert rows(db, "--since", "2021-07-01") == []  # b is dated 20/6/2021


def test_csv_has_a_header_and_one_line_per_finding(archive):
    # CSV goes through extractor/export.py: UTF-8 BOM, Vietnamese headers, no JSON cells
    db, _ = archive
    text = run(db, "--format", "csv")
    assert text.startswith("\ufeff")
    reader = list(csv.DictReader(io.StringIO(text[1:])))
    assert text[1:].splitlines()[0] == ("Tệp,Số hiệu VB,Ngày VB,Mức,Quy tắc,Số hiệu được dẫn,"
                                        "Ngày,Nội dung,Message,Đề xuất,Bằng chứng")
    assert len(reader) == len(rows(db))
    assert all(r["Bằng chứng"].startswith("trang ") for r in reader)
    assert {r["Mức"] for r in reader} <= {"LỖI", "CẢNH BÁO", "THÔNG TIN"}


def test_table_groups_by_document_and_shows_the_evidence(archive):
    db, paths = archive
    text = run(db)
    lines = text.splitlines()
    # one heading per document, each document's findings below its heading
    heads = [i for i, line in enumerate(lines) if paths["b"] in line or paths["c"] in line]
    assert len(heads) == 2, text
    b_part = "\n".join(lines[heads[0]:heads[1]])
    c_part = "\n".join(lines[heads[1]:])
    assert "conflicting-citations" in b_part and "malformed-number" not in b_part
    assert "malformed-number" in c_part and "16 /KH-UBND" in c_part
    assert "Nghị định số 61/2018/NĐ-CP ngày 23/4/2019" in b_part  # evidence text
    assert "16/KH-UBND" in c_part  # the suggestion
    english = run(db, "--en", "--rule", "malformed-number")
    assert "has spaces inside" in english
