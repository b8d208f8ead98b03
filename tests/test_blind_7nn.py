"""The 7NN blind round of issue 11 (saved portal pages with each date form, news reposts of
decisions, thuvienphapluat-style dumps with hard line breaks, Party documents, compound
types, long law names, glued words, issuers with a comma, statistics pages), measured on
both evals.

Until the fixes of issue 11 land this test REPORTS the 7NN figures (printed; run with -s)
and does not assert their level: the blind figures are recorded in README. What it does
assert can fail today: every 7NN document is found and read (the .html pages through
extractor.load), every one is scored on doc_type, number and date, the set is reported
apart from the tuned-on unseen sets, and every reference span is exact. When the fixes
land, replace the report with floors (issue 11: >= 0.95 per field, F1 >= 0.97)."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import eval_metadata  # noqa: E402

_spec = importlib.util.spec_from_file_location("eval_references",
                                               ROOT / "scripts" / "eval_references.py")
eval_references = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(eval_references)

EXACT = ("doc_type", "number", "date")


def _blind_gold_names() -> set[str]:
    return {p.name for p in (ROOT / "corpora" / "unseen").glob("7*.gold.json")}


def test_blind_7nn_metadata_is_measured_and_reported():
    cases = eval_metadata.unseen_cases(blind=True)
    assert len(cases) >= 28
    assert {os.path.basename(name).rsplit(".", 1)[0] + ".gold.json" for name, _, _ in cases} \
        == _blind_gold_names()
    assert any(name.endswith(".html") for name, _, _ in cases)
    unread = [name for name, loaded, _ in cases if loaded is None or not loaded.pages]
    assert not unread, unread
    # the blind set is not mixed into the tuned-on unseen sets
    tuned = {name for name, _, _ in eval_metadata.unseen_cases()}
    assert not tuned & {name for name, _, _ in cases}
    res = eval_metadata.evaluate(cases)
    for f in EXACT:
        assert res["per_field"][f]["total"] == len(cases), f
    print("\n7NN blind metadata: " + ", ".join(
        f"{f} {res['per_field'][f]['correct']}/{res['per_field'][f]['total']}" for f in EXACT))


def test_blind_7nn_references_are_measured_and_reported():
    files = eval_references.unseen_gold_files(blind=True)
    assert {f.name for f in files} == _blind_gold_names()
    scores = eval_references.evaluate_unseen(blind=True)
    assert len(scores) == len(files)
    t = eval_references.totals(scores)
    assert t["gold"] >= 120
    assert t["bad_spans"] == 0
    f1 = 2 * t["precision"] * t["recall"] / (t["precision"] + t["recall"]) \
        if t["precision"] + t["recall"] else 0.0
    print(f"\n7NN blind references: P {t['precision']:.3f} R {t['recall']:.3f} F1 {f1:.3f} "
          f"({t['tp']} of {t['gold']} gold, {t['found']} found)")


def test_blind_7nn_is_its_own_set_in_both_reports(capsys):
    assert eval_metadata.main(["--no-formats"]) == 0
    assert "== blind 7NN" in capsys.readouterr().out
    assert eval_references.main(["--seeds-only"]) == 0
    out = capsys.readouterr().out
    assert "== unseen" in out and "== blind 7NN" in out
