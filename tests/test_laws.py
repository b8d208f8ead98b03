"""Spec of laws cited by name."""
import json
from pathlib import Path

import pytest

from extractor.find.laws import find_laws
from extractor.normalize import DocText, to_stored

SEEDS = Path(__file__).resolve().parent.parent / "corpora" / "seeds"


def laws(text):
    return [(x.name, x.year) for x in find_laws(DocText.from_text(text))]


def test_law_with_year():
    assert laws("Theo đúng Luật Cán bộ, công chức năm 2008.") == [
        ("Luật Cán bộ, công chức", 2008)]


def test_law_with_full_date():
    (x,) = find_laws(DocText.from_text(
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"))
    assert (x.name, x.year, x.date) == ("Luật Tổ chức chính quyền địa phương", 2015, "2015-06-19")
    assert x.text == "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"


def test_law_without_year_and_lower_case_name():
    assert laws("quán triệt nội dung Luật phí và lệ phí; Kế hoạch Số 27/KH-UBND") == [
        ("Luật phí và lệ phí", None)]
    assert laws("theo quy định của Luật cán bộ công chức và các văn bản hướng dẫn") == [
        ("Luật cán bộ công chức", None)]


def test_known_name_holds_cua_and_va():
    assert laws("Luật Tổ chức chính quyền địa phương năm 2015; Luật Hoạt động giám sát của "
                "Quốc hội và Hội đồng nhân dân năm 2015 và sự phân công") == [
        ("Luật Tổ chức chính quyền địa phương", 2015),
        ("Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân", 2015)]


def test_unknown_name_ends_at_comma_or_stop_word():
    assert laws("Luật Đất đai năm 2013, Luật Xây dựng 2014 và Luật Nhà ở được sửa đổi") == [
        ("Luật Đất đai", 2013), ("Luật Xây dựng", 2014), ("Luật Nhà ở", None)]


def test_name_split_across_lines():
    assert laws("quy định của Luật Ban hành văn bản quy\nphạm pháp luật năm 2015.") == [
        ("Luật Ban hành văn bản quy phạm pháp luật", 2015)]


def test_amending_law_is_one_law():
    assert laws("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật "
                "Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;") == [
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
         "chính quyền địa phương", 2019)]


@pytest.mark.parametrize("text", ["nghiên cứu tài liệu nhất là Nghị quyết, Luật…. nhằm",
                                  "theo quy định của pháp luật", "Luật sư Nguyễn Văn A",
                                  "Luật số 80/2015/QH13"])
def test_not_laws(text):
    assert laws(text) == []


def test_gold_seeds():
    for txt in sorted(SEEDS.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
        doc = DocText.from_text(to_stored(txt.read_text(encoding="utf-8")))
        got = find_laws(doc)
        assert [(x.name, x.year) for x in got] == [(g["name"], g["year"]) for g in gold["laws"]], txt.name
        for x in got:
            assert doc.pages[x.page - 1].text[x.start:x.end] == x.text
