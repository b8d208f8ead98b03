"""The end of a document: "Nơi nhận:" with its list, the authority and title lines
("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and the signer's
name. Copes with the two-column "Nơi nhận | signer" table flattened either way (cells
on their own lines, or both columns glued on each line)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

import regex

from extractor.find import cues
from extractor.find.cues import collapse, has_letters, is_person_name, trim
from extractor.find.header import Found
from extractor.grammar.tables import line_cells
from extractor.grammar.units import title_case
from extractor.normalize import DocText

TAIL_CHARS = 2500
_GLUED = regex.compile(r"\.(?=\p{Lu}[\p{Ll}\p{M}])")
_BYLINE = regex.compile(r"(?:(?:Tin|Bài|Ảnh|Tin\s+và\s+ảnh|Tin,\s*ảnh|Bài,\s*ảnh|Bài\s+và\s+ảnh)\s*:\s*)")


@dataclass
class Signature:
    signer: Optional[Found] = None
    title: Optional[Found] = None
    recipients: list[Found] = field(default_factory=list)
    recipients_at: Optional[int] = None


def _titles(lv: str, s: int, e: int) -> list[tuple[int, int, str]]:
    """Signer-title matches in lv[s:e], inner matches dropped ("CHỦ TỊCH" in
    "PHÓ CHỦ TỊCH"), in text order: (start, end, display)."""
    found = []
    for entry, pat in zip((x for x in cues.entries("signer_title")), cues.patterns("signer_title")):
        for m in pat.finditer(lv, s, e):
            found.append((m.start(), m.end(), entry.display))
    return cues.longest_non_overlapping(found)


def _segments(lv: str, s: int, e: int) -> list[tuple[int, int]]:
    """Parts of a tail line: grammar/tables.line_cells cut at "|", tabs, runs of three
    spaces and ";", list marks trimmed."""
    return line_cells(lv, s, e, spaces=3, extra=";", strip=" \t-–+•")


def _is_signature_text(seg: str) -> bool:
    return bool(cues.first("authority", seg) or any(p.search(seg) for p in cues.patterns("signer_title"))
                or is_person_name(seg))


def read_signature(doc: DocText) -> Signature:
    text = doc.text
    t0 = max(0, len(text) - TAIL_CHARS)
    lv = cues.line_view(text[t0:], doc.view[t0:])
    # work in tail coordinates, report document offsets
    sig = Signature()
    rec = None
    for p in cues.patterns("recipients"):
        for m in p.finditer(lv):
            rec = m
    lines = cues.lines(lv)
    if rec:
        sig.recipients_at = t0 + rec.start()
        prev_open = False
        for s, e in lines:
            if e <= rec.end():
                continue
            s = max(s, rec.end())
            a, b = trim(lv, s, e)
            seg = lv[a:b]
            if not has_letters(seg):
                continue
            if seg[:1] in "-+•–":
                parts = _segments(lv, a, b)
                keep = [p for p in parts if not _is_signature_text(lv[p[0]:p[1]])]
                if keep:
                    ks, ke = keep[0][0], keep[-1][1]
                    # keep the item's own ";"-separated parts only up to the last kept one
                    ks, ke = trim(lv, ks, ke, " \t;.,")
                    g = _GLUED.search(lv, ks, ke)
                    if g and is_person_name(lv[g.end():ke]):
                        ke = g.start()  # the signer's name glued on: "- Lưu: VT, VP.Trần Ngọc Ánh"
                    sig.recipients.append(Found(collapse(text[t0 + ks:t0 + ke]), t0 + ks, t0 + ke))
                    prev_open = not lv[a:b].rstrip().endswith((";", "."))
                continue
            if prev_open and sig.recipients and not _is_signature_text(seg):
                last = sig.recipients[-1]
                parts = [p for p in _segments(lv, a, b) if not _is_signature_text(lv[p[0]:p[1]])]
                if parts:
                    ke = trim(lv, parts[0][0], parts[-1][1], " \t;.,")[1]
                    sig.recipients[-1] = Found(collapse(text[last.start:t0 + ke]), last.start, t0 + ke)
                    prev_open = not lv[a:b].rstrip().endswith((";", "."))
                continue
            prev_open = False

    # titles: upper case, in the signature zone
    zone = rec.start() if rec else 0
    closing = None
    for m in regex.finditer(r"\./\.", lv):
        closing = m
    if closing and not rec:
        zone = closing.end()
    titles = _titles(lv, zone, len(lv))
    if titles:
        ts, te, disp = titles[-1]
        sig.title = Found(disp, t0 + ts, t0 + te)

    # signer: the last person-shaped segment after the first title
    after = titles[0][0] if titles else zone
    cand = None
    for s, e in lines:
        if e <= after:
            continue
        for a, b in _segments(lv, max(s, after), e):
            if is_person_name(lv[a:b]):
                cand = (a, b)
            else:
                # the name glued to the last recipient line ("- Lưu: VT, VP.Trần Ngọc Ánh")
                g = _GLUED.search(lv, a, b)
                if g and is_person_name(lv[g.end():b]):
                    cand = (g.end(), b)
    if cand is None and titles:
        for s, e in lines:
            if s <= titles[-1][1]:
                continue
            a, b = trim(lv, s, e)
            if is_person_name(lv[a:b], need_surname=False):
                cand = (a, b)
    if cand is None:
        # a byline or a bare name as the last line of the text, before a page's
        # trailing chrome ("Tin liên quan:" and its list of links)
        rev = list(reversed(lines))
        for k, (s, e) in enumerate(rev[:15]):
            a, b = trim(lv, s, e)
            if has_letters(lv[a:b]) and cues.any_match("related_links", lv[a:b]):
                rev = rev[k + 1:]
                break
        for s, e in rev:
            a, b = trim(lv, s, e)
            if not has_letters(lv[a:b]):
                continue
            m = _BYLINE.match(lv, a, b)
            a2 = m.end() if m else a
            name = lv[a2:b]
            if name.isupper() and not _is_signature_text(name):
                # a byline in capitals ("NGỌC LAN") read as the name it writes
                name = title_case(name)
            if is_person_name(name, need_surname=False) and len(name.split()) <= 4:
                cand = (a2, b)
            break
    if cand:
        a, b = cand
        sig.signer = Found(collapse(text[t0 + a:t0 + b]), t0 + a, t0 + b)
    return sig
