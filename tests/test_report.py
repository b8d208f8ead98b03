"""`cchc report --unit`: the per-unit review report, opened and read back."""
import io

import pytest

from extractor.report import ReportError, collect, to_docx, to_xlsx


@pytest.fixture(scope="module")
def engine(corpus_db):
    from extractor.store.db import open_engine
    return open_engine(str(corpus_db))


def test_xlsx_report_sheets_vietnamese_text_and_numbers(engine):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(to_xlsx(collect(engine, "nha trang"))))
    assert wb.sheetnames == ["Tổng hợp", "Văn bản", "Văn bản được trích dẫn", "Điểm chỉ số",
                             "Hồ sơ TTHC", "Phát hiện", "Phát hiện đã bác bỏ"]
    summary = {r[0]: r[1] for r in wb["Tổng hợp"].iter_rows(min_row=2, values_only=True)}
    assert summary["Đơn vị"] == "thành phố Nha Trang"
    assert summary["Số văn bản"] == 1  # a number, not the text "1"
    cited = wb["Văn bản được trích dẫn"]
    head = [c.value for c in cited[1]]
    rows = [dict(zip(head, r)) for r in cited.iter_rows(min_row=2, values_only=True)]
    old = next(r for r in rows if r["Số hiệu"] == "43/2006/NĐ-CP")
    assert old["Tình trạng (danh mục)"] == "Đã được thay thế"
    assert old["Được thay thế bởi"] == "16/2015/NĐ-CP"
    assert isinstance(old["Số lần nêu"], int)
    found = wb["Phát hiện"]
    head = [c.value for c in found[1]]
    first = dict(zip(head, next(found.iter_rows(min_row=2, values_only=True))))
    assert first["Quy tắc"] in ("Trích dẫn văn bản đã hết hiệu lực", "Trích dẫn thiếu số hiệu")
    assert first["Trích dẫn nguyên văn"]  # the evidence quoted
    scores = wb["Điểm chỉ số"]
    head = [c.value for c in scores[1]]
    values = [r[head.index("Giá trị")] for r in scores.iter_rows(min_row=2, values_only=True)]
    assert 81.44 in values


def test_docx_report_quotes_evidence_and_suggestions(engine):
    from docx import Document
    doc = Document(io.BytesIO(to_docx(collect(engine, "thành phố Nha Trang"))))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "BÁO CÁO RÀ SOÁT VĂN BẢN — THÀNH PHỐ NHA TRANG" in text
    assert "43/2006/NĐ-CP đã được thay thế bởi 16/2015/NĐ-CP" in text
    assert "Đề xuất: 16/2015/NĐ-CP ngày 14/02/2015" in text
    assert "«" in text and "(trang 1)" in text  # evidence quoted with its page
    tables = ["\n".join(c.text for row in tb.rows for c in row.cells) for tb in doc.tables]
    assert any("2286/BC-UBND" in tb for tb in tables)  # the unit's documents
    assert any("154/QĐ-UBND" in tb for tb in tables)  # documents it cites, as written


def test_report_on_an_ambiguous_or_unknown_unit_says_so(engine):
    with pytest.raises(ReportError, match="khớp .* đơn vị"):
        collect(engine, "xã")
    with pytest.raises(ReportError, match="Không tìm thấy đơn vị"):
        collect(engine, "khong co don vi nay")


def test_report_command_writes_the_file(corpus_db, tmp_path):
    from typer.testing import CliRunner
    from extractor.cli import app
    out = tmp_path / "r.xlsx"
    res = CliRunner().invoke(app, ["report", "--unit", "tran phu", "--format", "xlsx",
                                   "--output", str(out), "--db", str(corpus_db)])
    assert res.exit_code == 0, res.output
    assert out.stat().st_size > 0 and "phường Trần Phú" in res.output
    res = CliRunner().invoke(app, ["report", "--unit", "khong co", "--format", "docx",
                                   "--output", str(tmp_path / "x.docx"), "--db", str(corpus_db)])
    assert res.exit_code == 2
