from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import OUT, vn, vf, sgn, rate, write_gold
from docx_docs import fix

pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

BODY = ParagraphStyle("b", fontName="DejaVu", fontSize=10.5, leading=14, alignment=TA_JUSTIFY, spaceAfter=5)
CENTER = ParagraphStyle("c", parent=BODY, alignment=TA_CENTER)
BOLDC = ParagraphStyle("bc", parent=CENTER, fontName="DejaVuB")
BOLD = ParagraphStyle("bl", parent=BODY, fontName="DejaVuB")
RIGHT = ParagraphStyle("r", parent=BODY, alignment=TA_RIGHT)
CELL = ParagraphStyle("cell", fontName="DejaVu", fontSize=8, leading=10, alignment=TA_CENTER)
CELLB = ParagraphStyle("cellb", parent=CELL, fontName="DejaVuB")
CELLL = ParagraphStyle("celll", parent=CELL, alignment=0)


def P(text, st=BODY):
    return Paragraph(text, st)


def head(story, left, right, title, subtitle):
    t = Table([[P(a, BOLDC if i < 2 else CENTER), P(b, BOLDC if i < 2 else CENTER)]
               for i, (a, b) in enumerate(zip(left, right))], colWidths=[75 * mm, 100 * mm])
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(P(title, BOLDC))
    story.append(P(subtitle, BOLDC))
    story.append(Spacer(1, 4))


def cells(rows, header_rows, label_cols=(1,)):
    out = []
    for i, r in enumerate(rows):
        line = []
        for j, c in enumerate(r):
            if c is None:
                line.append("")
                continue
            st = CELLB if i < header_rows else (CELLL if j in label_cols else CELL)
            line.append(Paragraph(str(c), st))
        out.append(line)
    return out


def ruled(data, widths, spans, header_rows, bold_rows=(), repeat=True):
    t = Table(data, colWidths=widths, repeatRows=header_rows if repeat else 0)
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 3)]
    for s in spans:
        style.append(("SPAN",) + s)
    t.setStyle(TableStyle(style))
    return t


def build(name, story, land=False):
    doc = SimpleDocTemplate(str(OUT / f"{name}.pdf"), pagesize=landscape(A4) if land else A4,
                            leftMargin=18 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title=name)
    doc.build(story)


# ------------------------------------------------------------------------------------------
# E05: huyện Vĩnh Linh, Chỉ số CCHC năm 2024: criterion table (Điểm tối đa / Điểm đạt / Tỷ lệ)
def e05():
    name = "E05_huyen_vinh_linh_chi_so_2024_bang_linh_vuc"
    crit = [("I", "Công tác chỉ đạo, điều hành cải cách hành chính", 9, 8.50),
            ("II", "Cải cách thể chế", 6, 5.25),
            ("III", "Cải cách thủ tục hành chính", 14, 12.75),
            ("3.1", "Kiểm soát, công khai thủ tục hành chính", 2, 2.00),
            ("3.2", "Kết quả giải quyết thủ tục hành chính", 12, 10.75),
            ("IV", "Cải cách tổ chức bộ máy hành chính", 7, 6.50),
            ("V", "Cải cách chế độ công vụ", 12, 10.20),
            ("VI", "Cải cách tài chính công", 7, 5.75),
            ("VII", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 15, 12.60),
            ("VIII", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", 30, 25.13)]
    top = [c for c in crit if "." not in c[0]]
    total_max = sum(c[2] for c in top)
    total = round(sum(c[3] for c in top) + 1e-9, 2)
    assert total_max == 100
    assert abs(crit[3][3] + crit[4][3] - crit[2][3]) < 1e-9 and crit[3][2] + crit[4][2] == crit[2][2]
    prev = 84.54
    story = []
    head(story, ["UBND TỈNH QUẢNG TRỊ", "SỞ NỘI VỤ", "Số: 2310/SNV-CCHC",
                 "V/v thông báo kết quả Chỉ số CCHC năm 2024"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 14 tháng 3 năm 2025", ""],
         "THÔNG BÁO", "Kết quả Chỉ số cải cách hành chính năm 2024 của UBND huyện Vĩnh Linh")
    story.append(P("Kính gửi: Ủy ban nhân dân huyện Vĩnh Linh."))
    story.append(P("Căn cứ Quyết định số 512/QĐ-UBND ngày 10/3/2025 của UBND tỉnh Quảng Trị phê duyệt và công bố "
                   "Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố; "
                   "Sở Nội vụ thông báo kết quả Chỉ số cải cách hành chính năm 2024 của UBND huyện Vĩnh Linh như sau:"))
    story.append(P(f"1. Chỉ số cải cách hành chính năm 2024 của UBND huyện Vĩnh Linh đạt {vf(total)}/{total_max} điểm "
                   f"(tương ứng {vf(total)}%), xếp thứ 3/10 huyện, thị xã, thành phố; tăng {vf(round(total - prev, 2))}% "
                   f"so với năm 2023 (năm 2023 đạt {vf(prev)}%, xếp thứ 5/10)."))
    story.append(P("2. Kết quả cụ thể theo từng lĩnh vực, tiêu chí:"))
    rows = [["STT", "Lĩnh vực, tiêu chí", "Điểm", None, "Tỷ lệ đạt (%)"],
            [None, None, "Tối đa", "Đạt được", None]]
    for (n, label, mx, got) in crit:
        rows.append([n, label, vn(mx), vf(got), vf(rate(got, mx))])
    rows.append(["", "Tổng cộng", vn(total_max), vf(total), vf(rate(total, total_max))])
    data = cells(rows, 2)
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (4, 1))]
    story.append(ruled(data, [14 * mm, 95 * mm, 18 * mm, 20 * mm, 22 * mm], spans, 2))
    story.append(Spacer(1, 6))
    story.append(P("3. Những tiêu chí còn bị trừ điểm nhiều: tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt 50%; kết quả "
                   "giải quyết thủ tục hành chính còn hồ sơ quá hạn ở lĩnh vực đất đai; tiêu chí chính quyền số mới "
                   "đạt 84% số điểm."))
    story.append(P("Đề nghị UBND huyện Vĩnh Linh phân tích nguyên nhân các tiêu chí bị trừ điểm, xây dựng kế hoạch "
                   "khắc phục, phấn đấu năm 2025 đạt trên 88%."))
    story.append(Spacer(1, 8))
    story.append(P("KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC<br/><br/>Hoàng Thị Mai Hương", RIGHT))
    build(name, story)

    scores = [dict(indicator="PAR_INDEX", criterion=None, value=total, max=100, unit="điểm", rank=3, rank_total=10,
                   year=2024, subject="UBND huyện Vĩnh Linh", form="prose", class_="plain",
                   note="'đạt 86,68/100 điểm (tương ứng 86,68%), xếp thứ 3/10'"),
              dict(indicator="PAR_INDEX", criterion=None, value=prev, unit="%", rank=5, rank_total=10, year=2023,
                   subject="UBND huyện Vĩnh Linh", form="prose", class_="other-year",
                   note="'(năm 2023 đạt 84,54%, xếp thứ 5/10)'"),
              dict(indicator="PAR_INDEX", criterion=None, value=total, max=100, year=2024,
                   subject="UBND huyện Vĩnh Linh", form="table", class_="criterion-table",
                   note="'Tổng cộng' row of the criterion table")]
    for (n, label, mx, got) in crit:
        scores.append(dict(indicator="PAR_INDEX_CRITERION", criterion=label, value=got, max=mx, year=2024,
                           form="table", class_="criterion-table",
                           note=("sub-criterion row '" + n + "'" if "." in n else "Roman-numbered criterion row")
                           + "; 'Điểm' group → 'Tối đa | Đạt được'"))
    holds = ["sum of the eight criteria (I..VIII) = 86,68 of 100", "3.1 + 3.2 = III (2 + 10,75 = 12,75 of 14)",
             "each rate = Đạt được / Tối đa", "86,68 - 84,54 = 2,14"]
    traps = [dict(value=50, text="chưa đạt 50% (threshold)"), dict(value=84, text="mới đạt 84% số điểm (approximate share)"),
             dict(value=88, text="phấn đấu năm 2025 đạt trên 88% (target)"),
             dict(value=512, text="Quyết định số 512/QĐ-UBND")]
    return write_gold(name, "pdf", scores=fix(scores), holds=holds, traps=traps)


# ------------------------------------------------------------------------------------------
# E06: Trung tâm PVHCC tỉnh Bình Định, quý I/2025: by department, one rate wrong (planted)
def e06():
    name = "E06_tinh_binh_dinh_quy1_2025_so_nganh_ty_le_sai"
    period = "quý I năm 2025 (từ ngày 15/12/2024 đến ngày 14/3/2025)"
    rows = [("Sở Kế hoạch và Đầu tư", 2146, 1983, 2098, 3), ("Sở Tư pháp", 3872, 2904, 3795, 11),
            ("Sở Xây dựng", 648, 512, 612, 22), ("Sở Tài nguyên và Môi trường", 1935, 1104, 1844, 37),
            ("Sở Giao thông vận tải", 4210, 3978, 4167, 0), ("Sở Công Thương", 1187, 1150, 1171, 2),
            ("Sở Y tế", 906, 744, 871, 9), ("Sở Giáo dục và Đào tạo", 533, 508, 529, 0),
            ("Sở Lao động - Thương binh và Xã hội", 1364, 1296, 1338, 5),
            ("Sở Nông nghiệp và Phát triển nông thôn", 712, 655, 694, 4),
            ("Sở Văn hóa và Thể thao", 248, 239, 246, 0), ("Sở Thông tin và Truyền thông", 317, 317, 315, 0)]

    def st(rec, onl, res, late):
        return dict(received=rec, online=onl, resolved=res, resolved_on_time=res - late,
                    resolved_late=late, on_time_rate=rate(res - late, res), pending=rec - res)
    ss = [st(*r[1:]) for r in rows]
    wrong_i = 2  # Sở Xây dựng
    true_rate = ss[wrong_i]["on_time_rate"]
    printed = round(true_rate + 2.0, 2)
    tot = {k: sum(s[k] for s in ss) for k in ("received", "online", "resolved", "resolved_on_time", "resolved_late", "pending")}
    tot["on_time_rate"] = rate(tot["resolved_on_time"], tot["resolved"])
    online_rate = rate(tot["online"], tot["received"])

    story = []
    head(story, ["UBND TỈNH BÌNH ĐỊNH", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG", "Số: 96/BC-TTPVHCC"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Bình Định, ngày 18 tháng 3 năm 2025"],
         "BÁO CÁO", "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh quý I năm 2025")
    story.append(P("Trung tâm Phục vụ hành chính công tỉnh báo cáo kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính "
                   "của các sở, ngành tại Trung tâm quý I năm 2025 (từ ngày 15/12/2024 đến ngày 14/3/2025) như sau:"))
    story.append(P("1. Tình hình chung", BOLD))
    story.append(P(f"Hiện có 1.486 thủ tục hành chính của 17 sở, ngành được đưa ra tiếp nhận tại Trung tâm. Trong quý, "
                   f"Trung tâm đã tiếp nhận {vn(tot['received'])} hồ sơ, trong đó {vn(tot['online'])} hồ sơ trực tuyến, "
                   f"chiếm {vf(online_rate)}%. Các sở, ngành đã giải quyết {vn(tot['resolved'])} hồ sơ; tỷ lệ giải quyết "
                   f"đúng hạn đạt {vf(tot['on_time_rate'])}% trên tổng số hồ sơ đã giải quyết. Số hồ sơ quá hạn là "
                   f"{tot['resolved_late']} hồ sơ, tập trung ở Sở Tài nguyên và Môi trường và Sở Xây dựng."))
    story.append(P("2. Kết quả theo từng cơ quan", BOLD))
    story.append(P("Tỷ lệ giải quyết đúng hạn (%) = Số hồ sơ giải quyết đúng hạn / Tổng số hồ sơ đã giải quyết × 100.", CENTER))
    rows_ = [["STT", "Cơ quan", "Hồ sơ tiếp nhận", None, "Hồ sơ đã giải quyết", None, None, "Tỷ lệ giải quyết đúng hạn (%)", "Đang giải quyết"],
             [None, None, "Tổng số", "Trực tuyến", "Tổng số", "Đúng hạn", "Quá hạn", None, None]]
    for i, (x, s) in enumerate(zip(rows, ss)):
        r = printed if i == wrong_i else s["on_time_rate"]
        rows_.append([str(i + 1), x[0], vn(s["received"]), vn(s["online"]), vn(s["resolved"]),
                      vn(s["resolved_on_time"]), vn(s["resolved_late"]), vf(r), vn(s["pending"])])
    rows_.append(["", "Tổng cộng", vn(tot["received"]), vn(tot["online"]), vn(tot["resolved"]),
                  vn(tot["resolved_on_time"]), vn(tot["resolved_late"]), vf(tot["on_time_rate"]), vn(tot["pending"])])
    data = cells(rows_, 2)
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (6, 0)), ((7, 0), (7, 1)), ((8, 0), (8, 1))]
    story.append(ruled(data, [10 * mm, 52 * mm, 16 * mm, 17 * mm, 16 * mm, 16 * mm, 14 * mm, 19 * mm, 17 * mm], spans, 2))
    story.append(Spacer(1, 6))
    story.append(P("3. Tồn tại, hạn chế", BOLD))
    story.append(P("Một số hồ sơ lĩnh vực đất đai, xây dựng phải lấy ý kiến nhiều cơ quan nên giải quyết quá hạn; "
                   "đã thực hiện xin lỗi 100% tổ chức, cá nhân có hồ sơ quá hạn. Chỉ tiêu năm 2025 là tối thiểu 80% "
                   "hồ sơ được tiếp nhận trực tuyến."))
    story.append(P("GIÁM ĐỐC<br/><br/>Đặng Văn Hiếu", RIGHT))
    build(name, story)

    dossier = [dict(scope="Trung tâm Phục vụ hành chính công tỉnh Bình Định", period=period, received=tot["received"],
                    online=tot["online"], online_rate=online_rate, resolved=tot["resolved"],
                    on_time_rate=tot["on_time_rate"], resolved_late=tot["resolved_late"], form="prose", class_="plain",
                    note="rate 'trên tổng số hồ sơ đã giải quyết'")]
    for i, (x, s) in enumerate(zip(rows, ss)):
        rec = dict(scope=x[0], period=period, **s, form="table", class_="units-table")
        if i == wrong_i:
            rec["on_time_rate"] = printed
            rec["note"] = f"rate printed {vf(printed)}% (the row gives {vn(s['resolved_on_time'])}/{vn(s['resolved'])} = {vf(true_rate)}%)"
        dossier.append(rec)
    dossier.append(dict(scope="Trung tâm Phục vụ hành chính công tỉnh Bình Định", period=period, **tot, form="table",
                        class_="total-row", note="'Tổng cộng' row"))
    findings = [dict(rule="rate-mismatch", severity="error", values=[printed],
                     note=f"Sở Xây dựng: {vn(ss[wrong_i]['resolved_on_time'])}/{vn(ss[wrong_i]['resolved'])} = {vf(true_rate)}%, "
                          f"the table prints {vf(printed)}% against the base it states above the table (đã giải quyết)")]
    holds = ["every other row: rate = Đúng hạn / Tổng số đã giải quyết", "each row: Đúng hạn + Quá hạn = Tổng số đã giải quyết",
             "each row: tiếp nhận - đã giải quyết = đang giải quyết", "Tổng cộng = sum of the 12 rows (every count column)",
             f"{vn(tot['online'])}/{vn(tot['received'])} = {vf(online_rate)}%"]
    traps = [dict(value=1486, text="1.486 thủ tục hành chính (procedures)"), dict(value=17, text="17 sở, ngành (unit count)"),
             dict(value=80, text="tối thiểu 80% (target)"), dict(value=96, text="Số: 96/BC-TTPVHCC")]
    return write_gold(name, "pdf", dossier=fix(dossier), findings=findings, holds=holds, traps=traps)


# ------------------------------------------------------------------------------------------
# E07: huyện Nghĩa Hưng, 9 tháng 2024: 22 communes, table across a page break with the header
# repeated; prose rate against 'hồ sơ đến hạn' (control)
def e07():
    name = "E07_huyen_nghia_hung_9_thang_2024_bang_qua_trang_den_han"
    period = "9 tháng đầu năm 2024"
    units = ["Thị trấn Liễu Đề", "Thị trấn Rạng Đông", "Thị trấn Quỹ Nhất", "Xã Nghĩa Đồng", "Xã Nghĩa Thịnh",
             "Xã Nghĩa Minh", "Xã Hoàng Nam", "Xã Nghĩa Thái", "Xã Nghĩa Châu", "Xã Nghĩa Trung", "Xã Nghĩa Sơn",
             "Xã Nghĩa Lạc", "Xã Nghĩa Hồng", "Xã Nghĩa Phong", "Xã Nghĩa Phú", "Xã Nghĩa Bình", "Xã Nghĩa Tân",
             "Xã Nghĩa Thành", "Xã Phúc Thắng", "Xã Nghĩa Lợi", "Xã Nghĩa Hải", "Xã Nam Điền"]
    # early, ontime, late, pend_in, pend_over  (deterministic, varied)
    base = [(1104, 386, 2, 21, 0), (852, 301, 0, 14, 0), (733, 250, 1, 12, 0), (402, 133, 0, 6, 0),
            (388, 141, 1, 5, 0), (415, 129, 0, 8, 0), (356, 118, 0, 4, 0), (371, 126, 2, 7, 1),
            (449, 152, 0, 9, 0), (398, 137, 0, 6, 0), (327, 109, 1, 5, 0), (366, 121, 0, 3, 0),
            (419, 144, 0, 7, 0), (301, 98, 0, 4, 0), (385, 130, 3, 6, 1), (344, 117, 0, 5, 0),
            (312, 104, 0, 2, 0), (428, 146, 0, 8, 0), (297, 95, 0, 3, 0), (355, 120, 1, 6, 0),
            (403, 138, 0, 7, 0), (276, 92, 0, 4, 0)]
    ss = []
    for (e, o, l, pi, po) in base:
        res = e + o + l
        ss.append(dict(received=res + pi + po, resolved=res, resolved_early=e, resolved_on_time=o,
                       resolved_late=l, pending_on_time=pi, pending_overdue=po))
    keys = list(ss[0].keys())
    tot = {k: sum(s[k] for s in ss) for k in keys}
    due = tot["resolved"] + tot["pending_overdue"]
    good = tot["resolved_early"] + tot["resolved_on_time"]
    due_rate = rate(good, due)

    story = []
    head(story, ["ỦY BAN NHÂN DÂN", "HUYỆN NGHĨA HƯNG", "Số: 268/BC-UBND"],
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghĩa Hưng, ngày 25 tháng 9 năm 2024"],
         "BÁO CÁO", "Kết quả giải quyết thủ tục hành chính cấp xã 9 tháng đầu năm 2024")
    story.append(P("Thực hiện Kế hoạch số 37/KH-UBND ngày 02/02/2024 của UBND huyện về kiểm soát thủ tục hành chính, thực "
                   "hiện cơ chế một cửa, một cửa liên thông năm 2024, UBND huyện Nghĩa Hưng báo cáo kết quả giải quyết "
                   "thủ tục hành chính tại Bộ phận Một cửa của 22 xã, thị trấn trong 9 tháng đầu năm 2024 như sau:"))
    story.append(P("I. TÌNH HÌNH CHUNG", BOLD))
    story.append(P("Các xã, thị trấn đã niêm yết công khai đầy đủ 112 thủ tục hành chính thuộc thẩm quyền giải quyết của "
                   "cấp xã; 100% Bộ phận Một cửa cấp xã được trang bị máy quét, máy tính kết nối Hệ thống thông tin giải "
                   "quyết thủ tục hành chính tỉnh. Công chức Bộ phận Một cửa được tập huấn nghiệp vụ 02 đợt."))
    story.append(P("II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", BOLD))
    story.append(P(f"Trong 9 tháng đầu năm 2024, Bộ phận Một cửa cấp xã đã tiếp nhận {vn(tot['received'])} hồ sơ, đã giải "
                   f"quyết {vn(tot['resolved'])} hồ sơ. Tổng số hồ sơ đến hạn giải quyết là {vn(due)} hồ sơ (gồm hồ sơ đã "
                   f"giải quyết và hồ sơ đang giải quyết đã quá hạn), trong đó giải quyết trước hạn và đúng hạn "
                   f"{vn(good)} hồ sơ; tỷ lệ giải quyết đúng hạn trên tổng số hồ sơ đến hạn đạt {vf(due_rate)}%. Số hồ sơ "
                   f"đang giải quyết là {tot['pending_on_time'] + tot['pending_overdue']} hồ sơ, trong đó "
                   f"{tot['pending_overdue']} hồ sơ quá hạn."))
    story.append(P("Kết quả cụ thể của từng xã, thị trấn như sau:"))
    rows = [["STT", "Đơn vị", "Tổng số hồ sơ tiếp nhận", "Đã giải quyết", None, None, None, "Đang giải quyết", None],
            [None, None, None, "Tổng", "Trước hạn", "Đúng hạn", "Quá hạn", "Trong hạn", "Quá hạn"]]
    for i, (u, s) in enumerate(zip(units, ss)):
        rows.append([str(i + 1), u, vn(s["received"]), vn(s["resolved"]), vn(s["resolved_early"]),
                     vn(s["resolved_on_time"]), vn(s["resolved_late"]) if s["resolved_late"] else "-",
                     vn(s["pending_on_time"]), vn(s["pending_overdue"]) if s["pending_overdue"] else "-"])
    rows.append(["", "Cộng", vn(tot["received"]), vn(tot["resolved"]), vn(tot["resolved_early"]),
                 vn(tot["resolved_on_time"]), vn(tot["resolved_late"]), vn(tot["pending_on_time"]),
                 vn(tot["pending_overdue"])])
    data = cells(rows, 2)
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (6, 0)), ((7, 0), (8, 0))]
    t = ruled(data, [11 * mm, 45 * mm, 22 * mm, 16 * mm, 16 * mm, 16 * mm, 15 * mm, 17 * mm, 16 * mm], spans, 2)
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(P("III. ĐÁNH GIÁ", BOLD))
    story.append(P("Các xã, thị trấn cơ bản giải quyết hồ sơ đúng thời hạn. Một số hồ sơ chứng thực, hộ tịch có yếu tố "
                   "nước ngoài còn chậm do phải xác minh. Năm 2024 phấn đấu 100% hồ sơ cấp xã được giải quyết đúng hạn và "
                   "tỷ lệ hồ sơ trực tuyến đạt trên 60%."))
    story.append(P("TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH<br/><br/>Đoàn Văn Tuấn", RIGHT))
    build(name, story)

    dossier = [dict(scope="cấp xã", period=period, received=tot["received"], resolved=tot["resolved"], due=due,
                    resolved_on_time=good, on_time_rate=due_rate,
                    pending=tot["pending_on_time"] + tot["pending_overdue"], pending_overdue=tot["pending_overdue"],
                    form="prose", class_="rate-base-due",
                    note="'Bộ phận Một cửa cấp xã' of huyện Nghĩa Hưng; rate stated 'trên tổng số hồ sơ đến hạn' "
                         "(due = resolved + pending overdue); 'trước hạn và đúng hạn' = resolved_on_time")]
    for u, s in zip(units, ss):
        dossier.append(dict(scope=u, period=period, **s, form="table", class_="table-across-pages",
                            note="table continues on page 2 with the two header rows repeated; '-' = 0"))
    dossier.append(dict(scope="cấp xã", period=period, **tot, form="table", class_="total-row",
                        note="'Cộng' row = the 22 communes"))
    holds = ["each row: Tổng = Trước hạn + Đúng hạn + Quá hạn; tiếp nhận = Tổng + Trong hạn + Quá hạn (đang giải quyết)",
             "Cộng = sum of the 22 rows",
             f"đến hạn {vn(due)} = đã giải quyết {vn(tot['resolved'])} + đang giải quyết quá hạn {tot['pending_overdue']}",
             f"{vn(good)}/{vn(due)} = {vf(due_rate)}% (against the stated base, due)"]
    traps = [dict(value=112, text="112 thủ tục hành chính (procedures)"), dict(value=60, text="trên 60% (target)"),
             dict(value=22, text="22 xã, thị trấn (unit count)"),
             dict(value=37, text="Kế hoạch số 37/KH-UBND"), dict(value=268, text="Số: 268/BC-UBND")]
    return write_gold(name, "pdf", dossier=fix(dossier), holds=holds, traps=traps)
