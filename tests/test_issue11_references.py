"""Regression tests of issue 11, references, laws and the conflicting-plan check: one per
thing that broke, named after it; sentences written for the test, text in, exact
(type, number, date[, issuer]) out."""
from extractor.audit.references import Context, audit_references
from extractor.find.laws import find_laws
from extractor.find.references import find_references
from extractor.model import Loaded, Page
from extractor.normalize import DocText
from extractor.resolve.keys import link_within_document
from extractor.stages import extract_loaded


def found(text, own=None):
    return link_within_document(find_references(DocText.from_text(text), own_number=own))


def triples(text, own=None):
    return [(r.doc_type, r.number, r.date) for r in found(text, own)]


# --- compound and long-named types --------------------------------------------------

def test_compound_type_bao_cao_tham_dinh_is_not_cong_van():
    assert triples("Xét Báo cáo thẩm định số 27/BCTĐ-STP ngày 02/8/2024 của Sở Tư pháp;") == [
        ("Báo cáo thẩm định", "27/BCTĐ-STP", "2024-08-02")]


def test_compound_type_bao_cao_tham_tra_with_a_plain_bc_symbol():
    assert triples("Xét Báo cáo thẩm tra số 51/BC-VHXH ngày 05/7/2024 của Ban Văn hóa - Xã hội;") == [
        ("Báo cáo thẩm tra", "51/BC-VHXH", "2024-07-05")]


def test_compound_type_ke_hoach_lien_tich():
    assert triples("Căn cứ Kế hoạch liên tịch số 02/KHLT-SNV-CĐVC ngày 14/3/2024 về phối hợp;") == [
        ("Kế hoạch liên tịch", "02/KHLT-SNV-CĐVC", "2024-03-14")]


def test_type_word_some_words_before_so_types_an_unknown_symbol():
    # "Báo cáo tổng hợp" is no type of its own: the type word before it is
    assert triples("Theo Báo cáo tổng hợp số 33/BCTH-VP ngày 09/01/2024 của Văn phòng,") == [
        ("Báo cáo", "33/BCTH-VP", "2024-01-09")]


def test_every_numbered_law_is_typed_luat_even_with_a_long_name_before_so():
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16 tháng 6 năm 2025; "
            "Luật Cán bộ, công chức số 80/2025/QH15 ngày 24 tháng 6 năm 2025;")
    assert triples(text) == [("Luật", "72/2025/QH15", "2025-06-16"),
                             ("Luật", "80/2025/QH15", "2025-06-24")]


def test_named_law_with_its_number_takes_the_numbers_year():
    laws = find_laws(DocText.from_text("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;"))
    assert [(x.name, x.year) for x in laws] == [("Luật Thi đua, khen thưởng", 2022)]


def test_resolution_of_the_assembly_keeps_its_own_type():
    assert triples("Căn cứ Nghị quyết số 54/2017/QH14 ngày 24/11/2017 của Quốc hội;") == [
        ("Nghị quyết", "54/2017/QH14", "2017-11-24")]


def test_type_word_in_another_clause_does_not_type_a_number():
    # the comma-free gap rule stops at clause punctuation: "Kế hoạch" is in another clause
    assert triples("Đã ban hành Kế hoạch. Văn bản số 12/UBND-VP ngày 3/3/2024 giao nhiệm vụ.") == [
        ("Công văn", "12/UBND-VP", "2024-03-03")]


# --- Party numbers -------------------------------------------------------------------

def test_party_cv_number_after_cong_van_so_is_kept():
    assert triples("Thực hiện Công văn số 318-CV/ĐU ngày 11/5/2023 của Đảng ủy xã về việc") == [
        ("Công văn", "318-CV/ĐU", "2023-05-11")]


def test_bare_party_number_with_an_unknown_abbreviation_is_still_no_reference():
    assert triples("mẫu 12-AB/CD đính kèm") == []


# --- words glued by PDF text ---------------------------------------------------------

def test_word_glued_after_the_symbol_keeps_the_symbol_and_the_date():
    assert triples("theo Nghị định số 157/2007/NĐ-CPngày 27/10/2007 của Chính phủ") == [
        ("Nghị định", "157/2007/NĐ-CP", "2007-10-27")]


def test_number_glued_to_so_is_found():
    assert triples("Căn cứ Quyết định số09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ;") == [
        ("Quyết định", "09/2015/QĐ-TTg", "2015-03-25")]


# --- the document's own number in another form ---------------------------------------

def test_own_number_written_with_its_year_in_the_page_title_is_not_a_citation():
    text = ("Quyết định số 845/2022/QĐ-UBND tỉnh Hậu Giang\n\nỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\n"
            "Số: 845/QĐUBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Vị Thanh, ngày 12 tháng 5 năm 2022\n\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\n"
            "Căn cứ Quyết định số 2468/QĐ-UBND ngày 02/11/2021 của Ủy ban nhân dân tỉnh;\n")
    ex = extract_loaded(Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    assert ex.document.number == "845/QĐUBND"
    assert [(r.doc_type, r.number, r.date) for r in ex.references] == [
        ("Quyết định", "2468/QĐ-UBND", "2021-11-02")]


# --- issuer with a comma -------------------------------------------------------------

def test_issuer_with_a_second_office_after_a_comma_is_not_cut():
    r, = found("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng "
               "Chính phủ hướng dẫn thi hành")
    assert r.issuer == "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ"


def test_issuer_ends_at_a_comma_before_another_clause():
    r, = found("Kế hoạch số 12/KH-UBND ngày 1/2/2023 của UBND tỉnh, Sở Nội vụ đã triển khai")
    assert r.issuer == "UBND tỉnh"


# --- a date opening the next line does not date a headline's mention -----------------

def test_date_opening_the_next_line_does_not_date_the_headline_mention():
    text = ("Phê duyệt quy trình nội bộ theo Quyết định số 1123/QĐ-UBND\n"
            "Ngày 14/5/2021, Chủ tịch UBND tỉnh ban hành Quyết định số 1123/QĐ-UBND phê duyệt quy trình.")
    assert triples(text) == [("Quyết định", "1123/QĐ-UBND", None),
                             ("Quyết định", "1123/QĐ-UBND", "2021-05-14")]


def test_lower_case_ngay_on_the_next_line_still_dates_the_mention():
    assert triples("theo Nghị định số 61/2018/NĐ-CP\nngày 23/4/2018 của Chính phủ") == [
        ("Nghị định", "61/2018/NĐ-CP", "2018-04-23")]


# --- audit: one plan cited with two subjects ------------------------------------------

def _conflicts(text):
    doc = DocText.from_text(text)
    refs = found(text)
    return [f for f in audit_references(refs, Context(doc=doc))
            if f.rule == "conflicting-citations"]


def test_one_plan_cited_twice_with_two_years_is_flagged_conflicting():
    text = ("Thực hiện Kế hoạch số 25/KH-UBND ngày 10/3/2024 của UBND huyện về thực hiện nhiệm vụ "
            "cải cách hành chính năm 2024.\nĐồng thời, theo Kế hoạch số 25/KH-UBND ngày 10/3/2024 "
            "của UBND huyện về thực hiện nhiệm vụ cải cách hành chính năm 2025, xã tổ chức kiểm tra.")
    f, = _conflicts(text)
    assert (f.severity, f.number, f.date) == ("warning", "25/KH-UBND", "2024-03-10")
    assert "năm 2024" in f.message and "năm 2025" in f.message
    assert len(f.evidence) == 2


def test_one_plan_cited_twice_with_unrelated_subjects_is_flagged_conflicting():
    text = ("Thực hiện Kế hoạch số 25/KH-UBND ngày 10/3/2024 về tuyên truyền phổ biến giáo dục "
            "pháp luật cho thanh thiếu niên.\nTheo Kế hoạch số 25/KH-UBND ngày 10/3/2024 về "
            "chuyển đổi số trong giải quyết thủ tục hành chính, xã triển khai.")
    assert len(_conflicts(text)) == 1


def test_one_plan_cited_twice_with_the_same_subject_is_not_flagged():
    text = ("Thực hiện Kế hoạch số 25/KH-UBND ngày 10/3/2024 về cải cách hành chính năm 2024.\n"
            "Theo Kế hoạch số 25/KH-UBND ngày 10/3/2024 về cải cách hành chính năm 2024, xã "
            "tổ chức kiểm tra.\nKế hoạch số 25/KH-UBND ngày 10/3/2024 được triển khai đầy đủ.")
    assert _conflicts(text) == []


def test_own_number_written_with_and_without_a_year_is_flagged():
    text = ("Quyết định 845/2020/QĐ-UBND về Quy chế phối hợp\nSố hiệu: 845/QĐ-UBND\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 845/QĐ-UBND\n|\nVĩnh Long, ngày 08 tháng 4 năm 2020\n"
            "|\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\nCăn cứ Luật Tổ chức chính quyền "
            "địa phương ngày 19 tháng 6 năm 2015;\n")
    ex = extract_loaded(Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    assert ex.document.number == "845/QĐ-UBND"
    assert ex.references == []
    f, = [f for f in ex.findings if f.rule == "conflicting-citations"]
    assert (f.severity, f.number) == ("warning", "845/QĐ-UBND")
    assert [e.text for e in f.evidence] == ["845/2020/QĐ-UBND", "845/QĐ-UBND"]


def test_own_number_written_one_way_twice_is_not_flagged():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH VĨNH LONG\n|\nSố: 845/QĐ-UBND\n|\nVĩnh Long, ngày 08 tháng 4 năm 2020\n"
            "|\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế\nQuyết định số 845/QĐ-UBND có hiệu lực từ ngày ký.\n")
    ex = extract_loaded(Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    assert [f for f in ex.findings if f.rule == "conflicting-citations"] == []


def test_law_named_with_its_year_before_so_is_typed_luat():
    assert triples("Căn cứ Luật Tiếp cận thông tin năm 2016 số 104/2016/QH13;") == [
        ("Luật", "104/2016/QH13", None)]


def test_issuer_ban_bi_thu_and_ban_chi_dao_are_not_cut():
    r, = found("Kết luận số 48-KL/TW ngày 30/01/2019 của Ban Bí thư về tiếp tục thực hiện")
    assert r.issuer == "Ban Bí thư"
    r, = found("Quyết định số 12/QĐ-BCĐ ngày 1/2/2023 của Trưởng Ban Chỉ đạo về kiểm tra")
    assert r.issuer == "Trưởng Ban Chỉ đạo"
