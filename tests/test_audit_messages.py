"""Message templates are data: each renders with its sample, Vietnamese and English."""
import pytest

from extractor.audit.messages import finding, placeholders, render, templates
from extractor.model import Span

RULE_IDS = {"number-year-vs-date", "normative-number-missing-year", "conflicting-citations",
            "catalog-mismatch", "superseded-reference", "reference-after-document",
            "reference-without-number", "type-symbol-mismatch", "malformed-number",
            "invalid-date", "sum-mismatch", "rate-mismatch", "score-exceeds-max",
            "numbering-out-of-order", "unit-mismatch"}


@pytest.mark.parametrize("key", sorted(templates()), ids=lambda k: f"{k[0]}/{k[1]}")
def test_template_renders_with_its_sample(key):
    t = templates()[key]
    assert key[0] in RULE_IDS or key[0].startswith("_")
    assert placeholders(t["message"]) == placeholders(t["message_en"]) or key[0] == "superseded-reference"
    sample = t["sample"]
    assert placeholders(t["message"]) | placeholders(t["message_en"]) <= set(sample)
    vi, en = render(*key, **sample)
    assert "{" not in vi and "{" not in en and vi != en


def test_unchecked_row_caps_severity_and_says_so():
    f = finding("catalog-mismatch", "date", [Span(1, 0, 3, "abc")], number="61/2020/NĐ-CP",
                suggestion="61/2018/NĐ-CP ngày 23/4/2018", unchecked="61/2020/NĐ-CP",
                catalog_date_vi="29/5/2020", date_vi="23/4/2020")
    assert f.severity == "warning"
    assert f.message.endswith("(Lưu ý: thông tin danh mục về 61/2020/NĐ-CP chưa được kiểm chứng.)")
    assert "Đề xuất: 61/2018/NĐ-CP ngày 23/4/2018." in f.message
    assert "Suggested: 61/2018/NĐ-CP ngày 23/4/2018." in f.message_en


def test_messages_are_one_line_even_when_values_carry_line_breaks():
    f = finding("reference-without-number", "default", [Span(1, 0, 20, "Thông báo số\nvề kết")],
                doc_type="Thông báo", text="Thông báo số\nvề  kết")
    assert f.message == "Thông báo được nhắc đến với chữ “số” nhưng không ghi số hiệu: “Thông báo số về kết”."
    assert "\n" not in f.message_en and "  " not in f.message_en
    assert f.evidence[0].text == "Thông báo số\nvề kết"  # evidence keeps the stored text
