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


def _arith(text):
    from extractor.audit.arithmetic import check_arithmetic
    from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
    pages = [Page(1, text)]
    doc = DocText(pages)
    meta = DocumentMeta()
    ex = Extraction(source=Loaded(path="t.txt", sha256="0", format="txt", pages=pages),
                    document=meta, scores=find_scores(doc, meta),
                    dossier_stats=find_dossier_stats(doc, meta), tasks=find_tasks(doc, meta),
                    ratios=find_ratios(doc))
    return [(f.rule, f.severity, f.suggestion) for f in check_arithmetic(ex)]


def test_small_rate_stated_a_quarter_too_low_is_an_error_not_a_warning():
    # blind 407: "quá hạn 248 hồ sơ, chiếm 1,5%" of 12.400 is 2,0% — half a point, but a
    # quarter of the rate
    text = "Cấp xã đã giải quyết 12.400 hồ sơ, trong đó đúng hạn 12.152 hồ sơ, quá hạn 248 hồ sơ, chiếm 1,5%."
    assert _arith(text) == [("rate-mismatch", "error", "2,0%")]
    # a large rate half a point off stays a warning
    text = "Huyện đã giải quyết 5.300 hồ sơ, trong đó đúng hạn 5.210 hồ sơ, đạt 98,8%."
    assert _arith(text) == [("rate-mismatch", "warning", "98,3%")]


def test_spaced_thousands_raise_no_sum_error():
    # blind 404/408: "6 150 hồ sơ" read as 6 and 150 made "quá hạn 92" exceed "giải quyết 6"
    text = ("Năm 2023, Bộ phận Một cửa huyện tiếp nhận 6 215 hồ sơ, đã giải quyết 6 150 hồ sơ, "
            "trong đó đúng hạn 6 058 hồ sơ, đạt 98,5 %; quá hạn 92 hồ sơ; đang giải quyết 65 hồ sơ.")
    assert _arith(text) == []


def test_survey_ratio_told_in_prose_is_checked():
    text = "Tổ khảo sát đã phát ra 1.500 phiếu, thu về 1.482 phiếu hợp lệ, đạt 97,8%."
    assert _arith(text) == [("rate-mismatch", "error", "98,8%")]
