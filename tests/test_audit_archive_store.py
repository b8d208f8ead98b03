"""Cross-document findings in the store: ingesting or replacing a document recomputes
them (spec style: small synthetic reports in, stored findings out)."""
from conftest import write_report
from extractor.ingest import ingest
from extractor.query import findings


report = write_report


DECREE = ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày {date} của Chính phủ về thực hiện cơ chế "
          "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban nhân dân "
          "báo cáo như sau.")


def archive_findings(engine, rule):
    return [f for f in findings(engine, rule=rule) if f["scope"] == "archive"]


def test_conflicting_citation_appears_with_a_new_document_and_goes_with_its_fix(db, tmp_path):
    a = report(tmp_path / "a.txt", DECREE.format(date="23/4/2018"), number="150/BC-UBND")
    ingest(db, [a])
    assert archive_findings(db, "conflicting-citations") == []

    b = report(tmp_path / "b.txt", DECREE.format(date="23/4/2019"), number="151/BC-UBND",
               date=(5, 5, 2021))
    ingest(db, [b])
    f, = archive_findings(db, "conflicting-citations")
    assert (f["path"], f["severity"], f["number"], f["suggestion"]) == (
        b, "error", "61/2018/NĐ-CP", "61/2018/NĐ-CP ngày 23/4/2018")
    ev, = f["evidence"]
    text = open(b, encoding="utf-8").read()
    assert text[ev["start"]:ev["end"]] == ev["text"] and "23/4/2019" in ev["text"]

    # the author corrects b: the replaced document no longer disagrees
    report(tmp_path / "b.txt", DECREE.format(date="23/4/2018"), number="151/BC-UBND",
           date=(5, 5, 2021))
    summary = ingest(db, [b])
    assert summary.replaced == 1
    assert archive_findings(db, "conflicting-citations") == []


def test_conflict_goes_when_the_only_disagreeing_document_is_replaced_by_another(db, tmp_path):
    a = report(tmp_path / "a.txt", DECREE.format(date="23/4/2018"))
    b = report(tmp_path / "b.txt", DECREE.format(date="23/4/2019"), number="151/BC-UBND",
               date=(5, 5, 2021))
    ingest(db, [a, b])
    assert len(archive_findings(db, "conflicting-citations")) == 1
    report(tmp_path / "b.txt", "Không viện dẫn văn bản nào.", number="151/BC-UBND", date=(5, 5, 2021))
    ingest(db, [b])
    assert archive_findings(db, "conflicting-citations") == []


def test_numbering_out_of_order_across_two_documents_of_one_unit(db, tmp_path):
    body = "Ủy ban nhân dân thành phố báo cáo kết quả công tác cải cách hành chính."
    early = report(tmp_path / "early.txt", body, number="200/BC-UBND", date=(10, 3, 2021))
    late = report(tmp_path / "late.txt", body, number="120/BC-UBND", date=(2, 7, 2021))
    other = report(tmp_path / "other.txt", body, number="90/BC-UBND", date=(1, 12, 2021),
                   unit="THÀNH PHỐ CAM RANH", place="Cam Ranh")  # another unit's series
    ingest(db, [early, late, other])
    found = sorted((f["path"], f["number"], f["severity"]) for f in
                   archive_findings(db, "numbering-out-of-order"))
    # two numbers alone: either may be the wrong one, both documents are told
    assert found == [(early, "200/BC-UBND", "warning"), (late, "120/BC-UBND", "warning")]
    for f in archive_findings(db, "numbering-out-of-order"):
        ev, = f["evidence"]  # the document's own number, where it stands
        assert ev["text"] == f["number"] and ev["page"] == 1
        assert open(f["path"], encoding="utf-8").read()[ev["start"]:ev["end"]] == ev["text"]


def test_numbering_follows_a_citation_of_the_unit_by_a_ward(db, tmp_path):
    body = "Ủy ban nhân dân thành phố báo cáo kết quả công tác cải cách hành chính."
    paths = [report(tmp_path / f"nt{n}.txt", body, number=f"{n}/BC-UBND", date=d)
             for n, d in ((150, (4, 5, 2021)), (200, (10, 6, 2021)), (250, (2, 8, 2021)))]
    ward = report(tmp_path / "ward.txt",
                  "Thực hiện Báo cáo số 120/BC-UBND ngày 01/7/2021 của UBND thành phố về cải "
                  "cách hành chính, Ủy ban nhân dân phường báo cáo như sau.",
                  number="15/BC-UBND", date=(20, 8, 2021), unit="PHƯỜNG VĨNH HẢI")
    ingest(db, paths + [ward])
    f, = archive_findings(db, "numbering-out-of-order")
    assert (f["path"], f["number"], f["date"]) == (ward, "120/BC-UBND", "2021-07-01")
    assert "120/BC-UBND ngày 01/7/2021" in f["evidence"][0]["text"]
    # the ward's document goes: so does the finding
    report(tmp_path / "ward.txt", "Không viện dẫn văn bản nào.", number="15/BC-UBND",
           date=(20, 8, 2021), unit="PHƯỜNG VĨNH HẢI")
    ingest(db, [ward])
    assert archive_findings(db, "numbering-out-of-order") == []
