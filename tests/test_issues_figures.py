"""Regressions found on real reports, each named after what went wrong."""
from pathlib import Path

import pytest

from extractor.find.figures import find_dossier_stats
from extractor.model import DocumentMeta
from extractor.normalize import DocText, to_stored

ROOT = Path(__file__).resolve().parent.parent
SEED_002 = next((ROOT / "corpora" / "seeds").glob("002_*.txt"))


def stats_of(text, meta=None):
    return find_dossier_stats(DocText.from_text(text), meta)


def fields_of(stat):
    from extractor.model import DOSSIER_FIELDS
    return {f: getattr(stat, f) for f in DOSSIER_FIELDS if getattr(stat, f) is not None}


# ---- seed 002: "tỷ lệ hồ sơ trễ hạn ... còn 1,07%" restated in the conclusion ---------------

def _check_002(stats):
    assert [fields_of(s) for s in stats] == [
        {"received": 58053, "online": 2996, "resolved": 56863, "resolved_on_time": 56252,
         "resolved_late": 611, "resolved_rate": 97.95, "on_time_rate": 98.93,
         "late_rate": 1.07, "online_rate": 44.96},
        {"received": 75416, "online": 5707, "resolved": 75384, "resolved_on_time": 75226,
         "resolved_late": 158, "resolved_rate": 99.96, "on_time_rate": 99.79,
         "late_rate": 0.21},
    ]
    assert [s.scope for s in stats] == ["UBND thành phố Nha Trang", "UBND cấp xã"]


def test_seed_002_restated_late_rate_is_not_a_new_statistic():
    doc = DocText.from_text(to_stored(SEED_002.read_text(encoding="utf-8")))
    _check_002(find_dossier_stats(doc, DocumentMeta()))


def test_seed_002_pdf_restated_late_rate_is_not_a_new_statistic():
    from extractor.load import load
    pdf = ROOT / "corpora" / "formats" / (SEED_002.stem + ".pdf")
    _check_002(find_dossier_stats(DocText(load(str(pdf)).pages), DocumentMeta()))


STATED = ("Năm 2019, UBND huyện đã tiếp nhận 1.200 hồ sơ, đã giải quyết 1.150 hồ sơ, "
          "tỷ lệ hồ sơ trễ hạn là 2,5%.\n\n")


def test_rate_restated_in_a_comparison_is_dropped():
    stats = stats_of(STATED + "Nhờ vậy, tỷ lệ hồ sơ trễ hạn của UBND huyện giảm xuống còn 2,5%.")
    assert [fields_of(s) for s in stats] == [
        {"received": 1200, "resolved": 1150, "late_rate": 2.5}]


def test_restated_figures_of_a_whole_group_are_dropped():
    stats = stats_of(STATED + "Tóm lại, trong năm 2019 đã tiếp nhận 1.200 hồ sơ, đã giải "
                     "quyết 1.150 hồ sơ.")
    assert len(stats) == 1


def test_same_rate_in_another_year_is_a_new_statistic():
    stats = stats_of(STATED + "Năm 2020, tỷ lệ hồ sơ trễ hạn là 2,5%.")
    assert [(s.period, fields_of(s)) for s in stats] == [
        ("năm 2019", {"received": 1200, "resolved": 1150, "late_rate": 2.5}),
        ("năm 2020", {"late_rate": 2.5})]


def test_another_value_is_a_new_statistic():
    stats = stats_of(STATED + "Tỷ lệ hồ sơ trễ hạn của UBND huyện giảm xuống còn 1,8%.")
    assert [fields_of(s) for s in stats] == [
        {"received": 1200, "resolved": 1150, "late_rate": 2.5}, {"late_rate": 1.8}]


def test_same_rate_of_another_scope_is_a_new_statistic():
    stats = stats_of(STATED + "Tại UBND cấp xã, tỷ lệ hồ sơ trễ hạn là 2,5%.")
    assert [(s.scope, fields_of(s)) for s in stats] == [
        ("UBND huyện", {"received": 1200, "resolved": 1150, "late_rate": 2.5}),
        ("UBND cấp xã", {"late_rate": 2.5})]


@pytest.mark.parametrize("lead", ["tăng 5% so với năm 2018, ", "giảm so với năm 2018, ",
                                  "so với cùng kỳ năm 2018, "])
def test_period_after_so_voi_is_a_comparison(lead):
    stats = stats_of("Kết quả: " + lead + "số hồ sơ đã tiếp nhận là 500 hồ sơ.",
                     DocumentMeta(period="năm 2019"))
    assert [(s.period, s.received) for s in stats] == [("năm 2019", 500)]


# ---- unseen documents (corpora/unseen/2NN_*): what broke on reports nobody tuned for ----

from extractor.find.figures import find_ratios, find_scores, find_tasks  # noqa: E402


def test_fraction_total_with_thousands_dot_is_a_count():
    # "12/2.400" read as decimals gave 12/2.4 (part > whole) and the ratio was dropped
    doc = DocText.from_text("Kết quả có 12/2.400 phiếu không hài lòng, chiếm 0.5%.")
    assert [(r.part, r.total, r.stated_rate, r.label) for r in find_ratios(doc)] == [
        (12, 2400, 0.5, "phiếu không hài lòng")]


def test_on_time_rate_named_with_its_object_between_verb_and_qualifier():
    # "tỷ lệ giải quyết hồ sơ đúng hạn" was read as the resolution rate
    stats = stats_of("Năm 2023, UBND huyện tiếp nhận 5.430 hồ sơ, đã giải quyết 5.300 hồ sơ; "
                     "tỷ lệ giải quyết hồ sơ đúng hạn đạt 98,8%.")
    assert [fields_of(s) for s in stats] == [
        {"received": 5430, "resolved": 5300, "on_time_rate": 98.8}]


TABLE = ("Bảng 1. Tình hình giải quyết hồ sơ thủ tục hành chính năm 2023\n"
         "STT | Cấp giải quyết | Tổng số hồ sơ | Kỳ trước chuyển sang | Tiếp nhận mới | "
         "Đã giải quyết | Trước hạn | Đúng hạn | Quá hạn | Đang giải quyết | Trong hạn | Quá hạn\n"
         "1 | Cấp huyện | 1.245 | 120 | 1.125 | 1.180 | 300 | 850 | 30 | 65 | 60 | 5\n"
         "2 | Cấp xã | 3.420 | 85 | 3.335 | 3.390 | 1.200 | 2.170 | 20 | 30 | 28 | 2\n\n"
         "Các hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai.")


def test_table_columns_under_pending_and_the_total_column():
    # the second "Quá hạn" (under "Đang giải quyết") overwrote resolved_late, "Tổng số hồ
    # sơ" was no column, the row number became part of the scope, and "Quá hạn\n1" in the
    # header was read in prose as a statistic of its own
    stats = stats_of(TABLE)
    assert [(s.scope, s.period, fields_of(s)) for s in stats] == [
        ("Cấp huyện", "năm 2023",
         {"to_resolve": 1245, "carried_over": 120, "received": 1125, "resolved": 1180,
          "resolved_early": 300, "resolved_on_time": 850, "resolved_late": 30, "pending": 65,
          "pending_on_time": 60, "pending_overdue": 5}),
        ("Cấp xã", "năm 2023",
         {"to_resolve": 3420, "carried_over": 85, "received": 3335, "resolved": 3390,
          "resolved_early": 1200, "resolved_on_time": 2170, "resolved_late": 20, "pending": 30,
          "pending_on_time": 28, "pending_overdue": 2})]


def test_table_total_column_is_not_a_verb_column():
    stats = stats_of("Tổng số hồ sơ đã tiếp nhận | Đã giải quyết | Đúng hạn | Quá hạn\n"
                     "UBND xã A | 200 | 190 | 185 | 5\n")
    assert [fields_of(s) for s in stats] == [
        {"received": 200, "resolved": 190, "resolved_on_time": 185, "resolved_late": 5}]


def test_whole_province_and_a_department_are_scopes():
    stats = stats_of("Năm 2022, toàn tỉnh đã tiếp nhận 1,2 triệu hồ sơ thủ tục hành chính, "
                     "trong đó hồ sơ trực tuyến 456.000 hồ sơ, chiếm 38%.\n\n"
                     "Riêng Sở Tư pháp tiếp nhận 3.512 hồ sơ, đã giải quyết 3.505 hồ sơ, trong "
                     "đó quá hạn 07 hồ sơ, chiếm 0,2%; đang giải quyết 07 hồ sơ.")
    assert [(s.scope, fields_of(s)) for s in stats] == [
        ("toàn tỉnh", {"received": 1200000, "online": 456000, "online_rate": 38}),
        ("Sở Tư pháp", {"received": 3512, "resolved": 3505, "resolved_late": 7, "late_rate": 0.2,
                   "pending": 7})]


def _scores(text):
    return [(s.indicator, s.criterion, s.criterion_key, s.value, s.max)
            for s in find_scores(DocText.from_text(text))]


def test_numbered_criterion_lines_under_a_section_heading():
    # the section heading above was taken for every criterion's name, and "Tiêu chí 1"
    # (up to the first colon) for the name itself
    text = ("I. KẾT QUẢ TỰ ĐÁNH GIÁ THEO TỪNG TIÊU CHÍ\n"
            "Tiêu chí 1: Công tác chỉ đạo, điều hành CCHC: đạt 14,5/16 điểm.\n"
            "Tiêu chí 2: Cải cách thể chế: đạt 4,5/5 điểm.\n")
    assert _scores(text) == [
        ("PAR_INDEX_CRITERION", "Công tác chỉ đạo, điều hành CCHC", "chi_dao_dieu_hanh", 14.5, 16),
        ("PAR_INDEX_CRITERION", "Cải cách thể chế", "the_che", 4.5, 5)]


def test_numbered_criterion_lines_after_an_index_heading():
    # the heading names the index, so no criterion was found at all
    text = ("I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH\nKết quả điểm các lĩnh vực thành phần:\n"
            "Tiêu chí 2: Cải cách thủ tục hành chính: đạt 6,5/4 điểm.\n")
    assert _scores(text) == [
        ("PAR_INDEX_CRITERION", "Cải cách thủ tục hành chính", "thu_tuc_hanh_chinh", 6.5, 4)]


def test_wrapped_heading_continuation_keeps_the_heading_name():
    text = ("9. Đối với các tiêu chí đánh giá tác động của cải cách hành chính – điều\n"
            "tra xã hội học: Năm 2020, số điểm đạt 27,032/35\n")
    assert _scores(text)[0][2] == "tac_dong"


def test_index_total_written_as_a_fraction_of_its_maximum():
    # "đạt 88/100 điểm": the number after "/" was skipped and no PAR INDEX was reported
    s = find_scores(DocText.from_text(
        "Tổng điểm tự đánh giá Chỉ số cải cách hành chính năm 2023 của UBND xã Hòa An "
        "đạt 88/100 điểm."))
    assert [(x.indicator, x.value, x.max, x.unit, x.year, x.subject) for x in s] == [
        ("PAR_INDEX", 88, 100, "điểm", 2023, "UBND xã Hòa An")]


def _tasks(text):
    return [(t.done, t.total, t.rate, t.period) for t in find_tasks(DocText.from_text(text))]


def test_tasks_done_as_a_count_after_the_stated_total():
    # no "32/35": the total was stated before, the tasks done as a count
    assert _tasks("Tổng số nhiệm vụ được giao trong Kế hoạch CCHC năm 2023 của huyện là 35 "
                  "nhiệm vụ; đến nay đã hoàn thành 32 nhiệm vụ (đạt 91,43%), các nhiệm vụ còn "
                  "lại đang triển khai.") == [(32, 35, 91.43, "năm 2023")]
    assert _tasks("Năm 2022, Kế hoạch CCHC với 20 nhiệm vụ; Sở đã hoàn thành 18 nhiệm vụ.") == [
        (18, 20, None, "năm 2022")]


def test_counted_tasks_need_a_total_in_the_same_paragraph_and_not_below_done():
    assert _tasks("Kế hoạch năm 2022 có 20 nhiệm vụ.\n\nĐã hoàn thành 18 nhiệm vụ.") == []
    assert _tasks("Kế hoạch năm 2022 có 20 nhiệm vụ, đã hoàn thành 25 nhiệm vụ.") == []


def test_a_fraction_of_tasks_is_not_counted_twice():
    assert _tasks("Kế hoạch CCHC năm 2023 với 28 nhiệm vụ; đã hoàn thành 25/28 nhiệm vụ, "
                  "đạt 89,29%.") == [(25, 28, 89.29, "năm 2023")]


def test_received_total_with_its_breakdown_in_parentheses_is_one_statistic():
    # "tiếp nhận 8.652 (kỳ trước chuyển sang 215, tiếp nhận mới 8.437)" gave two statistics
    stats = stats_of("6 tháng đầu năm 2023, UBND huyện đã tiếp nhận 8.652 hồ sơ (kỳ trước "
                     "chuyển sang 215 hồ sơ, tiếp nhận mới 8.437 hồ sơ); đã giải quyết 8.540 "
                     "hồ sơ (trước hạn 2.310 hồ sơ, đúng hạn 6.195 hồ sơ, quá hạn 35 hồ sơ); "
                     "đang giải quyết 112 hồ sơ.")
    assert [fields_of(s) for s in stats] == [
        {"to_resolve": 8652, "carried_over": 215, "received": 8437, "resolved": 8540,
         "resolved_early": 2310, "resolved_on_time": 6195, "resolved_late": 35, "pending": 112}]


def test_two_received_figures_that_do_not_add_up_stay_apart():
    stats = stats_of("Năm 2023, UBND huyện tiếp nhận 900 hồ sơ (kỳ trước chuyển sang 215 hồ "
                     "sơ, tiếp nhận mới 600 hồ sơ).")
    assert not any(s.to_resolve for s in stats)


def test_rate_clause_after_a_semicolon_names_no_dossier_but_is_a_dossier_rate():
    # "; tỷ lệ đúng hạn đạt 99,6%" is a sentence of its own without "hồ sơ": it was skipped
    stats = stats_of("UBND huyện đã giải quyết 2.250 hồ sơ, trong đó đúng hạn 2.241 hồ sơ, "
                     "trễ hạn 09 hồ sơ; tỷ lệ đúng hạn đạt 99,6%.")
    assert [fields_of(s) for s in stats] == [
        {"resolved": 2250, "resolved_on_time": 2241, "resolved_late": 9, "on_time_rate": 99.6}]


def test_period_without_year_takes_the_year_stated_before():
    # "trong 6 tháng đầu năm;" (no year) came last before the figures: period lost its year
    stats = stats_of("Báo cáo công tác CCHC 6 tháng đầu năm 2022\n\nCó 14/16 nhiệm vụ đã hoàn "
                     "thành trong 6 tháng đầu năm; còn 2 nhiệm vụ.\n\nTrong kỳ, UBND huyện tiếp "
                     "nhận 2.340 hồ sơ, đã giải quyết 2.250 hồ sơ.")
    assert [(s.period, fields_of(s)) for s in stats] == [
        ("6 tháng đầu năm 2022", {"received": 2340, "resolved": 2250})]


def test_criterion_list_total_line_is_the_index_not_a_criterion():
    # "Tổng cộng: 83/100 điểm" was a tenth criterion named "Tổng cộng" (maxima then 200)
    text = ("Kết quả tự chấm điểm Chỉ số CCHC năm 2022\n"
            "1. Cải cách thể chế: 4/5 điểm;\n2. Cải cách tài chính công: 4/4 điểm;\n"
            "Tổng cộng: 8/9 điểm.\n")
    s = find_scores(DocText.from_text(text))
    assert [(x.indicator, x.criterion_key, x.value, x.max, x.year) for x in s] == [
        ("PAR_INDEX_CRITERION", "the_che", 4, 5, None),
        ("PAR_INDEX_CRITERION", "tai_chinh_cong", 4, 4, None),
        ("PAR_INDEX", None, 8, 9, 2022)]


# ---- blind round 4NN (corpora/unseen/4*.txt): what broke on documents written unseen -------

def test_thousands_grouped_by_spaces_are_one_count():
    # "12 345 hồ sơ" was read as 12 and 345: sums and rates went wildly wrong
    from extractor.find.numbers import find_numbers
    text = "tiếp nhận 12 345 hồ sơ (kỳ trước chuyển sang 1 210 hồ sơ)"
    assert [(n.raw, n.value) for n in find_numbers(text)] == [("12 345", 12345), ("1 210", 1210)]
    # table cells separated by spaces stay apart
    assert [n.value for n in find_numbers("Phường An Bình 420 415 413 2")] == [420, 415, 413, 2]
    stats = stats_of("Năm 2023, Bộ phận Một cửa huyện tiếp nhận 6 215 hồ sơ, đã giải quyết "
                     "6 150 hồ sơ, trong đó đúng hạn 6 058 hồ sơ, đạt 98,5 %; quá hạn 92 hồ sơ.")
    assert [fields_of(s) for s in stats] == [
        {"received": 6215, "resolved": 6150, "resolved_on_time": 6058, "on_time_rate": 98.5,
         "resolved_late": 92}]


def test_count_cue_followed_by_a_change_is_no_count():
    stats = stats_of("Quý III năm 2023, Trung tâm tiếp nhận 11.135 hồ sơ. So với cùng kỳ năm 2022, "
                     "số hồ sơ tiếp nhận mới tăng 1.025 hồ sơ.")
    assert [fields_of(s) for s in stats] == [{"received": 11135}]


def _scores_of(text):
    from extractor.find.figures import find_scores
    return find_scores(DocText.from_text(text), DocumentMeta())


def test_ranking_table_rows_are_scores_of_the_units_they_name():
    text = ("Phê duyệt và công bố Chỉ số cải cách hành chính năm 2022 của các sở, như sau:\n\n"
            "STT | Đơn vị | Tổng điểm | Xếp hạng | Xếp loại\n"
            "1 | Sở Tư pháp | 91,25 | 1 | Tốt\n"
            "2 | Sở Nội vụ | 90,80 | 2 | Khá\n"
            "3 | Ban Quản lý Khu kinh tế tỉnh | 79,60 | 3 | Trung bình\n\n"
            "Điều 2. Giao Sở Nội vụ thông báo kết quả.\n")
    got = [(s.indicator, s.subject, s.value, s.unit, s.year, s.rank, s.rating) for s in _scores_of(text)]
    assert got == [("PAR_INDEX", "Sở Tư pháp", 91.25, "điểm", 2022, 1, "tốt"),
                   ("PAR_INDEX", "Sở Nội vụ", 90.8, "điểm", 2022, 2, "khá"),
                   ("PAR_INDEX", "Ban Quản lý Khu kinh tế tỉnh", 79.6, "điểm", 2022, 3, "trung bình")]


def test_table_without_an_index_named_before_is_no_ranking():
    text = "Danh sách như sau:\nSTT | Đơn vị | Tổng điểm | Xếp hạng\n1 | Sở Tư pháp | 91,25 | 1\n"
    assert _scores_of(text) == []


def test_survey_counts_told_in_prose_are_a_ratio():
    from extractor.find.figures import find_ratios
    doc = DocText.from_text(
        "Tổ khảo sát đã phát ra 1.500 phiếu, thu về 1.482 phiếu hợp lệ, đạt 98,8%. "
        "Trong số 1.482 phiếu thu về, có 37 phiếu không hài lòng, chiếm 2,5%. "
        "Huyện tiếp nhận 1.500 hồ sơ, có 1.482 hồ sơ đúng hạn, đạt 98,8%.")
    got = [(r.part, r.total, r.stated_rate, r.label) for r in find_ratios(doc)]
    assert got == [(1482, 1500, 98.8, "phiếu hợp lệ"), (37, 1482, 2.5, "phiếu không hài lòng")]


def test_pending_count_named_after_the_number():
    # "còn lại 328 hồ sơ đang giải quyết": the cue follows the count
    stats = stats_of("Các Chi nhánh tiếp nhận 18.940 hồ sơ, đã giải quyết 18.612 hồ sơ, "
                     "còn lại 328 hồ sơ đang giải quyết.")
    assert [fields_of(s) for s in stats] == [{"received": 18940, "resolved": 18612, "pending": 328}]


def test_other_years_value_in_the_same_sentence_keeps_its_year():
    text = ("Chỉ số cải cách hành chính năm 2022 của tỉnh đạt 84,5%, tăng 2,3% so với năm 2021 "
            "(82,2%), xếp thứ 35/63 tỉnh, thành phố. Chỉ số PAPI năm 2022 đạt 42,31 điểm, năm 2021 "
            "đạt 41,85 điểm. Chỉ số PCI năm 2022 đạt 64,15 điểm (năm 2021: 63,08 điểm).")
    got = [(s.indicator, s.value, s.year, s.rank, s.change) for s in _scores_of(text)]
    assert got == [("PAR_INDEX", 84.5, 2022, 35, 2.3), ("PAR_INDEX", 82.2, 2021, None, None),
                   ("OTHER_INDEX", 42.31, 2022, None, None), ("OTHER_INDEX", 41.85, 2021, None, None),
                   ("OTHER_INDEX", 64.15, 2022, None, None), ("OTHER_INDEX", 63.08, 2021, None, None)]


def test_satisfaction_sub_index_is_named_by_its_aspect():
    text = ("1. Chỉ số hài lòng về tiếp cận dịch vụ 85,2%.\n"
            "2. Chỉ số hài lòng về việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị 79,5 %.\n"
            "Chỉ số hài lòng chung (SIPAS) năm 2023 của huyện đạt 84,54%.\n")
    got = [(s.indicator, s.criterion, s.criterion_key, s.value) for s in _scores_of(text)]
    assert got == [("SIPAS", "tiếp cận dịch vụ", None, 85.2),
                   ("SIPAS", "tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", None, 79.5),
                   ("SIPAS", None, None, 84.54)]


def test_one_stop_desk_and_named_agencies_are_dossier_scopes():
    stats = stats_of("Trong 6 tháng đầu năm 2023, Văn phòng Đăng ký đất đai tỉnh tiếp nhận 4.210 hồ sơ, "
                     "đã giải quyết 4.100 hồ sơ; Chi cục Bảo vệ môi trường tiếp nhận 236 hồ sơ, "
                     "đã giải quyết 230 hồ sơ.\n\n1. Cấp huyện\nNăm 2023, Bộ phận Một cửa huyện "
                     "tiếp nhận 8.640 hồ sơ.")
    assert [s.scope for s in stats] == ["Văn phòng Đăng ký đất đai tỉnh", "Chi cục Bảo vệ môi trường", "Bộ phận Một cửa huyện"]
    # an agency written without a proper name ("Văn phòng ủy ban") names no scope
    assert stats_of("Bộ phận chủ trì: Văn phòng ủy ban. Năm 2020, tiếp nhận 120 hồ sơ.")[0].scope is None


def test_another_years_target_is_no_score():
    got = [(s.value, s.year) for s in _scores_of(
        "Chỉ số CCHC năm 2022 của tỉnh đạt 84,5%, phấn đấu năm 2025 đạt 90%.")]
    assert got == [(84.5, 2022)]


def test_ranking_table_with_tab_cells_and_a_percent_column():
    text = ("Chỉ số CCHC năm 2023 của các sở như sau:\n"
            "STT\tĐơn vị\tChỉ số CCHC (%)\tXếp hạng\n1\tSở Y tế\t88,5\t1\n2\tSở Tài chính\t86,1\t2\n")
    got = [(s.indicator, s.subject, s.value, s.unit, s.year, s.rank) for s in _scores_of(text)]
    assert got == [("PAR_INDEX", "Sở Y tế", 88.5, "%", 2023, 1),
                   ("PAR_INDEX", "Sở Tài chính", 86.1, "%", 2023, 2)]


# ---- tables flattened with single spaces (PDF text of borderless tables) ---------------

_FLAT_RANKING = ("Kết quả Chỉ số cải cách hành chính năm 2023 của các xã, phường như sau:\n"
                 "STT Đơn vị Tổng điểm Xếp hạng\n"
                 "1 Phường Nghĩa Đô 89,45 1\n"
                 "2 Xã Tân Lập 87,10 2\n"
                 "3 Phường 3 85,00 3\n")


def test_space_flattened_ranking_table_rows_are_unit_scores():
    got = [(s.indicator, s.subject, s.value, s.unit, s.year, s.rank) for s in _scores_of(_FLAT_RANKING)]
    assert got == [("PAR_INDEX", "Phường Nghĩa Đô", 89.45, "điểm", 2023, 1),
                   ("PAR_INDEX", "Xã Tân Lập", 87.1, "điểm", 2023, 2),
                   ("PAR_INDEX", "Phường 3", 85.0, "điểm", 2023, 3)]
    doc = DocText.from_text(_FLAT_RANKING)
    from extractor.find.figures import find_scores
    for s in find_scores(doc, DocumentMeta()):
        assert doc.pages[s.page - 1].text[s.start:s.end] == s.text
        # one table reader for every table: a ranking row's evidence runs from its unit's
        # cell to its value's cell, as in DOCX/HTML/PDF tables (the line reader took the line)
        assert s.text.startswith(s.subject + " ")


def test_space_flattened_ranking_table_with_rating_and_percent_column():
    text = ("Chỉ số CCHC năm 2022 của các sở như sau:\n"
            "STT Tên đơn vị Chỉ số CCHC (%) Xếp hạng Xếp loại\n"
            "1 Sở Tư pháp 91,25 1 Tốt\n"
            "2 Sở Văn hóa, Thể thao và Du lịch 80,10 2 Trung bình\n")
    got = [(s.subject, s.value, s.unit, s.rank, s.rating) for s in _scores_of(text)]
    assert got == [("Sở Tư pháp", 91.25, "%", 1, "tốt"),
                   ("Sở Văn hóa, Thể thao và Du lịch", 80.1, "%", 2, "trung bình")]


def test_space_flattened_ranking_row_whose_cells_do_not_line_up_is_skipped():
    text = ("Chỉ số CCHC năm 2023 của các xã như sau:\n"
            "STT Đơn vị Tổng điểm Xếp hạng\n"
            "1 Xã An Bình 90,5 1\n"
            "2 Xã Tân Lập 87,10 12 2\n"   # one cell too many
            "3 Xã Hòa Phú 86,2\n"         # one cell missing
            "4 Xã Phú Mỹ 85,9 4\n")
    got = [(s.subject, s.value, s.rank) for s in _scores_of(text)]
    assert got == [("Xã An Bình", 90.5, 1), ("Xã Phú Mỹ", 85.9, 4)]


def test_prose_after_a_space_flattened_ranking_table_is_not_a_row():
    text = (_FLAT_RANKING
            + "Như vậy, năm 2023 có 2 đơn vị đạt trên 85 điểm.\n"
            + "3 đơn vị còn lại xếp loại khá 2\n"
            + "Các xã cần khắc phục hạn chế.\n")
    got = [(s.subject, s.value, s.rank) for s in _scores_of(text)]
    assert got == [("Phường Nghĩa Đô", 89.45, 1), ("Xã Tân Lập", 87.1, 2), ("Phường 3", 85.0, 3)]


def test_space_flattened_header_needs_only_known_columns():
    # a sentence that merely mentions the words is no header
    text = ("Chỉ số CCHC năm 2023 của các xã như sau:\n"
            "Đơn vị có Tổng điểm cao nhất\n"
            "1 Xã An Bình 90,5 1\n")
    assert [s.subject for s in _scores_of(text)] == []


_FLAT_DOSSIERS = ("Tình hình giải quyết hồ sơ TTHC năm 2023:\n"
                  "STT Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Quá hạn\n"
                  "1 UBND xã A 1.245 1.180 1.150 30\n"
                  "2 UBND phường 3 980 975 970 5\n")


def test_space_flattened_dossier_table_rows_are_unit_statistics():
    stats = stats_of(_FLAT_DOSSIERS)
    assert [(s.scope, fields_of(s)) for s in stats] == [
        ("UBND xã A", {"received": 1245, "resolved": 1180, "resolved_on_time": 1150, "resolved_late": 30}),
        ("UBND phường 3", {"received": 980, "resolved": 975, "resolved_on_time": 970, "resolved_late": 5})]


def test_space_flattened_dossier_row_whose_cells_do_not_line_up_is_skipped():
    text = (_FLAT_DOSSIERS.rstrip("\n").rsplit("\n", 1)[0] + "\n"
            "2 UBND xã B 9 980 975 970 5\n"   # one cell too many
            "3 UBND xã C 640 600 590\n"       # one cell missing
            "4 UBND xã D 500 480 470 10\n")
    assert [s.scope for s in stats_of(text)] == ["UBND xã A", "UBND xã D"]


def test_prose_after_a_space_flattened_dossier_table_is_not_a_row():
    stats = stats_of(_FLAT_DOSSIERS + "Ngoài ra, trong năm 2023 còn 12 hồ sơ đang giải quyết.\n"
                     "Các đơn vị cần khắc phục 30 hồ sơ quá hạn.\n")
    # the prose is no row, and takes no row's unit ("UBND phường 3") as its scope
    assert [(s.scope, fields_of(s), s.text) for s in stats] == [
        ("UBND xã A", {"received": 1245, "resolved": 1180, "resolved_on_time": 1150, "resolved_late": 30},
         "1 UBND xã A 1.245 1.180 1.150 30"),
        ("UBND phường 3", {"received": 980, "resolved": 975, "resolved_on_time": 970, "resolved_late": 5},
         "2 UBND phường 3 980 975 970 5"),
        (None, {"pending": 12}, "12 hồ sơ đang giải quyết")]


def test_spaced_thousands_at_a_sentence_end_are_one_count():
    stats = stats_of("Năm 2023, Bộ phận Một cửa huyện đã tiếp nhận 12 345 hồ sơ TTHC, đã giải quyết "
                     "12 100. Trong đó đúng hạn 12 002 Quá hạn 98 hồ sơ.")
    assert [fields_of(s) for s in stats] == [
        {"received": 12345, "resolved": 12100, "resolved_on_time": 12002, "resolved_late": 98}]


# ---- blind round 5NN ------------------------------------------------------------------

def test_index_after_phan_dau_is_a_target_not_a_score():
    text = ("Năm 2024, phấn đấu Chỉ số cải cách hành chính của tỉnh đạt từ 88% trở lên, "
            "Chỉ số SIPAS đạt trên 86%.")
    assert _scores_of(text) == []


def test_index_reached_is_still_a_score_without_a_target_lead():
    got = _scores_of("Chỉ số cải cách hành chính năm 2023 của tỉnh đạt 86,72%.")
    assert [(s.indicator, s.value, s.year) for s in got] == [("PAR_INDEX", 86.72, 2023)]


def test_share_of_a_ballot_count_is_not_the_index_value():
    text = ("Kết quả đo lường SIPAS năm 2023 trên địa bàn tỉnh: tổng số phiếu khảo sát 1.800 phiếu, "
            "số phiếu hợp lệ 1.764 phiếu (98,0%).")
    assert [s.value for s in _scores_of(text) if s.value is not None] == []


def test_percent_in_parentheses_after_a_count_is_its_rate():
    text = ("Cấp huyện: đã giải quyết 1.200 hồ sơ, đúng hạn 1.180 hồ sơ (98,3%), "
            "trễ hạn 20 hồ sơ (1,7%); đang giải quyết 64 hồ sơ.")
    (st,) = find_dossier_stats(DocText.from_text(text), DocumentMeta())
    assert (st.resolved, st.resolved_on_time, st.on_time_rate, st.resolved_late, st.late_rate,
            st.pending) == (1200, 1180, 98.3, 20, 1.7, 64)


def test_percent_in_parentheses_after_early_count_is_no_on_time_rate():
    text = "Đã giải quyết 5.400 hồ sơ, trong đó trước hạn 2.150 hồ sơ (39,8%), quá hạn 24 hồ sơ."
    (st,) = find_dossier_stats(DocText.from_text(text), DocumentMeta())
    assert st.on_time_rate is None and st.resolved_rate is None and st.late_rate is None
