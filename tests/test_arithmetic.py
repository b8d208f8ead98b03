"""Arithmetic audit: stated identities and rates checked, with the right severity."""
from decimal import Decimal

import pytest

from extractor.audit.arithmetic import check_arithmetic, check_dossier, fmt_en, fmt_vi, rate_status
from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
from extractor.model import DocumentMeta, DossierStat, Extraction, Loaded, Page, Score
from extractor.normalize import DocText


def audit(text):
    doc = DocText.from_text(text)
    meta = DocumentMeta()
    ex = Extraction(source=Loaded("t.txt", "", "txt", doc.pages), document=meta,
                    scores=find_scores(doc, meta), dossier_stats=find_dossier_stats(doc, meta),
                    tasks=find_tasks(doc, meta), ratios=find_ratios(doc))
    findings = check_arithmetic(ex)
    for f in findings:
        assert f.message and f.message_en
        for e in f.evidence:
            assert doc.pages[e.page - 1].text[e.start:e.end] == e.text
    return findings


def rules(findings):
    return [(f.rule, f.severity) for f in findings]


# ---- rates ----------------------------------------------------------------------------

@pytest.mark.parametrize("stated,part,total,status", [
    (97.95, 56863, 58053, "ok"),
    (98.93, 56252, 56863, "ok"),      # 98.9255 rounds up
    (0.62, 17, 2744, "ok"),
    (0.61, 17, 2744, "truncated"),    # 0.6195 cut, not rounded
    (0.7, 17, 2744, "mismatch"),
    (100, 5, 5, "ok"),
    (58.97, 23, 39, "ok"),
])
def test_rate_status(stated, part, total, status):
    assert rate_status(stated, part, total)[0] == status


def test_formatting():
    assert fmt_vi(58053) == "58.053"
    assert fmt_vi(97.95) == "97,95"
    assert fmt_en(58053) == "58,053"
    assert fmt_vi(Decimal("0.61953"), 2) == "0,62"


def test_truncated_rate_is_reported_as_info():
    (f,) = audit("Tuy nhiên, vẫn có 17/2744 ý kiến không hài lòng (tỷ lệ 0.61%) về thái độ.")
    assert (f.rule, f.severity, f.suggestion) == ("rate-mismatch", "info", "0,62%")
    assert "cắt bớt" in f.message and "truncated" in f.message_en
    assert f.evidence[0].text.startswith("17/2744")


def test_rounded_rate_is_fine():
    assert audit("vẫn có 17/2744 ý kiến không hài lòng (tỷ lệ 0,62%).") == []


def test_wrong_rate_of_a_count():
    findings = audit("Tổng số hồ sơ đã tiếp nhận: 1.000 hồ sơ. Tổng số hồ sơ đã giải quyết là "
                     "900 hồ sơ, chiếm tỷ lệ 95%.")
    assert rules(findings) == [("rate-mismatch", "error")]
    assert findings[0].suggestion == "90%"


def test_small_rate_error_is_warning():
    findings = audit("Tổng số hồ sơ đã tiếp nhận: 1.000 hồ sơ. Tổng số hồ sơ đã giải quyết là "
                     "900 hồ sơ, chiếm tỷ lệ 90,2%.")
    assert rules(findings) == [("rate-mismatch", "warning")]


def test_task_rate():
    assert audit("Đã hoàn thành 23/39 nhiệm vụ, đạt 58,97%.") == []
    assert rules(audit("Đã hoàn thành 23/39 nhiệm vụ, đạt 60%.")) == [("rate-mismatch", "error")]


# ---- sums -----------------------------------------------------------------------------

def test_parts_contradict_a_stated_total_is_error():
    findings = audit("Tổng số hồ sơ đã giải quyết là 1.000 hồ sơ, trong đó số hồ sơ giải quyết "
                     "đúng hạn là 950 hồ sơ; số hồ sơ giải quyết trễ hạn là 40 hồ sơ.")
    assert rules(findings) == [("sum-mismatch", "error")]
    assert findings[0].suggestion == "990"
    assert "1.000" in findings[0].message and "950 + 40" in findings[0].message


def test_gap_without_a_claim_is_warning():
    findings = audit("Tổng số hồ sơ đã giải quyết là 1.000 hồ sơ. Số hồ sơ giải quyết đúng hạn "
                     "là 950 hồ sơ; số hồ sơ giải quyết trễ hạn là 40 hồ sơ.")
    assert rules(findings) == [("sum-mismatch", "warning")]


def test_to_resolve_from_four_parts():
    ok = ("Cấp xã: hồ sơ phải giải quyết: 4231 hồ sơ. Hồ sơ đã xử lý đúng hạn: 3831 hồ sơ, hồ sơ "
          "đã xử lý quá hạn 29 hồ sơ, hồ sơ đang xử lý trong hạn 370 hồ sơ, hồ sơ đang xử lý quá "
          "hạn 01 hồ sơ.")
    assert audit(ok) == []
    bad = ok.replace("370", "360")
    findings = audit(bad)
    assert rules(findings) == [("sum-mismatch", "warning")]
    assert findings[0].suggestion == "4.221"


def test_pending_parts_and_received_plus_carried_over():
    stat = DossierStat(scope="cấp huyện", period="năm 2021", text="x", page=1, start=0, end=1,
                       to_resolve=130, received=100, carried_over=20, pending=10,
                       pending_on_time=6, pending_overdue=3, claims_total=True)
    ex = Extraction(source=Loaded("t", "", "txt", [Page(1, "x")]), document=DocumentMeta(),
                    dossier_stats=[stat])
    got = check_arithmetic(ex)
    assert [(f.rule, f.severity, f.suggestion) for f in got] == [
        ("sum-mismatch", "error", "9"), ("sum-mismatch", "error", "120")]


def test_part_larger_than_whole():
    findings = audit("Tổng số hồ sơ đã tiếp nhận: 100 hồ sơ, trong đó hồ sơ trực tuyến 120 hồ sơ.")
    assert rules(findings) == [("sum-mismatch", "error")]


# ---- scores ---------------------------------------------------------------------------

CRITERIA = ("vị trí xếp hạng CCHC của xã năm 2020 đạt {total} điểm, xếp hạng {rank}/82 xã phường.\n"
            "1. Về công tác chỉ đạo, điều hành CCHC: Năm 2020, số điểm đạt 10,947/16\n"
            "2. Về cải cách thể chế: Năm 2020, số điểm đạt 3/5\n"
            "3. Cải cách thủ tục hành chính: Năm 2020, số điểm đạt 2/4\n"
            "4. Công tác cải cách tổ chức bộ máy: Năm 2020, số điểm đạt 4,5/4,5\n"
            "5. Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức: Năm 2020, số điểm đạt 6,5/8,5\n"
            "6. Cải cách tài chính công: Năm 2020, số điểm đạt {fin}/6\n"
            "7. Hiện đại hóa hành chính: Năm 2020, số điểm đạt 7,878/11\n"
            "8. Thực hiện cơ chế một cửa, một cửa liên thông: Năm 2020, số điểm đạt 8,967/10\n"
            "9. Đánh giá tác động của cải cách hành chính: Năm 2020, số điểm đạt 27,032/{last}\n")


def test_criteria_that_add_up():
    assert audit(CRITERIA.format(total="76,824", rank=82, fin=6, last=35)) == []


def test_criteria_sum_differs_from_total_of_complete_list():
    findings = audit(CRITERIA.format(total="78,824", rank=82, fin=6, last=35))
    assert rules(findings) == [("sum-mismatch", "error")]
    assert findings[0].suggestion == "76,824"


def test_maxima_not_100():
    findings = audit(CRITERIA.format(total="76,824", rank=82, fin=6, last=36))
    assert rules(findings) == [("sum-mismatch", "warning")]
    assert "101" in findings[0].message


def test_score_above_max_and_rank_above_total():
    findings = audit(CRITERIA.format(total="77,824", rank=83, fin=7, last=35))
    assert sorted(rules(findings)) == [("rank-exceeds-total", "error"), ("score-exceeds-max", "error")]


def test_percent_index_above_100():
    s = Score(indicator="SIPAS", criterion=None, value=101.5, max=None, unit="%", year=2018,
              rank=None, rank_total=None, rating=None, subject=None, text="x", page=1, start=0, end=1)
    ex = Extraction(source=Loaded("t", "", "txt", [Page(1, "x")]), document=DocumentMeta(),
                    scores=[s])
    assert rules(check_arithmetic(ex)) == [("score-exceeds-max", "error")]


# ---- received = online + in person/post (+ carried over) --------------------------------

def _stats(text):
    return find_dossier_stats(DocText.from_text(text))


def test_in_person_dossiers_are_read_and_the_parts_add_up():
    (d,) = _stats("Năm 2023, UBND huyện đã tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 800 hồ "
                  "sơ, trực tiếp và qua bưu chính 450 hồ sơ.")
    assert (d.received, d.online, d.in_person) == (1250, 800, 450)
    assert check_dossier(d) == []


def test_received_that_the_online_and_in_person_parts_contradict_is_an_error():
    (d,) = _stats("Năm 2023, UBND huyện đã tiếp nhận 1.250 hồ sơ, trong đó trực tuyến 800 hồ "
                  "sơ, trực tiếp 400 hồ sơ.")
    (f,) = check_dossier(d)
    assert (f.rule, f.severity, f.suggestion) == ("sum-mismatch", "error", "1.200")
    assert "800 + 400" in f.message


def test_carried_over_may_be_counted_inside_received():
    (d,) = _stats("Năm 2023, UBND huyện tiếp nhận 1.250 hồ sơ (kỳ trước chuyển sang 50 hồ sơ, "
                  "trực tuyến 800 hồ sơ, nộp trực tiếp 400 hồ sơ).")
    assert (d.carried_over, d.online, d.in_person) == (50, 800, 400)
    assert check_dossier(d) == []


def test_levels_against_the_whole_province():
    """Issue 10, audit: parts across levels against the whole the report gives (a warning
    unless the text claims the parts make it up)."""
    from extractor.audit.arithmetic import check_levels
    from extractor.model import DossierStat

    def st(scope, received):
        return DossierStat(scope=scope, period="quý I năm 2020", text=scope, page=1, start=0,
                           end=len(scope), received=received)
    ok = [st("toàn tỉnh", 659245), st("cấp tỉnh", 54575), st("cấp huyện", 340060),
          st("cấp xã", 264610)]
    assert check_levels(ok) == []
    bad = [st("toàn tỉnh", 659245), st("cấp tỉnh", 54575), st("cấp huyện", 340060),
           st("cấp xã", 260000)]
    got = check_levels(bad)
    assert [(f.rule, f.severity, f.suggestion) for f in got] == [("sum-mismatch", "warning", "654.635")]



def test_levels_against_a_whole_named_as_its_territory():
    """Regression (10NN B02, after the scope chain): the find stage names a "toàn tỉnh" total
    by its territory ("tỉnh Quảng Trị"), and the level check, which knew only "toàn tỉnh",
    lost the whole and its warning. Districts named beside it are no whole of the levels."""
    from extractor.audit.arithmetic import check_levels
    from extractor.model import DossierStat

    def st(scope, received):
        return DossierStat(scope=scope, period="năm 2024", text=scope, page=1, start=0,
                           end=len(scope), received=received)
    bad = [st("tỉnh Quảng Trị", 286905), st("huyện Gio Linh", 9000), st("cấp tỉnh", 61208),
           st("cấp huyện", 83417), st("cấp xã", 140880)]
    got = check_levels(bad)
    assert [(f.rule, f.severity, f.suggestion) for f in got] == [("sum-mismatch", "warning", "285.505")]
    district = [st("huyện Gio Linh", 9000), st("cấp huyện", 4000), st("cấp xã", 5000)]
    assert check_levels(district) == []
    district[0].received = 9100
    assert [f.suggestion for f in check_levels(district)] == ["9.000"]

def test_rate_against_dossiers_due_is_no_mismatch():
    from extractor.audit.arithmetic import check_dossier
    from extractor.model import DossierStat
    stat = DossierStat(scope="Trung tâm", period="tháng 9/2021", text="x", page=1, start=0, end=1,
                       to_resolve=6302, due=4169, resolved_on_time=4157, on_time_rate=99.71)
    assert [f.rule for f in check_dossier(stat)] == []


def test_month_slash_year_before_a_rate_is_a_period_not_a_ratio():
    # regression: "tháng 8/2025 đạt 62%" was read as 8 of 2025 dossiers at a stated 62%,
    # and the rate check raised a false error on a news article (7NN 702)
    from extractor.api import extract
    ex = extract("UBND xã A\nSố: 1/BC-UBND\nA, ngày 2 tháng 9 năm 2025\nBÁO CÁO\n"
                 "Tỷ lệ hồ sơ trực tuyến toàn trình tháng 8/2025 đạt 62%. Quý III/2025 "
                 "đạt 70%. Phát ra 17/20 phiếu khảo sát (tỷ lệ 85%).")
    assert [(r.part, r.total, r.stated_rate) for r in ex.ratios] == [(17, 20, 85)]
    assert [f.rule for f in ex.findings] == []


def test_capitalised_month_slash_year_opening_a_sentence_is_a_period_not_a_ratio():
    # regression (10NN A02, blind): "Tháng 9/2025, tỷ lệ ... là 98,71%" opening a sentence
    # was read as 9 of 2025 at a stated 98,71%, a false rate-mismatch error: the period
    # grammar knew "tháng 9/2025" only in lower case
    from extractor.api import extract
    ex = extract("UBND tỉnh A\nSố: 1/BC-UBND\nA, ngày 2 tháng 11 năm 2025\nBÁO CÁO\n"
                 "Tháng 10/2025, đã giải quyết 108.915 hồ sơ. Tháng 9/2025, tỷ lệ giải quyết "
                 "đúng hạn toàn tỉnh là 98,71%. Quý 3/2025 đạt 97%.")
    assert [(r.part, r.total) for r in ex.ratios] == []
    assert [f.rule for f in ex.findings if f.severity == "error"] == []
