"""The one orchestrator: one document through every stage,
load -> normalize -> find -> resolve -> audit.

`STAGES` is the only list of finders and the order they run in. `extract_loaded` runs it
directly; `extractor.pipeline` registers each entry as a spaCy component that runs the very
same function, so a spaCy user and `cchc extract` get identical facts (tested on every
corpus document). A stage reads the document text and the facts of the stages before it
(`Facts`), and returns its own facts.

`to_contract` turns an Extraction into the public `cchc.extract/1` JSON.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Callable, Optional

from extractor import SCHEMA
from extractor.model import CONTRACT_OMITS, DocumentMeta, Extraction, Loaded
from extractor.normalize import DocText


@dataclass
class Facts:
    """What the stages found so far in one document (the Extraction's fields)."""
    doc: DocText
    loaded: Optional[Loaded] = None
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def document(self) -> DocumentMeta:
        return self.values.get("document") or DocumentMeta()


def read_document(doc: DocText, loaded: Optional[Loaded] = None) -> DocumentMeta:
    """The document's own metadata, its issuing unit resolved (the metadata stage)."""
    from extractor.find.metadata import find_metadata
    from extractor.resolve.document import resolve_metadata
    return resolve_metadata(find_metadata(doc, loaded), doc)


def _metadata(f: Facts):
    return read_document(f.doc, f.loaded)


def _references(f: Facts):
    from extractor.find.references import find_references
    from extractor.resolve.keys import link_within_document
    return link_within_document(find_references(f.doc, own_number=f.document.number))


def _laws(f: Facts):
    from extractor.find.laws import find_laws
    return find_laws(f.doc)


def _scores(f: Facts):
    from extractor.find.figures import find_scores
    from extractor.resolve.units import figure_unit, resolve_bare_levels
    out = find_scores(f.doc, f.document)
    linked = resolve_bare_levels([((s.page, s.start), s.subject) for s in out], f.document.unit)
    for s, subject in zip(out, linked):  # resolve: the unit each score's subject names
        s.subject = subject
        s.scope_unit = figure_unit(s.subject, f.document.issuer)
    return out


def _dossier_stats(f: Facts):
    from extractor.find.figures import find_dossier_stats
    from extractor.resolve.units import figure_unit
    out = find_dossier_stats(f.doc, f.document)
    for d in out:  # resolve: the unit each statistic's scope names
        d.scope_unit = figure_unit(d.scope, f.document.issuer)
    return out


def _tasks(f: Facts):
    from extractor.find.figures import find_tasks
    return find_tasks(f.doc, f.document)


def _ratios(f: Facts):
    from extractor.find.figures import find_ratios
    return find_ratios(f.doc)


# (Extraction field, stage) in running order; metadata first: later stages read it
STAGES: tuple[tuple[str, Callable[[Facts], Any]], ...] = (
    ("document", _metadata),
    ("references", _references),
    ("laws", _laws),
    ("scores", _scores),
    ("dossier_stats", _dossier_stats),
    ("tasks", _tasks),
    ("ratios", _ratios),
)


def run_stages(doc: DocText, loaded: Optional[Loaded] = None) -> Facts:
    facts = Facts(doc, loaded)
    for name, stage in STAGES:
        facts.values[name] = stage(facts)
    return facts


def finish(facts: Facts, loaded: Loaded) -> Extraction:
    """The Extraction of the stages' facts, audited."""
    from extractor.audit.document import audit_document
    ex = Extraction(source=loaded, **facts.values)
    ex.findings = audit_document(ex, facts.doc)
    return ex


def extract_loaded(loaded: Loaded) -> Extraction:
    return finish(run_stages(DocText(loaded.pages), loaded), loaded)


def extract_path(path: str) -> Extraction:
    from extractor.load import load
    return extract_loaded(load(path))


def _strip(d: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in drop}


_FIELDS: dict[type, tuple[str, ...]] = {}
_ATOMS = (str, int, float, bool, type(None))


def _plain(obj: Any) -> Any:
    """dataclasses.asdict for the model's values (dataclasses, lists, tuples, dicts and
    atoms), without asdict's generic recursion and deep copies: the same data in a
    third of the time (it was most of the cost of serializing an extraction)."""
    if type(obj) in _ATOMS:
        return obj
    names = _FIELDS.get(type(obj))
    if names is None and is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELDS[type(obj)] = tuple(f.name for f in fields(obj))
    if names is not None:
        return {n: _plain(getattr(obj, n)) for n in names}
    if type(obj) is list:
        return [_plain(v) for v in obj]
    if type(obj) is dict:
        return {_plain(k): _plain(v) for k, v in obj.items()}
    if type(obj) is tuple:
        return tuple(_plain(v) for v in obj)
    from dataclasses import asdict
    import copy
    if is_dataclass(obj) or isinstance(obj, (list, tuple, dict)):
        return asdict(_Box(obj))["value"]  # subclasses, named tuples: asdict's own rules
    return copy.deepcopy(obj)


@dataclass
class _Box:
    value: Any


def to_contract(ex: Extraction) -> dict[str, Any]:
    """Serialize to `cchc.extract/1`. Contract fields first; extra fields are allowed."""
    meta = _plain(ex.document)
    return {
        "schema": SCHEMA,
        "source": ex.source.source_json(),
        "document": meta,
        **{name: [_strip(_plain(x), CONTRACT_OMITS.get(name, ())) for x in getattr(ex, name)]
           for name in ("references", "laws", "scores", "dossier_stats", "tasks", "ratios",
                        "findings")},
    }
