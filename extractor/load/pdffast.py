"""Words of a PDF page from pdfium (pypdfium2), and the check that decides whether
they can be trusted.

pdfium reads a text layer 20-30 times faster than pdfminer, and on ordinary PDFs gives
the same words with the same boxes (x exact; bottom from the font's descent, top one
font size above it, as pdfminer). It goes wrong in two known ways, both caught by
`readable()` on the page's own words:
- letters drawn from a fallback font come out of order ("N i nh n: ơ ậ" for "Nơi
  nhận:"), which leaves many tokens that are no Vietnamese syllable;
- legacy-font text layers (TCVN3/ABC, VNI fonts without a Unicode map) come out as
  Latin-1 look-alikes ("Nghþ ®Þnh"), which are no syllables either; those are decoded
  with the legacy tables (extractor/load/legacy.py) and kept when the result reads.
A page that fails goes to the pdfminer path (extractor/load/pdfchars.py)."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

import regex

from extractor.load.layout import Word

# a page reads as Vietnamese when at least this share of its lower-case letter tokens
# are well-formed syllables (corpus text PDFs: >= 0.96; fallback-font and legacy-font
# pages: <= 0.6, see tests/test_load_pdffast.py)
MIN_SYLLABLE_SHARE = 0.85
MIN_TOKENS = 12  # fewer lower-case tokens than this: too little to judge, trust pdfium

_V = "aăâeêioôơuưy"
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
    rf"[{_V}]{{1,3}}(?:ng|nh|ch|[cmnpt])?")
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_TOKEN = regex.compile(r"\p{L}+")
_WORD = regex.compile(r"[^\s\ufffe]+\ufffe?|\ufffe")  # a hyphen-break ends a word


@lru_cache(maxsize=65536)
def is_syllable(token: str) -> bool:
    """A well-formed Vietnamese syllable (lower case): consonant onset, one to three
    vowels, coda, at most one tone mark."""
    nfd = unicodedata.normalize("NFD", token)
    if sum(1 for c in nfd if c in _TONES) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return _SYLLABLE.fullmatch(base) is not None


def syllable_share(text: str) -> tuple[float, int]:
    """(share of well-formed syllables, number of tokens judged) over the tokens with
    a lower-case letter (abbreviations such as UBND are left out)."""
    judged = good = 0
    for tok in _TOKEN.findall(unicodedata.normalize("NFC", text)):
        if tok.isupper():
            continue
        judged += 1
        good += is_syllable(tok.lower())
    return (good / judged if judged else 1.0), judged


def readable(text: str) -> bool:
    share, judged = syllable_share(text)
    return judged < MIN_TOKENS or share >= MIN_SYLLABLE_SHARE


@dataclass
class FastPage:
    words: list[Word]
    rules: list[tuple[float, float, float]]
    text_chars: int
    has_images: bool
    text: str  # the words in pdfium's order, for the check
    rotated: bool = False
    signals: list[str] = field(default_factory=list)


def _objects(page: Any, top_edge: float) -> tuple[list[tuple[float, float, float]], bool]:
    """Vertical rules (as pdfchars: thin paths, both edges of rectangles taller than 5
    points) and whether the page holds an image."""
    import pypdfium2.raw as raw
    import ctypes
    rules: list[tuple[float, float, float]] = []
    images = False
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            images = True
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            images = images or _form_has_image(obj)
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            if not raw.FPDFPageObj_GetBounds(obj, l, b, r, t):
                continue
            x0, x1, top, bottom = l.value, r.value, top_edge - t.value, top_edge - b.value
            if bottom - top > 5:
                if x1 - x0 <= 2:
                    rules.append(((x0 + x1) / 2, top, bottom))
                elif raw.FPDFPath_CountSegments(obj) in (4, 5):  # a rectangle
                    rules.extend([(x0, top, bottom), (x1, top, bottom)])
    return rules, images


def _form_has_image(form: Any) -> bool:
    import pypdfium2.raw as raw
    for i in range(raw.FPDFFormObj_CountObjects(form)):
        obj = raw.FPDFFormObj_GetObject(form, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE or (kind == raw.FPDF_PAGEOBJ_FORM
                                              and _form_has_image(obj)):
            return True
    return False


def fast_page(page: Any) -> FastPage:
    """Words of one pypdfium2 page: whitespace-delimited tokens of its text, boxed by
    their first and last characters."""
    import ctypes

    import pypdfium2.raw as raw
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = raw.FPDFText_CountChars(tp)
        text = textpage.get_text_range(0, n) if n > 0 else ""
        left, bottom, right, top = page.get_mediabox()
        rules, images = _objects(page, top)
        words: list[Word] = []
        rotated = False
        signals: list[str] = []
        if len(text) != n:  # characters outside the BMP: indices no longer line up
            return FastPage([], rules, n, images, text, True, ["index"])
        box = raw.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        line_start = True  # rotation is checked on the first word of each text line
        for m in _WORD.finditer(text):
            s, e = m.start(), m.end() - 1
            if line_start or (s and text[s - 1] == "\n"):
                if raw.FPDFText_GetCharAngle(tp, s) not in (0.0, -1.0):
                    rotated = True
                    break
            line_start = False
            raw.FPDFText_GetLooseCharBox(tp, s, box)
            x0 = box.left
            raw.FPDFText_GetLooseCharBox(tp, e, box)
            x1 = box.right
            if x1 < x0:  # drawn right to left: turned text
                rotated = True
                break
            size = raw.FPDFText_GetFontSize(tp, s) or (box.top - box.bottom)
            # the baseline, as pdfminer's box for the fonts of these reports (their
            # descriptors give no descent; pdfium's own font metrics would shift bold
            # and italic words off their line)
            raw.FPDFText_GetCharOrigin(tp, s, ox, oy)
            b = top - oy.value
            word = m.group()
            if word.endswith("\ufffe"):  # pdfium's mark of a hyphen ending the line
                word = word[:-1] + "-"
            words.append(Word(word, x0 - left, x1 - left, b - size, b))
        chars = sum(len(w.text) for w in words)
        return FastPage(words, rules, chars, images, text, rotated, signals)
    finally:
        textpage.close()


def _legacy_bytes(text: str) -> Optional[bytes]:
    """The bytes a legacy font's text layer stands for: pdfium gives them as Windows-1252
    or Latin-1 characters, or in the symbol-font private area (U+F020..U+F0FF)."""
    out = bytearray()
    for c in text:
        o = ord(c)
        if o < 0x80 or 0xA0 <= o < 0x100:
            out.append(o)
        elif 0xF020 <= o <= 0xF0FF:
            out.append(o - 0xF000)
        else:
            try:
                out += c.encode("cp1252")
            except UnicodeEncodeError:
                return None
    return bytes(out)


def legacy_words(words: list[Word]) -> Optional[tuple[str, list[Word]]]:
    """(encoding, words decoded) when the words read as Vietnamese once decoded from a
    legacy font encoding (TCVN3 or VNI), else None."""
    from extractor.load import legacy
    raw_bytes = _legacy_bytes(" ".join(w.text for w in words))
    if raw_bytes is None:
        return None
    scored = []
    for name, decode in (("tcvn3", legacy.decode_tcvn3), ("vni", legacy.decode_vni)):
        share, judged = syllable_share(decode(raw_bytes))
        scored.append((share, judged, name, decode))
    share, judged, name, decode = max(scored, key=lambda s: s[0])
    if judged < MIN_TOKENS or share < MIN_SYLLABLE_SHARE:
        return None
    out = []
    for w in words:
        text = decode(_legacy_bytes(w.text) or b"")
        out.append(Word(_soft_hyphen_u(text) if name == "tcvn3" else text,
                        w.x0, w.x1, w.top, w.bottom))
    return name, out


_HYPHENED = regex.compile(r"\p{L}*-\p{L}*")


def _soft_hyphen_u(word: str) -> str:
    """TCVN3 writes "ư" as byte 0xAD, the soft hyphen, which pdfium gives as "-": a
    hyphen inside or after letters that makes syllables of them is that "ư"
    ("nh-ng" -> "nhưng"); real hyphens ("NĐ-CP") stay."""
    def fix(m: regex.Match) -> str:
        part = m.group()
        if not regex.search(r"\p{L}", part):
            return part
        tried = part.replace("-", "ư")
        tokens = _TOKEN.findall(tried)
        if tokens and all(is_syllable(t.lower()) for t in tokens) and not tried.isupper():
            return tried
        return part
    return _HYPHENED.sub(fix, word)



def char_words(page: Any) -> Optional[list[Word]]:
    """Words of a page built from pdfium's characters the way pdfplumber builds them
    (pdfchars._words: characters clustered into lines by top, sorted by x, cut at
    spaces and gaps), for pages whose text order pdfium gets wrong: letters of a
    fallback font are drawn after their line, so pdfium's order scrambles them, but
    their boxes are right. pdfium drops the space that follows such a letter ("xử lý"
    comes as "x", gap, "lý" plus a late "ử"); a gap between two letters that follow
    each other in the stream that no letter fills is that space. None when a
    character is turned."""
    import ctypes

    import pypdfium2.raw as raw

    from extractor.load.pdfchars import _words
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = raw.FPDFText_CountChars(tp)
        left, bottom, right, top = page.get_mediabox()
        box = raw.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        chars: list[tuple] = []  # (text, x0, x1, top, bottom)
        gaps: list[int] = []  # indices into chars: two letters in stream order on a line
        for i in range(n):
            code = raw.FPDFText_GetUnicode(tp, i)
            if code == 0x02:  # pdfium's code of a hyphen ending the line
                code = 0xFFFE
            if code == 0x20 and raw.FPDFText_IsGenerated(tp, i) == 1:
                continue
            if not code or code in (0xFFFF, 0x0D, 0x0A):
                continue
            if code == 0xFFFE:  # pdfium's mark of a hyphen ending the line
                code = 0x2D
            raw.FPDFText_GetLooseCharBox(tp, i, box)
            if box.right < box.left:
                return None
            raw.FPDFText_GetCharOrigin(tp, i, ox, oy)
            size = raw.FPDFText_GetFontSize(tp, i)
            b = top - oy.value
            if chars and abs(chars[-1][4] - (b)) < 1 and not chars[-1][0].isspace() \
                    and chr(code) != " ":
                gaps.append(len(chars))  # two letters in stream order on one line
            chars.append((chr(code), box.left - left, box.right - left, b - size, b))
        spaces = []
        if gaps:
            lines: dict[int, list[tuple]] = {}
            for c in chars:
                lines.setdefault(round(c[4]), []).append(c)
            for k in gaps:
                prev, cur = chars[k - 1], chars[k]
                lo, hi = prev[2], cur[1]
                if hi - lo <= 0:
                    continue
                inside = sorted((c[1], c[2]) for c in lines.get(round(cur[4]), ())
                                if c[1] < hi and c[2] > lo)
                # the widest stretch of the gap that no letter covers
                best, at, x = 0.0, lo, lo
                for a, z in inside + [(hi, hi)]:
                    if a - x > best:
                        best, at = a - x, x
                    x = max(x, z)
                if best > 0.1 * (cur[4] - cur[3]):
                    spaces.append((" ", at, at + best, cur[3], cur[4]))
        return _words(chars + spaces)
    finally:
        textpage.close()
