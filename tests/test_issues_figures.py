"""Regressions found on real reports, each named after what went wrong."""
from pathlib import Path

import pytest

from extractor.find.figures import find_dossier_stats
from extractor.model import DocumentMeta
from extractor.normalize import DocText, to_stored

ROOT = Path(__file__).resolve().parent.parent
SEED_002 = next((ROOT / "corpora" / "seeds").glob("002_*.txt"))


def stats_of(text, meta=None):
    return find_dossier_stats(DocText.from_text(text), meta)


def fields_of(stat):
    from extractor.model import DOSSIER_FIELDS
    return {f: getattr(stat, f) for f in DOSSIER_FIELDS if getattr(stat, f) is not None}


# ---- seed 002: "tỷ lệ hồ sơ trễ hạn ... còn 1,07%" restated in the conclusion ---------------

def _check_002(stats):
    assert [fields_of(s) for s in stats] == [
        {"received": 58053, "online": 2996, "resolved": 56863, "resolved_on_time": 56252,
         "resolved_late": 611, "resolved_rate": 97.95, "on_time_rate": 98.93,
         "late_rate": 1.07, "online_rate": 44.96},
        {"received": 75416, "online": 5707, "resolved": 75384, "resolved_on_time": 75226,
         "resolved_late": 158, "resolved_rate": 99.96, "on_time_rate": 99.79,
         "late_rate": 0.21},
    ]
    assert [s.scope for s in stats] == ["UBND thành phố Nha Trang", "UBND cấp xã"]


def test_seed_002_restated_late_rate_is_not_a_new_statistic():
    doc = DocText.from_text(to_stored(SEED_002.read_text(encoding="utf-8")))
    _check_002(find_dossier_stats(doc, DocumentMeta()))


def test_seed_002_pdf_restated_late_rate_is_not_a_new_statistic():
    from extractor.load import load
    pdf = ROOT / "corpora" / "formats" / (SEED_002.stem + ".pdf")
    _check_002(find_dossier_stats(DocText(load(str(pdf)).pages), DocumentMeta()))


STATED = ("Năm 2019, UBND huyện đã tiếp nhận 1.200 hồ sơ, đã giải quyết 1.150 hồ sơ, "
          "tỷ lệ hồ sơ trễ hạn là 2,5%.\n\n")


def test_rate_restated_in_a_comparison_is_dropped():
    stats = stats_of(STATED + "Nhờ vậy, tỷ lệ hồ sơ trễ hạn của UBND huyện giảm xuống còn 2,5%.")
    assert [fields_of(s) for s in stats] == [
        {"received": 1200, "resolved": 1150, "late_rate": 2.5}]


def test_restated_figures_of_a_whole_group_are_dropped():
    stats = stats_of(STATED + "Tóm lại, trong năm 2019 đã tiếp nhận 1.200 hồ sơ, đã giải "
                     "quyết 1.150 hồ sơ.")
    assert len(stats) == 1


def test_same_rate_in_another_year_is_a_new_statistic():
    stats = stats_of(STATED + "Năm 2020, tỷ lệ hồ sơ trễ hạn là 2,5%.")
    assert [(s.period, fields_of(s)) for s in stats] == [
        ("năm 2019", {"received": 1200, "resolved": 1150, "late_rate": 2.5}),
        ("năm 2020", {"late_rate": 2.5})]


def test_another_value_is_a_new_statistic():
    stats = stats_of(STATED + "Tỷ lệ hồ sơ trễ hạn của UBND huyện giảm xuống còn 1,8%.")
    assert [fields_of(s) for s in stats] == [
        {"received": 1200, "resolved": 1150, "late_rate": 2.5}, {"late_rate": 1.8}]


def test_same_rate_of_another_scope_is_a_new_statistic():
    stats = stats_of(STATED + "Tại UBND cấp xã, tỷ lệ hồ sơ trễ hạn là 2,5%.")
    assert [(s.scope, fields_of(s)) for s in stats] == [
        ("UBND huyện", {"received": 1200, "resolved": 1150, "late_rate": 2.5}),
        ("UBND cấp xã", {"late_rate": 2.5})]


@pytest.mark.parametrize("lead", ["tăng 5% so với năm 2018, ", "giảm so với năm 2018, ",
                                  "so với cùng kỳ năm 2018, "])
def test_period_after_so_voi_is_a_comparison(lead):
    stats = stats_of("Kết quả: " + lead + "số hồ sơ đã tiếp nhận là 500 hồ sơ.",
                     DocumentMeta(period="năm 2019"))
    assert [(s.period, s.received) for s in stats] == [("năm 2019", 500)]
