"""Rule data: YAML files under rules/, each validated by a schema (pydantic model).

Every rule file has `entries`, and entries carry `examples` (texts their pattern must
match) and, where useful, `counter_examples` (texts it must not match). tests/
test_rules.py runs them both ways. Code holds only the grammar that uses the data.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

import yaml
from pydantic import BaseModel, ConfigDict


def rules_dir() -> Path:
    env = os.environ.get("CCHC_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent / "rules"


class Entry(BaseModel):
    """Generic entry: files may add fields; `examples` must be matched by the entry."""
    model_config = ConfigDict(extra="allow")
    examples: list[str] = []
    counter_examples: list[str] = []


class RuleFile(BaseModel):
    model_config = ConfigDict(extra="allow")
    schema_: Optional[str] = None
    description: str = ""
    entries: list[Entry]

    def get(self, key: str, value: Any) -> Optional[Entry]:
        for e in self.entries:
            if getattr(e, key, None) == value:
                return e
        return None


# name -> fields every entry must have (the schema beyond Entry's generic fields)
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {}


def register_schema(name: str, *fields: str) -> None:
    REQUIRED_FIELDS[name] = fields


register_schema("lookalikes", "char", "replacement")
register_schema("doc_types", "name", "words", "normative")
register_schema("issuers", "symbol")
register_schema("relations", "relation", "cues")
register_schema("laws", "name")
register_schema("figures", "kind", "key")
register_schema("criteria", "key", "name", "aliases")


@lru_cache(maxsize=None)
def load_rules(name: str) -> RuleFile:
    path = rules_dir() / f"{name}.yaml"
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if "schema" in data:
        data["schema_"] = data.pop("schema")
    rf = RuleFile.model_validate(data)
    for i, entry in enumerate(rf.entries):
        for f in REQUIRED_FIELDS.get(name, ()):
            if getattr(entry, f, None) in (None, ""):
                raise ValueError(f"{path}: entry {i} lacks required field {f!r}")
    return rf
