"""Linking mentions within one document (resolve stage).

The identity of a document number (its key) is owned by extractor.grammar.docnumber;
this module links an undated mention to the dated mention of the same number in the
same document.
"""
from __future__ import annotations

import regex

from extractor.grammar.docnumber import base_key
from extractor.normalize import fold


_BODY = regex.compile(r"ủy ban nhân dân|uỷ ban nhân dân")


def _issuer_fold(issuer: str) -> str:
    return _BODY.sub("ubnd", fold(issuer))


def _same_issuer(a: str, b: str) -> bool:
    """Two stated issuers name the same body: equal, or one is the other cut short
    ("UBND tỉnh" / "UBND tỉnh Khánh Hòa"), "Ủy ban nhân dân" == "UBND"."""
    fa, fb = _issuer_fold(a), _issuer_fold(b)
    short, long_ = sorted((fa, fb), key=len)
    return long_ == short or long_.startswith(short + " ")


def link_within_document(refs: list) -> list:
    """Give an undated mention of an individual (no-year) number the key of its dated
    mention in the same document: "303/BC-UBND ngày 26/11/2019" ... "303/BC-UBND" ->
    both "303/BC-UBND@2019".

    Linked only when the document dates that ordinal+symbol with exactly one year, and
    the issuers agree when both mentions state one (an issuer read from the symbol does
    not count). Normative numbers (year in the number) are left alone. Returns `refs`,
    changed in place."""
    dated: dict[str, list] = {}
    for r in refs:
        if r.key and "@" in r.key:
            dated.setdefault(base_key(r.key), []).append(r)
    if not dated:
        return refs
    for r in refs:
        if not r.key or "@" in r.key or r.year is not None or r.key not in dated:
            continue
        cands = dated[r.key]
        years = {c.key.split("@", 1)[1] for c in cands}
        if len(years) != 1:
            continue
        stated = None if r.issuer_inferred else r.issuer
        if stated and not any(c.issuer_inferred or not c.issuer
                              or _same_issuer(stated, c.issuer) for c in cands):
            continue
        r.key = cands[0].key
    return refs
