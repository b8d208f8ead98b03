"""Resolving a document's own metadata: which unit issued it (extractor.resolve.units),
given the issuer the header names and the words around it."""
from __future__ import annotations

from extractor.model import DocumentMeta
from extractor.normalize import DocText
from extractor.resolve.units import resolve_unit

# Words around the issuer that tell units of the same name apart: the head (header,
# place-date line) and the tail (signature block) of the document.
CONTEXT_CHARS = 1500


def resolve_metadata(meta: DocumentMeta, doc: DocText) -> DocumentMeta:
    """Fill `meta.unit` from `meta.issuer`; returns `meta`, changed in place."""
    if meta.issuer:
        context = doc.view[:CONTEXT_CHARS] + "\n" + doc.view[-CONTEXT_CHARS:]
        meta.unit = resolve_unit(meta.issuer, context)
    return meta
