"""Spec of the legal-reference finder (issue 3): text in, facts out."""
from pathlib import Path

import pytest

from extractor.find.references import find_references
from extractor.resolve.keys import link_within_document
from extractor.model import Page
from extractor.normalize import DocText, to_stored

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"


def found(text, own=None):
    """The references stage as extract() runs it: find, then link within the document."""
    return link_within_document(find_references(DocText.from_text(text), own_number=own))


def refs(text, own=None):
    """(doc_type, number, date, issuer, relation) of every mention."""
    return [(r.doc_type, r.number, r.date, r.issuer, r.relation) for r in found(text, own)]


def triples(text, own=None):
    return [(r.doc_type, r.number, r.date) for r in found(text, own)]


# --- the whole mention -----------------------------------------------------------

def test_full_mention():
    text = ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện "
            "cơ chế một cửa")
    assert refs(text) == [("Nghị định", "61/2018/NĐ-CP", "2018-04-23", "Chính phủ", "căn cứ")]
    r = found(text)[0]
    assert (r.key, r.ordinal, r.year, r.symbol) == ("61/2018/NĐ-CP", "61", 2018, "NĐ-CP")
    assert r.subject == "về thực hiện cơ chế một cửa"
    assert r.text == "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ"
    assert text[r.start:r.end] == r.text and r.page == 1
    assert r.issuer_inferred is False


def test_subject_ends_at_clause_end():
    r = found("Thực hiện Công văn 501/UBND-NV ngày 31/5/2018 của UBND thành phố Hải Dương "
              "về việc triển khai thực hiện cơ chế một cửa; UBND phường đã triển khai.")[0]
    assert r.issuer == "UBND thành phố Hải Dương"
    assert r.subject == "về việc triển khai thực hiện cơ chế một cửa"
    assert r.relation == "thực hiện"


def test_subject_may_be_null():
    assert found("Ban hành Quyết định số 88/QĐ-UBND ngày 31/3/2021.")[0].subject is None


# --- kinds of documents ------------------------------------------------------------

def test_normative_types():
    text = ("Thông tư số 02/2017/TT-VPCP; Thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT; "
            "Luật số 80/2015/QH13; Pháp lệnh số 02/2022/UBTVQH15; Nghị quyết số "
            "12/2021/NQ-HĐND; Chỉ thị số 26/CT-TTg; Quyết định số 13/2016/QĐ-UBND.")
    assert [r[:2] for r in refs(text)] == [
        ("Thông tư", "02/2017/TT-VPCP"), ("Thông tư liên tịch", "05/2015/TTLT-BTP-BCA-BYT"),
        ("Luật", "80/2015/QH13"), ("Pháp lệnh", "02/2022/UBTVQH15"),
        ("Nghị quyết", "12/2021/NQ-HĐND"), ("Chỉ thị", "26/CT-TTg"),
        ("Quyết định", "13/2016/QĐ-UBND")]


def test_party_documents():
    text = ("thực hiện Chương trình hành động số 11-CTr/TU ngày 09/5/2018 của Ban chấp hành "
            "Đảng bộ thành phố Nha Trang thực hiện Nghị quyết số 19-NQ/TW của Ban chấp hành "
            "Trung ương Đảng khóa XII về nâng cao hiệu quả")
    assert refs(text) == [
        ("Chương trình hành động", "11-CTr/TU", "2018-05-09",
         "Ban chấp hành Đảng bộ thành phố Nha Trang", "thực hiện"),
        ("Nghị quyết", "19-NQ/TW", None, "Ban chấp hành Trung ương Đảng khóa XII", "thực hiện")]
    r = found("quán triệt 18-NQ/TW")[0]
    assert (r.doc_type, r.symbol, r.key, r.issuer, r.issuer_inferred) == (
        "Nghị quyết", "NQ/TW", "18-NQ/TW", "Ban Chấp hành Trung ương", True)


def test_cong_van_has_no_type_abbreviation():
    assert triples("Công văn số 1475/UBND-NV ngày 29/4/2021") == [
        ("Công văn", "1475/UBND-NV", "2021-04-29")]
    assert triples("theo văn bản số 2231/SNV-CCHC&PC ngày 02/6/2016") == [
        ("Công văn", "2231/SNV-CCHC&PC", "2016-06-02")]
    assert triples("theo 1475/UBND-NV") == [("Công văn", "1475/UBND-NV", None)]


def test_compound_symbols():
    text = ("Thông tư Liên tịch 05/2015/TTLT-BTP-BCA-BYT, Kế hoạch số 469/KH-UBND-TP, "
            "Kế hoạch số 9128/KH-UBND-VHTT và Báo cáo số 28/BC-HĐND-KTXH")
    assert [(r.doc_type, r.number, r.symbol) for r in found(text)] == [
        ("Thông tư liên tịch", "05/2015/TTLT-BTP-BCA-BYT", "TTLT-BTP-BCA-BYT"),
        ("Kế hoạch", "469/KH-UBND-TP", "KH-UBND-TP"),
        ("Kế hoạch", "9128/KH-UBND-VHTT", "KH-UBND-VHTT"),
        ("Báo cáo", "28/BC-HĐND-KTXH", "BC-HĐND-KTXH")]


def test_letter_in_ordinal():
    r = found("Nghị quyết 30c/NQ-CP ngày 08/11/2011 của Chính phủ")[0]
    assert (r.number, r.ordinal, r.key) == ("30c/NQ-CP", "30c", "30c/NQ-CP@2011")
    assert found("Nghị quyết 30C/NQ-CP ngày 08/11/2011")[0].key == "30c/NQ-CP@2011"


@pytest.mark.parametrize("written", ["Kế hoạch 25/KH-UBND", "Kế hoạch số 25/KH-UBND",
                                     "Kế hoạch Số 25/KH-UBND", "Kế hoạch số: 25/KH-UBND",
                                     "Kế hoạch Số: 25/KH-UBND", "Kế hoạch số:25/KH-UBND"])
def test_with_or_without_so(written):
    assert triples(f"UBND phường ban hành {written} ngày 21/12/2021 về cải cách") == [
        ("Kế hoạch", "25/KH-UBND", "2021-12-21")]


@pytest.mark.parametrize("number,doc_type,issuer", [
    ("61/2018/NĐ-CP", "Nghị định", "Chính phủ"),
    ("45/2016/QĐ-TTg", "Quyết định", "Thủ tướng Chính phủ"),
    ("26/CT-TTg", "Chỉ thị", "Thủ tướng Chính phủ"),
    ("06/2012/TT-BNV", "Thông tư", "Bộ Nội vụ"),
    ("02/2017/TT-VPCP", "Thông tư", "Văn phòng Chính phủ"),
    ("809/QĐ-UBND", "Quyết định", None),
    ("1742/KH-UBND", "Kế hoạch", None),
    ("188/TB-UBND", "Thông báo", None),
])
def test_bare_number_type_and_issuer_from_symbol(number, doc_type, issuer):
    r = found(f"thực hiện theo {number} và các văn bản liên quan")[0]
    assert (r.doc_type, r.number, r.issuer) == (doc_type, number, issuer)
    assert r.issuer_inferred is (issuer is not None)


def test_issuer_of_national_assembly_term():
    r = found("thực hiện thắng lợi Nghị quyết 54/2017/QH14")[0]
    assert (r.doc_type, r.issuer, r.year) == ("Nghị quyết", "Quốc hội khóa XIV", 2017)


def test_stated_issuer_wins_and_is_trimmed():
    text = ("Quyết định số 809/QĐ-UBND ngày 26/3/2021 của\nUBND tỉnh Bà Rịa – Vũng Tàu; "
            "Căn cứ Quyết định số 13/2016/QĐ-UBND ngày 17/6/2016 của UBND tỉnh Hải Dương "
            "ban hành quy định trách nhiệm")
    assert [r.issuer for r in found(text)] == ["UBND tỉnh Bà Rịa – Vũng Tàu",
                                              "UBND tỉnh Hải Dương"]


def test_issuer_with_titles():
    text = ("Căn cứ Quyết định số 1291/QĐ-BNV ngày 24/12/2019 của Bộ trưởng Bộ Nội vụ phê "
            "duyệt Đề án; Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.")
    assert [r.issuer for r in found(text)] == ["Bộ trưởng Bộ Nội vụ", "Bộ Chính trị"]


def test_compound_type_word():
    assert triples("Thông báo kết luận số 56-TB/TU ngày 3/3/2022") == [
        ("Thông báo", "56-TB/TU", "2022-03-03")]


def test_issuer_goes_only_to_the_mention_it_follows():
    text = ("theo quy định tại Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định "
            "117/2013/NĐ-CP ngày 7/10/2013 của Chính phủ.")
    a, b = found(text)
    assert (a.issuer, a.issuer_inferred) == ("Chính phủ", True)
    assert (b.issuer, b.issuer_inferred) == ("Chính phủ", False)
    text = "Kế hoạch số 10316/KH-UBND ngày 22/12/2016 của UBND tỉnh và Kế hoạch số 541/KH-UBND"
    assert [r.issuer for r in found(text)] == ["UBND tỉnh", None]


# --- real-world damage -------------------------------------------------------------

def test_stray_spaces():
    assert [(r.number, r.key) for r in found(
        "Kế hoạch số 16 /KH-UBND về cải cách; Nghị quyết số 35/NQ- CP ngày 1/1/2019")] == [
        ("16/KH-UBND", "16/KH-UBND"), ("35/NQ-CP", "35/NQ-CP@2019")]


def test_hyphens_lost():
    a, b = found("Nghị định 61/2018/NĐCP và Quyết định số 12/QĐUBND ngày 02/3/2020")
    assert (a.doc_type, a.number, a.key) == ("Nghị định", "61/2018/NĐCP", "61/2018/NĐ-CP")
    assert (b.number, b.key) == ("12/QĐUBND", "12/QĐ-UBND@2020")
    # a bare number with a glued symbol still gets its type
    assert found("theo 61/2018/NĐCP")[0].doc_type == "Nghị định"


def test_lookalike_letters():
    r = found("Nghị định số 61/2018/N\u00d0-CP ngày 23/4/2018")[0]
    assert r.number == "61/2018/N\u00d0-CP"  # as written
    assert (r.doc_type, r.key, r.symbol) == ("Nghị định", "61/2018/NĐ-CP", "NĐ-CP")


def test_lower_case_type_word():
    assert triples("Thực hiện công văn số 1475/UBND-NV ngày 29/4/2021") == [
        ("Công văn", "1475/UBND-NV", "2021-04-29")]
    assert triples("theo thông tư liên tịch số 05/2015/TTLT-BTP-BCA-BYT") == [
        ("Thông tư liên tịch", "05/2015/TTLT-BTP-BCA-BYT", None)]


def test_split_across_lines():
    text = "Thực hiện Kế hoạch\nsố\n430/KH-UBND ngày 08/02/2021 của UBND thị xã\nPhú Mỹ về Kế hoạch"
    r = found(text)[0]
    assert (r.doc_type, r.number, r.date, r.issuer) == (
        "Kế hoạch", "430/KH-UBND", "2021-02-08", "UBND thị xã Phú Mỹ")
    assert r.text == text[r.start:r.end]


def test_split_across_page_break():
    doc = DocText([Page(1, "UBND thành phố đã ban hành Công"),
                   Page(2, "văn số 8178/UBND-NV ngày 19/11/2018 chỉ đạo các cơ quan")])
    (r,) = find_references(doc)
    assert (r.doc_type, r.number, r.date) == ("Công văn", "8178/UBND-NV", "2018-11-19")
    # the span never runs over the page break and shows the number
    assert r.page == 2 and doc.pages[1].text[r.start:r.end] == r.text
    assert r.text == "8178/UBND-NV ngày 19/11/2018"


def test_table_cells():
    text = "| Quyết định số | 12/QĐ-UBND | 20/01/2022 |\n| Kế hoạch số: 04/KH-UBND |"
    assert triples(text) == [("Quyết định", "12/QĐ-UBND", "2022-01-20"),
                             ("Kế hoạch", "04/KH-UBND", None)]


# --- dates -------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["23/4/2018", "23-4-2018", "23.4.2018", "23/04/2018",
                                     "23 tháng 4 năm 2018", "23 tháng 4\nnăm 2018",
                                     "23 tháng\n04 năm\n2018", "23/4/\n2018"])
def test_date_forms(written):
    assert triples(f"Nghị định số 61/2018/NĐ-CP ngày {written} của Chính phủ") == [
        ("Nghị định", "61/2018/NĐ-CP", "2018-04-23")]


def test_date_after_comma_and_before_issuer_or_after_it():
    assert triples("Căn cứ Quyết định số 809/QĐ-UBND, ngày 26/3/2021 của Ủy ban") == [
        ("Quyết định", "809/QĐ-UBND", "2021-03-26")]
    assert triples("Quyết định số 45/QĐ-UBND của UBND tỉnh ngày 26/3/2021 về") == [
        ("Quyết định", "45/QĐ-UBND", "2021-03-26")]


def test_date_standing_before_the_mention():
    text = ("Ngày 19/01/2018, UBND thành phố đã ban hành Kế hoạch số 469/KH-UBND-TP về "
            "triển khai công tác kiểm soát thủ tục hành chính năm 2018.")
    (r,) = found(text)
    assert (r.number, r.date) == ("469/KH-UBND-TP", "2018-01-19")
    assert r.date_span is not None and r.date_span.text == "19/01/2018"
    assert triples("Ngày 15/10/2019 UBND phường ban hành Quyết định số: 36/QĐ-UBND về") == [
        ("Quyết định", "36/QĐ-UBND", "2019-10-15")]


def test_leading_date_needs_an_issuing_verb():
    text = "Ngày 21/9/2021, đoàn công tác của tỉnh kiểm tra theo Kế hoạch số 12/KH-UBND."
    assert triples(text) == [("Kế hoạch", "12/KH-UBND", None)]


def test_each_mention_of_a_chain_keeps_its_own_date():
    assert triples("Công văn số 5541/UBND-NV ngày 10/8/2018 và Công văn số 5660/UBND-NV "
                   "ngày 15/8/2018 chỉ đạo") == [("Công văn", "5541/UBND-NV", "2018-08-10"),
                                                 ("Công văn", "5660/UBND-NV", "2018-08-15")]
    assert triples("Quyết định số 72/QĐ-UBND và Kế hoạch số 04/KH-UBND ngày 20/01/2022") == [
        ("Quyết định", "72/QĐ-UBND", None), ("Kế hoạch", "04/KH-UBND", "2022-01-20")]


def test_invalid_date_keeps_the_reference():
    (r,) = found("Quyết định số 12/QĐ-UBND ngày 31/02/2019 của UBND tỉnh")
    assert (r.number, r.date, r.date_text, r.issuer) == ("12/QĐ-UBND", None, "31/02/2019",
                                                          "UBND tỉnh")
    assert r.key == "12/QĐ-UBND"


# --- keys --------------------------------------------------------------------------

def test_key_links_normative_number_written_without_year():
    a, b = found("Nghị định 130/NĐ-CP ngày 17/10/2005 của Chính phủ; Nghị định số "
                 "130/2005/NĐ-CP")
    assert a.number == "130/NĐ-CP" and a.year is None
    assert a.key == b.key == "130/2005/NĐ-CP"


def test_key_separates_individual_documents_of_different_years():
    a, b = found("Chỉ thị số 26/CT-TTg ngày 05/9/2016 và Chỉ thị số 26/CT-TTg ngày 12/6/2024")
    assert (a.key, b.key) == ("26/CT-TTg@2016", "26/CT-TTg@2024")


def test_key_drops_leading_zeros():
    assert found("Kế hoạch số 09/KH-UBND ngày 10/3/2021")[0].key == "9/KH-UBND@2021"



def test_key_links_mentions_of_one_document_within_the_text():
    text = ("Kế hoạch số 09/KH-UBND ngày 10/3/2021 của UBND phường; theo Kế hoạch 09/KH-UBND "
            "và Kế hoạch số 9/KH-UBND của UBND phường")
    assert [r.key for r in found(text)] == ["9/KH-UBND@2021"] * 3
    # Party numbers too
    assert [r.key for r in found("Chương trình số 11-CTr/TU ngày 09/5/2018; "
                                 "Chương trình 11-CTr/TU")] == ["11-CTr/TU@2018"] * 2


def test_key_not_linked_when_the_text_dates_the_number_with_two_years():
    text = ("Chỉ thị số 26/CT-TTg ngày 05/9/2016, Chỉ thị số 26/CT-TTg ngày 12/6/2024 và "
            "Chỉ thị số 26/CT-TTg")
    assert [r.key for r in found(text)] == ["26/CT-TTg@2016", "26/CT-TTg@2024", "26/CT-TTg"]


def test_key_not_linked_when_the_stated_issuers_differ():
    text = ("Kế hoạch số 12/KH-UBND ngày 01/02/2021 của UBND tỉnh Khánh Hòa; Kế hoạch số "
            "12/KH-UBND của UBND thành phố Nha Trang")
    assert [r.key for r in found(text)] == ["12/KH-UBND@2021", "12/KH-UBND"]
    # the same body written in full or cut short is one issuer
    text = ("Kế hoạch số 12/KH-UBND ngày 01/02/2021 của Ủy ban nhân dân tỉnh Khánh Hòa; "
            "Kế hoạch số 12/KH-UBND của UBND tỉnh")
    assert [r.key for r in found(text)] == ["12/KH-UBND@2021"] * 2


def test_link_within_document_leaves_other_numbers_alone():
    from extractor.resolve.keys import link_within_document
    text = ("Quyết định số 45/QĐ-UBND ngày 1/3/2020; Quyết định số 46/QĐ-UBND; "
            "Nghị định 61/2018/NĐ-CP; Quyết định số 45/QĐ-BNV")
    got = found(text)
    assert [r.key for r in got] == ["45/QĐ-UBND@2020", "46/QĐ-UBND", "61/2018/NĐ-CP",
                                    "45/QĐ-BNV"]
    assert link_within_document(got) is got and link_within_document([]) == []


# --- relations ---------------------------------------------------------------------

@pytest.mark.parametrize("before,relation", [
    ("Căn cứ", "căn cứ"), ("Căn cứ vào", "căn cứ"), ("Thực hiện", "thực hiện"),
    ("Triển khai", "thực hiện"), ("UBND phường tiếp tục triển khai, thực hiện", "thực hiện"),
    ("sửa đổi, bổ sung một số Điều của", "sửa đổi"), ("bổ sung", "sửa đổi"),
    ("thay thế", "thay thế"), ("Thông tư này hướng dẫn thi hành", "hướng dẫn"),
    ("bãi bỏ", "bãi bỏ"), ("UBND phường ban hành", None), ("theo", None),
    ("Thực hiện chế độ báo cáo. Theo", None),
])
def test_relation_from_cue_before(before, relation):
    (r,) = found(f"{before} Quyết định số 13/2016/QĐ-UBND ngày 17/6/2016")
    assert r.relation == relation


def test_relation_is_shared_by_a_list():
    text = "Căn cứ Nghị định số 61/2018/NĐ-CP, Nghị định số 107/2021/NĐ-CP;"
    assert [r.relation for r in found(text)] == ["căn cứ", "căn cứ"]


# --- not references ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ngày 23/4/2018 UBND phường họp",
    "Hệ thống quản lý chất lượng TCVN ISO 9001:2015 và ISO 9001:2008",
    "Điện thoại: 0258.3822.123, đường dây nóng 0913 456 789",
    "đã hoàn thành 42/46 nhiệm vụ, xếp hạng 82/82 xã phường",
    "vẫn có 17/2744 ý kiến không hài lòng (tỷ lệ 0.61%)",
    "số điểm đạt 10,947/16; 7/9 tiêu chí",
    "theo Biểu 06/VPCP/KSTT",
    "- UBND TX (b/c);\n- Các CBCC (th/h);\n- Lưu: VT, NV (56b).",
    "ban hành Thông báo số về kết luận cuộc họp",
    "từ ngày 10/7/2018 đến ngày 24/7/2018",
    "COVID-19 và 4G/LTE",
])
def test_not_references(text):
    assert found(text) == []


def test_own_number_is_not_a_reference():
    text = "Số: 45/KH-UBND\nTóc Tiên, ngày 06 tháng 5 năm 2021\nKẾ HOẠCH\nThực hiện Kế hoạch số 45/KH-UBND này"
    assert found(text, own="45/KH-UBND") == []
    # the header line is the document's own number even when it is not known yet
    assert triples("Số: 2286 /BC-UBND\nNha Trang, ngày 28 tháng 3 năm 2019\nBÁO CÁO") == []
    # another document's number stays
    assert triples("Thẩm tra Báo cáo số 303/BC-UBND", own="28/BC-HĐND-KTXH") == [
        ("Báo cáo", "303/BC-UBND", None)]


# --- offsets and order -------------------------------------------------------------

def test_offsets_hold_on_every_seed():
    n = 0
    for txt in sorted(SEEDS.glob("*.txt")):
        doc = DocText.from_text(to_stored(txt.read_text(encoding="utf-8")))
        refs_ = find_references(doc)
        assert [r.start for r in refs_] == sorted(r.start for r in refs_)
        for r in refs_:
            assert doc.pages[r.page - 1].text[r.start:r.end] == r.text
            if r.date_span:
                ds = r.date_span
                assert doc.pages[ds.page - 1].text[ds.start:ds.end] == ds.text
            n += 1
    assert n >= 80


def test_offsets_hold_on_many_pages():
    pages = [Page(1, "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ;"),
             Page(2, "Thực hiện Kế hoạch số\n25/KH-UBND ngày 21/12/2021;"),
             Page(3, "theo Công văn số 1475/UBND-NV ngày 29/4/2021 của UBND thị xã Phú Mỹ")]
    doc = DocText(pages)
    got = find_references(doc)
    assert [(r.page, r.number) for r in got] == [(1, "61/2018/NĐ-CP"), (2, "25/KH-UBND"),
                                                 (3, "1475/UBND-NV")]
    for r in got:
        assert pages[r.page - 1].text[r.start:r.end] == r.text


def test_one_entry_per_mention():
    text = "Nghị định 61/2018/NĐ-CP. Nghị định 61/2018/NĐ-CP. theo 61/2018/NĐ-CP."
    assert [r.number for r in found(text)] == ["61/2018/NĐ-CP"] * 3


# --- spaCy frame -------------------------------------------------------------------

def test_spacy_component():
    from extractor.pipeline import make_nlp
    nlp = make_nlp()
    doc = nlp("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về một cửa; "
              "theo Công văn số 1475/UBND-NV.")
    spans = doc.spans["references"]
    assert [s._.reference.number for s in spans] == ["61/2018/NĐ-CP", "1475/UBND-NV"]
    assert spans[0].text.startswith("Nghị định số 61/2018/NĐ-CP")
    assert spans[0]._.reference.issuer == "Chính phủ"
