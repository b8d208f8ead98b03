import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
SEEDS = CORPORA / "seeds"
FORMATS = CORPORA / "formats"

# Tesseract is 5x faster single-threaded here and tests run it on a 2-core machine.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")


@pytest.fixture
def db(tmp_path):
    from extractor.store.db import open_engine
    return open_engine(str(tmp_path / "t.db"))
