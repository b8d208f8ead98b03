"""The archive rules link mentions by key and date in one sweep (no comparison of all
pairs): on random archives they give exactly what the definition by pairs gives."""
import datetime as dt
import random
from collections import defaultdict

import pytest

from extractor.audit.archive import (Mention, _inversion_counts, _linked, _Point, clusters)
from extractor.model import Span
from extractor.grammar.docnumber import DocNumber


def pairwise_clusters(mentions):
    """The definition: the closure of `_linked` over all pairs of one ordinal and symbol."""
    groups = defaultdict(list)
    for m in mentions:
        groups[(m.parts.ordinal, m.parts.symbol)].append(m)
    out = []
    for group in groups.values():
        comp = list(range(len(group)))
        changed = True
        while changed:
            changed = False
            for i in range(len(group)):
                for j in range(len(group)):
                    if comp[i] != comp[j] and _linked(group[i], group[j]):
                        comp[i] = comp[j] = min(comp[i], comp[j])
                        changed = True
        sets = defaultdict(list)
        for i, m in enumerate(group):
            sets[comp[i]].append(m)
        out.extend(s for s in sets.values() if len(s) > 1)
    return out


def random_mentions(rng, n):
    numbers = ["61/2018/NĐ-CP", "61/2019/NĐ-CP", "61/2020/NĐ-CP", "61/NĐ-CP", "25/KH-UBND",
               "25/2021/KH-UBND", "26/KH-UBND", "19-NQ/TW"]
    issuers = [None, None, "chính phủ", "tỉnh khánh hòa", "thành phố nha trang"]
    out = []
    for i in range(n):
        number = rng.choice(numbers)
        date = None
        if rng.random() < 0.85:
            date = dt.date(rng.choice([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2024]),
                           rng.choice([1, 4]), rng.choice([6, 23]))
        out.append(Mention(DocNumber.parse(number), number, date, rng.choice(issuers),
                           [Span(1, i, i + 1, "x")], doc=f"d{i % 7}"))
    return out


def as_ids(cs):
    return sorted(sorted(m.spans[0].start for m in c) for c in cs)


@pytest.mark.parametrize("seed", range(60))
def test_sweep_clusters_equal_the_pairwise_closure(seed):
    rng = random.Random(seed)
    mentions = random_mentions(rng, rng.randint(2, 40))
    assert as_ids(clusters(mentions)) == as_ids(pairwise_clusters(mentions))


@pytest.mark.parametrize("seed", range(40))
def test_inversion_counts_equal_counting_all_pairs(seed):
    rng = random.Random(seed)
    points = {}
    for _ in range(rng.randint(1, 30)):
        n = rng.randint(1, 12)
        d = dt.date(2021, rng.randint(1, 4), rng.choice([1, 15]))
        points[(n, d)] = _Point(n, d, str(n))
    pts = list(points.values())
    expected = [sum(1 for q in pts if (p.n < q.n and p.date > q.date) or (q.n < p.n and q.date > p.date))
                for p in pts]
    assert _inversion_counts(pts) == expected
