"""Rules across mentions of one document and across documents of the archive."""
import pytest

from extractor.audit.archive import (ArchiveDoc, audit_archive, cited_issuer_key,
                                     conflicting_citations, mention_of)
from extractor.model import Reference, Span, Unit


def mention(number, date, issuer=None, start=0, text=None):
    text = text or f"số {number}"
    return Reference(doc_type=None, number=number, key=None, ordinal=None, year=None, symbol=None,
                     date=date, issuer=issuer, subject=None, relation=None, text=text, page=1,
                     start=start, end=start + len(text))


def conflicts(refs):
    return conflicting_citations([mention_of(r) for r in refs])


def test_one_decree_cited_with_two_years_and_three_dates():
    refs = [mention("61/2020/NĐ-CP", "2018-04-23", "Chính phủ", 0),
            mention("61/2020/NĐ-CP", "2020-04-23", "Chính phủ", 100),
            mention("61/2018/NĐ-CP", "2018-04-23", "Chính phủ", 200),
            mention("61/2020/NĐ-CP", "2019-04-23", None, 300)]
    f, = conflicts(refs)
    assert (f.rule, f.severity, f.number, f.date) == ("conflicting-citations", "error", "61/2018/NĐ-CP", "2018-04-23")
    assert f.suggestion == "61/2018/NĐ-CP ngày 23/4/2018"  # the catalog's form, not the majority
    assert [e.start for e in f.evidence] == [0, 100, 200, 300]


def test_majority_form_when_catalog_does_not_know():
    refs = [mention("13/2016/QĐ-UBND", "2016-06-17"), mention("13/2016/QĐ-UBND", "2016-06-17"),
            mention("13/2016/QĐ-UBND", "2016-07-17")]
    f, = conflicts(refs)
    assert f.suggestion == "13/2016/QĐ-UBND ngày 17/6/2016"


def test_consistent_or_distinct_documents_are_quiet():
    assert conflicts([mention("88/QĐ-UBND", "2021-03-31"), mention("88/QĐ-UBND", "2021-03-31")]) == []
    assert conflicts([mention("130/2005/NĐ-CP", "2005-10-17"), mention("130/2005/NĐ-CP", None)]) == []
    # individual numbers repeat every year: two documents
    assert conflicts([mention("01/KH-UBND", "2021-01-04"), mention("01/KH-UBND", "2020-01-06")]) == []
    # two normative decisions of different years and dates
    assert conflicts([mention("13/2016/QĐ-UBND", "2016-06-17"), mention("13/2019/QĐ-UBND", "2019-03-05")]) == []
    # different issuers named
    assert conflicts([mention("25/KH-UBND", "2021-03-10", "UBND tỉnh"),
                      mention("25/KH-UBND", "2021-12-21", "UBND phường")]) == []


def test_same_individual_number_one_year_two_dates_says_so():
    f, = conflicts([mention("25/KH-UBND", "2021-03-10"), mention("25/KH-UBND", "2021-12-21")])
    assert (f.severity, f.number) == ("warning", "25/KH-UBND")
    assert "năm 2021" in f.message and "10/3/2021" in f.message and "21/12/2021" in f.message


def doc(sha, number=None, date=None, issuer="hd/tran-phu", refs=()):
    return ArchiveDoc(sha256=sha, path=f"{sha}.pdf", number=number, issuer_key=issuer, doc_type="Báo cáo",
                      date=date, period=None, references=list(refs))


def test_cross_document_conflict_filed_on_the_disagreeing_document():
    a = doc("a", refs=[mention("61/2018/NĐ-CP", "2018-04-23", start=5)])
    b = doc("b", refs=[mention("61/2018/NĐ-CP", "2018-04-23", start=7)])
    c = doc("c", refs=[mention("61/2018/NĐ-CP", "2019-04-23", start=9)])
    found = [f for f in audit_archive([a, b, c]) if f.rule == "conflicting-citations"]
    assert [(f.doc_sha256, f.suggestion, [e.start for e in f.evidence]) for f in found] == [
        ("c", "61/2018/NĐ-CP ngày 23/4/2018", [9])]


def test_local_numbers_link_across_documents_only_through_the_issuer():
    a = doc("a", refs=[mention("25/KH-UBND", "2021-03-10")])
    b = doc("b", refs=[mention("25/KH-UBND", "2021-12-21")])
    assert [f for f in audit_archive([a, b]) if f.rule == "conflicting-citations"] == []


def test_own_number_is_authoritative_for_its_date():
    own = doc("own", number="25/KH-UBND", date="2021-03-10", issuer="phường trần phú")
    citing = doc("cit", refs=[mention("25/KH-UBND", "2021-12-21", issuer="UBND phường Trần Phú", start=3)])
    f, = [f for f in audit_archive([own, citing]) if f.rule == "conflicting-citations"]
    assert (f.doc_sha256, f.suggestion) == ("cit", "25/KH-UBND ngày 10/3/2021")


def test_numbering_out_of_order_files_on_the_odd_one():
    docs = [doc("a", "10/BC-UBND", "2021-02-01"), doc("b", "20/BC-UBND", "2021-03-01"),
            doc("c", "15/BC-UBND", "2021-05-20"), doc("d", "30/BC-UBND", "2021-04-01"),
            doc("e", "40/BC-UBND", "2021-06-01"),
            doc("x", "5/BC-UBND", "2021-12-01", issuer="other")]
    found = [f for f in audit_archive(docs) if f.rule == "numbering-out-of-order"]
    assert [(f.doc_sha256, f.severity, f.number) for f in found] == [("c", "warning", "15/BC-UBND")]


def test_numbering_in_order_or_other_year_is_quiet():
    docs = [doc("a", "10/BC-UBND", "2021-02-01"), doc("b", "20/BC-UBND", "2021-03-01"),
            doc("c", "05/BC-UBND", "2022-01-10")]
    assert audit_archive(docs) == []


# ---------------------------------------------------------------- cited issuers resolved to units
NHA_TRANG = Unit(name="thành phố Nha Trang", level="huyện", province="Khánh Hòa", key="thành phố nha trang")
VINH_HAI = Unit(name="phường Vĩnh Hải", level="xã", district="thành phố Nha Trang", province="Khánh Hòa",
                key="phường vĩnh hải")
CAM_RANH = Unit(name="thành phố Cam Ranh", level="huyện", province="Khánh Hòa", key="thành phố cam ranh")
TRUC_BACH = Unit(name="phường Trúc Bạch", level="xã", district="quận Ba Đình", province="Hà Nội",
                 key="phường trúc bạch")
KH_PROVINCE = Unit(name="tỉnh Khánh Hòa", level="tỉnh", province="Khánh Hòa", key="tỉnh khánh hòa")


@pytest.mark.parametrize("issuer,unit,key", [
    ("UBND thành phố", NHA_TRANG, "thành phố nha trang"),  # the citing city itself
    ("Ủy ban nhân dân Thành phố", VINH_HAI, "thành phố nha trang"),  # the ward's city
    ("UBND tỉnh", VINH_HAI, "tỉnh khánh hòa"),
    ("UBND tỉnh Khánh Hòa", None, "tỉnh khánh hòa"),
    ("UBND TP. Nha Trang", CAM_RANH, "thành phố nha trang"),  # named: context not needed
    ("UBND thành phố", TRUC_BACH, "thành phố hà nội"),  # a centrally-run city
    ("UBND tỉnh", TRUC_BACH, None),  # Hà Nội has no tỉnh
    ("UBND quận", TRUC_BACH, "quận ba đình"),
    ("HĐND tỉnh", NHA_TRANG, "hội đồng nhân dân tỉnh khánh hòa"),
    ("Sở Nội vụ", NHA_TRANG, "sở nội vụ tỉnh khánh hòa"),
    ("Phòng Nội vụ", VINH_HAI, "phòng nội vụ thành phố nha trang"),
    ("UBND thành phố", None, None),  # which city?
    ("UBND thành phố", KH_PROVINCE, None),
    ("UBND", NHA_TRANG, None),
    ("Thành ủy", NHA_TRANG, None),  # a party committee of some city
    ("Chính phủ", None, "chính phủ"),
    ("Bộ Nội vụ", VINH_HAI, "bộ nội vụ"),
    (None, NHA_TRANG, None),
])
def test_cited_issuer_resolves_in_the_citing_units_context(issuer, unit, key):
    assert cited_issuer_key(issuer, unit) == key


def udoc(sha, unit, number=None, date=None, refs=(), number_span=None):
    return ArchiveDoc(sha256=sha, path=f"{sha}.pdf", number=number, issuer_key=unit.key, doc_type="Báo cáo",
                      date=date, period=None, references=list(refs), unit=unit, number_span=number_span)


def cite(number, date, issuer, start=0):
    text = f"Kế hoạch số {number} ngày {date[8:]}/{date[5:7]}/{date[:4]} của {issuer}"
    return mention(number, date, issuer, start, text)


def test_partial_issuer_links_a_citation_to_the_citing_units_own_city():
    plan = udoc("plan", NHA_TRANG, "100/KH-UBND", "2021-03-01")
    ward = udoc("ward", VINH_HAI, refs=[cite("100/KH-UBND", "2021-03-15", "UBND thành phố", 40)])
    f, = [f for f in audit_archive([plan, ward]) if f.rule == "conflicting-citations"]
    assert (f.doc_sha256, f.severity, f.number, f.suggestion) == (
        "ward", "warning", "100/KH-UBND", "100/KH-UBND ngày 01/3/2021")
    assert [e.start for e in f.evidence] == [40]
    assert "15/3/2021" in f.message and "01/3/2021" in f.message


def test_same_partial_issuer_in_another_city_names_another_document():
    plan = udoc("plan", NHA_TRANG, "100/KH-UBND", "2021-03-01")
    other = udoc("cr", CAM_RANH, refs=[cite("100/KH-UBND", "2021-03-15", "UBND thành phố")])
    unknown = udoc("?", Unit(name="phường Lộc Thọ", level="xã", key="phường lộc thọ"),
                   refs=[cite("100/KH-UBND", "2021-03-20", "UBND thành phố")])
    assert audit_archive([plan, other, unknown]) == []


def test_province_number_cited_by_two_cities_with_two_dates():
    a = udoc("a", NHA_TRANG, refs=[cite("50/KH-UBND", "2021-05-04", "UBND tỉnh")])
    b = udoc("b", CAM_RANH, refs=[cite("50/KH-UBND", "2021-06-04", "UBND tỉnh Khánh Hòa")])
    found = [(f.doc_sha256, f.rule) for f in audit_archive([a, b])]
    assert sorted(found) == [("a", "conflicting-citations"), ("b", "conflicting-citations")]


def test_numbering_out_of_order_across_own_numbers_and_resolved_citations():
    span = Span(1, 0, 15, "Số: 120/BC-UBND")
    docs = [udoc("a", NHA_TRANG, "150/BC-UBND", "2021-05-04"),
            udoc("b", NHA_TRANG, "200/BC-UBND", "2021-06-10"),
            udoc("c", NHA_TRANG, "250/BC-UBND", "2021-08-02"),
            # the ward cites the city's report 120 as of 01/7/2021: after 150 and 200
            udoc("w", VINH_HAI, refs=[cite("120/BC-UBND", "2021-07-01", "UBND thành phố", 7)]),
            # the same numbers of another city are another series
            udoc("x", CAM_RANH, "90/BC-UBND", "2021-12-01", number_span=span)]
    f, = [f for f in audit_archive(docs) if f.rule == "numbering-out-of-order"]
    assert (f.doc_sha256, f.severity, f.number, f.date) == ("w", "warning", "120/BC-UBND", "2021-07-01")
    assert [e.start for e in f.evidence] == [7]
    assert "150/BC-UBND (ngày 04/5/2021)" in f.message


def test_numbering_out_of_order_on_own_numbers_points_at_the_number():
    docs = [udoc("a", NHA_TRANG, "10/BC-UBND", "2021-02-01", number_span=Span(1, 3, 17, "Số: 10/BC-UBND")),
            udoc("b", NHA_TRANG, "20/BC-UBND", "2021-03-01", number_span=Span(1, 3, 17, "Số: 20/BC-UBND")),
            udoc("c", NHA_TRANG, "15/BC-UBND", "2021-05-20", number_span=Span(2, 5, 19, "Số: 15/BC-UBND")),
            udoc("d", NHA_TRANG, "30/BC-UBND", "2021-04-01")]
    f, = [f for f in audit_archive(docs) if f.rule == "numbering-out-of-order"]
    assert f.doc_sha256 == "c"
    assert [(e.page, e.start, e.end, e.text) for e in f.evidence] == [(2, 5, 19, "Số: 15/BC-UBND")]


def test_a_cited_date_contradicting_the_document_is_a_conflict_not_an_ordering_error():
    docs = [udoc("a", NHA_TRANG, "10/BC-UBND", "2021-02-01"),
            udoc("b", NHA_TRANG, "20/BC-UBND", "2021-03-01"),
            udoc("w", VINH_HAI, refs=[cite("10/BC-UBND", "2021-09-01", "UBND thành phố")])]
    assert [(f.doc_sha256, f.rule) for f in audit_archive(docs)] == [("w", "conflicting-citations")]
