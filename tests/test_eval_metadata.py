"""Gold-based check: doc_type, number and date exact on every seed, and on every
format variant when the loader is importable (skipped otherwise)."""
from __future__ import annotations

import importlib.util
import os
import shutil
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))

import eval_metadata  # noqa: E402

EXACT = ("doc_type", "number", "date")


def _assert_exact(res):
    bad = [(row["file"], f, v["got"], v["gold"]) for row in res["rows"]
           for f, v in row["fields"].items() if f in EXACT and not v["ok"]]
    assert not bad, bad
    for f in EXACT:
        assert res["per_field"][f]["total"] == len(res["rows"]), f  # every file was scored


def test_seeds_exact():
    res = eval_metadata.evaluate(eval_metadata.seed_cases())
    assert len(res["rows"]) == 5
    _assert_exact(res)


def test_formats_exact():
    cases, note = eval_metadata.format_cases()
    assert not note, note
    if shutil.which("tesseract") is None:  # the scan needs OCR
        cases = [c for c in cases if ".scan." not in c[0]]
    assert cases
    missing = [name for name, loaded, _ in cases if loaded is None]
    assert not missing, f"loader failed on {missing}"
    _assert_exact(eval_metadata.evaluate(cases))


def test_a_wrong_answer_is_caught():
    from extractor.model import DocumentMeta
    cases = eval_metadata.seed_cases()[:1]
    real = eval_metadata.find_metadata
    try:
        eval_metadata.find_metadata = lambda doc, loaded: DocumentMeta(doc_type="Tờ trình")
        res = eval_metadata.evaluate(cases)
    finally:
        eval_metadata.find_metadata = real
    assert res["per_field"]["doc_type"]["correct"] == 0


def test_unseen_exact():
    """doc_type, number and date exact on documents written after tuning."""
    cases = eval_metadata.unseen_cases()
    assert len(cases) >= 8
    _assert_exact(eval_metadata.evaluate(cases))


def test_unseen_skips_gold_files_without_a_document(tmp_path, monkeypatch):
    # figure-only gold files of the same folder leave `document` empty
    (tmp_path / "corpora" / "unseen").mkdir(parents=True)
    (tmp_path / "corpora" / "unseen" / "1_a.txt").write_text("Báo cáo", encoding="utf-8")
    (tmp_path / "corpora" / "unseen" / "1_a.gold.json").write_text(
        '{"document": {"doc_type": "Báo cáo"}}', encoding="utf-8")
    (tmp_path / "corpora" / "unseen" / "2_b.gold.json").write_text(
        '{"document": {}}', encoding="utf-8")
    monkeypatch.setattr(eval_metadata, "ROOT", str(tmp_path))
    assert [c[0] for c in eval_metadata.unseen_cases()] == [os.path.join("corpora", "unseen", "1_a.txt")]
