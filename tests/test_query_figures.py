"""Scores and dossier statistics through the archive: ingest the seeds, then ask for a
unit's series (extractor.query and `cchc query scores|dossiers`), exact values out."""
import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import BACKENDS, SEEDS, scratch_db

TOC_TIEN_2020 = [  # (indicator, criterion, value, max, rank, rank_total)
    ("PAR_INDEX", None, 76.824, None, 82, 82),
    ("PAR_INDEX_CRITERION", "Công tác chỉ đạo, điều hành CCHC", 10.947, 16, None, None),
    ("PAR_INDEX_CRITERION", "Cải cách thể chế", 3, 5, None, None),
    ("PAR_INDEX_CRITERION", "Cải cách thủ tục hành chính", 2, 4, None, None),
    ("PAR_INDEX_CRITERION", "Công tác cải cách tổ chức bộ máy", 4.5, 4.5, None, None),
    ("PAR_INDEX_CRITERION", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
     6.5, 8.5, None, None),
    ("PAR_INDEX_CRITERION", "Cải cách tài chính công", 6, 6, None, None),
    ("PAR_INDEX_CRITERION", "Hiện đại hóa hành chính", 7.878, 11, None, None),
    ("PAR_INDEX_CRITERION", "Thực hiện cơ chế một cửa, một cửa liên thông", 8.967, 10,
     None, None),
    ("PAR_INDEX_CRITERION", "Đánh giá tác động của cải cách hành chính – điều tra xã hội học",
     27.032, 35, None, None),
]

NHA_TRANG_2018 = {"received": 58053, "online": 2996, "resolved": 56863,
                  "resolved_on_time": 56252, "resolved_late": 611, "resolved_rate": 97.95,
                  "on_time_rate": 98.93, "late_rate": 1.07, "online_rate": 44.96}


@pytest.fixture(scope="module", params=BACKENDS)
def archive(request, tmp_path_factory):
    """The five seeds ingested once, on SQLite and on PostgreSQL (CCHC_TEST_PG_URL)."""
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    path = scratch_db(request.param, tmp_path_factory.mktemp("fig"))
    engine = open_engine(path)
    summary = ingest(engine, [str(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert summary.new == 5 and summary.failed == 0
    return engine, path


def _row_tuple(r):
    return (r["indicator"], r["criterion"], r["value"], r["max"], r["rank"], r["rank_total"])


def _nonnull(row, fields):
    return {f: row[f] for f in fields if row.get(f) is not None}


def test_scores_of_toc_tien(archive):
    from extractor import query
    rows = query.scores(archive[0], "xã Tóc Tiên")
    assert sorted(_row_tuple(r) for r in rows if r["year"] == 2020) == sorted(TOC_TIEN_2020)
    assert all(r["document"].endswith("001_3e4ada505bc6bb63.txt") for r in rows)
    par = [r for r in rows if r["indicator"] == "PAR_INDEX"]
    assert [(r["year"], r["value"], r["rank"], r["rank_total"]) for r in par] == [
        (2020, 76.824, 82, 82)]
    crit = [r for r in rows if r["indicator"] == "PAR_INDEX_CRITERION"]
    assert len(crit) == 9 and round(sum(r["value"] for r in crit), 3) == 76.824


def test_scores_of_toc_tien_by_any_written_form(archive):
    from extractor import query
    want = sorted(TOC_TIEN_2020)
    for name in ("Tóc Tiên", "UBND xã Tóc Tiên", "Ủy ban nhân dân xã Tóc Tiên", "XÃ TÓC TIÊN"):
        assert sorted(_row_tuple(r) for r in query.scores(archive[0], name)) == want, name


def test_scores_of_nha_trang_are_its_own(archive):
    from extractor import query
    rows = query.scores(archive[0], "thành phố Nha Trang")
    assert sorted((r["year"], r["indicator"], r["value"], r["rating"], r["subject"])
                  for r in rows) == [
        (2018, "PAR_INDEX", 81.44, "khá", "thành phố Nha Trang"),
        (2018, "SIPAS", 78.18, None, "UBND cấp xã"),
        (2018, "SIPAS", 81.99, "khá", "UBND thành phố Nha Trang")]
    assert query.scores(archive[0], "xã Không Có") == []


def test_dossiers_of_nha_trang(archive):
    from extractor import query
    from extractor.model import DOSSIER_FIELDS
    rows = query.dossiers(archive[0], "thành phố Nha Trang")
    city = [r for r in rows if r["scope"] == "UBND thành phố Nha Trang"]
    assert [(r["year"], r["period"], _nonnull(r, DOSSIER_FIELDS)) for r in city] == [
        (2018, "năm 2018", NHA_TRANG_2018)]
    communes = [r for r in rows if r["scope"] == "UBND cấp xã"]
    assert [(r["year"], r["received"], r["resolved"]) for r in communes] == [
        (2018, 75416, 75384)]
    # the restatement "tỷ lệ hồ sơ trễ hạn ... còn 1,07%" is no third statistic
    assert len(rows) == 2
    assert all(r["document"].endswith("002_d55b9dce33f6b12b.txt") for r in rows)


def test_dossiers_of_toc_tien_are_not_nha_trang(archive):
    from extractor import query
    rows = query.dossiers(archive[0], "xã Tóc Tiên")
    assert rows and all(r["document"].endswith("001_3e4ada505bc6bb63.txt") for r in rows)
    assert all(r["received"] != 58053 for r in rows)


def test_cli_query_scores_json(archive):
    from extractor.cli import app
    res = CliRunner().invoke(app, ["query", "scores", "--unit", "xã Tóc Tiên", "--format",
                                   "json", "--db", archive[1]])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert sorted(_row_tuple(r) for r in rows) == sorted(TOC_TIEN_2020)
    assert {r["year"] for r in rows} == {2020}


def test_cli_query_dossiers_csv(archive):
    from extractor.cli import app
    res = CliRunner().invoke(app, ["query", "dossiers", "--unit", "Nha Trang", "--format",
                                   "csv", "--db", archive[1]])
    assert res.exit_code == 0, res.output
    # CSV through extractor/export.py: UTF-8 BOM, Vietnamese headers, numbers as numbers
    assert res.stdout.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(res.stdout[1:])))
    assert [(r["Năm"], r["Phạm vi"], r["Kỳ"], r["Tiếp nhận"], r["Đã giải quyết"],
             r["Đúng hạn"], r["Trễ hạn"], r["Tỷ lệ đúng hạn (%)"]) for r in rows] == [
        ("2018", "UBND thành phố Nha Trang", "năm 2018", "58053", "56863", "56252", "611",
         "98.93"),
        ("2018", "UBND cấp xã", "năm 2018", "75416", "75384", "75226", "158", "99.79"),
    ]


def test_generic_scope_stays_with_the_reporting_unit(archive):
    from extractor import query
    rows = query.dossiers(archive[0], "thành phố Nha Trang")
    assert [r["unit"] for r in rows] == ["thành phố Nha Trang", "thành phố Nha Trang"]
    # "cấp xã" is a level, not a unit: no series mixing every archive's communes
    assert query.dossiers(archive[0], "UBND cấp xã") == []


def test_score_rows_name_their_unit(archive):
    from extractor import query
    rows = query.scores(archive[0], "xã Tóc Tiên")
    assert rows and all(r["unit"] == "xã Tóc Tiên" for r in rows)
    assert all("điểm" in r.values() for r in rows)
