#!/usr/bin/env python
"""Writes the sixth blind round, corpora/unseen/6NN_* (issue 10): DOCX reports with real
tables, PDFs with ruled tables and two-line headers, HTML portal pages with <table>
statistics and plain-text reports in prose, each with its hand-written gold
(`6NN_name.gold.json`).

The documents were written by hand here, in the forms the issue lists, before anyone
changed the figures code for them; the gold says what a careful reader takes from each
text (see scripts/eval_figures.py for the gold fields). Kept so the binary documents can
be rebuilt and read as source. Needs python-docx (a project dependency) and reportlab
(only for the PDFs; not a project dependency):

    pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl .venv/bin/python scripts/make_unseen_6nn.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "unseen"


# ---- writers -------------------------------------------------------------------------------

def writers(out: Path):
    """write_gold, write_txt and write_html writing into `out` (each blind round's
    generator writes its own folder with these)."""
    def write_gold(stem: str, path: Path, scores=(), dossiers=(), tasks=(), ratios=(),
                   not_figures=(), checks=(), findings=()) -> None:
        gold = {"file": path.name, "document": {}, "references": [],
                "scores": list(scores), "dossier_stats": list(dossiers), "tasks": list(tasks),
                "ratios": list(ratios), "expected_findings": list(findings),
                "checks_that_hold": list(checks), "not_figures": list(not_figures)}
        (out / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                               encoding="utf-8")

    def write_txt(stem: str, text: str, **gold: Any) -> None:
        path = out / f"{stem}.txt"
        path.write_text(text.strip() + "\n", encoding="utf-8")
        write_gold(stem, path, **gold)

    def write_html(stem: str, html: str, **gold: Any) -> None:
        path = out / f"{stem}.html"
        path.write_text(html.strip() + "\n", encoding="utf-8")
        write_gold(stem, path, **gold)

    return write_gold, write_txt, write_html


write_gold, write_txt, write_html = writers(OUT)


def _grid(rows: list[list[Any]]) -> tuple[list[list[Optional[str]]], list[tuple[int, int, int, int]]]:
    """(texts on the full grid, merges as (row, col, last row, last col))."""
    ncols = max(sum((c[1] if isinstance(c, tuple) else 1) for c in r if c is not None) for r in rows)
    grid: list[list[Optional[str]]] = [[None] * ncols for _ in rows]
    taken = [[False] * ncols for _ in rows]
    merges = []
    for i, row in enumerate(rows):
        j = 0
        for cell in row:
            if cell is None:
                continue
            while taken[i][j]:
                j += 1
            text, cs, rs = (cell, 1, 1) if not isinstance(cell, tuple) else cell
            grid[i][j] = text
            for a in range(i, i + rs):
                for b in range(j, j + cs):
                    taken[a][b] = True
            if cs > 1 or rs > 1:
                merges.append((i, j, i + rs - 1, j + cs - 1))
            j += cs
    return grid, merges


def docx_doc(blocks: list[Any], path: Path) -> None:
    """blocks: strings (paragraphs; '# ' for a bold centred heading) and tables (lists)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(13)
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                heading = line.startswith("# ")
                p = d.add_paragraph()
                run = p.add_run(line[2:] if heading else line)
                if heading:
                    run.bold = True
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        grid, merges = _grid(b)
        t = d.add_table(rows=len(grid), cols=len(grid[0]))
        t.style = "Table Grid"
        for i, row in enumerate(grid):
            for j, text in enumerate(row):
                if text is not None:
                    t.cell(i, j).text = text
        for (r0, c0, r1, c1) in merges:
            text = grid[r0][c0]
            merged = t.cell(r0, c0).merge(t.cell(r1, c1))
            merged.text = text
    d.save(str(path))


def pdf_doc(blocks: list[Any], path: Path) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(font_dir / "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(font_dir / "DejaVuSerif-Bold.ttf")))
    body = ParagraphStyle("body", fontName="DejaVuSerif", fontSize=10.5, leading=14, spaceAfter=4)
    head = ParagraphStyle("head", parent=body, fontName="DejaVuSerif-Bold", alignment=1)
    cell = ParagraphStyle("cell", fontName="DejaVuSerif", fontSize=8.5, leading=10.5)
    hcell = ParagraphStyle("hcell", parent=cell, fontName="DejaVuSerif-Bold", alignment=1)
    story = []
    for b in blocks:
        if isinstance(b, str):
            for line in b.split("\n"):
                if not line.strip():
                    story.append(Spacer(1, 6))
                elif line.startswith("# "):
                    story.append(Paragraph(line[2:], head))
                else:
                    story.append(Paragraph(line, body))
            continue
        rows, header_rows = b
        grid, merges = _grid(rows)
        data = [[Paragraph(t, hcell if i < header_rows else cell) if t is not None else ""
                 for t in row] for i, row in enumerate(grid)]
        style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        style += [("SPAN", (c0, r0), (c1, r1)) for (r0, c0, r1, c1) in merges]
        story.append(Table(data, style=TableStyle(style), repeatRows=header_rows))
        story.append(Spacer(1, 8))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2 * cm, rightMargin=1.5 * cm,
                      topMargin=1.5 * cm, bottomMargin=1.5 * cm).build(story)


def html_table(rows: list[list[Any]], header_rows: int) -> str:
    out = ['<table class="table table-bordered" border="1" cellspacing="0">']
    for i, row in enumerate(rows):
        if i == 0 and header_rows:
            out.append("<thead>")
        if i == header_rows:
            out.append("</thead><tbody>" if header_rows else "<tbody>")
        tag = "th" if i < header_rows else "td"
        cells = []
        for c in row:
            if c is None:
                continue
            text, cs, rs = (c, 1, 1) if not isinstance(c, tuple) else c
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' rowspan="{rs}"' if rs > 1 else "")
            cells.append(f"<{tag}{attrs}>{text}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def D(scope: str, period: str, form: str = "prose", cls: Optional[str] = None, **fields: Any) -> dict:
    """One gold dossier record (scope and period as a reader states them)."""
    rec: dict[str, Any] = {"scope": scope, "period": period}
    rec.update(fields)
    rec["form"] = form
    if cls:
        rec["class"] = cls
    return rec


def S(indicator: str, value: float, subject: Optional[str], year: Optional[int], form: str = "prose",
      cls: Optional[str] = None, **fields: Any) -> dict:
    """One gold score record."""
    rec: dict[str, Any] = {"indicator": indicator, "criterion": fields.pop("criterion", None),
                           "value": value}
    rec.update(fields)
    if year is not None:
        rec["year"] = year
    if subject is not None:
        rec["subject"] = subject
    rec["form"] = form
    if cls:
        rec["class"] = cls
    return rec


def T(x: Any) -> str:
    """A number as Vietnamese reports write it: 1.234 thousands, 98,76 decimals."""
    if isinstance(x, int):
        return f"{x:,}".replace(",", ".")
    s = f"{x:.2f}".rstrip("0").rstrip(".") if isinstance(x, float) else str(x)
    return s.replace(".", ",")


def T2(x: float) -> str:
    """A score as ranking tables print it: two decimals (56,90)."""
    return f"{x:.2f}".replace(".", ",")


QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


# ==== the documents (one function each; DOCS at the end lists them) ====================

def doc_601() -> None:
    """Sở, quarter that starts in the previous year; grid with two header rows, merged
    group headers, rows per field and a Tổng cộng row; a TTHC count that is no dossier."""
    stem = "601_so_tnmt_quy1_bang"
    P = "quý I năm 2024 (từ ngày 15/12/2023 đến ngày 14/3/2024)"
    rows = [
        # field, to_resolve, carried, new, early, on time, late, pending in time, overdue
        ("Đất đai", 612, 85, 527, 301, 244, 9, 52, 6),
        ("Môi trường", 148, 20, 128, 70, 61, 2, 13, 2),
        ("Tài nguyên nước", 57, 6, 51, 30, 22, 0, 5, 0),
        ("Khoáng sản", 23, 4, 19, 10, 9, 1, 3, 0),
        ("Đo đạc, bản đồ và viễn thám", 40, 3, 37, 25, 15, 0, 0, 0),
    ]
    total = ("Tổng cộng", 880, 118, 762, 436, 351, 12, 73, 8)
    table = [
        [("STT", 1, 2), ("Lĩnh vực", 1, 2), ("Số hồ sơ nhận giải quyết", 3, 1),
         ("Số hồ sơ đã giải quyết", 3, 1), ("Số hồ sơ đang giải quyết", 2, 1)],
        [None, None, "Tổng số", "Kỳ trước chuyển qua", "Mới tiếp nhận", "Trước hạn", "Đúng hạn",
         "Quá hạn", "Trong hạn", "Quá hạn"],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0]] + [T(x) for x in r[1:]])
    table.append(["", total[0]] + [T(x) for x in total[1:]])
    docx_doc([
        "UBND TỈNH NINH THUẬN\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        QUOC_HIEU,
        "Số: 412/BC-STNMT                    Ninh Thuận, ngày 18 tháng 3 năm 2024",
        "# BÁO CÁO\n# Kết quả thực hiện công tác cải cách hành chính quý I năm 2024",
        "Thực hiện Kế hoạch cải cách hành chính năm 2024 của UBND tỉnh, Sở Tài nguyên và Môi "
        "trường báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2024 (kỳ báo cáo "
        "tính từ ngày 15/12/2023 đến ngày 14/3/2024) như sau:",
        "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
        "1. Rà soát, công bố thủ tục hành chính: hiện nay Sở đang thực hiện 102 thủ tục hành chính, "
        "trong đó 91 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình.",
        "2. Kết quả giải quyết hồ sơ thủ tục hành chính trong kỳ báo cáo:",
        table,
        "Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 98,5%. Còn 8 hồ sơ quá hạn thuộc lĩnh vực "
        "đất đai và môi trường; Sở đã có văn bản xin lỗi tổ chức, công dân theo quy định.",
        "II. PHƯƠNG HƯỚNG QUÝ II NĂM 2024",
        "Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%; không để phát sinh hồ sơ quá hạn.",
    ], OUT / f"{stem}.docx")
    dossiers = []
    for r in rows + [total]:
        scope = "Sở Tài nguyên và Môi trường" if r is total else f"Lĩnh vực {r[0].lower()}"
        dossiers.append(D(scope, P, "table", "grid-2row", to_resolve=r[1], carried_over=r[2],
                          received=r[3], resolved_early=r[4], resolved_on_time=r[5],
                          resolved_late=r[6], pending_on_time=r[7], pending_overdue=r[8]))
    dossiers.append(D("Sở Tài nguyên và Môi trường", P, "prose", "value-before-label",
                      on_time_rate=98.5, pending_overdue=8,
                      note="'trước hạn và đúng hạn đạt 98,5%' is (436 + 351) / 799; 'Còn 8 hồ sơ quá hạn'"))
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               not_figures=[{"value": 102, "text": "102 thủ tục hành chính (TTHC, not dossiers)"},
                            {"value": 91, "text": "91 thủ tục ... trực tuyến toàn trình"},
                            {"value": 99, "text": "outlook: đạt trên 99% (quý II, a target)"}],
               checks=["each row: carried + new = total; early + on time + late + in time + overdue = total",
                       "Tổng cộng is the sum of the rows in every column",
                       "(436 + 351) / 799 = 98.5%"])


def doc_602() -> None:
    """Huyện: grid of communes with a column group Đã giải quyết (Tổng / Đúng hạn / Trễ hạn),
    adjacent cells holding the same number; prose for the district level."""
    stem = "602_huyen_cam_lo_bang_xa"
    P = "6 tháng đầu năm 2024"
    rows = [
        ("Xã Cam Tuyền", 1312, 1298, 1298, 0, 100),
        ("Xã Cam Thành", 986, 970, 958, 12, 98.76),
        ("Xã Cam Chính", 754, 751, 751, 0, 100),
        ("Xã Cam Nghĩa", 1045, 1030, 1021, 9, 99.13),
        ("Thị trấn Cam Lộ", 2210, 2187, 2180, 7, 99.68),
    ]
    total = ("Tổng cộng", 6307, 6236, 6208, 28, 99.55)
    table = [
        [("TT", 1, 2), ("Đơn vị", 1, 2), ("Số hồ sơ tiếp nhận", 1, 2), ("Đã giải quyết", 3, 1),
         ("Tỷ lệ giải quyết đúng hạn (%)", 1, 2)],
        [None, None, None, "Tổng", "Đúng hạn", "Trễ hạn", None],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0]] + [T(x) for x in r[1:]])
    table.append(["", total[0]] + [T(x) for x in total[1:]])
    docx_doc([
        "UỶ BAN NHÂN DÂN\nHUYỆN CAM LỘ",
        QUOC_HIEU,
        "Số: 236/BC-UBND                    Cam Lộ, ngày 17 tháng 6 năm 2024",
        "# BÁO CÁO\n# Công tác cải cách hành chính 6 tháng đầu năm 2024",
        "3. Cải cách thủ tục hành chính",
        "Tại cấp huyện (Bộ phận Một cửa huyện): tổng số hồ sơ tiếp nhận 3.482 hồ sơ (trực tuyến "
        "2.917 hồ sơ, chiếm 83,77%); đã giải quyết 3.350 hồ sơ, trong đó đúng và trước hạn 3.338 hồ "
        "sơ, trễ hạn 12 hồ sơ; đang giải quyết 132 hồ sơ.",
        "Tại cấp xã, kết quả tiếp nhận và giải quyết hồ sơ của Bộ phận Một cửa các xã, thị trấn như sau:",
        table,
        "UBND huyện đã chỉ đạo UBND xã Cam Thành và xã Cam Nghĩa kiểm điểm, làm rõ nguyên nhân hồ sơ "
        "trễ hạn.",
    ], OUT / f"{stem}.docx")
    dossiers = [D("cấp huyện", P, "prose", "labels-order", received=3482, online=2917,
                  online_rate=83.77, resolved=3350, resolved_on_time=3338, resolved_late=12,
                  pending=132, note="'đúng và trước hạn' is resolved_on_time")]
    for r in rows:
        dossiers.append(D(r[0], P, "table", "grid-2row", received=r[1], resolved=r[2],
                          resolved_on_time=r[3], resolved_late=r[4], on_time_rate=r[5]))
    dossiers.append(D("cấp xã", P, "table", "grid-2row", received=total[1], resolved=total[2],
                      resolved_on_time=total[3], resolved_late=total[4], on_time_rate=total[5],
                      note="Tổng cộng of the communes' table: the commune level"))
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               checks=["3338 + 12 = 3350; 3350 + 132 = 3482; 2917/3482 = 83.77%",
                       "each commune: on time + late = resolved; rate = on time / resolved",
                       "Tổng cộng = sum of the communes; 6208/6236 = 99.55%"])


def doc_603() -> None:
    """Provincial service centre: grid by service level, a bare 'Tổng' column and
    'Tổng | %' sub-columns, row labels holding digits ('Mức 1, 2')."""
    stem = "603_tinh_ha_nam_muc_do"
    P = "năm 2023"
    rows = [
        ("Mức 1, 2", 45620, 44980, 640, 30112, 66.9, 14403, 32.0, 465, 1.0),
        ("Mức 3", 12350, 12101, 249, 9876, 81.6, 2150, 17.8, 75, 0.6),
        ("Mức 4", 8904, 8860, 44, 7950, 89.7, 890, 10.0, 20, 0.2),
    ]
    table = [
        [("Mức độ", 1, 2), ("Tổng", 1, 2), ("Đã xử lý", 1, 2), ("Chưa xử lý", 1, 2),
         ("Trước hạn", 2, 1), ("Đúng hạn", 2, 1), ("Trễ hạn", 2, 1)],
        [None, None, None, None, "Tổng", "%", "Tổng", "%", "Tổng", "%"],
    ]
    for r in rows:
        table.append([r[0]] + [T(x) if isinstance(x, int) else T(x) + "%" for x in r[1:]])
    docx_doc([
        "UBND TỈNH HÀ NAM\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        QUOC_HIEU,
        "Số: 05/BC-TTPVHCC                    Hà Nam, ngày 10 tháng 01 năm 2024",
        "# BÁO CÁO\n# Tình hình tiếp nhận, giải quyết thủ tục hành chính năm 2023",
        "Năm 2023, tỉnh cung cấp 1.824 thủ tục hành chính trên Cổng Dịch vụ công của tỉnh, trong đó "
        "1.102 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình.",
        "Kết quả giải quyết thủ tục hành chính năm 2023 theo mức độ dịch vụ công:",
        table,
        "Ghi chú: tỷ lệ (%) tính trên số hồ sơ đã xử lý.",
    ], OUT / f"{stem}.docx")
    dossiers = [D(r[0], P, "table", "grid-2row", to_resolve=r[1], resolved=r[2], pending=r[3],
                  resolved_early=r[4], early_rate=r[5], resolved_on_time=r[6], on_time_rate=r[7],
                  resolved_late=r[8], late_rate=r[9],
                  note="'Tổng' (= Đã xử lý + Chưa xử lý) is to_resolve; on_time_rate is the share of "
                       "Đúng hạn alone, early_rate of Trước hạn")
                for r in rows]
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               not_figures=[{"value": 1824, "text": "1.824 thủ tục hành chính (TTHC)"},
                            {"value": 1102, "text": "1.102 thủ tục ... toàn trình (TTHC)"}],
               checks=["Tổng = Đã xử lý + Chưa xử lý in each row",
                       "Trước hạn + Đúng hạn + Trễ hạn = Đã xử lý in each row",
                       "each % = count / Đã xử lý to 0.1"])


def doc_604() -> None:
    """Province: ranking table of departments (STT | Đơn vị | Điểm | Xếp hạng) in a fixed
    order that is not the rank order; an average in prose."""
    stem = "604_tinh_binh_phuoc_xep_hang_so"
    rows = [
        ("Ban Quản lý Khu kinh tế", 80.15, 8),
        ("Sở Giao thông vận tải", 83.37, 7),
        ("Sở Kế hoạch và Đầu tư", 87.64, 5),
        ("Sở Nội vụ", 90.87, 2),
        ("Sở Thông tin và Truyền thông", 88.10, 4),
        ("Sở Tư pháp", 91.42, 1),
        ("Sở Y tế", 85.02, 6),
        ("Văn phòng UBND tỉnh", 89.95, 3),
    ]
    table = [["STT", "Đơn vị", "Điểm", "Xếp hạng"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0], f"{r[1]:.2f}".replace(".", ","), str(r[2])])
    docx_doc([
        "UỶ BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC",
        QUOC_HIEU,
        "Số: 118/BC-UBND                    Bình Phước, ngày 22 tháng 3 năm 2024",
        "# BÁO CÁO\n# Kết quả xác định Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành",
        "Năm 2023, Chỉ số cải cách hành chính trung bình của các sở, ban, ngành đạt 87,07 điểm, "
        "cao hơn năm trước. Kết quả cụ thể của từng đơn vị như sau:",
        table,
        "Sở Tư pháp dẫn đầu với 91,42 điểm; đứng cuối bảng là Ban Quản lý Khu kinh tế (80,15 điểm). "
        "Không có đơn vị nào đạt dưới 80 điểm.",
    ], OUT / f"{stem}.docx")
    scores = [S("PAR_INDEX", r[1], r[0], 2023, "table", "ranking-table", unit="điểm", rank=r[2])
              for r in rows]
    scores.append(S("PAR_INDEX", 87.07, "sở, ban, ngành", 2023, "prose", "average", unit="điểm",
                    note="the average of the departments, stated"))
    write_gold(stem, OUT / f"{stem}.docx", scores=scores,
               not_figures=[{"value": 80, "text": "dưới 80 điểm (a threshold)"}],
               checks=["the eight scores average 87.07", "ranks follow the scores"])


def doc_605() -> None:
    """District: one table ranking communes on two indices, header in two rows
    (Chỉ số CCHC | Chỉ số SIPAS, each Điểm/Tỷ lệ | Xếp hạng)."""
    stem = "605_huyen_lam_ha_hai_chi_so"
    rows = [
        ("Thị trấn Đinh Văn", 88.46, 1, 86.20, 2),
        ("Xã Tân Hà", 86.90, 2, 88.05, 1),
        ("Xã Phúc Thọ", 84.12, 3, 83.47, 4),
        ("Thị trấn Nam Ban", 82.75, 4, 84.90, 3),
        ("Xã Đạ Đờn", 79.30, 5, 80.12, 6),
        ("Xã Mê Linh", 74.08, 6, 81.33, 5),
    ]
    table = [
        [("TT", 1, 2), ("Đơn vị", 1, 2), ("Chỉ số CCHC năm 2023", 2, 1),
         ("Chỉ số hài lòng (SIPAS) năm 2023", 2, 1)],
        [None, None, "Điểm", "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng"],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0], T2(r[1]), str(r[2]), T2(r[3]), str(r[4])])
    docx_doc([
        "UỶ BAN NHÂN DÂN\nHUYỆN LÂM HÀ",
        QUOC_HIEU,
        "Số: 45/TB-UBND                    Lâm Hà, ngày 05 tháng 02 năm 2024",
        "# THÔNG BÁO\n# Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng năm 2023 của UBND các "
        "xã, thị trấn",
        "Căn cứ kết quả thẩm định của Hội đồng thẩm định, UBND huyện thông báo kết quả như sau:",
        table,
        "Các xã, thị trấn xếp hạng thấp xây dựng kế hoạch khắc phục, gửi Phòng Nội vụ trước ngày "
        "29/02/2024.",
    ], OUT / f"{stem}.docx")
    scores = []
    for r in rows:
        scores.append(S("PAR_INDEX", r[1], r[0], 2023, "table", "ranking-table", unit="điểm", rank=r[2]))
        scores.append(S("SIPAS", r[3], r[0], 2023, "table", "ranking-table", unit="%", rank=r[4]))
    write_gold(stem, OUT / f"{stem}.docx", scores=scores,
               checks=["each index ranks its own column; SIPAS ranks differ from CCHC ranks"])


def doc_606() -> None:
    """A department's criterion table (Điểm tối đa | Điểm tự đánh giá | Điểm thẩm định) and
    its sub-indices named in prose (điểm thẩm định, điểm điều tra xã hội học)."""
    stem = "606_so_noi_vu_ha_tinh_tieu_chi"
    crit = [
        ("Công tác chỉ đạo, điều hành cải cách hành chính", 14, 13.5, 13),
        ("Cải cách thể chế", 9, 8.5, 8.25),
        ("Cải cách thủ tục hành chính", 12, 11, 10.5),
        ("Cải cách tổ chức bộ máy hành chính nhà nước", 9, 9, 8.5),
        ("Cải cách chế độ công vụ", 13, 12, 11.75),
        ("Cải cách tài chính công", 8, 7.5, 7),
        ("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", 12, 10.5, 10),
        ("Điều tra xã hội học", 23, None, 19.64),
    ]
    table = [
        [("TT", 1, 2), ("Lĩnh vực/Tiêu chí", 1, 2), ("Điểm tối đa", 1, 2), ("Kết quả", 2, 1)],
        [None, None, None, "Điểm tự đánh giá", "Điểm thẩm định"],
    ]
    for i, c in enumerate(crit, 1):
        table.append([str(i), c[0], T(c[1]), "-" if c[2] is None else T(c[2]), T(c[3])])
    table.append(["", "Tổng cộng", "100", "72", "88,64"])
    docx_doc([
        "UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ",
        QUOC_HIEU,
        "Số: 1520/BC-SNV                    Hà Tĩnh, ngày 28 tháng 5 năm 2024",
        "# BÁO CÁO\n# Phân tích kết quả Chỉ số cải cách hành chính năm 2023 của Sở Nội vụ",
        "Theo kết quả công bố tại Quyết định số 702/QĐ-UBND ngày 15/4/2024 của UBND tỉnh, Chỉ số cải "
        "cách hành chính năm 2023 của Sở Nội vụ đạt 88,64/100 điểm, xếp thứ 4/20 sở, ban, ngành; trong "
        "đó điểm thẩm định đạt 69/77 điểm, điểm điều tra xã hội học đạt 19,64/23 điểm.",
        "Kết quả theo từng lĩnh vực, tiêu chí như sau:",
        table,
        "Lĩnh vực bị trừ điểm nhiều nhất là cải cách thủ tục hành chính (1,5 điểm) và xây dựng Chính "
        "phủ điện tử, Chính phủ số (2 điểm).",
    ], OUT / f"{stem}.docx")
    scores = [S("PAR_INDEX", 88.64, "Sở Nội vụ", 2023, "prose", "sub-index", unit="điểm", max=100,
                rank=4, rank_total=20),
              S("PAR_INDEX", 69, "Sở Nội vụ", 2023, "prose", "sub-index", max=77,
                index_name="điểm thẩm định"),
              S("PAR_INDEX", 19.64, "Sở Nội vụ", 2023, "prose", "sub-index", max=23,
                index_name="điểm điều tra xã hội học")]
    for c in crit:
        scores.append(S("PAR_INDEX_CRITERION", c[3], None, None, "table", "criterion-table",
                        criterion=c[0], max=c[1],
                        note="the appraised score (Điểm thẩm định) is the criterion's score"))
    write_gold(stem, OUT / f"{stem}.docx", scores=scores,
               not_figures=[{"value": 1.5, "text": "trừ ... (1,5 điểm): points lost, not a score"},
                            {"value": 2, "text": "trừ ... (2 điểm): points lost, not a score"}],
               checks=["appraised criteria 1-7 sum to 69 of 77; with 19.64 of 23 they make 88.64",
                       "self-assessed criteria 1-7 sum to 72"])


def doc_607() -> None:
    """District, quarter: ruled PDF table by level (Cấp huyện / Cấp xã / Tổng cộng) with a
    two-line header; a change and an outlook target that are not figures."""
    stem = "607_huyen_tuy_phuoc_quy3"
    P = "quý III năm 2024"
    rows = [("Cấp huyện", 2146, 1803, 2050, 2041, 9, 96),
            ("Cấp xã", 4388, 3120, 4301, 4296, 5, 87),
            ("Tổng cộng", 6534, 4923, 6351, 6337, 14, 183)]
    table = [
        [("Cấp giải quyết", 1, 2), ("Số hồ sơ tiếp nhận", 2, 1), ("Số hồ sơ đã giải quyết", 3, 1),
         ("Số hồ sơ đang giải quyết", 1, 2)],
        [None, "Tổng số", "Trong đó trực tuyến", "Tổng số", "Đúng hạn", "Quá hạn", None],
    ]
    for r in rows:
        table.append([r[0]] + [T(x) for x in r[1:]])
    pdf_doc([
        "UỶ BAN NHÂN DÂN HUYỆN TUY PHƯỚC",
        "Số: 389/BC-UBND — Tuy Phước, ngày 20 tháng 9 năm 2024",
        "# BÁO CÁO",
        "# Tình hình, kết quả thực hiện công tác cải cách hành chính quý III năm 2024",
        "1. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính trong quý III năm 2024:",
        (table, 2),
        "Tỷ lệ hồ sơ giải quyết đúng hạn toàn huyện đạt 99,78%. So với quý II năm 2024, tỷ lệ hồ sơ "
        "nộp trực tuyến tăng 4,5%.",
        "2. Phương hướng quý IV năm 2024: phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên 80%; tiếp tục "
        "rà soát, đơn giản hóa thủ tục hành chính.",
    ], OUT / f"{stem}.pdf")
    dossiers = []
    for r in rows:
        scope = "huyện" if r[0] == "Tổng cộng" else r[0].lower()
        dossiers.append(D(scope, P, "table", "grid-2row", received=r[1], online=r[2], resolved=r[3],
                          resolved_on_time=r[4], resolved_late=r[5], pending=r[6]))
    dossiers.append(D("huyện", P, "prose", None, on_time_rate=99.78))
    write_gold(stem, OUT / f"{stem}.pdf", dossiers=dossiers,
               not_figures=[{"value": 4.5, "text": "tăng 4,5% (a change)"},
                            {"value": 80, "text": "outlook: đạt trên 80% (quý IV target)"}],
               checks=["Tổng cộng = Cấp huyện + Cấp xã in every column",
                       "on time + late = resolved; resolved + pending = received",
                       "6337/6351 = 99.78%"])


def doc_608() -> None:
    """Provincial centre, one month with its reporting window; ruled table with 'Đến hạn'
    and a rate against dossiers due; returned dossiers."""
    stem = "608_tinh_lang_son_thang_den_han"
    P = "tháng 9/2024 (từ ngày 15/8/2024 đến ngày 14/9/2024)"
    rows = [("Sở Tư pháp", 1240, 1105, 1198, 1198, 100, 4),
            ("Sở Kế hoạch và Đầu tư", 865, 842, 830, 826, 99.52, 11),
            ("Sở Giao thông vận tải", 2310, 1987, 2255, 2231, 98.94, 20),
            ("Sở Xây dựng", 196, 150, 180, 175, 97.22, 2)]
    total = ("Tổng cộng", 4611, 4084, 4463, 4430, 99.26, 37)
    table = [
        [("Đơn vị", 1, 2), ("Hồ sơ tiếp nhận", 2, 1), ("Hồ sơ đến hạn", 1, 2),
         ("Giải quyết đúng hạn", 2, 1), ("Hồ sơ trả lại", 1, 2)],
        [None, "Tổng", "Trực tuyến", None, "Số hồ sơ", "Tỷ lệ (%)", None],
    ]
    for r in rows + [total]:
        table.append([r[0]] + [T(x) for x in r[1:]])
    pdf_doc([
        "UBND TỈNH LẠNG SƠN — TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "Số: 96/BC-TTPVHCC — Lạng Sơn, ngày 16 tháng 9 năm 2024",
        "# BÁO CÁO",
        "# Kết quả tiếp nhận và giải quyết thủ tục hành chính tháng 9/2024",
        "Kỳ báo cáo: từ ngày 15/8/2024 đến ngày 14/9/2024. Kết quả tại Trung tâm Phục vụ hành chính "
        "công tỉnh đối với các sở có số lượng hồ sơ lớn:",
        (table, 2),
        "Tỷ lệ giải quyết đúng hạn được tính trên số hồ sơ đến hạn giải quyết. Trong tháng, hồ sơ bị "
        "trả lại chiếm 0,80% tổng số hồ sơ tiếp nhận, chủ yếu do thành phần hồ sơ chưa đầy đủ.",
    ], OUT / f"{stem}.pdf")
    dossiers = []
    for r in rows + [total]:
        scope = "Trung tâm Phục vụ hành chính công" if r is total else r[0]
        dossiers.append(D(scope, P, "table", "due", received=r[1], online=r[2], due=r[3],
                          resolved_on_time=r[4], on_time_rate=r[5], returned=r[6],
                          note="on_time_rate is against dossiers due (đến hạn)"))
    dossiers.append(D("Trung tâm Phục vụ hành chính công", P, "prose", "due", returned_rate=0.8,
                      note="37 / 4611 = 0.80%"))
    write_gold(stem, OUT / f"{stem}.pdf", dossiers=dossiers,
               checks=["on time / due = the stated rate in every row",
                       "Tổng cộng = sum of the rows", "37/4611 = 0.80%"])


def doc_609() -> None:
    """Province: ruled PDF ranking of districts with sub-index columns (điểm thẩm định,
    điểm điều tra xã hội học) and a column group Chỉ số CCHC (Điểm | Xếp hạng)."""
    stem = "609_tinh_tay_ninh_xep_hang_huyen"
    rows = [("Thành phố Tây Ninh", 58.12, 30.45, 88.57, 1),
            ("Thị xã Hòa Thành", 56.90, 30.02, 86.92, 2),
            ("Thị xã Trảng Bàng", 55.47, 29.81, 85.28, 3),
            ("Huyện Gò Dầu", 54.20, 29.66, 83.86, 4),
            ("Huyện Dương Minh Châu", 52.75, 28.93, 81.68, 5),
            ("Huyện Tân Châu", 50.08, 28.11, 78.19, 6)]
    table = [
        [("STT", 1, 2), ("Đơn vị", 1, 2), ("Điểm thẩm định (tối đa 65)", 1, 2),
         ("Điểm điều tra xã hội học (tối đa 35)", 1, 2), ("Chỉ số CCHC năm 2023", 2, 1)],
        [None, None, None, None, "Điểm", "Xếp hạng"],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0], T2(r[1]), T2(r[2]), T2(r[3]), str(r[4])])
    pdf_doc([
        "UỶ BAN NHÂN DÂN TỈNH TÂY NINH",
        "Số: 1034/QĐ-UBND — Tây Ninh, ngày 08 tháng 5 năm 2024",
        "# QUYẾT ĐỊNH",
        "# Phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thị xã, "
        "thành phố",
        "Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thị xã, "
        "thành phố (chi tiết tại Phụ lục kèm theo).",
        "PHỤ LỤC: KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
        (table, 2),
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    ], OUT / f"{stem}.pdf")
    scores = []
    for r in rows:
        scores.append(S("PAR_INDEX", r[3], r[0], 2023, "table", "ranking-table", unit="điểm", rank=r[4]))
        scores.append(S("PAR_INDEX", r[1], r[0], 2023, "table", "sub-index", max=65,
                        index_name="điểm thẩm định"))
        scores.append(S("PAR_INDEX", r[2], r[0], 2023, "table", "sub-index", max=35,
                        index_name="điểm điều tra xã hội học"))
    write_gold(stem, OUT / f"{stem}.pdf", scores=scores,
               checks=["thẩm định + điều tra xã hội học = Chỉ số CCHC in every row",
                       "ranks follow the index"])


def doc_610() -> None:
    """Department, nine months: ruled table with 'Tổng | Trực tuyến | %' and
    'Tổng | Đúng hạn | %' groups; pending stated after the table, value before its label."""
    stem = "610_so_gtvt_9_thang"
    P = "9 tháng đầu năm 2024"
    rows = [("Đường bộ", 3420, 3215, 94.01, 3380, 3371, 99.73),
            ("Đường thủy nội địa", 215, 180, 83.72, 210, 210, 100),
            ("Đăng kiểm", 1102, 860, 78.04, 1095, 1090, 99.54)]
    total = ("Tổng", 4737, 4255, 89.82, 4685, 4671, 99.70)
    table = [
        [("Lĩnh vực", 1, 2), ("Hồ sơ tiếp nhận", 3, 1), ("Hồ sơ đã giải quyết", 3, 1)],
        [None, "Tổng", "Trực tuyến", "%", "Tổng", "Đúng hạn", "%"],
    ]
    for r in rows + [total]:
        table.append([r[0]] + [T(x) for x in r[1:]])
    pdf_doc([
        "UBND TỈNH BẮC GIANG — SỞ GIAO THÔNG VẬN TẢI",
        "Số: 2871/BC-SGTVT — Bắc Giang, ngày 18 tháng 9 năm 2024",
        "# BÁO CÁO",
        "# Kết quả công tác cải cách hành chính 9 tháng đầu năm 2024",
        "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính của Sở trong 9 tháng đầu năm 2024:",
        (table, 2),
        "Hiện còn 52 hồ sơ đang giải quyết, trong đó không có hồ sơ quá hạn.",
    ], OUT / f"{stem}.pdf")
    dossiers = []
    for r in rows + [total]:
        scope = "Sở Giao thông vận tải" if r is total else f"Lĩnh vực {r[0].lower()}"
        dossiers.append(D(scope, P, "table", "grid-2row", received=r[1], online=r[2], online_rate=r[3],
                          resolved=r[4], resolved_on_time=r[5], on_time_rate=r[6]))
    dossiers.append(D("Sở Giao thông vận tải", P, "prose", "value-before-label", pending=52,
                      pending_overdue=0, note="'không có hồ sơ quá hạn' = 0 overdue"))
    write_gold(stem, OUT / f"{stem}.pdf", dossiers=dossiers,
               checks=["online / received and on time / resolved = the stated % in every row",
                       "Tổng = sum of the fields", "4737 - 4685 = 52 pending"])


def doc_625() -> None:
    """Commune self-assessment: ruled PDF criterion table whose header spans two lines
    (Điểm đạt: Tự chấm | Thẩm định); the index and the rank in words in prose."""
    stem = "625_xa_tan_thanh_tu_cham"
    crit = [("Công tác chỉ đạo, điều hành", 16, 15.5, 15),
            ("Cải cách thủ tục hành chính", 22, 21, 20.5),
            ("Cải cách tổ chức bộ máy hành chính nhà nước", 8, 8, 7.5),
            ("Cải cách chế độ công vụ", 14, 13, 12.25),
            ("Cải cách tài chính công", 8, 7, 7),
            ("Xây dựng chính quyền điện tử, chính quyền số", 12, 10, 9.5),
            ("Tác động của cải cách hành chính", 20, 18, 17.06)]
    table = [
        [("TT", 1, 2), ("Lĩnh vực", 1, 2), ("Điểm tối đa", 1, 2), ("Điểm đạt", 2, 1)],
        [None, None, None, "Tự chấm", "Thẩm định"],
    ]
    for i, c in enumerate(crit, 1):
        table.append([str(i), c[0], T(c[1]), T(c[2]), T(c[3])])
    table.append(["", "Tổng cộng", "100", "92,5", "88,81"])
    pdf_doc([
        "UBND HUYỆN HÀM THUẬN BẮC — UBND XÃ TÂN THÀNH",
        "Số: 27/BC-UBND — Tân Thành, ngày 12 tháng 01 năm 2024",
        "# BÁO CÁO",
        "# Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023",
        "Năm 2023, UBND xã xếp hạng thứ nhất về Chỉ số cải cách hành chính trong khối xã, thị trấn "
        "của huyện, với 88,81/100 điểm sau thẩm định (điểm tự chấm 92,5 điểm).",
        (table, 2),
    ], OUT / f"{stem}.pdf")
    scores = [S("PAR_INDEX", 88.81, "xã Tân Thành", 2023, "prose", "rank-words", unit="điểm",
                max=100, rank=1, note="'xếp hạng thứ nhất' = rank 1; the appraised score")]
    for c in crit:
        scores.append(S("PAR_INDEX_CRITERION", c[3], None, None, "table", "criterion-table",
                        criterion=c[0], max=c[1]))
    write_gold(stem, OUT / f"{stem}.pdf", scores=scores,
               not_figures=[{"value": 92.5, "text": "điểm tự chấm 92,5: the self-assessment, not the index"}],
               checks=["appraised criteria sum to 88.81; self-assessed to 92.5"])


PORTAL_HEAD = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<header><div class="logo">{site}</div>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/cchc">Cải cách hành chính</a></li>
<li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<main><article>
<h1>{title}</h1>
<div class="meta">Ngày đăng: {date} | Lượt xem: {views}</div>
"""
PORTAL_FOOT = """</article></main>
<aside><h3>Tin liên quan</h3><ul><li><a href="/tin/1">Hội nghị triển khai nhiệm vụ năm mới</a></li>
<li><a href="/tin/2">Tập huấn kỹ năng số cho cán bộ, công chức</a></li></ul></aside>
<footer><p>Cơ quan chủ quản: {owner}</p><p>Điện thoại: 0263.3822.145 - Email: {mail}</p>
<p>Giấy phép số 45/GP-TTĐT ngày 12/3/2019</p></footer>
</body></html>"""


def doc_611() -> None:
    """Provincial portal: statistics <table> with rowspan/colspan header, rows per district
    and a total of the district level; page chrome with a view counter."""
    stem = "611_portal_lam_dong_thong_ke"
    P = "năm 2023"
    rows = [("Huyện Bảo Lâm", 8412, 6730, 5105, 3050, 42, 190, 25),
            ("Huyện Cát Tiên", 4206, 3512, 2870, 1215, 10, 101, 10),
            ("Huyện Di Linh", 9880, 7004, 6122, 3480, 75, 180, 23),
            ("Thành phố Bảo Lộc", 12530, 10988, 8740, 3602, 31, 140, 17)]
    total = ("Tổng cộng", 35028, 28234, 22837, 11347, 158, 611, 75)
    table = [
        [("STT", 1, 2), ("Đơn vị", 1, 2), ("Tiếp nhận", 2, 1), ("Đã giải quyết", 3, 1),
         ("Đang giải quyết", 2, 1)],
        [None, None, "Tổng số", "Trực tuyến", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn",
         "Quá hạn"],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0]] + [T(x) for x in r[1:]])
    table.append([("Tổng cộng", 2, 1)] + [T(x) for x in total[1:]])
    title = "Tình hình giải quyết hồ sơ thủ tục hành chính cấp huyện năm 2023"
    html = (PORTAL_HEAD.format(title=title, site="CỔNG DỊCH VỤ CÔNG TỈNH LÂM ĐỒNG", date="08/01/2024",
                               views="1.245")
            + "<p>Cổng Dịch vụ công tỉnh cập nhật số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành "
              "chính của UBND các huyện, thành phố năm 2023 (số liệu đến ngày 31/12/2023) như sau:</p>\n"
            + html_table(table, 2)
            + "\n<p><em>Nguồn: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh. Cập nhật lúc "
              "08:30 ngày 05/01/2024.</em></p>\n"
            + PORTAL_FOOT.format(owner="Văn phòng UBND tỉnh Lâm Đồng", mail="dvc@lamdong.gov.vn"))
    write_html(stem, html,
               dossiers=[D(r[0] if r is not total else "cấp huyện", P, "table", "grid-2row",
                           received=r[1], online=r[2], resolved_early=r[3], resolved_on_time=r[4],
                           resolved_late=r[5], pending_on_time=r[6], pending_overdue=r[7])
                         for r in rows + [total]],
               not_figures=[{"value": 1245, "text": "Lượt xem: 1.245 (page chrome)"}],
               checks=["each row: early + on time + late + in time + overdue = received",
                       "Tổng cộng = sum of the districts"])


def doc_612() -> None:
    """District news page: a lead repeated as the first body paragraph, 'Với cấp huyện' /
    'Với cấp xã, toàn huyện ...' leads, and a SIPAS sub-index <table>."""
    stem = "612_portal_thach_ha_tin"
    P = "năm 2024"
    lead = ("Năm 2024, huyện Thạch Hà tiếp nhận 9.640 hồ sơ thủ tục hành chính, tỷ lệ giải quyết "
            "đúng hạn đạt 99,52%; sự hài lòng của người dân, tổ chức đạt 91,70%.")
    sub = [("Tiếp cận dịch vụ", 92.10), ("Thủ tục hành chính", 90.45),
           ("Công chức trực tiếp giải quyết công việc", 94.20), ("Kết quả giải quyết thủ tục hành chính", 93.05),
           ("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", 88.70)]
    table = [["Yếu tố", "Tỷ lệ hài lòng (%)"]] + [[n, T2(v)] for n, v in sub] + \
        [["Chỉ số hài lòng chung", "91,70"]]
    title = "Thạch Hà: nâng cao chất lượng giải quyết thủ tục hành chính"
    html = (PORTAL_HEAD.format(title=title, site="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN THẠCH HÀ",
                               date="26/12/2024", views="873")
            + f'<p class="sapo"><strong>{lead}</strong></p>\n'
            + f"<p>{lead}</p>\n"
            + "<p>Với cấp huyện, Bộ phận Một cửa huyện tiếp nhận 3.770 hồ sơ, đã giải quyết 3.760 hồ sơ, "
              "trong đó đúng hạn 3.732 hồ sơ (đạt 99,26%), trễ hạn 28 hồ sơ.</p>\n"
            + "<p>Với cấp xã, toàn huyện tiếp nhận 5.870 hồ sơ, đã giải quyết 5.830 hồ sơ, trong đó đúng "
              "hạn 5.812 hồ sơ, đạt 99,69%; còn 40 hồ sơ đang giải quyết.</p>\n"
            + "<p>Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành "
              "chính năm 2024 trên địa bàn huyện:</p>\n"
            + html_table(table, 1)
            + "\n<p>Thời gian tới, huyện tiếp tục đẩy mạnh chuyển đổi số, phấn đấu năm 2025 tỷ lệ hồ sơ "
              "trực tuyến đạt trên 85%.</p>\n"
            + PORTAL_FOOT.format(owner="UBND huyện Thạch Hà", mail="thachha@hatinh.gov.vn"))
    scores = [S("SIPAS", 91.70, "huyện Thạch Hà", 2024, "prose", "paraphrase", unit="%",
                note="'sự hài lòng của người dân, tổ chức' is SIPAS; the table's last row says it again")]
    scores += [S("SIPAS", v, "huyện Thạch Hà", 2024, "table", "sub-index", criterion=n, unit="%")
               for n, v in sub]
    write_html(stem, html, scores=scores,
               dossiers=[D("huyện Thạch Hà", P, "prose", "duplicate", received=9640, on_time_rate=99.52,
                           note="the lead is printed twice (sapo and first paragraph): one record"),
                         D("cấp huyện", P, "prose", "scope-lead", received=3770, resolved=3760,
                           resolved_on_time=3732, on_time_rate=99.26, resolved_late=28),
                         D("cấp xã", P, "prose", "scope-lead", received=5870, resolved=5830,
                           resolved_on_time=5812, on_time_rate=99.69, pending=40,
                           note="'Với cấp xã, toàn huyện ...' is the commune level, not the district")],
               not_figures=[{"value": 873, "text": "Lượt xem: 873"},
                            {"value": 85, "text": "outlook 2025: trên 85% (a target)"}],
               checks=["3770 + 5870 = 9640", "(3732 + 5812) / (3760 + 5830) = 99.52%",
                       "the five factors average 91.70"])


def doc_613() -> None:
    """Provincial portal news: two ranking <table>s (departments, districts), block
    averages, and a unit named with its index only in an earlier sentence."""
    stem = "613_portal_dong_thap_xep_hang"
    so = [("Sở Công Thương", 88.25, 1), ("Sở Tài chính", 86.40, 2),
          ("Sở Văn hóa, Thể thao và Du lịch", 83.10, 3), ("Sở Lao động - Thương binh và Xã hội", 80.69, 4)]
    huyen = [("Thành phố Cao Lãnh", 86.02, 1), ("Thành phố Sa Đéc", 84.75, 2),
             ("Huyện Lai Vung", 80.33, 3), ("Huyện Tháp Mười", 78.50, 4)]

    def tab(rows):
        return html_table([["STT", "Đơn vị", "Điểm đạt", "Xếp hạng"]] +
                          [[str(i), n, T2(v), str(r)] for i, (n, v, r) in enumerate(rows, 1)], 1)
    title = "Công bố Chỉ số cải cách hành chính năm 2023 của các sở, ngành và UBND cấp huyện"
    html = (PORTAL_HEAD.format(title=title, site="SỞ NỘI VỤ TỈNH ĐỒNG THÁP", date="20/3/2024",
                               views="2.318")
            + "<p>Sáng 19/3, UBND tỉnh tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2023 của "
              "các sở, ban, ngành tỉnh và UBND các huyện, thành phố. Ở khối sở, ban, ngành, điểm trung "
              "bình đạt 84,61 điểm; khối huyện, thành phố có điểm trung bình 82,40 điểm.</p>\n"
            + "<p><strong>Khối sở, ban, ngành</strong></p>\n" + tab(so)
            + "\n<p><strong>Khối huyện, thành phố</strong></p>\n" + tab(huyen)
            + "\n<p>Đứng đầu khối huyện là thành phố Cao Lãnh. Đứng cuối bảng xếp hạng là huyện Tháp "
              "Mười, đạt 78,50 điểm, giảm 2 bậc so với năm 2022.</p>\n"
            + PORTAL_FOOT.format(owner="Sở Nội vụ tỉnh Đồng Tháp", mail="snv@dongthap.gov.vn"))
    scores = [S("PAR_INDEX", v, n, 2023, "table", "ranking-table", unit="điểm", rank=r) for n, v, r in so]
    scores += [S("PAR_INDEX", v, n, 2023, "table", "ranking-table", unit="điểm", rank=r)
               for n, v, r in huyen[:3]]
    scores.append(S("PAR_INDEX", 78.50, "Huyện Tháp Mười", 2023, "table", "index-earlier", unit="điểm",
                    rank=4, rank_change=-2,
                    note="table row, and the prose names it with 'giảm 2 bậc' (rank_change -2)"))
    scores += [S("PAR_INDEX", 84.61, "sở, ban, ngành", 2023, "prose", "average", unit="điểm"),
               S("PAR_INDEX", 82.40, "huyện, thành phố", 2023, "prose", "average", unit="điểm")]
    write_html(stem, html, scores=scores,
               not_figures=[{"value": 2318, "text": "Lượt xem: 2.318"}],
               checks=["block averages: (88.25+86.40+83.10+80.69)/4 = 84.61; (86.02+84.75+80.33+78.50)/4 = 82.40"])


def doc_614() -> None:
    stem = "614_huyen_dak_mil_so_truoc_nhan"
    P = "quý I năm 2024 (từ ngày 15/12/2023 đến ngày 14/3/2024)"
    text = """
ỦY BAN NHÂN DÂN
HUYỆN ĐẮK MIL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 58/BC-UBND                         Đắk Mil, ngày 15 tháng 3 năm 2024

BÁO CÁO
Công tác cải cách hành chính quý I năm 2024

Thời gian lấy số liệu: từ ngày 15/12/2023 đến ngày 14/3/2024.

I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Tại Bộ phận Một cửa huyện
Trong kỳ, Bộ phận Một cửa huyện nhận giải quyết 1.842 hồ sơ (kỳ trước chuyển sang 126 hồ sơ, tiếp nhận mới 1.716 hồ sơ). Đã giải quyết 1.690 hồ sơ, trong đó trước hạn 1.102 hồ sơ, đúng hạn 571 hồ sơ, trễ hạn 17 hồ sơ. Hiện đang giải quyết 152 hồ sơ: có 139 hồ sơ chưa đến hạn và 13 hồ sơ đã quá hạn. Có 21 hồ sơ (chiếm 1,14%) không đủ điều kiện giải quyết, đã trả lại cho công dân kèm văn bản nêu rõ lý do.

2. Tại cấp xã
Ở cấp xã, 12 xã, thị trấn tiếp nhận 4.306 hồ sơ; đã giải quyết 4.270 hồ sơ, đúng và trước hạn 4.262 hồ sơ (đạt 99,81%); quá hạn còn 5 hồ sơ.

II. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
Năm 2023, với 84,35 điểm, huyện Đắk Mil xếp thứ 5/8 huyện, thành phố về Chỉ số cải cách hành chính, tăng 1 bậc so với năm 2022.
"""
    write_txt(stem, text,
              dossiers=[D("huyện", P, "prose", "value-before-label", to_resolve=1842, carried_over=126,
                          received=1716, resolved=1690, resolved_early=1102, resolved_on_time=571,
                          resolved_late=17, pending=152, pending_on_time=139, pending_overdue=13,
                          returned=21, returned_rate=1.14,
                          note="'nhận giải quyết' is to_resolve; 'chưa đến hạn' = pending_on_time; "
                               "'Có 21 hồ sơ (chiếm 1,14%) ... trả lại' = returned; 21/1842"),
                        D("cấp xã", P, "prose", "labels-order", received=4306, resolved=4270,
                          resolved_on_time=4262, on_time_rate=99.81, pending_overdue=5,
                          note="'đúng và trước hạn' = resolved_on_time; 'quá hạn còn 5' = pending_overdue")],
              scores=[S("PAR_INDEX", 84.35, "huyện Đắk Mil", 2023, "prose", "value-before-label",
                        unit="điểm", rank=5, rank_total=8, rank_change=1)],
              not_figures=[{"value": 12, "text": "12 xã, thị trấn (a count of units)"}],
              checks=["126 + 1716 = 1842", "1102 + 571 + 17 = 1690", "1690 + 152 = 1842",
                      "139 + 13 = 152", "21/1842 = 1.14%", "4262/4270 = 99.81%"])


def doc_615() -> None:
    stem = "615_xa_hoa_phu_9_thang"
    P = "9 tháng đầu năm 2024"
    text = """
UBND HUYỆN HÒA VANG
UBND XÃ HÒA PHÚ
Số: 112/BC-UBND                    Hòa Phú, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2024

1. Công tác chỉ đạo, điều hành
Xã đã hoàn thành 15/18 nhiệm vụ cải cách hành chính đề ra trong Kế hoạch năm 2024 (đạt 83,3%); 3 nhiệm vụ còn lại đang triển khai đúng tiến độ.

2. Cải cách thủ tục hành chính
Lũy kế 9 tháng, tổng số hồ sơ đã và đang giải quyết là 2.415 hồ sơ; đã có kết quả 2.380 hồ sơ, đúng và trước hạn 2.371 hồ sơ; quá hạn nhưng chưa có kết quả 3 hồ sơ; số hồ sơ trễ hạn đã trả kết quả 9 hồ sơ.
Hồ sơ nộp qua dịch vụ công trực tuyến: 1.932 hồ sơ, đạt tỷ lệ 80%.

3. Chỉ số cải cách hành chính
Năm 2023, xã xếp hạng thứ nhất trong 11 xã của huyện về Chỉ số cải cách hành chính với 89,16 điểm.
"""
    write_txt(stem, text,
              dossiers=[D("xã Hòa Phú", P, "prose", "labels-order", to_resolve=2415, resolved=2380,
                          resolved_on_time=2371, pending_overdue=3, resolved_late=9, online=1932,
                          online_rate=80,
                          note="'lũy kế đã và đang giải quyết' = to_resolve; 'đã có kết quả' = resolved; "
                               "'quá hạn nhưng chưa có kết quả' = pending_overdue")],
              tasks=[{"done": 15, "total": 18, "rate": 83.3, "period": P, "form": "prose"}],
              scores=[S("PAR_INDEX", 89.16, "xã Hòa Phú", 2023, "prose", "rank-words", unit="điểm",
                        rank=1, rank_total=11)],
              not_figures=[{"value": 3, "text": "3 nhiệm vụ còn lại"}],
              checks=["2371 + 9 = 2380", "1932/2415 = 80%", "15/18 = 83.3%"])


def doc_616() -> None:
    stem = "616_tinh_vinh_long_nhieu_don_vi"
    text = """
UBND TỈNH VĨNH LONG
SỞ NỘI VỤ
Số: 845/BC-SNV                       Vĩnh Long, ngày 10 tháng 4 năm 2024

BÁO CÁO
Phân tích kết quả Chỉ số cải cách hành chính năm 2023 của UBND cấp huyện

1. Chỉ số cải cách hành chính
Trong 8 huyện, thị xã, thành phố, dẫn đầu là thành phố Vĩnh Long với 90,14 điểm; thứ hai là thị xã Bình Minh 88,62 điểm; thứ ba là huyện Long Hồ với 87,05 điểm; đứng cuối là huyện Trà Ôn (79,48 điểm).

2. Giải quyết thủ tục hành chính
Tỷ lệ hồ sơ trễ hạn của cấp huyện giảm từ 2,35% năm 2022 xuống còn 0,87% năm 2023. Tại huyện Mang Thít, tỷ lệ này chỉ còn 0,12%.

3. Chỉ số hài lòng
Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) của tỉnh năm 2023 đạt 83,72%, tăng 1,84% so với năm 2022; trong đó huyện Vũng Liêm cao nhất với 88,10%, huyện Tam Bình thấp nhất với 79,05%.
"""
    write_txt(stem, text,
              scores=[S("PAR_INDEX", 90.14, "thành phố Vĩnh Long", 2023, "prose", "several-units",
                        unit="điểm", rank=1, rank_total=8),
                      S("PAR_INDEX", 88.62, "thị xã Bình Minh", 2023, "prose", "several-units",
                        unit="điểm", rank=2, rank_total=8),
                      S("PAR_INDEX", 87.05, "huyện Long Hồ", 2023, "prose", "several-units",
                        unit="điểm", rank=3, rank_total=8),
                      S("PAR_INDEX", 79.48, "huyện Trà Ôn", 2023, "prose", "several-units",
                        unit="điểm", rank=8, rank_total=8, note="'đứng cuối' of 8"),
                      S("SIPAS", 83.72, "tỉnh Vĩnh Long", 2023, "prose", None, unit="%", change=1.84),
                      S("SIPAS", 88.10, "huyện Vũng Liêm", 2023, "prose", "several-units", unit="%"),
                      S("SIPAS", 79.05, "huyện Tam Bình", 2023, "prose", "several-units", unit="%")],
              dossiers=[D("cấp huyện", "năm 2022", "prose", "several-units", late_rate=2.35,
                          note="'giảm từ 2,35% năm 2022 xuống còn 0,87% năm 2023'"),
                        D("cấp huyện", "năm 2023", "prose", "several-units", late_rate=0.87),
                        D("huyện Mang Thít", "năm 2023", "prose", "several-units", late_rate=0.12,
                          note="'tỷ lệ này' = the late rate")],
              not_figures=[{"value": 8, "text": "8 huyện, thị xã, thành phố (count; rank_total only)"}])


def doc_617() -> None:
    stem = "617_tinh_quang_binh_chi_so_cau_truoc"
    text = """
UBND TỈNH QUẢNG BÌNH
SỞ NỘI VỤ
Số: 690/BC-SNV                      Quảng Bình, ngày 25 tháng 4 năm 2024

BÁO CÁO
Kết quả các chỉ số đánh giá năm 2023 của tỉnh và giải pháp cải thiện

Ngày 12/4/2024, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương. Theo đó, tỉnh Quảng Bình đạt 86,92%, xếp thứ 27/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022. Điểm thẩm định của tỉnh đạt 56,40 điểm; điểm điều tra xã hội học đạt 30,52 điểm.

Về sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023, tỉnh đạt 84,16%, cao hơn mức trung bình cả nước.

Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 của tỉnh đạt 43,18 điểm, xếp thứ 20/63. Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 66,05 điểm, xếp hạng 35/63, giảm 1,25 điểm so với năm 2022.

Mục tiêu đến năm 2025, Chỉ số cải cách hành chính của tỉnh đạt trên 88% và thuộc nhóm 20 tỉnh, thành phố dẫn đầu cả nước.
"""
    write_txt(stem, text,
              scores=[S("PAR_INDEX", 86.92, "tỉnh Quảng Bình", 2023, "prose", "index-earlier", unit="%",
                        rank=27, rank_total=63, rank_change=9,
                        note="the index is named in the sentence before ('Theo đó, ...')"),
                      S("PAR_INDEX", 56.40, "tỉnh Quảng Bình", 2023, "prose", "sub-index",
                        index_name="điểm thẩm định"),
                      S("PAR_INDEX", 30.52, "tỉnh Quảng Bình", 2023, "prose", "sub-index",
                        index_name="điểm điều tra xã hội học"),
                      S("SIPAS", 84.16, "tỉnh Quảng Bình", 2023, "prose", "paraphrase", unit="%"),
                      S("OTHER_INDEX", 43.18, "tỉnh Quảng Bình", 2023, "prose", None, unit="điểm",
                        index_name="PAPI", rank=20, rank_total=63),
                      S("OTHER_INDEX", 66.05, "tỉnh Quảng Bình", 2023, "prose", None, unit="điểm",
                        index_name="PCI", rank=35, rank_total=63, change=-1.25,
                        note="'giảm 1,25 điểm' is a signed change")],
              not_figures=[{"value": 88, "text": "Mục tiêu ... trên 88% (a target)"},
                           {"value": 20, "text": "nhóm 20 tỉnh (a target group)"}],
              checks=["56.40 + 30.52 = 86.92"])


def doc_618() -> None:
    stem = "618_huyen_phu_cat_loc_tu"
    P = "6 tháng đầu năm 2024"
    text = """
ỦY BAN NHÂN DÂN
HUYỆN PHÙ CÁT
Số: 201/BC-UBND                      Phù Cát, ngày 14 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024

1. Cải cách thủ tục hành chính
Huyện đã công khai 385 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện và 142 thủ tục hành chính cấp xã trên Cổng Dịch vụ công của tỉnh.
Trong 6 tháng đầu năm 2024, toàn huyện có tổng cộng 12.604 hồ sơ phải giải quyết, trong đó 11.950 hồ sơ tiếp nhận mới, số còn lại từ kỳ trước chuyển sang. Trong số hồ sơ trên, đã giải quyết 12.310 hồ sơ, với tổng số 12.288 hồ sơ đúng hạn và 22 hồ sơ trễ hạn; còn 294 hồ sơ đang giải quyết trong hạn.
Riêng Bộ phận Một cửa huyện đã tiếp nhận và giải quyết 2.048 hồ sơ, tất cả đều được giải quyết đúng hạn.

2. Chỉ số cải cách hành chính
Năm 2023, Chỉ số cải cách hành chính của huyện đạt 85,47 điểm, xếp thứ 4/11 huyện, thị xã, thành phố.
"""
    write_txt(stem, text,
              dossiers=[D("huyện", P, "prose", "filter", to_resolve=12604, received=11950,
                          resolved=12310, resolved_on_time=12288, resolved_late=22, pending=294,
                          pending_on_time=294,
                          note="a total defined by its breakdown ('tổng cộng ... phải giải quyết, trong đó "
                               "... tiếp nhận mới, số còn lại từ kỳ trước'); 'Trong số hồ sơ trên', "
                               "'với tổng số' are not new totals"),
                        D("Bộ phận Một cửa huyện", P, "prose", "value-words", received=2048, resolved=2048,
                          on_time_rate=100,
                          note="'tiếp nhận và giải quyết 2.048' shares one number; 'tất cả đều ... đúng hạn' = 100%")],
              scores=[S("PAR_INDEX", 85.47, "huyện Phù Cát", 2023, "prose", None, unit="điểm", rank=4,
                        rank_total=11)],
              not_figures=[{"value": 385, "text": "385 thủ tục hành chính (TTHC, not dossiers)"},
                           {"value": 142, "text": "142 thủ tục hành chính cấp xã (TTHC)"}],
              checks=["12288 + 22 = 12310", "12310 + 294 = 12604"])


def doc_619() -> None:
    stem = "619_so_y_te_hcm_bay_gia_tri"
    P = "tháng 9/2024"
    text = """
ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
SỞ Y TẾ
Số: 7310/BC-SYT                      Thành phố Hồ Chí Minh, ngày 04 tháng 10 năm 2024

BÁO CÁO
Công tác cải cách hành chính tháng 9/2024

1. Giải quyết thủ tục hành chính
Trong tháng 9/2024, Sở tiếp nhận 1.356 hồ sơ thủ tục hành chính, đã giải quyết 1.320 hồ sơ, trong đó đúng hạn 1.318 hồ sơ (đạt 99,85%), trễ hạn 2 hồ sơ. So với tháng 8/2024, số hồ sơ tiếp nhận giảm 246 hồ sơ (-15,36%).

2. Đánh giá cải cách hành chính các đơn vị trực thuộc năm 2023
Năm 2023, 100% đơn vị trực thuộc có kết quả đánh giá cải cách hành chính trên 80%; 9 đơn vị đạt từ 90% trở lên, 5 đơn vị đạt từ 80% đến dưới 90%. Bệnh viện Quận 11 dẫn đầu với 93,25%; Trung tâm Y tế Quận 7 đứng thứ hai với 91,80%.
Chỉ số cải cách hành chính năm 2023 của Sở Y tế đạt 87,20 điểm, tăng 2,15 điểm so với năm 2022.

3. Phương hướng quý IV/2024
Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên 85%, không để hồ sơ trễ hạn.
"""
    write_txt(stem, text,
              dossiers=[D("Sở Y tế", P, "prose", "month-period", received=1356, resolved=1320,
                          resolved_on_time=1318, on_time_rate=99.85, resolved_late=2)],
              scores=[S("PAR_INDEX", 93.25, "Bệnh viện Quận 11", 2023, "prose", "digits-in-names", unit="%",
                        rank=1),
                      S("PAR_INDEX", 91.80, "Trung tâm Y tế Quận 7", 2023, "prose", "digits-in-names",
                        unit="%", rank=2),
                      S("PAR_INDEX", 87.20, "Sở Y tế", 2023, "prose", None, unit="điểm", change=2.15)],
              not_figures=[{"value": 246, "text": "giảm 246 hồ sơ (a change)"},
                           {"value": -15.36, "text": "(-15,36%) a signed change"},
                           {"value": 15.36, "text": "(-15,36%) read without its sign"},
                           {"value": 80, "text": "trên 80% / từ 80% (thresholds)"},
                           {"value": 90, "text": "từ 90% trở lên / dưới 90% (thresholds)"},
                           {"value": 11, "text": "Bệnh viện Quận 11 (a digit inside a name)"},
                           {"value": 7, "text": "Trung tâm Y tế Quận 7 (a digit inside a name)"},
                           {"value": 85, "text": "outlook quý IV: trên 85% (a target)"}],
              checks=["1318 + 2 = 1320", "1318/1320 = 99.85%", "246 / (1356 + 246) = 15.36%"])


def doc_620() -> None:
    stem = "620_tinh_quang_tri_cap_den_han"
    P = "năm 2023"
    text = """
ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 12/BC-UBND                       Quảng Trị, ngày 19 tháng 01 năm 2024

BÁO CÁO
Công tác cải cách hành chính năm 2023

III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
3. Kết quả giải quyết hồ sơ thủ tục hành chính
Với cấp tỉnh, các sở, ban, ngành tiếp nhận 48.215 hồ sơ; đã giải quyết 47.902 hồ sơ, trong đó đúng hạn 47.655 hồ sơ, đạt 99,48%.
Với cấp huyện, toàn tỉnh tiếp nhận 62.430 hồ sơ, giải quyết 61.988 hồ sơ; tỷ lệ đúng hạn đạt 98,96%.
Với cấp xã, toàn tỉnh tiếp nhận 95.780 hồ sơ, giải quyết 95.510 hồ sơ; tỷ lệ đúng hạn 99,72%.
Tính chung toàn tỉnh, tổng số hồ sơ tiếp nhận là 206.425 hồ sơ, đã giải quyết 205.400 hồ sơ. Tính trên số hồ sơ đến hạn giải quyết (203.870 hồ sơ), tỷ lệ giải quyết đúng hạn toàn tỉnh đạt 99,12%.

IV. NHIỆM VỤ NĂM 2024
Phấn đấu năm 2024 có 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50%.
"""
    write_txt(stem, text,
              dossiers=[D("cấp tỉnh", P, "prose", "scope-lead", received=48215, resolved=47902,
                          resolved_on_time=47655, on_time_rate=99.48),
                        D("cấp huyện", P, "prose", "scope-lead", received=62430, resolved=61988,
                          on_time_rate=98.96, note="'Với cấp huyện, toàn tỉnh ...' is the district level"),
                        D("cấp xã", P, "prose", "scope-lead", received=95780, resolved=95510,
                          on_time_rate=99.72),
                        D("tỉnh", P, "prose", "due", received=206425, resolved=205400, due=203870,
                          on_time_rate=99.12, note="the rate is against dossiers due (đến hạn)")],
              not_figures=[{"value": 100, "text": "Phấn đấu năm 2024 có 100% (a target)"},
                           {"value": 50, "text": "trên 50% (a target)"}],
              checks=["48215 + 62430 + 95780 = 206425", "47902 + 61988 + 95510 = 205400",
                      "47655/47902 = 99.48%", "on-time rate of the province is against 203870 due, "
                      "not against resolved: no rate finding"])


def doc_621() -> None:
    stem = "621_tinh_phu_tho_thang_den_han"
    P = "tháng 10/2024 (từ ngày 21/9/2024 đến ngày 20/10/2024)"
    text = """
Kết quả giải quyết thủ tục hành chính cấp huyện, cấp xã tháng 10/2024

25/10/2024 09:12

Theo số liệu của Trung tâm Phục vụ hành chính công tỉnh, từ ngày 21/9 đến ngày 20/10/2024 các huyện, thành, thị và các xã, phường, thị trấn tiếp nhận mới 21.962 hồ sơ. Số hồ sơ đến hạn giải quyết trong kỳ là 22.480 hồ sơ; trong đó giải quyết trước và đúng hạn 22.105 hồ sơ (đạt 98,33%), chậm hạn 375 hồ sơ (chiếm 1,67%). Có 35 hồ sơ bị trả lại do không đủ điều kiện (chiếm 0,16% số hồ sơ tiếp nhận).

Huyện Thanh Sơn có tỷ lệ chậm hạn thấp nhất (0,21%); huyện Tân Sơn chuyển biến rõ nét khi tỷ lệ này giảm từ 5,40% xuống còn 2,10%. Thị xã Phú Thọ vẫn là đơn vị có tỷ lệ chậm hạn cao nhất, 4,96%.

Tháng 11/2024, Trung tâm tiếp tục theo dõi, đôn đốc các địa phương có tỷ lệ chậm hạn trên 3%.
"""
    write_txt(stem, text,
              dossiers=[D("cấp huyện, cấp xã", P, "prose", "due", received=21962, due=22480,
                          resolved_on_time=22105, on_time_rate=98.33, resolved_late=375, late_rate=1.67,
                          returned=35, returned_rate=0.16,
                          note="rates against dossiers due; 'trước và đúng hạn' = resolved_on_time"),
                        D("huyện Thanh Sơn", P, "prose", "several-units", late_rate=0.21),
                        D("huyện Tân Sơn", P, "prose", "several-units", late_rate=2.10,
                          note="'tỷ lệ này giảm từ 5,40% xuống còn 2,10%': 2,10 is this month's"),
                        D("thị xã Phú Thọ", P, "prose", "several-units", late_rate=4.96)],
              not_figures=[{"value": 5.4, "text": "giảm từ 5,40% (the previous month's)"},
                           {"value": 3, "text": "trên 3% (a threshold)"}],
              checks=["22105 + 375 = 22480", "22105/22480 = 98.33%", "35/21962 = 0.16%"])


def doc_622() -> None:
    stem = "622_huyen_dien_ban_thang_xa"
    P = "tháng 11/2024"
    text = """
UBND THỊ XÃ ĐIỆN BÀN
PHÒNG NỘI VỤ
Số: 318/BC-PNV                       Điện Bàn, ngày 02 tháng 12 năm 2024

BÁO CÁO
Tình hình giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp xã tháng 11 năm 2024

Trong tháng 11 năm 2024, Bộ phận Một cửa của 19 xã, phường tiếp nhận 3.415 hồ sơ, đã trả kết quả 3.368 hồ sơ. Trong đó:
- Phường Vĩnh Điện tiếp nhận 612 hồ sơ, giải quyết đúng hạn 100%.
- Xã Điện Thắng Trung tiếp nhận 274 hồ sơ, có 2 hồ sơ trễ hạn.
- Phường Điện An tiếp nhận 298 hồ sơ, trả kết quả 290 hồ sơ, trong đó đúng hạn 287 hồ sơ.
Các đơn vị còn lại giải quyết đúng hạn toàn bộ hồ sơ đã tiếp nhận.

Dự kiến tháng 12/2024, số hồ sơ tiếp nhận tăng khoảng 20% do nhu cầu đăng ký, chứng thực cuối năm.
"""
    write_txt(stem, text,
              dossiers=[D("cấp xã", P, "prose", "month-period", received=3415, resolved=3368),
                        D("Phường Vĩnh Điện", P, "prose", "several-units", received=612, on_time_rate=100),
                        D("Xã Điện Thắng Trung", P, "prose", "several-units", received=274, resolved_late=2),
                        D("Phường Điện An", P, "prose", "several-units", received=298, resolved=290,
                          resolved_on_time=287)],
              not_figures=[{"value": 19, "text": "19 xã, phường (a count of units)"},
                           {"value": 20, "text": "tăng khoảng 20% (an outlook)"}],
              checks=["287 <= 290 <= 298"])


def doc_623() -> None:
    stem = "623_xa_tan_lap_tin_bai"
    P = "9 tháng đầu năm 2024 (từ ngày 1/1/2024 đến ngày 30/9/2024)"
    text = """
Xã Tân Lập: điểm sáng trong cải cách thủ tục hành chính

03/10/2024

Từ đầu năm đến ngày 30/9/2024, UBND xã Tân Lập đã tiếp nhận và giải quyết 1.126 hồ sơ thủ tục hành chính. Tất cả hồ sơ đều được giải quyết đúng hạn, không có hồ sơ trễ hạn. Qua khảo sát, 98,5% người dân đến giao dịch hài lòng với sự phục vụ của cán bộ, công chức xã.

Ông Nguyễn Văn Hùng, Chủ tịch UBND xã cho biết: thời gian tới xã sẽ triển khai mô hình "Tổ công nghệ số cộng đồng" tại 6 thôn, hướng dẫn người dân nộp hồ sơ trực tuyến.
"""
    write_txt(stem, text,
              dossiers=[D("xã Tân Lập", P, "prose", "value-words", received=1126, resolved=1126,
                          on_time_rate=100, resolved_late=0,
                          note="'tiếp nhận và giải quyết 1.126' shares one number; 'Tất cả ... đều ... đúng "
                               "hạn' = 100%; 'không có hồ sơ trễ hạn' = 0")],
              scores=[S("SIPAS", 98.5, "xã Tân Lập", 2024, "prose", "paraphrase", unit="%",
                        note="'98,5% người dân ... hài lòng với sự phục vụ'")],
              not_figures=[{"value": 6, "text": "6 thôn"}])


def doc_624() -> None:
    """A commune's DOCX report: a table by field with a bare 'Tổng' column (resolved +
    pending), and a 'Với cấp xã, toàn huyện' lead that introduces the commune's own figures."""
    stem = "624_xa_binh_minh_bang_gop"
    P = "6 tháng đầu năm 2024"
    rows = [("Tư pháp - Hộ tịch", 486, 480, 480, 6),
            ("Đất đai - Xây dựng", 132, 118, 115, 14),
            ("Lao động - Thương binh và Xã hội", 95, 95, 95, 0)]
    total = ("Tổng", 713, 693, 690, 20)
    table = [["Lĩnh vực", "Tổng", "Đã giải quyết", "Trong đó đúng hạn", "Đang giải quyết"]]
    for r in rows + [total]:
        table.append([r[0]] + [T(x) for x in r[1:]])
    docx_doc([
        "UBND HUYỆN TRẢNG BOM\nUBND XÃ BÌNH MINH",
        QUOC_HIEU,
        "Số: 76/BC-UBND                    Bình Minh, ngày 12 tháng 6 năm 2024",
        "# BÁO CÁO\n# Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024",
        "Với cấp xã, toàn huyện đã triển khai đồng bộ phần mềm một cửa điện tử; riêng xã Bình Minh "
        "tiếp nhận hồ sơ theo các lĩnh vực như sau:",
        table,
        "Tỷ lệ hồ sơ giải quyết đúng hạn của xã đạt 99,57%. Không có hồ sơ quá hạn.",
    ], OUT / f"{stem}.docx")
    dossiers = []
    for r in rows + [total]:
        scope = "xã Bình Minh" if r is total else f"Lĩnh vực {r[0]}"
        dossiers.append(D(scope, P, "table", "grid-bare-total", to_resolve=r[1], resolved=r[2],
                          resolved_on_time=r[3], pending=r[4],
                          note="bare 'Tổng' column = to_resolve (resolved + pending)"))
    dossiers.append(D("xã Bình Minh", P, "prose", "scope-lead", on_time_rate=99.57, pending_overdue=0,
                      note="'Với cấp xã, toàn huyện ...' introduces, the figures are the commune's"))
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               checks=["resolved + pending = Tổng in every row", "690/693 = 99.57%"])


DOCS = [(f.__name__[4:], f) for f in (doc_601, doc_602, doc_603, doc_604, doc_605, doc_606, doc_607, doc_608, doc_609, doc_610, doc_625, doc_611, doc_612, doc_613, doc_614, doc_615, doc_616, doc_617, doc_618, doc_619, doc_620, doc_621, doc_622, doc_623, doc_624)]


def write_docs(docs, argv: list[str]) -> int:
    """Write the documents of `docs` ((name, writer) pairs) whose names start with one of
    argv (all when argv is empty)."""
    only = set(argv)
    for name, fn in docs:
        if only and not any(name.startswith(o) for o in only):
            continue
        fn()
        print("wrote", name)
    return 0


def main(argv: list[str]) -> int:
    return write_docs(DOCS, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
