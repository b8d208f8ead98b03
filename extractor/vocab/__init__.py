"""Rule data: the only reader of the YAML files under rules/.

Every rule file has `entries` (or, for the encoding tables, named top-level tables), and
entries carry `examples` (texts their pattern must match) and, where useful,
`counter_examples` (texts it must not match); the tests run them both ways. Code
elsewhere holds only the grammar that uses the data.

Schemas are strict: each file's top-level keys and each entry's keys are declared in
`SCHEMAS`; an unknown key ("countr_examples") or a missing required one is a
`RuleFileError` naming the file, the entry and the key — a misspelling never silently
switches a check off.

Where the files are: `$CCHC_RULES` (a user's own rules folder, same layout), otherwise
the `rules/` folder shipped inside the package (`importlib.resources`; in a source
checkout `extractor/rules` is a link to the top-level `rules/`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Optional

import yaml
from pydantic import BaseModel, ConfigDict

_COMMON_TOP = ("schema", "description", "entries")
_COMMON_ENTRY = ("examples", "counter_examples")


@dataclass(frozen=True)
class Schema:
    required: tuple[str, ...]            # fields every entry must have (non-empty)
    optional: tuple[str, ...] = ()       # fields an entry may have
    top: tuple[str, ...] = ()            # extra top-level keys besides schema/description/entries

    def entry_keys(self) -> frozenset[str]:
        return frozenset(self.required + self.optional + _COMMON_ENTRY)

    def top_keys(self) -> frozenset[str]:
        return frozenset(_COMMON_TOP + self.top)


# file name (without .yaml) -> schema
SCHEMAS: dict[str, Schema] = {
    "lookalikes": Schema(("char", "replacement"), ("repaired",)),
    "doc_types": Schema(("name", "words", "normative"),
                        ("abbreviations", "party", "unaccented", "generic",
                         "title_examples")),
    "issuers": Schema(("symbol",), ("name",), top=("name_words", "stop_phrases", "concurrent_titles")),
    "relations": Schema(("relation", "cues"), (), top=("max_gap_words",)),
    "laws": Schema(("name",), ("found",), top=("stop_words", "counter_examples")),
    "figures": Schema(("kind", "key"), ("pattern", "position", "indicator", "vi", "en",
                                        "message", "message_en")),
    "criteria": Schema(("key", "name", "aliases"), ("name_en", "successor_of")),
    "messages": Schema(("rule", "variant", "severity", "message", "message_en"), ("sample",)),
    "metadata": Schema(("kind",), ("name", "pattern", "case", "description",
                                   "display", "names", "field")),
    "units": Schema(("kind", "canonical", "aliases"), ("level", "short", "named")),
    "catalog": Schema(("number", "doc_type", "issuer"),
                      ("date", "subject", "status", "checked", "in_force_to", "in_force_from",
                       "note", "amended_by", "replaced_by", "replacement_checked", "aliases")),
    "encodings/detect": Schema((), top=("common_words",)),
    "encodings/tcvn3": Schema((), top=("name", "table", "c0_letters")),
    "encodings/vni": Schema((), top=("name", "bases", "letters", "marks", "examples")),
}


class RuleFileError(ValueError):
    """A rule file that does not follow its schema."""


def rules_dir() -> Path:
    """The folder the rule files are read from."""
    env = os.environ.get("CCHC_RULES")
    if env:
        return Path(env)
    return Path(str(resources.files("extractor") / "rules"))


def rules_path(name: str) -> Path:
    """Path of one rule file ("doc_types", "encodings/tcvn3")."""
    return rules_dir() / f"{name}.yaml"


class Entry(BaseModel):
    """One entry; its keys were checked against the file's schema before this is built."""
    model_config = ConfigDict(extra="allow")
    examples: list[str] = []
    counter_examples: list[str] = []


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="allow")
    schema_: Optional[str] = None
    description: str = ""
    entries: list[Entry] = []

    def get(self, key: str, value: Any) -> Optional[Entry]:
        for e in self.entries:
            if getattr(e, key, None) == value:
                return e
        return None


def check(name: str, data: Any, where: str) -> None:
    """Raise RuleFileError when `data` (a parsed rule file) breaks `name`'s schema."""
    schema = SCHEMAS.get(name)
    if schema is None:
        raise RuleFileError(f"{where}: no schema declared for rule file {name!r} "
                            f"(add it to extractor.vocab.SCHEMAS)")
    if not isinstance(data, dict):
        raise RuleFileError(f"{where}: expected a mapping at the top level")
    for k in data:
        if k not in schema.top_keys():
            raise RuleFileError(f"{where}: unknown top-level key {k!r} "
                                f"(allowed: {', '.join(sorted(schema.top_keys()))})")
    entries = data.get("entries")
    if entries is None:
        return
    if not isinstance(entries, list):
        raise RuleFileError(f"{where}: 'entries' must be a list")
    allowed = schema.entry_keys()
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            raise RuleFileError(f"{where}: entry {i} is not a mapping")
        for k in e:
            if k not in allowed:
                raise RuleFileError(f"{where}: entry {i}: unknown key {k!r} "
                                    f"(allowed: {', '.join(sorted(allowed))})")
        for f in schema.required:
            if e.get(f) in (None, ""):
                raise RuleFileError(f"{where}: entry {i} lacks required field {f!r}")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """A rule file's data, checked against its schema ("encodings/tcvn3", "catalog")."""
    path = rules_path(name)
    with open(path, encoding="utf-8") as fh:
        data = yaml.load(fh, Loader=_LOADER)
    check(name, data, str(path))
    return data


# libyaml's safe loader when PyYAML was built with it: the same data from every rule
# file of rules/ (checked), about 7x faster to read, and every run's start-up reads
# them; a user's file keeps PyYAML's own parser (its errors, its edge cases)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_file(path: Path, name: str) -> Any:
    """A user's extra rule file (e.g. a catalog in $CCHC_CATALOG), checked as `name`."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    check(name, data, str(path))
    return data


@lru_cache(maxsize=None)
def load_rules(name: str) -> RuleFile:
    """A rule file with `entries`, as a RuleFile (entries' fields as attributes)."""
    data = dict(load_yaml(name))
    if "schema" in data:
        data["schema_"] = data.pop("schema")
    return RuleFile.model_validate(data)
