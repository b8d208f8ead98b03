"""A cited document's row (cited_document) holds one value per field whatever order the
documents citing it are stored in."""
from __future__ import annotations

import sqlite3

from extractor.ingest import ingest
from extractor.store.db import open_engine

A = ("Căn cứ Quyết định số 1150/QĐ-BNV ngày 30/12/2022 của Bộ Nội vụ về việc phê duyệt "
     "Đề án xác định Chỉ số cải cách hành chính.\n")
B = ("Thực hiện Quyết định số 1150/QĐ-BNV ngày 30/12/2022 của Bộ trưởng Bộ Nội vụ phê duyệt "
     "Đề án xác định Chỉ số cải cách hành chính.\n")


def _cited_row(tmp_path, name: str, first: str, second: str) -> tuple:
    folder = tmp_path / name
    folder.mkdir()
    db = folder / "c.db"
    for i, text in enumerate((first, second)):
        path = folder / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        summary = ingest(open_engine(str(db)), [str(path)], jobs=1)
        assert (summary.new, summary.failed) == (1, 0)
    with sqlite3.connect(db) as c:
        rows = c.execute("SELECT issuer, date FROM cited_document WHERE number LIKE '1150/%'"
                         ).fetchall()
    assert len(rows) == 1, rows
    return rows[0]


def test_a_cited_documents_issuer_does_not_depend_on_the_order_of_storing(tmp_path):
    # Regression: the row kept whichever issuer was stored first, so SQLite and PostgreSQL
    # (or two runs with parallel workers) answered `cites` differently.
    ab = _cited_row(tmp_path, "ab", A, B)
    ba = _cited_row(tmp_path, "ba", B, A)
    assert ab == ba == ("Bộ trưởng Bộ Nội vụ", "2022-12-30")
