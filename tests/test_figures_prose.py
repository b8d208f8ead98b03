"""Prose mechanisms of the dossier finder, one test per class of miss (issue 10): values
before their labels, parent frames, paragraph leads naming the scope, totals defined by
their breakdown, a paragraph printed twice, and the new contract fields."""
from extractor.find.figures import find_dossier_stats
from extractor.model import DOSSIER_FIELDS
from extractor.normalize import DocText


def stats(text):
    return [(s.scope, {f: getattr(s, f) for f in DOSSIER_FIELDS if getattr(s, f) is not None})
            for s in find_dossier_stats(DocText.from_text(text))]


def test_value_before_its_label_under_a_pending_frame():
    got = stats("Năm 2022, xã đã giải quyết 500 hồ sơ. Trong số hồ sơ đang giải quyết gồm 40 hồ sơ, "
                "có 35 hồ sơ chưa đến hạn và 5 hồ sơ đã quá hạn.")
    assert got == [(None, {"resolved": 500, "pending": 40, "pending_on_time": 35,
                           "pending_overdue": 5})]


def test_overdue_after_resolved_stays_resolved_late():
    got = stats("Năm 2022, xã đã giải quyết 500 hồ sơ; trong đó, đúng và trước hạn 480 hồ sơ, "
                "đạt tỷ lệ 96%, còn 20 hồ sơ quá hạn, tỷ lệ 4%.")
    assert got == [(None, {"resolved": 500, "resolved_on_time": 480, "on_time_rate": 96,
                           "resolved_late": 20, "late_rate": 4})]


def test_early_count_before_label_gives_its_rate():
    got = stats("Năm 2023, huyện đã giải quyết được 1.000 hồ sơ, trong đó có 780 hồ sơ trước hạn, "
                "chiếm 78%; có 200 hồ sơ giải quyết đúng hạn, chiếm 20%.")
    assert got == [(None, {"resolved": 1000, "resolved_early": 780, "early_rate": 78,
                           "resolved_on_time": 200, "on_time_rate": 20})]


def test_paragraph_lead_names_the_scope():
    """"Với cấp xã, toàn tỉnh ..." was scoped to toàn tỉnh."""
    got = stats("Năm 2020, với cấp huyện, 12 huyện, thành phố đã tiếp nhận 3.000 hồ sơ, "
                "đã giải quyết 2.900 hồ sơ.\nVới cấp xã, toàn tỉnh tiếp nhận 2.000 hồ sơ, "
                "đã giải quyết 1.990 hồ sơ.")
    assert [s for s, _ in got] == ["cấp huyện", "cấp xã"]


def test_total_defined_by_its_breakdown_is_to_resolve():
    got = stats("Trong năm 2019, Trung tâm đã tiếp nhận tổng cộng 19.361 hồ sơ, trong đó có 16.041 "
                "hồ sơ tiếp nhận mới, số còn lại từ kỳ trước chuyển sang.")
    assert got[0][1] == {"to_resolve": 19361, "received": 16041}


def test_trong_so_is_no_document_number():
    got = stats("Năm 2021, trong số 3.405 hồ sơ đang giải quyết, có 969 hồ sơ đã quá hạn.")
    assert got[0][1] == {"pending": 3405, "pending_overdue": 969}


def test_repeated_paragraph_counted_once():
    para = ("Thống kê cho biết, trong năm 2020 toàn tỉnh đã tiếp nhận 659.245 hồ sơ, "
            "đã giải quyết 643.272 hồ sơ.")
    got = stats(para + "\n\n" + para + "\n")
    assert got == [("toàn tỉnh", {"received": 659245, "resolved": 643272})]


def test_due_and_returned_are_fields():
    got = stats("Tháng 9/2021, Trung tâm tiếp nhận mới 4.131 hồ sơ; đến hạn giải quyết là 4.169 hồ sơ; "
                "lũy kế đã và đang giải quyết trong kỳ là 6.302 hồ sơ.")
    assert got[0][1] == {"received": 4131, "due": 4169, "to_resolve": 6302}


def test_on_time_written_with_early_first_or_last():
    for phrase in ("đúng và trước hạn", "trả trước và đúng hạn", "đúng hạn và trước hạn"):
        got = stats(f"Năm 2022, xã đã giải quyết 100 hồ sơ, hồ sơ {phrase} là 98 hồ sơ.")
        assert got[0][1] == {"resolved": 100, "resolved_on_time": 98}, phrase


# ---- scores: ordinal lists and an index named in an earlier sentence -----------------
from extractor.find.figures import find_scores  # noqa: E402


def scores(text):
    return [(s.indicator, s.criterion, s.subject, s.value, s.unit, s.year, s.rank, s.rank_total,
             s.change) for s in find_scores(DocText.from_text(text))]


def test_ordinal_list_inherits_the_index_and_the_rank_total():
    got = scores("Trong 18 sở, ban, ngành: Sở Tư pháp dẫn đầu Chỉ số cải cách hành chính năm 2023 "
                 "với 92,10 điểm; thứ hai là Sở Nội vụ 91,05 điểm; thứ ba là Ban Dân tộc 90,5 điểm.")
    assert [(g[2], g[3], g[6], g[7]) for g in got] == [
        ("Sở Tư pháp", 92.1, 1, 18), ("Sở Nội vụ", 91.05, 2, 18), ("Ban Dân tộc", 90.5, 3, 18)]
    assert {(g[0], g[5]) for g in got} == {("PAR_INDEX", 2023)}


def test_rank_in_words_before_the_value():
    got = scores("Kết quả Chỉ số CCHC năm 2021 được công bố.\nĐối với cấp huyện, UBND huyện Yên Lạc "
                 "xếp thứ nhất với 88,94 điểm; thứ hai là UBND huyện Sông Lô 88,58 điểm.")
    assert [(g[2], g[3], g[6]) for g in got] == [("UBND huyện Yên Lạc", 88.94, 1),
                                                 ("UBND huyện Sông Lô", 88.58, 2)]


def test_index_named_in_an_earlier_sentence_and_its_parts():
    got = scores("Kết quả Chỉ số CCHC trung bình của các sở đều tăng so với năm 2021. Cụ thể, ở khối Sở, "
                 "kết quả trung bình năm 2022 là 85,73%, tăng 3,78% so với năm 2021. Trong đó, điểm thẩm "
                 "định trung bình năm 2022 đạt 84,19%, so với năm 2021 tăng 5,43%.")
    # a sub-index is a score of the index named by index_name (issue 10's contract)
    assert [(g[0], g[1], g[3], g[4], g[5], g[8]) for g in got] == [
        ("PAR_INDEX", None, 85.73, "%", 2022, 3.78),
        ("PAR_INDEX", None, 84.19, "%", 2022, 5.43)]
    assert [s.index_name for s in find_scores(DocText.from_text(
        "Chỉ số CCHC được công bố. Điểm thẩm định trung bình năm 2022 đạt 84,19%."))] == ["điểm thẩm định"]


def test_an_index_stated_with_its_own_figure_is_no_topic():
    got = scores("Chỉ số CCHC của các quận được công bố. Mức độ hài lòng của người dân năm 2022 tăng 2,2%. "
                 "Kết quả trung bình năm 2022 là 92,75%.")
    assert [(g[0], g[3]) for g in got] == [("PAR_INDEX", 92.75)]


def test_list_of_yearly_values_runs_over_semicolons():
    got = scores("Chỉ số hài lòng (SIPAS) của tỉnh qua các năm: năm 2020: 82,1%; năm 2021: 84,3%; "
                 "năm 2022: 85,6%.")
    assert [(g[0], g[3], g[5]) for g in got] == [("SIPAS", 82.1, 2020), ("SIPAS", 84.3, 2021),
                                                 ("SIPAS", 85.6, 2022)]


def test_list_item_lead_names_the_scope():
    got = stats("Trong năm 2024, cụ thể theo từng lĩnh vực:\n"
                "- Lĩnh vực đất đai: tiếp nhận 523 hồ sơ, đang giải quyết 13 hồ sơ.\n"
                "- Lĩnh vực môi trường: tiếp nhận 120 hồ sơ, đang giải quyết 2 hồ sơ.\n")
    assert got == [("Lĩnh vực đất đai", {"received": 523, "pending": 13}),
                   ("Lĩnh vực môi trường", {"received": 120, "pending": 2})]


def test_flattened_grid_with_a_sub_column_line_and_numbered_row_labels():
    # a statistics grid flattened into text: a bare "Tổng" column, time columns whose
    # cues share words with the column before ("Chưa xử lý Trước hạn"), a second header
    # line splitting the last columns into count and rate, and row labels holding
    # numbers ("Mức 1, 2", "Mức 3") gave no figures at all
    text = ("Kết quả giải quyết hồ sơ năm 2023\n"
            "Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn\n"
            "Tổng % Tổng % Tổng %\n"
            "Mức 1, 2 5000 4800 200 2400 50% 2000 41,7% 400 8,3%\n"
            "Mức 3 900 880 20 440 50% 400 45,5% 40 4,5%\n")
    stats = find_dossier_stats(DocText.from_text(text))
    got = [(s.scope, s.to_resolve, s.resolved, s.pending, s.resolved_early, s.early_rate,
            s.resolved_on_time, s.on_time_rate, s.resolved_late, s.late_rate) for s in stats]
    assert got == [("Mức 1, 2", 5000, 4800, 200, 2400, 50, 2000, 41.7, 400, 8.3),
                   ("Mức 3", 900, 880, 20, 440, 50, 400, 45.5, 40, 4.5)]


def test_a_small_number_after_a_plain_word_is_still_a_cell():
    # only numbered labels ("Mức 3", "Phường 3", "Mức 1, 2") keep their number; a
    # row whose numbers outnumber the columns otherwise does not line up and is not read
    text = ("Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Trễ hạn\n"
            "Xã An Hòa 7 120 118 110 8\n")
    assert find_dossier_stats(DocText.from_text(text)) == []
    # the same row with its label numbered by kind is read
    stats = find_dossier_stats(DocText.from_text(text.replace("Xã An Hòa 7", "Tổ 7")))
    assert [(s.scope, s.received, s.resolved, s.resolved_on_time, s.resolved_late)
            for s in stats] == [("Tổ 7", 120, 118, 110, 8)]


def test_sub_column_pairs_sit_where_the_first_row_puts_its_rates():
    # "Tổng % Tổng %" splits the middle columns here, not the last ones; the rates are
    # written without "%"; "Tổng số hồ sơ" before "Đã giải quyết" is a column of its own
    text = ("Đơn vị Tổng số hồ sơ Đã giải quyết Đúng hạn Trễ hạn Đang giải quyết\n"
            "Tổng % Tổng %\n"
            "Cấp xã 1.000 950 900 94,74 50 5,26 50\n")
    stats = find_dossier_stats(DocText.from_text(text))
    assert [(s.scope, s.to_resolve, s.resolved, s.resolved_on_time, s.on_time_rate,
             s.resolved_late, s.late_rate, s.pending) for s in stats] == [
        ("Cấp xã", 1000, 950, 900, 94.74, 50, 5.26, 50)]
