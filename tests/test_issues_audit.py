"""Audit regressions found on documents nobody tuned for, each named after what went wrong."""
from extractor.audit.document import audit_document
from extractor.find.references import find_references
from extractor.model import DocumentMeta, Extraction, Loaded, Page
from extractor.normalize import DocText


def audit(text, number=None, date=None):
    pages = [Page(1, text)]
    doc = DocText(pages)
    meta = DocumentMeta(number=number, date=date)
    ex = Extraction(source=Loaded(path="t.txt", sha256="0", format="txt", pages=pages),
                    document=meta, references=find_references(doc, own_number=number))
    return [(f.rule, f.severity, f.number, f.suggestion) for f in audit_document(ex)]


def test_party_regulation_numbered_qd_tw_is_no_type_mismatch():
    # since 2021 the Party Central Committee numbers its Quy định "…-QĐ/TW": a
    # type-symbol-mismatch warning was raised on a correct citation
    assert audit("Thực hiện Quy định số 24-QĐ/TW ngày 30/7/2021 của Ban Chấp hành Trung ương "
                 "về thi hành Điều lệ Đảng.") == []


def test_state_regulation_with_a_decision_number_is_still_reported():
    found = audit("Thực hiện Quy định số 12/QĐ-UBND ngày 05/3/2020 của UBND tỉnh.")
    assert [f[:2] for f in found] == [("type-symbol-mismatch", "warning")]


def test_symbol_missing_its_hyphen_is_malformed_not_another_type():
    # "61/2018/NĐCP" was reported as a symbol not carrying the decree's abbreviation
    assert audit("Thực hiện Nghị định số 61/2018/NĐCP ngày 23/4/2018 của Chính phủ.") == [
        ("malformed-number", "info", "61/2018/NĐ-CP", "61/2018/NĐ-CP")]


def test_unknown_symbol_glued_to_no_issuer_is_still_a_mismatch():
    found = audit("Thực hiện Nghị định số 61/2018/NĐXYZ ngày 23/4/2018 của Chính phủ.")
    assert ("type-symbol-mismatch" in [f[0] for f in found])
