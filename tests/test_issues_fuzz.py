"""Regressions found by tests/test_fuzz.py: input text in, expected behaviour out.
Each test is named after what broke."""
from __future__ import annotations

import json
import math

import pytest

from extractor.stages import extract_loaded, to_contract
from extractor.model import Loaded, Page


def _extract(*page_texts: str):
    pages = [Page(i + 1, t) for i, t in enumerate(page_texts)]
    return extract_loaded(Loaded(path="x", sha256="", format="txt", pages=pages))


def test_criterion_maximum_with_sixty_digits_does_not_crash_the_audit():
    # decimal.InvalidOperation in fmt_en (quantize beyond 28 digits); since numbers.py
    # reads no figure of 10^18 or more, such a maximum is simply not a figure
    big = "9" * 60
    ex = _extract("Chỉ số cải cách hành chính năm 2023 của UBND xã Hòa An đạt 88/100 điểm, "
                  "cụ thể:\n- Cải cách thể chế: đạt 4,5/5 điểm\n"
                  f"- Hiện đại hóa hành chính: đạt 9/{big} điểm\n")
    assert all((s.max or 0) < 10 ** 18 for s in ex.scores)
    assert [(s.value, s.max) for s in ex.scores if s.criterion] == [(4.5, 5)]
    json.dumps(to_contract(ex), allow_nan=False)


def test_formatting_huge_and_non_finite_figures():
    from extractor.audit.arithmetic import fmt_en, fmt_vi
    assert fmt_vi(10 ** 40) == "10" + ".000" * 13
    assert fmt_vi(97.95) == "97,95"
    assert fmt_en(float("inf")) == "inf"
    assert fmt_en(float("nan")) == "nan"


def test_stated_rate_against_a_sixty_digit_count_does_not_crash_the_audit():
    # decimal.InvalidOperation in rate_status (exact rate quantized beyond precision);
    # a 63-digit run is no count, so only the real figures are checked
    big = "351" + "0" * 60
    ex = _extract(f"Năm 2023, UBND tỉnh đã giải quyết 35 102 hồ sơ, đúng hạn {big} hồ sơ, "
                  "đạt 99,0%.")
    assert all(v is None or v < 10 ** 18 for d in ex.dossier_stats
               for v in (d.received, d.resolved, d.resolved_on_time))
    json.dumps(to_contract(ex), allow_nan=False)


def test_rate_status_rounds_huge_and_tiny_rates():
    from extractor.audit.arithmetic import rate_status
    status, exact, rounded = rate_status(99.0, 10 ** 50, 3)
    assert status == "mismatch"
    assert rounded.adjusted() == 51 and str(rounded).startswith("3333333333")
    assert rounded == rounded.to_integral_value()
    assert rate_status(66.6, 2, 3)[0] == "truncated"
    assert rate_status(66.7, 2, 3)[0] == "ok"
    assert rate_status(33.33, 1, 3)[0] == "ok"


def test_decimal_figure_beyond_float_range_is_not_infinite():
    from extractor.find.numbers import find_numbers
    text = "Thực hiện cơ chế một cửa: số điểm đạt 1" + "0" * 330 + ",5 điểm"
    assert all(math.isfinite(n.value) for n in find_numbers(text))
    ex = _extract(text)
    json.dumps(to_contract(ex), allow_nan=False)


INF_TEXT = "1" + "0" * 330 + ",5"  # was read as float('inf'): beyond any figure, not one


def test_dossier_figures_beyond_float_range_do_not_crash_the_audit():
    # decimal.InvalidOperation: inf - inf in the dossier sums; such digit runs are no
    # figures now, and nothing downstream sees an infinite value
    ex = _extract(f"Năm 2023, UBND tỉnh tiếp nhận {INF_TEXT} hồ sơ, đã giải quyết {INF_TEXT} "
                  f"hồ sơ, đúng hạn {INF_TEXT} hồ sơ, quá hạn {INF_TEXT} hồ sơ, đạt {INF_TEXT}%.")
    assert ex.dossier_stats == []
    json.dumps(to_contract(ex), allow_nan=False)


def test_ratio_figures_beyond_float_range_do_not_crash_the_audit():
    ex = _extract(f"có {INF_TEXT}/{INF_TEXT} ý kiến hài lòng, chiếm {INF_TEXT}%")
    assert [f.rule for f in ex.findings if f.rule == "rate-mismatch"] == []


def test_audit_leaves_out_non_finite_figures_and_checks_the_rest():
    from extractor.audit.arithmetic import check_dossier, check_scores, _finite_only
    from extractor.model import DossierStat, Score
    inf = float("inf")
    stat = DossierStat(scope="UBND tỉnh", period="năm 2023", text="t", page=1, start=0, end=1,
                       resolved=100, resolved_on_time=inf, resolved_late=inf, on_time_rate=97.0)
    clean = _finite_only(stat)
    assert clean.resolved_on_time is None and clean.resolved_late is None
    assert clean.resolved == 100 and stat.resolved_on_time == inf  # the fact is not changed
    assert check_dossier(clean) == []
    crit = [Score("PAR_INDEX_CRITERION", c, v, m, "điểm", 2023, None, None, None, None,
                  "t", 1, 0, 1) for c, v, m in (("A", 4.0, 5.0), ("B", inf, 6.0))]
    findings = check_scores([_finite_only(s) for s in crit])
    assert all(f.rule != "score-exceeds-max" for f in findings)
    assert _finite_only(crit[0]) is crit[0]


# ---- storing what was extracted: ingest must not crash the batch ---------------------

BIG = "9" * 40


@pytest.mark.parametrize("name,text", [
    ("task_counts", f"hoàn thành {BIG}/{BIG} nhiệm vụ, đạt 100%"),
    ("score_rank", f"Chỉ số CCHC năm 2023 đạt {BIG} điểm, xếp thứ {BIG}/{BIG}."),
    ("dossier_counts", f"Năm 2023, UBND tỉnh tiếp nhận {'9' * 400} hồ sơ, đã giải quyết "
                       f"{BIG} hồ sơ, đạt 99,0%."),
    ("non_finite_score", f"Chỉ số CCHC năm 2023 đạt {INF_TEXT} điểm."),
])
def test_figures_too_big_for_a_database_column_are_stored_without_them(db, tmp_path, name, text):
    # OverflowError: Python int too large to convert to SQLite INTEGER, raised out of ingest
    from sqlmodel import Session, select
    from extractor.ingest import ingest
    from extractor.store import models as t
    path = tmp_path / f"{name}.txt"
    path.write_text(text + "\nThực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018.\n",
                    encoding="utf-8")
    summary = ingest(db, [str(path)])
    assert (summary.new, summary.failed) == (1, 0)
    with Session(db) as s:
        doc = s.exec(select(t.Document)).one()
        assert doc.status == "ok"
        assert len(s.exec(select(t.Citation)).all()) == 1  # the rest of the document is kept
        for row in s.exec(select(t.TaskStat)).all():
            assert abs(row.done) < 2 ** 63 and abs(row.total) < 2 ** 63
        for row in s.exec(select(t.Score)).all():
            assert row.rank is None or abs(row.rank) < 2 ** 63
            assert row.value is None or math.isfinite(row.value)


def test_a_storage_error_records_the_document_as_failed_and_the_batch_goes_on(
        db, tmp_path, monkeypatch):
    from sqlmodel import Session, select
    import extractor.ingest as ingest_mod
    from extractor.store import models as t
    (tmp_path / "a.txt").write_text("Nghị định số 61/2018/NĐ-CP ngày 23/4/2018", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nghị định số 107/2021/NĐ-CP ngày 6/12/2021", encoding="utf-8")
    real = ingest_mod.store_extraction

    def store(session, ex, size=None, **kw):
        if ex.source.path.endswith("a.txt"):
            raise OverflowError("Python int too large to convert to SQLite INTEGER")
        return real(session, ex, size=size, **kw)
    monkeypatch.setattr(ingest_mod, "store_extraction", store)
    summary = ingest_mod.ingest(db, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert (summary.new, summary.failed) == (1, 1)
    assert summary.failures[0][1].startswith("lỗi nội bộ khi lưu / internal storage error: "
                                             "OverflowError")
    with Session(db) as s:
        rows = {d.path.rsplit("/", 1)[1]: d for d in s.exec(select(t.Document)).all()}
        assert rows["a.txt"].status == "failed" and rows["b.txt"].status == "ok"
        assert len(s.exec(select(t.Page)).all()) == 1  # nothing half-written for a.txt
