from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from common import OUT, vn, vf, sgn, rate, write_gold


def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    return d


def header_table(d, left, right):
    """The classic two-column header as a borderless table (as real reports have it)."""
    t = d.add_table(rows=len(left), cols=2)
    for i, (a, b) in enumerate(zip(left, right)):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
        for c in (0, 1):
            t.cell(i, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def header_paras(d, lines):
    for ln in lines:
        p = d.add_paragraph(ln)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def para(d, text, bold=False, center=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def grid(d, nrows, ncols):
    t = d.add_table(rows=nrows, cols=ncols)
    t.style = "Table Grid"
    return t


def put(t, r, c, text, bold=False):
    cell = t.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(str(text))
    run.bold = bold
    run.font.size = Pt(10)
    return cell


def merge(t, r1, c1, r2, c2, text, bold=False):
    a = t.cell(r1, c1)
    b = t.cell(r2, c2)
    m = a.merge(b)
    # keep one paragraph
    for p in m.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    m.paragraphs[0].text = ""
    run = m.paragraphs[0].add_run(text)
    run.bold = bold
    run.font.size = Pt(10)
    return m


def sign_block(d, lines):
    for ln in lines:
        p = d.add_paragraph(ln)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def recipients(d, lines):
    for ln in lines:
        d.add_paragraph(ln)


# ------------------------------------------------------------------------------------------
# E01: thị xã Quảng Trị, quý III/2024, three-row header with column numbers, vertical "Cấp xã"
def e01():
    name = "E01_thi_xa_quang_tri_quy3_2024_bang_ba_tang"
    period = "quý III năm 2024 (từ ngày 15/6/2024 đến ngày 14/9/2024)"
    rows = [  # label, level, carried, new, early, ontime, late, pend_in, pend_over
        ("Bộ phận Một cửa thị xã", "Cấp huyện", 46, 1382, 1102, 251, 9, 63, 3),
        ("Phường 1", "Cấp xã", 5, 312, 268, 41, 0, 8, 0),
        ("Phường 2", "Cấp xã", 7, 287, 230, 55, 1, 7, 1),
        ("Phường 3", "Cấp xã", 3, 198, 171, 27, 0, 3, 0),
        ("Phường An Đôn", "Cấp xã", 4, 156, 129, 26, 0, 5, 0),
        ("Xã Hải Lệ", "Cấp xã", 2, 143, 110, 30, 2, 3, 0),
    ]
    def stats(r):
        _, _, c, n, e, o, l, pi, po = r
        tr = c + n
        res = e + o + l
        pend = pi + po
        assert tr == res + pend, r
        return dict(to_resolve=tr, received=n, carried_over=c, resolved=res, resolved_early=e,
                    resolved_on_time=o, resolved_late=l, pending=pend, pending_on_time=pi,
                    pending_overdue=po)
    recs = [stats(r) for r in rows]
    keys = list(recs[0].keys())
    xa = {k: sum(s[k] for s in recs[1:]) for k in keys}
    tot = {k: sum(s[k] for s in recs) for k in keys}
    order = ["to_resolve", "received", "carried_over", "resolved", "resolved_early",
             "resolved_on_time", "resolved_late", "pending", "pending_on_time", "pending_overdue"]

    d = new_doc()
    header_paras(d, ["ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG TRỊ", "Số: 318/BC-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Quảng Trị, ngày 20 tháng 9 năm 2024"])
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Tình hình, kết quả giải quyết thủ tục hành chính quý III năm 2024", bold=True, center=True)
    para(d, "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế "
            "một cửa, một cửa liên thông trong giải quyết thủ tục hành chính và Công văn số 2157/SNV-CCHC "
            "ngày 05/9/2024 của Sở Nội vụ tỉnh Quảng Trị, Ủy ban nhân dân thị xã Quảng Trị báo cáo tình "
            "hình, kết quả giải quyết thủ tục hành chính quý III năm 2024 (số liệu tính từ ngày 15/6/2024 "
            "đến ngày 14/9/2024) như sau:")
    para(d, "I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", bold=True)
    para(d, f"Trong kỳ báo cáo, Bộ phận Một cửa thị xã và 05 Bộ phận Một cửa cấp xã tiếp tục duy trì "
            f"việc tiếp nhận, giải quyết hồ sơ đối với 274 thủ tục hành chính thuộc thẩm quyền cấp huyện "
            f"và 119 thủ tục hành chính thuộc thẩm quyền cấp xã.")
    para(d, f"Tổng số hồ sơ nhận giải quyết trên địa bàn thị xã là {vn(tot['to_resolve'])} hồ sơ, trong đó "
            f"số mới tiếp nhận trong kỳ là {vn(tot['received'])} hồ sơ, số còn lại từ kỳ trước chuyển sang. "
            f"Số hồ sơ đã giải quyết là {vn(tot['resolved'])} hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn "
            f"đạt {vf(rate(tot['resolved_early'] + tot['resolved_on_time'], tot['resolved']))}% trên tổng số "
            f"hồ sơ đã giải quyết. Hiện còn {vn(tot['pending'])} hồ sơ đang giải quyết, trong đó "
            f"{tot['pending_overdue']} hồ sơ đã quá hạn do phải xác minh nguồn gốc đất. Chi tiết theo biểu sau:")
    para(d, "Biểu số 01. Kết quả giải quyết hồ sơ thủ tục hành chính quý III năm 2024", bold=True, center=True)
    para(d, "(Đơn vị tính: hồ sơ)", center=True)

    ncols = 13
    t = grid(d, 4 + len(rows) + 2, ncols)
    merge(t, 0, 0, 2, 0, "STT", True)
    merge(t, 0, 1, 2, 1, "Cấp", True)
    merge(t, 0, 2, 2, 2, "Đơn vị", True)
    merge(t, 0, 3, 0, 5, "Số hồ sơ nhận giải quyết", True)
    merge(t, 0, 6, 0, 9, "Kết quả giải quyết", True)
    merge(t, 0, 10, 0, 12, "Số hồ sơ đang giải quyết", True)
    merge(t, 1, 3, 2, 3, "Tổng số", True)
    merge(t, 1, 4, 1, 5, "Trong đó", True)
    put(t, 2, 4, "Trong kỳ", True)
    put(t, 2, 5, "Từ kỳ trước", True)
    merge(t, 1, 6, 2, 6, "Tổng số đã giải quyết", True)
    merge(t, 1, 7, 1, 9, "Trong đó", True)
    put(t, 2, 7, "Trước hạn", True)
    put(t, 2, 8, "Đúng hạn", True)
    put(t, 2, 9, "Quá hạn", True)
    merge(t, 1, 10, 2, 10, "Tổng số", True)
    merge(t, 1, 11, 1, 12, "Trong đó", True)
    put(t, 2, 11, "Trong hạn", True)
    put(t, 2, 12, "Quá hạn", True)
    numbers = ["(1)", "(2)", "(3)", "(4)=(5)+(6)", "(5)", "(6)", "(7)=(8)+(9)+(10)", "(8)", "(9)",
               "(10)", "(11)=(12)+(13)", "(12)", "(13)"]
    for c, s in enumerate(numbers):
        put(t, 3, c, s)
    colvals = lambda s: [s["to_resolve"], s["received"], s["carried_over"], s["resolved"],
                         s["resolved_early"], s["resolved_on_time"], s["resolved_late"],
                         s["pending"], s["pending_on_time"], s["pending_overdue"]]
    r0 = 4
    for i, (row, s) in enumerate(zip(rows, recs)):
        r = r0 + i
        put(t, r, 0, str(i + 1))
        if i == 0:
            put(t, r, 1, "Cấp huyện")
        put(t, r, 2, row[0])
        for j, v in enumerate(colvals(s)):
            put(t, r, 3 + j, vn(v))
    merge(t, r0 + 1, 1, r0 + len(rows) - 1, 1, "Cấp xã")
    r = r0 + len(rows)
    merge(t, r, 0, r, 2, "Cộng cấp xã", True)
    for j, v in enumerate(colvals(xa)):
        put(t, r, 3 + j, vn(v), True)
    r += 1
    merge(t, r, 0, r, 2, "Tổng cộng", True)
    for j, v in enumerate(colvals(tot)):
        put(t, r, 3 + j, vn(v), True)

    para(d, "II. ĐÁNH GIÁ CHUNG", bold=True)
    para(d, "Nhìn chung, việc tiếp nhận, giải quyết hồ sơ được thực hiện đúng quy trình; 100% hồ sơ được "
            "cập nhật trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh. Một số hồ sơ lĩnh vực "
            "đất đai còn chậm do phải xác minh nguồn gốc sử dụng đất. Trong quý IV năm 2024, phấn đấu tỷ lệ "
            "hồ sơ giải quyết đúng hạn đạt trên 98%.")
    sign_block(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Thanh"])
    recipients(d, ["Nơi nhận:", "- Sở Nội vụ;", "- TT Thị ủy, TT HĐND thị xã;", "- Lưu: VT."])
    d.save(OUT / f"{name}.docx")

    F = lambda s: {k: s[k] for k in order}
    dossier = []
    for row, s in zip(rows, recs):
        dossier.append(dict(scope=row[0], period=period, **F(s), form="table",
                            class_="three-row-header"))
    dossier.append(dict(scope="cấp xã", period=period, **F(xa), form="table", class_="subtotal-row",
                        note="'Cộng cấp xã' row"))
    dossier.append(dict(scope="thị xã Quảng Trị", period=period, **F(tot), form="table",
                        class_="total-row", note="'Tổng cộng' row"))
    dossier.append(dict(scope="thị xã Quảng Trị", period=period, to_resolve=tot["to_resolve"],
                        received=tot["received"], resolved=tot["resolved"],
                        on_time_rate=rate(tot["resolved_early"] + tot["resolved_on_time"], tot["resolved"]),
                        pending=tot["pending"], pending_overdue=tot["pending_overdue"], form="prose",
                        class_="total-by-breakdown",
                        note="'Tổng số hồ sơ nhận giải quyết ... N, trong đó số mới tiếp nhận trong kỳ là M, số còn lại từ kỳ trước' = to_resolve; rate stated against resolved"))
    holds = ["each row: (4)=(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13), (4)=(7)+(11)",
             "Cộng cấp xã = sum of the five communes; Tổng cộng = thị xã + Cộng cấp xã",
             f"({vn(tot['resolved_early'])}+{vn(tot['resolved_on_time'])})/{vn(tot['resolved'])} = "
             f"{vf(rate(tot['resolved_early'] + tot['resolved_on_time'], tot['resolved']))}%"]
    traps = [dict(value=274, text="274 thủ tục hành chính (procedures)"),
             dict(value=119, text="119 thủ tục hành chính (procedures)"),
             dict(value=98, text="đạt trên 98% (outlook target)"),
             dict(value=2157, text="Công văn số 2157/SNV-CCHC")]
    return write_gold(name, "docx", dossier=fix(dossier), holds=holds, traps=traps)


def fix(records):
    out = []
    for r in records:
        r = dict(r)
        if "class_" in r:
            r["class"] = r.pop("class_")
        out.append(r)
    return out


# ------------------------------------------------------------------------------------------
# E02: tỉnh Hà Nam, 6 tháng 2024: levels with numbered rows, 'Cộng cấp huyện' wrong (planted)
def e02():
    name = "E02_tinh_ha_nam_6_thang_2024_cong_cap_huyen_sai"
    period = "6 tháng đầu năm 2024"
    prov = ("Cấp tỉnh (các sở, ban, ngành)", 28416, 27902, 151)
    districts = [("Thành phố Phủ Lý", 9842, 9617, 38), ("Thị xã Duy Tiên", 7315, 7160, 21),
                 ("Thị xã Kim Bảng", 6204, 6088, 17), ("Huyện Thanh Liêm", 5871, 5736, 29),
                 ("Huyện Bình Lục", 5466, 5391, 12), ("Huyện Lý Nhân", 6733, 6580, 44)]
    xa = ("Cấp xã (98 xã, phường, thị trấn)", 74905, 74580, 63)

    def st(rec, res, late):
        return dict(received=rec, resolved=res, resolved_on_time=res - late,
                    on_time_rate=rate(res - late, res), resolved_late=late,
                    late_rate=rate(late, res), pending=rec - res)
    sp = st(*prov[1:])
    sd = [st(*x[1:]) for x in districts]
    sx = st(*xa[1:])
    hs = {k: sum(s[k] for s in sd) for k in ("received", "resolved", "resolved_on_time", "resolved_late", "pending")}
    true_rec = hs["received"]
    printed = true_rec + 500
    h = dict(received=printed, resolved=hs["resolved"], resolved_on_time=hs["resolved_on_time"],
             on_time_rate=rate(hs["resolved_on_time"], hs["resolved"]), resolved_late=hs["resolved_late"],
             late_rate=rate(hs["resolved_late"], hs["resolved"]), pending=hs["pending"])
    # note: pending column printed as the true sum of districts (received - resolved of the parts)
    tt = {k: sp[k] + h[k] + sx[k] for k in ("received", "resolved", "resolved_on_time", "resolved_late")}
    tt["pending"] = sp["pending"] + h["pending"] + sx["pending"]
    tt["on_time_rate"] = rate(tt["resolved_on_time"], tt["resolved"])
    tt["late_rate"] = rate(tt["resolved_late"], tt["resolved"])

    d = new_doc()
    header_paras(d, ["ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Số: 147/BC-UBND",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Hà Nam, ngày 28 tháng 6 năm 2024"])
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Công tác cải cách hành chính 6 tháng đầu năm 2024, nhiệm vụ trọng tâm 6 tháng cuối năm 2024",
         bold=True, center=True)
    para(d, "I. KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", bold=True)
    para(d, "1. Công tác chỉ đạo, điều hành", bold=True)
    para(d, "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 4021/KH-UBND ngày 25/12/2023 về cải cách hành "
            "chính năm 2024 với 42 nhiệm vụ; đến nay các cơ quan, đơn vị đã triển khai đúng tiến độ. "
            "Tổ chức 02 đoàn kiểm tra công tác cải cách hành chính tại 12 cơ quan, đơn vị.")
    para(d, "2. Kết quả giải quyết thủ tục hành chính", bold=True)
    para(d, f"Trong 6 tháng đầu năm 2024, các cơ quan hành chính nhà nước ba cấp của tỉnh đã tiếp nhận "
            f"{vn(tt['received'])} hồ sơ, giải quyết {vn(tt['resolved'])} hồ sơ, trong đó giải quyết đúng hạn "
            f"và trước hạn {vn(tt['resolved_on_time'])} hồ sơ, đạt tỷ lệ {vf(tt['on_time_rate'])}%; quá hạn "
            f"{vn(tt['resolved_late'])} hồ sơ. Số liệu chi tiết theo từng cấp tại Biểu dưới đây.")
    para(d, "Biểu: Kết quả giải quyết hồ sơ thủ tục hành chính 6 tháng đầu năm 2024", bold=True, center=True)
    t = grid(d, 2 + 1 + 1 + len(districts) + 1 + 1 + 1, 9)
    merge(t, 0, 0, 1, 0, "STT", True)
    merge(t, 0, 1, 1, 1, "Cơ quan, đơn vị", True)
    merge(t, 0, 2, 1, 2, "Số hồ sơ tiếp nhận", True)
    merge(t, 0, 3, 0, 7, "Số hồ sơ đã giải quyết", True)
    put(t, 1, 3, "Tổng", True)
    put(t, 1, 4, "Đúng hạn và trước hạn", True)
    put(t, 1, 5, "%", True)
    put(t, 1, 6, "Quá hạn", True)
    put(t, 1, 7, "%", True)
    merge(t, 0, 8, 1, 8, "Số hồ sơ đang giải quyết", True)

    def fill(r, stt, label, s, bold=False):
        put(t, r, 0, stt, bold)
        put(t, r, 1, label, bold)
        vals = [vn(s["received"]), vn(s["resolved"]), vn(s["resolved_on_time"]), vf(s["on_time_rate"]),
                vn(s["resolved_late"]), vf(s["late_rate"]), vn(s["pending"])]
        for j, v in enumerate(vals):
            put(t, r, 2 + j, v, bold)
    r = 2
    fill(r, "I", prov[0], sp, True); r += 1
    put(t, r, 0, "II", True); merge(t, r, 1, r, 8, "Cấp huyện", True); r += 1
    for i, (x, s) in enumerate(zip(districts, sd)):
        fill(r, f"{i + 1}", x[0], s); r += 1
    fill(r, "", "Cộng cấp huyện", h, True); r += 1
    fill(r, "III", xa[0], sx, True); r += 1
    merge(t, r, 0, r, 1, "Toàn tỉnh", True)
    vals = [vn(tt["received"]), vn(tt["resolved"]), vn(tt["resolved_on_time"]), vf(tt["on_time_rate"]),
            vn(tt["resolved_late"]), vf(tt["late_rate"]), vn(tt["pending"])]
    for j, v in enumerate(vals):
        put(t, r, 2 + j, v, True)

    para(d, "3. Hạn chế, tồn tại", bold=True)
    para(d, "Vẫn còn hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai cấp huyện; tỷ lệ hồ sơ trực tuyến "
            "toàn trình chưa đạt chỉ tiêu 50% theo Kế hoạch.")
    para(d, "II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024", bold=True)
    para(d, "Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt "
            "trên 99% ở cả ba cấp.")
    sign_block(d, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Xuân Dưỡng"])
    d.save(OUT / f"{name}.docx")

    keys = ("received", "resolved", "resolved_on_time", "on_time_rate", "resolved_late", "late_rate", "pending")
    K = lambda s: {k: s[k] for k in keys}
    dossier = [dict(scope="tỉnh Hà Nam", period=period, received=tt["received"], resolved=tt["resolved"],
                    resolved_on_time=tt["resolved_on_time"], on_time_rate=tt["on_time_rate"],
                    resolved_late=tt["resolved_late"], form="prose", class_="plain",
                    note="'các cơ quan hành chính nhà nước ba cấp của tỉnh'; đúng hạn và trước hạn = resolved_on_time"),
               dict(scope="cấp tỉnh", period=period, **K(sp), form="table", class_="level-rows",
                    note="row 'I | Cấp tỉnh (các sở, ban, ngành)'; 'Tổng | %' sub-columns")]
    for x, s in zip(districts, sd):
        dossier.append(dict(scope=x[0], period=period, **K(s), form="table", class_="numbered-rows",
                            note="district row under the group row 'II | Cấp huyện'"))
    dossier.append(dict(scope="cấp huyện", period=period, **K(h), form="table", class_="subtotal-row",
                        note=f"'Cộng cấp huyện' row, received printed {vn(printed)} (the districts add up to {vn(true_rec)})"))
    dossier.append(dict(scope="cấp xã", period=period, **K(sx), form="table", class_="level-rows",
                        note="row label holds a count: '(98 xã, phường, thị trấn)'"))
    dossier.append(dict(scope="tỉnh Hà Nam", period=period, **K(tt), form="table", class_="total-row",
                        note="'Toàn tỉnh' row (consistent with the printed 'Cộng cấp huyện')"))
    findings = [dict(rule="sum-mismatch", severity="error", values=[printed],
                     note=f"'Cộng cấp huyện' received {vn(printed)}, the six districts add up to {vn(true_rec)} "
                          f"(500 short); every other column of the row adds up. 'Toàn tỉnh' = I + printed II + III")]
    holds = ["resolved/on time/late/pending of 'Cộng cấp huyện' = sum of the six districts",
             "Toàn tỉnh = cấp tỉnh + Cộng cấp huyện + cấp xã (every column, with the printed subtotal)",
             "each row: on time + late = resolved; received - resolved = pending; rates against resolved"]
    traps = [dict(value=4021, text="Kế hoạch số 4021/KH-UBND"), dict(value=42, text="42 nhiệm vụ (plan)"),
             dict(value=50, text="chỉ tiêu 50% (target)"), dict(value=99, text="trên 99% (outlook)"),
             dict(value=98, text="98 xã, phường, thị trấn (a count inside a row label)")]
    return write_gold(name, "docx", dossier=fix(dossier), findings=findings, holds=holds, traps=traps)


# ------------------------------------------------------------------------------------------
# E03: tỉnh Phú Yên, Chỉ số CCHC năm 2023: ranking table, two groups, previous year, signed change
def e03():
    name = "E03_tinh_phu_yen_chi_so_2023_xep_hang_so_huyen"
    so = [("Sở Tư pháp", 92.15, 1, 90.90, 2), ("Sở Nội vụ", 91.62, 2, 91.87, 1),
          ("Sở Thông tin và Truyền thông", 90.48, 3, 88.73, 4),
          ("Sở Kế hoạch và Đầu tư", 89.07, 4, 89.47, 3), ("Sở Tài chính", 87.36, 5, 86.47, 6),
          ("Ban Quản lý Khu kinh tế", 85.94, 6, None, None),
          ("Sở Giao thông vận tải", 84.20, 7, 86.52, 5), ("Sở Tài nguyên và Môi trường", 81.77, 8, 82.17, 7)]
    hu = [("Thành phố Tuy Hòa", 90.84, 1, 89.12, 1), ("Thị xã Đông Hòa", 88.31, 2, 87.06, 3),
          ("Thị xã Sông Cầu", 87.65, 3, 88.21, 2), ("Huyện Tây Hòa", 86.02, 4, 83.90, 6),
          ("Huyện Phú Hòa", 85.47, 5, 85.95, 4), ("Huyện Tuy An", 84.93, 6, 84.10, 5),
          ("Huyện Sơn Hòa", 82.58, 7, 80.33, 8), ("Huyện Đồng Xuân", 81.06, 8, 81.19, 7),
          ("Huyện Sông Hinh", 79.84, 9, 78.02, 9)]
    avg_so = round(sum(x[1] for x in so) / len(so) + 1e-9, 2)
    avg_hu = round(sum(x[1] for x in hu) / len(hu) + 1e-9, 2)

    d = new_doc()
    header_paras(d, ["UBND TỈNH PHÚ YÊN", "SỞ NỘI VỤ", "Số: 1186/BC-SNV",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Phú Yên, ngày 12 tháng 4 năm 2024"])
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả xác định Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND các huyện, "
            "thị xã, thành phố", bold=True, center=True)
    para(d, "Căn cứ Quyết định số 1520/QĐ-UBND ngày 18/10/2023 của UBND tỉnh ban hành Bộ Chỉ số cải cách hành "
            "chính của các cơ quan, đơn vị trên địa bàn tỉnh, Sở Nội vụ tổng hợp kết quả thẩm định và điều tra xã "
            "hội học, báo cáo kết quả Chỉ số cải cách hành chính năm 2023 như sau:")
    para(d, "1. Khối sở, ban, ngành", bold=True)
    para(d, f"Chỉ số CCHC trung bình của 08 sở, ban, ngành đạt {vf(avg_so)}%. Sở Tư pháp dẫn đầu với "
            f"{vf(so[0][1])}%, Sở Tài nguyên và Môi trường đứng cuối, đạt {vf(so[-1][1])}%. Có 03 đơn vị đạt "
            f"trên 90%, không có đơn vị nào dưới 80%.")
    para(d, "2. Khối UBND cấp huyện", bold=True)
    para(d, f"Chỉ số CCHC trung bình của 09 huyện, thị xã, thành phố đạt {vf(avg_hu)}%; Thành phố Tuy Hòa tiếp tục "
            f"xếp vị trí thứ nhất. Huyện Sông Hinh xếp cuối với {vf(hu[-1][1])}%, là đơn vị duy nhất dưới 80%.")
    para(d, "Bảng xếp hạng Chỉ số cải cách hành chính năm 2023", bold=True, center=True)
    t = grid(d, 2 + 1 + len(so) + 1 + len(hu), 7)
    merge(t, 0, 0, 1, 0, "STT", True)
    merge(t, 0, 1, 1, 1, "Cơ quan, đơn vị", True)
    merge(t, 0, 2, 0, 3, "Năm 2023", True)
    put(t, 1, 2, "Chỉ số (%)", True); put(t, 1, 3, "Xếp hạng", True)
    merge(t, 0, 4, 0, 5, "Năm 2022", True)
    put(t, 1, 4, "Chỉ số (%)", True); put(t, 1, 5, "Xếp hạng", True)
    merge(t, 0, 6, 1, 6, "Tăng (+), giảm (-) so với năm 2022 (%)", True)
    r = 2

    def group(r, roman, title, rows):
        put(t, r, 0, roman, True)
        merge(t, r, 1, r, 6, title, True)
        r += 1
        for i, (u, v, k, v0, k0) in enumerate(rows):
            put(t, r, 0, str(i + 1)); put(t, r, 1, u); put(t, r, 2, vf(v)); put(t, r, 3, str(k))
            put(t, r, 4, vf(v0) if v0 is not None else "-"); put(t, r, 5, str(k0) if k0 else "-")
            put(t, r, 6, sgn(round(v - v0, 2)) if v0 is not None else "-")
            r += 1
        return r
    r = group(r, "I", "KHỐI SỞ, BAN, NGÀNH", so)
    r = group(r, "II", "KHỐI UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ", hu)
    para(d, "Ghi chú: Ban Quản lý Khu kinh tế năm 2022 chưa đánh giá, xếp hạng.")
    para(d, "3. Đề xuất", bold=True)
    para(d, "Đề nghị UBND tỉnh công bố kết quả; các cơ quan, đơn vị có Chỉ số dưới 85% xây dựng kế hoạch khắc "
            "phục trong Quý II năm 2024.")
    sign_block(d, ["GIÁM ĐỐC", "Nguyễn Thị Hồng Nhung"])
    d.save(OUT / f"{name}.docx")

    scores = [dict(indicator="PAR_INDEX", criterion=None, value=avg_so, unit="%", year=2023,
                   subject="sở, ban, ngành (trung bình)", form="prose", class_="average"),
              dict(indicator="PAR_INDEX", criterion=None, value=so[0][1], unit="%", year=2023,
                   subject="Sở Tư pháp", form="prose", class_="plain", note="'dẫn đầu với'"),
              dict(indicator="PAR_INDEX", criterion=None, value=so[-1][1], unit="%", year=2023,
                   subject="Sở Tài nguyên và Môi trường", form="prose", class_="value-before-label",
                   note="'đứng cuối, đạt 81,77%' (index named in an earlier sentence)"),
              dict(indicator="PAR_INDEX", criterion=None, value=avg_hu, unit="%", year=2023,
                   subject="huyện, thị xã, thành phố (trung bình)", form="prose", class_="average"),
              dict(indicator="PAR_INDEX", criterion=None, rank=1, year=2023, subject="Thành phố Tuy Hòa",
                   form="prose", class_="rank-in-words", note="'tiếp tục xếp vị trí thứ nhất' (no value in the sentence)"),
              dict(indicator="PAR_INDEX", criterion=None, value=hu[-1][1], unit="%", year=2023,
                   subject="Huyện Sông Hinh", form="prose", class_="plain", note="'xếp cuối với'")]
    for rows in (so, hu):
        for (u, v, k, v0, k0) in rows:
            rec = dict(indicator="PAR_INDEX", criterion=None, value=v, unit="%", rank=k, year=2023,
                       subject=u, form="table", class_="ranking-table")
            if v0 is not None:
                rec["change"] = round(v - v0, 2)
                if v0 < v:
                    pass
            scores.append(rec)
    for rows in (so, hu):
        for (u, v, k, v0, k0) in rows:
            if v0 is None:
                continue
            scores.append(dict(indicator="PAR_INDEX", criterion=None, value=v0, unit="%", rank=k0, year=2022,
                               subject=u, form="table", class_="previous-year-column",
                               note="'Năm 2022' column group"))
    holds = ["each change = 2023 - 2022", f"average of the 8 units = {vf(avg_so)}%",
             f"average of the 9 units = {vf(avg_hu)}%"]
    traps = [dict(value=90, text="đạt trên 90% (threshold)"), dict(value=80, text="dưới 80% (threshold)"),
             dict(value=85, text="dưới 85% (threshold)"), dict(value=1520, text="Quyết định số 1520/QĐ-UBND"),
             dict(value=1186, text="Số: 1186/BC-SNV")]
    return write_gold(name, "docx", scores=fix(scores), holds=holds, traps=traps)


# ------------------------------------------------------------------------------------------
# E04: huyện Tam Nông, tháng 10/2024: rates against 'hồ sơ đến hạn' (control), '-' cells, tasks table
def e04():
    name = "E04_huyen_tam_nong_thang_10_2024_den_han_nhiem_vu"
    period = "tháng 10 năm 2024"
    rows = [("Bộ phận Một cửa huyện", 1126, 1018, 6), ("Thị trấn Hưng Hóa", 214, 198, 0),
            ("Xã Hiền Quan", 96, 90, 1), ("Xã Thanh Uyên", 88, 81, 0), ("Xã Bắc Sơn", 73, 70, 0),
            ("Xã Vạn Xuân", 102, 95, 2), ("Xã Dậu Dương", 67, 61, 0)]

    def st(rec, due, late):
        return dict(received=rec, due=due, resolved_on_time=due - late, on_time_rate=rate(due - late, due),
                    resolved_late=late, late_rate=rate(late, due) if late else None, pending=rec - due)
    ss = [st(*r[1:]) for r in rows]
    xa = {k: sum(s[k] for s in ss[1:]) for k in ("received", "due", "resolved_on_time", "resolved_late", "pending")}
    xa["on_time_rate"] = rate(xa["resolved_on_time"], xa["due"]); xa["late_rate"] = rate(xa["resolved_late"], xa["due"])
    tot = {k: sum(s[k] for s in ss) for k in ("received", "due", "resolved_on_time", "resolved_late", "pending")}
    tot["on_time_rate"] = rate(tot["resolved_on_time"], tot["due"]); tot["late_rate"] = rate(tot["resolved_late"], tot["due"])
    tasks = [("Cải cách thể chế", 5, 5, 0, 0), ("Cải cách thủ tục hành chính", 9, 7, 2, 0),
             ("Cải cách tổ chức bộ máy hành chính", 4, 4, 0, 0), ("Cải cách chế độ công vụ", 6, 5, 1, 0),
             ("Cải cách tài chính công", 3, 2, 0, 1),
             ("Xây dựng chính quyền điện tử, chính quyền số", 7, 5, 2, 0)]
    tk = [sum(x[i] for x in tasks) for i in (1, 2, 3, 4)]

    d = new_doc()
    header_table(d, ["ỦY BAN NHÂN DÂN", "HUYỆN TAM NÔNG", "Số: 412/BC-UBND"],
                 ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Tam Nông, ngày 18 tháng 10 năm 2024"])
    para(d, "BÁO CÁO", bold=True, center=True)
    para(d, "Kết quả công tác cải cách hành chính tháng 10 năm 2024", bold=True, center=True)
    para(d, "Thực hiện Kế hoạch số 286/KH-UBND ngày 29/01/2024 của UBND huyện về cải cách hành chính năm 2024, "
            "UBND huyện Tam Nông báo cáo kết quả thực hiện tháng 10 năm 2024 như sau:")
    para(d, "1. Kết quả thực hiện nhiệm vụ theo Kế hoạch", bold=True)
    para(d, f"Kế hoạch cải cách hành chính năm 2024 của huyện đề ra {tk[0]} nhiệm vụ; đến hết tháng 10, đã hoàn "
            f"thành {tk[1]} nhiệm vụ, đang triển khai {tk[2]} nhiệm vụ, {tk[3]} nhiệm vụ chưa triển khai (Biểu số 01).")
    para(d, "Biểu số 01. Tiến độ thực hiện nhiệm vụ cải cách hành chính năm 2024", bold=True, center=True)
    t = grid(d, 2 + len(tasks) + 1, 6)
    merge(t, 0, 0, 1, 0, "TT", True); merge(t, 0, 1, 1, 1, "Lĩnh vực", True)
    merge(t, 0, 2, 1, 2, "Số nhiệm vụ", True); merge(t, 0, 3, 0, 5, "Kết quả thực hiện", True)
    put(t, 1, 3, "Đã hoàn thành", True); put(t, 1, 4, "Đang triển khai", True); put(t, 1, 5, "Chưa triển khai", True)
    for i, x in enumerate(tasks):
        put(t, 2 + i, 0, str(i + 1)); put(t, 2 + i, 1, x[0])
        for j in range(4):
            put(t, 2 + i, 2 + j, str(x[1 + j]) if x[1 + j] else "-")
    r = 2 + len(tasks)
    merge(t, r, 0, r, 1, "Tổng cộng", True)
    for j in range(4):
        put(t, r, 2 + j, str(tk[j]), True)

    para(d, "2. Kết quả giải quyết thủ tục hành chính", bold=True)
    para(d, f"Trong tháng 10 năm 2024, Bộ phận Một cửa huyện và 06 Bộ phận Một cửa cấp xã đã tiếp nhận "
            f"{vn(tot['received'])} hồ sơ; trong số {vn(tot['due'])} hồ sơ đến hạn giải quyết, có "
            f"{vn(tot['resolved_on_time'])} hồ sơ được giải quyết đúng hạn, đạt {vf(tot['on_time_rate'])}% trên tổng "
            f"số hồ sơ đến hạn; {tot['resolved_late']} hồ sơ quá hạn. Số hồ sơ chưa đến hạn giải quyết chuyển "
            f"sang tháng 11 là {vn(tot['pending'])} hồ sơ.")
    para(d, "Biểu số 02. Kết quả giải quyết hồ sơ thủ tục hành chính tháng 10 năm 2024", bold=True, center=True)
    t = grid(d, 2 + len(rows) + 2, 10)
    merge(t, 0, 0, 1, 0, "STT", True); merge(t, 0, 1, 1, 1, "Cấp", True); merge(t, 0, 2, 1, 2, "Đơn vị", True)
    merge(t, 0, 3, 1, 3, "Tổng số hồ sơ tiếp nhận", True)
    merge(t, 0, 4, 1, 4, "Số hồ sơ đến hạn", True)
    merge(t, 0, 5, 0, 6, "Giải quyết đúng hạn", True)
    put(t, 1, 5, "Số lượng", True); put(t, 1, 6, "Tỷ lệ (%)", True)
    merge(t, 0, 7, 0, 8, "Giải quyết quá hạn", True)
    put(t, 1, 7, "Số lượng", True); put(t, 1, 8, "Tỷ lệ (%)", True)
    merge(t, 0, 9, 1, 9, "Chưa đến hạn", True)

    def fill(r, s, bold=False):
        vals = [vn(s["received"]), vn(s["due"]), vn(s["resolved_on_time"]), vf(s["on_time_rate"]),
                vn(s["resolved_late"]) if s["resolved_late"] else "-",
                vf(s["late_rate"]) if s["resolved_late"] else "-", vn(s["pending"])]
        for j, v in enumerate(vals):
            put(t, r, 3 + j, v, bold)
    for i, (x, s) in enumerate(zip(rows, ss)):
        put(t, 2 + i, 0, str(i + 1)); put(t, 2 + i, 2, x[0]); fill(2 + i, s)
    put(t, 2, 1, "Cấp huyện")
    merge(t, 3, 1, 2 + len(rows) - 1, 1, "Cấp xã")
    r = 2 + len(rows)
    merge(t, r, 0, r, 2, "Cộng cấp xã", True); fill(r, xa, True)
    merge(t, r + 1, 0, r + 1, 2, "Tổng cộng", True); fill(r + 1, tot, True)
    para(d, "Ghi chú: Tỷ lệ (%) tính trên tổng số hồ sơ đến hạn giải quyết trong tháng.")
    para(d, "3. Phương hướng tháng 11 năm 2024", bold=True)
    para(d, "Tiếp tục đôn đốc các xã, thị trấn giải quyết hồ sơ đúng hạn, phấn đấu 100% hồ sơ đến hạn được "
            "giải quyết đúng hạn; hoàn thành các nhiệm vụ còn lại trước ngày 15/12/2024.")
    sign_block(d, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hà Văn Thắng"])
    d.save(OUT / f"{name}.docx")

    keys = ("received", "due", "resolved_on_time", "on_time_rate", "resolved_late", "late_rate", "pending")

    def K(s):
        return {k: s[k] for k in keys if s.get(k) is not None}
    dossier = [dict(scope="huyện Tam Nông", period=period, received=tot["received"], due=tot["due"],
                    resolved_on_time=tot["resolved_on_time"], on_time_rate=tot["on_time_rate"],
                    resolved_late=tot["resolved_late"], pending=tot["pending"], form="prose",
                    class_="rate-base-due",
                    note="'trong số N hồ sơ đến hạn ..., có M ... đúng hạn, đạt x% trên tổng số hồ sơ đến hạn'; "
                         "'chưa đến hạn ... chuyển sang' = pending")]
    for x, s in zip(rows, ss):
        dossier.append(dict(scope=x[0], period=period, **K(s), form="table", class_="rate-base-due",
                            note="rates against 'Số hồ sơ đến hạn'; a '-' count is 0, a '-' rate is left out; "
                                 "'Chưa đến hạn' = pending"))
    dossier.append(dict(scope="cấp xã", period=period, **K(xa), form="table", class_="subtotal-row",
                        note="'Cộng cấp xã'"))
    dossier.append(dict(scope="huyện Tam Nông", period=period, **K(tot), form="table", class_="total-row",
                        note="'Tổng cộng'"))
    tasks_g = [dict(done=tk[1], total=tk[0], form="prose", class_="plain", note="prose before Biểu số 01"),
               dict(done=tk[1], total=tk[0], label="Tổng cộng", form="table", class_="tasks-table")]
    for x in tasks:
        tasks_g.append(dict(done=x[2], total=x[1], label=x[0], form="table", class_="tasks-table"))
    holds = ["each row: on time + late = due; due + chưa đến hạn = received",
             "each rate = count / due (the footnote states the base)",
             "Cộng cấp xã = sum of the six communes; Tổng cộng = huyện + Cộng cấp xã",
             f"tasks: {tk[1]} + {tk[2]} + {tk[3]} = {tk[0]}"]
    traps = [dict(value=286, text="Kế hoạch số 286/KH-UBND"), dict(value=412, text="Số: 412/BC-UBND")]
    return write_gold(name, "docx", dossier=fix(dossier), tasks=fix(tasks_g), holds=holds, traps=traps)
