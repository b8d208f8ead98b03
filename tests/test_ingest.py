"""Ingest: idempotent, atomic per document, bad input recorded and never fatal."""
import json

import pytest
from sqlmodel import Session, select
from typer.testing import CliRunner

from extractor.cli import app
from extractor.ingest import ingest
from extractor.store import models as t

REPORT = """ỦY BAN NHÂN DÂN
XÃ TÓC TIÊN
|
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
|
Số: 45/KH-UBND
|
Tóc Tiên, ngày 06 tháng 5 năm 2021
|
KẾ HOẠCH
Cải cách hành chính năm 2021
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế
một cửa, một cửa liên thông trong giải quyết thủ tục hành chính;
Thực hiện Công văn số 1475/UBND-NV ngày 29/4/2021 của UBND thị xã Phú Mỹ.
"""

OTHER = """UBND phường Trần Phú báo cáo kết quả công tác cải cách hành chính 6 tháng năm 2021.
Thực hiện Nghị định 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, phường đã ...
"""


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "archive"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(REPORT, encoding="utf-8")
    (d / "sub" / "b.txt").write_text(OTHER, encoding="utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "notes.json").write_text("{}")
    return d


def counts(engine):
    with Session(engine) as s:
        docs = s.exec(select(t.Document)).all()
        return (sorted((d.path.rsplit("/", 1)[-1], d.status) for d in docs),
                len(s.exec(select(t.Page)).all()))


def test_ingest_folder_stores_good_files_and_records_bad_ones(db, folder):
    summary = ingest(db, [str(folder)])
    assert (summary.new, summary.unchanged, summary.replaced, summary.failed) == (2, 0, 0, 1)
    assert summary.failures[0][0].endswith("empty.txt")
    assert "rỗng" in summary.failures[0][1]  # one-line reason, Vietnamese first
    assert [p.rsplit("/", 1)[-1] for p in summary.ignored] == ["notes.json"]
    docs, pages = counts(db)
    assert docs == [("a.txt", "ok"), ("b.txt", "ok"), ("empty.txt", "failed")]
    assert pages == 2


def test_ingest_again_is_idempotent(db, folder):
    ingest(db, [str(folder)])
    before = counts(db)
    summary = ingest(db, [str(folder)])
    assert (summary.new, summary.unchanged, summary.replaced) == (0, 2, 0)
    assert counts(db) == before


def test_changed_file_replaces_its_record_in_one_transaction(db, folder):
    ingest(db, [str(folder)])
    (folder / "a.txt").write_text(REPORT.replace("45/KH-UBND", "46/KH-UBND"), encoding="utf-8")
    summary = ingest(db, [str(folder)])
    assert (summary.new, summary.unchanged, summary.replaced) == (0, 1, 1)
    with Session(db) as s:
        numbers = [d.number for d in s.exec(select(t.Document).where(
            t.Document.status == "ok")).all()]
        assert "45/KH-UBND" not in numbers and "46/KH-UBND" in numbers
        assert len(s.exec(select(t.Page)).all()) == 2


def test_changed_file_that_breaks_keeps_the_good_record(db, folder):
    ingest(db, [str(folder)])
    (folder / "a.txt").write_bytes(b"")
    summary = ingest(db, [str(folder / "a.txt")])
    assert summary.failed == 1
    docs, _ = counts(db)
    assert ("a.txt", "ok") in docs


def test_interrupted_run_loses_nothing_and_resumes(db, folder, monkeypatch):
    import extractor.ingest as ing
    real = ing.store_extraction
    calls = {"n": 0}

    def crash_on_second(session, ex, size=None, **kw):
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt  # the user pressed Ctrl-C mid-batch
        return real(session, ex, size=size, **kw)

    monkeypatch.setattr(ing, "store_extraction", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        ingest(db, [str(folder)], jobs=1)  # one worker: files finish in walking order
    docs, pages = counts(db)
    # a.txt stored, empty.txt recorded as failed, b.txt (half-written) rolled back
    assert docs == [("a.txt", "ok"), ("empty.txt", "failed")] and pages == 1
    monkeypatch.setattr(ing, "store_extraction", real)
    summary = ingest(db, [str(folder)])
    assert (summary.new, summary.unchanged, summary.failed) == (1, 1, 1)


def test_cli_ingest_exit_code_and_summary(tmp_path, folder):
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "c.db")])
    assert res.exit_code == 1  # one input failed, all others stored
    assert "failed 1" in res.output.replace("lỗi/failed", "failed")
    res = runner.invoke(app, ["ingest", str(folder / "a.txt"), "--db", str(tmp_path / "c.db")])
    assert res.exit_code == 0


def test_cli_usage_error_exits_2():
    res = CliRunner().invoke(app, ["ingest"])
    assert res.exit_code == 2


def test_cli_extract_prints_the_contract(tmp_path, folder):
    res = CliRunner().invoke(app, ["extract", str(folder / "a.txt")])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output.splitlines()[0])
    assert data["schema"] == "cchc.extract/1"
    assert data["source"]["format"] == "txt" and data["source"]["pages"] == 1
    for key in ("references", "laws", "scores", "dossier_stats", "tasks", "findings"):
        assert isinstance(data[key], list)
    assert data["document"]["number"] == "45/KH-UBND"
    assert data["document"]["date"] == "2021-05-06"
    assert data["document"]["doc_type"] == "Kế hoạch"


def test_cli_text_json_offsets_agree_with_extract(folder):
    runner = CliRunner()
    text = json.loads(runner.invoke(app, ["text", str(folder / "a.txt"), "--format",
                                          "json"]).output)
    data = json.loads(runner.invoke(app, ["extract", str(folder / "a.txt")]).output)
    pages = {p["page"]: p["text"] for p in text["pages"]}
    assert data["references"], "the report cites two documents"
    for r in data["references"]:
        assert pages[r["page"]][r["start"]:r["end"]] == r["text"]
