"""Issuing units: alias keys, levels, places, and the 2025 old-to-new mapping."""
from __future__ import annotations

import pytest

from extractor.normalize import fold
from extractor.grammar.units import (complete_unit, readable_issuer, territory_mentions,
                                     unit_key, vocab)
from extractor.resolve.units import resolve_unit, unit_aliases
from extractor.vocab import load_rules


@pytest.mark.parametrize("a,b", [
    ("UBND phường Trần Phú", "Ủy ban nhân dân phường Trần Phú"),
    ("UBND phường Trần Phú", "Uỷ ban nhân dân Phường Trần Phú"),
    ("UBND TP. Hải Dương", "Ủy ban nhân dân thành phố Hải Dương"),
    ("UBND TP Hải Dương", "UBND thành phố Hải Dương"),
    ("ỦY BAN NHÂN DÂN XÃ TÓC TIÊN", "Ủy ban nhân dân xã Tóc Tiên"),
    ("HĐND phường Cầu Kho", "Hội đồng nhân dân phường Cầu Kho"),
    ("Ban KT-XH HĐND phường Cầu Kho", "Ban Kinh tế – xã hội Hội đồng nhân dân phường Cầu Kho"),
    ("UBND thị xã Phú Mỹ", "UBND TX Phú Mỹ"),
])
def test_aliases_compare_equal(a, b):
    assert unit_key(a) == unit_key(b)


@pytest.mark.parametrize("a,b", [
    ("UBND phường Trần Phú", "UBND xã Trần Phú"),
    ("UBND thành phố Hải Dương", "UBND tỉnh Hải Dương"),
    ("HĐND phường Cầu Kho", "UBND phường Cầu Kho"),
])
def test_different_units_differ(a, b):
    assert unit_key(a) != unit_key(b)


def test_commune_with_context():
    u = resolve_unit("Ủy ban nhân dân xã Tóc Tiên",
                     "Thực hiện công văn của UBND thị xã Phú Mỹ; UBND tỉnh Bà Rịa – Vũng Tàu")
    assert (u.name, u.level) == ("xã Tóc Tiên", "xã")
    assert u.district == "thị xã Phú Mỹ"
    assert u.province == "Bà Rịa – Vũng Tàu"
    assert u.key == unit_key("xã Tóc Tiên")
    assert unit_key("UBND xã Tóc Tiên") in unit_aliases(u)


def test_old_unit_with_its_new_name():
    u = resolve_unit("UBND phường Trần Phú", "trên địa bàn thành phố Hải Dương")
    assert (u.name, u.level, u.district, u.province) == (
        "phường Trần Phú", "xã", "thành phố Hải Dương", "Hải Dương")
    assert u.new_name == "phường Lê Thanh Nghị, thành phố Hải Phòng"
    keys = unit_aliases(u)
    # a query by either name finds the unit
    assert unit_key("Ủy ban nhân dân phường Trần Phú") in keys
    assert unit_key("phường Lê Thanh Nghị") in keys
    assert unit_key("UBND phường Lê Thanh Nghị") in keys


def test_new_name_agrees_with_underthesea_convert_address():
    from underthesea.address import convert_address
    u = resolve_unit("UBND phường Cầu Kho", "Quận 1, Thành phố Hồ Chí Minh")
    r = convert_address("Phường Cầu Kho, Quận 1, Thành phố Hồ Chí Minh")
    assert fold(u.new_name.split(",")[0]) == fold(r.new.ward)


def test_same_name_in_many_places_needs_context():
    u = resolve_unit("UBND phường Trần Phú")
    assert u.level == "xã" and u.province is None and u.district is None and u.new_name is None


def test_province_and_its_new_name():
    u = resolve_unit("UBND tỉnh Hải Dương")
    assert (u.level, u.province, u.new_name) == ("tỉnh", "Hải Dương", "thành phố Hải Phòng")
    assert unit_key("thành phố Hải Phòng") in unit_aliases(u)


@pytest.mark.parametrize("name,level", [
    ("UBND thành phố Nha Trang", "huyện"),
    ("UBND thành phố Hà Nội", "tỉnh"),  # centrally-run city
    ("UBND huyện Ngân Sơn", "huyện"),
    ("UBND quận Ba Đình", "huyện"),
    ("UBND thị trấn Phú Mỹ", "xã"),
    ("Sở Nội vụ tỉnh Khánh Hòa", "sở"),
    ("Phòng Nội vụ huyện Ngân Sơn", "phòng"),
    ("HĐND phường Cầu Kho", "hđnd"),
    ("Ban Kinh tế – xã hội Hội đồng nhân dân phường Cầu Kho", "ban"),
])
def test_levels(name, level):
    assert resolve_unit(name).level == level


def test_district_level_unit_knows_its_province():
    u = resolve_unit("UBND thành phố Nha Trang")
    assert (u.name, u.province, u.district) == ("thành phố Nha Trang", "Khánh Hòa", None)


def test_committee_name_keeps_its_council():
    u = resolve_unit("Ban Kinh tế – xã hội Hội đồng nhân dân phường Cầu Kho")
    assert u.name == "Ban Kinh tế – Xã hội Hội đồng nhân dân phường Cầu Kho"
    assert (u.district, u.province) == ("quận 1", "Hồ Chí Minh")


@pytest.mark.parametrize("cells,want", [
    (["ỦY BAN NHÂN DÂN", "XÃ TÓC TIÊN"], "Ủy ban nhân dân xã Tóc Tiên"),
    (["UBND TỈNH KHÁNH HÒA", "SỞ NỘI VỤ"], "Sở Nội vụ tỉnh Khánh Hòa"),
    (["HỘI ĐỒNG NHÂN DÂN PHƯỜNG CẦU KHO", "BAN KINH TẾ - XÃ HỘI"],
     "Ban Kinh tế – Xã hội Hội đồng nhân dân phường Cầu Kho"),
    (["UBND THÀNH PHỐ NHA TRANG"], "UBND thành phố Nha Trang"),
])
def test_readable_issuer(cells, want):
    assert readable_issuer(cells) == want


def test_complete_unit_from_the_texts_own_mentions():
    text = "Kế hoạch cải cách hành chính thành phố Nha Trang; thành phố Nha Trang; tỉnh Khánh Hòa"
    m = territory_mentions(text)
    assert complete_unit("UBND thành phố", m) == "UBND thành phố Nha Trang"
    assert complete_unit("UBND phường", m) == "UBND phường"  # nothing to complete with
    assert complete_unit("UBND thành phố", m + [("thành phố", "Cam Ranh")] * 3, place="Nha Trang") \
        == "UBND thành phố Nha Trang"


def test_units_rule_examples_both_ways():
    rf = load_rules("units")
    by_canonical = {v.canonical: v for v in vocab()}
    for e in rf.entries:
        pat = by_canonical[e.canonical].regex
        assert e.examples
        for ex in e.examples:
            assert pat.search(ex), (e.canonical, ex)
        for ex in e.counter_examples:
            assert not pat.search(ex), (e.canonical, ex)


def test_a_unit_name_with_an_apostrophe_is_not_cut():
    """Regression (8NN 801): 'HUYỆN CƯ M'LANH' gave the unit 'huyện Cư M' and the place
    'Lanh'; Central Highlands names hold an apostrophe inside a word (Cư M'gar, Ea H'leo)."""
    import extractor
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN CƯ M'GAR Độc lập - Tự do - Hạnh phúc\n"
            "Số: 58/BC-UBND Cư M'gar, ngày 18 tháng 3 năm 2024\n\n"
            "BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2024\n\n"
            "Trong quý I, xã Ea H'leo tiếp nhận 120 hồ sơ.\n")
    doc = extractor.extract(text).document
    assert doc.place == "Cư M'gar"
    assert doc.evidence["place"].text == "Cư M'gar"
    assert doc.unit.name == "huyện Cư M'gar"
    assert ("xã", "Ea H'leo") in territory_mentions(text)


def test_a_score_of_tinh_is_the_province_named_before_it():
    """Regression (9NN 617, 904, 916): 'Chỉ số PAPI năm 2023 của tỉnh đạt 43,18 điểm' kept
    the subject 'tỉnh', so the score was stored under no unit (or the reporting Sở's)."""
    import extractor
    text = ("Năm 2023, Chỉ số CCHC của tỉnh Quảng Bình đạt 86,92%, xếp thứ 27/63. "
            "Chỉ số PAPI năm 2023 của tỉnh đạt 43,18 điểm.\n")
    subjects = {(s.indicator, s.value): s.subject for s in extractor.extract(text).scores}
    assert subjects[("OTHER_INDEX", 43.18)] == "tỉnh Quảng Bình"


def test_resolve_bare_levels_links_to_the_last_unit_of_that_level_or_the_documents_own():
    from extractor.model import Unit
    from extractor.resolve.units import resolve_bare_levels
    own = Unit(name="huyện Tân Yên", level="huyện")
    got = resolve_bare_levels([((1, 50), "tỉnh"), ((1, 10), "tỉnh Bắc Giang"), ((1, 90), "huyện"),
                               ((1, 95), "xã"), ((1, 99), "Sở Nội vụ")], own)
    assert got == ["tỉnh Bắc Giang", "tỉnh Bắc Giang", "huyện Tân Yên", "xã", "Sở Nội vụ"]
