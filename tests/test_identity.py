"""Document identity: one report held as several files is one document with several
files; a cited document that is itself in the archive is linked to its citations."""
from sqlmodel import Session, select

from extractor import query
from extractor.ingest import ingest
from extractor.store import models as t

from conftest import FORMATS, SEEDS, write_report

PLAN = """ỦY BAN NHÂN DÂN
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
Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2021 như sau.
"""

# the same plan as another file gives it: lines broken elsewhere, header cells on one line
PLAN_OTHER_FILE = """ỦY BAN NHÂN DÂN XÃ TÓC TIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập – Tự do – Hạnh phúc
Số: 45/KH-UBND | Tóc Tiên, ngày 06 tháng 5 năm 2021
KẾ HOẠCH
Cải cách hành chính năm 2021
Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa,
một cửa liên thông trong giải quyết thủ tục hành chính;
Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2021 như sau.
"""

CITING = "Thực hiện Kế hoạch số 45/KH-UBND ngày 06/5/2021 của UBND xã Tóc Tiên, phòng đã triển khai."


def _ingest(db, *paths):
    """Ingest one file after the other (the first file of a document is the one stored
    with its facts), summing the outcomes."""
    from types import SimpleNamespace
    total = SimpleNamespace(new=0, unchanged=0, replaced=0, failed=0)
    for p in paths:
        s = ingest(db, [str(p)])
        for k in vars(total):
            setattr(total, k, getattr(total, k) + getattr(s, k))
    return total


def test_seed_001_as_txt_docx_and_pdf_is_one_document_with_three_files(db):
    s = _ingest(db, SEEDS / "001_3e4ada505bc6bb63.txt", FORMATS / "001_3e4ada505bc6bb63.docx",
                FORMATS / "001_3e4ada505bc6bb63.pdf")
    assert s.failed == 0
    st = query.stats(db)
    with Session(db) as ses:
        rows = [(d.format, d.status, d.number, d.date, d.issuer, d.number_key)
                for d in ses.exec(select(t.Document)).all()]
    assert (st["documents"], st["files"]) == (1, 3), rows
    listed = query.docs(db)
    assert len(listed) == 1
    shown = query.show(db, "001_3e4ada505bc6bb63.pdf")  # any of its files shows the document
    assert sorted(f["format"] for f in shown["files"]) == ["docx", "pdf", "txt"]
    assert [f["copy"] for f in shown["files"]] == [False, True, True]  # the document first
    # its citations are stored once
    with Session(db) as ses:
        assert {c.document_id for c in ses.exec(select(t.Citation)).all()} == {shown["id"]}


def test_copy_with_other_line_breaks_is_recognised_and_cited_by_lists_the_citer_once(db, tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plan_copy.txt").write_text(PLAN_OTHER_FILE, encoding="utf-8")
    (tmp_path / "citing.txt").write_text(CITING, encoding="utf-8")
    (tmp_path / "citing_copy.txt").write_text(CITING + "\n", encoding="utf-8")
    _ingest(db, tmp_path / "plan.txt", tmp_path / "plan_copy.txt", tmp_path / "citing.txt",
            tmp_path / "citing_copy.txt")
    st = query.stats(db)
    assert (st["documents"], st["files"]) == (2, 4)
    rows = query.cited_by(db, "45/KH-UBND")
    assert [r["path"] for r in rows] == [str(tmp_path / "citing.txt")]
    # the cited plan is held: cited-by and show say so
    assert [h["path"] for h in rows[0]["held"]] == [str(tmp_path / "plan.txt")]
    assert rows[0]["held"][0]["files"] == 2
    shown = query.show(db, str(tmp_path / "citing.txt"))
    assert shown["references"][0]["number"] == "45/KH-UBND"
    assert shown["references"][0]["held"]["path"] == str(tmp_path / "plan.txt")


def test_citation_stored_before_the_cited_document_is_linked_when_it_arrives(db, tmp_path):
    (tmp_path / "citing.txt").write_text(CITING, encoding="utf-8")
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    _ingest(db, tmp_path / "citing.txt")
    assert query.cited_by(db, "45/KH-UBND")[0]["held"] == []
    _ingest(db, tmp_path / "plan.txt")
    assert [h["path"] for h in query.cited_by(db, "45/KH-UBND")[0]["held"]] == [str(tmp_path / "plan.txt")]


def test_same_number_cited_with_another_date_is_not_linked_to_the_held_document(db, tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "citing.txt").write_text(CITING.replace("06/5/2021", "06/5/2022"), encoding="utf-8")
    _ingest(db, tmp_path / "plan.txt", tmp_path / "citing.txt")
    assert query.cited_by(db, "45/KH-UBND@2022")[0]["held"] == []


def test_two_reports_alike_but_with_two_numbers_stay_two_documents(db, tmp_path):
    body = "Kết quả thực hiện nhiệm vụ cải cách hành chính trong kỳ đạt yêu cầu đề ra.\n" * 5
    a = write_report(tmp_path / "a.txt", body, number="150/BC-UBND")
    b = write_report(tmp_path / "b.txt", body, number="151/BC-UBND")
    _ingest(db, a, b)
    st = query.stats(db)
    assert (st["documents"], st["files"]) == (2, 2)


def test_removing_the_original_file_promotes_its_copy(db, tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "plan_copy.txt").write_text(PLAN_OTHER_FILE, encoding="utf-8")
    _ingest(db, tmp_path / "plan.txt", tmp_path / "plan_copy.txt")
    # the original file changes into another document: its copy becomes the plan
    write_report(tmp_path / "plan.txt", "Nội dung khác hẳn.\n", number="9/BC-UBND")
    s = _ingest(db, tmp_path / "plan.txt")
    assert s.replaced == 1
    st = query.stats(db)
    assert (st["documents"], st["files"]) == (2, 2)
    shown = query.show(db, "45/KH-UBND")
    assert shown["source"]["path"] == str(tmp_path / "plan_copy.txt")
    assert [r["number"] for r in shown["references"]] == ["61/2018/NĐ-CP"]
    # ingesting again changes nothing (the copy is not taken for a failure to retry)
    s = _ingest(db, tmp_path / "plan.txt", tmp_path / "plan_copy.txt")
    assert s.unchanged == 2


def test_docx_table_cell_is_never_skipped_by_a_reused_proxy_id():
    # broke seed 001 as DOCX now and then (its place-date cell vanished, so its date and
    # with it the copy were lost): the loader keyed merged cells by id() of lxml proxies
    from extractor.load import load
    texts = {load(str(FORMATS / "001_3e4ada505bc6bb63.docx")).pages[0].text for _ in range(60)}
    assert len(texts) == 1
    assert "Tóc tiên, ngày 06 tháng 5 năm 2021" in texts.pop()


DECREE = ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày {date} của Chính phủ về thực hiện cơ chế "
          "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban nhân dân "
          "báo cáo như sau.")


def test_the_archive_audit_counts_a_document_held_twice_once(db, tmp_path):
    # b cites the decree with a wrong date; were its copy counted, the wrong date would
    # outvote a's right one and each file would carry the finding
    a = write_report(tmp_path / "a.txt", DECREE.format(date="23/4/2018"), number="150/BC-UBND")
    b = write_report(tmp_path / "b.txt", DECREE.format(date="23/4/2019"), number="151/BC-UBND",
                     date=(5, 5, 2021))
    copy = tmp_path / "b_copy.txt"
    copy.write_text(open(b, encoding="utf-8").read() + "\n\n", encoding="utf-8")
    _ingest(db, a, b, copy)
    assert (query.stats(db)["documents"], query.stats(db)["files"]) == (2, 3)
    found = [f for f in query.findings(db, rule="conflicting-citations") if f["scope"] == "archive"]
    assert [(f["path"], f["suggestion"]) for f in found] == [(b, "61/2018/NĐ-CP ngày 23/4/2018")]
