"""Mechanisms found missing by the tenth blind round (corpora/blind10, issue 10), each held on
text written here (none quotes a corpus document): input text in, exact facts out.

1. parts listed in prose under a parent figure are statistics of their own;
2. a score whose subject is the reporting unit by its level word ("Tỉnh ta", "huyện") and
   whose index was named in an earlier sentence; the items after "tiếp theo là" are next in rank;
3. rates of units listed in prose (shared by two units, "có tỷ lệ thấp nhất");
4. portal page furniture (a dateline after a repeated headline) is no figure;
5. scope and period: a district level is no part of the whole district's statistic."""
from extractor.find.figures import find_dossier_stats, find_scores
from extractor.model import DOSSIER_FIELDS, DocumentMeta, Unit
from extractor.normalize import DocText


def stats(text, meta=None):
    return [(s.scope, s.period, {f: getattr(s, f) for f in DOSSIER_FIELDS if getattr(s, f) is not None})
            for s in find_dossier_stats(DocText.from_text(text), meta)]


def scores(text, meta=None):
    return [(s.indicator, s.value, s.subject, s.year, s.rank, s.rank_total, s.change)
            for s in find_scores(DocText.from_text(text), meta)]


TINH = DocumentMeta(issuer="UBND tỉnh Hòa Bình", unit=Unit(name="tỉnh Hòa Bình", level="tỉnh"))
HUYEN = DocumentMeta(issuer="UBND huyện Lạc Sơn", unit=Unit(name="huyện Lạc Sơn", level="huyện"))
SO = DocumentMeta(issuer="Sở Nội vụ tỉnh Hòa Bình",
                  unit=Unit(name="Sở Nội vụ tỉnh Hòa Bình", level="sở"))


# ---- 1. parts listed under a parent figure ---------------------------------------------------

def test_levels_listed_after_trong_do_are_statistics_of_their_own():
    """"toàn tỉnh tiếp nhận N hồ sơ, trong đó cấp tỉnh A hồ sơ, cấp huyện B hồ sơ, cấp xã C
    hồ sơ": the parts had no figure and the whole took the last level as its scope."""
    got = stats("Quý III năm 2024, toàn tỉnh tiếp nhận 52.310 hồ sơ, trong đó cấp tỉnh 11.204 hồ sơ, "
                "cấp huyện 17.655 hồ sơ, cấp xã 23.451 hồ sơ. Đã giải quyết 51.870 hồ sơ.", TINH)
    assert got == [("tỉnh Hòa Bình", "quý III năm 2024", {"received": 52310, "resolved": 51870}),
                   ("cấp tỉnh", "quý III năm 2024", {"received": 11204}),
                   ("cấp huyện", "quý III năm 2024", {"received": 17655}),
                   ("cấp xã", "quý III năm 2024", {"received": 23451})]


def test_units_listed_after_gom_are_statistics_of_their_own():
    """"UBND cấp xã tiếp nhận N hồ sơ, gồm: phường A a hồ sơ, ...": one statistic per unit;
    the last unit's name did not scope the parent's next figures."""
    got = stats("Năm 2024, UBND cấp xã tiếp nhận 2.410 hồ sơ, gồm: phường Đồng Tâm 1.105 hồ sơ, "
                "phường Hữu Nghị 820 hồ sơ, xã Yên Mông 485 hồ sơ. Đã giải quyết 2.398 hồ sơ.")
    assert got == [("UBND cấp xã", "năm 2024", {"received": 2410, "resolved": 2398}),
                   ("phường Đồng Tâm", "năm 2024", {"received": 1105}),
                   ("phường Hữu Nghị", "năm 2024", {"received": 820}),
                   ("xã Yên Mông", "năm 2024", {"received": 485})]


def test_the_rate_after_a_list_of_parts_is_the_parents():
    got = stats("Năm 2024, toàn huyện tiếp nhận 9.120 hồ sơ, trong đó cấp huyện 3.050 hồ sơ, "
                "cấp xã 6.070 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,76%.", HUYEN)
    assert got == [("huyện Lạc Sơn", "năm 2024", {"received": 9120, "on_time_rate": 98.76}),
                   ("cấp huyện", "năm 2024", {"received": 3050}),
                   ("cấp xã", "năm 2024", {"received": 6070})]


def test_parts_in_parentheses_after_a_count():
    """"trễ hạn 3 hồ sơ (xã A 2 hồ sơ, xã B 1 hồ sơ)"."""
    got = stats("Tháng 4/2025, cấp xã giải quyết 1.530 hồ sơ, trễ hạn 3 hồ sơ "
                "(xã Tân Mỹ 2 hồ sơ, xã Ngọc Lâu 1 hồ sơ).")
    assert got == [("cấp xã", "tháng 4/2025", {"resolved": 1530, "resolved_late": 3}),
                   ("xã Tân Mỹ", "tháng 4/2025", {"resolved_late": 2}),
                   ("xã Ngọc Lâu", "tháng 4/2025", {"resolved_late": 1})]


def test_a_labelled_count_after_trong_do_is_no_part():
    """"trong đó đúng hạn N hồ sơ" keeps its label: a field of the same statistic."""
    got = stats("Năm 2024, cấp huyện đã giải quyết 3.020 hồ sơ, trong đó đúng hạn 3.001 hồ sơ.")
    assert got == [("cấp huyện", "năm 2024", {"resolved": 3020, "resolved_on_time": 3001})]


# ---- 2. scores of the reporting unit by its level word ----------------------------------------

def test_tinh_ta_with_the_index_in_the_sentence_before():
    got = scores("Ngày 10/4/2025, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024 của các bộ và "
                 "UBND các tỉnh. Tỉnh ta đạt 86,40%, tăng 1,12% so với năm 2023, xếp thứ 25/63 tỉnh, "
                 "thành phố.", SO)
    assert got == [("PAR_INDEX", 86.40, "tỉnh Hòa Bình", 2024, 25, 63, 1.12)]


def test_a_rank_before_the_value_of_another_year():
    """"Năm 2023, tỉnh xếp thứ 30/63 với 85,28%": rank first, its own year."""
    got = scores("UBND tỉnh nhận được kết quả Chỉ số cải cách hành chính năm 2024 của Bộ Nội vụ. "
                 "Năm 2023, tỉnh xếp thứ 30/63 với 85,28%.", TINH)
    assert got == [("PAR_INDEX", 85.28, "tỉnh Hòa Bình", 2023, 30, 63, None)]


def test_huyen_after_theo_do_is_the_reporting_district():
    got = scores("UBND tỉnh công bố Chỉ số cải cách hành chính năm 2023 của các huyện, thành phố. "
                 "Theo đó, huyện đạt 87,15%, tăng 2,05% so với năm 2022, xếp thứ 4/10 đơn vị cấp huyện.",
                 HUYEN)
    assert got == [("PAR_INDEX", 87.15, "huyện Lạc Sơn", 2023, 4, 10, 2.05)]


def test_a_level_word_of_no_unit_of_the_document_is_no_subject():
    """A district word in a report that names no district: nothing to name, no score."""
    got = scores("Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024. Theo đó, huyện đạt 87,15%.", SO)
    assert got == []


def test_items_after_tiep_theo_la_are_next_in_rank():
    got = scores("Chỉ số cải cách hành chính năm 2024 của 20 sở, ban, ngành: đứng đầu là Sở Tài chính "
                 "với 93,10%; tiếp theo là Sở Y tế đạt 92,45% và Văn phòng UBND tỉnh đạt 91,02%.", SO)
    assert [(s[2], s[1], s[4], s[5]) for s in got] == [("Sở Tài chính", 93.10, 1, 20),
                                                       ("Sở Y tế", 92.45, 2, 20),
                                                       ("Văn phòng UBND tỉnh", 91.02, 3, 20)]


def test_items_after_a_comma_alone_take_no_rank():
    got = scores("Chỉ số cải cách hành chính năm 2024 của 20 sở, ban, ngành: Sở Tài chính dẫn đầu với "
                 "93,10%, Sở Y tế đạt 92,45%, Sở Xây dựng đạt 91,02%.", SO)
    assert [(s[2], s[1], s[4]) for s in got] == [("Sở Tài chính", 93.10, 1), ("Sở Y tế", 92.45, None),
                                                 ("Sở Xây dựng", 91.02, None)]


# ---- 3. rates of units listed in prose ------------------------------------------------------

def test_two_units_sharing_a_rate_in_words_and_the_lowest_after_it():
    """"thị trấn A và xã B đạt 100% hồ sơ giải quyết đúng hạn; xã C có tỷ lệ thấp nhất với
    96,80%": was one "cấp xã" rate of 100."""
    got = stats("Quý II năm 2024, ở cấp xã, thị trấn Phố Mới và xã An Lạc đạt 100% hồ sơ giải quyết "
                "đúng hạn; xã Bình Minh có tỷ lệ thấp nhất với 96,80%.")
    assert got == [("thị trấn Phố Mới", "quý II năm 2024", {"on_time_rate": 100}),
                   ("xã An Lạc", "quý II năm 2024", {"on_time_rate": 100}),
                   ("xã Bình Minh", "quý II năm 2024", {"on_time_rate": 96.8})]


def test_a_list_of_unit_rates_after_a_rate_label():
    got = stats("Quý II năm 2024, tỷ lệ giải quyết hồ sơ đúng hạn của cấp xã: thị trấn Phố Mới 100%, "
                "xã An Lạc 100%, xã Bình Minh 96,8%.")
    assert got == [("thị trấn Phố Mới", "quý II năm 2024", {"on_time_rate": 100}),
                   ("xã An Lạc", "quý II năm 2024", {"on_time_rate": 100}),
                   ("xã Bình Minh", "quý II năm 2024", {"on_time_rate": 96.8})]


def test_a_unit_rate_in_a_dossier_list_is_no_index_score():
    """"Một số xã có tỷ lệ giải quyết đúng hạn thấp: xã A đạt 97,12%" after an index named
    earlier was read as the index's score of xã A."""
    text = ("Chỉ số cải cách hành chính năm 2023 của huyện được công bố.\n"
            "Một số xã có tỷ lệ giải quyết đúng hạn thấp: xã Yên Nghiệp đạt 97,12%, xã Tân Lập 97,45%.")
    assert scores(text, HUYEN) == []


# ---- 4. portal page furniture ---------------------------------------------------------------

PAGE = ("Lạc Sơn: tỷ lệ giải quyết hồ sơ đúng hạn 6 tháng đạt 98,40%\n"
        "Thứ Ba, 02/7/2024 - 09:45 | Cổng thông tin điện tử huyện Lạc Sơn\n"
        "Trong 6 tháng đầu năm 2024, toàn huyện tiếp nhận 8.214 hồ sơ; tỷ lệ giải quyết đúng hạn "
        "đạt 98,40%.\n")


def test_a_headline_above_a_dateline_is_no_statistic():
    """The headline restating the lead and the dateline under it gave a second record and a
    count of 6 from "6 tháng"."""
    assert stats(PAGE, HUYEN) == [("huyện Lạc Sơn", "6 tháng đầu năm 2024",
                                   {"received": 8214, "on_time_rate": 98.4})]


def test_a_first_line_with_no_dateline_under_it_is_read():
    """A headline whose figure the body does not restate is read."""
    text = PAGE.replace("Thứ Ba, 02/7/2024 - 09:45 | Cổng thông tin điện tử huyện Lạc Sơn\n", "").replace(
        "; tỷ lệ giải quyết đúng hạn đạt 98,40%", "")
    got = find_dossier_stats(DocText.from_text(text), HUYEN)
    assert got[0].start < 60 and got[0].on_time_rate == 98.4  # the headline's rate is read


def test_a_span_of_months_between_a_rate_and_its_value_is_no_count():
    assert stats("Tỷ lệ giải quyết hồ sơ đúng hạn 9 tháng đạt 98,72%.") == [(None, None, {"on_time_rate": 98.72})]


def test_a_prose_part_the_table_restates_is_one_fact():
    text = ("Năm 2024, toàn huyện tiếp nhận 9.120 hồ sơ, trong đó cấp huyện 3.050 hồ sơ, cấp xã 6.070 hồ sơ.\n"
            "| Cấp | Tiếp nhận | Đã giải quyết |\n|---|---|---|\n| Cấp huyện | 3.050 | 3.001 |\n"
            "| Cấp xã | 6.070 | 6.052 |\n| Tổng cộng | 9.120 | 9.053 |\n")
    got = stats(text, HUYEN)
    assert [g for g in got if g[2].get("received") == 3050] == [("Cấp huyện", "năm 2024", {"received": 3050, "resolved": 3001})]


# ---- 5. scope and period ------------------------------------------------------------------------

def test_a_district_level_is_no_part_of_the_whole_district_statistic():
    """"Cấp huyện đã giải quyết ..." in the paragraph after "toàn huyện tiếp nhận ..." was
    merged into the whole district's statistic."""
    got = stats("Năm 2024, toàn huyện tiếp nhận 9.120 hồ sơ.\nCấp huyện đã giải quyết 3.001 hồ sơ, "
                "đúng hạn 2.990 hồ sơ.", HUYEN)
    assert got == [("huyện Lạc Sơn", "năm 2024", {"received": 9120}),
                   ("Cấp huyện", "năm 2024", {"resolved": 3001, "resolved_on_time": 2990})]


def test_a_value_above_the_one_before_it_takes_no_next_rank():
    got = scores("Chỉ số cải cách hành chính năm 2024 của 20 sở, ban, ngành: đứng đầu là Sở Tài chính "
                 "với 93,10%; tiếp theo là Sở Y tế đạt 92,45% và Sở Xây dựng đạt 92,80%.", SO)
    assert [(s[2], s[4]) for s in got] == [("Sở Tài chính", 1), ("Sở Y tế", 2), ("Sở Xây dựng", None)]


def test_a_heading_ends_the_statistic_of_the_section_before():
    """"Tháng 9, tỷ lệ ... là 98,71%" closing section 1 took the figures of section 2 and
    its period."""
    meta = DocumentMeta(issuer="UBND tỉnh Hòa Bình", unit=Unit(name="tỉnh Hòa Bình", level="tỉnh"),
                        period="tháng 10 năm 2025")
    text = ("1. Kết quả chung\nTrong tháng 10/2025, toàn tỉnh tiếp nhận 52.310 hồ sơ. Tháng 9/2025, tỷ lệ "
            "giải quyết đúng hạn toàn tỉnh là 98,71%.\n2. Tại Trung tâm Phục vụ hành chính công tỉnh\n"
            "Tại Trung tâm Phục vụ hành chính công tỉnh, các sở, ngành tiếp nhận 8.204 hồ sơ.\n")
    assert stats(text, meta) == [("tỉnh Hòa Bình", "tháng 10/2025", {"received": 52310}),
                                 ("tỉnh Hòa Bình", "tháng 9/2025", {"on_time_rate": 98.71}),
                                 ("Trung tâm Phục vụ hành chính công tỉnh Hòa Bình", "tháng 10 năm 2025",
                                  {"received": 8204})]


def test_a_year_to_date_sentence_of_an_earlier_section_gives_no_period():
    meta = DocumentMeta(issuer="UBND tỉnh Hòa Bình", unit=Unit(name="tỉnh Hòa Bình", level="tỉnh"),
                        period="tháng 10 năm 2025")
    text = ("2. Tại Trung tâm\nLũy kế từ đầu năm đến ngày 31/10/2025, Trung tâm tiếp nhận 71.436 hồ sơ.\n\n"
            "3. Cấp xã\nĐối với cấp xã, các xã tiếp nhận 9.436 hồ sơ.\n")
    assert [(s, p) for s, p, _ in stats(text, meta)] == [("Trung tâm", "từ đầu năm đến ngày 31/10/2025"),
                                                          ("cấp xã", "tháng 10 năm 2025")]


def test_cung_ky_opening_a_sentence_is_the_same_span_of_that_year():
    got = stats("Lũy kế từ đầu năm đến ngày 25/11/2024, xã tiếp nhận 4.215 hồ sơ. Cùng kỳ năm 2023, "
                "xã tiếp nhận 3.870 hồ sơ.")
    assert [(p, v) for _, p, v in got] == [("từ đầu năm đến ngày 25/11/2024", {"received": 4215}),
                                           ("từ đầu năm đến ngày 25/11/2023", {"received": 3870})]


def test_a_headline_the_body_restates_is_no_second_statistic():
    """A first line with no dateline under it, restated by the body: one statistic."""
    text = ("Lạc Sơn: quý I năm 2024, tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,10%\n"
            "Theo báo cáo, quý I năm 2024, toàn huyện tiếp nhận 8.214 hồ sơ, đúng hạn 8.120 hồ sơ, "
            "đạt 99,10%.\n")
    got = stats(text, HUYEN)
    assert got == [("huyện Lạc Sơn", "quý I năm 2024", {"received": 8214, "resolved_on_time": 8120,
                                                        "on_time_rate": 99.1})]


def test_units_sharing_a_rate_in_words_near_another_rate():
    """A rate in digits in the sentence before kept the units' rate in words from being read."""
    got = stats("Quý II năm 2024, tỷ lệ giải quyết đúng hạn của huyện đạt 97,64%.\nỞ cấp xã, thị trấn "
                "Phố Mới và xã An Lạc đạt 100% hồ sơ giải quyết đúng hạn.", HUYEN)
    assert [(s, v) for s, _, v in got] == [("huyện Lạc Sơn", {"on_time_rate": 97.64}),
                                           ("thị trấn Phố Mới", {"on_time_rate": 100}),
                                           ("xã An Lạc", {"on_time_rate": 100})]


def test_the_year_an_index_is_named_by_is_no_period_of_the_dossiers_after_it():
    """"Chỉ số cải cách hành chính năm 2023 của huyện đạt 86,35%" before the dossier figures
    of a report on 2024 gave them the period "năm 2023"."""
    meta = DocumentMeta(issuer="UBND huyện Lạc Sơn", unit=Unit(name="huyện Lạc Sơn", level="huyện"),
                        period="năm 2024")
    text = ("Năm 2024, toàn huyện tiếp nhận 9.120 hồ sơ. Chỉ số cải cách hành chính năm 2023 của huyện "
            "đạt 86,35%.\nCấp huyện đã giải quyết 3.001 hồ sơ.")
    assert [(s, p) for s, p, _ in stats(text, meta)] == [("huyện Lạc Sơn", "năm 2024"), ("Cấp huyện", "năm 2024")]


def test_the_index_year_of_the_reports_own_year_stays_the_period():
    meta = DocumentMeta(issuer="UBND xã Hòa An", unit=Unit(name="xã Hòa An", level="xã"), period="năm 2023")
    text = "Tự đánh giá Chỉ số cải cách hành chính năm 2023\nBộ phận Một cửa xã tiếp nhận 642 hồ sơ."
    assert [p for _, p, _ in stats(text, meta)] == ["năm 2023"]


def test_a_figure_in_brackets_after_so_voi_a_period_is_that_periods():
    """"So với năm 2023 (tiếp nhận 37.902 hồ sơ)" was given the report's year."""
    got = stats("Năm 2024, Bộ tiếp nhận 41.286 hồ sơ. So với năm 2023 (tiếp nhận 37.902 hồ sơ), số hồ sơ "
                "tăng 8,9%.")
    assert [(p, v) for _, p, v in got] == [("năm 2024", {"received": 41286}), ("năm 2023", {"received": 37902})]


def test_all_of_a_count_on_time_in_words():
    """"đã giải quyết 371 hồ sơ, tất cả đều đúng hạn; đang giải quyết 15 hồ sơ, đều chưa đến
    hạn": 371 on time (100%), 15 pending within their time."""
    got = stats("Trong tháng 11/2024, xã đã giải quyết 371 hồ sơ, tất cả đều đúng hạn; đang giải quyết "
                "15 hồ sơ, đều chưa đến hạn.")
    assert got == [(None, "tháng 11/2024", {"resolved": 371, "resolved_on_time": 371, "pending": 15,
                                             "pending_on_time": 15, "on_time_rate": 100})]


def test_a_count_some_of_which_are_late_is_not_all_on_time():
    got = stats("Trong tháng 11/2024, xã đã giải quyết 371 hồ sơ, đều được tiếp nhận trực tuyến.")
    assert got == [(None, "tháng 11/2024", {"resolved": 371})]


def test_the_average_of_the_block_a_heading_names():
    """"Giá trị trung bình của khối đạt 85,96%" under "2. Khối UBND các huyện, thành phố",
    the index named in the lead before the sections: was no score."""
    text = ("UBND tỉnh công bố Chỉ số cải cách hành chính năm 2024 của các cơ quan, đơn vị, cụ thể:\n\n"
            "1. Khối sở, ban, ngành\nĐứng đầu là Sở Tài chính với 93,10%.\n\n"
            "2. Khối UBND các huyện, thành phố\nGiá trị trung bình của khối đạt 85,96%.\n")
    got = scores(text, SO)
    assert ("PAR_INDEX", 85.96, "huyện, thành phố (trung bình)", 2024, None, None, None) in got


def test_the_lowest_unit_after_the_highest_keeps_the_rate():
    """"phường A có tỷ lệ hồ sơ trực tuyến cao nhất (91,20%), xã B thấp nhất (62,50%)": xã
    B's online rate (was an index score of xã B)."""
    text = ("Chỉ số cải cách hành chính năm 2023 của thành phố xếp thứ 2/18.\nTrong 9 tháng năm 2024, "
            "phường Minh An có tỷ lệ hồ sơ trực tuyến cao nhất (91,20%), xã Tân Hiệp thấp nhất (62,50%). "
            "Cùng kỳ năm 2023, toàn thành phố có 87 hồ sơ trễ hạn.")
    meta = DocumentMeta(issuer="UBND thành phố Hội An", unit=Unit(name="thành phố Hội An", level="huyện"),
                        period="9 tháng năm 2024")
    assert stats(text, meta) == [("phường Minh An", "9 tháng năm 2024", {"online_rate": 91.2}),
                                 ("xã Tân Hiệp", "9 tháng năm 2024", {"online_rate": 62.5}),
                                 ("thành phố Hội An", "9 tháng năm 2023", {"resolved_late": 87})]
    assert [s[1] for s in scores(text, meta) if s[1] is not None] == []


def test_the_communes_counted_open_a_new_scope():
    """"UBND 12 xã, thị trấn tiếp nhận ..." in the paragraph after the district's one-stop
    took the district's scope."""
    got = stats("Tháng 5/2025, Bộ phận Một cửa huyện tiếp nhận 842 hồ sơ.\n"
                "UBND 12 xã, thị trấn tiếp nhận 2.284 hồ sơ, giải quyết 2.229 hồ sơ.", HUYEN)
    assert [s for s, _, _ in got] == ["Bộ phận Một cửa huyện Lạc Sơn", "UBND 12 xã, thị trấn"]


def test_a_unit_named_after_a_level_lead_is_the_scope():
    """"Ở cấp xã, phường Tô Hiệu tiếp nhận nhiều hồ sơ nhất (4.126 hồ sơ)": the ward's
    (was the level's)."""
    got = stats("Quý I năm 2024, ở cấp xã, phường Tô Hiệu tiếp nhận nhiều hồ sơ nhất (4.126 hồ sơ).")
    assert got == [("phường Tô Hiệu", "quý I năm 2024", {"received": 4126})]


def test_a_level_lead_without_a_unit_after_it_stays_the_scope():
    got = stats("Quý I năm 2024, ở cấp xã, các xã, phường tiếp nhận 9.436 hồ sơ.")
    assert [s for s, _, _ in got] == ["cấp xã"]


def test_a_district_body_with_the_communes_is_the_whole_district():
    """"Bộ phận Một cửa huyện và 15 xã, thị trấn đã tiếp nhận ...": the district's whole."""
    got = stats("Năm 2024, Bộ phận Một cửa huyện và 15 xã, thị trấn đã tiếp nhận 18.942 hồ sơ.", HUYEN)
    assert got == [("huyện Lạc Sơn", "năm 2024", {"received": 18942})]


def test_a_news_headline_names_the_whole_territory():
    """"Sơn La: ..." over "toàn tỉnh tiếp nhận ..." in a news item no unit is known of."""
    got = stats("Sơn La: Kết quả giải quyết thủ tục hành chính tháng 9/2025\n"
                "Trong tháng 9/2025, toàn tỉnh tiếp nhận 66.582 hồ sơ.\n")
    assert got == [("tỉnh Sơn La", "tháng 9/2025", {"received": 66582})]


def test_the_districts_and_the_communes_are_two_levels_not_a_whole():
    got = stats("Tháng 10/2024, các huyện, thành, thị và các xã, phường, thị trấn tiếp nhận mới 21.962 hồ sơ.")
    assert [s for s, _, _ in got] == ["các huyện, thành, thị và các xã, phường, thị trấn"]


def test_none_late_in_words_after_another_units_late_count():
    """"Cục A tiếp nhận N hồ sơ, trễ hạn 142 hồ sơ; Cục B tiếp nhận 3.215 hồ sơ, không có hồ
    sơ trễ hạn": B's 0 was dropped for A's figure in the clause before."""
    got = stats("Năm 2024, Cục Thú y tiếp nhận 12.104 hồ sơ, trễ hạn 142 hồ sơ; Cục Chăn nuôi tiếp nhận "
                "3.215 hồ sơ, không có hồ sơ trễ hạn.")
    assert [(s, v) for s, _, v in got] == [("Cục Thú y", {"received": 12104, "resolved_late": 142}),
                                           ("Cục Chăn nuôi", {"received": 3215, "resolved_late": 0})]


def test_a_target_of_all_on_time_is_no_figure():
    assert stats("Phấn đấu 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến đạt trên 90%.") == []


def test_dossiers_within_their_time_still_pending():
    got = stats("Năm 2024, Sở đã giải quyết 4.980 hồ sơ. Hiện còn 340 hồ sơ đang trong thời hạn giải quyết.")
    assert [v for _, _, v in got] == [{"resolved": 4980, "pending": 340}]


def test_a_block_with_its_average():
    """"Khối sở, ban, ngành có giá trị trung bình đạt 87,55%" after the index named: was no
    score."""
    text = ("UBND tỉnh công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành.\n"
            "Khối sở, ban, ngành có giá trị trung bình đạt 87,55%. Sở Tư pháp dẫn đầu với 91,80%.")
    got = scores(text, SO)
    assert ("PAR_INDEX", 87.55, "sở, ban, ngành (trung bình)", 2024, None, None, None) in got


def test_interlinked_dossiers_are_no_received_count():
    """"có 3.412 hồ sơ liên thông do cấp xã tiếp nhận": counted at two levels, no field."""
    got = stats("Năm 2024, cấp xã tiếp nhận 61.035 hồ sơ. Số liệu của cấp huyện và cấp xã có 3.412 hồ sơ "
                "liên thông do cấp xã tiếp nhận, chuyển lên cấp huyện giải quyết.")
    assert [v for _, _, v in got] == [{"received": 61035}]


def test_a_news_headline_under_the_page_furniture_names_the_whole():
    text = ("BÁO HÒA BÌNH\nThời sự | Chính trị\nCập nhật: 14:05, 10/01/2025\n\n"
            "Hòa Bình: Tỷ lệ hồ sơ trễ hạn giảm mạnh\nNăm 2024, toàn tỉnh tiếp nhận 412.608 hồ sơ.\n")
    assert [s for s, _, _ in stats(text)] == ["tỉnh Hòa Bình"]


def test_a_label_with_a_colon_is_no_place():
    text = "Cập nhật: 14:05, 10/01/2025\nNăm 2024, toàn tỉnh tiếp nhận 412.608 hồ sơ.\n"
    assert [s for s, _, _ in stats(text)] == ["toàn tỉnh"]
