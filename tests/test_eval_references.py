"""Gold-based floor of the reference finder: P and R of (doc_type, number, date) >= 0.98
on the seeds and, when the loader is importable, on the derived formats."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("eval_references",
                                               ROOT / "scripts" / "eval_references.py")
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)

FLOOR = 0.98


def test_seeds_floor():
    t = ev.totals(ev.evaluate_seeds())
    assert t["gold"] >= 80
    assert t["precision"] >= FLOOR, t
    assert t["recall"] >= FLOOR, t
    assert t["bad_spans"] == 0
    # secondary targets: issuers read from the text, laws by name
    assert t["issuer_stated_accuracy"] >= 0.9, t
    assert t["laws_precision"] >= 0.9 and t["laws_recall"] >= 0.9, t


def test_formats_floor():
    scores, skipped = ev.evaluate_formats()
    assert scores, f"loader read no derived file: {skipped}"
    t = ev.totals(scores)
    assert t["precision"] >= FLOOR, (t, skipped)
    assert t["recall"] >= FLOOR, (t, skipped)
    assert t["bad_spans"] == 0




def test_unseen_floor():
    """Documents written after the finder was tuned (corpora/unseen), reported apart."""
    files = ev.unseen_gold_files()
    assert len(files) >= 8
    scores = ev.evaluate_unseen()
    assert set(scores) == {f.name[: -len(".gold.json")] + ".txt" for f in files}
    t = ev.totals(scores)
    assert t["gold"] >= 50
    assert t["precision"] >= FLOOR, t
    assert t["recall"] >= FLOOR, t
    assert t["bad_spans"] == 0


def test_unseen_is_reported_apart_from_seeds(capsys):
    assert ev.main(["--seeds-only"]) == 0
    out = capsys.readouterr().out
    assert "== seeds" in out and "== unseen" in out
    assert out.index("== seeds") < out.index("== unseen")
