"""Regressions found by tests/test_fuzz.py: input text in, expected behaviour out.
Each test is named after what broke."""
from __future__ import annotations

import json

from extractor.extract import extract_loaded, to_contract
from extractor.model import Loaded, Page


def _extract(*page_texts: str):
    pages = [Page(i + 1, t) for i, t in enumerate(page_texts)]
    return extract_loaded(Loaded(path="x", sha256="", format="txt", pages=pages))


def test_criterion_maximum_with_sixty_digits_does_not_crash_the_audit():
    # decimal.InvalidOperation in fmt_en: quantize beyond the 28-digit default precision
    big = "9" * 60
    ex = _extract("Chỉ số cải cách hành chính năm 2023 của UBND xã Hòa An đạt 88/100 điểm, "
                  "cụ thể:\n- Cải cách thể chế: đạt 4,5/5 điểm\n"
                  f"- Hiện đại hóa hành chính: đạt 9/{big} điểm\n")
    maxima = [f for f in ex.findings if f.rule == "sum-mismatch" and "tối đa" in f.message]
    assert len(maxima) == 1
    assert "1.000.000.000.000.000" in maxima[0].message  # the sum, with VN separators
    json.dumps(to_contract(ex), allow_nan=False)


def test_formatting_huge_and_non_finite_figures():
    from extractor.audit.arithmetic import fmt_en, fmt_vi
    assert fmt_vi(10 ** 40) == "10" + ".000" * 13
    assert fmt_vi(97.95) == "97,95"
    assert fmt_en(float("inf")) == "inf"
    assert fmt_en(float("nan")) == "nan"
