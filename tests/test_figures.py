"""Figures in report prose: text in, exact facts out (with offsets that hold)."""
import pytest

from extractor.find.figures import (compile_cue, criterion_key, cues, find_dossier_stats,
                                    find_ratios, find_scores, find_tasks)
from extractor.model import DocumentMeta, Page, Unit
from extractor.normalize import DocText
from extractor.vocab import load_rules


def doc_of(text):
    return DocText.from_text(text)


def assert_offsets(doc, facts):
    for f in facts:
        page = doc.pages[f.page - 1].text
        assert page[f.start:f.end] == f.text


# ---- rule data: every example matched, every counter-example not ------------------------

def test_figures_vocabulary_examples():
    for c in cues():
        for ex in c.extra.get("examples") or []:
            assert c.pattern.search(ex), (c.kind, c.key, ex)
        for ex in c.extra.get("counter_examples") or []:
            assert not c.pattern.search(ex), (c.kind, c.key, ex)


def test_figures_messages_and_labels_complete():
    entries = [e.model_dump() for e in load_rules("figures").entries]
    for e in entries:
        if e["kind"] == "message":
            assert e["message"] and e["message_en"], e["key"]
        elif e["kind"] == "field_label":
            assert e["vi"] and e["en"], e["key"]
        else:
            assert e.get("pattern") and e.get("examples"), e["key"]


def test_criteria_examples():
    for e in load_rules("criteria").entries:
        for ex in e.examples:
            assert criterion_key(ex) == e.key, (ex, e.key)
        for ex in e.counter_examples:
            assert criterion_key(ex) != e.key, (ex, e.key)


def test_tone_placement_tolerated():
    assert compile_cue("hiện đại hóa").search("Hiện đại hoá hành chính")


# ---- dossier statistics ---------------------------------------------------------------

def one_stat(text, meta=None):
    doc = doc_of(text)
    stats = find_dossier_stats(doc, meta or DocumentMeta())
    assert_offsets(doc, stats)
    assert len(stats) == 1, stats
    return stats[0]


def test_dossier_prose_with_rates_and_parts():
    s = one_stat("* Kết quả giải quyết thủ tục hành chính tại UBND huyện Hòa Vang trong năm 2019 "
                 "như sau: Tổng số hồ sơ đã tiếp nhận: 12.345 hồ sơ. Tổng số hồ sơ đã giải quyết "
                 "là 12.000 hồ sơ, chiếm tỷ lệ 97,21%, trong đó số hồ sơ giải quyết sớm hạn và "
                 "đúng hạn là 11.880 hồ sơ, chiếm tỷ lệ 99%; số hồ sơ giải quyết trễ hạn là 120 "
                 "hồ sơ, chiếm tỷ lệ 1%.")
    assert (s.received, s.resolved, s.resolved_rate) == (12345, 12000, 97.21)
    assert (s.resolved_on_time, s.on_time_rate, s.resolved_late, s.late_rate) == (11880, 99, 120, 1)
    assert s.scope == "UBND huyện Hòa Vang"
    assert s.period == "năm 2019"
    assert s.claims_total
    assert s.evidence["resolved_late"].text.endswith("120 hồ sơ")


def test_dossier_pending_vs_resolved_late():
    s = one_stat("Cấp huyện: Hồ sơ phải giải quyết: 500 hồ sơ. Hồ sơ đã giải quyết đúng hạn 480, "
                 "hồ sơ đã giải quyết quá hạn 05 hồ sơ, hồ sơ đang xử lý trong hạn 14 hồ sơ, "
                 "hồ sơ đang xử lý quá hạn 01hồ sơ.")
    assert (s.to_resolve, s.resolved_on_time, s.resolved_late) == (500, 480, 5)
    assert (s.pending_on_time, s.pending_overdue) == (14, 1)
    assert s.resolved is None and s.pending is None
    assert s.scope == "Cấp huyện"


def test_dossier_levels_make_separate_stats():
    doc = doc_of("Cấp huyện: hồ sơ phải giải quyết: 100 hồ sơ, đã giải quyết đúng hạn 90. "
                 "Cấp xã: hồ sơ phải giải quyết: 300 hồ sơ, đã giải quyết đúng hạn 290.")
    stats = find_dossier_stats(doc, DocumentMeta())
    assert [(s.scope, s.to_resolve, s.resolved_on_time) for s in stats] == [
        ("Cấp huyện", 100, 90), ("Cấp xã", 300, 290)]


def test_online_after_the_number_and_its_rate():
    s = one_stat("UBND thành phố đã tiếp nhận và giải quyết 2.996 hồ sơ trực tuyến mức độ 3, đạt "
                 "tỷ lệ 44,96% trên tổng số hồ sơ, vượt chỉ tiêu do UBND tỉnh giao (30%).")
    assert (s.online, s.online_rate, s.received) == (2996, 44.96, None)


def test_carried_over_and_returned():
    s = one_stat("Số hồ sơ kỳ trước chuyển sang 35 hồ sơ; số hồ sơ tiếp nhận mới 1.200 hồ sơ; "
                 "hồ sơ trả lại 4 hồ sơ.")
    assert (s.carried_over, s.received, s.returned) == (35, 1200, 4)


def test_rate_by_its_own_cue_and_scope_from_metadata():
    meta = DocumentMeta(issuer="Ủy ban nhân dân xã Tóc Tiên", date="2021-05-06")
    s = one_stat("Việc nhập hồ sơ chưa đảm bảo thời gian dẫn đến trễ hẹn 53 hồ sơ, tỷ lệ đúng "
                 "hạn đạt 98,9%.", meta)
    assert (s.resolved_late, s.on_time_rate) == (53, 98.9)
    assert s.scope == "xã Tóc Tiên"
    assert s.period == "năm 2021"


@pytest.mark.parametrize("text", [
    "tập trung giảm tỷ lệ hồ sơ trễ hạn xuống dưới 3%.",
    "giao chỉ tiêu hồ sơ trực tuyến đối với các cơ quan chuyên môn là 30%.",
    "Kế hoạch số 45 về hồ sơ; mức độ 3 hồ sơ.",
    "Tỷ lệ TTHC thuộc thẩm quyền giải quyết của cấp huyện 273 TTHC đạt 100%.",
    "tổng số cán bộ, công chức cấp xã là 565 người, trong đó 100% công chức đạt chuẩn.",
])
def test_targets_and_other_counts_are_not_dossier_figures(text):
    assert find_dossier_stats(doc_of(text), DocumentMeta()) == []


def test_flattened_table_by_column_position():
    text = ("Biểu tổng hợp\n"
            "Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Trễ hạn Tỷ lệ đúng hạn\n"
            "UBND xã A 268763 257141 245519 11622 95,48%\n"
            "UBND xã B 1.204 1.100 1.000 100 90,91%\n"
            "Ghi chú: số liệu đến 15/12.")
    doc = doc_of(text)
    stats = find_dossier_stats(doc, DocumentMeta())
    assert_offsets(doc, stats)
    got = [(s.scope, s.received, s.resolved, s.resolved_on_time, s.resolved_late, s.on_time_rate)
           for s in stats]
    assert got == [("UBND xã A", 268763, 257141, 245519, 11622, 95.48),
                   ("UBND xã B", 1204, 1100, 1000, 100, 90.91)]


def test_stat_spanning_pages_uses_first_page_span():
    doc = DocText([Page(1, "Tổng số hồ sơ đã tiếp nhận: 100 hồ sơ. Tổng số hồ sơ"),
                   Page(2, "đã giải quyết là 90 hồ sơ.")])
    (s,) = find_dossier_stats(doc, DocumentMeta())
    assert (s.received, s.resolved, s.page) == (100, 90, 1)
    assert_offsets(doc, [s])
    assert s.evidence["resolved"].page == 2
    assert s.evidence["resolved"].text == "đã giải quyết là 90 hồ sơ"


# ---- scores ---------------------------------------------------------------------------

def test_par_index_total_with_rank():
    doc = doc_of("Năm 2020 có 7/9 tiêu chí có điểm thấp, do đó vị trí xếp hạng CCHC của xã năm "
                 "2020 đạt 76,824 điểm, xếp hạng 82/82 xã phường.")
    (s,) = find_scores(doc, DocumentMeta(unit=Unit(name="xã Tóc Tiên")))
    assert (s.indicator, s.value, s.unit, s.year, s.rank, s.rank_total) == (
        "PAR_INDEX", 76.824, "điểm", 2020, 82, 82)
    assert s.subject == "xã Tóc Tiên"
    assert_offsets(doc, [s])


def test_par_index_percent_rating_and_sipas_with_change_and_target():
    doc = doc_of("Chỉ số cải cách hành chính của thành phố trong năm 2018 đạt 81,44% (xếp loại "
                 "khá), Chỉ số hài lòng của UBND thành phố năm 2018 đạt 81,99% (mức khá) và tăng "
                 "10,93% so với năm 2017. Chỉ số hài lòng chung của UBND cấp xã trong năm 2018 "
                 "đạt 78,18%, giảm 4,97% so với năm 2017 và đạt mục tiêu đề ra (78%).")
    meta = DocumentMeta(issuer="UBND thành phố Nha Trang")
    par, sipas, sipas_xa = find_scores(doc, meta)
    assert (par.indicator, par.value, par.unit, par.year, par.rating, par.subject) == (
        "PAR_INDEX", 81.44, "%", 2018, "khá", "thành phố Nha Trang")
    assert par.change is None
    assert (sipas.indicator, sipas.value, sipas.year, sipas.subject, sipas.change) == (
        "SIPAS", 81.99, 2018, "UBND thành phố Nha Trang", 10.93)
    assert (sipas_xa.value, sipas_xa.subject, sipas_xa.change, sipas_xa.target) == (
        78.18, "UBND cấp xã", -4.97, 78)
    assert_offsets(doc, [par, sipas, sipas_xa])


def test_other_index_rank():
    doc = doc_of("Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 của tỉnh đạt 65,5 điểm, "
                 "xếp thứ 11/63 tỉnh, thành phố.")
    scores = find_scores(doc, DocumentMeta())
    (s,) = scores
    assert (s.indicator, s.index_name, s.value, s.year, s.rank, s.rank_total) == (
        "OTHER_INDEX", "PCI", 65.5, 2022, 11, 63)


def test_rank_change():
    doc = doc_of("Năm 2022, Chỉ số CCHC của huyện đạt 85,12%, xếp thứ 3/9, tăng 03 bậc so với năm 2021.")
    (s,) = find_scores(doc, DocumentMeta())
    assert (s.value, s.year, s.rank, s.rank_total, s.rank_change) == (85.12, 2022, 3, 9, 3)
    doc = doc_of("Chỉ số PAPI năm 2021 đạt 42,1 điểm, giảm 2 bậc.")
    (s,) = find_scores(doc, DocumentMeta())
    assert (s.index_name, s.value, s.rank_change) == ("PAPI", 42.1, -2)


def test_criterion_scores_with_maxima():
    text = ("1. Về công tác chỉ đạo, điều hành CCHC\n"
            "Năm 2020, số điểm đạt 10,947/16\n"
            "a) Tồn tại hạn chế\n"
            "2. Về cải cách thể chế: Năm 2020, số điểm đạt 3/5\n"
            "9. Đối với các tiêu chí đánh giá tác động của cải cách hành chính – điều\n"
            "tra xã hội học: Năm 2020, số điểm đạt 27,032/35\n"
            "- Hiện đại hoá hành chính: 7,878/11 điểm\n")
    doc = doc_of(text)
    scores = find_scores(doc, DocumentMeta())
    assert_offsets(doc, scores)
    got = [(s.indicator, s.criterion, s.criterion_key, s.value, s.max, s.year) for s in scores]
    assert got == [
        ("PAR_INDEX_CRITERION", "Công tác chỉ đạo, điều hành CCHC", "chi_dao_dieu_hanh", 10.947, 16, 2020),
        ("PAR_INDEX_CRITERION", "Cải cách thể chế", "the_che", 3, 5, 2020),
        ("PAR_INDEX_CRITERION", "Đánh giá tác động của cải cách hành chính – điều tra xã hội học",
         "tac_dong", 27.032, 35, 2020),
        ("PAR_INDEX_CRITERION", "Hiện đại hoá hành chính", "hien_dai_hoa", 7.878, 11, None),
    ]


def test_no_score_without_value():
    doc = doc_of("Phấn đấu cải thiện điểm số và vị trí xếp hạng chỉ số CCHC của xã trong năm 2021. "
                 "Năm 2020 có 7/9 tiêu chí có điểm đạt được thấp. 31 cơ quan, đơn vị xếp loại tốt.")
    assert find_scores(doc, DocumentMeta()) == []


# ---- tasks and ratios -----------------------------------------------------------------

def test_tasks():
    doc = doc_of("Qua rà soát, đến cuối năm 2018 thành phố đã hoàn thành 42/46 nhiệm vụ đề ra. "
                 "Năm 2021 với 40 nhiệm vụ. Tổng số nhiệm vụ đã và đang thực hiện là 30/40 nhiệm vụ. "
                 "Đã hoàn thành 23/39 nhiệm vụ, đạt 58,97%.")
    tasks = find_tasks(doc, DocumentMeta())
    assert_offsets(doc, tasks)
    assert [(t.done, t.total, t.period, t.rate) for t in tasks] == [
        (42, 46, "năm 2018", None), (30, 40, "năm 2021", None), (23, 39, "năm 2021", 58.97)]


def test_fraction_of_criteria_or_date_is_not_a_task():
    doc = doc_of("Năm 2020 có 7/9 tiêu chí có điểm thấp. Ngày 7/9 họp triển khai nhiệm vụ.")
    assert find_tasks(doc, DocumentMeta()) == []


def test_ratio_with_stated_rate():
    doc = doc_of("Tuy nhiên, vẫn có 17/2744 ý kiến không hài lòng (tỷ lệ 0.61%) về thái độ phục vụ.")
    (r,) = find_ratios(doc)
    assert (r.part, r.total, r.stated_rate, r.label) == (17, 2744, 0.61, "ý kiến không hài lòng")
    assert_offsets(doc, [r])


def test_ratio_needs_a_rate():
    assert find_ratios(doc_of("có 7/9 tiêu chí đạt yêu cầu.")) == []
    assert find_ratios(doc_of("hoàn thành 23/39 nhiệm vụ, đạt 58,97%.")) == []


# ---- speed without changing results ------------------------------------------------------

from pathlib import Path  # noqa: E402

from extractor.find import figure_grammar as G  # noqa: E402
from extractor.find import figure_vocab as V  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXTS = sorted((ROOT / "corpora" / "seeds").glob("*.txt"))


def test_top_alternatives_split_outside_groups_and_classes():
    assert V._top_alternatives(r"a(?:b|c)|[|]x|\|y|z") == ["a(?:b|c)", "[|]x", r"\|y", "z"]
    assert V._top_alternatives("tiếp nhận") == ["tiếp nhận"]


def test_scan_equals_finditer_for_every_cue():
    # scanning alternative by alternative must give exactly the pattern's own matches
    text = " ".join(p.read_text(encoding="utf-8") for p in SEED_TEXTS)
    text += " hồ sơ tiếp nhận mới 12 hồ sơ đã tiếp nhận 3; tỷ lệ giải quyết đúng hạn 98%"
    view = doc_of(text).view
    checked = 0
    for c in cues():
        if not c.extra.get("pattern"):
            continue
        want = [(m.start(), m.end()) for m in c.pattern.finditer(view)]
        assert V.scan(c, view) == want, (c.kind, c.key)
        checked += len(want)
    assert checked > 1000


def test_sentence_index_equals_local_scan():
    view = doc_of(SEED_TEXTS[2].read_text(encoding="utf-8")).view
    sents = G._Sentences(view)
    for pos in range(0, len(view), 7):
        assert sents.bounds(pos) == G._sentence_bounds_scan(view, pos), pos


def test_five_megabyte_single_line_restatements_are_not_new_statistics():
    # (speed on this file is a benchmark figure: scripts/bench.py)
    from extractor.load import load
    doc = DocText(load(str(ROOT / "corpora" / "formats" / "broken" / "huge-line.txt")).pages)
    stats = find_dossier_stats(doc)
    scores = find_scores(doc)
    # the seeds repeated: each dossier statistic and each score once (repeats are
    # restatements), the same scores as the seeds' text once
    once = find_scores(DocText.from_text(doc.text[:100_000]))
    assert len(stats) == 5
    assert sorted((s.indicator, s.value, s.year) for s in scores) == sorted(
        (s.indicator, s.value, s.year) for s in once) and len(once) >= 4


# ---- period cut-off dates -----------------------------------------------------------------

def test_period_with_its_cut_off_date():
    text = ("Báo cáo tình hình thực hiện công tác cải cách hành chính đến ngày 15/9/2021. "
            "Kế hoạch CCHC năm 2021 có 40 nhiệm vụ. Tổng số nhiệm vụ đã thực hiện là 30/40 "
            "nhiệm vụ. Cấp xã: Hồ sơ phải giải quyết: 826 hồ sơ, đã giải quyết đúng hạn 764 "
            "hồ sơ.")
    doc = doc_of(text)
    assert [s.period for s in find_dossier_stats(doc)] == ["năm 2021 (đến 15/9/2021)"]
    assert [k.period for k in find_tasks(doc)] == ["năm 2021 (đến 15/9/2021)"]


@pytest.mark.parametrize("cutoff", ["tính đến ngày 15/9/2020", "Kế hoạch ngày 15/9/2021",
                                    "đến tháng 9/2021"])
def test_no_cut_off_from_another_year_or_a_plain_date(cutoff):
    text = (f"Báo cáo ({cutoff}). Năm 2021, Hồ sơ phải giải quyết: 826 hồ sơ, đã giải "
            "quyết đúng hạn 764 hồ sơ.")
    assert [s.period for s in find_dossier_stats(doc_of(text))] == ["năm 2021"]


def test_on_time_rate_named_on_time_and_early_in_either_order():
    """Regression (11NN C01, C03, blind): "tỷ lệ giải quyết đúng và trước hạn đạt 99,49%" gave
    no rate; the on-time rate's label knew only "trước hạn và đúng hạn"."""
    for label in ("tỷ lệ giải quyết đúng và trước hạn đạt", "tỷ lệ giải quyết trước và đúng hạn đạt",
                  "tỷ lệ hồ sơ đúng hạn và trước hạn đạt"):
        stat = one_stat("Năm 2024, xã Tân Lập đã giải quyết 396 hồ sơ, trong đó trước hạn 241 hồ sơ, "
                        f"đúng hạn 153 hồ sơ, quá hạn 2 hồ sơ; {label} 99,49%.")
        assert (stat.resolved, stat.resolved_early, stat.resolved_on_time, stat.resolved_late,
                stat.on_time_rate, stat.early_rate) == (396, 241, 153, 2, 99.49, None), label


def test_list_item_named_by_its_territory_ends_at_the_proper_name():
    """Regression (11NN C05, blind): "Thành phố Tuyên Quang tiếp tục dẫn đầu với 89,93%" gave
    the subject "Thành phố Tuyên Quang tiếp tục"."""
    doc = doc_of("Chỉ số CCHC năm 2024 của các huyện, thành phố.\n\nThành phố Tuyên Quang tiếp "
                 "tục dẫn đầu với 89,93%; huyện Chiêm Hóa xếp thứ 2 với 88,41%.")
    got = [(s.subject, s.value, s.rank) for s in find_scores(doc, DocumentMeta())]
    assert ("Thành phố Tuyên Quang", 89.93, 1) in got
    assert not any("tiếp tục" in (s.subject or "") for s in find_scores(doc, DocumentMeta()))
