"""Per seed: the findings the gold expects next to the findings the audit reports.

    .venv/bin/python scripts/eval_audit.py [DIR ...]

Without arguments: the seeds, then every unseen document (corpora/unseen/*.gold.json),
each set with its own totals; on the unseen set the false-error rate is the number of
documents with an error-severity finding their gold does not expect.

A gold finding counts as reported when a finding of its rule names its number (as
written or as suggested) and, when the gold gives one, its date. Errors the gold does not
expect are listed as unexpected. Exit status 1 when an expected finding is missed or an
unexpected error is reported.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.audit.document import audit_document  # noqa: E402
from extractor.find.references import find_references  # noqa: E402
from extractor.model import DocumentMeta, Extraction, Loaded, Page  # noqa: E402
from extractor.normalize import DocText  # noqa: E402


def extraction(gold: dict, text) -> Extraction:
    """text: the document as one page of text, or its pages (a DOCX/PDF/HTML document)."""
    pages = [Page(1, text)] if isinstance(text, str) else list(text)
    d = gold["document"]
    doc = DocText(pages)
    meta = DocumentMeta(doc_type=d.get("doc_type"), number=d.get("number"), date=d.get("date"),
                        period=d.get("period"))
    ex = Extraction(source=Loaded(path=gold.get("file", ""), sha256="0", format="txt", pages=pages),
                    document=meta, references=find_references(doc, own_number=meta.number))
    try:
        from extractor.find.figures import find_dossier_stats, find_ratios, find_scores, find_tasks
        ex.ratios, ex.dossier_stats = find_ratios(doc), find_dossier_stats(doc, meta)
        ex.scores, ex.tasks = find_scores(doc, meta), find_tasks(doc, meta)
    except ImportError:
        pass
    return ex


def _document_text(gold_path: Path):
    """The document beside a gold file: NAME.txt as text, a saved NAME.html page read through
    extractor.load as text (its pages joined), NAME.docx / NAME.pdf loaded as their pages."""
    stem = gold_path.name[: -len(".gold.json")]
    txt = gold_path.with_name(stem + ".txt")
    if txt.exists():
        return txt.read_text(encoding="utf-8")
    from extractor.load import load
    html = gold_path.with_name(stem + ".html")
    if html.exists():
        return "\n".join(p.text for p in load(str(html)).pages)
    for ext in (".docx", ".pdf"):
        other = gold_path.with_name(stem + ext)
        if other.exists():
            return load(str(other)).pages
    return txt.read_text(encoding="utf-8")  # raises: no document beside the gold file


def matches(expected: dict, f) -> bool:
    return f.rule == expected["rule"] and (
        expected.get("number") in (None, f.number, f.suggestion)) and (
        expected.get("date") in (None, f.date))


def evaluate_dir(directory: Path, pattern: str = "*.gold.json") -> dict[str, int]:
    """Print expected vs reported findings per gold file; return the set's totals."""
    tot = {"docs": 0, "expected": 0, "missed": 0, "unexpected": 0, "docs_with_false_error": 0}
    for gold_path in sorted(directory.glob(pattern)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = _document_text(gold_path)
        found = audit_document(extraction(gold, text))
        tot["docs"] += 1
        print(f"== {gold_path.name[:-10]}")
        expected_findings = gold.get("expected_findings") or []
        for e in expected_findings:
            tot["expected"] += 1
            hit = [f for f in found if matches(e, f)]
            tot["missed"] += not hit
            mark = "ok  " if hit else "MISS"
            print(f"  {mark} expected {e['rule']:32} {e.get('number') or '':22} {e.get('date') or ''}"
                  + (f"  <- {hit[0].severity}: {hit[0].suggestion or ''}" if hit else ""))
        false_errors = 0
        for f in found:
            if any(matches(e, f) for e in expected_findings):
                continue
            unexpected = f.severity == "error"
            false_errors += unexpected
            mark = "UNEXPECTED" if unexpected else "also"
            print(f"  {mark:4} {f.severity:7} {f.rule:32} {f.number or '':22} {f.date or ''}"
                  f"  {f.evidence[0].text[:60] if f.evidence else ''!r}")
        tot["unexpected"] += false_errors
        tot["docs_with_false_error"] += bool(false_errors)
    return tot


def main(*dirs: str) -> int:
    root = Path(__file__).resolve().parent.parent
    sets = ([(Path(d), "*.gold.json") for d in dirs] if dirs else
            [(root / "corpora" / "seeds", "*.gold.json"), (root / "corpora" / "unseen", "*.gold.json")])
    bad = False
    lines = []
    for directory, pattern in sets:
        tot = evaluate_dir(directory, pattern)
        lines.append(f"{directory.name}: documents {tot['docs']}, expected {tot['expected']}, "
                     f"missed {tot['missed']}, unexpected errors {tot['unexpected']} "
                     f"(documents with a false error: {tot['docs_with_false_error']}/{tot['docs']})")
        bad = bad or bool(tot["missed"] or tot["unexpected"])
    for line in lines:
        print(line)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
