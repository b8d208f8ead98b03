"""Single-document audit: periods, text scans, and the gold findings of the seeds."""
import datetime as dt
import json
from pathlib import Path

import pytest

from extractor.audit.document import audit_document, period_end
from extractor.audit.text_checks import invalid_dates, references_without_number
from extractor.model import DocumentMeta, Extraction, Loaded, Page
from extractor.normalize import DocText

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"


@pytest.mark.parametrize("period,year,end", [
    ("6 tháng năm 2021", None, dt.date(2021, 6, 30)),
    ("6 tháng đầu năm 2021", None, dt.date(2021, 6, 30)),
    ("6 tháng cuối năm 2021", None, dt.date(2021, 12, 31)),
    ("năm 2018", None, dt.date(2018, 12, 31)),
    ("quý I năm 2025", None, dt.date(2025, 3, 31)),
    ("Quý III/2024", None, dt.date(2024, 9, 30)),
    ("9 tháng", 2019, dt.date(2019, 9, 30)),
    ("tháng 2 năm 2020", None, dt.date(2020, 2, 29)),
    ("giai đoạn 2016-2020", None, dt.date(2020, 12, 31)),
    ("9 tháng", None, None),
    (None, 2020, None),
])
def test_period_end(period, year, end):
    assert period_end(period, year) == end


def _ex(text, refs=(), date=None, period=None):
    return Extraction(source=Loaded(path="t.txt", sha256="0", format="txt", pages=[Page(1, text)]),
                      document=DocumentMeta(date=date, period=period), references=list(refs))


def test_invalid_date_found_with_exact_span():
    text = "Ban hành Kế hoạch số 12/KH-UBND ngày 31/02/2019 và ngày 29 tháng 2 năm 2019, ngày 28/02/2019."
    found = invalid_dates(DocText.from_text(text))
    assert [(f.rule, f.severity, f.evidence[0].text) for f in found] == [
        ("invalid-date", "error", "31/02/2019"), ("invalid-date", "error", "ngày 29 tháng 2 năm 2019")]
    for f in found:
        e = f.evidence[0]
        assert text[e.start:e.end] == e.text


def test_valid_dates_and_non_dates_are_quiet():
    text = "ngày 29/02/2020, tiêu chuẩn ISO 9001:2015, tỷ lệ 17/2744, giai đoạn 2016-2020, 12.5.2021"
    assert invalid_dates(DocText.from_text(text)) == []


def test_reference_without_number():
    text = "Sau đánh giá đã ban hành Thông báo số về kết luận cuộc họp xem xét Lãnh đạo."
    f, = references_without_number(DocText.from_text(text), _ex(text))
    assert (f.rule, f.severity) == ("reference-without-number", "error")
    assert f.evidence[0].text == "Thông báo số về kết luận cuộc"
    assert "Thông báo" in f.message


def test_reference_with_blank_ordinal_warns():
    text = "Dự thảo Quyết định số    /QĐ-UBND ngày   tháng   năm 2021."
    f, = references_without_number(DocText.from_text(text), _ex(text))
    assert (f.rule, f.severity) == ("reference-without-number", "warning")


@pytest.mark.parametrize("text", [
    "Thông báo số 188/TB-UBND ngày 20/3/2018",
    "báo cáo số liệu thống kê về thủ tục hành chính",
    "Kế hoạch số lượng cán bộ",
    "ban hành thông báo số về kết luận",  # lower-case type word: prose
])
def test_reference_without_number_counter_examples(text):
    assert references_without_number(DocText.from_text(text), _ex(text)) == []


# ---------------------------------------------------------------- gold
def _seed_extraction(gold_path):
    from extractor.find.references import find_references
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
    pages = [Page(1, text)]
    d = gold["document"]
    refs = find_references(DocText(pages), own_number=d.get("number"))
    ex = Extraction(source=Loaded(path=str(gold_path), sha256="0", format="txt", pages=pages),
                    document=DocumentMeta(doc_type=d.get("doc_type"), number=d.get("number"),
                                          date=d.get("date"), period=d.get("period")),
                    references=refs)
    try:  # figures feed the arithmetic rules (rate-mismatch of seed 004)
        from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
        doc = DocText(pages)
        ex.ratios, ex.dossier_stats = find_ratios(doc), find_dossier_stats(doc, ex.document)
        ex.scores, ex.tasks = find_scores(doc, ex.document), find_tasks(doc, ex.document)
    except ImportError:
        pass
    return gold, ex


def _matches(expected, f):
    return f.rule == expected["rule"] and (
        expected.get("number") in (None, f.number) or expected.get("number") == f.suggestion) and (
        expected.get("date") in (None, f.date))


@pytest.mark.parametrize("gold_path", sorted(SEEDS.glob("*.gold.json")), ids=lambda p: p.name[:3])
def test_gold_findings_reported_and_no_unexpected_error(gold_path):
    gold, ex = _seed_extraction(gold_path)
    found = audit_document(ex)
    for f in found:
        for e in f.evidence:
            assert e.page == 1 and ex.source.pages[0].text[e.start:e.end] == e.text
    arithmetic_rules = {"sum-mismatch", "rate-mismatch", "score-exceeds-max", "unit-mismatch"}
    try:
        import extractor.audit.arithmetic  # noqa: F401
        have_arithmetic = True
    except ImportError:
        have_arithmetic = False
    for expected in gold["expected_findings"]:
        if expected["rule"] in arithmetic_rules and not have_arithmetic:
            continue
        assert any(_matches(expected, f) for f in found), (expected, [(f.rule, f.number, f.date) for f in found])
    unexpected = [f for f in found if f.severity == "error"
                  and not any(_matches(e, f) for e in gold["expected_findings"])]
    assert unexpected == []


def test_wrapped_numbers_are_not_malformed_and_messages_are_one_line():
    # the PDF layout of a city report wraps numbers across lines
    from extractor.find.references import find_references
    text = ("Thực hiện Quyết định số 154/QĐ-\nUBND ngày 26/01/2018 của UBND thành phố và Công văn "
            "số 5660/UBND-\nNV ngày 15/8/2018; Kế hoạch số 16 /KH-UBND ngày 10/02/2018.\n")
    doc = DocText.from_text(text)
    ex = _ex(text, find_references(doc), date="2019-03-28")
    found = [f for f in audit_document(ex) if f.rule == "malformed-number"]
    assert [(f.number, f.evidence[0].text.split(" ngày")[0]) for f in found] == [
        ("16/KH-UBND", "Kế hoạch số 16 /KH-UBND")]
    assert all("\n" not in f.message + f.message_en for f in audit_document(ex))
