"""Legal references: every mention of a numbered document (issue 3).

Grammar (code) over vocabularies (rules/doc_types.yaml, rules/issuers.yaml,
rules/relations.yaml). Matching runs on `doc.view` (same length as `doc.text`:
lookalikes repaired, every line/page break a space), so a mention split across lines is
one match and offsets go straight to `doc.span()`.

A mention is a document number (61/2018/NĐ-CP, 1475/UBND-NV, 19-NQ/TW, 30c/NQ-CP,
"16 /KH-UBND", "35/NQ- CP", "NĐCP"), optionally preceded by a type word ("Nghị định",
"công văn", ...) and "số"/"Số:", and followed by a date ("ngày 23/4/2018", "ngày 23
tháng 4 năm 2018"), an issuer ("của Chính phủ") and a subject ("về việc ...").
A bare number counts only when its symbol is made of known abbreviations, so ratios
(42/46), dates, ISO 9001:2015 and form codes (06/VPCP/KSTT) are not references.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

import regex

from extractor.grammar.dates import DATE, SHORT_DATE, date_groups, iso_of_match, ocr_digits
from extractor.vocab.symbols import (doc_types, is_known_issuer, issuer_name, split_glued,
                                    type_by_abbreviation, type_word_alternatives)
from extractor.model import Reference
from extractor.normalize import DocText
from extractor.grammar.docnumber import (DocNumber, canonical_symbol, is_assembly_symbol,
                                         key_of, party_symbol)
from extractor.vocab import load_rules

_SPACE_DASH = regex.compile(r"[\s\-–]")

# One symbol part: capitals/digits/&, at most one lower-case letter inside (TTg, CTr, QyĐ).
_TOKEN = r"[A-ZĐ][A-ZĐ0-9&]*(?:[a-zđ][A-ZĐ0-9&]*)?"
_UPTOKEN = r"[A-ZĐ][A-ZĐ0-9&]+(?![\w&])"
# Parts are joined by "-"; stray spaces around it only before an all-capitals part.
_JOIN = rf"(?:-(?={_TOKEN})|\s?-\s?(?={_UPTOKEN}))"
_SYMBOL = rf"{_TOKEN}(?:{_JOIN}{_TOKEN})*"
# A symbol ends at a non-word character, or where PDF text glued the next word on
# ("61/2018/NĐ-CPngày 23/4/2018", "... NĐ-CPcủa Chính phủ").
_GLUED_NEXT = r"(?:ngày|của|về|và|năm|ban|được|do|tại|quy|hướng)(?![\w])"
_END = rf"(?:(?![\w&])|(?={_GLUED_NEXT}))(?!\s?/\s?\w)"
_NUMBER = regex.compile(
    rf"(?:(?<![\w/.,\-])|(?<=(?<![\w])(?i:số)))(?P<ord>\d{{1,5}}[a-zA-Z]?)"
    rf"(?:(?P<party>-)(?P<ptype>[A-ZĐ][A-Za-zĐđ]{{0,3}})\s?/\s?(?P<psym>{_SYMBOL})"
    rf"|\s?/\s?(?:(?P<year>(?:19|20)\d{{2}})\s?/\s?)?(?P<sym>{_SYMBOL})){_END}")

_SEP = r"[\s|]*"
_DATE_AFTER = regex.compile(
    rf"{_SEP},?{_SEP}\(?\s*(?:(?:được\s+)?(?:ban\s+hành|ký)\s+)?(?:(?:ngày\s*)?(?:{DATE})|ngày\s*{SHORT_DATE})",
    regex.IGNORECASE)
_OF = regex.compile(rf"{_SEP},?\s*của\s+", regex.IGNORECASE)
_SUBJECT_CUE = regex.compile(r"\s*,?\s*(?P<cue>về\s+việc|v/v|về)(?=\s)", regex.IGNORECASE)
_CLAUSE_END = regex.compile(
    r"[;:!?]|\.(?=\s|$)|\s{2,}(?=[-–+•*]|\d+[.)]|[a-zđ]\))|\s\((?=sau\s+đây)")
_LEAD = regex.compile(
    rf"(?:(?<![\w])(?:Vào\s+ngày|Ngày)|(?<=[.;:]\s*)(?:vào\s+)?ngày)\s+(?:{DATE}|{SHORT_DATE})"
    r"\s*,?\s+(?P<gap>[^.;!?]{0,160}?)(?:đã\s+)?(?:ký\s+)?(?:ban\s+hành|ký|phát\s+hành|có)"
    r"\s+(?:các\s+)?\Z")
_HEADER = regex.compile(r"(?:^|\n)[\s|]*Số\s*:?\s*\Z")
_LOOKBACK = 60
_CHAIN = regex.compile(r"\s*(?:,|;|và|hoặc)?\s*")


@dataclass
class _Mention:
    start: int
    end: int
    ref: Reference
    typed: bool = False
    first: str = ""  # first symbol part (type abbreviation), upper-cased
    lead: Optional[tuple] = None  # (date, date_text, date_span) from a date before it


@lru_cache(maxsize=1)
def _type_word_re() -> "regex.Pattern[str]":
    """A type word (optionally with "số"/"Số:") or "số" alone, ending where a number
    starts; searched backwards from the number."""
    words = type_word_alternatives()
    pat = (r"(?:(?<![\w])(?P<tw>" + "|".join(words) + r")" + _SEP
           + r"(?:(?P<so>số)\s*:?" + _SEP + r"|:\s*)?"
           + r"|(?<![\w])(?P<soonly>số)\s*:?" + _SEP + r")\Z")
    # REVERSE: the search starts at the number and walks back, not at the window start
    return regex.compile(pat, regex.IGNORECASE | regex.REVERSE)


@lru_cache(maxsize=1)
def _type_name_re() -> tuple["regex.Pattern[str]", dict[str, str]]:
    """Which type a matched type word names: `lastgroup` is t<i>."""
    alts = sorted(((w, t.name) for t in doc_types() for w in t.words),
                  key=lambda a: len(a[0]), reverse=True)
    names = {f"t{i}": name for i, (_, name) in enumerate(alts)}
    pat = "|".join(f"(?P<t{i}>{w})" for i, (w, _) in enumerate(alts))
    return regex.compile(pat, regex.IGNORECASE), names


@lru_cache(maxsize=512)
def _type_of_word(word: str) -> Optional[str]:
    pat, names = _type_name_re()
    m = pat.fullmatch(word)
    return names[m.lastgroup] if m else None


@lru_cache(maxsize=1)
def _relation_re() -> tuple["regex.Pattern[str]", dict[str, str], int]:
    rf = load_rules("relations")
    alts = []
    for i, e in enumerate(rf.entries):
        for c in e.cues:
            alts.append((c, e.relation))
    alts.sort(key=lambda a: len(a[0]), reverse=True)
    names = {}
    parts = []
    for i, (c, rel) in enumerate(alts):
        names[f"r{i}"] = rel
        parts.append(f"(?P<r{i}>{c})")
    # REVERSE: the first match found is the cue closest to the mention
    pat = regex.compile(r"(?<![\w])(?:" + "|".join(parts) + r")(?![\w])",
                        regex.IGNORECASE | regex.REVERSE)
    return pat, names, int(getattr(rf, "max_gap_words", 8))


def _last_cue(text: str) -> Optional["regex.Match[str]"]:
    """The cue nearest the end of `text`, or None."""
    return _relation_re()[0].search(text)


def _cue_relation(text: str, cue: Optional["regex.Match[str]"]) -> Optional[str]:
    if cue is None:
        return None
    _, names, max_gap = _relation_re()
    if len(text[cue.end():].split()) > max_gap:
        return None
    return names[cue.lastgroup]


def relation_before(text: str) -> Optional[str]:
    """Relation given by the last cue in `text` (the words right before a mention)."""
    return _cue_relation(text, _last_cue(text))


_GLUE = frozenset(("và", "–", "-", "của", "ban", "hành", "thành"))


_SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹⁰"


@lru_cache(maxsize=1)
def _issuer_re() -> "regex.Pattern[str]":
    """Issuer phrase: capitalised words and the lower-case words of rules/issuers.yaml
    (`name_words`), never a stop phrase nor the start of another mention."""
    rf = load_rules("issuers")
    names = sorted({w for w in (getattr(rf, "name_words", None) or ())}, key=len, reverse=True)
    stops = sorted((getattr(rf, "stop_phrases", None) or ()), key=len, reverse=True)
    types = type_word_alternatives()
    # a footnote marker glued to the last word ("của Chủ tịch UBND tỉnh³") ends it
    edge = r"(?![^\s,;.:()“”\"|…%s])" % _SUPERSCRIPTS
    word = (r"(?!(?i:%s)(?![\w]))" % "|".join(regex.escape(x) for x in stops)
            + r"(?!(?i:(?:(?:và|hoặc)\s+)?(?:%s))(?![\w]))" % "|".join(types)
            + r"(?:(?i:%s)%s|\p{Lu}[^\s,;.:()“”\"|…%s]*)" % (
                "|".join(regex.escape(x) for x in names), edge, _SUPERSCRIPTS))
    return regex.compile(r"%s(?: +%s){0,15}" % (word, word))


_NONSPACE = regex.compile(r"\S+")


@lru_cache(maxsize=1)
def _concurrent_re() -> Optional["regex.Pattern[str]"]:
    titles = getattr(load_rules("issuers"), "concurrent_titles", None) or ()
    if not titles:
        return None
    return regex.compile(r",[ \t]*(?:%s)(?![\w])" % "|".join(titles))


def _issuer_phrase(view: str, pos: int) -> tuple[Optional[str], int]:
    """Issuer written at `pos` (right after "của"), up to punctuation, a stop phrase
    or the next mention; a second office after a comma goes on ("Bộ trưởng, Chủ nhiệm
    Văn phòng Chính phủ"). Returns (issuer, end offset)."""
    m = _issuer_re().match(view, pos)
    if not m:
        return None, pos
    end = m.end()
    cre = _concurrent_re()
    while cre is not None:
        cm = cre.match(view, end)
        if not cm:
            break
        end = cm.end()
        sp = regex.compile(r"[ \t]+").match(view, end)
        nm = _issuer_re().match(view, sp.end()) if sp else None
        if nm and nm.end() > sp.end():
            end = nm.end()
    words = [(w.group(), w.end()) for w in _NONSPACE.finditer(view, pos, end)]
    while words and words[-1][0].lower() in _GLUE:
        words.pop()
    if not words:
        return None, pos
    return " ".join(w for w, _ in words), words[-1][1]


@lru_cache(maxsize=1)
def _subject_stop() -> "regex.Pattern[str]":
    words = type_word_alternatives()
    mention = r"(?i:%s)\s+(?i:số\s*)?\d" % "|".join(words)
    return regex.compile(r"(?:\s*,\s*|\s+(?:và|hoặc)\s+)(?=%s)|\s*,\s*(?=\p{Lu})" % mention)


def _subject(doc: DocText, pos: int) -> tuple[Optional[str], int]:
    m = _SUBJECT_CUE.match(doc.view, pos)
    if not m:
        return None, pos
    s = m.start("cue")
    limit = min(len(doc.view), s + 300)
    e = _CLAUSE_END.search(doc.view, s, limit)
    end = e.start() if e else limit
    para = doc.text.find("\n\n", s, end)
    if para != -1:
        end = para
    close = doc.view.find(")", s, end)
    if close != -1:  # a ")" closing a bracket opened before the subject ends it
        depth = 0
        for i in range(s, end):
            ch = doc.view[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth < 0:
                    end = i
                    break
    if not e and end == limit < len(doc.view):
        cut = doc.view.rfind(" ", s, end)
        if cut > s:
            end = cut
    # the next item of a list ("... năm 2023 và Kế hoạch số 11/KH-UBND") or the main
    # clause resuming after a comma ("... tháng 10/2023, Ủy ban nhân dân tổ chức")
    nxt = _subject_stop().search(doc.view, s, end)
    if nxt:
        end = nxt.start()
    subject = " ".join(doc.view[s:end].split()).rstrip(" ,")
    return (subject or None), end


_COMPOUND_GAP = regex.compile(r"[^\d\n;:.()“”\"/]{1,120}", regex.IGNORECASE)
_COMPOUND_MAX_WORDS = 10
_NAME_YEAR = regex.compile(r"(?<![\w])năm\s+(?:19|20)\d{2}(?!\d)", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _type_word_any_re() -> "regex.Pattern[str]":
    words = sorted({w for t in doc_types() for w in t.words}, key=len, reverse=True)
    return regex.compile(r"(?<![\w])(?P<tw>" + "|".join(words) + r")(?![\w])", regex.IGNORECASE)


def _compound_type(view: str, so_start: int) -> tuple[Optional[str], int]:
    """The type of a compound or long-named mention, "Báo cáo thẩm định số 18/BCTĐ-STP",
    "Luật Tổ chức chính quyền địa phương số 72/2025/QH15": the nearest type word before
    "số" in the same phrase (no clause punctuation, no figure, at most ten words between;
    a comma may stand inside a law's name: "Luật Cán bộ, công chức số 80/2025/QH15").
    Returns (type, start of the type word) or (None, so_start)."""
    lo = max(0, so_start - 160)
    best = None
    for m in _type_word_any_re().finditer(view, lo, so_start):
        # a law's year inside its name ("Luật Tiếp cận thông tin năm 2016 số ...")
        between = _NAME_YEAR.sub(" ", view[m.end():so_start])
        if (between.strip() and _COMPOUND_GAP.fullmatch(between)
                and len(between.split()) <= _COMPOUND_MAX_WORDS):
            best = m  # the last (nearest) one wins
    if best is None:
        return None, so_start
    name = _type_of_word(best.group("tw"))
    if name is None or _is_generic(name):
        return None, so_start
    return name, best.start()


def _doc_type_from_symbol(party: Optional[str], ptype: Optional[str],
                          first: str) -> Optional[str]:
    abbr = type_by_abbreviation()
    if party:
        t = abbr.get(ptype.upper())
        return t.name if t else None
    t = abbr.get(first.upper())
    if t is not None:
        return t.name
    glued = split_glued(first)
    if glued:
        return abbr[glued[0].upper()].name
    if is_assembly_symbol(first):
        return None  # a law or a National Assembly resolution: the symbol cannot tell
    return "Công văn"


def _symbol_types(party: Optional[str], ptype: Optional[str], first: str) -> bool:
    """True when the symbol's abbreviation names a type."""
    abbr = type_by_abbreviation()
    if party:
        return ptype.upper() in abbr
    return first.upper() in abbr or split_glued(first) is not None


_NEW_SENTENCE = regex.compile(r"\n[\s|]*Ngày(?![\w])")


def _new_sentence_between(text: str, end: int, dm: "regex.Match[str]") -> bool:
    """A date after a number that opens a line with a capital "Ngày" begins the next
    sentence (a headline ends with the number), it does not date the mention."""
    return bool(_NEW_SENTENCE.match(text, end, dm.end()) or
                _NEW_SENTENCE.search(text, end, dm.end()))


def _inferred_issuer(party: Optional[str], psym: Optional[str],
                     parts: list[str]) -> Optional[str]:
    if party:
        return issuer_name(psym.split("-")[0])
    abbr = type_by_abbreviation()
    rest = parts[1:] if parts and parts[0].upper() in abbr else parts
    if not rest:
        return None
    names = [issuer_name(p) for p in rest]
    if names[0] is None:
        return None
    if len(names) > 1 and all(names):
        return ", ".join(names)
    return names[0]


@lru_cache(maxsize=64)
def _is_generic(name: Optional[str]) -> bool:
    return any(t.generic for t in doc_types() if t.name == name)


def _own_key(own_number: Optional[str]) -> Optional[str]:
    if not own_number:
        return None
    return key_of(own_number)


def _loose(symbol: str) -> str:
    return _SPACE_DASH.sub("", symbol).upper()


@lru_cache(maxsize=64)
def _own_parts(own_number: str) -> Optional[tuple[str, str, bool]]:
    m = _NUMBER.search(ocr_digits(own_number))
    if not m:
        return None
    if m.group("party"):
        return (m.group("ord").lstrip("0") or "0",
                _loose(f"{m.group('ptype')}/{m.group('psym')}"), True)
    return m.group("ord").lstrip("0") or "0", _loose(m.group("sym")), False


def _same_as_own(own_number: Optional[str], ordv: str, symbol: str, party: bool) -> bool:
    """The document's own number written in another form: with or without its year,
    with or without the hyphen ("1961/2019/QĐ-UBND" in a page title, "Số: 1961/QĐUBND"
    in the header)."""
    if not own_number:
        return False
    own = _own_parts(own_number)
    if own is None:
        return False
    return own == (ordv.lstrip("0") or "0", _loose(symbol), party)


def find_references(doc: DocText, own_number: Optional[str] = None) -> list[Reference]:
    """Every mention of a numbered document, in document order (see module doc)."""
    view, text = doc.view, doc.text
    # numbers and dates are read with OCR digit confusions repaired (same length)
    rview = ocr_digits(view)
    type_re = _type_word_re()
    own = _own_key(own_number)
    abbr = type_by_abbreviation()
    mentions: list[_Mention] = []
    for m in _NUMBER.finditer(rview):
        ns, ne = m.span()
        ordv, party, ptype, psym, yearv, symv = m.group("ord", "party", "ptype", "psym",
                                                        "year", "sym")
        # -- type word / "số" before the number
        tm = type_re.search(view, max(0, ns - _LOOKBACK), ns)
        if tm is None and len(doc.starts) > 1:
            tm = _type_word_before_page(doc, type_re, ns)
        doc_type = None
        start = ns
        typed = False
        generic = False
        has_so = False
        compound = None
        if tm:
            if tm.group("soonly"):
                has_so = True
                start = tm.start("soonly")
                compound, cstart = _compound_type(view, start)
                if compound is not None:
                    start = cstart
            else:
                typed = True
                has_so = tm.group("so") is not None
                start = tm.start()
                doc_type = _type_of_word(tm.group("tw"))
                generic = _is_generic(doc_type)
        # -- the symbol
        if party:
            if ptype.upper() not in abbr and not (typed or has_so):
                continue
            number_raw = text[ns:ne]
            symbol = party_symbol(ptype, psym)
            parts = [ptype] + canonical_symbol(psym).split("-")
            first = ptype
        else:
            number_raw = text[ns:ne]
            symbol = canonical_symbol(symv)
            parts = symbol.split("-")
            first = parts[0]
            if not (typed or has_so):
                known = (first.upper() in abbr or is_known_issuer(first)
                         or split_glued(first) is not None)
                if not known:
                    continue
        if doc_type is None or generic:
            doc_type = _doc_type_from_symbol(party, ptype, first)
            if compound is not None and (doc_type is None or not _symbol_types(party, ptype, first)):
                # the symbol does not tell (an unknown abbreviation, a law's QH): the
                # type word of the compound does
                doc_type = compound
                typed = True
            # "Quy định số 217-QĐ/TW, 218-QĐ/TW": a bare number listed right after a
            # typed one with the same abbreviation is of the type written there (QĐ
            # stands for Quyết định and Quy định alike)
            prev = mentions[-1] if mentions else None
            if (not typed and prev is not None and prev.typed
                    and prev.first == first.upper() and prev.end <= start
                    and _CHAIN.fullmatch(view, prev.end, start)):
                doc_type = prev.ref.doc_type
        number = "".join(number_raw.split())
        year = int(yearv) if yearv else None
        # -- the document's own number (header "Số: ..." or the given own number)
        dnum = DocNumber.of(ordv, year, symbol, party=bool(party))
        nkey = dnum.key
        if not typed and start < 3000 and _HEADER.search(text, max(0, start - 40), start + 3 if has_so else ns):
            if own is None or nkey == own:
                continue
        if own is not None and (nkey == own or _same_as_own(own_number, ordv, symbol, bool(party))):
            continue
        # -- date, issuer after the number
        end = ne
        date = date_text = None
        date_span = None
        dm = _DATE_AFTER.match(rview, end)
        if dm and _new_sentence_between(text, end, dm):
            dm = None  # "... số 1123/QĐ-UBND" | "Ngày 14/5/2021, ..." starts the next paragraph
        if dm:
            date, date_text = _date_of(dm, text)
            end = dm.end()
        issuer = None
        om = _OF.match(view, end)
        if om:
            issuer, iend = _issuer_phrase(view, om.end())
            if issuer:
                end = iend
                if date_text is None:
                    dm = _DATE_AFTER.match(rview, end)
                    if dm:
                        date, date_text = _date_of(dm, text)
                        end = dm.end()
        inferred = False
        if issuer is None:
            issuer = _inferred_issuer(party, psym, parts)
            inferred = issuer is not None
        subject, _ = _subject(doc, end)
        # -- date standing before the mention ("Ngày 19/01/2018, UBND ... ban hành")
        lead = None
        inherited = (mentions[-1].lead if mentions and mentions[-1].lead is not None
                     and _listed_after(doc, mentions[-1], start) else None)
        if date_text is None:
            lm = _LEAD.search(rview, max(0, start - 220), start)
            if lm and not _mention_between(mentions, lm.start(), lm.end("gap")):
                date, date_text = _date_of(lm, text)
                gd, gy = date_groups(lm)
                date_span = doc.span(lm.start(gd), lm.end(gy))
                lead = (date, date_text, date_span)
            elif inherited is not None:
                # "Ngày X, UBND ban hành A và B": the date heads the whole list
                date, date_text, date_span = lead = inherited
        else:
            lead = inherited  # a dated item inside the list passes the lead on
        ordinal = ordv
        # evidence must show the number: a type word left on the previous page is not
        # part of the span (a span never runs over a page break)
        span_start = start if doc.page_of(start) == doc.page_of(ns) else ns
        sp = doc.span(span_start, end)
        ref = Reference(doc_type=doc_type, number=number,
                        key=dnum.key_for(date),
                        ordinal=ordinal, year=year,
                        symbol=symbol, date=date, issuer=issuer, subject=subject,
                        relation=None, text=sp.text, page=sp.page, start=sp.start,
                        end=sp.end, date_span=date_span)
        ref.date_text = date_text if date is None else None
        ref.issuer_inferred = inferred
        ref.relation = _relation(doc, start, mentions)
        mentions.append(_Mention(start, end, ref, typed=typed and not generic,
                                 first=first.upper(), lead=lead))
    return [x.ref for x in mentions]


# What may stand at the top of a page before the text goes on: a page number
# ("2", "- 2 -", "Trang 2").
_PAGE_HEAD = regex.compile(r"\s*(?:(?:[-–]\s*)?\d{1,4}(?:\s*[-–])?|(?i:trang)\s+\d{1,4})?\s*")


def _type_word_before_page(doc: DocText, type_re: "regex.Pattern[str]",
                           ns: int) -> Optional["regex.Match[str]"]:
    """A type word ending the previous page when the number opens this one, past a
    page-number line ("... Nghị quyết" | "- 2 -\n54/2017/QH14")."""
    i = doc.page_of(ns)
    if i == 0:
        return None
    pstart = doc.starts[i]
    if ns - pstart > 20 or not _PAGE_HEAD.fullmatch(doc.view, pstart, ns):
        return None
    return type_re.search(doc.view, max(0, pstart - _LOOKBACK), pstart)


def _listed_after(doc: DocText, prev: _Mention, start: int) -> bool:
    """The mention at `start` is the next item of the list `prev` belongs to, in the
    same clause ("A và B", "A, B", "A về ..., B")."""
    if prev.end > start or not _same_clause(doc, prev.end, start):
        return False
    between = doc.view[prev.end:start]
    return bool(_CHAIN.fullmatch(between) or _LIST_TAIL.search(between))


def _mention_between(mentions: list[_Mention], lo: int, hi: int) -> bool:
    for x in reversed(mentions):
        if x.start < lo:
            return False
        if x.start < hi:
            return True
    return False


def _date_of(m: "regex.Match[str]", text: str) -> tuple[Optional[str], str]:
    gd, gy = date_groups(m)
    raw = text[m.start(gd):m.end(gy)]
    return iso_of_match(m), " ".join(raw.split())


_CLAUSE_BACK = regex.compile(r"[.;:!?](?=\s)|\n\s*(?=[-–+•*]|\d+[.)]|[a-zđ]\))|\n\s*\n",
                             regex.REVERSE)


# Text between two mentions that makes the second one the next item of a list.
_LIST_TAIL = regex.compile(r"(?:[,&]|(?<![\w])(?:và|hoặc|cùng\s+với|cùng))"
                           r"(?:\s+(?:các|những))?\s*\Z", regex.IGNORECASE)
# A cue standing after one of these starts a phrase of its own ("..., thực hiện X").
_COORD = regex.compile(r"(?:,|(?<![\w])(?:và|đồng\s+thời))\s*\Z", regex.IGNORECASE)


def _relation(doc: DocText, start: int, mentions: list[_Mention]) -> Optional[str]:
    """The citing document's relation to the mention at `start`.

    A cue governs the first mention after it in its clause. Later mentions of the same
    clause are items of that list and share its relation; a cue standing right after
    another mention ("Nghị định 117/2013/NĐ-CP của Chính phủ sửa đổi Nghị định
    130/2005/NĐ-CP") belongs to that mention's clause (what 117/2013 does to 130/2005),
    so it is not the citing document's relation: the list's relation is kept. A list
    goes on over ";" when the next clause starts with a mention ("Căn cứ A; B").
    """
    view = doc.view
    lo = max(0, start - 160)
    c = _CLAUSE_BACK.search(doc.text, lo, start)  # the last clause boundary
    cut = c.end() if c else lo
    prev = mentions[-1] if mentions else None
    if prev is None:
        return relation_before(view[cut:start])
    if prev.end <= cut:
        if (c is not None and doc.text[c.start()] == ";" and prev.end <= c.start()
                and _CHAIN.fullmatch(view[c.end():start])
                and _same_clause(doc, prev.end, c.start())):
            return prev.ref.relation  # "Căn cứ A; B": the list goes on
        return relation_before(view[cut:start])
    between = view[prev.end:start]
    if _CHAIN.fullmatch(between) or _LIST_TAIL.search(between):
        return prev.ref.relation  # "A, B và C"; "A về ..., B"
    cue = _last_cue(between)
    if cue is None:
        # "Thực hiện A, UBND phường ban hành B": a new phrase without a cue
        return None if "," in between else prev.ref.relation
    lead = between[:cue.start()]
    if lead.strip() and _COORD.search(lead):
        return _cue_relation(between, cue)  # "A về ..., thực hiện B"
    return prev.ref.relation  # the cue is the previous mention's verb


def _same_clause(doc: DocText, lo: int, hi: int) -> bool:
    """No clause boundary between `lo` and `hi`."""
    return _CLAUSE_BACK.search(doc.text, lo, hi) is None
