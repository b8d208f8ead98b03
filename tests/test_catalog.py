"""The national document catalog: every entry's examples resolve to it; users extend it."""
import datetime as dt

import pytest

from extractor.grammar.dates import vi_date
from extractor.grammar.docnumber import DocNumber
from extractor.resolve.catalog import build_yaml_from_tsv, load_catalog

parse_number = DocNumber.parse


def test_every_yaml_example_resolves():
    import yaml
    from extractor.vocab import rules_dir
    data = yaml.safe_load((rules_dir() / "catalog.yaml").read_text(encoding="utf-8"))
    cat = load_catalog()
    for d in data["entries"]:
        assert d["examples"], d["number"]
        for text in d["examples"]:
            e = cat.resolve_citation(text)
            assert e is not None and e.number == d["number"] and e.date.isoformat() == d["date"], text
        for text in d.get("counter_examples", []):
            e = cat.resolve_citation(text)
            assert e is None or e.number != d["number"] or e.date.isoformat() != d["date"], text


def test_reused_individual_number_needs_the_date():
    cat = load_catalog()
    assert cat.get("76/NQ-CP") is None
    assert cat.get("76/NQ-CP", dt.date(2021, 7, 15)).subject.startswith("Chương trình tổng thể")
    assert cat.get("76/NQ-CP", dt.date(2013, 6, 13)).date == dt.date(2013, 6, 13)
    assert cat.get("76/NQ-CP", dt.date(2019, 1, 1)) is None
    # normative numbers: the number alone decides, lookalikes and spacing repaired
    assert cat.get("61/2018/NÐ-CP").date == dt.date(2018, 4, 23)
    assert cat.get("30C/NQ-CP").number == "30c/NQ-CP"


def test_parse_number():
    p = parse_number("061/2018/NĐ-CP")
    assert (p.ordinal, p.year, p.symbol, p.type_abbr, p.key) == ("61", 2018, "NĐ-CP", "NĐ", "61/2018/NĐ-CP")
    p = parse_number("19-NQ/TW")
    assert (p.party, p.type_abbr, p.key) == (True, "NQ", "19-NQ/TW")
    assert parse_number("16 /KH-UBND").key == "16/KH-UBND"
    assert parse_number("về việc") is None


def test_vi_date_leading_zeros():
    assert vi_date(dt.date(2018, 4, 23)) == "23/4/2018"
    assert vi_date(dt.date(2020, 3, 5)) == "05/3/2020"
    assert vi_date(dt.date(2011, 1, 19)) == "19/01/2011"


def test_user_catalog_extends(tmp_path, monkeypatch):
    (tmp_path / "local.yaml").write_text(
        "entries:\n  - number: 13/2016/QĐ-UBND\n    doc_type: Quyết định\n    date: '2016-06-17'\n"
        "    issuer: UBND tỉnh Hải Dương\n    checked: seen in a source\n", encoding="utf-8")
    monkeypatch.setenv("CCHC_CATALOG", str(tmp_path))
    cat = load_catalog()
    assert cat.get("13/2016/QĐ-UBND").issuer == "UBND tỉnh Hải Dương"
    assert cat.get("61/2018/NĐ-CP") is not None  # the shipped catalog is still there
    monkeypatch.delenv("CCHC_CATALOG")
    assert load_catalog().get("13/2016/QĐ-UBND") is None


def test_bad_user_entry_is_refused(tmp_path, monkeypatch):
    (tmp_path / "bad.yaml").write_text("entries:\n  - number: hello\n    doc_type: x\n    checked: unchecked\n",
                                       encoding="utf-8")
    monkeypatch.setenv("CCHC_CATALOG", str(tmp_path))
    with pytest.raises(ValueError):
        load_catalog()


def test_catalog_is_the_reference_tsv():
    """The catalog is built from the reference table kept in the repository
    (corpora/reference/national-documents.tsv, a copy of shared/reference)."""
    import os
    tsv = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                       "corpora", "reference", "national-documents.tsv")
    import yaml
    built = yaml.safe_load(build_yaml_from_tsv(tsv))["entries"]
    numbers = [(e.number, e.date.isoformat() if e.date else None, e.checked) for e in load_catalog().entries]
    assert [(d["number"], d["date"] or None, d["checked"]) for d in built] == numbers
