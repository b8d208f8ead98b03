"""Vietnamese numbers as reports write them."""
import pytest

from extractor.find.numbers import find_fractions, find_numbers, find_ranges, parse_number


@pytest.mark.parametrize("raw,kind,value", [
    ("58.053", "auto", 58053),          # thousands dot
    ("58.053", "count", 58053),
    ("1.234.567", "auto", 1234567),
    ("76,824", "auto", 76.824),         # decimal comma
    ("76,824", "decimal", 76.824),
    ("98,9", "decimal", 98.9),
    ("0.61", "decimal", 0.61),          # English decimal dot
    ("0.61", "auto", 0.61),             # two digits after the dot: decimal
    ("76.824", "decimal", 76.824),      # a score with a dot is decimal
    ("58,053", "count", 58053),         # English thousands comma in a count
    ("1.234,5", "auto", 1234.5),        # mixed: last separator is the decimal mark
    ("1,234.5", "auto", 1234.5),
    ("07", "count", 7),                 # zero padded
    ("01", "auto", 1),
    ("4,5", "decimal", 4.5),
    ("2018", "auto", 2018),
])
def test_parse_number(raw, kind, value):
    got = parse_number(raw, kind)
    assert got == value
    assert isinstance(got, int) == isinstance(value, int)


@pytest.mark.parametrize("raw", ["15.9.2021", "1.23.4", "abc", ""])
def test_not_numbers(raw):
    assert parse_number(raw) is None


def values(text, kind="auto"):
    return [(n.value, n.percent) for n in find_numbers(text, kind=kind)]


def test_find_numbers_percent_and_scale():
    assert values("chiếm tỷ lệ 98,9% và 0.61 %") == [(98.9, True), (0.61, True)]
    assert values("khoảng 1,2 triệu lượt, 5,65 ngàn hồ sơ") == [(1200000, False), (5650, False)]
    assert values("2,5 tỷ đồng") == [(2500000000, False)]
    # "tỷ lệ" is not a scale word
    assert values("3 tỷ lệ") == [(3, False)]


def test_find_numbers_glued_unit_and_padding():
    assert values("quá hạn 01hồ sơ", kind="count") == [(1, False)]
    assert values("07 hồ sơ", kind="count") == [(7, False)]


def test_find_numbers_skips_fractions_dates_and_document_numbers():
    assert values("ngày 15/9/2021") == []
    assert values("Quyết định số 809/QĐ-UBND") == []
    assert values("đạt 10,947/16") == []
    assert values("ISO9001") == []


def test_offsets_point_at_the_number():
    text = "Tổng số hồ sơ đã tiếp nhận: 58.053 hồ sơ."
    (n,) = list(find_numbers(text, kind="count"))
    assert text[n.start:n.end] == "58.053"


@pytest.mark.parametrize("text,part,total", [
    ("số điểm đạt 10,947/16", 10.947, 16),
    ("xếp hạng 82/82 xã phường", 82, 82),
    ("hoàn thành 42/46 nhiệm vụ", 42, 46),
    ("đạt 4,5/4,5", 4.5, 4.5),
    ("17/2744 ý kiến", 17, 2744),
])
def test_fractions(text, part, total):
    (f,) = list(find_fractions(text))
    assert (f.part, f.total) == (part, total)
    assert text[f.start:f.end].replace(" ", "").startswith(str(text[f.start]))


@pytest.mark.parametrize("text", ["ngày 15/9/2021", "Công văn số 1475/UBND-NV", "Nghị định 61/2018/NĐ-CP"])
def test_not_fractions(text):
    assert list(find_fractions(text)) == []


def test_ranges():
    (r,) = list(find_ranges("từ 10 đến 20 hồ sơ"))
    assert (r.low, r.high, r.percent) == (10, 20, False)
    (r,) = list(find_ranges("đạt 85 - 90%"))
    assert (r.low, r.high, r.percent) == (85, 90, True)
    (r,) = list(find_ranges("giai đoạn 2016-2020"))
    assert (r.low, r.high) == (2016, 2020)
    assert list(find_ranges("20 - 10")) == []


# ---- thousands grouped by a space at a clause's end (after a count cue) ----------------

@pytest.mark.parametrize("text, expected", [
    ("Năm 2023, huyện đã tiếp nhận 12 345. Trong đó", [2023, 12345]),
    ("Tổng số hồ sơ là 2 150, trong đó đúng hạn 2 100.", [2150, 2100]),
    ("đã giải quyết: 1 020", [1020]),
    ("tiếp nhận 12 345 Trong đó có", [12345]),
    ("số hồ sơ quá hạn 1 020)", [1020]),
])
def test_spaced_thousands_after_a_count_cue_at_a_clause_end(text, expected):
    assert [n.value for n in find_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Tổng cộng 120 345", [120, 345]),              # no count cue: maybe two cells
    ("Quyết định số 12 345.", [12, 345]),            # 'số' names a number, counts nothing
    ("tiếp nhận 12 345 678.", [12, 345, 678]),       # a run of three numbers
    ("Xã A 1 245 1 180 30", [1, 245, 1, 180, 30]),   # table cells
    ("lần lượt là 120 250, 300 và 400", [120, 250, 300, 400]),  # a list goes on after ','
    ("đã tiếp nhận 12 345,5 tấn", [12, 345.5]),
])
def test_spaced_numbers_that_are_not_one_count(text, expected):
    assert [n.value for n in find_numbers(text)] == expected
