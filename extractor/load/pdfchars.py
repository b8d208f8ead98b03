"""Characters, rules and images of one PDF page straight from the pdfminer layout that
pdfplumber builds (`page.layout`), grouped into words the way pdfplumber's
`extract_words()` does (same tolerances, same line clustering and ordering).

Why: pdfplumber turns every layout object into a dict of ~20 resolved attributes
(`Page.process_object`) before `extract_words` reads five of them; on this machine that
is about half of the time of reading a text PDF. Reading the five fields directly gives
the same words (checked on every PDF of corpora/formats, tests/test_load.py) in about
half the time. Text order and letters are pdfminer's, as with pdfplumber (the fallback-
font PDFs that pypdfium2 scrambles come out right)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extractor.load.layout import Word

X_TOLERANCE = 3  # pdfplumber's defaults for extract_words
Y_TOLERANCE = 3


@dataclass
class PageObjects:
    words: list[Word]
    rules: list[tuple[float, float, float]]  # vertical rules: (x, top, bottom)
    text_chars: int  # non-space characters
    has_images: bool
    rotated_chars: int = 0  # not upright: left out of words
    _chars: list = field(default_factory=list, repr=False)


def _walk(objs: Any, out: dict) -> None:
    from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage
    for obj in objs:
        if isinstance(obj, LTChar):
            out["chars"].append(obj)
        elif isinstance(obj, LTContainer):
            _walk(obj._objs, out)
        elif isinstance(obj, LTImage):
            out["images"] = True
        elif isinstance(obj, LTCurve):  # LTLine and LTRect are LTCurves
            out["curves"].append(obj)


def _cluster(values: list[float], tolerance: float) -> dict[float, int]:
    """pdfplumber's make_cluster_dict: distinct values chained within `tolerance`."""
    ids: dict[float, int] = {}
    last = None
    group = -1
    for v in sorted(set(values)):
        if last is None or v > last + tolerance:
            group += 1
        ids[v] = group
        last = v
    return ids


def _words(chars: list[tuple[str, float, float, float, float]]) -> list[Word]:
    if not chars:
        return []
    line_of = _cluster([c[3] for c in chars], Y_TOLERANCE)
    lines: dict[int, list] = {}
    for c in chars:  # stream order kept inside a line (stable sorts, as pdfplumber)
        lines.setdefault(line_of[c[3]], []).append(c)
    words: list[Word] = []
    for key in sorted(lines):
        current: list = []
        for c in sorted(lines[key], key=lambda c: c[1]):
            text, x0, x1, top, _ = c
            if text.isspace():
                if current:
                    words.append(_merge(current))
                current = []
                continue
            if current:
                p = current[-1]
                if x0 < p[1] or x0 > p[2] + X_TOLERANCE or abs(top - p[3]) > Y_TOLERANCE:
                    words.append(_merge(current))
                    current = []
            current.append(c)
        if current:
            words.append(_merge(current))
    return words


def _merge(chars: list) -> Word:
    return Word("".join(c[0] for c in chars), min(c[1] for c in chars),
                max(c[2] for c in chars), min(c[3] for c in chars),
                max(c[4] for c in chars))


def page_objects(page: Any) -> PageObjects:
    """Words, vertical rules and image presence of a pdfplumber Page."""
    found: dict = {"chars": [], "curves": [], "images": False}
    _walk(page.layout._objs, found)
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    height = page.height
    chars = []
    rotated = 0
    text_chars = 0
    for ch in found["chars"]:
        text = ch.get_text()
        if not text.isspace():
            text_chars += len(text.strip())
        if not ch.upright:
            rotated += 1
            continue
        chars.append((text, ch.x0 + mb_x0, ch.x1 + mb_x0, height - ch.y1 + mb_top,
                      height - ch.y0 + mb_top))
    rules = []
    from pdfminer.layout import LTRect
    for obj in found["curves"]:
        x0, x1 = obj.x0 + mb_x0, obj.x1 + mb_x0
        top, bottom = height - obj.y1 + mb_top, height - obj.y0 + mb_top
        if bottom - top > 5:
            if x1 - x0 <= 2:
                rules.append(((x0 + x1) / 2, top, bottom))
            elif isinstance(obj, LTRect):
                rules.extend([(x0, top, bottom), (x1, top, bottom)])
    return PageObjects(_words(chars), rules, text_chars, found["images"], rotated)
