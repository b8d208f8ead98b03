from common import OUT, vn, vf, sgn, rate, write_gold
from docx_docs import fix

PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{title}</title>
</head>
<body>
<div class="top-bar"><a href="/">Trang chủ</a> | <a href="/gioi-thieu">Giới thiệu</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/cchc">Cải cách hành chính</a> | <a href="/lien-he">Liên hệ</a></div>
<div class="breadcrumb">Trang chủ &gt; Cải cách hành chính &gt; {crumb}</div>
<div class="article">
<h1>{title}</h1>
<div class="meta">Ngày đăng: {posted} | Lượt xem: {views}</div>
{body}
</div>
<div class="footer">
<p>CỔNG THÔNG TIN ĐIỆN TỬ {site}</p>
<p>Cơ quan chủ quản: {owner}. Giấy phép số 12/GP-TTĐT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------
# E08: tỉnh Hòa Bình, tháng 11/2024, portal: prose whole, table by level whose parts exceed it
def e08():
    name = "E08_portal_hoa_binh_thang_11_2024_cap_vuot_tong"
    period = "tháng 11/2024"
    lv = [("Cấp tỉnh", 9874, 8412, 9613, 14), ("Cấp huyện", 12630, 9377, 12208, 57),
          ("Cấp xã", 19656, 11843, 19417, 21)]

    def st(rec, onl, res, late):
        return dict(received=rec, online=onl, in_person=rec - onl, resolved=res, resolved_on_time=res - late,
                    resolved_late=late, on_time_rate=rate(res - late, res), pending=rec - res)
    ss = [st(*x[1:]) for x in lv]
    sum_rec = sum(s["received"] for s in ss)
    whole_rec = sum_rec - 900
    whole_res = sum(s["resolved"] for s in ss)
    whole_ok = sum(s["resolved_on_time"] for s in ss)
    whole_rate = rate(whole_ok, whole_res)
    whole_onl = sum(s["online"] for s in ss)

    trs = []
    for i, (x, s) in enumerate(zip(lv, ss)):
        trs.append(f"<tr><td>{i + 1}</td><td>{x[0]}</td><td>{vn(s['received'])}</td><td>{vn(s['online'])}</td>"
                   f"<td>{vn(s['in_person'])}</td><td>{vn(s['resolved'])}</td><td>{vn(s['resolved_on_time'])}</td>"
                   f"<td>{vn(s['resolved_late'])}</td><td>{vf(s['on_time_rate'])}</td><td>{vn(s['pending'])}</td></tr>")
    body = f"""<p><strong>(Sở Nội vụ) - Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, trong tháng 11/2024, công tác tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên địa bàn tỉnh Hòa Bình tiếp tục được duy trì ổn định.</strong></p>
<p>Toàn tỉnh đã tiếp nhận {vn(whole_rec)} hồ sơ thủ tục hành chính, đã giải quyết {vn(whole_res)} hồ sơ; tỷ lệ giải quyết đúng hạn đạt {vf(whole_rate)}%. Số hồ sơ tiếp nhận trực tuyến là {vn(whole_onl)} hồ sơ. Hiện tỉnh đang cung cấp 1.127 dịch vụ công trực tuyến toàn trình và một phần trên Cổng Dịch vụ công quốc gia.</p>
<p>Kết quả tiếp nhận, giải quyết hồ sơ theo từng cấp trong tháng như sau:</p>
<table border="1" cellspacing="0" cellpadding="4">
<thead>
<tr><th rowspan="2">STT</th><th rowspan="2">Cấp</th><th colspan="3">Số hồ sơ tiếp nhận</th><th colspan="4">Số hồ sơ đã giải quyết</th><th rowspan="2">Đang giải quyết</th></tr>
<tr><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp, bưu chính</th><th>Tổng số</th><th>Đúng hạn</th><th>Quá hạn</th><th>Tỷ lệ đúng hạn (%)</th></tr>
</thead>
<tbody>
{chr(10).join(trs)}
</tbody>
</table>
<p>Trong tháng, UBND tỉnh đã ban hành 04 quyết định công bố danh mục thủ tục hành chính mới, sửa đổi, bổ sung. Sở Nội vụ đề nghị các cơ quan, đơn vị tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến, phấn đấu đến hết năm 2024 tỷ lệ hồ sơ trực tuyến đạt trên 70%.</p>
<p style="text-align:right"><em>Phòng Cải cách hành chính</em></p>
"""
    html = PAGE.format(title="Tình hình tiếp nhận, giải quyết thủ tục hành chính tháng 11/2024", crumb="Thủ tục hành chính",
                       posted="06/12/2024 09:15", views="1.345", body=body, site="TỈNH HÒA BÌNH",
                       owner="Ủy ban nhân dân tỉnh Hòa Bình")
    (OUT / f"{name}.html").write_text(html, encoding="utf-8")

    dossier = [dict(scope="tỉnh Hòa Bình", period=period, received=whole_rec, resolved=whole_res,
                    on_time_rate=whole_rate, online=whole_onl, form="prose", class_="plain", note="'Toàn tỉnh'")]
    for x, s in zip(lv, ss):
        dossier.append(dict(scope=x[0].lower(), period=period, **s, form="table", class_="html-colspan-rowspan",
                            note="two header rows: rowspan STT/Cấp/Đang giải quyết, colspan groups"))
    findings = [dict(rule="sum-mismatch", severity="warning", values=[whole_rec],
                     note=f"received: cấp tỉnh + cấp huyện + cấp xã = {vn(sum_rec)}, more than the {vn(whole_rec)} the "
                          f"province states (900 over); the page never says the levels make up the whole: a warning")]
    holds = [f"resolved: {' + '.join(vn(s['resolved']) for s in ss)} = {vn(whole_res)}",
             f"online: {' + '.join(vn(s['online']) for s in ss)} = {vn(whole_onl)}",
             f"{vn(whole_ok)}/{vn(whole_res)} = {vf(whole_rate)}%",
             "each row: trực tuyến + trực tiếp = tổng số; đúng hạn + quá hạn = đã giải quyết; rate = đúng hạn / đã giải quyết"]
    traps = [dict(value=1127, text="1.127 dịch vụ công trực tuyến (services)"), dict(value=70, text="trên 70% (target)"),
             dict(value=1345, text="Lượt xem: 1.345 (page views)")]
    return write_gold(name, "html", dossier=fix(dossier), findings=findings, holds=holds, traps=traps)


# ------------------------------------------------------------------------------------------
# E09: huyện Chư Sê, SIPAS năm 2024 of communes: rowspan groups by threshold, ballots columns
def e09():
    name = "E09_portal_chu_se_sipas_2024_nhom_rowspan"
    units = [("Thị trấn Chư Sê", 95.12, 120, 118), ("Xã Ia Pal", 93.48, 60, 60), ("Xã Dun", 92.07, 60, 57),
             ("Xã Ia Blang", 90.66, 60, 59), ("Xã Al Bá", 89.35, 60, 58), ("Xã Ia Glai", 88.14, 60, 56),
             ("Xã AYun", 86.90, 60, 60), ("Xã Ia Tiêm", 85.27, 60, 55), ("Xã Bar Măih", 83.61, 60, 54),
             ("Xã Chư Pơng", 81.09, 60, 53), ("Xã Kông Htok", 78.45, 60, 52), ("Xã H Bông", 76.88, 60, 51)]
    avg = round(sum(u[1] for u in units) / len(units) + 1e-9, 2)
    groups = [("Trên 90%", [u for u in units if u[1] > 90]),
              ("Từ 80% đến 90%", [u for u in units if 80 <= u[1] <= 90]),
              ("Dưới 80%", [u for u in units if u[1] < 80])]
    trs = []
    k = 0
    for g, us in groups:
        for j, u in enumerate(us):
            k += 1
            cell = f'<td rowspan="{len(us)}">{g}</td>' if j == 0 else ""
            trs.append(f"<tr><td>{k}</td>{cell}<td>{u[0]}</td><td>{u[2]}</td><td>{u[3]}</td><td>{vf(u[1])}</td><td>{k}</td></tr>")
    body = f"""<p><strong>Ngày 20/01/2025, UBND huyện Chư Sê ban hành Quyết định số 118/QĐ-UBND phê duyệt kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước cấp xã năm 2024.</strong></p>
<p>Việc khảo sát được thực hiện tại 12/12 xã, thị trấn bằng hình thức phát phiếu trực tiếp và khảo sát trực tuyến. Kết quả, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) bình quân của UBND cấp xã năm 2024 đạt {vf(avg)}%. Thị trấn Chư Sê tiếp tục dẫn đầu với {vf(units[0][1])}%; xếp thứ hai là xã Ia Pal đạt {vf(units[1][1])}%; thứ ba là xã Dun với {vf(units[2][1])}%. Hai đơn vị có chỉ số dưới 80% là xã Kông Htok và xã H Bông.</p>
<p>Kết quả cụ thể:</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th rowspan="2">STT</th><th rowspan="2">Mức độ hài lòng</th><th rowspan="2">Đơn vị</th><th colspan="2">Số phiếu khảo sát</th><th rowspan="2">Chỉ số SIPAS (%)</th><th rowspan="2">Xếp hạng</th></tr>
<tr><th>Phát ra</th><th>Thu về hợp lệ</th></tr>
{chr(10).join(trs)}
</table>
<p>UBND huyện yêu cầu các xã có chỉ số dưới 85% xây dựng kế hoạch cải thiện, phấn đấu năm 2025 không còn đơn vị dưới 80%.</p>
<p style="text-align:right"><em>Văn phòng HĐND và UBND huyện</em></p>
"""
    html = PAGE.format(title="Công bố Chỉ số hài lòng về sự phục vụ hành chính năm 2024 của UBND cấp xã",
                       crumb="Kết quả CCHC", posted="22/01/2025 14:40", views="786", body=body,
                       site="HUYỆN CHƯ SÊ - TỈNH GIA LAI", owner="Ủy ban nhân dân huyện Chư Sê")
    (OUT / f"{name}.html").write_text(html, encoding="utf-8")

    scores = [dict(indicator="SIPAS", criterion=None, value=avg, unit="%", year=2024, subject="UBND cấp xã (bình quân)",
                   form="prose", class_="average", note="'Chỉ số hài lòng ... (SIPAS) bình quân của UBND cấp xã'"),
              dict(indicator="SIPAS", criterion=None, value=units[0][1], unit="%", year=2024, subject="Thị trấn Chư Sê",
                   form="prose", class_="several-units-one-label", note="'dẫn đầu với'"),
              dict(indicator="SIPAS", criterion=None, value=units[1][1], unit="%", year=2024, subject="xã Ia Pal",
                   form="prose", class_="several-units-one-label", note="'xếp thứ hai là xã Ia Pal đạt' (ordinal list)"),
              dict(indicator="SIPAS", criterion=None, value=units[2][1], unit="%", year=2024, subject="xã Dun",
                   form="prose", class_="several-units-one-label", note="'thứ ba là xã Dun với'")]
    for i, u in enumerate(units):
        scores.append(dict(indicator="SIPAS", criterion=None, value=u[1], unit="%", rank=i + 1, year=2024,
                           subject=u[0], form="table", class_="html-rowspan-groups",
                           note="group label cell (rowspan) is a threshold, not a value; ballots are not figures"))
    ballots = sorted({u[2] for u in units} | {u[3] for u in units})
    traps = [dict(value=90, text="nhóm 'Trên 90%' (threshold)"), dict(value=80, text="'Dưới 80%' (threshold)"),
             dict(value=85, text="dưới 85% (threshold)"), dict(value=118, text="Quyết định số 118/QĐ-UBND / 118 phiếu"),
             dict(value=786, text="Lượt xem: 786")]
    traps += [dict(value=b, text=f"{b} phiếu khảo sát (ballots)") for b in ballots if b != 118]
    holds = [f"average of the 12 = {vf(avg)}%", "ranks 1..12 follow the values"]
    return write_gold(name, "html", scores=fix(scores), holds=holds, traps=traps)


# ------------------------------------------------------------------------------------------
# E10: thành phố Vĩnh Long, tháng 5/2024: a grid flattened into text lines ('Tổng | %')
def e10():
    name = "E10_tp_vinh_long_thang_5_2024_luoi_phang"
    period = "tháng 5/2024"
    units = [("Phường 1", 214, 209, 1), ("Phường 2", 187, 185, 0), ("Phường 3", 163, 158, 2),
             ("Phường 4", 240, 233, 0), ("Phường 5", 198, 194, 1), ("Phường 8", 176, 170, 0),
             ("Phường 9", 152, 150, 0), ("Phường Tân Ngãi", 131, 127, 1), ("Phường Tân Hòa", 119, 118, 0),
             ("Phường Tân Hội", 97, 95, 0), ("Phường Trường An", 108, 104, 2)]

    def st(rec, res, late):
        return dict(received=rec, resolved=res, resolved_on_time=res - late, on_time_rate=rate(res - late, res),
                    resolved_late=late, late_rate=rate(late, res) if late else None, pending=rec - res)
    ss = [st(*u[1:]) for u in units]
    tot = {k: sum(s[k] for s in ss) for k in ("received", "resolved", "resolved_on_time", "resolved_late", "pending")}
    tot["on_time_rate"] = rate(tot["resolved_on_time"], tot["resolved"])
    tot["late_rate"] = rate(tot["resolved_late"], tot["resolved"])

    def line(stt, label, s):
        late = vn(s["resolved_late"]) if s["resolved_late"] else "-"
        lr = vf(s["late_rate"]) if s["resolved_late"] else "-"
        return (f"{stt:<4}{label:<22}{vn(s['received']):>8}{vn(s['resolved']):>9}{vn(s['resolved_on_time']):>9}"
                f"{vf(s['on_time_rate']):>9}{late:>7}{lr:>7}{vn(s['pending']):>9}")
    grid = [
        "                              Tổng số    Số hồ sơ đã giải quyết                  Số hồ sơ",
        "TT  Đơn vị                    hồ sơ      Tổng     Đúng hạn          Trễ hạn      đang giải",
        "                              tiếp nhận           Tổng      %       Tổng   %     quyết",
    ]
    for i, (u, s) in enumerate(zip(units, ss)):
        grid.append(line(str(i + 1), u[0], s))
    grid.append(line("", "Tổng cộng", tot))
    text = f"""ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ VĨNH LONG                      Độc lập - Tự do - Hạnh phúc

Số: 205/BC-UBND                   Vĩnh Long, ngày 03 tháng 6 năm 2024

BÁO CÁO
Kết quả giải quyết thủ tục hành chính của UBND các phường tháng 5 năm 2024

Thực hiện chế độ báo cáo định kỳ theo Thông tư số 01/2023/TT-VPCP ngày 05/4/2023 của Văn phòng Chính phủ, UBND thành phố Vĩnh Long báo cáo kết quả giải quyết thủ tục hành chính của UBND 11 phường trong tháng 5 năm 2024 như sau:

1. Kết quả chung
Trong tháng 5/2024, Bộ phận Một cửa của các phường đã tiếp nhận {vn(tot['received'])} hồ sơ; giải quyết xong {vn(tot['resolved'])} hồ sơ, trong đó đúng hạn {vn(tot['resolved_on_time'])} hồ sơ, trễ hạn {tot['resolved_late']} hồ sơ. Tỷ lệ giải quyết đúng hạn đạt {vf(tot['on_time_rate'])}%. Còn {tot['pending']} hồ sơ đang giải quyết, chưa đến hạn trả kết quả.

2. Kết quả cụ thể từng phường
(Đơn vị tính: hồ sơ; tỷ lệ % tính trên số hồ sơ đã giải quyết)

{chr(10).join(grid)}

Nguồn: Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Vĩnh Long, số liệu đến ngày 31/5/2024.

3. Nhận xét
Phường Tân Hòa, Phường Tân Hội, Phường 2, Phường 4, Phường 8 và Phường 9 không có hồ sơ trễ hạn. Phường 3 và Phường Trường An còn 02 hồ sơ trễ hạn mỗi phường, chủ yếu lĩnh vực chứng thực và hộ tịch. Trong tháng 6/2024, UBND thành phố yêu cầu các phường khắc phục, bảo đảm tỷ lệ giải quyết đúng hạn đạt 100%.

                                              TM. ỦY BAN NHÂN DÂN
                                              KT. CHỦ TỊCH
                                              PHÓ CHỦ TỊCH

                                              Nguyễn Thị Kim Loan
"""
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")
    keys = ("received", "resolved", "resolved_on_time", "on_time_rate", "resolved_late", "late_rate", "pending")

    def K(s):
        return {k: s[k] for k in keys if s.get(k) is not None}
    dossier = [dict(scope="thành phố Vĩnh Long (UBND các phường)", period=period, received=tot["received"],
                    resolved=tot["resolved"], resolved_on_time=tot["resolved_on_time"], resolved_late=tot["resolved_late"],
                    on_time_rate=tot["on_time_rate"], pending=tot["pending"], form="prose", class_="plain",
                    note="'Bộ phận Một cửa của các phường' (the commune level of the city)")]
    for u in ("Phường 3", "Phường Trường An"):
        dossier.append(dict(scope=u, period=period, resolved_late=2, form="prose", class_="two-units-one-number",
                            note="'Phường 3 và Phường Trường An còn 02 hồ sơ trễ hạn mỗi phường'"))
    for u, s in zip(units, ss):
        dossier.append(dict(scope=u[0], period=period, **K(s), form="table", class_="flattened-grid",
                            note="row label holds a digit ('Phường 1'); 'Tổng | %' sub-columns; '-' = 0 (a '-' rate left out)"))
    dossier.append(dict(scope="thành phố Vĩnh Long (UBND các phường)", period=period, **K(tot), form="table",
                        class_="total-row", note="'Tổng cộng' row"))
    holds = ["Tổng cộng = sum of the 11 rows", "each row: đúng hạn + trễ hạn = đã giải quyết; tiếp nhận - đã giải quyết = đang giải quyết",
             "rates against đã giải quyết (stated under the heading)"]
    traps = [dict(value=205, text="Số: 205/BC-UBND"), dict(value=11, text="11 phường (unit count)"),
             dict(value=2023, text="Thông tư số 01/2023/TT-VPCP")]
    return write_gold(name, "txt", dossier=fix(dossier), holds=holds, traps=traps)
