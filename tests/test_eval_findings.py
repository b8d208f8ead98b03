"""scripts/eval_figures.py scores the audit's findings against gold: an expected finding is
found by its rule, its severity (when the gold gives one) and the numbers it is about, read
from the message by value whichever way the message writes them."""
import json
from pathlib import Path

import pytest

from extractor.model import Finding
from scripts_under_test import load_script

ROOT = Path(__file__).resolve().parent.parent


def _eval():
    return load_script("eval_figures")


EVAL = _eval()


def finding(rule, severity, message):
    return Finding(rule=rule, severity=severity, message=message, message_en="", evidence=[])


@pytest.mark.parametrize("message, value", [
    ("tổng các phần 411.486 khác tổng 412.386", 412386),
    ("tổng các phần 411,486 khác tổng 412,386", 412386),
    ("tỷ lệ nêu 97,5% khác 96,58%", 97.5),
    ("stated 97.5% but 96.58%", 97.5),
    ("tỷ lệ nêu 97,50%", 97.5),
])
def test_a_value_is_read_from_the_message_whichever_way_it_is_written(message, value):
    assert any(abs(n - value) < 1e-9 for n in EVAL.message_numbers(message))


def test_a_number_the_message_does_not_hold_is_not_read():
    assert 3165 not in EVAL.message_numbers("tổng 3.065 khác 3.010 + 55")


def test_an_expected_finding_needs_its_rule_severity_and_every_value():
    f = finding("sum-mismatch", "error", "Tổng 412.386 khác tổng các phần 411.486")
    expected = {"rule": "sum-mismatch", "severity": "error", "values": [412386]}
    assert EVAL.finding_matches(expected, f)
    assert not EVAL.finding_matches(dict(expected, rule="rate-mismatch"), f)
    assert not EVAL.finding_matches(dict(expected, severity="warning"), f)
    assert EVAL.finding_matches(dict(expected, severity="warning"), f, severity=False)
    assert not EVAL.finding_matches(dict(expected, values=[412386, 6842]), f)


def test_gold_without_values_or_severity_matches_on_the_rule_alone():
    # the 2NN-9NN golds: {"rule": ..., "note": ...}
    f = finding("rate-mismatch", "info", "Tỷ lệ 1,5% khác 2,0%")
    assert EVAL.finding_matches({"rule": "rate-mismatch", "note": "x"}, f)


def _gold_file(tmp_path, findings):
    txt = tmp_path / "X01_test.txt"
    txt.write_text("BÁO CÁO\nNăm 2024, UBND xã tiếp nhận 1.000 hồ sơ.\n", encoding="utf-8")
    gold = {"file": txt.name, "document": {}, "scores": [], "dossier_stats": [], "tasks": [],
            "ratios": [], "expected_findings": findings, "checks_that_hold": []}
    txt.with_suffix(".gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return txt


def test_a_missing_expected_finding_is_counted_and_printed(tmp_path, capsys):
    txt = _gold_file(tmp_path, [{"rule": "sum-mismatch", "severity": "error", "values": [999999]}])
    tot = EVAL.evaluate_set([txt])
    out = capsys.readouterr().out
    assert (tot["fx_found"], tot["fx_expected"]) == (0, 1)
    assert "findings expected found 0/1, wrong severity 0" in out
    assert "files with a false error" in EVAL._total_line("T", tot)
