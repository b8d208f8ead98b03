"""spaCy frame around the finders.

`make_nlp()` builds a blank Vietnamese pipeline (no pyvi word segmentation needed) with
the component "cchc_references", which runs `find_references` on `doc.text` and puts
each mention in `doc.spans["references"]`; the span's `._.reference` holds the
`Reference`. The finders themselves do not need spaCy: `find_references` is a pure
function on DocText, and this frame is for users who compose spaCy pipelines.
"""
from __future__ import annotations

from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from extractor.find.references import find_references
from extractor.normalize import DocText

SPANS_KEY = "references"

if not Span.has_extension("reference"):
    Span.set_extension("reference", default=None)


@Language.component("cchc_references")
def references_component(doc: Doc) -> Doc:
    """Mentions of numbered documents as spans (alignment expanded to whole tokens)."""
    dt = DocText.from_text(doc.text)
    spans = []
    for ref in find_references(dt, own_number=doc.user_data.get("own_number")):
        # one page: page offsets are document offsets
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            continue
        span._.reference = ref
        spans.append(span)
    doc.spans[SPANS_KEY] = spans
    return doc


def make_nlp() -> Language:
    """Blank Vietnamese pipeline with the references component."""
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    nlp.add_pipe("cchc_references")
    return nlp
