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

from dataclasses import asdict, dataclass, field
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
    from extractor.resolve.units import figure_unit
    out = find_scores(f.doc, f.document)
    for s in out:  # resolve: the unit each score's subject names
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
    ex.findings = audit_document(ex)
    return ex


def extract_loaded(loaded: Loaded) -> Extraction:
    return finish(run_stages(DocText(loaded.pages), loaded), loaded)


def extract_path(path: str) -> Extraction:
    from extractor.load import load
    return extract_loaded(load(path))


def _strip(d: dict[str, Any], drop: tuple[str, ...]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in drop}


def to_contract(ex: Extraction) -> dict[str, Any]:
    """Serialize to `cchc.extract/1`. Contract fields first; extra fields are allowed."""
    meta = asdict(ex.document)
    meta["evidence"] = {k: asdict(span) for k, span in ex.document.evidence.items()}
    return {
        "schema": SCHEMA,
        "source": ex.source.source_json(),
        "document": meta,
        **{name: [_strip(asdict(x), CONTRACT_OMITS.get(name, ())) for x in getattr(ex, name)]
           for name in ("references", "laws", "scores", "dossier_stats", "tasks", "ratios",
                        "findings")},
    }
