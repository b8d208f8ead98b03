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
