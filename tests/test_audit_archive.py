"""Rules across mentions of one document and across documents of the archive."""
from extractor.audit.archive import ArchiveDoc, audit_archive, conflicting_citations, mention_of
from extractor.model import Reference


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
    own = doc("own", number="25/KH-UBND", date="2021-03-10", issuer="ubnd phường trần phú")
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
