"""cchc-extractor: mine Vietnamese CCHC reports into a queryable, auditable database.

Stages, data flowing one way (see docs/architecture.md):
load -> normalize -> grammar/vocab -> find -> resolve -> audit -> store -> query -> cli.

Public API (imports are lazy, so `import extractor` stays cheap):

    extractor.extract(path_or_text)        -> Extraction (every fact, audited)
    extractor.find_references(text)        -> list[Reference]
    extractor.annotate(text, facts)        -> HTML with every fact marked
    extractor.Archive(url)                 -> the stored archive and its queries
    extractor.to_contract(extraction)      -> the `cchc.extract/1` JSON (a dict)
"""
from __future__ import annotations

__version__ = "0.1.0"
SCHEMA = "cchc.extract/1"

__all__ = ["extract", "find_references", "annotate", "Archive", "to_contract",
           "__version__", "SCHEMA"]

_LAZY = {
    "extract": ("extractor.api", "extract"),
    "find_references": ("extractor.api", "find_references"),
    "annotate": ("extractor.api", "annotate"),
    "Archive": ("extractor.api", "Archive"),
    "to_contract": ("extractor.stages", "to_contract"),
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib
        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")


def __dir__():
    return sorted(list(globals()) + list(_LAZY))
