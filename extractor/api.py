"""The public Python API (re-exported by `extractor`): extract, find_references,
annotate, Archive. Every function here only composes the stages; no knowledge lives here.

    >>> import extractor
    >>> [r.number for r in extractor.find_references(
    ...     "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ")]
    ['61/2018/NĐ-CP']
"""
from __future__ import annotations

import os
from typing import Any, Iterable, Optional, Sequence, Union

from extractor.model import Extraction, Page, Reference


def _is_path(value: Union[str, os.PathLike]) -> bool:
    if isinstance(value, os.PathLike):
        return True
    return "\n" not in value and len(value) < 4096 and os.path.isfile(value)


def extract(path_or_text: Union[str, os.PathLike]) -> Extraction:
    """Every fact of one document, audited. A path to an existing file is loaded (PDF,
    DOCX, HTML, TXT in any supported encoding); any other string is the document's text.
    Raises extractor.model.LoadError (one-line reason) for a file that cannot be read."""
    from extractor.stages import extract_loaded
    from extractor.load import load, load_string
    if _is_path(path_or_text):
        return extract_loaded(load(os.fspath(path_or_text)))
    return extract_loaded(load_string(str(path_or_text)))


def find_references(text: str) -> list[Reference]:
    """The legal references cited in a text (type, number, date, issuer, key, span)."""
    from extractor.find.references import find_references as _find
    from extractor.load import load_string
    from extractor.normalize import DocText
    from extractor.resolve.keys import link_within_document
    return link_within_document(_find(DocText(load_string(text).pages)))


def annotate(text: Union[str, Sequence[Page]], facts: Union[Extraction, Iterable[Any], None] = None,
             title: Optional[str] = None, lang: str = "vi") -> str:
    """A self-contained HTML page of the text with every fact marked; hovering or focusing
    a mark tells what the fact is. `facts`: an Extraction, or any facts with
    page/start/end (references, scores ...); None extracts them from the text."""
    from extractor.load import load_string
    from extractor.render import annotate_html, fact_marks
    pages = load_string(text).pages if isinstance(text, str) else list(text)
    if facts is None:
        from extractor.stages import extract_loaded
        from extractor.model import Loaded
        facts = extract_loaded(Loaded("<text>", "", "txt", pages))
    return annotate_html(pages, fact_marks(facts, lang), title=title, lang=lang)


class Archive:
    """A stored archive (SQLite file or any SQLAlchemy URL) and the questions the command
    line asks of it; every method returns plain rows (lists of dicts).

        archive = Archive("cchc.db")
        archive.ingest(["corpora/seeds"])
        archive.cited_by("61/2018/NĐ-CP")
    """

    def __init__(self, url: Optional[str] = None, create: bool = True):
        from extractor.store.db import open_engine
        if not create and url and "://" not in url and not os.path.exists(url):
            raise FileNotFoundError(url)
        self.engine = open_engine(url)

    def ingest(self, paths: Iterable[str], jobs: int = 1):
        from extractor.ingest import ingest
        return ingest(self.engine, list(paths), jobs=jobs)

    def stats(self) -> dict[str, Any]:
        from extractor import query
        return query.stats(self.engine)

    def docs(self, unit: Optional[str] = None, doc_type: Optional[str] = None,
             year: Optional[int] = None, text: Optional[str] = None, limit: int = 1000):
        from extractor import query
        return query.docs(self.engine, unit=unit, doc_type=doc_type, year=year, text=text,
                          limit=limit)

    def cites(self, unit: str, doc_type: Optional[str] = None, year: Optional[int] = None):
        from extractor import query
        return query.cites(self.engine, unit, doc_type=doc_type, year=year)

    def cited_by(self, number: str, limit: Optional[int] = 1000):
        from extractor import query
        return query.cited_by(self.engine, number, limit=limit)

    def show(self, ref: str):
        """One document (id, path, sha256 prefix or number) as `cchc query show --format
        json` gives it: the extract contract read from the stored columns, plus `id`,
        `files`, each reference's `held` and the archive-wide findings."""
        from extractor import query
        return query.show(self.engine, ref)

    def scores(self, unit: str):
        from extractor import query
        return query.scores(self.engine, unit)

    def dossiers(self, unit: str):
        from extractor import query
        return query.dossiers(self.engine, unit)

    def findings(self, unit: Optional[str] = None, rule: Optional[str] = None,
                 severity: Optional[str] = None, since: Optional[str] = None):
        from extractor import query
        return query.findings(self.engine, unit=unit, rule=rule, severity=severity, since=since)

    def failures(self):
        from extractor import query
        return query.failures(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
