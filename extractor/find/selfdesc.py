"""What a text without a classic header says about itself: a site's "Số hiệu / Ngày
ban hành" block, a news page's posting date, a first line "Báo cáo số 228/BC-UBND ngày
05/12/2023 của UBND phường Hà Phong ...", the closing "Trên đây là báo cáo ... của UBND
phường Trần Phú", and a subject sentence "UBND phường Trần Phú báo cáo ...".
Nothing is guessed: a value the text does not state stays None."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from extractor.find import cues
from extractor.find.cues import collapse, has_letters, trim
from extractor.grammar.dates import DATE, DATE_RE
from extractor.find.header import Found, _iso
from extractor.normalize import DocText
from extractor.grammar.units import unit_phrase_regex

NUMBER_BODY = (r"\d+[\p{L}]?(?:\s*/\s*\d{4})?\s*/\s*[\p{L}\d][\p{L}\d&.]*(?:\s*-\s*[\p{L}\d&.]+)*")
_CLAUSE_START = regex.compile(r"(?:[.;:,]|\n)[ \t]*$")


def _clause_start(text: str, pos: int) -> bool:
    """True when pos begins a clause: document start, after a line break or after
    sentence/clause punctuation."""
    before = text[max(0, pos - 40):pos]
    if not before.strip() and pos <= 40:
        return True
    return bool(_CLAUSE_START.search(before))


@dataclass
class SelfDesc:
    doc_type: Optional[Found] = None
    number: Optional[Found] = None
    date: Optional[Found] = None
    issuer: Optional[Found] = None
    published: Optional[Found] = None
    title: Optional[Found] = None
    signer: Optional[Found] = None
    closing: Optional[tuple[int, int]] = None  # the "Trên đây là ..." sentence
    subject: Optional[tuple[int, int]] = None  # the "<unit> báo cáo ..." sentence
    # where number/type came from: "first_line" ("Báo cáo số ..." opening the text) or
    # "site_field" (a site's "Số hiệu" block); a news headline naming a decision is
    # told apart from the decision itself by the genre (genre.py)
    number_from: Optional[str] = None
    date_line: Optional[Found] = None  # an unlabelled posting-date line (news pages)
    issued: Optional[Found] = None  # "Ngày <date>, <unit> đã ban hành ..." near the start
    first_line: Optional[tuple[int, int]] = None  # the first line of text (headline)
    first_line_fields: tuple[str, ...] = ()  # fields the "<Type> số ..." first line gave
    # "<unit> ban hành Báo cáo số 41/BC-UBND về ... như sau:" (the text adopting itself)
    adopted_type: Optional[Found] = None
    adopted_number: Optional[Found] = None
    adopted_date: Optional[Found] = None


def date_of(m: "regex.Match[str]") -> Optional[str]:
    if m.group("d") is not None:
        return _iso(m.group("d"), m.group("m"), m.group("y"))
    return _iso(m.group("d2"), m.group("m2"), m.group("y2"))


def _sentence_end(view: str, pos: int, limit: int = 600) -> int:
    m = regex.compile(r"\./\.|\.(?=\s|$)|\n").search(view, pos, min(len(view), pos + limit))
    return m.start() if m else min(len(view), pos + limit)


def _type_at(view: str, pos: int) -> Optional[regex.Match]:
    return cues.any_type_word_regex().match(view, pos)


def read_self(doc: DocText, text_lines_limit: int = 3000) -> SelfDesc:
    text, view = doc.text, doc.view
    out = SelfDesc()
    head_end = min(len(text), text_lines_limit)
    lv = cues.line_view(text[:head_end], view[:head_end])

    m = cues.first("published", lv, 0, min(len(lv), 1500))
    if m:
        iso = _loose_date(view, m.start("date"), m.end("date"))
        if iso:
            out.published = Found(iso, m.start("date"), m.end("date"))
    if out.published is None:
        out.date_line = _date_line(lv, view, min(len(lv), 1500))

    # a site's metadata block
    for entry, pat in zip(cues.entries("site_field"), cues.patterns("site_field")):
        sm = pat.search(lv, 0, head_end)
        if not sm:
            continue
        vs, ve = trim(lv, sm.start("value"), sm.end("value"), " \t|:;,.")
        value = collapse(text[vs:ve])
        if entry.field == "number":
            nm = regex.match(NUMBER_BODY, lv[vs:ve])
            if nm and not out.number:
                out.number = Found("".join(nm.group().split()), vs, vs + nm.end())
                out.number_from = "site_field"
        elif entry.field == "date":
            dm = DATE_RE.search(lv, vs, ve)
            if dm and date_of(dm) and not out.date:
                out.date = Found(date_of(dm), dm.start(), dm.end())
        elif entry.field == "doc_type":
            name = cues.doc_type_by_word(value)
            if name and not out.doc_type:
                out.doc_type = Found(name, vs, ve)
        elif entry.field == "issuer" and value and not out.issuer and not cues.has_code_word(value):
            # a site's field holding a code ("Cơ quan ban hành 6323cdcebe85...") names no body
            out.issuer = Found(value, vs, ve)
        elif entry.field == "signer" and cues.is_person_name(value, need_surname=False):
            out.signer = Found(value, vs, ve)
        elif entry.field == "title" and value and not out.title:
            out.title = Found(value, vs, ve)

    # a first line describing the document itself: "Báo cáo số 228/BC-UBND ngày ..."
    seen = 0
    for s, e in cues.lines(lv, 0, head_end):
        a, b = trim(lv, s, e)
        if not has_letters(lv[a:b]) or cues.any_match("chrome", lv[a:b]) or cues.any_match("published", lv[a:b]):
            continue
        seen += 1
        if seen > 2:
            break
        tm = _type_at(lv, a)
        if not tm:
            continue
        nm = regex.compile(r"\s+số\s*:?\s*(?P<n>" + NUMBER_BODY + ")", regex.IGNORECASE).match(lv, tm.end(), b)
        if not nm:
            continue
        given = [f for f in ("doc_type", "number", "date", "issuer") if getattr(out, f) is None]
        out.doc_type = out.doc_type or Found(cues.doc_type_by_word(tm.group("type")) or tm.group(), tm.start(), tm.end())
        if out.number is None:
            out.number = Found("".join(text[nm.start("n"):nm.end("n")].split()), nm.start("n"), nm.end("n"))
            out.number_from = "first_line"
        rest = lv[nm.end():b]
        dm = regex.compile(r"\s*,?\s*(?:ngày\s+)?" + DATE, regex.IGNORECASE).match(lv, nm.end(), b)
        if dm and date_of(dm) and not out.date:
            out.date = Found(date_of(dm), dm.start("d") if dm.group("d") else dm.start("d2"), dm.end())
        cm = regex.search(r"\bcủa\s+", rest)
        if cm:
            um = unit_phrase_regex().match(lv, nm.end() + cm.end(), b)
            if um and not out.issuer:
                out.issuer = Found(collapse(text[um.start():um.end()]), um.start(), um.end())
        out.first_line_fields = tuple(f for f in given if getattr(out, f) is not None)
        break

    for s_, e_ in cues.lines(lv, 0, head_end):
        a, b = trim(lv, s_, e_)
        if has_letters(lv[a:b]) and not cues.any_match("chrome", lv[a:b]):
            out.first_line = (a, b)
            break
    out.issued = _issued_in_body(lv, view, head_end)
    _read_adoption(out, text, view, min(len(view), 2500))

    # the closing sentence "Trên đây là <type> ... của <unit>"
    closing = None
    for pat in cues.patterns("closing"):
        for cm in pat.finditer(view):
            closing = cm
    if closing:
        end = _sentence_end(view, closing.end())
        out.closing = (closing.start(), end)
        pos = closing.end()
        while pos < end and view[pos] == " ":
            pos += 1
        tm = _type_at(view, pos)
        if tm and not out.doc_type:
            out.doc_type = Found(cues.doc_type_by_word(tm.group("type")) or tm.group(), tm.start(), tm.end())
        for cm in regex.finditer(r"\bcủa\s+", view[closing.end():end]):
            at = closing.end() + cm.end()
            um = unit_phrase_regex().match(view, at, end)
            if um:
                if not out.issuer:
                    out.issuer = Found(collapse(text[um.start():um.end()]), um.start(), um.end())
                break

    # a subject sentence "<unit> báo cáo ...", "<committee> ... đã họp ..."
    zones = [(0, min(len(view), 2000)), (max(0, len(view) - 2000), len(view))]
    for zs, ze in zones:
        hit = None
        for um in unit_phrase_regex().finditer(view, zs, ze):
            if not _clause_start(text, um.start()):
                continue
            vm = None
            after = um.end()
            while after < ze and view[after] == " ":
                after += 1
            for p in cues.patterns("self_verb"):
                vm = vm or p.match(view, after)
            if vm:
                hit = (um, vm)
                break
        if hit:
            um, vm = hit
            out.subject = (um.start(), _sentence_end(view, vm.end()))
            if not out.issuer:
                out.issuer = Found(collapse(text[um.start():um.end()]), um.start(), um.end())
            if not out.doc_type and regex.match(r"(?:đã\s+)?báo\s+cáo", vm.group()):
                out.doc_type = Found("Báo cáo", vm.start(), vm.end())
            break
    return out


_WORD_MONTH = regex.compile(r"(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*,?\s+(?:năm\s+)?(?P<y>(?:19|20)\d{2})(?!\d)",
                            regex.IGNORECASE)


def _loose_date(view: str, s: int, e: int) -> Optional[str]:
    """ISO date written in view[s:e]: the shared grammar, or a CMS's "11 Tháng 6 2021"."""
    dm = DATE_RE.search(view, s, e + 1)
    if dm:
        return date_of(dm)
    wm = _WORD_MONTH.search(view, s, e + 1)
    return _iso(wm.group("d"), wm.group("m"), wm.group("y")) if wm else None


def _date_line(lv: str, view: str, limit: int, max_lines: int = 8) -> Optional[Found]:
    """The first line among the first lines of text that holds only a date (and a time,
    a weekday), as news pages print their posting date without a label. A weekday date
    without a time standing first on the page is the site's "today" banner, not taken."""
    seen = 0
    for s, e in cues.lines(lv, 0, limit):
        a, b = trim(lv, s, e)
        if a >= b:
            continue
        seen += 1
        if seen > max_lines:
            break
        for pat in cues.patterns("date_line"):
            m = pat.match(lv, a, b)
            if not m or m.end() < b:
                continue
            if seen == 1 and m.group("weekday") and not (m.group("time") or m.group("time2")):
                continue
            iso = _loose_date(view, m.start("date"), m.end("date"))
            if iso:
                return Found(iso, m.start("date"), m.end("date"))
    return None


_ISSUED_LEAD = regex.compile(r"(?:[-–][ \t]*)?Ngày[ \t]+", regex.IGNORECASE)


def _issued_in_body(lv: str, view: str, limit: int, max_lines: int = 4) -> Optional[Found]:
    """"Ngày 18 tháng 7 năm 2025 Uỷ ban nhân dân xã Long Phụng đã ban hành ...": the
    issuing date a headerless text states in one of its first lines."""
    seen = 0
    for s, e in cues.lines(lv, 0, limit):
        a, b = trim(lv, s, e)
        if not has_letters(lv[a:b]):
            continue
        seen += 1
        if seen > max_lines:
            break
        lead = _ISSUED_LEAD.match(lv, a, b)
        if not lead:
            continue
        dm = DATE_RE.match(lv, lead.end(), b)
        if not dm or not date_of(dm):
            continue
        pos = dm.end()
        cm = regex.compile(r"[ \t]*,?[ \t]*").match(lv, pos, b)
        um = unit_phrase_regex().match(lv, cm.end(), b)
        if not um:
            continue
        after = regex.compile(r"[ \t]+").match(lv, um.end(), b)
        if not after:
            continue
        if any(p.match(lv, after.end(), b) for p in cues.patterns("issued_verb")):
            start = dm.start("d") if dm.group("d") else dm.start("d2")
            return Found(date_of(dm), start, dm.end())
    return None


_SO_NUMBER = regex.compile(r"\s+số\s*:?\s*(?P<n>" + NUMBER_BODY + ")", regex.IGNORECASE)
_DATED = regex.compile(r"ngày\s+" + DATE, regex.IGNORECASE)


def _read_adoption(out: SelfDesc, text: str, view: str, limit: int) -> None:
    """"..., ngày 20 tháng 3 năm 2026, UBND phường Tân An ban hành Báo cáo số 41/BC-UBND
    về ... như sau:": the type, and the number and date when the sentence states them."""
    for pat in cues.patterns("adoption"):
        am = pat.search(view, 0, limit)
        if not am:
            continue
        tm = cues.any_type_word_regex().match(view, am.start("rest"))
        name = cues.doc_type_by_word(tm.group("type")) if tm else None
        if not name:
            continue
        out.adopted_type = Found(name, tm.start(), tm.end())
        nm = _SO_NUMBER.match(view, tm.end(), am.end())
        if nm:
            out.adopted_number = Found("".join(text[nm.start("n"):nm.end("n")].split()),
                                       nm.start("n"), nm.end("n"))
        # the date of the same clause, before the verb
        lo = max(0, am.start() - 160)
        last = None
        for dm in _DATED.finditer(view, lo, am.start()):
            last = dm
        if last is not None and not regex.search(r"[.;:]", view[last.end():am.start()]) \
                and len(view[last.end():am.start()].split()) <= 12:
            iso = date_of(last)
            if iso:
                start = last.start("d") if last.group("d") else last.start("d2")
                out.adopted_date = Found(iso, start, last.end())
        return
