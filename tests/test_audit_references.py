"""Per-mention audit rules, spec style: a hand-built mention in, exact findings out."""
import datetime as dt

import pytest

from extractor.audit.references import (Context, check_after_document, check_catalog,
                                        check_malformed, check_missing_year, check_number_year,
                                        check_superseded, check_type_symbol)
from extractor.model import Reference
from extractor.normalize import DocText


def mention(text, number, date=None, doc_type=None, issuer=None, relation=None, subject=None):
    return Reference(doc_type=doc_type, number=number, key=None, ordinal=None, year=None,
                     symbol=None, date=date, issuer=issuer, subject=subject, relation=relation,
                     text=text, page=1, start=10, end=10 + len(text))


def one(findings):
    assert len(findings) == 1, findings
    return findings[0]


# ---------------------------------------------------------------- number-year-vs-date
def test_year_in_number_differs_from_date_catalog_decides_number_is_wrong():
    r = mention("Nghị định 61/2020/NĐ-CP ngày 23/4/2018", "61/2020/NĐ-CP", "2018-04-23", "Nghị định")
    f = one(check_number_year(r, Context()))
    assert (f.rule, f.severity, f.number, f.date) == ("number-year-vs-date", "error", "61/2020/NĐ-CP", "2018-04-23")
    assert f.suggestion == "61/2018/NĐ-CP ngày 23/4/2018"
    assert f.message.startswith("Số hiệu 61/2020/NĐ-CP mang năm 2020")
    assert "2018" in f.message_en
    assert [(e.page, e.start, e.end, e.text) for e in f.evidence] == [(1, 10, 10 + len(r.text), r.text)]


def test_year_mismatch_same_day_month_as_catalog_suggests_catalog_form():
    r = mention("Nghị định 61/2020/NĐ-CP ngày 23/4/2019", "61/2020/NĐ-CP", "2019-04-23")
    assert one(check_number_year(r, Context())).suggestion == "61/2018/NĐ-CP ngày 23/4/2018"


def test_year_mismatch_unknown_document_suggests_date_year():
    r = mention("Quyết định số 29/2020/QĐ-UBND ngày 29/11/2018", "29/2020/QĐ-UBND", "2018-11-29")
    f = one(check_number_year(r, Context(date=dt.date(2021, 6, 1))))
    assert f.suggestion == "29/2018/QĐ-UBND ngày 29/11/2018"


def test_year_mismatch_implausible_date_year_gives_no_suggestion():
    r = mention("Quyết định số 29/2020/QĐ-UBND ngày 29/11/2028", "29/2020/QĐ-UBND", "2028-11-29")
    assert one(check_number_year(r, Context(date=dt.date(2021, 6, 1)))).suggestion is None


@pytest.mark.parametrize("number,date", [("61/2018/NĐ-CP", "2018-04-23"), ("88/QĐ-UBND", "2021-03-31"),
                                         ("61/2018/NĐ-CP", None), ("19-NQ/TW", "2017-10-25")])
def test_year_agrees_or_absent_no_finding(number, date):
    assert check_number_year(mention(number, number, date), Context()) == []


# ---------------------------------------------------------------- normative-number-missing-year
def test_decree_without_year_suggests_catalog_number():
    r = mention("Nghị định số 130/NĐ-CP ngày 17/10/2005", "130/NĐ-CP", "2005-10-17", "Nghị định")
    f = one(check_missing_year(r, Context()))
    assert (f.rule, f.severity, f.suggestion) == ("normative-number-missing-year", "error", "130/2005/NĐ-CP")


def test_circular_without_year_unknown_suggests_date_year():
    r = mention("Thông tư số 15/TT-BNV ngày 02/3/2019", "15/TT-BNV", "2019-03-02", "Thông tư")
    assert one(check_missing_year(r, Context())).suggestion == "15/2019/TT-BNV"


def test_decision_without_year_is_individual_unless_catalog_says_normative():
    individual = mention("Quyết định số 809/QĐ-UBND ngày 26/3/2021", "809/QĐ-UBND", "2021-03-26", "Quyết định")
    assert check_missing_year(individual, Context()) == []
    normative = mention("Quyết định số 45/QĐ-TTg ngày 19/10/2016", "45/QĐ-TTg", "2016-10-19", "Quyết định")
    assert one(check_missing_year(normative, Context())).suggestion == "45/2016/QĐ-TTg"


def test_old_style_decree_number_before_2000_only_warns():
    r = mention("Nghị định số 64/NĐ-CP ngày 27/9/1993", "64/NĐ-CP", "1993-09-27", "Nghị định")
    assert one(check_missing_year(r, Context())).severity == "warning"


# ---------------------------------------------------------------- type-symbol-mismatch
def test_decision_with_plan_symbol_is_error():
    f = one(check_type_symbol(mention("Quyết định số 12/KH-UBND", "12/KH-UBND", doc_type="Quyết định"), Context()))
    assert (f.rule, f.severity) == ("type-symbol-mismatch", "error")
    assert "Kế hoạch" in f.message


def test_decision_with_unknown_abbreviation_warns():
    f = one(check_type_symbol(mention("Quyết định số 12/UBND-NV", "12/UBND-NV", doc_type="Quyết định"), Context()))
    assert f.severity == "warning"


@pytest.mark.parametrize("doc_type,number", [
    ("Quyết định", "809/QĐ-UBND"), ("Kế hoạch", "469/KH-UBND-TP"), ("Công văn", "501/UBND-NV"),
    ("Nghị quyết", "19-NQ/TW"), ("Nghị quyết", "54/2017/QH14"), ("Luật", "80/2015/QH13"),
    ("Thông tư liên tịch", "05/2015/TTLT-BTP-BCA-BYT"), ("Chương trình hành động", "11-CTr/TU"),
    ("Báo cáo", "28/BC-HĐND-KTXH"), ("Nghị định", "61/2018/NÐ-CP")])
def test_type_and_symbol_agree(doc_type, number):
    assert check_type_symbol(mention(number, number, doc_type=doc_type), Context()) == []


# ---------------------------------------------------------------- malformed-number
def test_spaces_inside_number_is_info():
    r = mention("Kế hoạch số 16 /KH-UBND", "16/KH-UBND", doc_type="Kế hoạch")
    f = one(check_malformed(r, Context()))
    assert (f.rule, f.severity, f.suggestion) == ("malformed-number", "info", "16/KH-UBND")


def test_lookalike_and_missing_leading_zero():
    assert one(check_malformed(mention("Nghị định 61/2018/NÐ-CP", "61/2018/NÐ-CP"), Context())).suggestion == "61/2018/NĐ-CP"
    assert one(check_malformed(mention("Kế hoạch số 1/KH-UBND", "1/KH-UBND"), Context())).suggestion == "01/KH-UBND"
    assert check_malformed(mention("Kế hoạch số 01/KH-UBND", "01/KH-UBND"), Context()) == []
    assert check_malformed(mention("Quyết định 45/2016/QĐ-TTg", "45/2016/QĐ-TTg"), Context()) == []


def test_number_wrapped_across_a_line_break_is_not_malformed():
    # "154/QĐ-\nUBND": a PDF line wrap inside the number is layout, not the author's error
    for text, number in [("Quyết định số 154/QĐ-\nUBND ngày 26/01/2018", "154/QĐ-UBND"),
                         ("Công văn số 5660/UBND- \n NV ngày 15/8/2018", "5660/UBND-NV"),
                         ("Kế hoạch số 469/KH-UBND-\r\nTP", "469/KH-UBND-TP")]:
        assert check_malformed(mention(text, number), Context()) == []


def test_space_within_a_line_is_reported_even_when_the_number_also_wraps():
    f = one(check_malformed(mention("Nghị quyết số 35/NQ- CP ngày 16/5/2016", "35/NQ-CP"), Context()))
    assert (f.suggestion, f.message) == (
        "35/NQ-CP", "Số hiệu “35/NQ- CP” có khoảng trắng bên trong; viết đúng là 35/NQ-CP. Đề xuất: 35/NQ-CP.")
    f = one(check_malformed(mention("Kế hoạch số 16 /KH-\nUBND", "16/KH-UBND"), Context()))
    assert f.suggestion == "16/KH-UBND" and "\n" not in f.message and "\n" not in f.message_en


def test_lookalike_in_a_wrapped_number_is_still_reported():
    f = one(check_malformed(mention("Nghị định 61/2018/NÐ-\nCP", "61/2018/NÐ-CP"), Context()))
    assert f.suggestion == "61/2018/NĐ-CP" and "\n" not in f.message


# ---------------------------------------------------------------- reference-after-document
def test_cited_after_document_date():
    r = mention("Kế hoạch số 25/KH-UBND ngày 21/12/2021", "25/KH-UBND", "2021-12-21")
    f = one(check_after_document(r, Context(date=dt.date(2021, 5, 6))))
    assert (f.rule, f.severity, f.number, f.date) == ("reference-after-document", "error", "25/KH-UBND", "2021-12-21")
    assert check_after_document(r, Context(date=dt.date(2021, 12, 21))) == []


def test_cited_after_reported_period_when_document_has_no_date():
    r = mention("Kế hoạch số 25/KH-UBND ngày 21/12/2021", "25/KH-UBND", "2021-12-21")
    ctx = Context(period="6 tháng năm 2021", period_end=dt.date(2021, 6, 30))
    f = one(check_after_document(r, ctx))
    assert "6 tháng năm 2021" in f.message and "30/6/2021" in f.message
    # a report is written after its period: a citation a few weeks later is normal
    soon = mention("Kế hoạch số 30/KH-UBND ngày 10/7/2021", "30/KH-UBND", "2021-07-10")
    assert check_after_document(soon, ctx) == []


# ---------------------------------------------------------------- catalog-mismatch
def test_wrong_date_for_known_number():
    r = mention("Nghị định số 61/2018/NĐ-CP ngày 23/5/2018", "61/2018/NĐ-CP", "2018-05-23")
    f = one(check_catalog(r, Context()))
    assert (f.rule, f.severity, f.suggestion) == ("catalog-mismatch", "error", "61/2018/NĐ-CP ngày 23/4/2018")


def test_wrong_issuer_for_known_number_warns():
    r = mention("Thông tư 02/2017/TT-VPCP ngày 31/10/2017 của Bộ Nội vụ", "02/2017/TT-VPCP", "2017-10-31",
                issuer="Bộ Nội vụ")
    f = one(check_catalog(r, Context()))
    assert (f.rule, f.severity) == ("catalog-mismatch", "warning")
    assert "Văn phòng Chính phủ" in f.message


def test_number_of_another_document_with_subject_suggests_the_right_one():
    text = "Nghị định số 61/2020/NĐ-CP ngày 23/4/2020 của Chính phủ về một cửa, một cửa liên thông."
    r = mention(text, "61/2020/NĐ-CP", "2020-04-23", subject="về một cửa, một cửa liên thông")
    f = one(check_catalog(r, Context()))
    assert f.suggestion == "61/2018/NĐ-CP ngày 23/4/2018"
    assert f.severity == "warning"  # the 61/2020 row is unchecked
    assert "chưa được kiểm chứng" in f.message


def test_subject_read_from_text_when_mention_has_none():
    text = "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ về một cửa, một cửa liên thông trong giải quyết thủ tục hành chính"
    doc = DocText.from_text(text)
    r = Reference(doc_type="Nghị định", number="45/2020/NĐ-CP", key=None, ordinal=None, year=None,
                  symbol=None, date="2020-04-08", issuer=None, subject=None, relation=None,
                  text=text[:26], page=1, start=0, end=26)
    # own entry (thủ tục hành chính trên môi trường điện tử) shares "thủ tục hành chính";
    # the date matches no other entry: nothing to say
    assert check_catalog(r, Context(doc=doc)) == []


def test_catalog_agrees_or_number_unknown():
    ok = mention("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ", "61/2018/NĐ-CP", "2018-04-23",
                 issuer="Chính phủ")
    assert check_catalog(ok, Context()) == []
    assert check_catalog(mention("x", "12/2019/QĐ-UBND", "2019-09-13"), Context()) == []
    # individual numbers repeat yearly: 225/QĐ-TTg of another year is another document
    assert check_catalog(mention("x", "225/QĐ-TTg", "2019-02-04"), Context()) == []


# ---------------------------------------------------------------- superseded-reference
def test_replaced_decree_cited_as_basis_is_error():
    r = mention("Căn cứ Nghị định số 110/2004/NĐ-CP ngày 08/4/2004", "110/2004/NĐ-CP", "2004-04-08",
                relation="căn cứ")
    f = one(check_superseded(r, Context(date=dt.date(2021, 5, 6))))
    assert (f.rule, f.severity, f.suggestion) == ("superseded-reference", "error", "30/2020/NĐ-CP ngày 05/3/2020")


def test_replaced_decree_before_replacement_or_historical_relation_is_fine():
    r = mention("Nghị định số 110/2004/NĐ-CP", "110/2004/NĐ-CP", "2004-04-08", relation="căn cứ")
    assert check_superseded(r, Context(date=dt.date(2019, 3, 28))) == []
    r2 = mention("thay thế Nghị định số 110/2004/NĐ-CP", "110/2004/NĐ-CP", "2004-04-08", relation="thay thế")
    assert check_superseded(r2, Context(date=dt.date(2021, 5, 6))) == []


def test_replacement_from_memory_only_warns():
    r = mention("thực hiện Nghị định số 43/2006/NĐ-CP", "43/2006/NĐ-CP", "2006-04-25", relation="thực hiện")
    f = one(check_superseded(r, Context(date=dt.date(2019, 3, 28))))
    assert f.severity == "warning" and "chưa được kiểm chứng" in f.message


@pytest.mark.parametrize("relation", ["thực hiện", "căn cứ", None])
def test_replaced_decree_still_implemented_warns_whatever_the_in_force_relation(relation):
    # 43/2006/NĐ-CP (replacement known only from memory) cited in a report of 28/3/2019
    r = mention("Nghị định số 43/2006/NĐ-CP ngày 25/4/2006 của Chính phủ", "43/2006/NĐ-CP",
                "2006-04-25", "Nghị định", "Chính phủ", relation=relation)
    f = one(check_superseded(r, Context(date=dt.date(2019, 3, 28))))
    assert (f.rule, f.severity, f.number, f.suggestion) == (
        "superseded-reference", "warning", "43/2006/NĐ-CP", "16/2015/NĐ-CP ngày 14/02/2015")
    assert "16/2015/NĐ-CP" in f.message and "28/3/2019" in f.message


def test_amending_relation_is_not_a_citation_of_the_text_in_force():
    r = mention("sửa đổi Nghị định số 43/2006/NĐ-CP", "43/2006/NĐ-CP", "2006-04-25", relation="sửa đổi")
    assert check_superseded(r, Context(date=dt.date(2019, 3, 28))) == []


def test_suggestion_follows_the_chain_of_replacements_to_the_citing_date():
    r = mention("Nghị định số 43/2006/NĐ-CP", "43/2006/NĐ-CP", "2006-04-25", relation="thực hiện")
    f = one(check_superseded(r, Context(date=dt.date(2022, 3, 1))))
    assert f.suggestion == "60/2021/NĐ-CP ngày 21/6/2021"
    assert "16/2015/NĐ-CP" in f.message  # the direct replacement is still named
