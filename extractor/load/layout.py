"""Words with positions -> text lines in reading order, shared by the PDF text layer and
OCR output.

Lines are words that overlap vertically. A line is cut into segments where two words
are far apart (more than GAP_EM line heights): that is a column gap, as in the classic
two-column header (issuing body | national motto; number | place and date) and the
'Nơi nhận' | signer block. Consecutive lines that share one column gap form a block,
written column by column, each column closed by a line holding only "|" (the
convention of the corpus texts), so that cells are never merged across columns. Blocks
with more than two columns, or with ruled lines in the gap (a real table), are
written row by row instead.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from statistics import median
from typing import Iterable, Sequence

GAP_EM = 2.0        # a column gap is wider than this many line heights
BLOCK_GAP = 1.0     # a vertical gap above this many line heights ends a block
CELL_SEP = "|"


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(0.1, self.bottom - self.top)


@dataclass
class Segment:
    words: list[Word]

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass
class Line:
    words: list[Word] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def height(self) -> float:
        return median(w.height for w in self.words)

    def segments(self) -> list[Segment]:
        words = sorted(self.words, key=lambda w: w.x0)
        limit = GAP_EM * self.height
        segs = [Segment([words[0]])]
        right = words[0].x1  # the open segment's x1, kept as it grows (not recomputed)
        for w in words[1:]:
            if w.x0 - right > limit:
                segs.append(Segment([w]))
                right = w.x1
            else:
                segs[-1].words.append(w)
                right = max(right, w.x1)
        return segs

    @property
    def text(self) -> str:
        return " ".join(w.text for w in sorted(self.words, key=lambda w: w.x0))


def _overlap(a_top: float, a_bot: float, b_top: float, b_bot: float) -> float:
    return min(a_bot, b_bot) - max(a_top, b_top)


def cluster_lines(words: Iterable[Word]) -> list[Line]:
    """Group words into lines: a word joins a line when it overlaps the line's first
    word vertically by at least half the smaller height."""
    lines: list[Line] = []
    firsts: list[tuple[float, float, float]] = []  # (top, bottom, height) of each first word
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        top, bottom = w.top, w.bottom
        height = max(0.1, bottom - top)  # = w.height, computed once per word
        for k in range(len(lines) - 1, max(-1, len(lines) - 7), -1):  # the last 6 lines
            a_top, a_bottom, a_height = firsts[k]
            if min(a_bottom, bottom) - max(a_top, top) >= 0.5 * min(a_height, height):
                lines[k].words.append(w)
                break
        else:
            lines.append(Line([w]))
            firsts.append((top, bottom, height))
    lines.sort(key=lambda ln: ln.words[0].top)
    return lines


def merge_lines(lines: Sequence[Line]) -> list[Line]:
    """Join lines (e.g. from OCR blocks) that sit side by side at the same height."""
    out: list[Line] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        for prev in reversed(out[-6:]):
            v = _overlap(prev.top, prev.bottom, line.top, line.bottom)
            h = _overlap(min(w.x0 for w in prev.words), max(w.x1 for w in prev.words),
                         min(w.x0 for w in line.words), max(w.x1 for w in line.words))
            if v >= 0.5 * min(prev.height, line.height) and h <= 0:
                prev.words.extend(line.words)
                break
        else:
            out.append(Line(list(line.words)))
    return out


@dataclass
class _Row:
    line: Line
    segs: list[Segment]


def _straddles(seg: Segment, mid: float) -> bool:
    return seg.x0 < mid - 1 and seg.x1 > mid + 1


def render(lines: Sequence[Line], vertical_rules: Sequence[tuple[float, float, float]] = ()
           ) -> list[str]:
    """Lines -> output text lines. `vertical_rules` are (x, top, bottom) of ruled
    vertical lines on the page (table borders)."""
    rows = [_Row(ln, ln.segments()) for ln in lines if ln.words]
    out: list[str] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        if len(row.segs) != 2:
            out.append(" ".join(s.text for s in row.segs))
            i += 1
            continue
        lo, hi = row.segs[0].x1, row.segs[1].x0
        j = i + 1
        while j < len(rows):
            nxt, prev = rows[j], rows[j - 1]
            if nxt.line.top - prev.line.bottom > BLOCK_GAP * max(prev.line.height,
                                                                  nxt.line.height):
                break
            if len(nxt.segs) == 2:
                nlo, nhi = max(lo, nxt.segs[0].x1), min(hi, nxt.segs[1].x0)
                if nlo >= nhi:
                    break
                lo, hi = nlo, nhi
            elif len(nxt.segs) == 1:
                if _straddles(nxt.segs[0], (lo + hi) / 2):
                    break
            else:
                break
            j += 1
        block = rows[i:j]
        mid = (lo + hi) / 2
        top, bottom = block[0].line.top, block[-1].line.bottom
        ruled = any(lo - 2 <= x <= hi + 2 and _overlap(t, b, top, bottom) > 0
                    for x, t, b in vertical_rules)
        if ruled:
            out.extend(" ".join(s.text for s in r.segs) for r in block)
        else:
            left = [s.text for r in block for s in r.segs if s.x1 <= mid + 1]
            right = [s.text for r in block for s in r.segs if s.x1 > mid + 1]
            out.extend(left + [CELL_SEP] + right + [CELL_SEP])
        i = j
    return out
