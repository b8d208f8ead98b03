"""spaCy frame around the finders.

`make_nlp()` builds a blank Vietnamese pipeline (no pyvi word segmentation needed) with
one registered component per finder: "cchc_references", "cchc_laws", "cchc_scores",
"cchc_dossier_stats", "cchc_tasks" and "cchc_ratios". Each runs its finder on
`doc.text` and writes its facts to `doc.spans[<name>]` (e.g. `doc.spans["references"]`),
every span carrying its fact in `span._.fact` (and `span._.reference` for references),
so that displaCy or any later component can show or use the evidence. The finders
themselves do not need spaCy: they are pure functions on DocText, and this frame is for
users who compose spaCy pipelines.
"""
from __future__ import annotations

from typing import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
from extractor.find.laws import find_laws
from extractor.find.references import find_references
from extractor.normalize import DocText

SPANS_KEY = "references"

for _ext in ("reference", "fact"):
    if not Span.has_extension(_ext):
        Span.set_extension(_ext, default=None)

# component name -> (spans key, finder on a one-page DocText)
FINDERS: dict[str, tuple[str, Callable[[Doc, DocText], list]]] = {
    "cchc_references": ("references", lambda doc, dt: find_references(
        dt, own_number=doc.user_data.get("own_number"))),
    "cchc_laws": ("laws", lambda doc, dt: find_laws(dt)),
    "cchc_scores": ("scores", lambda doc, dt: find_scores(dt)),
    "cchc_dossier_stats": ("dossier_stats", lambda doc, dt: find_dossier_stats(dt)),
    "cchc_tasks": ("tasks", lambda doc, dt: find_tasks(dt)),
    "cchc_ratios": ("ratios", lambda doc, dt: find_ratios(dt)),
}


def _component(name: str) -> Callable[[Doc], Doc]:
    key, finder = FINDERS[name]

    def component(doc: Doc) -> Doc:
        spans = []
        for fact in finder(doc, DocText.from_text(doc.text)):
            # one page: page offsets are document offsets
            span = doc.char_span(fact.start, fact.end, alignment_mode="expand")
            if span is None:
                continue
            span._.fact = fact
            if key == "references":
                span._.reference = fact
            spans.append(span)
        doc.spans[key] = spans
        return doc

    component.__doc__ = f"Facts of {name} as spans in doc.spans[{key!r}]."
    return component


for _name in FINDERS:
    Language.component(_name, func=_component(_name))


def make_nlp(components: tuple[str, ...] = tuple(FINDERS)) -> Language:
    """Blank Vietnamese pipeline with the finder components (all by default)."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    for name in components:
        nlp.add_pipe(name)
    return nlp
