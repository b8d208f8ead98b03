"""One document through every stage: load -> normalize -> find -> resolve -> audit.
Returns an Extraction; `to_contract` turns it into the public `cchc.extract/1` JSON."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from extractor import SCHEMA
from extractor.model import Extraction, Loaded
from extractor.normalize import DocText


def extract_loaded(loaded: Loaded) -> Extraction:
    from extractor.audit.document import audit_document
    from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
    from extractor.find.laws import find_laws
    from extractor.find.metadata import find_metadata
    from extractor.find.references import find_references

    doc = DocText(loaded.pages)
    meta = find_metadata(doc, loaded)
    refs = find_references(doc, own_number=meta.number)
    ex = Extraction(source=loaded, document=meta, references=refs,
                    laws=find_laws(doc),
                    scores=find_scores(doc, meta),
                    dossier_stats=find_dossier_stats(doc, meta),
                    tasks=find_tasks(doc, meta),
                    ratios=find_ratios(doc))
    ex.findings = audit_document(ex)
    return ex


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
        "references": [_strip(asdict(r), ("date_span",)) for r in ex.references],
        "laws": [asdict(x) for x in ex.laws],
        "scores": [asdict(x) for x in ex.scores],
        "dossier_stats": [_strip(asdict(x), ("evidence",)) for x in ex.dossier_stats],
        "tasks": [asdict(x) for x in ex.tasks],
        "ratios": [asdict(x) for x in ex.ratios],
        "findings": [_strip(asdict(f), ("doc_sha256",)) for f in ex.findings],
    }
