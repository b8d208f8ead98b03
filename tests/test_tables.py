"""Tables are data (extractor/grammar/tables.py): loaders return grids, every cell keeps
its span in the stored page text, merged cells are expanded, and one reader
(extractor/find/table_facts.py) turns header paths and rows into facts."""
import os
import sys
from pathlib import Path

import pytest

from extractor.find.figures import find_dossier_stats, find_scores
from extractor.find.table_facts import column_field
from extractor.grammar.tables import document_tables, expand
from extractor.model import RawTable
from extractor.normalize import DocText

sys.path.insert(0, str(Path(__file__).parent))

FIELDS = ("received", "to_resolve", "resolved", "resolved_early", "resolved_on_time",
          "resolved_late", "pending", "pending_on_time", "pending_overdue", "on_time_rate",
          "late_rate", "early_rate", "returned", "returned_rate", "due")


def _vals(stat):
    return {f: getattr(stat, f) for f in FIELDS if getattr(stat, f) is not None}


def _assert_spans(doc):
    for t in document_tables(doc):
        for row in t.rows:
            for c in row:
                if c is not None and c.start >= 0:
                    page = next(p for p in doc.pages if p.number == c.page)
                    assert page.text[c.start:c.end] == c.text
                    assert doc.text[c.doc_start:c.doc_end] == c.text


def _docx(path):
    import docx
    d = docx.Document()
    d.add_paragraph("Báo cáo tình hình giải quyết hồ sơ năm 2023")
    t = d.add_table(rows=4, cols=6)
    for j, v in enumerate(["Đơn vị", "Tổng số hồ sơ", "Đã giải quyết", "", "", "Tỷ lệ đúng hạn (%)"]):
        t.cell(0, j).text = v
    for j, v in enumerate(["", "", "Tổng", "Đúng hạn", "Trễ hạn", ""]):
        t.cell(1, j).text = v
    t.cell(0, 2).merge(t.cell(0, 4))
    t.cell(0, 2).text = "Đã giải quyết"
    t.cell(0, 0).merge(t.cell(1, 0))
    t.cell(0, 1).merge(t.cell(1, 1))
    t.cell(0, 5).merge(t.cell(1, 5))
    rows = [["Xã Đông Hà", "1.204", "1.190", "1.190", "0", "100"],
            ["Xã Tây Hà", "850", "840", "830", "10", "98,8"]]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(2 + i, j).text = v
    d.add_paragraph("Kết thúc.")
    d.save(str(path))
    return str(path)


def test_docx_table_keeps_every_cell(tmp_path):
    """Regression: _table skipped a cell whose id() was seen; lxml proxies reuse ids, so
    "Xã Đông Hà | 1.204 | 1.190 | 1.190 | 0 | 100" came out as "Xã Đông Hà | 1.190 |"."""
    from extractor.load.docx import load_docx
    pages, _ = load_docx(_docx(tmp_path / "t.docx"))
    lines = pages[0].text.split("\n")
    i = lines.index("Xã Đông Hà")
    assert [x for x in lines[i:i + 12] if x != "|"] == ["Xã Đông Hà", "1.204", "1.190", "1.190", "0", "100"]


def test_docx_two_row_header_gives_one_statistic_per_row(tmp_path):
    from extractor.load.docx import load_docx
    pages, _ = load_docx(_docx(tmp_path / "t.docx"))
    doc = DocText(pages)
    _assert_spans(doc)
    t = document_tables(doc)[0]
    assert t.source == "docx"
    assert t.texts()[0] == ["Đơn vị", "Tổng số hồ sơ", "Đã giải quyết", "Đã giải quyết",
                            "Đã giải quyết", "Tỷ lệ đúng hạn (%)"]
    stats = find_dossier_stats(doc)
    assert [(s.scope, s.period, _vals(s)) for s in stats] == [
        ("Xã Đông Hà", "năm 2023", {"to_resolve": 1204, "resolved": 1190, "resolved_on_time": 1190,
                                    "resolved_late": 0, "on_time_rate": 100}),
        ("Xã Tây Hà", "năm 2023", {"to_resolve": 850, "resolved": 840, "resolved_on_time": 830,
                                   "resolved_late": 10, "on_time_rate": 98.8})]
    # each figure's evidence is its cell
    assert stats[1].evidence["on_time_rate"].text == "98,8"
    page = pages[0].text
    ev = stats[1].evidence["resolved_late"]
    assert page[ev.start:ev.end] == "10"


HTML = """<html><head><meta charset="utf-8"><title>Báo cáo</title></head><body><article>
<h1>Kết quả giải quyết hồ sơ quý I năm 2024</h1>
<p>Trong quý I năm 2024, kết quả giải quyết hồ sơ thủ tục hành chính của các đơn vị như sau:</p>
<table border="1">
<tr><th rowspan="2">STT</th><th rowspan="2">Đơn vị</th><th rowspan="2">Tổng số hồ sơ tiếp nhận</th><th colspan="3">Đã giải quyết</th><th colspan="2">Đang giải quyết</th></tr>
<tr><th>Trước hạn</th><th>Đúng hạn</th><th>Trễ hạn</th><th>Trong hạn</th><th>Quá hạn</th></tr>
<tr><td>1</td><td>UBND xã An Bình</td><td>1.250</td><td>300</td><td>900</td><td>20</td><td>25</td><td>5</td></tr>
<tr><td>2</td><td>UBND xã Hòa Lợi</td><td>980</td><td>200</td><td>700</td><td>40</td><td>38</td><td>2</td></tr>
</table>
<p>Các đơn vị cần tiếp tục nâng cao chất lượng giải quyết hồ sơ.</p>
</article></body></html>"""


def test_html_table_with_column_groups():
    from extractor.load.html import load_html
    pages, _, _ = load_html(HTML.encode("utf-8"))
    doc = DocText(pages)
    _assert_spans(doc)
    assert [t.source for t in document_tables(doc)] == ["html"]  # the "|" text copy is the same table
    stats = find_dossier_stats(doc)
    assert [(s.scope, s.period, _vals(s)) for s in stats] == [
        ("UBND xã An Bình", "quý I năm 2024",
         {"received": 1250, "resolved_early": 300, "resolved_on_time": 900, "resolved_late": 20,
          "pending_on_time": 25, "pending_overdue": 5}),
        ("UBND xã Hòa Lợi", "quý I năm 2024",
         {"received": 980, "resolved_early": 200, "resolved_on_time": 700, "resolved_late": 40,
          "pending_on_time": 38, "pending_overdue": 2})]


@pytest.mark.skipif(not os.path.exists("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                    reason="DejaVu Sans (fonts-dejavu-core) is needed to draw the test PDF")
def test_ruled_pdf_table_with_two_header_rows(tmp_path):
    import ruled_pdf
    from extractor.load.pdf import load_pdf
    path = str(tmp_path / "t.pdf")
    ruled_pdf.make(path, "Kết quả giải quyết hồ sơ 6 tháng đầu năm 2024",
                   [[("Đơn vị", 1, 2), ("Tiếp nhận", 1, 2), ("Đã giải quyết", 3, 1),
                     ("Đang giải quyết", 2, 1)],
                    [("Trước hạn", 1, 1), ("Đúng hạn", 1, 1), ("Trễ hạn", 1, 1),
                     ("Trong hạn", 1, 1), ("Quá hạn", 1, 1)]],
                   [["Xã Đông Hà", "1.204", "300", "890", "4", "8", "2"],
                    ["Xã Tây Hà", "850", "100", "700", "10", "35", "5"]],
                   [90, 60, 60, 60, 55, 65, 55])
    pages, _ = load_pdf(path)
    assert pages[0].tables and pages[0].tables[0].source == "pdf"
    doc = DocText(pages)
    _assert_spans(doc)
    stats = find_dossier_stats(doc)
    assert [(s.scope, s.period, _vals(s)) for s in stats] == [
        ("Xã Đông Hà", "6 tháng đầu năm 2024",
         {"received": 1204, "resolved_early": 300, "resolved_on_time": 890, "resolved_late": 4,
          "pending_on_time": 8, "pending_overdue": 2}),
        ("Xã Tây Hà", "6 tháng đầu năm 2024",
         {"received": 850, "resolved_early": 100, "resolved_on_time": 700, "resolved_late": 10,
          "pending_on_time": 35, "pending_overdue": 5})]


def test_pdf_page_without_rules_asks_no_table_finder():
    from extractor.load import load
    from tests.conftest import FORMATS
    loaded = load(str(FORMATS / "001_3e4ada505bc6bb63.pdf"))
    assert all(not p.tables for p in loaded.pages)


def test_flattened_grid_with_lost_merges():
    """A "|" grid whose merged cells came out empty: an empty top cell belongs to the
    group on its left, an empty lower cell to the cell above; '---' rows are rules."""
    text = ("Kết quả năm 2022 như sau:\n"
            "| Đơn vị | Đã giải quyết |  | Tỷ lệ |\n"
            "|---|---|---|---|\n"
            "|  | Đúng hạn | Trễ hạn | (%) |\n"
            "| Phường 1 | 120 | 3 | 97,6 |\n"
            "| Phường 2 | 80 | 0 | 100 |\n")
    doc = DocText.from_text(text)
    _assert_spans(doc)
    stats = find_dossier_stats(doc)
    assert [(s.scope, _vals(s)) for s in stats] == [
        ("Phường 1", {"resolved_on_time": 120, "resolved_late": 3}),
        ("Phường 2", {"resolved_on_time": 80, "resolved_late": 0})]


@pytest.mark.parametrize("path,field", [
    (["Đã giải quyết", "Trước hạn"], ("resolved_early", False)),
    (["Đang giải quyết", "Trong hạn"], ("pending_on_time", False)),
    (["Đang giải quyết", "Quá hạn"], ("pending_overdue", False)),
    (["Đã giải quyết", "Đúng hạn", "Tỷ lệ (%)"], ("resolved_on_time", True)),
    (["Đã giải quyết", "Tổng"], ("resolved", False)),
    (["Tỷ lệ đúng hạn (%)"], ("on_time_rate", True)),
    (["Tổng số hồ sơ", "Kỳ trước chuyển sang"], ("carried_over", False)),
])
def test_header_path_to_field(path, field):
    assert column_field(path) == field


def test_expand_fills_every_slot_of_a_merged_cell():
    grid = expand([[("A", 1, 2), ("B", 2, 1)], [("c", 1, 1), ("d", 1, 1)]])
    assert [[x[1][0] for x in row] for row in grid] == [["A", "B", "B"], ["A", "c", "d"]]


def test_ranking_table_from_loader_grid():
    text = ("Kết quả Chỉ số CCHC năm 2023 của các xã:\nSTT\n|\nĐơn vị\n|\nTổng điểm\n|\nXếp hạng\n|\n"
            "1\n|\nXã An Phú\n|\n88,5\n|\n1\n|\n2\n|\nXã Bình Hòa\n|\n80,25\n|\n2\n|\n")
    from extractor.model import Page
    page = Page(1, text, tables=[RawTable("docx", [
        [("STT", 1, 1), ("Đơn vị", 1, 1), ("Tổng điểm", 1, 1), ("Xếp hạng", 1, 1)],
        [("1", 1, 1), ("Xã An Phú", 1, 1), ("88,5", 1, 1), ("1", 1, 1)],
        [("2", 1, 1), ("Xã Bình Hòa", 1, 1), ("80,25", 1, 1), ("2", 1, 1)]])])
    doc = DocText([page])
    got = [(s.indicator, s.subject, s.value, s.unit, s.year, s.rank, s.rank_total)
           for s in find_scores(doc)]
    # a table may list only some of the units ranked: the row count is no rank total
    assert got == [("PAR_INDEX", "Xã An Phú", 88.5, "điểm", 2023, 1, None),
                   ("PAR_INDEX", "Xã Bình Hòa", 80.25, "điểm", 2023, 2, None)]


def test_new_contract_fields_are_stored_and_queried(tmp_path):
    """Migration 0006: dossier due / early_rate / returned_rate, score index_name / change
    (and target, rank_change) are columns; `query scores` returns them."""
    from conftest import write_report
    from extractor.ingest import ingest
    from extractor.query import dossiers, scores
    from extractor.store.db import open_engine
    path = write_report(tmp_path / "r.txt",
                        "Năm 2020, Chỉ số PCI của tỉnh đạt 65,5 điểm, tăng 1,2 điểm.\n"
                        "Năm 2020, thành phố đã giải quyết 1.000 hồ sơ, trong đó có 780 hồ sơ "
                        "trước hạn, chiếm 78%; đến hạn giải quyết là 990 hồ sơ.\n")
    engine = open_engine(str(tmp_path / "t.db"))
    ingest(engine, [path])
    got = [(r["indicator"], r["index_name"], r["value"], r["change"]) for r in scores(engine, "Nha Trang")]
    assert ("OTHER_INDEX", "PCI", 65.5, 1.2) in got
    rows = dossiers(engine, "Nha Trang")
    assert [(r["resolved_early"], r["early_rate"], r["due"]) for r in rows] == [(780, 78, 990)]


def _grid_doc(rows, lead="Kết quả năm 2023 như sau:\n"):
    return DocText.from_text(lead + "\n".join(" | ".join(r) for r in rows) + "\n")


def test_bare_rate_subcolumn_is_the_rate_of_the_column_before_it():
    """Regression (6NN 610): "Đã giải quyết → Tổng | Đúng hạn | %" gave the % as the
    resolved rate, so the audit raised a false rate-mismatch."""
    doc = _grid_doc([["Lĩnh vực", "Hồ sơ tiếp nhận", "", "", "Hồ sơ đã giải quyết", "", ""],
                     ["", "Tổng", "Trực tuyến", "%", "Tổng", "Đúng hạn", "%"],
                     ["Đường bộ", "3.420", "3.215", "94,01", "3.380", "3.371", "99,73"]])
    assert [_vals(s) | {"online": s.online, "online_rate": s.online_rate}
            for s in find_dossier_stats(doc)] == [
        {"received": 3420, "online": 3215, "online_rate": 94.01, "resolved": 3380,
         "resolved_on_time": 3371, "on_time_rate": 99.73}]


def test_bare_total_column_is_to_resolve():
    doc = _grid_doc([["Đơn vị", "Tổng", "Đã giải quyết", "Đang giải quyết"],
                     ["Xã A", "120", "100", "20"]])
    assert [_vals(s) for s in find_dossier_stats(doc)] == [
        {"to_resolve": 120, "resolved": 100, "pending": 20}]


def test_criterion_table_takes_the_appraised_score():
    doc = _grid_doc([["TT", "Lĩnh vực/Tiêu chí", "Điểm tối đa", "Kết quả", ""],
                     ["", "", "", "Điểm tự đánh giá", "Điểm thẩm định"],
                     ["1", "Cải cách thể chế", "9", "8,5", "8,25"],
                     ["", "Tổng cộng", "100", "92", "88,64"]],
                    lead="Kết quả Chỉ số cải cách hành chính năm 2023 của Sở:\n")
    got = [(s.indicator, s.criterion, s.value, s.max, s.year) for s in find_scores(doc)]
    assert ("PAR_INDEX_CRITERION", "Cải cách thể chế", 8.25, 9, 2023) in got
    assert not any(g[1] == "Tổng cộng" for g in got)


def test_ranking_table_with_a_column_group_per_index_and_a_sub_index_column():
    doc = _grid_doc([["STT", "Đơn vị", "Điểm thẩm định (tối đa 65)", "Chỉ số CCHC năm 2023", "",
                      "Chỉ số hài lòng (SIPAS)", ""],
                     ["", "", "", "Điểm", "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng"],
                     ["1", "Xã Tân Hà", "58,12", "86,90", "2", "88,05", "1"]],
                    lead="Kết quả năm 2023:\n")
    got = sorted(((s.indicator, s.index_name, s.value, s.max, s.unit, s.rank, s.year)
                  for s in find_scores(doc)), key=lambda g: (g[0], g[1] or "", g[2]))
    assert got == [("PAR_INDEX", None, 86.9, None, "điểm", 2, 2023),
                   ("PAR_INDEX", "điểm thẩm định", 58.12, 65, "điểm", None, 2023),
                   ("SIPAS", None, 88.05, None, "%", 1, 2023)]


def test_sub_index_columns_under_a_points_group_are_named_without_the_word_diem():
    """Regression (9NN 918): "Điểm đạt được" over "Tự đánh giá | Thẩm định | Điều tra XHH"
    gave no sub-index score: the sub-index words were only known with "điểm" in front."""
    rows = [["STT", "Cơ quan, đơn vị", "Điểm tối đa", "Điểm đạt được", "", "",
             "Chỉ số CCHC (%)", "Xếp hạng"],
            ["", "", "", "Tự đánh giá", "Thẩm định", "Điều tra XHH", "", ""],
            ["1", "Sở Tư pháp", "100", "93,50", "62,75", "29,10", "91,85", "1"]]
    doc = DocText.from_text("Kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành:\n"
                            + "".join("| " + " | ".join(r) + " |\n" for r in rows))
    got = sorted(((s.indicator, s.index_name, s.value, s.unit, s.rank, s.subject)
                  for s in find_scores(doc)), key=lambda g: (g[1] or "", g[2]))
    assert got == [("PAR_INDEX", None, 91.85, "%", 1, "Sở Tư pháp"),
                   ("PAR_INDEX", "điểm thẩm định", 62.75, "điểm", None, "Sở Tư pháp"),
                   ("PAR_INDEX", "điểm tự đánh giá", 93.5, "điểm", None, "Sở Tư pháp"),
                   ("PAR_INDEX", "điểm điều tra XHH", 29.1, "điểm", None, "Sở Tư pháp")]


def test_satisfaction_by_aspect_table():
    """"Yếu tố | Tỷ lệ hài lòng (%)": one figure a row; the paraphrased index ("sự hài lòng
    của người dân, tổ chức") is SIPAS; the row naming the index is its own value; the
    document's opening names the unit."""
    from extractor.model import Page
    text = ("Năm 2024, huyện Thạch Hà tiếp nhận 9.640 hồ sơ.\n"
            "Kết quả khảo sát sự hài lòng của người dân, tổ chức năm 2024:\n"
            "| Yếu tố | Tỷ lệ hài lòng (%) |\n|---|---|\n| Tiếp cận dịch vụ | 92,10 |\n"
            "| Chỉ số hài lòng chung | 91,70 |\n")
    got = [(s.indicator, s.criterion, s.value, s.unit, s.year, s.subject)
           for s in find_scores(DocText([Page(1, text)]))]
    assert got == [("SIPAS", "Tiếp cận dịch vụ", 92.1, "%", 2024, "huyện Thạch Hà"),
                   ("SIPAS", None, 91.7, "%", 2024, "huyện Thạch Hà")]


def test_total_row_is_the_reporting_unit():
    from extractor.model import DocumentMeta, Unit
    doc = _grid_doc([["Đơn vị", "Tiếp nhận", "Đã giải quyết"], ["Xã A", "100", "90"],
                     ["Tổng cộng", "300", "280"]])
    meta = DocumentMeta(unit=Unit(name="huyện Lâm Hà"))
    assert [(s.scope, _vals(s)) for s in find_dossier_stats(doc, meta)] == [
        ("Xã A", {"received": 100, "resolved": 90}),
        ("huyện Lâm Hà", {"received": 300, "resolved": 280})]


def test_rank_column_belongs_to_the_index_its_value_column_names():
    """Regression: "Chỉ số CCHC (%) | Xếp hạng | Xếp loại" put the value under the index its
    header names and the rank and rating under no index, so both were dropped."""
    doc = _grid_doc([["STT", "Đơn vị", "Chỉ số CCHC (%)", "Xếp hạng", "Xếp loại"],
                     ["1", "Sở Tư pháp", "91,25", "1", "Tốt"],
                     ["2", "Sở Y tế", "88,10", "2", "Khá"]])
    assert [(s.indicator, s.subject, s.value, s.unit, s.rank, s.rating) for s in find_scores(doc)] == [
        ("PAR_INDEX", "Sở Tư pháp", 91.25, "%", 1, "tốt"), ("PAR_INDEX", "Sở Y tế", 88.1, "%", 2, "khá")]


def test_a_rank_is_out_of_the_set_the_sentence_before_the_table_names():
    rows = [["STT", "Cơ quan, đơn vị", "Tổng điểm", "Xếp hạng"],
            ["1", "Sở Tư pháp", "91,25", "1"], ["2", "Sở Y tế", "88,10", "2"]]
    doc = _grid_doc(rows, lead="Chỉ số CCHC năm 2023 của 21 sở, ban, ngành như sau:\n")
    assert [(s.subject, s.rank, s.rank_total) for s in find_scores(doc)] == [
        ("Sở Tư pháp", 1, 21), ("Sở Y tế", 2, 21)]
    # no set named: the table's own row count is no rank total
    doc = _grid_doc(rows, lead="Chỉ số CCHC năm 2023 của các sở như sau:\n")
    assert [(s.subject, s.rank, s.rank_total) for s in find_scores(doc)] == [
        ("Sở Tư pháp", 1, None), ("Sở Y tế", 2, None)]


def test_a_bare_rate_column_after_a_count_in_a_one_line_header_is_its_rate():
    doc = _grid_doc([["Đơn vị", "Hồ sơ tiếp nhận", "Trực tuyến", "Tỷ lệ (%)"],
                     ["Xã A", "200", "150", "75,0"], ["Xã B", "100", "40", "40,0"]])
    assert [(s.scope, s.received, s.online, s.online_rate) for s in find_dossier_stats(doc)] == [
        ("Xã A", 200, 150, 75.0), ("Xã B", 100, 40, 40.0)]


def test_ranking_table_with_year_sub_columns_and_a_change_column():
    """Regression (10NN A13, blind): "Chỉ số CCHC (%)" over "Năm 2024 | Năm 2023", then
    "Tăng (+), giảm (-) so với năm 2023" and "Xếp hạng năm 2024" gave no score at all: a
    header cell that is only a period named no ranking column, and a cell ending in a period
    ("Xếp hạng năm 2024") matched none. Each year is its own score; the rank and the change
    belong to the latest year."""
    rows = [["STT", "Đơn vị", "Chỉ số CCHC (%)", "", "Tăng (+), giảm (-) so với năm 2023",
             "Xếp hạng năm 2024"],
            ["", "", "Năm 2024", "Năm 2023", "", ""],
            ["1", "Thành phố Phủ Lý", "91,26", "90,04", "+1,22", "1"],
            ["2", "Huyện Thanh Liêm", "88,40", "88,92", "-0,52", "2"]]
    doc = DocText.from_text("Chỉ số CCHC năm 2024 của UBND các huyện, thị xã, thành phố:\n"
                            + "".join("| " + " | ".join(r) + " |\n" for r in rows))
    got = sorted((s.subject, s.year, s.indicator, s.value, s.unit, s.rank, s.change)
                 for s in find_scores(doc))
    assert got == [("Huyện Thanh Liêm", 2023, "PAR_INDEX", 88.92, "%", None, None),
                   ("Huyện Thanh Liêm", 2024, "PAR_INDEX", 88.4, "%", 2, -0.52),
                   ("Thành phố Phủ Lý", 2023, "PAR_INDEX", 90.04, "%", None, None),
                   ("Thành phố Phủ Lý", 2024, "PAR_INDEX", 91.26, "%", 1, 1.22)]
    _assert_spans(doc)


def test_change_column_whose_period_stands_before_a_unit_note():
    """Regression (11NN C10, blind): "Tăng (+), giảm (-) so với năm 2023 (%)" named no change
    column: the cell's closing period was looked for only at its very end."""
    rows = [["STT", "Đơn vị", "Chỉ số CCHC năm 2024", "", "Tăng (+), giảm (-) so với năm 2023 (%)"],
            ["", "", "Kết quả (%)", "Xếp hạng", ""],
            ["1", "Sở Tư pháp", "93,42", "1", "+2,14"],
            ["2", "Sở Nội vụ", "92,87", "2", "-0,87"]]
    doc = DocText.from_text("Kết quả Chỉ số CCHC năm 2024 của các sở, ban, ngành:\n"
                            + "".join("| " + " | ".join(r) + " |\n" for r in rows))
    got = sorted((s.subject, s.year, s.value, s.rank, s.change) for s in find_scores(doc))
    assert got == [("Sở Nội vụ", 2024, 92.87, 2, -0.87), ("Sở Tư pháp", 2024, 93.42, 1, 2.14)]
