"""The wheel is complete: built, installed into a fresh virtual environment (not
editable, away from the source tree), `cchc extract` works on a seed and the API on a
string. Regression: the wheel held no rules/, so every document failed with
FileNotFoundError; pydantic was imported but not declared."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_extracts_a_seed():
    env = dict(os.environ, PYTHON=sys.executable)
    res = subprocess.run(["bash", str(ROOT / "scripts" / "check_wheel.sh")],
                         capture_output=True, text=True, timeout=1200, env=env)
    assert res.returncode == 0, res.stdout[-2000:] + res.stderr[-3000:]
    assert "wheel ok: 45/KH-UBND" in res.stdout


def test_rules_are_package_data():
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"rules/*.yaml", "rules/encodings/*.yaml"' in text
    assert (ROOT / "extractor" / "rules").resolve() == (ROOT / "rules").resolve()
