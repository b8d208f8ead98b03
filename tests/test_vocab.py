"""Rule files are strict: an unknown or misspelled key is an error naming file and key;
every shipped file follows its schema; a user's own rules folder works via $CCHC_RULES."""
import shutil

import pytest
import yaml

from extractor import vocab
from extractor.vocab import SCHEMAS, RuleFileError, check, load_yaml, rules_dir


def test_a_misspelled_entry_key_is_an_error_naming_file_and_key():
    """Regression: `countr_examples` loaded silently and switched the counter-example
    check off."""
    data = {"schema": "x", "entries": [{"name": "Thông tư", "words": ["thông tư"],
                                         "normative": "always",
                                         "countr_examples": ["Thông tư này"]}]}
    with pytest.raises(RuleFileError, match=r"doc_types.yaml: entry 0: unknown key 'countr_examples'"):
        check("doc_types", data, "doc_types.yaml")


def test_an_unknown_top_level_key_is_an_error():
    with pytest.raises(RuleFileError, match=r"unknown top-level key 'entires'"):
        check("issuers", {"entires": []}, "issuers.yaml")


def test_a_missing_required_field_is_an_error():
    with pytest.raises(RuleFileError, match=r"entry 0 lacks required field 'symbol'"):
        check("issuers", {"entries": [{"name": "Chính phủ"}]}, "issuers.yaml")


def test_a_file_without_a_declared_schema_is_refused():
    with pytest.raises(RuleFileError, match="no schema declared"):
        check("mystery", {"entries": []}, "mystery.yaml")


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_every_shipped_rule_file_follows_its_schema(name):
    load_yaml.cache_clear()
    assert load_yaml(name) is not None


def test_every_shipped_rule_file_has_a_schema():
    names = {str(p.relative_to(rules_dir()))[:-5] for p in rules_dir().rglob("*.yaml")}
    assert names == set(SCHEMAS)


def test_a_users_rules_folder_is_read_from_CCHC_RULES(tmp_path, monkeypatch):
    shutil.copytree(rules_dir(), tmp_path / "rules")
    path = tmp_path / "rules" / "issuers.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"][0]["nmae"] = "typo"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("CCHC_RULES", str(tmp_path / "rules"))
    vocab.load_yaml.cache_clear()
    try:
        assert vocab.rules_dir() == tmp_path / "rules"
        with pytest.raises(RuleFileError, match=r"issuers.yaml: entry 0: unknown key 'nmae'"):
            vocab.load_yaml("issuers")
    finally:
        vocab.load_yaml.cache_clear()


def test_every_rule_file_reads_the_same_with_the_fast_loader_as_with_pyyaml():
    # rules/ is read with libyaml's loader at every start-up (vocab._LOADER); it must
    # give exactly the data PyYAML's own parser gives, types included
    import yaml

    from extractor.vocab import _LOADER, rules_dir

    def typed(o):
        if isinstance(o, dict):
            return {k: typed(v) for k, v in o.items()}
        if isinstance(o, list):
            return [typed(v) for v in o]
        return (type(o).__name__, o)

    files = sorted(rules_dir().rglob("*.yaml"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert typed(yaml.load(text, Loader=_LOADER)) == typed(yaml.safe_load(text)), path
