"""SQLite and PostgreSQL give the same answers, in the same order, with the same full-text
semantics (issue 13). Runs when CCHC_TEST_PG_URL names a PostgreSQL database (CI starts a
real server with scripts/ci_postgres.sh); every test works in a schema of its own."""
import pytest

from conftest import CORPORA, PG_URL, SEEDS, pg_scratch_url

pytestmark = pytest.mark.skipif(not PG_URL, reason="CCHC_TEST_PG_URL not set "
                                "(CI sets it: scripts/ci_postgres.sh)")


def test_ingest_and_queries_on_postgresql():
    from extractor import query
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    engine = open_engine(pg_scratch_url())
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert ingest(engine, files).new == 5
    assert ingest(engine, files).unchanged == 5
    units = {r["unit"] for r in query.cited_by(engine, "61/2018/NĐ-CP")}
    assert units == {"phường Trần Phú", "thành phố Nha Trang", "xã Tóc Tiên"}
    assert {d["number"] for d in query.docs(engine, text="khánh hoà")} == {"2286/BC-UBND"}
    assert any(r["value"] == 76.824 for r in query.scores(engine, "xã Tóc Tiên"))
    assert query.findings(engine, rule="number-year-vs-date")


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """The same files ingested, in the same order, into SQLite and into PostgreSQL."""
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    files = sorted(str(p) for p in (CORPORA / "seeds").glob("*.txt"))
    files += sorted(str(p) for p in (CORPORA / "unseen").glob("*.txt"))
    lite = open_engine(str(tmp_path_factory.mktemp("cmp") / "cmp.db"))
    pg = open_engine(pg_scratch_url())
    for engine in (lite, pg):
        summary = ingest(engine, files)
        assert summary.new == len(files) and summary.failed == 0
    return lite, pg


def _questions(engine):
    """Every query the CLI offers, with arguments drawn from the stored data."""
    import regex

    from extractor import query
    from extractor.search import loose
    docs = query.docs(engine)
    units = sorted({d["unit"] for d in docs if d["unit"]})
    yield "stats", (), {}
    yield "docs", (), {}
    yield "failures", (), {}
    for u in units:
        for fn in ("cites", "scores", "dossiers"):
            yield fn, (u,), {}
        yield "docs", (), {"unit": u}
        yield "findings", (), {"unit": u}
    for province in ("Hải Dương", "Khánh Hòa", "Sở Nội vụ", "tran phu", "Huế"):
        yield "docs", (), {"unit": province}
        yield "cites", (province,), {}
    for year in sorted({d["date"][:4] for d in docs if d["date"]}):
        yield "docs", (), {"year": int(year)}
        yield "findings", (), {"since": year}
    for dt in sorted({d["doc_type"] for d in docs if d["doc_type"]}):
        yield "docs", (), {"doc_type": dt}
    for sev in ("error", "warning", "info"):
        yield "findings", (), {"severity": sev}
    cited = set()
    for u in units:
        cited |= {r["number"] for r in query.cites(engine, u)}
    for number in sorted(cited):
        yield "cited_by", (number,), {}
    for d in docs:
        yield "show", (d["path"],), {}
    # full text: single words (with and without marks), two- and three-word phrases
    words = []
    for d in docs[:12]:
        text = (query.show(engine, str(d["id"])) or {}).get("document", {}).get("title") or ""
        words += regex.findall(r"\p{L}+", text)
    for w in sorted(set(words))[:60]:
        yield "docs", (), {"text": w}
        yield "docs", (), {"text": loose(w)}
    for phrase in ("một cửa liên thông", "mot cua lien thong", "chín", "chin",
                   "cải cách hành chính", "KHÁNH HOÀ", "Khánh Hòa", "61/2018/NĐ-CP",
                   "nghị định", "%", "_", " ", "'\"", "NĐ-CP"):
        yield "docs", (), {"text": phrase}


def _without_ids(x):
    if isinstance(x, dict):
        return {k: _without_ids(v) for k, v in x.items() if k not in ("id", "document_id", "cited_id")}
    if isinstance(x, list):
        return [_without_ids(v) for v in x]
    return x


def test_every_query_answers_the_same_on_sqlite_and_postgresql(both):
    from extractor import query
    lite, pg = both
    asked = 0
    for name, args, kwargs in _questions(lite):
        fn = getattr(query, name)
        a, b = fn(lite, *args, **kwargs), fn(pg, *args, **kwargs)
        # row ids are each database's own (a PostgreSQL sequence may skip numbers)
        assert _without_ids(a) == _without_ids(b), (name, args, kwargs)
        asked += 1
    assert asked > 300


def test_full_text_means_whole_words_without_marks_on_both(both):
    from extractor import query
    for engine in both:
        marked = {d["id"] for d in query.docs(engine, text="một cửa liên thông")}
        assert marked and marked == {d["id"] for d in query.docs(engine, text="mot cua lien thong")}
        # whole words: a word's prefix finds nothing it would not find as a word
        assert query.docs(engine, text="chín") == query.docs(engine, text="chin")
        assert query.docs(engine, text="cải cách hành chín") == []
