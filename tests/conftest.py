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


def write_report(path, body, number="150/BC-UBND", date=(4, 5, 2021),
                 unit="THÀNH PHỐ NHA TRANG", place="Nha Trang",
                 recipients=("UBND tỉnh", "Lưu: VT.")):
    """A small report with the classic header (cells split by "|" lines) written to
    `path`; returns the path as a string."""
    day, month, year = date
    path.write_text(
        f"ỦY BAN NHÂN DÂN\n{unit}\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập – Tự do – Hạnh phúc\n|\nSố: {number}\n|\n"
        f"{place}, ngày {day:02d} tháng {month} năm {year}\n|\n"
        f"BÁO CÁO\nKết quả công tác cải cách hành chính năm {year}\n{body}\n"
        "Nơi nhận:\n" + "".join(f"- {r};\n" for r in recipients[:-1])
        + f"- {recipients[-1]}\nCHỦ TỊCH\nNguyễn Văn An\n", encoding="utf-8")
    return str(path)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory):
    """A database built once from the bundled text corpora (seeds + unseen); the web
    and report tests read it (copy it before writing: see `corpus_db_copy`)."""
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    engine = open_engine(str(path))
    summary = ingest(engine, [str(SEEDS), str(CORPORA / "unseen")])
    assert summary.failed == 0 and summary.new > 40
    engine.dispose()
    return path


@pytest.fixture
def corpus_db_copy(corpus_db, tmp_path):
    """A private copy of `corpus_db` a test may write to (reviews, re-ingest)."""
    import shutil
    from extractor.store.db import open_engine
    path = tmp_path / "copy.db"
    shutil.copy(corpus_db, path)
    return open_engine(str(path))
