"""Evaluate the reference finder against the gold files.

Precision and recall of (doc_type, number, date) per mention, matched as multisets per
file: seeds (corpora/seeds/*.txt through DocText.from_text), unseen documents
(corpora/unseen/*.txt whose gold file states a `document`: texts written after the
finder was tuned, reported apart from the seeds) and, when the loader is importable,
the derived formats (corpora/formats/*, through extractor.load.load). The BLIND sets of
corpora/unseen (7NN: saved portal pages, news reposts, dumps, Party documents; .html pages
through extractor.load.load) are reported as their own set; --real DIR measures a folder
of NNN.txt + NNN.gold.json (e.g. /work/shared/corpora/real).
Also: issuer accuracy on matched mentions (as output, and counting only issuers read
from the text), laws (name, year) P/R, the offset check page_text[start:end] == text,
and the throughput of find_references alone (--bench).

    .venv/bin/python scripts/eval_references.py [--seeds-only] [--bench] [--json] [--real DIR]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.find.laws import find_laws  # noqa: E402
from extractor.find.references import find_references  # noqa: E402
from extractor.normalize import DocText, fold, to_stored  # noqa: E402

SEEDS = ROOT / "corpora" / "seeds"
UNSEEN = ROOT / "corpora" / "unseen"
FORMATS = ROOT / "corpora" / "formats"


def _triple(r: Any) -> tuple:
    if isinstance(r, dict):
        return (r.get("doc_type"), r.get("number"), r.get("date"))
    return (r.doc_type, r.number, r.date)


def _same(a: Optional[str], b: Optional[str]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return fold(a) == fold(b)


def score_file(doc: DocText, gold: dict) -> dict:
    own = (gold.get("document") or {}).get("number")
    refs = find_references(doc, own_number=own)
    got = Counter(_triple(r) for r in refs)
    want = Counter(_triple(r) for r in gold.get("references", []))
    tp = sum((got & want).values())
    # issuers: pair found and gold mentions with the same triple, in order
    pool: dict[tuple, list] = {}
    for g in gold.get("references", []):
        pool.setdefault(_triple(g), []).append(g)
    iss_n = iss_ok = iss_stated_ok = 0
    for r in refs:
        cand = pool.get(_triple(r))
        if not cand:
            continue
        g = cand.pop(0)
        iss_n += 1
        iss_ok += _same(r.issuer, g.get("issuer"))
        stated = None if r.issuer_inferred else r.issuer
        iss_stated_ok += _same(stated, g.get("issuer"))
    bad_spans = 0
    pages = {p.number: p.text for p in doc.pages}
    for r in refs:
        if pages[r.page][r.start:r.end] != r.text:
            bad_spans += 1
    laws = find_laws(doc)
    lg = Counter((x.name, x.year) for x in laws)
    lw = Counter((x["name"], x.get("year")) for x in gold.get("laws", []))
    for x in laws:
        if pages[x.page][x.start:x.end] != x.text:
            bad_spans += 1
    return {"found": sum(got.values()), "gold": sum(want.values()), "tp": tp,
            "false_positives": [list(k) for k in (got - want).elements()],
            "false_negatives": [list(k) for k in (want - got).elements()],
            "issuer_pairs": iss_n, "issuer_ok": iss_ok, "issuer_stated_ok": iss_stated_ok,
            "laws_found": sum(lg.values()), "laws_gold": sum(lw.values()),
            "laws_tp": sum((lg & lw).values()), "bad_spans": bad_spans}


def evaluate_seeds() -> dict[str, dict]:
    out = {}
    for txt in sorted(SEEDS.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".gold.json").read_text(encoding="utf-8"))
        doc = DocText.from_text(to_stored(txt.read_text(encoding="utf-8")))
        out[txt.name] = score_file(doc, gold)
    return out


# Sets of corpora/unseen reported apart from the tuned-on unseen sets: written blind for
# issue 11 and measured before the fixes (file names starting with these digits).
BLIND = ("7",)


def unseen_gold_files(blind: bool = False) -> list[Path]:
    """Gold files of corpora/unseen annotated for references and metadata: those whose
    `document` is not empty (figure-only gold files of the same folder leave it empty);
    the tuned-on sets, or (blind=True) the BLIND sets."""
    out = []
    for g in sorted(UNSEEN.glob("*.gold.json")):
        if g.name.startswith(BLIND) != blind:
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        if gold.get("document"):
            out.append(g)
    return out


def _doc_file(g: Path) -> Path:
    stem = g.name[: -len(".gold.json")]
    for ext in (".txt", ".html", ".htm"):
        if g.with_name(stem + ext).exists():
            return g.with_name(stem + ext)
    return g.with_name(stem + ".txt")


def _doc_text(path: Path) -> DocText:
    """A .txt as stored text (as for the seeds); a saved page through extractor.load.load."""
    if path.suffix == ".txt":
        return DocText.from_text(to_stored(path.read_text(encoding="utf-8")))
    from extractor.load import load
    return DocText(load(str(path)).pages)


def _evaluate_gold_files(files: list[Path]) -> dict[str, dict]:
    out = {}
    for g in files:
        gold = json.loads(g.read_text(encoding="utf-8"))
        path = _doc_file(g)
        try:
            doc = _doc_text(path)
        except Exception as exc:  # a loader failure is reported and scored as no answer
            print(f"  load failed: {path}: {type(exc).__name__}: {exc}", file=sys.stderr)
            doc = DocText.from_text("")
        out[path.name] = score_file(doc, gold)
    return out


def evaluate_unseen(blind: bool = False) -> dict[str, dict]:
    return _evaluate_gold_files(unseen_gold_files(blind))


def evaluate_folder(folder: str) -> dict[str, dict]:
    """A folder of NNN.txt + NNN.gold.json with a `document` each."""
    files = [g for g in sorted(Path(folder).glob("*.gold.json"))
             if json.loads(g.read_text(encoding="utf-8")).get("document")]
    return _evaluate_gold_files(files)


def loader_available() -> bool:
    try:
        from extractor.load import load  # noqa: F401
    except ImportError:
        return False
    return True


def evaluate_formats() -> tuple[dict[str, dict], dict[str, str]]:
    """Scores per derived file, and files the loader could not read (name -> reason)."""
    from extractor.load import load
    out, skipped = {}, {}
    for g in sorted(FORMATS.glob("*.gold.json")):
        path = str(g)[: -len(".gold.json")]
        gold = json.loads(g.read_text(encoding="utf-8"))
        try:
            loaded = load(path)
        except Exception as exc:  # a loader not written yet, a missing tool
            skipped[os.path.basename(path)] = f"{type(exc).__name__}: {exc}"
            continue
        out[os.path.basename(path)] = score_file(DocText(loaded.pages), gold)
    return out, skipped


def totals(scores: dict[str, dict]) -> dict[str, float]:
    keys = ("found", "gold", "tp", "issuer_pairs", "issuer_ok", "issuer_stated_ok",
            "laws_found", "laws_gold", "laws_tp", "bad_spans")
    t = {k: sum(s[k] for s in scores.values()) for k in keys}
    t["precision"] = t["tp"] / t["found"] if t["found"] else 1.0
    t["recall"] = t["tp"] / t["gold"] if t["gold"] else 1.0
    t["issuer_accuracy"] = t["issuer_ok"] / t["issuer_pairs"] if t["issuer_pairs"] else 1.0
    t["issuer_stated_accuracy"] = (t["issuer_stated_ok"] / t["issuer_pairs"]
                                   if t["issuer_pairs"] else 1.0)
    t["laws_precision"] = t["laws_tp"] / t["laws_found"] if t["laws_found"] else 1.0
    t["laws_recall"] = t["laws_tp"] / t["laws_gold"] if t["laws_gold"] else 1.0
    return t


def benchmark(target_bytes: int = 5_000_000, rounds: int = 3) -> dict[str, float]:
    """MB/s of find_references alone (one core, CPU time) on the seeds repeated to
    ~5 MB (UTF-8 bytes); the best of `rounds` runs."""
    text = "\n".join(to_stored(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt")))
    reps = max(1, target_bytes // len(text.encode("utf-8")) + 1)
    big = "\n".join([text] * reps)
    doc = DocText.from_text(big)
    size = len(big.encode("utf-8"))
    find_references(DocText.from_text(text))  # warm the rule caches
    best = best_cpu = float("inf")
    n = 0
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        n = len(find_references(doc))
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    # CPU time of this process: the figure for one core, whatever else runs beside it
    return {"bytes": size, "seconds": best, "cpu_seconds": best_cpu,
            "mb_per_s": size / 1e6 / best_cpu, "wall_mb_per_s": size / 1e6 / best,
            "references": n}


def _print_table(title: str, scores: dict[str, dict]) -> None:
    print(f"== {title}")
    print(f"{'file':45} {'found':>5} {'gold':>5} {'tp':>4} {'P':>6} {'R':>6} {'issuer':>7} {'stated':>7}")
    for name, s in scores.items():
        p = s["tp"] / s["found"] if s["found"] else 1.0
        r = s["tp"] / s["gold"] if s["gold"] else 1.0
        ia = f"{s['issuer_ok']}/{s['issuer_pairs']}"
        sa = f"{s['issuer_stated_ok']}/{s['issuer_pairs']}"
        print(f"{name:45} {s['found']:5} {s['gold']:5} {s['tp']:4} {p:6.3f} {r:6.3f} {ia:>7} {sa:>7}")
        for fp in s["false_positives"]:
            print(f"    extra   {fp}")
        for fn in s["false_negatives"]:
            print(f"    missing {fn}")
    t = totals(scores)
    print(f"{'OVERALL':45} {t['found']:5} {t['gold']:5} {t['tp']:4} {t['precision']:6.3f} "
          f"{t['recall']:6.3f}   issuer {t['issuer_accuracy']:.3f} (stated only "
          f"{t['issuer_stated_accuracy']:.3f})  laws P {t['laws_precision']:.3f} "
          f"R {t['laws_recall']:.3f}  bad spans {t['bad_spans']}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds-only", action="store_true")
    ap.add_argument("--bench", action="store_true", help="measure throughput too")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--real", metavar="DIR", help="also measure a folder of NNN.txt + NNN.gold.json")
    args = ap.parse_args(argv)
    result: dict[str, Any] = {}
    seeds = evaluate_seeds()
    result["seeds"] = {"files": seeds, "total": totals(seeds)}
    unseen = evaluate_unseen()
    result["unseen"] = {"files": unseen, "total": totals(unseen)}
    blind = evaluate_unseen(blind=True)
    result["blind 7NN"] = {"files": blind, "total": totals(blind)}
    if args.real:
        real = evaluate_folder(args.real)
        result["real"] = {"files": real, "total": totals(real)}
    if not args.seeds_only:
        if loader_available():
            fmts, skipped = evaluate_formats()
            result["formats"] = {"files": fmts, "total": totals(fmts), "skipped": skipped}
        else:
            result["formats"] = {"skipped": "extractor.load not importable"}
    if args.bench:
        result["bench"] = benchmark()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    _print_table("seeds", seeds)
    _print_table("unseen", unseen)
    _print_table("blind 7NN", blind)
    if args.real:
        _print_table(f"real ({args.real})", result["real"]["files"])
    if "formats" in result:
        f = result["formats"]
        if "files" in f:
            _print_table("formats", f["files"])
            for name, why in f["skipped"].items():
                print(f"    skipped {name}: {why}")
        else:
            print(f"== formats: skipped ({f['skipped']})")
    if "bench" in result:
        b = result["bench"]
        print(f"== throughput of find_references: {b['bytes'] / 1e6:.2f} MB in "
              f"{b['cpu_seconds']:.3f} s CPU -> {b['mb_per_s']:.1f} MB/s on one core "
              f"(wall {b['seconds']:.3f} s, {b['wall_mb_per_s']:.1f} MB/s; "
              f"{b['references']} references)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
