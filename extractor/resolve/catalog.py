"""The national document catalog: documents most cited in CCHC reports, with dates,
issuers, subjects and what replaced them.

Data lives in rules/catalog.yaml (built once from shared/reference/national-documents.tsv
with `python -m extractor.resolve.catalog build TSV > rules/catalog.yaml`, then kept by
hand). Users extend it with more *.yaml files (same shape) in the directory named by the
environment variable CCHC_CATALOG.

Normative numbers (61/2018/NĐ-CP) identify one document; individual numbers (76/NQ-CP)
repeat from year to year, so they are identified by number + date.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex
import yaml

from extractor.grammar.dates import parse_iso, vi_date
from extractor.grammar.docnumber import DocNumber
from extractor.normalize import fold, match_view
from extractor.vocab import load_file, rules_dir

UNCHECKED = "unchecked"


# --------------------------------------------------------------------------- entries
@dataclass(eq=False)
class CatalogEntry:
    number: str
    doc_type: str
    date: Optional[dt.date]
    issuer: str
    subject: str = ""
    status: str = "unknown"  # in force|replaced|expired|unknown
    amended_by: list[dict] = field(default_factory=list)  # [{number, date}]
    replaced_by: Optional[str] = None
    in_force_from: Optional[dt.date] = None
    in_force_to: Optional[dt.date] = None
    checked: str = UNCHECKED
    replacement_checked: bool = True
    note: str = ""
    aliases: list[str] = field(default_factory=list)

    @property
    def parts(self) -> DocNumber:
        parts = DocNumber.parse(self.number)
        assert parts is not None, self.number
        return parts

    @property
    def key(self) -> str:
        return self.parts.key

    @property
    def certain(self) -> bool:
        return self.checked != UNCHECKED

    def citation(self) -> str:
        """'61/2018/NĐ-CP ngày 23/4/2018'"""
        return f"{self.number} ngày {vi_date(self.date)}" if self.date else self.number


def _entry_from_dict(d: dict) -> CatalogEntry:
    amended = []
    for a in d.get("amended_by") or []:
        amended.append({"number": a["number"], "date": parse_iso(a.get("date"))})
    return CatalogEntry(
        number=str(d["number"]), doc_type=d["doc_type"], date=parse_iso(d.get("date")),
        issuer=d.get("issuer") or "", subject=d.get("subject") or "",
        status=d.get("status") or "unknown", amended_by=amended,
        replaced_by=d.get("replaced_by") or None,
        in_force_from=parse_iso(d.get("in_force_from")),
        in_force_to=parse_iso(d.get("in_force_to")),
        checked=d.get("checked") or UNCHECKED,
        replacement_checked=bool(d.get("replacement_checked", True)),
        note=d.get("note") or "", aliases=list(d.get("aliases") or []))


class Catalog:
    def __init__(self, entries: list[CatalogEntry]):
        self.entries = entries
        self._by_key: dict[str, list[CatalogEntry]] = {}
        self._by_os: dict[tuple[str, str], list[CatalogEntry]] = {}
        for e in entries:
            for number in [e.number, *e.aliases]:
                parts = DocNumber.parse(number)
                if parts is None:
                    continue
                self._by_key.setdefault(parts.key, []).append(e)
                self._by_os.setdefault((parts.ordinal, parts.symbol), []).append(e)

    def by_number(self, number: Optional[str]) -> list[CatalogEntry]:
        parts = DocNumber.parse(number)
        return list(self._by_key.get(parts.key, [])) if parts else []

    def by_ordinal_symbol(self, ordinal: str, symbol: str) -> list[CatalogEntry]:
        """Every entry sharing ordinal and symbol whatever its year (61/2018 and 61/2020
        of NĐ-CP)."""
        out: list[CatalogEntry] = []
        for e in self._by_os.get((ordinal, symbol), []):
            if not any(e is o for o in out):
                out.append(e)
        return out

    def get(self, number: Optional[str], date: Optional[dt.date] = None) -> Optional[CatalogEntry]:
        """The entry a citation names: a normative number alone decides; a reused
        individual number needs the date (exact, else the same year)."""
        found = self.by_number(number)
        if len(found) == 1 and (date is None or found[0].parts.year
                                or found[0].date is None or found[0].date.year == date.year):
            return found[0]
        if date is None:
            return None
        for e in found:
            if e.date == date:
                return e
        same_year = [e for e in found if e.date and e.date.year == date.year]
        return same_year[0] if len(same_year) == 1 else None

    def resolve_citation(self, text: str) -> Optional[CatalogEntry]:
        """A citation text ('Nghị định số 61/2018/NĐ-CP ngày 23/4/2018') -> its entry."""
        m = _CITED_NUMBER.search(match_view(text))
        if not m:
            return None
        d = _CITED_DATE.search(match_view(text))
        date = None
        if d:
            try:
                date = dt.date(int(d.group(3)), int(d.group(2)), int(d.group(1)))
            except ValueError:
                date = None
        return self.get(m.group(0), date)


_CITED_NUMBER = regex.compile(r"\d+[A-Za-z]?(?:/\d{4})?[/-][\p{L}\d&]+(?:[-/][\p{L}\d&]+)*")
_CITED_DATE = regex.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def _catalog_files() -> list[Path]:
    files = [rules_dir() / "catalog.yaml"]
    extra = os.environ.get("CCHC_CATALOG")
    if extra and Path(extra).is_dir():
        files += sorted(Path(extra).glob("*.yaml"))
    return files


@lru_cache(maxsize=4)
def _load(paths: tuple[str, ...]) -> Catalog:
    entries: list[CatalogEntry] = []
    for path in paths:
        data = load_file(Path(path), "catalog")
        for i, d in enumerate(data.get("entries") or []):
            if not d.get("checked"):
                raise ValueError(f"{path}: entry {i} lacks required field 'checked'")
            if DocNumber.parse(str(d["number"])) is None:
                raise ValueError(f"{path}: entry {i}: {d['number']!r} is not a document number")
            entries.append(_entry_from_dict(d))
    return Catalog(entries)


def load_catalog() -> Catalog:
    """Catalog from rules/catalog.yaml plus the user's $CCHC_CATALOG/*.yaml."""
    return _load(tuple(str(p) for p in _catalog_files()))


def issuer_matches(cited: Optional[str], known: str) -> Optional[bool]:
    """None when either is unknown; True when one name contains the other after folding
    ('Thủ tướng Chính phủ' vs 'Chính phủ' is not a contradiction)."""
    if not cited or not known:
        return None
    a, b = fold(cited), fold(known)
    return a in b or b in a


# --------------------------------------------------------------------------- building
_FROM = regex.compile(r"in force from (\d{4}-\d\d-\d\d)")


def build_yaml_from_tsv(tsv_path: str) -> str:
    """rules/catalog.yaml from the shared reference TSV (used once; kept by hand after)."""
    with open(tsv_path, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    checked = {r["number"]: r["checked"] for r in rows}
    out = []
    for r in rows:
        d: dict = {"number": r["number"], "doc_type": r["doc_type"], "date": r["date"],
                   "issuer": r["issuer"], "subject": r["subject"], "status": r["status"],
                   "checked": r["checked"]}
        if r["amended_by"]:
            d["amended_by"] = []
            for part in r["amended_by"].split(";"):
                m = regex.match(r"\s*(\S+)\s*(?:\((\d{4}-\d\d-\d\d)\))?", part)
                d["amended_by"].append({"number": m.group(1), "date": m.group(2)})
        if r["replaced_by"]:
            d["replaced_by"] = r["replaced_by"]
            d["replacement_checked"] = ("from memory" not in r["note"]
                                        and checked.get(r["replaced_by"]) != UNCHECKED)
        if r["in_force_to"]:
            d["in_force_to"] = r["in_force_to"]
        m = _FROM.search(r["note"])
        if m:
            d["in_force_from"] = m.group(1)
        if r["note"]:
            d["note"] = r["note"]
        date = parse_iso(r["date"])
        cite = f"{r['doc_type']} số {r['number']}"
        d["examples"] = [f"{cite} ngày {vi_date(date)}" if date else cite]
        out.append(d)
    header = ("# National document catalog (built from shared/reference/national-documents.tsv,\n"
              "# then kept by hand). `checked: unchecked` rows only ever give warnings.\n"
              "# Each entry's `examples` are citations that must resolve to it.\n")
    body = yaml.safe_dump({"schema": "cchc.rules.catalog/1", "entries": out},
                          allow_unicode=True, sort_keys=False, width=100)
    return header + body


if __name__ == "__main__":  # python -m extractor.resolve.catalog build TSV
    if len(sys.argv) == 3 and sys.argv[1] == "build":
        sys.stdout.write(build_yaml_from_tsv(sys.argv[2]))
    else:
        sys.exit("usage: python -m extractor.resolve.catalog build national-documents.tsv")
