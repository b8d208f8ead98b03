"""Quantities typed first, then attached (issue 10 items 2-6): sentence in, exact facts out.
Each test is named after what broke on real text (the shared real documents' classes)."""
import pytest

from extractor.find.figures import find_dossier_stats, find_ratios, find_scores
from extractor.find.numbers import find_numbers
from extractor.find.quantities import role_of
from extractor.grammar.periods import period_at
from extractor.model import DOSSIER_FIELDS, DocumentMeta
from extractor.normalize import DocText


def doc(text):
    return DocText.from_text(text)


def scores(text, meta=None):
    d = doc(text)
    out = find_scores(d, meta or DocumentMeta())
    for s in out:
        assert d.pages[s.page - 1].text[s.start:s.end] == s.text
    return [{k: v for k, v in (("indicator", s.indicator), ("value", s.value), ("max", s.max),
                               ("unit", s.unit), ("year", s.year), ("rank", s.rank),
                               ("rank_total", s.rank_total), ("rating", s.rating),
                               ("subject", s.subject), ("change", s.change),
                               ("rank_change", s.rank_change), ("index_name", s.index_name))
             if v is not None} for s in out]


def stats(text):
    d = doc(text)
    out = find_dossier_stats(d, DocumentMeta())
    for s in out:
        assert d.pages[s.page - 1].text[s.start:s.end] == s.text
    return [(s.scope, {f: getattr(s, f) for f in DOSSIER_FIELDS if getattr(s, f) is not None})
            for s in out]


def roles(text):
    return [(n.raw, role_of(text, n.start, n.end).kind) for n in find_numbers(text, kind="decimal")]


# ---- every number typed -------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Chỉ số CCHC trên 90%", [("90", "threshold")]),
    ("Chỉ số CCHC từ trên 80% đến dưới 90%", [("80", "threshold"), ("90", "threshold")]),
    ("đạt mức hài lòng từ 80% trở lên vào năm 2020", [("80", "threshold"), ("2020", "label")]),
    ("đạt chỉ số từ 80-90%", [("80", "threshold"), ("90", "threshold")]),
    ("có giá trị giảm nhiều nhất (-15,35%)", [("15,35", "change")]),
    ("đạt 75,99%, thấp hơn 5,42% so với năm 2021", [("75,99", "value"), ("5,42", "change"),
                                                     ("2021", "label")]),
    ("tăng 03 bậc", [("03", "change")]),
    ("giảm xuống còn 1,07%", [("1,07", "value")]),
    ("phấn đấu năm 2025, tỷ lệ hồ sơ trực tuyến đạt 90%", [("2025", "label"), ("90", "target")]),
    ("có lần thứ 10 liên tiếp nằm trong nhóm 5 địa phương", [("10", "label"), ("5", "label")]),
    ("đứng thứ 5, loại B", [("5", "rank")]),
    ("trong tháng 10 vừa qua", [("10", "label")]),
    ("Trong số hồ sơ trên, đã giải quyết 15.641 hồ sơ", [("15.641", "value")]),
    ("- 100% hồ sơ được giải quyết", [("100", "value")]),
])
def test_every_number_is_typed_before_it_is_a_figure(text, expected):
    assert roles(text) == expected


def test_thresholds_of_a_grouping_are_no_scores():
    """010: "Chỉ số CCHC trên 90%", "từ trên 80% đến dưới 90%", "dưới 80%" were three scores."""
    text = ("Kết quả Chỉ số CCHC năm 2022 các bộ có 3 nhóm. Trong đó, chỉ số CCHC trên 90%, bao gồm "
            "2 đơn vị.\n\nChỉ số CCHC từ trên 80% đến dưới 90%, bao gồm các bộ: Tài chính, Nội vụ.\n\n"
            "Chỉ số CCHC dưới 80% có 4 bộ.")
    assert scores(text) == []


def test_a_target_from_a_plan_is_no_score():
    """011: "hài lòng ... từ 80% trở lên vào năm 2020 theo mục tiêu" was a SIPAS value."""
    text = ("Các cơ quan cần nỗ lực để đạt mức hài lòng của người dân và tổ chức từ 80% trở lên vào "
            "năm 2020 theo mục tiêu chương trình tổng thể.")
    assert scores(text) == []


def test_a_signed_change_is_no_value():
    """009: "(-15,35%)" after a PAR INDEX became a value of 15,35."""
    text = ("Có 14/17 đơn vị có giá trị PAR INDEX năm 2022 giảm so với năm 2021, trong đó, Bộ "
            "Ngoại giao có giá trị giảm nhiều nhất (-15,35%).")
    assert scores(text) == []


def test_threshold_is_no_dossier_rate_but_a_later_count_is():
    """S01: "Trong số hồ sơ trên, đã giải quyết 15.641 hồ sơ" was dropped as a target."""
    got = stats("Tháng 10/2019, Trung tâm đã tiếp nhận 19.361 hồ sơ. Trong số hồ sơ trên, đã giải "
                "quyết 15.641 hồ sơ; tỷ lệ hồ sơ trễ hạn phấn đấu xuống dưới 3%.")
    assert [f for _, f in got] == [{"received": 19361, "resolved": 15641}]


# ---- a value attaches to the index of its clause on either side ----------------------------

def test_value_stated_before_its_index_with_rank_rating_and_year_after():
    """009: "với 87,54 điểm ..., thành phố Đà Nẵng đứng thứ 5, loại B về chỉ số CCHC cấp tỉnh
    năm 2022" lost its year and rating (taken by the headline's index)."""
    text = ("Đà Nẵng tụt 2 bậc về chỉ số cải cách hành chính cấp tỉnh\n"
            "Theo kết quả công bố, với 87,54 điểm chỉ số tổng hợp, thành phố Đà Nẵng đứng thứ 5, "
            "loại B về chỉ số CCHC cấp tỉnh năm 2022, tụt 2 bậc so với năm 2021.")
    assert scores(text) == [{"indicator": "PAR_INDEX", "value": 87.54, "unit": "điểm", "year": 2022,
                             "rank": 5, "rating": "B", "subject": "thành phố Đà Nẵng",
                             "rank_change": -2}]


def test_value_before_index_takes_the_paragraphs_year():
    text = ("Tỉnh Quảng Ninh dẫn đầu bảng xếp hạng Chỉ số CCHC năm 2022 với kết quả đạt 90,10 điểm. "
            "Trong khi đó, với 90,09 điểm, Hải Phòng có lần thứ 10 liên tiếp nằm trong nhóm 5 địa "
            "phương dẫn đầu Chỉ số CCHC.")
    got = scores(text)
    assert [(s["value"], s.get("year"), s.get("rank")) for s in got] == [(90.1, 2022, 1),
                                                                         (90.09, 2022, None)]


def test_last_place_keeps_its_signed_change_over_time():
    text = ("Chỉ số CCHC năm 2022 được công bố. Đứng cuối bảng xếp hạng là tỉnh Phú Yên, đạt "
            "75,99%, thấp hơn 5,42% so với kết quả của tỉnh này trong năm 2021.")
    got = scores(text)
    assert got == [{"indicator": "PAR_INDEX", "value": 75.99, "unit": "%", "year": 2022,
                    "subject": "tỉnh Phú Yên", "change": -5.42}]


def test_a_difference_from_another_unit_is_no_change():
    """010: "cao hơn 19,12% so với Bộ Ngoại giao" became the score's change."""
    text = ("Ngân hàng Nhà nước Việt Nam đạt Chỉ số CCHC năm 2022 cao nhất với kết quả là 91,77%, "
            "cao hơn 19,12% so với Bộ Ngoại giao.")
    assert scores(text) == [{"indicator": "PAR_INDEX", "value": 91.77, "unit": "%", "year": 2022,
                             "rank": 1}]


def test_rank_in_words_before_the_index_without_a_value():
    """034, S04: "xếp hạng thứ nhất về Chỉ số ... năm 2019", "dẫn đầu khối huyện"."""
    assert scores("Sở Tư pháp tiếp tục được UBND tỉnh xếp hạng thứ nhất về Chỉ số cải cách hành "
                  "chính năm 2019.") == [{"indicator": "PAR_INDEX", "year": 2019, "rank": 1}]
    assert scores("Năm 2021, UBND TP. Cam Ranh đạt chỉ số CCHC 89,47%, xếp loại tốt, dẫn đầu "
                  "khối huyện.") == [{"indicator": "PAR_INDEX", "value": 89.47, "unit": "%",
                                      "year": 2021, "rank": 1, "rating": "tốt",
                                      "subject": "UBND TP. Cam Ranh"}]


def test_rank_in_words_reaches_its_index_over_the_group_it_ranks_in():
    text = "Năm 2023, xã xếp hạng thứ nhất trong 11 xã của huyện về Chỉ số cải cách hành chính với 89,16 điểm."
    got = scores(text)
    assert [(s["value"], s["rank"], s["rank_total"], s["year"]) for s in got] == [(89.16, 1, 11, 2023)]


def test_another_authoritys_ranking_is_another_index():
    """034: "được Bộ trưởng Bộ Tư pháp chấm điểm, xếp hạng năm 2020 đạt 198,5/200 điểm" was the
    PAR INDEX named earlier in the sentence."""
    text = ("Sở Tư pháp là năm thứ 6 liên tục dẫn đầu về Chỉ số cải cách hành chính của các sở, "
            "ngành cấp tỉnh từ năm 2014 đến nay, được Bộ trưởng Bộ Tư pháp chấm điểm, xếp hạng năm "
            "2020 đạt 198,5/200 điểm, đạt loại A.")
    got = scores(text)
    other = [s for s in got if s["indicator"] == "OTHER_INDEX"]
    assert other == [{"indicator": "OTHER_INDEX", "value": 198.5, "max": 200, "unit": "điểm",
                      "year": 2020, "rating": "A", "index_name": "chấm điểm"}]
    assert all(s.get("value") is None for s in got if s["indicator"] == "PAR_INDEX")


def test_headline_rank_restating_the_body_is_one_score():
    text = ("Sở Thông tin và Truyền thông dẫn đầu Chỉ số cải cách hành chính năm 2022 của các sở\n\n"
            "Cụ thể, trong 21 sở, ban, ngành: Sở Thông tin và Truyền thông dẫn đầu chỉ số cải cách "
            "hành chính năm 2022 với 95,73 điểm.")
    got = scores(text)
    assert [(s.get("value"), s["rank"]) for s in got] == [(95.73, 1)]


def test_index_named_in_an_earlier_sentence_and_a_unit_as_subject():
    """617-like: "Theo đó, tỉnh Quảng Bình đạt 86,92%, xếp thứ 27/63 ..., tăng 9 bậc"."""
    text = ("Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các tỉnh. Theo đó, tỉnh "
            "Quảng Bình đạt 86,92%, xếp thứ 27/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022. "
            "Điểm thẩm định của tỉnh đạt 56,40 điểm.")
    got = scores(text)
    assert got == [
        {"indicator": "PAR_INDEX", "value": 86.92, "unit": "%", "year": 2023, "rank": 27,
         "rank_total": 63, "subject": "tỉnh Quảng Bình", "rank_change": 9},
        {"indicator": "PAR_INDEX", "value": 56.4, "unit": "điểm", "year": 2023,
         "subject": "tỉnh Quảng Bình", "index_name": "điểm thẩm định"}]


def test_year_from_the_sentence_lead_across_a_semicolon():
    """024: "Năm 2022, ... (xếp thứ 11/63 ...); Chỉ số CCHC cấp tỉnh (xếp thứ 14/63 ...)"."""
    text = ("Năm 2022, công tác CCHC của tỉnh có tiến bộ (xếp thứ 11/63 tỉnh thành); Chỉ số CCHC "
            "cấp tỉnh (xếp thứ 14/63 tỉnh, thành, tăng 07 bậc so với năm 2021).")
    got = scores(text)
    assert [(s["rank"], s["rank_total"], s.get("year"), s.get("rank_change")) for s in got] == [
        (14, 63, 2022, 7)]


# ---- dossier figures: value before its label, shared labels, typed gaps -------------------

def test_count_stated_first_takes_the_label_of_the_next_clause():
    """028: "Có 90 hồ sơ (chiếm 2,16%), các cơ quan thụ lý trả lại hồ sơ ..."."""
    got = stats("Tháng 9/2021, Trung tâm đã tiếp nhận mới 4.131 hồ sơ. Có 90 hồ sơ (chiếm 2,16%), "
                "các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ.")
    assert [f for _, f in got] == [{"received": 4131, "returned": 90, "returned_rate": 2.16}]


def test_label_reaches_its_count_over_a_period_in_the_gap():
    """S01: "tổng số hồ sơ giải quyết trong tháng 10 vừa qua trên hệ thống ... là 21.686 hồ sơ"."""
    got = stats("Ở cấp huyện, tổng số hồ sơ giải quyết trong tháng 10 vừa qua trên hệ thống một cửa "
                "điện tử bao gồm số liệu của xã là 21.686 hồ sơ, trong đó tiếp nhận mới 18.477 hồ sơ.")
    assert got[0][1] == {"to_resolve": 21686, "received": 18477}


def test_rates_of_named_units_in_a_list_with_changes():
    """S02: per-unit late rates, "(huyện B giảm từ 10,85% xuống còn 1,31%; ...)", "tỷ lệ này"."""
    got = stats("Tháng 8/2021, Bộ phận một cửa cấp huyện đã tiếp nhận mới 19.630 hồ sơ. Huyện Lập "
                "Thạch đứng vị trí thứ nhất với tỷ lệ chậm, quá hạn 0,33%; huyện Sông Lô là địa "
                "phương có chuyển biến rõ rệt (huyện Sông Lô giảm từ 10,85% xuống còn 1,31%); "
                "huyện Vĩnh Tường là địa phương có tỷ lệ này cao nhất (9,98%).")
    assert got == [("Bộ phận một cửa cấp huyện", {"received": 19630}),
                   ("Huyện Lập Thạch", {"late_rate": 0.33}),
                   ("huyện Sông Lô", {"late_rate": 1.31}),
                   ("huyện Vĩnh Tường", {"late_rate": 9.98})]


def test_procedures_offered_online_are_no_dossiers():
    """008: "Tỷ lệ TTHC cung cấp trực tuyến 2643 100%" was 2643 online dossiers."""
    assert stats("Tỷ lệ TTHC cung cấp trực tuyến 2643 100% 2643 100% 1856 70,2%") == []


def test_all_resolved_early_and_on_time_in_words():
    """021: "100% hồ sơ đều được giải quyết sớm hạn và đúng hạn"."""
    got = stats("Từ đầu năm 2025 đến nay, Bộ phận tiếp nhận và Trả kết quả của Phường 1 đã tiếp "
                "nhận và giải quyết 656 hồ sơ TTHC; theo đó, 100% hồ sơ đều được giải quyết sớm hạn "
                "và đúng hạn.")
    assert got[0][1] == {"received": 656, "resolved": 656, "on_time_rate": 100}


def test_ratio_with_a_long_label_before_its_rate():
    """S04: "15/15 xã, phường triển khai thực hiện mô hình ... theo hướng hiện đại, đạt 100%"."""
    got = find_ratios(doc("15/15 xã, phường triển khai thực hiện mô hình một cửa liên thông theo "
                          "hướng hiện đại, đạt 100%."))
    assert [(r.part, r.total, r.stated_rate) for r in got] == [(15, 15, 100)]


# ---- sentences and periods ----------------------------------------------------------------

def test_named_period_keeps_the_date_range_its_text_states():
    """8NN 802: "6 tháng đầu năm 2023 (số liệu tính từ ngày 15/12/2022 đến ngày 14/6/2023)"."""
    d = doc("tổng hợp kết quả 6 tháng đầu năm 2023 (số liệu tính từ ngày 15/12/2022 đến ngày "
            "14/6/2023) của các phường như sau: Phường 1 tiếp nhận 417 hồ sơ")
    assert period_at(d.view, d.view.index("Phường 1"), None) == (
        "6 tháng đầu năm 2023 (từ ngày 15/12/2022 đến ngày 14/6/2023)")


# ---- lists, clauses and subjects --------------------------------------------------------

def test_list_items_after_a_ranked_one_inherit_the_index():
    """The items after "tiếp theo là" come next in rank (blind10 A05's gold: "tiếp theo là B
    đạt 91,62% và C đạt 90,88%" are second and third; this test expected no rank before)."""
    text = ("Chỉ số hài lòng về sự phục vụ hành chính năm 2024 được công bố. Ở khối sở, cao nhất là "
            "Sở Tư pháp với 92,30%, tiếp theo là Sở Giao thông vận tải 91,80%, Sở Công Thương 90,65%.")
    got = scores(text)
    assert [(s["value"], s["subject"], s.get("rank")) for s in got] == [
        (92.3, "Sở Tư pháp", 1), (91.8, "Sở Giao thông vận tải", 2), (90.65, "Sở Công Thương", 3)]
    assert {s["indicator"] for s in got} == {"SIPAS"} and {s["year"] for s in got} == {2024}


def test_value_in_the_clause_after_a_semicolon():
    text = ("Bộ Nội vụ công bố kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ "
            "của cơ quan hành chính nhà nước năm 2024; Quảng Ngãi đạt 82,47%, thấp hơn 0,91% so với "
            "năm trước.")
    assert scores(text) == [{"indicator": "SIPAS", "value": 82.47, "unit": "%", "year": 2024,
                             "subject": "Quảng Ngãi", "change": -0.91}]


def test_agency_as_the_subject_after_the_index_named_before():
    text = ("Ngày 16/4/2024, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các bộ. Theo "
            "đó, Bộ Tài nguyên và Môi trường đạt 86,73%, đứng thứ 9/17 bộ, cơ quan ngang bộ, giảm 2 "
            "bậc so với năm 2022.")
    assert scores(text) == [{"indicator": "PAR_INDEX", "value": 86.73, "unit": "%", "year": 2023,
                             "rank": 9, "rank_total": 17, "subject": "Bộ Tài nguyên và Môi trường",
                             "rank_change": -2}]


def test_rank_before_the_value_over_the_group_ranked_in():
    text = ("UBND tỉnh công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành. Sở Y tế "
            "đứng thứ hai trong 21 sở, ban, ngành, đạt 90,86%.")
    got = scores(text)
    assert [(s["value"], s["rank"], s["rank_total"], s["subject"]) for s in got] == [
        (90.86, 2, 21, "Sở Y tế")]


def test_sipas_aspects_listed_after_its_value():
    text = ("Mức độ hài lòng của người dân, tổ chức của tỉnh năm 2024 đạt 86,58%.\nVề các yếu tố thành "
            "phần: sự hài lòng về tiếp cận dịch vụ đạt 88,91%; về thủ tục hành chính đạt 86,10%; về "
            "kết quả cung ứng dịch vụ 84,02%.")
    d = doc(text)
    got = [(s.criterion, s.value, s.year) for s in find_scores(d, DocumentMeta())]
    assert got == [(None, 86.58, 2024), ("tiếp cận dịch vụ", 88.91, 2024),
                   ("thủ tục hành chính", 86.1, 2024), ("kết quả cung ứng dịch vụ", 84.02, 2024)]


def test_rate_of_a_part_against_the_whole_it_states():
    """501: "phát ra 300 phiếu, thu về 296 phiếu, trong đó 289 phiếu hài lòng, đạt 97,6%" is
    289 of 296 (the whole the rate is stated against), not of 300."""
    got = find_ratios(doc("Kết quả khảo sát: phát ra 300 phiếu, thu về 296 phiếu, trong đó 289 phiếu "
                          "hài lòng, đạt 97,6%."))
    assert [(r.part, r.total, r.stated_rate) for r in got] == [(289, 296, 97.6)]
    got = find_ratios(doc("Tổng số phiếu khảo sát 1.800 phiếu, số phiếu hợp lệ 1.764 phiếu (98,0%)."))
    assert [(r.part, r.total, r.stated_rate) for r in got] == [(1764, 1800, 98.0)]


def test_a_plans_year_and_an_outlook_are_not_the_reports_period():
    meta = DocumentMeta(period="quý I năm 2025")
    d = doc("UBND huyện ban hành Kế hoạch về cải cách hành chính năm 2025, giao 32 nhiệm vụ. "
            "Bộ phận Một cửa huyện tiếp nhận 1.846 hồ sơ.")
    assert period_at(d.view, d.view.index("1.846"), meta) == "quý I năm 2025"
    d = doc("Tình hình thực hiện 9 tháng đầu năm 2024, phương hướng, nhiệm vụ quý IV năm 2024\n"
            "Với cấp tỉnh, trong 9 tháng, các sở tiếp nhận 52.840 hồ sơ.")
    assert period_at(d.view, d.view.index("52.840"), None) == "9 tháng đầu năm 2024"


def test_a_date_is_not_the_year_of_a_score_named_after_it():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCông bố Chỉ số cải "
            "cách hành chính của 23 xã. Xã A xếp thứ nhất với 93,15 điểm, trong đó điểm thẩm định đạt "
            "62,40 điểm.")
    assert all(s.get("year") != 2015 for s in scores(text))


def test_rates_by_unit_listed_after_the_rate_named():
    """9NN 916: "Ở cấp tỉnh, tỷ lệ này là 0,21%; cấp huyện 0,95%; cấp xã 0,48%"."""
    got = stats("Năm 2024 toàn tỉnh đã giải quyết 405.317 hồ sơ; tỷ lệ hồ sơ trễ hạn là 0,52%. Ở cấp "
                "tỉnh, tỷ lệ này là 0,21%; cấp huyện 0,95%; cấp xã 0,48%.")
    assert got[-3:] == [("cấp tỉnh", {"late_rate": 0.21}), ("cấp huyện", {"late_rate": 0.95}),
                        ("cấp xã", {"late_rate": 0.48})]


def test_overdue_that_remains_is_pending_unless_the_resolved_add_up():
    """614: "đã giải quyết 4.270 ..., đúng và trước hạn 4.262 ...; quá hạn còn 5 hồ sơ" is pending
    overdue; S01: "... trước hạn 13.529, đúng hạn 1.958, số quá hạn còn 154" of 15.641 resolved
    is resolved late."""
    got = stats("Ở cấp xã, tiếp nhận 4.306 hồ sơ; đã giải quyết 4.270 hồ sơ, đúng và trước hạn 4.262 "
                "hồ sơ (đạt 99,81%); quá hạn còn 5 hồ sơ.")
    assert got[0][1].get("pending_overdue") == 5 and "resolved_late" not in got[0][1]
    got = stats("Tháng 10, đã giải quyết 15.641 hồ sơ, trong đó giải quyết trước hạn có 13.529 hồ sơ; "
                "giải quyết đúng hạn có 1.958 hồ sơ; số hồ sơ quá hạn còn 154.")
    assert got[0][1].get("resolved_late") == 154


def test_pending_broken_down_and_in_words():
    got = stats("Năm 2025, đã giải quyết 2.698 hồ sơ; đang giải quyết 44 hồ sơ (31 hồ sơ trong hạn, "
                "13 hồ sơ quá hạn).")
    assert got[0][1] == {"resolved": 2698, "pending": 44, "pending_on_time": 31, "pending_overdue": 13}
    got = stats("Tại cấp xã, 19 xã tiếp nhận 6.230 hồ sơ, đã giải quyết 6.188 hồ sơ; 42 hồ sơ đang "
                "giải quyết đều còn trong hạn.")
    assert got[0][1] == {"received": 6230, "resolved": 6188, "pending": 42, "pending_on_time": 42}


def test_units_without_late_dossiers_say_nothing_of_their_level():
    """908: "Có 18/20 sở, ban, ngành không có hồ sơ trễ hạn" became 0 late for the level (and a
    false sum error)."""
    got = stats("Với cấp tỉnh, các sở tiếp nhận 52.840 hồ sơ, đã giải quyết 51.906 hồ sơ, trong đó "
                "đúng hạn 51.697 hồ sơ. Tỷ lệ hồ sơ trễ hạn giảm từ 1,12% của cùng kỳ năm 2023 xuống "
                "còn 0,40%. Có 18/20 sở, ban, ngành không có hồ sơ trễ hạn.")
    values = {k: v for _, f in got for k, v in f.items()}
    assert "resolved_late" not in values and values["late_rate"] == 0.4


def test_parts_under_a_parent_frame_take_its_field_and_their_own_scope():
    """9NN 915: "Trong đó, lĩnh vực dược có 1.205 hồ sơ, lĩnh vực khám bệnh, chữa bệnh có 842 hồ sơ"."""
    got = stats("Trong quý III năm 2025, Sở đã tiếp nhận và trả kết quả 3.418 hồ sơ. Trong đó, lĩnh vực "
                "dược có 1.205 hồ sơ, lĩnh vực khám bệnh, chữa bệnh có 842 hồ sơ.")
    assert got[1:] == [("lĩnh vực dược", {"received": 1205}),
                       ("lĩnh vực khám bệnh, chữa bệnh", {"received": 842})]


def test_a_part_of_a_set_of_units_is_a_ratio_without_a_rate():
    """S02, 9NN 906/908/912: "Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%", "14/14 xã, thị
    trấn ..."; a rank "xếp thứ 21/63 tỉnh" is none."""
    got = find_ratios(doc("Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%. Tỉnh xếp thứ 21/63 tỉnh."))
    assert [(r.part, r.total, r.stated_rate) for r in got] == [(5, 9, None)]


def test_named_components_of_another_index():
    """9NN 910: PCI/PAPI components named after the index ("chỉ số Chi phí không chính thức ...
    từ 7,12 điểm năm 2023 xuống còn 6,03 điểm năm 2024", 'Ở nội dung "Thủ tục hành chính công",
    tỉnh đạt 7,38 điểm, giảm 0,22 điểm')."""
    text = ("VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024. Quảng Nam đạt 66,82 điểm. "
            "Đáng chú ý, chỉ số Chi phí không chính thức giảm mạnh nhất, từ 7,12 điểm năm 2023 xuống "
            "còn 6,03 điểm năm 2024.")
    got = [(s["index_name"], s["value"], s["year"]) for s in scores(text)]
    assert got == [("PCI", 66.82, 2024), ("Chi phí không chính thức", 7.12, 2023),
                   ("Chi phí không chính thức", 6.03, 2024)]


def test_group_of_an_index_and_its_rank_in_the_next_sentence():
    """024: 'Chỉ số PAPI tiếp tục nằm trong nhóm "Trung bình cao". Trong 2 năm liên tục tỉnh Yên
    Bái tiếp tục duy trì ở vị trí thứ 5/14 tỉnh khu vực ...'."""
    text = ('Năm 2022, Chỉ số PAPI tiếp tục nằm trong nhóm "Trung bình cao". Trong 2 năm liên tục tỉnh '
            'Yên Bái tiếp tục duy trì ở vị trí thứ 5/14 tỉnh khu vực Trung du và miền núi phía Bắc.')
    assert scores(text) == [{"indicator": "OTHER_INDEX", "year": 2022, "rank": 5, "rank_total": 14,
                             "rating": "Trung bình cao", "index_name": "PAPI"}]


def test_the_year_dossiers_were_carried_over_from_is_not_the_period_of_what_follows():
    """Regression (9NN 912): "số còn lại do năm 2022 chuyển sang. Đã giải quyết ..." gave
    the resolved figures the period "năm 2022"."""
    from extractor.find.figures import find_dossier_stats
    from extractor.model import DocumentMeta
    from extractor.normalize import DocText
    text = ("Năm 2023, tổng cộng cấp huyện có 4.918 hồ sơ phải giải quyết, trong đó 4.705 hồ sơ "
            "tiếp nhận mới trong năm, số còn lại do năm 2022 chuyển sang. Đã giải quyết 4.861 "
            "hồ sơ, trong đó đúng hạn 4.839 hồ sơ.\n"
            "b) Kết quả giải quyết hồ sơ cấp xã\n"
            "Trong năm, các xã, thị trấn đã tiếp nhận 7.330 hồ sơ.\n")
    stats = find_dossier_stats(DocText.from_text(text), DocumentMeta())
    assert {(s.received, s.period) for s in stats if s.received == 7330} == {(7330, "năm 2023")}
    assert all(s.period == "năm 2023" for s in stats)
