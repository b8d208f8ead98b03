"""One period grammar (extractor/grammar/periods.py): what a period means and which
period figures inherit."""
import datetime as dt

import pytest

from extractor.find.figures import find_dossier_stats
from extractor.grammar.periods import period_end, period_range, period_year
from extractor.normalize import DocText


@pytest.mark.parametrize("period,expected", [
    ("tháng 8/2021 (21/7 – 20/8/2021)", (dt.date(2021, 7, 21), dt.date(2021, 8, 20))),
    # a quarter that starts in the previous year
    ("quý I năm 2020 (1/12/2019 – 29/2/2020)", (dt.date(2019, 12, 1), dt.date(2020, 2, 29))),
    ("từ ngày 15/12/2023 đến ngày 14/3/2024", (dt.date(2023, 12, 15), dt.date(2024, 3, 14))),
    ("quý III/2021", (dt.date(2021, 7, 1), dt.date(2021, 9, 30))),
    ("6 tháng cuối năm 2021", (dt.date(2021, 7, 1), dt.date(2021, 12, 31))),
    ("9 tháng đầu năm 2023", (dt.date(2023, 1, 1), dt.date(2023, 9, 30))),
    ("tháng 10/2019", (dt.date(2019, 10, 1), dt.date(2019, 10, 31))),
    ("giai đoạn 2016-2020", (dt.date(2016, 1, 1), dt.date(2020, 12, 31))),
])
def test_period_range(period, expected):
    assert period_range(period) == expected
    assert period_end(period) == expected[1]


def test_period_year_is_the_first_year_named():
    assert period_year("năm 2021 (đến 15/9/2021)") == 2021
    assert period_year("quý I năm 2020 (1/12/2019 – 29/2/2020)") == 2020
    assert period_year(None) is None


@pytest.mark.parametrize("text,period", [
    ("Trong tháng 10/2019, Trung tâm đã tiếp nhận 1.204 hồ sơ, đã giải quyết 1.190 hồ sơ.",
     "tháng 10/2019"),
    ("Trong tháng 8/2021 (21/7 – 20/8/2021), toàn tỉnh tiếp nhận 5.000 hồ sơ, đã giải quyết 4.900 hồ sơ.",
     "tháng 8/2021 (21/7 – 20/8/2021)"),
    ("Từ ngày 15/12/2023 đến ngày 14/3/2024, xã đã tiếp nhận 300 hồ sơ, đã giải quyết 290 hồ sơ.",
     "từ ngày 15/12/2023 đến ngày 14/3/2024"),
])
def test_figures_inherit_month_and_date_range_periods(text, period):
    stats = find_dossier_stats(DocText.from_text(text))
    assert [s.period for s in stats] == [period]


def test_a_date_is_no_month_period():
    text = "Theo Kế hoạch ngày 06 tháng 5 năm 2021, xã đã tiếp nhận 300 hồ sơ, đã giải quyết 290 hồ sơ."
    assert [s.period for s in find_dossier_stats(DocText.from_text(text))] == ["năm 2021"]
