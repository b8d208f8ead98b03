"""extractor.export: CSV with BOM, XLSX with numbers as numbers and Vietnamese intact."""
import io

from openpyxl import load_workbook

from extractor.export import Column, to_csv, to_xlsx

COLS = [Column("unit", "Đơn vị", "Unit"), Column("score", "Điểm", "Score"),
        Column("docs", "Văn bản", "Documents")]
ROWS = [{"unit": "thành phố Nha Trang", "score": 85.73, "docs": ["1/BC-UBND", "2/KH-UBND"]},
        {"unit": "=cmd", "score": None, "docs": []}]


def test_csv_has_bom_vietnamese_header_and_no_json_cells():
    data = to_csv(ROWS, COLS)
    assert data.startswith("\ufeff".encode("utf-8"))
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == "Đơn vị,Điểm,Văn bản"
    assert text.splitlines()[1] == "thành phố Nha Trang,85.73,1/BC-UBND; 2/KH-UBND"
    assert to_csv(ROWS, COLS, lang="en").decode("utf-8-sig").splitlines()[0] == "Unit,Score,Documents"


def test_xlsx_keeps_numbers_as_numbers_and_text_intact():
    wb = load_workbook(io.BytesIO(to_xlsx([("Điểm số: PAR/INDEX", ROWS, COLS)])))
    ws = wb[wb.sheetnames[0]]
    assert wb.sheetnames == ["Điểm số_ PAR_INDEX"]
    assert [c.value for c in ws[1]] == ["Đơn vị", "Điểm", "Văn bản"]
    assert ws["A2"].value == "thành phố Nha Trang"
    assert ws["B2"].value == 85.73 and isinstance(ws["B2"].value, float)
    assert ws["A3"].value == "'=cmd"  # a formula-looking text stays text
