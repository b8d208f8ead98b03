"""Rule data of the reference and law finders: every entry's examples are found as the
entry says, counter_examples are not (rules/doc_types.yaml, issuers.yaml,
relations.yaml, laws.yaml)."""
import pytest

from extractor.find.laws import find_laws
from extractor.find.references import find_references, relation_before
from extractor.vocab.symbols import issuer_entry
from extractor.normalize import DocText
from extractor.vocab import load_rules


def refs(text):
    return find_references(DocText.from_text(text))


def _cases(name, field="examples"):
    rf = load_rules(name)
    return [(e, x) for e in rf.entries for x in getattr(e, field)]


@pytest.mark.parametrize("entry,example", _cases("doc_types"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_doc_type_examples_found(entry, example):
    got = refs(example)
    assert len(got) == 1, got
    want = entry.name
    if getattr(entry, "generic", False):
        want = "Công văn"  # a generic word: the type comes from the symbol
    assert got[0].doc_type == want
    assert got[0].start == 0 and got[0].text == example  # the type word is part of the span


@pytest.mark.parametrize("entry,example", _cases("doc_types", "counter_examples"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_doc_type_counter_examples(entry, example):
    assert all(r.doc_type != entry.name for r in refs(example))


def test_doc_types_cover_the_reference_list():
    """Every type of /work/shared/reference/doc-types.tsv (copied here) has an entry."""
    names = {e.name for e in load_rules("doc_types").entries}
    listed = ["Nghị quyết", "Quyết định", "Chỉ thị", "Quy chế", "Quy định", "Thông cáo",
              "Thông báo", "Hướng dẫn", "Chương trình", "Kế hoạch", "Phương án", "Đề án",
              "Dự án", "Báo cáo", "Biên bản", "Tờ trình", "Hợp đồng", "Công điện",
              "Bản ghi nhớ", "Bản thỏa thuận", "Giấy ủy quyền", "Giấy mời",
              "Giấy giới thiệu", "Giấy nghỉ phép", "Phiếu gửi", "Phiếu chuyển", "Phiếu báo",
              "Bản sao y", "Bản trích sao", "Bản sao lục", "Công văn", "Nghị định",
              "Thông tư", "Thông tư liên tịch", "Luật", "Pháp lệnh"]
    assert set(listed) <= names


@pytest.mark.parametrize("entry,example", _cases("doc_types"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_bare_number_gets_the_type_of_its_abbreviation(entry, example):
    """The number alone (no type word) gets the type named by its abbreviation."""
    (r,) = refs(example)
    bare = refs(f"theo {r.number}")
    assert len(bare) == 1
    abbrs = [a.upper() for a in entry.abbreviations]
    first = r.symbol.replace("/", "-").split("-")[0].upper()
    if first in abbrs:
        assert bare[0].doc_type in (entry.name, r.doc_type)


@pytest.mark.parametrize("entry,example", _cases("issuers"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_issuer_examples_match(entry, example):
    assert issuer_entry(example) is not None


@pytest.mark.parametrize("entry,example", _cases("issuers", "counter_examples"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_issuer_counter_examples(entry, example):
    import regex
    assert not regex.fullmatch(entry.symbol, example)


@pytest.mark.parametrize("entry,example", _cases("relations"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_relation_examples(entry, example):
    assert relation_before(example) == entry.relation
    (r,) = refs(example + "Quyết định số 12/QĐ-UBND")
    assert r.relation == entry.relation


@pytest.mark.parametrize("entry,example", _cases("relations", "counter_examples"),
                         ids=lambda v: v if isinstance(v, str) else "")
def test_relation_counter_examples(entry, example):
    (r,) = refs(example + " Quyết định số 12/QĐ-UBND")
    assert r.relation != entry.relation


@pytest.mark.parametrize("entry", load_rules("laws").entries, ids=lambda e: e.name)
def test_law_examples(entry):
    got = [[x.name, x.year] for ex in entry.examples for x in find_laws(DocText.from_text(ex))]
    assert got == entry.found


@pytest.mark.parametrize("text", load_rules("laws").counter_examples)
def test_law_counter_examples(text):
    assert find_laws(DocText.from_text(text)) == []
