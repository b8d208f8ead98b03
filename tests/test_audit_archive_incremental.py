"""The archive audit is incremental: storing or deleting a document marks only the
groups (one number's mentions, one issuer's series) it touches, in its own transaction;
the archive pass recomputes those and clears them with the findings it writes, so a
kill at any point loses nothing and the next run finishes it."""
import json
import os
import subprocess
import sys
import textwrap

from sqlalchemy import select

from conftest import ROOT, write_report
from extractor.ingest import ingest
from extractor.query import findings
from extractor.store import archive, models as t

DECREE = ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày {date} của Chính phủ về thực hiện cơ chế "
          "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban nhân dân "
          "báo cáo như sau.")
BODY = "Ủy ban nhân dân thành phố báo cáo kết quả công tác cải cách hành chính."


def archive_findings(engine):
    return sorted((f["path"], f["rule"], f["number"], f["suggestion"],
                   json.dumps(f["evidence"], ensure_ascii=False))
                  for f in findings(engine) if f["scope"] == "archive")


def small_archive(tmp_path):
    return [write_report(tmp_path / "a.txt", DECREE.format(date="23/4/2018"), number="150/BC-UBND"),
            write_report(tmp_path / "b.txt", DECREE.format(date="23/4/2019"), number="151/BC-UBND",
                         date=(5, 5, 2021)),
            write_report(tmp_path / "c.txt", BODY, number="200/BC-UBND", date=(10, 3, 2021)),
            write_report(tmp_path / "d.txt", BODY, number="120/BC-UBND", date=(2, 7, 2021))]


def dirty(engine):
    with engine.connect() as conn:
        return sorted(k for (k,) in conn.execute(select(t.ArchiveDirty.key)))


def test_storing_a_document_marks_its_groups_and_the_pass_clears_them(db, tmp_path, monkeypatch):
    paths = small_archive(tmp_path)
    monkeypatch.setattr(archive, "refresh", lambda engine: 0)  # no pass: see the marks
    ingest(db, paths[:1])
    assert "c|61|NĐ-CP" in dirty(db)  # the decree it cites
    assert "c|150|BC-UBND" in dirty(db)  # its own number
    assert "s|thành phố nha trang|2021|BC-UBND|0" in dirty(db)  # its unit's series
    marked = set(dirty(db))
    monkeypatch.undo()
    assert archive.refresh(db) == len(marked) == 3
    assert dirty(db) == []


def test_a_new_document_recomputes_only_the_groups_it_touches(db, tmp_path):
    paths = small_archive(tmp_path)
    ingest(db, paths)
    before = archive_findings(db)
    assert {r[1] for r in before} == {"conflicting-citations", "numbering-out-of-order"}
    other = write_report(tmp_path / "e.txt", "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2021 "
                         "của UBND tỉnh Khánh Hòa, Ủy ban nhân dân báo cáo.", number="7/BC-UBND",
                         date=(9, 9, 2021), unit="HUYỆN CAM LÂM", place="Cam Lâm")
    ingest(db, [other])
    with db.connect() as conn:
        keys = {k for r in conn.execute(select(t.ArchiveMention.conflict_key,
                                               t.ArchiveMention.series_key)
                                        .join(t.Document).where(t.Document.path == other))
                for k in r if k}
    assert keys == {"c|12|KH-UBND", "c|7|BC-UBND", "s|huyện cam lâm|2021|BC-UBND|0",
                    "s|tỉnh khánh hòa|2021|KH-UBND|0"}
    assert archive_findings(db) == before


def test_rebuild_gives_the_findings_of_the_incremental_passes(db, tmp_path):
    paths = small_archive(tmp_path)
    for p in paths:  # one at a time: every pass incremental
        ingest(db, [p])
    incremental = archive_findings(db)
    assert len(incremental) == 3
    archive.rebuild(db)
    assert archive_findings(db) == incremental and dirty(db) == []


def test_archive_pass_killed_is_finished_by_a_run_that_stores_nothing(tmp_path):
    """Regression (issue 13): a kill -9 during the archive pass lost its findings for
    good, the re-run said "unchanged" and never rebuilt them."""
    paths = small_archive(tmp_path)
    clean = tmp_path / "clean.db"
    from extractor.store.db import open_engine
    ingest(open_engine(str(clean)), paths)
    expected = archive_findings(open_engine(str(clean)))
    killed = tmp_path / "killed.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    script = textwrap.dedent(f"""
        import os, signal
        from extractor.store import archive
        real = archive._recompute
        def die(conn, keys):
            real(conn, keys)  # findings written, marks not yet cleared, not committed
            os.kill(os.getpid(), signal.SIGKILL)
        archive._recompute = die
        from extractor.cli import main
        import sys
        sys.argv = ["cchc", "ingest", "--db", {str(killed)!r}, "-q", *{paths!r}]
        main()
        """)
    run = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path)
    assert run.returncode == -9
    engine = open_engine(str(killed))
    assert dirty(engine) != [] and archive_findings(engine) == []
    again = subprocess.run([sys.executable, "-m", "extractor", "ingest", "--db", str(killed),
                            *paths], env=env, cwd=tmp_path, capture_output=True, text=True)
    assert again.returncode == 0 and "unchanged 4" in again.stdout.replace("/unchanged", " unchanged")
    assert archive_findings(engine) == expected and dirty(engine) == []


def test_audit_command_finishes_a_pending_pass(tmp_path, monkeypatch):
    from extractor.store.db import open_engine
    engine = open_engine(str(tmp_path / "p.db"))
    monkeypatch.setattr(archive, "refresh", lambda engine: 0)
    ingest(engine, small_archive(tmp_path))
    monkeypatch.undo()
    assert archive_findings(engine) == []
    out = subprocess.run([sys.executable, "-m", "extractor", "audit", "--db", str(tmp_path / "p.db"),
                          "--format", "json"], env={**os.environ, "PYTHONPATH": str(ROOT)},
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert sum(1 for f in json.loads(out.stdout) if f["rule"] == "numbering-out-of-order") == 2
    assert dirty(engine) == []
