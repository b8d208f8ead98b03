#!/usr/bin/env python
"""Issue 10, design item 3: "use underthesea's sentence splitter where it measurably beats
plain rules on the corpora". The figure finders attach values to labels, scopes and periods
within sentences; this runs the figures evaluation twice, once with the project's rule
splitter (figure_grammar._Sentences: ". ; ! ?" before a space, three spaces, and the stored
text's line ends) and once with sentence ends taken from underthesea.sent_tokenize (plus the
same line ends), and prints recall, precision and scope/period side by side with the CPU time
of each run.

    .venv/bin/python scripts/compare_sentence_splitters.py [--set all|seeds|6nn|9nn|...] [--real DIR]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_figures as ef  # noqa: E402
import eval_figures_real as efr  # noqa: E402
from extractor.find import figure_grammar as fg  # noqa: E402

RULES = fg._Sentences


class UndertheseaSentences(RULES):
    """Sentence ends where underthesea.sent_tokenize puts them: each sentence's last
    character (when it is punctuation) up to the next sentence's first character."""

    def __init__(self, view: str, text=None):
        from underthesea import sent_tokenize
        self.view = view
        found: set[tuple[int, int]] = set()
        pos = 0
        prev_end = None
        for sent in sent_tokenize(view):
            head = sent[:20]
            i = view.find(head, pos) if head else -1
            if i < 0:
                continue  # a sentence underthesea rewrote: no end recorded for it
            if prev_end is not None and i > prev_end:
                a = prev_end - 1 if view[prev_end - 1] in ".;!?" else prev_end
                found.add((a, i))
            j = view.find(sent, i)
            prev_end = (j + len(sent)) if j == i else i + len(head)
            pos = prev_end
        if text is not None and len(text) == len(view):
            found |= {(a, a + 1) for a in fg.line_ends(text)}
        self.starts, self.ends = [], []
        for a, b in sorted(found):
            if self.ends and a < self.ends[-1]:
                continue
            self.starts.append(a)
            self.ends.append(b)


def _run(argv_set: str, real: str | None) -> tuple[str, str, float]:
    fg._SENT_CACHE[:] = [None, None, None]
    out = io.StringIO()
    t = time.process_time()
    with contextlib.redirect_stdout(out):
        ef.main(["--set", argv_set])
        if real:
            efr.main(["--dir", real, "--with-metadata"])
    cpu = time.process_time() - t
    lines = [ln for ln in out.getvalue().splitlines() if ln.startswith("TOTAL")]
    return "\n".join(lines), out.getvalue(), cpu


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="all")
    ap.add_argument("--real", default=os.environ.get("CCHC_REAL", "/work/shared/corpora/real"))
    args = ap.parse_args(argv)
    real = args.real if Path(args.real).is_dir() else None
    from underthesea import sent_tokenize
    sent_tokenize("Khởi động.")  # its import and first call are not counted below
    results = {}
    for name, cls in (("rules", RULES), ("underthesea", UndertheseaSentences)):
        fg._Sentences = cls
        try:
            results[name] = _run(args.set, real)
        finally:
            fg._Sentences = RULES
    # the splitters' own cost, on the plain-text documents of the corpora (their views)
    from extractor.normalize import DocText
    views = [DocText.from_text(p.read_text(encoding="utf-8")).view
             for sub in ("seeds", "unseen") for p in sorted((ROOT / "corpora" / sub).glob("*.txt"))]
    cost = {}
    for name, cls in (("rules", RULES), ("underthesea", UndertheseaSentences)):
        t = time.process_time()
        for v in views:
            cls(v)
        cost[name] = (time.process_time() - t) / len(views) * 1000
    for name, (totals, _, cpu) in results.items():
        print(f"== {name} splitter: {cost[name]:.2f} ms CPU a document to split "
              f"({len(views)} text documents); evaluation run {cpu:.1f} s CPU")
        for line in totals.splitlines():
            print("  " + re.sub(r"\s+", " ", line))
    return 0


if __name__ == "__main__":
    sys.exit(main())
