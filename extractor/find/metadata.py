"""Document metadata: type, number, date, place, issuer (with its header hierarchy and
resolved unit), signer and title, subject (trích yếu), period, posting date, recipients.

Reads the classic header and signature block when they exist (header.py,
signature.py); otherwise what the text says about itself (selfdesc.py). A value the
text does not state stays None; nothing is taken from the file name. Every value found
has its evidence span in `DocumentMeta.evidence` (field name -> Span).
"""
from __future__ import annotations

from typing import Optional

from extractor.find import cues
from extractor.find.genre import read_genre
from extractor.find.header import Found, read_header, read_issuer_block
from extractor.find.period import first_period, last_period
from extractor.find.selfdesc import read_self
from extractor.find.signature import read_signature
from extractor.model import DocumentMeta, Loaded
from extractor.normalize import DocText, fold
from extractor.grammar.units import (canonical_committees, complete_unit, display_name, name_key,
                                     parse_unit, readable_issuer, territory_mentions, unit_key,
                                     unit_phrase_regex)

NEWS_TYPE = "Tin bài"
HEADLINE_CHARS = 200  # a first line longer than this is the body's, not a headline


def _symbol_parts(number: Optional[str]) -> list[str]:
    if not number or "/" not in number:
        return []
    return [p for p in number.split("/")[-1].split("-") if p]


def _type_from_number(number: Optional[str]) -> Optional[str]:
    parts = _symbol_parts(number)
    return cues.doc_type_by_abbreviation(parts[0]) if parts else None


def _compatible(issuer: str, number: Optional[str]) -> bool:
    """An inferred issuer must agree with the body in the number's symbol, if any."""
    parts = {fold(p) for p in _symbol_parts(number)}
    key = fold(issuer)
    if "ubnd" in parts and not ("ubnd" in key or "ủy ban nhân dân" in key or "uỷ ban nhân dân" in key):
        return False
    if "hđnd" in parts and not ("hđnd" in key or "hội đồng nhân dân" in key):
        return False
    return True


def _news_type() -> str:
    for e in cues.entries("news_type"):
        return e.name
    return NEWS_TYPE


def _page_title(doc: DocText) -> Optional[Found]:
    """The subject of a legal portal's page title on the first line ("Quyết định
    2165/QĐ-UBND năm 2017 về <subject>"; rules/metadata.yaml page_title)."""
    end = doc.text.find("\n")
    end = len(doc.text) if end < 0 else end
    m = cues.first("page_title", doc.view[:end])
    if not m or not cues.doc_type_by_word(m.group("type")):
        return None
    return Found(cues.collapse(doc.text[m.start("title"):m.end("title")]), m.start("title"), m.end("title"))


def _with_territory(doc: DocText, issuer: Found, h) -> Found:
    """A people's committee or council read from a header cell that lost its territory
    line ("ỦY BAN NHÂN DÂN" alone): the enacting authority line under the title names
    it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN" gives "Chủ tịch Ủy ban nhân dân tỉnh
    Thái Nguyên", as the decision is the chairman's); without one, the text's own
    "<body> <level> <Name>" whose name is the place of the place-date line."""
    p = parse_unit(issuer.value)
    if p.body is None or p.body.named or p.committee is not None or p.proper:
        return issuer
    key = unit_key(issuer.value)
    if h.authority is not None:
        name = display_name(h.authority.value)
        q = parse_unit(name)
        at = unit_key(name).find(key)
        if q.body is p.body and q.proper and at >= 0:
            return Found(name, h.authority.start, h.authority.end)
    if h.place is not None:
        for m in unit_phrase_regex().finditer(doc.view):
            q = parse_unit(m.group())
            if (q.body is p.body and q.committee is None and q.proper
                    and name_key(q.proper) == name_key(h.place.value)):
                return Found(f"{issuer.value} {q.territory.canonical} {q.proper}", issuer.start, issuer.end)
    return issuer


def find_metadata(doc: DocText, loaded: Optional[Loaded] = None) -> DocumentMeta:
    meta = DocumentMeta()
    found: dict[str, Found] = {}
    h = read_header(doc)
    sig = read_signature(doc)
    selfd = read_self(doc)
    g = read_genre(doc, h, selfd, sig)
    if g.headline_names_other:
        # a news page whose headline names a decision is not that decision: its number
        # is a citation, not the page's own number
        for f in selfd.first_line_fields:
            setattr(selfd, f, None)
        selfd.number_from = None

    def put(name: str, f: Optional[Found]) -> None:
        if f is not None and f.value and name not in found:
            found[name] = f

    # header first, then what the text says about itself
    put("number", h.number)
    put("date", h.date)
    if (not h.classic and h.doc_type is not None and selfd.adopted_type is not None
            and selfd.adopted_type.value == h.doc_type.value and not g.headline_names_other):
        # "BÁO CÁO ... UBND phường ban hành Báo cáo số 41/BC-UBND ... như sau": the
        # title's own type adopted with a number and date in the opening sentence
        put("number", selfd.adopted_number)
        put("date", selfd.adopted_date)
    put("place", h.place)
    put("doc_type", h.doc_type)
    put("title", h.title)
    put("number", selfd.number)
    put("date", selfd.date)
    put("title", selfd.title)
    if "title" not in found and h.classic:
        put("title", _page_title(doc))
    if "doc_type" not in found and "number" in found:
        name = _type_from_number(found["number"].value)
        if name:
            f = found["number"]
            put("doc_type", Found(name, f.start, f.end))
    put("doc_type", selfd.doc_type if selfd.doc_type and (selfd.number or selfd.doc_type.start < 3000
                                                          and not selfd.published) else None)
    pub = selfd.published or selfd.date_line
    if pub:
        put("published", pub)
    if not h.classic and "number" not in found:
        # no header, no number of its own: the genre decides the type (news, a page of
        # figures, or the type the text states for itself), a posting date is its date
        if g.doc_type and (g.kind in ("news", "statistics") or "doc_type" not in found):
            span = g.type_span or (pub.start, pub.end) if (g.type_span or pub) else (0, 0)
            put("doc_type", Found(g.doc_type, span[0], span[1]))
        if pub:
            put("date", pub)
        elif g.kind == "document" and selfd.issued:
            put("date", selfd.issued)
    put("doc_type", selfd.doc_type)
    meta.doc_type_signals = list(g.signals)

    # headline: the first line of text that is neither chrome nor a date line, when it
    # reads as a headline (not a sentence of the body: no final period, not too long,
    # not opening as the body does, "Thực hiện ...");
    # an upper-case headline goes on over the upper-case lines under it
    if "title" not in found and (pub or g.kind in ("news", "document", "statistics")) and not h.present:
        lv = cues.line_view(doc.text[:3000], doc.view[:3000])
        lines = cues.lines(lv)
        for i, (s, e) in enumerate(lines):
            a, b = cues.trim(lv, s, e)
            seg = lv[a:b]
            if (not cues.has_letters(seg) or cues.any_match("chrome", seg)
                    or cues.any_match("published", seg) or cues.any_match("date_line", seg)
                    or len(seg) < 15):
                continue
            if (seg.rstrip().endswith(".") or len(seg) > HEADLINE_CHARS
                    or cues.any_match("body_start", seg)):
                break
            tm = cues.any_type_word_regex().match(lv, a, b)
            if tm:
                # "Báo cáo Kết quả thực hiện ...": the type word before a results
                # headline is not part of the title
                r = tm.end()
                while r < b and lv[r] in " \t:-–":
                    r += 1
                if cues.first("report_title", lv[r:b]):
                    a = r
            pieces = [(a, b)]
            if cues.mostly_upper(seg):
                for s2, e2 in lines[i + 1:i + 3]:
                    a2, b2 = cues.trim(lv, s2, e2)
                    if not (cues.has_letters(lv[a2:b2]) and cues.mostly_upper(lv[a2:b2])
                            and not cues.first("report_heading", lv, a2, b2)):
                        break
                    pieces.append((a2, b2))
            title = cues.collapse(" ".join(doc.text[x:y] for x, y in pieces))
            put("title", Found(title[:1].upper() + title[1:], a, pieces[-1][1]))
            break

    # issuer
    mentions: Optional[list] = None
    if h.issuer_cells:
        meta.issuer_path = [c.value for c in h.issuer_cells]
        name = readable_issuer(meta.issuer_path)
        if name:
            put("issuer", _with_territory(doc, Found(name, h.issuer_cells[0].start,
                                                      h.issuer_cells[-1].end), h))
    is_news = found.get("doc_type") is not None and found["doc_type"].value == _news_type()
    if "issuer" not in found and h.authority is not None:
        # no issuer cell (a page's header flattened into the text): the enacting
        # authority line without its head's office ("BỘ TRƯỞNG BỘ NỘI VỤ" -> "Bộ Nội vụ")
        am = cues.first("enacting_authority", doc.view[h.authority.start:h.authority.end])
        a0 = h.authority.start + (am.end("office") if am and am.group("office") else 0)
        while a0 < h.authority.end and doc.text[a0].isspace():
            a0 += 1
        body = cues.collapse(doc.text[a0:h.authority.end])
        if body:
            put("issuer", Found(display_name(body), a0, h.authority.end))
    if "issuer" not in found and not is_news and not h.present:
        block = read_issuer_block(doc)
        name = readable_issuer([c.value for c in block]) if block else None
        if name:
            meta.issuer_path = meta.issuer_path or [c.value for c in block]
            put("issuer", Found(name, block[0].start, block[-1].end))
    if "issuer" not in found and not is_news and selfd.issuer:
        if _compatible(selfd.issuer.value, found.get("number").value if "number" in found else None):
            v = doc.view
            # the text's own "<level> <Name>" mentions (bounded for huge texts)
            mentions = territory_mentions(v if len(v) <= 80000 else v[:60000] + "\n" + v[-20000:])
            place = found["place"].value if "place" in found else None
            value = canonical_committees(complete_unit(selfd.issuer.value, mentions, place))
            put("issuer", Found(value, selfd.issuer.start, selfd.issuer.end))

    # signature
    put("signer", sig.signer)
    put("signer", selfd.signer)
    if sig.title:
        put("signer_title", sig.title)

    # period: from the title, else from the sentences where the text describes itself
    per = None
    if "title" in found:
        t = found["title"]
        # "... 6 tháng đầu năm 2022 và phương hướng, nhiệm vụ 6 tháng cuối năm 2022":
        # the period reported on stands before the outlook
        turn = cues.first("outlook", doc.view, t.start, t.end)
        p = (last_period(doc.view, t.start, turn.start()) if turn else None) \
            or last_period(doc.view, t.start, t.end)
        if p:
            per = Found(p[2], p[0], p[1])
    for zone in (() if is_news else (selfd.subject, selfd.closing)):
        if per is None and zone:
            p = first_period(doc.view, zone[0], zone[1])
            if p:
                per = Found(p[2], p[0], p[1])
    put("period", per)

    for name, f in found.items():
        setattr(meta, name, f.value)
        meta.evidence[name] = doc.span(f.start, f.end)
    meta.recipients = [r.value for r in sig.recipients]
    return meta
