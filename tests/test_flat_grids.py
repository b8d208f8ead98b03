"""Statistics grids flattened into text lines (no separators, one or two header lines) are
tables: grammar/tables.flat_tables finds them, find/flat_grid decides which header words
make which column, and find/table_facts reads them like DOCX/HTML/PDF tables.

Each test gives a text and the exact facts it holds, with the span of every figure's
evidence in the stored text."""
from extractor.find.figures import find_dossier_stats, find_scores
from extractor.grammar.tables import flat_tables, line_cells
from extractor.model import DOSSIER_FIELDS, DOSSIER_RATE_OF, DocumentMeta
from extractor.normalize import DocText

RATES = tuple(DOSSIER_RATE_OF.values()) + ("due", "early_rate", "returned_rate")


def _facts(text: str):
    """(scope, {field: value}, {field: evidence text}) of every dossier statistic, each
    evidence checked against the stored page text."""
    doc = DocText.from_text(text)
    out = []
    for s in find_dossier_stats(doc, DocumentMeta()):
        values = {f: getattr(s, f) for f in DOSSIER_FIELDS + RATES if getattr(s, f, None) is not None}
        for f, ev in s.evidence.items():
            assert doc.pages[ev.page - 1].text[ev.start:ev.end] == ev.text
        out.append((s.scope, values, {f: ev.text for f, ev in s.evidence.items()}))
    return out


def _ev(values: dict) -> dict:
    """The evidence a grid cell gives: the number as written."""
    return {f: (f"{v:,}".replace(",", ".") if isinstance(v, int) else str(v).replace(".", ","))
            for f, v in values.items()}


# ---- the one line splitter --------------------------------------------------------------

def test_a_line_is_cut_at_bars_tabs_and_runs_of_spaces():
    line = "Đơn vị\tTiếp nhận  |  Đã giải quyết   Đúng hạn"
    assert [line[a:b] for a, b in line_cells(line)] == ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Đúng hạn"]
    # spaces=0: only bars and tabs; extra: more separators; single spaces never cut
    assert [line[a:b] for a, b in line_cells(line, spaces=0)] == ["Đơn vị", "Tiếp nhận", "Đã giải quyết   Đúng hạn"]
    assert [x for x in line_cells("a; b c", extra=";")] == [(0, 1), (3, 6)]


# ---- geometry: rows, serials, trailing numbers --------------------------------------------

def test_a_row_line_is_a_serial_a_label_and_its_trailing_numbers():
    doc = DocText.from_text("Đơn vị Tiếp nhận Đã giải quyết\n"
                            "1 UBND xã A 268763 257141 11622 124907 48,6%\n"
                            "II Phường 3 120 118\n")
    (t,) = flat_tables(doc)
    assert t.source == "flat" and t.header_rows == 1
    assert [c.text for c in t.rows[0]] == ["Đơn vị Tiếp nhận Đã giải quyết"]
    first, second = t.flat_rows
    assert (first.serial.text, first.label.text, [c.text for c in first.numbers]) == (
        "1", "UBND xã A", ["268763", "257141", "11622", "124907", "48,6%"])
    # every trailing number is kept: whether "3" ends the label is the reader's to decide
    assert (second.serial.text, second.label.text, [c.text for c in second.numbers]) == (
        "II", "Phường", ["3", "120", "118"])
    for fr in t.flat_rows:
        for c in [fr.serial, fr.label, *fr.numbers]:
            assert doc.text[c.doc_start:c.doc_end] == c.text == doc.pages[0].text[c.start:c.end]


def test_a_column_numbering_line_is_no_header_line():
    doc = DocText.from_text("Đơn vị Tiếp nhận Đã giải quyết\n(1) (2) (3)\nXã A 10 9\n")
    (t,) = flat_tables(doc)
    assert [c.text for r in t.rows[:t.header_rows] for c in r] == ["Đơn vị Tiếp nhận Đã giải quyết"]


# ---- dossier grids --------------------------------------------------------------------

def test_two_header_lines_with_column_groups_and_their_parts():
    # three groups on the first line, each split into parts on the second; a serial
    # number before each row label; each group's "Tổng" is the sum of its parts
    text = ("Kết quả giải quyết hồ sơ năm 2024 như sau:\n"
            "TT Đơn vị Hồ sơ phải giải quyết Đã giải quyết Chưa giải quyết\n"
            "Tồn kỳ trước Tiếp nhận mới Tổng Tổng Đúng hạn Quá hạn Tổng Trong hạn Quá hạn\n"
            "1 Xã Hòa Bình 4 96 100 90 88 2 10 9 1\n"
            "2 Xã Hòa Lợi 2 48 50 47 47 0 3 3 0\n")
    a = {"carried_over": 4, "received": 96, "to_resolve": 100, "resolved": 90,
         "resolved_on_time": 88, "resolved_late": 2, "pending": 10, "pending_on_time": 9,
         "pending_overdue": 1}
    b = {"carried_over": 2, "received": 48, "to_resolve": 50, "resolved": 47,
         "resolved_on_time": 47, "resolved_late": 0, "pending": 3, "pending_on_time": 3,
         "pending_overdue": 0}
    assert _facts(text) == [("Xã Hòa Bình", a, _ev(a)), ("Xã Hòa Lợi", b, _ev(b))]


def test_sub_columns_count_and_rate_under_two_groups():
    # "Tổng %" under "Đúng hạn" and "Trễ hạn" (the rates written without "%"), not under
    # the first columns: the figures tell (a rate column holds numbers up to 100)
    text = ("Cấp Tổng số hồ sơ Đã giải quyết Đúng hạn Trễ hạn\n"
            "Tổng % Tổng %\n"
            "Cấp huyện 520 500 490 98,0 10 2,0\n"
            "Cấp xã 310 300 297 99,0 3 1,0\n")
    a = {"to_resolve": 520, "resolved": 500, "resolved_on_time": 490, "on_time_rate": 98.0,
         "resolved_late": 10, "late_rate": 2.0}
    b = {"to_resolve": 310, "resolved": 300, "resolved_on_time": 297, "on_time_rate": 99.0,
         "resolved_late": 3, "late_rate": 1.0}
    assert [(s, v) for s, v, _ in _facts(text)] == [("Cấp huyện", a), ("Cấp xã", b)]


def test_so_luong_ty_le_sub_columns_and_labels_ending_in_a_digit():
    # "Tổ 3": the digit ends the label (a numbered kind of unit; the total row has one
    # number fewer), the other numbers are the row's cells
    text = ("Địa bàn Tiếp nhận Trực tuyến Đã giải quyết Đúng hạn\n"
            "Số lượng Tỷ lệ Số lượng Tỷ lệ\n"
            "Tổ 3 120 60 50,0% 118 117 99,2%\n"
            "Tổ 4 80 20 25,0% 80 80 100%\n")
    a = {"received": 120, "online": 60, "online_rate": 50.0, "resolved": 118,
         "resolved_on_time": 117, "on_time_rate": 99.2}
    b = {"received": 80, "online": 20, "online_rate": 25.0, "resolved": 80,
         "resolved_on_time": 80, "on_time_rate": 100}
    got = _facts(text)
    assert [(s, v) for s, v, _ in got] == [("Tổ 3", a), ("Tổ 4", b)]
    assert got[0][2] == {"received": "120", "online": "60", "online_rate": "50,0%", "resolved": "118",
                         "resolved_on_time": "117", "on_time_rate": "99,2%"}


def test_a_unit_row_makes_its_column_a_rate():
    # "(%)" under "Trực tuyến" and "Đúng hạn": those columns are the rates
    text = ("Lĩnh vực Tiếp nhận Trực tuyến Đã giải quyết Đúng hạn\n"
            "(hồ sơ) (%) (hồ sơ) (%)\n"
            "Đất đai 310 64,5 300 99,0\n"
            "Tư pháp 120 90,8 120 100\n")
    a = {"received": 310, "online_rate": 64.5, "resolved": 300, "on_time_rate": 99.0}
    b = {"received": 120, "online_rate": 90.8, "resolved": 120, "on_time_rate": 100}
    assert [(s, v) for s, v, _ in _facts(text)] == [("Đất đai", a), ("Tư pháp", b)]


def test_a_row_number_is_no_label_digit_unless_the_label_is_numbered():
    text = ("STT Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Trễ hạn\n"
            "1 Thôn 1 và 2 64 61 60 1\n"
            "2 Khu 6 58 55 55 0\n"
            "3 Xã Tân An 9 70 69 68 1\n")  # one number too many after a proper name: not read
    got = [(s, v) for s, v, _ in _facts(text)]
    assert got == [("Thôn 1 và 2", {"received": 64, "resolved": 61, "resolved_on_time": 60, "resolved_late": 1}),
                   ("Khu 6", {"received": 58, "resolved": 55, "resolved_on_time": 55, "resolved_late": 0})]


def test_a_grid_whose_header_names_no_figure_gives_no_facts():
    text = ("Chỉ tiêu Năm trước Năm nay Chênh lệch\n"
            "Số cuộc họp 12 15 3\n"
            "Số văn bản ban hành 140 152 12\n")
    doc = DocText.from_text(text)
    assert find_dossier_stats(doc, DocumentMeta()) == []
    assert find_scores(doc, DocumentMeta()) == []


def test_a_header_with_a_column_the_vocabulary_cannot_name_gives_no_facts():
    # "Ghi chú" over a figure column: the cut is not understood, nothing is guessed
    text = ("Đơn vị Tiếp nhận Đã giải quyết Ghi chú\n"
            "Xã A 120 118 5\n"
            "Xã B 80 80 2\n")
    assert _facts(text) == []


# ---- ranking grids --------------------------------------------------------------------

def test_a_flattened_ranking_grid_gives_unit_value_and_rank():
    # the sentence before names the set ranked ("của 3 xã, thị trấn"): each rank is out of 3
    text = ("Kết quả Chỉ số CCHC năm 2024 của 3 xã, thị trấn như sau:\n"
            "STT Tên đơn vị Tổng điểm Xếp hạng\n"
            "1 Xã Phú Lộc 88,40 1\n"
            "2 Thị trấn Phong Điền 86,15 2\n"
            "3 Xã Phú Mỹ 80,00 3\n")
    doc = DocText.from_text(text)
    got = find_scores(doc, DocumentMeta())
    assert [(s.indicator, s.subject, s.value, s.unit, s.year, s.rank, s.rank_total, s.text)
            for s in got] == [
        ("PAR_INDEX", "Xã Phú Lộc", 88.4, "điểm", 2024, 1, 3, "Xã Phú Lộc 88,40"),
        ("PAR_INDEX", "Thị trấn Phong Điền", 86.15, "điểm", 2024, 2, 3, "Thị trấn Phong Điền 86,15"),
        ("PAR_INDEX", "Xã Phú Mỹ", 80.0, "điểm", 2024, 3, 3, "Xã Phú Mỹ 80,00")]
    for s in got:
        assert doc.pages[s.page - 1].text[s.start:s.end] == s.text


def test_a_grid_too_wide_to_cut_gives_no_facts_and_no_error():
    # thirty figure columns under two header lines: not read (bad input never crashes a
    # batch, and its numbers are left to the prose finders)
    head = " ".join(f"Cột {i}" for i in range(30))
    text = ("Đơn vị Tiếp nhận Đã giải quyết\n" + head + "\n"
            "Xã A " + " ".join(str(i) for i in range(30)) + "\n")
    assert _facts(text) == []


def test_a_dash_is_an_empty_cell_of_its_row():
    text = ("Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Trễ hạn\n"
            "Xã A 120 118 118 -\n"
            "Xã B 80 79 77 2\n")
    assert [(s, v) for s, v, _ in _facts(text)] == [
        ("Xã A", {"received": 120, "resolved": 118, "resolved_on_time": 118}),
        ("Xã B", {"received": 80, "resolved": 79, "resolved_on_time": 77, "resolved_late": 2})]
