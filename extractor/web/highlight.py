"""The document page's text: every fact's evidence highlighted in the stored page text,
each highlight naming what it is (hover: title; click or Enter: the side panel).

Facts may overlap (a finding's evidence is often a reference's text), so the text is cut
at every span boundary and each piece lists all the facts covering it."""
from __future__ import annotations

from typing import Any

from markupsafe import Markup, escape

from extractor.web.labels import DOSSIER, INDICATORS, RULES, SEVERITIES, UI, label


def _num(v: Any) -> str:
    from extractor.web.app import _fmt_num
    return _fmt_num(v)


def _date(v: Any) -> str:
    from extractor.web.app import _fmt_date
    return _fmt_date(v)


META_FIELDS = {"doc_type": "type", "number": "number", "date": "date", "place": "place",
               "issuer": "issuer", "signer": "signer", "signer_title": "signer",
               "title": "title", "period": "period"}


def _facts(doc: dict, lang: str) -> list[dict[str, Any]]:
    """Every fact with an id, a kind, a one-line label and detail lines."""
    t = lambda k: label(UI, k, lang)  # noqa: E731
    out: list[dict[str, Any]] = []
    facts = doc["facts"]
    for i, r in enumerate(facts["references"]):
        head = " ".join(x for x in (r.get("doc_type"), r.get("number")) if x)
        if r.get("date"):
            head += f" ({t('date').lower()} {_date(r['date'])})"
        lines = [x for x in (r.get("issuer"), r.get("subject"),
                             f"{t('relation')}: {r['relation']}" if r.get("relation") else None)
                 if x]
        out.append({"id": f"r{i}", "kind": "reference", "label": f"{t('reference')}: {head}",
                    "lines": lines, "link": f"/cited/{r['cited_id']}" if r.get("cited_id")
                    else None, "spans": [r]})
    for i, x in enumerate(facts["laws"]):
        out.append({"id": f"l{i}", "kind": "law", "label": f"{t('law')}: {x.get('name')}",
                    "lines": [], "spans": [x]})
    for i, x in enumerate(facts["scores"]):
        name = label(INDICATORS, x.get("indicator"), lang)
        if x.get("criterion"):
            name += f" — {x['criterion']}"
        value = _num(x.get("value")) + (f"/{_num(x['max'])}" if x.get("max") else "") \
            + (x.get("unit") or "" if x.get("unit") == "%" else "")
        lines = [y for y in (
            f"{t('year')}: {x['year']}" if x.get("year") else None,
            f"{t('rank')}: {x['rank']}" + (f"/{x['rank_total']}" if x.get("rank_total") else "")
            if x.get("rank") else None,
            f"{t('unit')}: {x['subject']}" if x.get("subject") else None,
            x.get("rating")) if y]
        out.append({"id": f"s{i}", "kind": "score", "label": f"{name}: {value}",
                    "lines": lines, "spans": [x]})
    for i, x in enumerate(facts["dossier_stats"]):
        parts = [f"{label(DOSSIER, k, lang)}: {_num(x[k])}" for k in DOSSIER
                 if x.get(k) is not None]
        head = t("dossier") + (f" — {x['scope']}" if x.get("scope") else "") + \
            (f" ({x['period']})" if x.get("period") else "")
        out.append({"id": f"d{i}", "kind": "dossier", "label": head, "lines": parts,
                    "spans": [x]})
    for i, x in enumerate(facts["tasks"]):
        out.append({"id": f"t{i}", "kind": "task",
                    "label": f"{t('task')}: {x.get('done')}/{x.get('total')}"
                    + (f" ({x['period']})" if x.get("period") else ""), "lines": [],
                    "spans": [x]})
    for i, x in enumerate(facts["ratios"]):
        desc = ", ".join(f"{k}: {v}" for k, v in x.items()
                         if k not in ("text", "page", "start", "end") and v is not None)
        out.append({"id": f"q{i}", "kind": "ratio", "label": f"{t('ratio')}: {desc}",
                    "lines": [], "spans": [x]})
    meta = doc["meta"] or {}
    for key, ev in (meta.get("evidence") or {}).items():
        if not isinstance(ev, dict) or "start" not in ev:
            continue
        value = meta.get(key)
        value = value if isinstance(value, (str, int, float)) else None
        shown = _date(value) if key == "date" else value
        name = t(META_FIELDS[key]) if key in META_FIELDS else key
        out.append({"id": f"m-{key}", "kind": "metadata",
                    "label": f"{t('metadata')}: {name}" + (f" = {shown}" if shown else ""),
                    "lines": [], "spans": [ev]})
    for i, f in enumerate(doc["findings"]):
        msg = f["message_en"] if lang == "en" else f["message"]
        out.append({"id": f"f{f['fingerprint'][:12]}", "kind": "finding", "severity": f["severity"],
                    "label": f"{label(SEVERITIES, f['severity'], lang)} — "
                             f"{label(RULES, f['rule'], lang)}",
                    "lines": [msg] + ([f"{t('suggestion')}: {f['suggestion']}"]
                                      if f.get("suggestion") else []),
                    "spans": f["evidence"], "finding": f})
    return out


def _page_html(text: str, spans: list[tuple[int, int, dict]], anchored: set) -> Markup:
    """Text with <mark>s: one per piece between boundaries, listing its facts. The
    first place each fact's evidence starts gets an anchor (#at-ID) for links."""
    n = len(text)
    spans = sorted(((max(0, s), min(n, e), f) for s, e, f in spans if e > s and s < n),
                   key=lambda x: x[0])
    if not spans:
        return Markup(escape(text))
    cuts = sorted({0, n, *[s for s, _, _ in spans], *[e for _, e, _ in spans]})
    out: list[str] = []
    active: list[tuple[int, int, dict]] = []
    i = 0
    for a, b in zip(cuts, cuts[1:]):
        while i < len(spans) and spans[i][0] <= a:
            s, e, f = spans[i]
            i += 1
            active.append(spans[i - 1])
            if s == a and f["id"] not in anchored:
                anchored.add(f["id"])
                out.append(f'<span class="anchor" id="at-{f["id"]}"></span>')
        active = [x for x in active if x[1] > a]
        piece = escape(text[a:b])
        covering = [f for _, _, f in active]
        if not covering:
            out.append(str(piece))
            continue
        kinds = {f["kind"] for f in covering}
        main = "finding" if "finding" in kinds else sorted(kinds)[0]
        sev = next((f.get("severity") for f in covering if f["kind"] == "finding"), None)
        ids = " ".join(dict.fromkeys(f["id"] for f in covering))
        title = escape(" · ".join(dict.fromkeys(f["label"] for f in covering)))
        cls = f"fact k-{main}" + (f" sev-{sev}" if sev else "") + \
            (" multi" if len(covering) > 1 else "")
        out.append(f'<mark class="{cls}" data-facts="{ids}" title="{title}" tabindex="0" '
                   f'role="button">{piece}</mark>')
    return Markup("".join(out))


def document_view(doc: dict, lang: str) -> tuple[list[dict], list[dict]]:
    """(facts, pages): facts for the side list, pages with highlighted HTML."""
    facts = _facts(doc, lang)
    by_page: dict[int, list[tuple[int, int, dict]]] = {}
    for f in facts:
        for sp in f["spans"]:
            try:
                page, start, end = int(sp.get("page") or 1), int(sp["start"]), int(sp["end"])
            except (KeyError, TypeError, ValueError):
                continue
            by_page.setdefault(page, []).append((start, end, f))
            f.setdefault("page", page)
    anchored: set = set()
    pages = [{"number": num, "ocr": ocr, "html": _page_html(text, by_page.get(num, []),
                                                            anchored)}
             for num, text, ocr in doc["pages"]]
    return facts, pages
