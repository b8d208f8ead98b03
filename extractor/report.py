"""`cchc report`: a per-unit review report an inspector can send as it is (DOCX or XLSX):
the unit's documents, the documents they cite, its figures (index scores, dossier
statistics) and the audit's findings with the evidence quoted and the suggestion.

Findings an inspector dismissed (extractor/web/reviews.py) are not among the findings
to act on: they are listed apart with the inspector's note."""
from __future__ import annotations

import io
from datetime import date
from typing import Any, Optional

from sqlalchemy.engine import Engine

from extractor import export
from extractor.export import Column
from extractor.web import data
from extractor.web.labels import DOSSIER, INDICATORS, REVIEW, RULES, SEVERITIES, label


class ReportError(ValueError):
    """No such unit, or a name that matches several (the message lists them)."""


def _date(v: Optional[str]) -> str:
    if v and len(v) == 10 and v[4] == "-":
        return f"{v[8:10]}/{v[5:7]}/{v[:4]}"
    return v or ""


def _num(v: Any) -> str:
    from extractor.web.app import _fmt_num
    return _fmt_num(v)


def collect(engine: Engine, unit: str, year: Optional[int] = None) -> dict[str, Any]:
    """Everything the report says about one unit (name in any form, old or new)."""
    found = data.find_units(engine, unit)
    if not found:
        raise ReportError(f"Không tìm thấy đơn vị «{unit}» / no unit matches {unit!r}")
    if len(found) > 1:
        names = "; ".join(u.name for u in found[:10])
        raise ReportError(f"«{unit}» khớp {len(found)} đơn vị, hãy ghi rõ hơn / matches "
                          f"{len(found)} units: {names}")
    res = data.unit(engine, found[0].id, year, limit=None)
    assert res is not None
    from extractor.grammar.dates import parse_iso
    from extractor.resolve.catalog import load_catalog
    cat = load_catalog()
    for c in res["cites"]:
        e = cat.get(c["number"], parse_iso(c["date"]))
        c["catalog"] = {"in force": "Còn hiệu lực", "replaced": "Đã được thay thế",
                        "expired": "Hết hiệu lực"}.get(e.status, "") if e else ""
        c["replaced_by"] = e.replaced_by if e else None
    rows = res["findings"]["rows"]
    res["open"] = [f for f in rows if f["review"] != "dismissed"]
    res["dismissed"] = [f for f in rows if f["review"] == "dismissed"]
    res["year"] = year
    return res


# ----------------------------------------------------------------------------- columns
DOC_COLS = [Column("doc_type", "Loại", "Type"), Column("number", "Số hiệu", "Number"),
            Column("date", "Ngày", "Date"), Column("title", "Trích yếu", "Title"),
            Column("pages", "Số trang", "Pages"), Column("path", "Tệp", "File")]
CITE_COLS = [Column("doc_type", "Loại", "Type"), Column("number", "Số hiệu", "Number"),
             Column("date", "Ngày", "Date"), Column("mentions", "Số lần nêu", "Mentions"),
             Column("documents", "Số văn bản trích dẫn", "Citing documents"),
             Column("first_citing", "Lần đầu", "First"),
             Column("last_citing", "Lần cuối", "Last"),
             Column("catalog", "Tình trạng (danh mục)", "Catalog status"),
             Column("replaced_by", "Được thay thế bởi", "Replaced by")]
SCORE_COLS = [Column("year", "Năm", "Year"), Column("indicator_label", "Chỉ số", "Indicator"),
              Column("criterion", "Tiêu chí", "Criterion"), Column("value", "Giá trị", "Value"),
              Column("max", "Tối đa", "Max"), Column("rank", "Xếp hạng", "Rank"),
              Column("rank_total", "Trên tổng số", "Out of"),
              Column("document_number", "Văn bản", "Document"),
              Column("text", "Trích dẫn nguyên văn", "Quoted evidence")]
DOSSIER_KEYS = ("received", "resolved", "resolved_early", "resolved_on_time", "resolved_late",
                "pending", "on_time_rate", "online")
DOSSIER_COLS = ([Column("year", "Năm", "Year"), Column("period", "Kỳ báo cáo", "Period"),
                 Column("scope", "Phạm vi", "Scope")]
                + [Column(k, *DOSSIER[k]) for k in DOSSIER_KEYS]
                + [Column("document_number", "Văn bản", "Document"),
                   Column("text", "Trích dẫn nguyên văn", "Quoted evidence")])
FINDING_COLS = [Column("severity_label", "Mức độ", "Severity"),
                Column("rule_label", "Quy tắc", "Rule"),
                Column("doc_number", "Văn bản", "Document"),
                Column("doc_date", "Ngày văn bản", "Document date"),
                Column("message", "Nội dung", "Message"),
                Column("suggestion", "Đề xuất", "Suggestion"),
                Column("evidence_text", "Trích dẫn nguyên văn", "Quoted evidence"),
                Column("pages", "Trang", "Page"),
                Column("review_label", "Xem xét", "Review"),
                Column("review_note", "Ghi chú", "Note")]


def _prepare(res: dict[str, Any]) -> None:
    for s in res["scores"]:
        s["indicator_label"] = label(INDICATORS, s.get("indicator"))
    for f in res["findings"]["rows"]:
        f["severity_label"] = label(SEVERITIES, f["severity"])
        f["rule_label"] = label(RULES, f["rule"])
        f["review_label"] = label(REVIEW, f["review"]) if f["review"] else ""
        f["pages"] = ", ".join(str(p) for p in dict.fromkeys(e.get("page") for e in
                                                             f["evidence"]) if p)


def _summary(res: dict[str, Any]) -> list[dict[str, Any]]:
    u = res["unit"]
    sev = {k: sum(1 for f in res["open"] if f["severity"] == k) for k in SEVERITIES}
    rows = [("Đơn vị", u.name), ("Tên sau sắp xếp 2025", u.new_name or ""),
            ("Tỉnh", u.province or ""), ("Năm", res["year"] or "tất cả"),
            ("Số văn bản", res["total"]), ("Số văn bản được trích dẫn", len(res["cites"])),
            ("Số phát hiện cần xử lý", len(res["open"])),
            *[(f"  trong đó {label(SEVERITIES, k).lower()}", n) for k, n in sev.items()],
            ("Phát hiện đã bác bỏ", len(res["dismissed"])),
            ("Ngày lập", date.today().strftime("%d/%m/%Y"))]
    return [{"item": a, "value": b} for a, b in rows]


def to_xlsx(res: dict[str, Any]) -> bytes:
    _prepare(res)
    return export.to_xlsx([
        ("Tổng hợp", _summary(res), [Column("item", "Mục", "Item"),
                                     Column("value", "Giá trị", "Value")]),
        ("Văn bản", res["docs"], DOC_COLS),
        ("Văn bản được trích dẫn", res["cites"], CITE_COLS),
        ("Điểm chỉ số", res["scores"], SCORE_COLS),
        ("Hồ sơ TTHC", res["dossiers"], DOSSIER_COLS),
        ("Phát hiện", res["open"], FINDING_COLS),
        ("Phát hiện đã bác bỏ", res["dismissed"], FINDING_COLS),
    ])


def to_docx(res: dict[str, Any]) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    _prepare(res)
    u = res["unit"]
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)

    title = f"BÁO CÁO RÀ SOÁT VĂN BẢN — {u.name.upper()}"
    doc.add_heading(title, level=0)
    sub = f"Năm {res['year']}" if res["year"] else "Tất cả các năm trong kho"
    doc.add_paragraph(f"{sub}. Lập ngày {date.today().strftime('%d/%m/%Y')} bằng cchc.")

    def table(rows: list[dict], cols: list[Column], fmt: dict[str, Any] | None = None) -> None:
        if not rows:
            doc.add_paragraph("Không có.")
            return
        tb = doc.add_table(rows=1, cols=len(cols))
        tb.style = "Table Grid"
        for i, c in enumerate(cols):
            cell = tb.rows[0].cells[i]
            cell.text = c.vi
            for r in cell.paragraphs[0].runs:
                r.font.bold = True
        for row in rows:
            cells = tb.add_row().cells
            for i, c in enumerate(cols):
                v = row.get(c.key)
                if c.key in ("date", "doc_date", "first_citing", "last_citing"):
                    v = _date(v)
                elif isinstance(v, (int, float)) and not isinstance(v, bool) and c.key != "year":
                    v = _num(v)
                cells[i].text = "" if v is None else str(v)

    doc.add_heading("1. Tóm tắt", level=1)
    table(_summary(res), [Column("item", "Mục"), Column("value", "Giá trị")])

    doc.add_heading("2. Phát hiện cần xem xét", level=1)
    if not res["open"]:
        doc.add_paragraph("Không có phát hiện.")
    for i, f in enumerate(res["open"], 1):
        p = doc.add_paragraph(style="List Number")
        r = p.add_run(f"[{f['severity_label']}] {f['rule_label']}")
        r.bold = True
        p.add_run(f" — {f['doc_type'] or ''} {f['doc_number'] or f['path']}"
                  + (f" ngày {_date(f['doc_date'])}" if f["doc_date"] else ""))
        doc.add_paragraph(f["message"])
        for e in f["evidence"][:3]:
            q = doc.add_paragraph(style="Intense Quote")
            q.add_run(f"«{' '.join((e.get('text') or '').split())}» (trang {e.get('page')})")
        if f.get("suggestion"):
            s = doc.add_paragraph()
            s.add_run("Đề xuất: ").bold = True
            s.add_run(f["suggestion"])
        if f.get("review_note"):
            s = doc.add_paragraph()
            s.add_run("Ghi chú của người kiểm tra: ").bold = True
            s.add_run(f["review_note"])

    doc.add_heading("3. Văn bản của đơn vị", level=1)
    table(res["docs"], DOC_COLS[:5])
    doc.add_heading("4. Văn bản được trích dẫn", level=1)
    table(res["cites"], CITE_COLS)
    doc.add_heading("5. Số liệu", level=1)
    doc.add_heading("5.1. Điểm chỉ số (PAR INDEX, SIPAS, ...)", level=2)
    table(res["scores"], SCORE_COLS[:8])
    doc.add_heading("5.2. Hồ sơ thủ tục hành chính", level=2)
    table(res["dossiers"], DOSSIER_COLS[:-1])
    if res["dismissed"]:
        doc.add_heading("6. Phát hiện đã bác bỏ", level=1)
        table(res["dismissed"], [FINDING_COLS[1], FINDING_COLS[2], FINDING_COLS[4],
                                 FINDING_COLS[9]])
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def write(engine: Engine, unit: str, fmt: str, path: str, year: Optional[int] = None) -> dict:
    res = collect(engine, unit, year)
    body = to_docx(res) if fmt == "docx" else to_xlsx(res)
    with open(path, "wb") as fh:
        fh.write(body)
    return res
