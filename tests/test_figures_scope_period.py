"""Scope and period of figures, one test per class of error found on 6NN (issue 10): the
scope inheritance chain clause -> sentence -> paragraph lead -> table -> document, and the
period grammar (a cumulative span, a year-to-date range, a year written after its value).
Each test is input text in, exact facts out; none quotes a corpus document."""
from extractor.find.figure_grammar import _meta_unit
from extractor.find.figures import find_dossier_stats, find_scores
from extractor.grammar.periods import period_at, period_range
from extractor.model import DOSSIER_FIELDS, DocumentMeta, Unit
from extractor.normalize import DocText
import datetime as dt


def stats(text, meta=None):
    return [(s.scope, s.period, {f: getattr(s, f) for f in DOSSIER_FIELDS if getattr(s, f) is not None})
            for s in find_dossier_stats(DocText.from_text(text), meta)]


# ---- scope: the clause names it ----------------------------------------------------------------

def test_units_named_in_a_list_are_each_items_scope():
    """Each item's own unit, not the issuing department ("Phòng Nội vụ ...")."""
    meta = DocumentMeta(issuer="Phòng Nội vụ huyện Yên Thành",
                        unit=Unit(name="Phòng Nội vụ huyện Yên Thành", level="phòng"))
    got = stats("Trong quý II năm 2024, các xã tiếp nhận 2.000 hồ sơ. Trong đó:\n"
                "- Xã Hoa Thành tiếp nhận 410 hồ sơ, giải quyết đúng hạn 100%.\n"
                "- Thị trấn Yên Thành tiếp nhận 530 hồ sơ, có 3 hồ sơ trễ hạn.\n", meta)
    assert [s for s, _, _ in got] == ["các xã", "Xã Hoa Thành", "Thị trấn Yên Thành"]
    assert got[1][2] == {"received": 410, "on_time_rate": 100}
    assert got[2][2] == {"received": 530, "resolved_late": 3}


def test_a_unit_named_at_the_start_of_a_sentence_is_its_scope():
    got = stats("Năm 2023, Huyện Lâm Bình có tỷ lệ hồ sơ chậm hạn thấp nhất (0,35%). "
                "Thị xã Sa Pa có tỷ lệ hồ sơ chậm hạn cao nhất, 3,10%.")
    assert [(s, v) for s, _, v in got] == [("Huyện Lâm Bình", {"late_rate": 0.35}),
                                           ("Thị xã Sa Pa", {"late_rate": 3.1})]


def test_levels_joined_by_va_are_one_scope():
    got = stats("Năm 2024, theo số liệu của Trung tâm Phục vụ hành chính công tỉnh, các huyện, thị xã "
                "và các xã, phường, thị trấn tiếp nhận 5.000 hồ sơ.")
    assert got == [("các huyện, thị xã và các xã, phường, thị trấn", "năm 2024", {"received": 5000})]


def test_scope_between_the_label_and_its_number():
    """"Tỷ lệ ... của cấp huyện là 1,2%" belongs to cấp huyện, not to a scope named earlier."""
    got = stats("Toàn tỉnh năm 2023 tiếp nhận 9.000 hồ sơ. Tỷ lệ hồ sơ trễ hạn của cấp huyện là 1,2%.")
    assert [(s, v) for s, _, v in got] == [("Toàn tỉnh", {"received": 9000}),
                                           ("cấp huyện", {"late_rate": 1.2})]


def test_the_reporting_units_own_level_in_the_clause():
    """"của xã" in a commune's report is that commune, not "toàn huyện" named before."""
    meta = DocumentMeta(issuer="UBND xã Tân Hòa", unit=Unit(name="xã Tân Hòa", level="xã"))
    got = stats("Năm 2024, toàn huyện có 12 xã. Tỷ lệ hồ sơ giải quyết đúng hạn của xã đạt 99,1%.", meta)
    assert got == [("xã Tân Hòa", "năm 2024", {"on_time_rate": 99.1})]


# ---- scope: paragraph lead and document header --------------------------------------------------

def test_paragraph_lead_at_a_line_start_beats_a_later_mention():
    """"Với cấp tỉnh, các sở, ban, ngành tiếp nhận ..." on its own line is cấp tỉnh."""
    got = stats("3. Kết quả giải quyết hồ sơ\nVới cấp tỉnh, các sở, ban, ngành tiếp nhận 4.000 hồ sơ "
                "năm 2023.")
    assert [s for s, _, _ in got] == ["cấp tỉnh"]


def test_a_header_name_stops_at_its_line_and_a_signing_place_is_no_scope():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 5/BC-UBND      Thành phố Hà Giang, ngày 3 tháng 1 năm 2024\n\n"
            "BÁO CÁO\nNăm 2023, tiếp nhận 700 hồ sơ.")
    got = stats(text)
    assert [s for s, _, _ in got] == ["ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"]


def test_issuer_block_names_its_issuing_body_last():
    meta = DocumentMeta(issuer="UBND huyện Bắc Bình — UBND xã Phan Rí Thành",
                        unit=Unit(name="huyện Bắc Bình", level="huyện"))
    assert _meta_unit(meta) == "xã Phan Rí Thành"
    meta = DocumentMeta(issuer="UBND tỉnh Cao Bằng — trung tâm phục vụ hành chính công")
    assert _meta_unit(meta) == "Trung tâm phục vụ hành chính công"


# ---- scope: a table's total row ---------------------------------------------------------------

def test_total_row_of_units_of_one_level_is_that_level():
    meta = DocumentMeta(issuer="UBND huyện Đông Hưng", unit=Unit(name="huyện Đông Hưng", level="huyện"))
    text = ("Năm 2023, kết quả giải quyết hồ sơ của các xã:\n"
            "STT | Đơn vị | Tiếp nhận | Đã giải quyết | Đúng hạn\n"
            "1 | Xã Đông Hà | 1.204 | 1.190 | 1.190\n"
            "2 | Thị trấn Đông Hưng | 2.100 | 2.050 | 2.041\n"
            "Tổng cộng | | 3.304 | 3.240 | 3.231\n")
    got = stats(text, meta)
    assert [(s, v) for s, _, v in got] == [
        ("Xã Đông Hà", {"received": 1204, "resolved": 1190, "resolved_on_time": 1190}),
        ("Thị trấn Đông Hưng", {"received": 2100, "resolved": 2050, "resolved_on_time": 2041}),
        ("cấp xã", {"received": 3304, "resolved": 3240, "resolved_on_time": 3231})]


def test_total_row_of_fields_stays_the_reporting_unit():
    meta = DocumentMeta(issuer="UBND xã Đông Hà", unit=Unit(name="xã Đông Hà", level="xã"))
    text = ("Năm 2023, kết quả giải quyết hồ sơ theo lĩnh vực:\n"
            "Lĩnh vực | Tiếp nhận | Đã giải quyết | Đúng hạn\n"
            "Tư pháp - Hộ tịch | 400 | 398 | 398\n"
            "Đất đai | 100 | 90 | 88\n"
            "Tổng | 500 | 488 | 486\n")
    assert [s for s, _, _ in stats(text, meta)] == ["Tư pháp - Hộ tịch", "Đất đai", "xã Đông Hà"]


# ---- scores: the group a unit is ranked in is not its subject ---------------------------------

def test_ranking_group_is_not_the_score_subject():
    """"trong khối xã, thị trấn của huyện" is where the commune ranks; "UBND xã" before the
    rank words is the commune, completed from the issuer (its name stops at its verb)."""
    meta = DocumentMeta(issuer="UBND huyện Tuy Phong — UBND xã Vĩnh Hảo",
                        unit=Unit(name="huyện Tuy Phong", level="huyện"))
    got = [(s.indicator, s.value, s.rank, s.subject)
           for s in find_scores(DocText.from_text(
               "Năm 2023, UBND xã xếp hạng thứ hai về Chỉ số cải cách hành chính trong khối xã, "
               "thị trấn của huyện, với 87,5 điểm."), meta) if s.indicator == "PAR_INDEX"]
    assert got == [("PAR_INDEX", 87.5, 2, "UBND xã Vĩnh Hảo")]


def test_departments_as_a_block_are_the_subject():
    got = [(s.value, s.subject) for s in find_scores(DocText.from_text(
        "Năm 2023, Chỉ số cải cách hành chính trung bình của các sở, ban, ngành đạt 86,1 điểm."))]
    # an average over the block is written as the block's average (README "Scope
    # conventions"; was "các sở, ban, ngành" before that convention)
    assert got == [(86.1, "sở, ban, ngành (trung bình)")]


# ---- periods ----------------------------------------------------------------------------------

def test_cumulative_months_take_the_year_of_the_report():
    got = stats("Năm 2024, xã thực hiện 18 nhiệm vụ.\nLũy kế 6 tháng, xã đã giải quyết 1.200 hồ sơ.")
    assert got == [(None, "6 tháng đầu năm 2024", {"resolved": 1200})]


def test_year_to_date_range_is_a_period():
    got = stats("Từ đầu năm đến ngày 31/8/2024, xã đã giải quyết 800 hồ sơ.")
    assert got == [(None, "từ đầu năm đến ngày 31/8/2024", {"resolved": 800})]
    assert period_range("từ đầu năm đến ngày 31/8/2024") == (dt.date(2024, 1, 1), dt.date(2024, 8, 31))


def test_a_year_right_after_the_value_is_its_period():
    """"giảm từ 2,35% năm 2022 xuống còn 0,87% năm 2023": two rates, each of its year."""
    got = stats("Năm 2023, tỷ lệ hồ sơ trễ hạn của cấp xã giảm từ 2,40% năm 2022 xuống còn 0,90% năm 2023.")
    assert got == [("cấp xã", "năm 2022", {"late_rate": 2.4}), ("cấp xã", "năm 2023", {"late_rate": 0.9})]


# ---- values: a change, an anaphor, labels sharing a number -------------------------------------

def test_change_without_the_earlier_year_gives_the_value_now():
    got = stats("Tháng 5/2024, Huyện Bảo Yên có tỷ lệ hồ sơ chậm hạn thấp nhất (0,30%); huyện Bắc Hà "
                "cải thiện khi tỷ lệ này giảm từ 4,10% xuống còn 1,50%.")
    assert [(s, v) for s, _, v in got] == [("Huyện Bảo Yên", {"late_rate": 0.3}),
                                           ("huyện Bắc Hà", {"late_rate": 1.5})]


def test_this_rate_refers_to_the_rate_just_named():
    got = stats("Năm 2023, tỷ lệ hồ sơ trễ hạn của cấp huyện là 0,8%. Tại huyện Mèo Vạc, tỷ lệ này chỉ còn 0,1%.")
    assert [(s, v) for s, _, v in got] == [("cấp huyện", {"late_rate": 0.8}),
                                           ("huyện Mèo Vạc", {"late_rate": 0.1})]


def test_two_labels_share_one_number():
    got = stats("Năm 2024, UBND xã Tân Phú đã tiếp nhận và giải quyết 950 hồ sơ.")
    assert got == [("UBND xã Tân Phú", "năm 2024", {"received": 950, "resolved": 950})]


def test_bare_verb_before_a_count_is_resolved_but_not_before_a_period():
    got = stats("Năm 2024, huyện tiếp nhận 300 hồ sơ, trả kết quả 290 hồ sơ, giải quyết 280 hồ sơ đúng hạn.")
    assert got[0][2]["received"] == 300 and got[0][2]["resolved"] == 290
    got = stats("Kết quả tại bộ phận tiếp nhận và trả kết quả 9 tháng đầu năm 2024: tiếp nhận 40 hồ sơ.")
    assert got == [(None, "9 tháng đầu năm 2024", {"received": 40})]


def test_values_in_words():
    """"không có hồ sơ trễ hạn" is 0 late; "tất cả ... đúng hạn" an on-time rate of 100%;
    "không có hồ sơ quá hạn" under "đang giải quyết" is 0 pending overdue, and with no frame
    says nothing (resolved late or still pending is not said)."""
    got = stats("Năm 2024, xã đã giải quyết 640 hồ sơ. Tất cả hồ sơ đều được giải quyết đúng hạn, "
                "không có hồ sơ trễ hạn.")
    assert got == [(None, "năm 2024", {"resolved": 640, "resolved_late": 0, "on_time_rate": 100})]
    got = stats("Năm 2024, còn 52 hồ sơ đang giải quyết, trong đó không có hồ sơ quá hạn.")
    assert got == [(None, "năm 2024", {"pending": 52, "pending_overdue": 0})]
    got = stats("Năm 2024, xã đã giải quyết 640 hồ sơ. Không có hồ sơ quá hạn.")
    assert got == [(None, "năm 2024", {"resolved": 640})]


def test_satisfaction_written_as_a_share_of_people():
    got = [(s.indicator, s.value, s.unit, s.year) for s in find_scores(DocText.from_text(
        "Năm 2024, xã tiếp nhận 500 hồ sơ. Qua khảo sát, 97,2% người dân đến giao dịch hài lòng "
        "với sự phục vụ; 2,8% người dân chưa hài lòng."))]
    assert got == [("SIPAS", 97.2, "%", 2024)]


def test_last_place_takes_the_size_of_the_list_or_stands_without_a_rank():
    got = [(s.indicator, s.value, s.rank, s.rank_total, s.subject) for s in find_scores(DocText.from_text(
        "Chỉ số cải cách hành chính năm 2023\nTrong 6 huyện, thị xã, dẫn đầu là huyện Yên Lập với 88,5 điểm; "
        "đứng cuối là huyện Tân Sơn (80,25 điểm).\nChỉ số hài lòng (SIPAS) năm 2023 của tỉnh đạt 84,1%; "
        "trong đó huyện Cẩm Khê thấp nhất với 79,5%."))]
    assert got == [("PAR_INDEX", 88.5, 1, 6, "huyện Yên Lập"), ("PAR_INDEX", 80.25, 6, 6, "huyện Tân Sơn"),
                   ("SIPAS", 84.1, None, None, "tỉnh"), ("SIPAS", 79.5, None, None, "huyện Cẩm Khê")]
