"""spaCy frame around the stages of `extractor.stages.STAGES`.

`make_nlp()` builds a blank Vietnamese pipeline (no pyvi word segmentation needed) with
one registered component per stage, in the same order `extract()` runs them:
"cchc_metadata", "cchc_references", "cchc_laws", "cchc_scores", "cchc_dossier_stats",
"cchc_tasks" and "cchc_ratios". Each component calls the very same stage function as
`extract()`, on the facts the earlier components left in `doc.user_data["cchc_facts"]`,
and writes its facts to `doc.spans[<field>]` (e.g. `doc.spans["references"]`), every span
carrying its fact in `span._.fact` (and `span._.reference` for references); metadata
spans carry the field name as label. `extraction(doc)` gives the Extraction, identical to
`extractor.extract(text)` on the same text.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.stages import STAGES, Facts, finish
from extractor.model import Extraction, Loaded
from extractor.normalize import DocText

FACTS_KEY = "cchc_facts"

for _ext in ("reference", "fact"):
    if not Span.has_extension(_ext):
        Span.set_extension(_ext, default=None)

# component name -> (Extraction field, stage)
COMPONENTS: dict[str, tuple[str, Callable[[Facts], Any]]] = {
    ("cchc_metadata" if name == "document" else f"cchc_{name}"): (name, stage)
    for name, stage in STAGES}


def _facts(doc: Doc) -> Facts:
    facts = doc.user_data.get(FACTS_KEY)
    if facts is None:
        facts = Facts(DocText.from_text(doc.text))
        doc.user_data[FACTS_KEY] = facts
    return facts


def _evidence(facts: Facts, field: str, value: Any) -> Iterable[tuple[int, int, Any, str]]:
    """(start, end, fact, label) of a stage's facts, in doc.text offsets (a page's offset
    plus the page's start in the joined text)."""
    starts = facts.doc.starts
    if field == "document":
        for name, span in value.evidence.items():
            yield starts[span.page - 1] + span.start, starts[span.page - 1] + span.end, value, name
        return
    for fact in value:
        yield starts[fact.page - 1] + fact.start, starts[fact.page - 1] + fact.end, fact, field


def _component(name: str) -> Callable[[Doc], Doc]:
    field, stage = COMPONENTS[name]

    def component(doc: Doc) -> Doc:
        facts = _facts(doc)
        value = stage(facts)
        facts.values[field] = value
        spans = []
        for start, end, fact, label in _evidence(facts, field, value):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None:
                continue
            span._.fact = fact
            if field == "references":
                span._.reference = fact
            spans.append(span)
        doc.spans[field] = spans
        return doc

    component.__doc__ = f"Facts of {name} as spans in doc.spans[{field!r}]."
    return component


for _name in COMPONENTS:
    Language.component(_name, func=_component(_name))


def make_nlp(components: tuple[str, ...] = tuple(COMPONENTS)) -> Language:
    """Blank Vietnamese pipeline with the stage components (all by default)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    for name in components:
        nlp.add_pipe(name)
    return nlp


def make_doc(nlp: Language, loaded: Loaded) -> Doc:
    """Run the pipeline on a loaded document (any format, several pages): doc.text is the
    pages joined by newlines, as the finders see them."""
    facts = Facts(DocText(loaded.pages), loaded)
    doc = nlp.make_doc(facts.doc.text)
    doc.user_data[FACTS_KEY] = facts
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def extraction(doc: Doc, path: str = "<text>") -> Extraction:
    """The audited Extraction of a doc that went through the whole pipeline."""
    from extractor.load import load_string
    facts = _facts(doc)
    return finish(facts, facts.loaded or load_string(doc.text, path))
