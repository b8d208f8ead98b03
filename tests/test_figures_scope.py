"""Scope and period inherited (issue 10, items 4-5): one owner, extractor/find/scope_chain.py,
for the chain clause -> sentence -> paragraph lead -> heading -> table caption -> document;
objects of addressing verbs are no scope; total rows name what they cover; a comparison
period keeps its period. Each test is input text in, exact facts out (none quotes a corpus
document), named after what broke; the last tests hold the comparator's conventions
(scripts/eval_figures.py same_by_convention, README "Scope conventions")."""
from pathlib import Path

from extractor.find.figures import find_dossier_stats, find_scores, find_tasks
from extractor.model import DOSSIER_FIELDS, DocumentMeta, Unit
from extractor.normalize import DocText
from scripts_under_test import load_script

ROOT = Path(__file__).resolve().parent.parent


def stats(text, meta=None):
    return [(s.scope, s.period, {f: getattr(s, f) for f in DOSSIER_FIELDS if getattr(s, f) is not None})
            for s in find_dossier_stats(DocText.from_text(text), meta)]


def scores(text, meta=None):
    return [(s.indicator, s.value, s.subject, s.year) for s in find_scores(DocText.from_text(text), meta)]


SO = DocumentMeta(issuer="Sở Tư pháp tỉnh Hà Nam", unit=Unit(name="Sở Tư pháp", level="sở"))


# ---- objects are no scope ------------------------------------------------------------------

def test_a_unit_submitted_to_in_an_earlier_paragraph_is_not_the_scope():
    """"Sở đã trình Chủ tịch UBND tỉnh công bố ..." then a new paragraph of the Sở's own
    figures: they were scoped "UBND tỉnh"."""
    got = stats("Trong kỳ, Sở đã trình Chủ tịch UBND tỉnh công bố 9 TTHC mới.\n\n"
                "Năm 2024, Sở đã giải quyết 2.698 hồ sơ, trong đó đúng hạn 2.690 hồ sơ.", SO)
    assert got == [("Sở Tư pháp tỉnh Hà Nam", "năm 2024", {"resolved": 2698, "resolved_on_time": 2690})]


def test_a_unit_addressed_in_the_same_sentence_is_not_the_scope():
    got = stats("Năm 2024, theo hướng dẫn của UBND tỉnh, Sở đã tiếp nhận 1.200 hồ sơ.", SO)
    assert got == [("Sở Tư pháp tỉnh Hà Nam", "năm 2024", {"received": 1200})]


# ---- leads and headings ----------------------------------------------------------------------

def test_a_lead_after_a_list_marker_scopes_its_paragraph():
    """"b) Với cấp xã, toàn huyện tiếp nhận ..." was scoped "toàn huyện"."""
    got = stats("Quý I năm 2024:\nb) Với cấp xã, toàn huyện tiếp nhận 5.947 hồ sơ, đã giải quyết 5.902 hồ sơ.")
    assert got == [("cấp xã", "quý I năm 2024", {"received": 5947, "resolved": 5902})]


def test_a_lead_naming_a_field_wins_over_the_body_in_its_sentence():
    """"Riêng lĩnh vực lý lịch tư pháp, Trung tâm ... đã tiếp nhận": the field's figures."""
    got = stats("Năm 2025, riêng lĩnh vực lý lịch tư pháp, Trung tâm Phục vụ hành chính công tỉnh "
                "đã tiếp nhận 656 hồ sơ.")
    assert got == [("lĩnh vực lý lịch tư pháp", "năm 2025", {"received": 656})]


def test_an_agency_named_over_a_comma_under_a_lead():
    """"Riêng Cục Đo đạc, Bản đồ và ..." was scoped to the ministry issuing the report."""
    meta = DocumentMeta(issuer="Bộ Tài nguyên và Môi trường", unit=Unit(name="Bộ Tài nguyên và Môi trường"))
    got = stats("Năm 2024, Bộ tiếp nhận 38.612 hồ sơ.\nRiêng Cục Đo đạc, Bản đồ và Thông tin địa lý "
                "Việt Nam đã tiếp nhận 1.284 hồ sơ.", meta)
    assert [s for s, _, _ in got] == ["Bộ Tài nguyên và Môi trường",
                                      "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam"]


def test_the_reporting_body_named_by_its_head_word():
    """"tại Trung tâm là 12 345 hồ sơ": the document's Trung tâm (was no scope)."""
    got = stats("Trong quý III năm 2023, tổng số hồ sơ cần giải quyết tại Trung tâm là 12 345 hồ sơ.")
    assert got == [("Trung tâm", "quý III năm 2023", {"to_resolve": 12345})]


def test_a_title_line_scopes_the_paragraph_after_it():
    got = stats("Tình hình giải quyết hồ sơ tại Bộ phận Một cửa cấp xã tháng 11 năm 2024\n\n"
                "Trong tháng, đã tiếp nhận 3.415 hồ sơ.")
    assert got == [("Bộ phận Một cửa cấp xã", "tháng 11 năm 2024", {"received": 3415})]


# ---- scores: the subject inherited -------------------------------------------------------------

def test_a_proper_name_after_the_year_is_the_subject():
    """"Về Chỉ số PCI năm 2024, Lạng Sơn đạt 65,32 điểm" had no subject."""
    assert scores("Về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024, Lạng Sơn đạt 65,32 điểm.") == [
        ("OTHER_INDEX", 65.32, "Lạng Sơn", 2024)]


def test_a_score_without_a_subject_takes_the_paragraphs_previous_one():
    got = scores("Chỉ số PAPI năm 2023 của tỉnh Quảng Bình đạt 43,18 điểm. "
                 "Chỉ số PCI năm 2023 đạt 66,05 điểm.")
    assert [(i, v, s) for i, v, s, _ in got] == [("OTHER_INDEX", 43.18, "tỉnh Quảng Bình"),
                                                 ("OTHER_INDEX", 66.05, "tỉnh Quảng Bình")]


def test_an_index_of_a_territory_is_the_territorys_in_a_departments_report():
    meta = DocumentMeta(issuer="Sở Nội vụ tỉnh Phú Yên", unit=Unit(name="Sở Nội vụ tỉnh Phú Yên"))
    assert scores("Chỉ số PCI năm 2023 đạt 66,05 điểm.", meta) == [("OTHER_INDEX", 66.05, "tỉnh Phú Yên", 2023)]


def test_an_average_over_a_group_is_the_groups():
    """"trung bình của 19 sở, ban, ngành" was given to the reporting department."""
    meta = DocumentMeta(issuer="Sở Nội vụ tỉnh Thái Bình", unit=Unit(name="Sở Nội vụ tỉnh Thái Bình"))
    got = scores("Năm 2024, Chỉ số cải cách hành chính trung bình của 19 sở, ban, ngành đạt 86,45%.", meta)
    assert got == [("PAR_INDEX", 86.45, "sở, ban, ngành (trung bình)", 2024)]
    got = scores("Năm 2024, điểm trung bình Chỉ số cải cách hành chính của các xã, thị trấn đạt 84,27 điểm.")
    assert got == [("PAR_INDEX", 84.27, "xã, thị trấn (trung bình)", 2024)]


def test_a_unit_opening_the_clause_after_a_semicolon_is_the_subject():
    """"...; huyện Sơn Hòa có mức độ hài lòng thấp nhất, 80,47%" went to the issuer."""
    meta = DocumentMeta(issuer="Sở Nội vụ tỉnh Phú Yên", unit=Unit(name="Sở Nội vụ tỉnh Phú Yên"))
    got = scores("Năm 2024, ở khối huyện, thị xã Đông Hòa dẫn đầu về mức độ hài lòng với 90,02%; "
                 "huyện Sơn Hòa có mức độ hài lòng thấp nhất, 80,47%.", meta)
    assert ("SIPAS", 80.47, "huyện Sơn Hòa", 2024) in got


# ---- periods -----------------------------------------------------------------------------------

def test_a_value_of_the_same_period_last_year_keeps_that_period():
    """"giảm từ 1,12% của cùng kỳ năm 2023" in a 9-month report was given "năm 2023"."""
    got = stats("Với cấp tỉnh, trong 9 tháng đầu năm 2024, tỷ lệ hồ sơ trễ hạn giảm từ 1,12% "
                "của cùng kỳ năm 2023 xuống còn 0,40%.")
    assert [(p, v) for _, p, v in got] == [("9 tháng đầu năm 2023", {"late_rate": 1.12}),
                                           ("9 tháng đầu năm 2024", {"late_rate": 0.4})]


def test_a_task_takes_the_year_opening_its_sentence_under_a_plan_heading():
    """"1. Kết quả thực hiện kế hoạch\\nNăm 2024, Bộ đã hoàn thành 27/30 nhiệm vụ": the
    heading's "kế hoạch" made "Năm 2024" look like an outlook, and the task took 2023."""
    text = ("Năm 2023, Bộ đạt 86,73%.\n1. Kết quả thực hiện kế hoạch\n"
            "Năm 2024, Bộ đã hoàn thành 27/30 nhiệm vụ cải cách hành chính theo kế hoạch, đạt 90%.")
    got = [(t.done, t.total, t.period) for t in find_tasks(DocText.from_text(text), DocumentMeta())]
    assert got == [(27, 30, "năm 2024")]


# ---- total rows --------------------------------------------------------------------------------

def test_a_total_row_is_the_unit_its_caption_names():
    """Rows of departments received at the province's centre: the total is the centre's
    (was "Tổng cộng", the row's own words)."""
    text = ("Trong tháng 8/2025, bốn sở tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh như sau:\n"
            "| STT | Cơ quan | Số hồ sơ tiếp nhận | Số hồ sơ đã giải quyết |\n"
            "| 1 | Sở Xây dựng | 380 | 352 |\n"
            "| 2 | Sở Tài chính | 649 | 620 |\n"
            "| Tổng cộng | | 1.029 | 972 |\n")
    got = stats(text)
    assert got[-1] == ("Trung tâm Phục vụ hành chính công tỉnh", "tháng 8/2025",
                       {"received": 1029, "resolved": 972})


def test_a_total_row_under_levels_is_the_territory():
    meta = DocumentMeta(issuer="Văn phòng UBND tỉnh Yên Bái", unit=Unit(name="Văn phòng UBND tỉnh Yên Bái"))
    text = ("Năm 2023, kết quả như sau:\n\n"
            "| Cấp giải quyết | Số hồ sơ tiếp nhận | Số hồ sơ đã giải quyết |\n"
            "| Cấp tỉnh | 20.114 | 19.870 |\n"
            "| Cấp huyện | 28.771 | 28.415 |\n"
            "| Tổng cộng | 48.885 | 48.285 |\n")
    assert stats(text, meta)[-1][0] == "tỉnh Yên Bái"


def test_a_whole_territory_row_is_named():
    meta = DocumentMeta(issuer="UBND tỉnh Cao Bằng", unit=Unit(name="tỉnh Cao Bằng", level="tỉnh"))
    text = ("Quý II năm 2025:\n"
            "| Đơn vị | Số hồ sơ tiếp nhận | Số hồ sơ đã giải quyết |\n"
            "| Cấp tỉnh | 20.114 | 19.870 |\n"
            "| Toàn tỉnh | 48.885 | 48.285 |\n")
    assert [s for s, _, _ in stats(text, meta)] == ["Cấp tỉnh", "tỉnh Cao Bằng"]


# ---- the comparator's conventions (scripts/eval_figures.py) -------------------------------------

def _eval():
    return load_script("eval_figures")


def test_comparator_a_gold_total_row_label_matches_a_record_read_from_that_row():
    ef = _eval()
    assert ef.scope_ok("Tổng cộng", "tỉnh Yên Bái", "Tổng cộng 74.567 73.702 73.277 99,42")
    assert ef.scope_ok("Cộng", "huyện Cư M'lanh", "| 9 | Cộng | 1.204 | 1.190")
    assert ef.scope_ok("Toàn huyện", "huyện Thạch Quảng", "Toàn huyện 5.120 5.002")
    assert not ef.scope_ok("Tổng cộng", "tỉnh Yên Bái", "Cấp tỉnh 20.114 19.870")  # another row
    assert not ef.scope_ok("Tổng cộng", "tỉnh Yên Bái")  # no evidence, no equivalence


def test_comparator_a_gold_level_matches_a_body_of_a_unit_of_that_level():
    ef = _eval()
    assert ef.scope_ok("cấp huyện", "Bộ phận Một cửa thành phố Sầm Sơn")
    assert ef.scope_ok("cấp xã", "Bộ phận Một cửa phường Điện An")
    assert not ef.scope_ok("cấp huyện", "Bộ phận Một cửa phường Điện An")
    assert not ef.scope_ok("cấp huyện", "Bộ phận Một cửa thành phố Đà Nẵng")  # run by the centre


def test_comparator_the_provincial_departments_are_the_provincial_level():
    ef = _eval()
    assert ef.scope_ok("cấp tỉnh (các sở, ban, ngành)", "các sở, ban, ngành")
    assert ef.scope_ok("cấp tỉnh", "các sở, ban, ngành")
    assert not ef.scope_ok("cấp huyện", "các sở, ban, ngành")
    assert not ef.scope_ok("cấp tỉnh", "Sở Tư pháp và các phòng, ban")


def test_comparator_a_gold_level_matches_its_units_counted():
    """"UBND 12 xã, thị trấn tiếp nhận ..." is the commune level, as "UBND các xã" is."""
    ef = _eval()
    assert ef.scope_ok("cấp xã", "UBND 12 xã, thị trấn")
    assert ef.scope_ok("cấp xã", "UBND các xã, thị trấn")
    assert not ef.scope_ok("cấp huyện", "UBND 12 xã, thị trấn")


def test_comparator_a_gold_whole_territory_matches_the_territory_named():
    ef = _eval()
    assert ef.scope_ok("toàn tỉnh", "tỉnh Lạng Sơn")
    assert not ef.scope_ok("toàn tỉnh", "huyện Hữu Lũng")
    assert not ef.scope_ok("toàn tỉnh", "cấp tỉnh")


def test_a_summary_right_after_a_table_speaks_of_the_tables_whole():
    """"Tỷ lệ ... của bốn sở đạt 99,52%" under a table of four departments had no scope."""
    text = ("Trong tháng 8/2025, bốn sở tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh như sau:\n"
            "| STT | Cơ quan | Số hồ sơ tiếp nhận | Số hồ sơ đã giải quyết |\n"
            "| 1 | Sở Xây dựng | 380 | 352 |\n"
            "| 2 | Sở Tài chính | 649 | 620 |\n"
            "| Tổng cộng | | 1.029 | 972 |\n"
            "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn của bốn sở đạt 99,52%.")
    assert stats(text)[-1] == ("Trung tâm Phục vụ hành chính công tỉnh", "tháng 8/2025",
                               {"on_time_rate": 99.52})


def test_a_communes_public_service_centre_is_of_the_commune_level():
    """"Trung tâm Phục vụ hành chính công xã" was read as the province's centre."""
    meta = DocumentMeta(issuer="UBND xã Hòa Tiến", unit=Unit(name="xã Hòa Tiến", level="xã"))
    got = stats("Trong tháng 8/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 1.124 hồ sơ.", meta)
    assert got == [("Trung tâm Phục vụ hành chính công xã Hòa Tiến", "tháng 8/2025", {"received": 1124})]


def test_a_section_heading_scopes_its_paragraphs_beyond_the_sentence_window():
    """"a) Cấp huyện" over a long paragraph, then the figures: they went to the province."""
    meta = DocumentMeta(issuer="UBND tỉnh Bắc Giang", unit=Unit(name="tỉnh Bắc Giang", level="tỉnh"))
    filler = ("Công tác chỉ đạo được quan tâm, các cơ quan đã triển khai đầy đủ các nhiệm vụ theo "
              "kế hoạch đề ra, bảo đảm tiến độ và chất lượng. ") * 4
    got = stats("3. Kết quả giải quyết thủ tục hành chính\na) Cấp huyện\n" + filler
                + "\nNăm 2024, đã tiếp nhận 5.000 hồ sơ.\nb) Cấp xã\nĐã tiếp nhận 3.000 hồ sơ.", meta)
    assert [(s, v) for s, _, v in got] == [("Cấp huyện", {"received": 5000}), ("Cấp xã", {"received": 3000})]


def test_a_news_items_province_opening_a_sentence_is_the_documents_unit():
    """"Tỉnh Bắc Giang tổ chức ..." (capitalised) was no document unit: the scores had none."""
    got = scores("Tỉnh Bắc Giang tổ chức hội nghị công bố kết quả. Theo đó, Chỉ số PAR INDEX năm 2023 đạt 86,5%.")
    assert got == [("PAR_INDEX", 86.5, "tỉnh Bắc Giang", 2023)]


def test_a_rate_of_the_same_period_last_year_after_a_semicolon():
    """"...đạt 98,1%; cùng kỳ năm 2023 đạt 96,5%": neither figure was read (a period between
    the label and its value, and a comparison clause with no label)."""
    meta = DocumentMeta(issuer="UBND huyện Lục Nam", unit=Unit(name="huyện Lục Nam", level="huyện"),
                        period="quý III năm 2024")
    got = stats("Tỷ lệ hồ sơ giải quyết đúng hạn quý III năm 2024 đạt 98,1%; cùng kỳ năm 2023 đạt 96,5%.", meta)
    assert got == [("huyện Lục Nam", "quý III năm 2024", {"on_time_rate": 98.1}),
                   ("huyện Lục Nam", "quý III năm 2023", {"on_time_rate": 96.5})]


def test_a_period_between_a_rate_and_its_value_is_the_rates():
    """"Tỷ lệ hồ sơ trễ hạn năm 2023 là 1,2%" after figures of 2024 was filed under 2024."""
    meta = DocumentMeta(issuer="UBND huyện Lục Nam", unit=Unit(name="huyện Lục Nam", level="huyện"))
    got = stats("Năm 2024, huyện tiếp nhận 1.000 hồ sơ. Tỷ lệ hồ sơ trễ hạn năm 2023 là 1,2%.", meta)
    assert got == [("huyện Lục Nam", "năm 2024", {"received": 1000}),
                   ("huyện Lục Nam", "năm 2023", {"late_rate": 1.2})]


def test_the_months_of_a_period_are_no_count():
    """"đúng hạn 6 tháng đầu năm 2024 đạt 98,5%" gave resolved_on_time = 6."""
    got = stats("Tỷ lệ hồ sơ giải quyết đúng hạn 6 tháng đầu năm 2024 đạt 98,5%.")
    assert got == [(None, "6 tháng đầu năm 2024", {"on_time_rate": 98.5})]


def test_comparator_months_from_the_start_of_the_year_match_the_same_date_range():
    """10NN A07 (after the blind round): gold "9 tháng năm 2024" and an extracted "từ đầu năm
    đến ngày 30/9/2024" cover the same days; a quarter or a longer range does not."""
    ef = _eval()
    assert ef.period_ok("9 tháng năm 2024", "từ đầu năm đến ngày 30/9/2024")
    assert ef.period_ok("6 tháng đầu năm 2025", "từ đầu năm đến ngày 30/6/2025")
    assert not ef.period_ok("9 tháng năm 2024", "quý III/2024")
    assert not ef.period_ok("9 tháng năm 2024", "từ đầu năm đến ngày 31/10/2024")
    assert not ef.period_ok("9 tháng năm 2024", "từ đầu năm đến ngày 30/9/2023")
