#!/usr/bin/env python
"""Writes part B of the tenth blind round, corpora/blind10/B01..B12 (issue 10, design item 8:
the audit's arithmetic): parts against a whole across levels (cấp tỉnh + cấp huyện + cấp xã
against toàn tỉnh, with and without "trong đó"), across units (table rows against "Tổng cộng",
per-unit sentences against a stated total), rates against the denominator the text states
("trên tổng số hồ sơ đến hạn", "so với số hồ sơ đã giải quyết", "trên tổng số hồ sơ tiếp
nhận"), a repeated paragraph (a summary lead repeated in the body, a portal sapo repeated in
the article) and coherent controls (rounding, a stated remainder, dossiers counted at two
levels as the text says). Six documents plant an inconsistency, six are coherent traps for
false alarms; each with its hand-written gold (`B0N_name.gold.json`, the 9NN gold format plus
expected findings with their severity and the numbers they are about, "values").

Written by a helper who did not read extractor/ or rules/, before measuring. Every figure is
computed here and the arithmetic asserted, so the only inconsistencies are the planted ones.

    .venv/bin/python scripts/make_blind10_b.py [B01 ...]
"""
from __future__ import annotations

import json
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_unseen_6nn import D, S, T, docx_doc, html_table, writers  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "blind10"
QH1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
QH2 = "Độc lập - Tự do - Hạnh phúc"


def pct(a: float, b: float, places: int = 2) -> float:
    """a/b in percent, rounded half up as a report rounds it."""
    q = Decimal(1).scaleb(-places)
    return float((Decimal(a) * 100 / Decimal(b)).quantize(q, rounding=ROUND_HALF_UP))


def P2(x: float) -> str:
    """A rate as a table prints it: two decimals (99,80)."""
    return f"{x:.2f}".replace(".", ",")


def NF(value: float, text: str) -> dict:
    return {"value": value, "text": text}


def F(rule: str, severity: str, values: list, note: str) -> dict:
    """An expected finding: its rule, severity and the numbers it is about."""
    return {"rule": rule, "severity": severity, "values": values, "note": note}


write_gold, write_txt, write_html = writers(OUT)


def header(left1: str, left2: str, number: str, place_date: str) -> str:
    return (f"{left1:<38}{QH1}\n{left2:<38}{QH2}\n{number:<38}{place_date}\n")


# ==== B01: levels against the province total, the text claiming it (error) =================

def doc_B01() -> None:
    stem = "B01_tinh_ha_tinh_6_thang_cap_sai_tong"
    P = "6 tháng đầu năm 2025"
    whole, tinh, huyen, xa = 412386, 98214, 126530, 186742
    assert tinh + huyen + xa == 411486 != whole
    resolved, on_time, late = 405118, 401530, 3588
    assert on_time + late == resolved
    rate = pct(on_time, resolved)
    assert rate == 99.11
    t_res, t_ot = 96870, 96502
    t_rate = pct(t_ot, t_res)
    assert t_rate == 99.62
    text = header("UỶ BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 214/BC-UBND",
                  "Hà Tĩnh, ngày 20 tháng 6 năm 2025") + f"""
BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2025

Thực hiện Công văn số 1125/BNV-CCHC của Bộ Nội vụ về báo cáo công tác cải cách hành chính định kỳ, UBND tỉnh Hà Tĩnh báo cáo kết quả 6 tháng đầu năm 2025 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 08/01/2025 về cải cách hành chính năm 2025; tổ chức kiểm tra công tác cải cách hành chính tại 06 sở, ngành và 04 huyện.

II. KẾT QUẢ THỰC HIỆN
...
3. Cải cách thủ tục hành chính
Trong 6 tháng đầu năm 2025, toàn tỉnh tiếp nhận {T(whole)} hồ sơ thủ tục hành chính, trong đó cấp tỉnh {T(tinh)} hồ sơ, cấp huyện {T(huyen)} hồ sơ, cấp xã {T(xa)} hồ sơ. Đã giải quyết {T(resolved)} hồ sơ, trong đó đúng và trước hạn {T(on_time)} hồ sơ, đạt {T(rate)}%; quá hạn {T(late)} hồ sơ.
Riêng cấp tỉnh, các sở, ban, ngành đã giải quyết {T(t_res)} hồ sơ, trong đó đúng và trước hạn {T(t_ot)} hồ sơ, đạt {T(t_rate)}%.
Tỷ lệ hồ sơ trực tuyến toàn trình đạt 54,8%, chưa đạt chỉ tiêu 60% của Trung ương giao.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
Tiếp tục rà soát, đơn giản hóa thủ tục hành chính; phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.

Nơi nhận:
- Bộ Nội vụ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Báu Hà
"""
    dossiers = [
        D("tỉnh Hà Tĩnh", P, cls="levels", received=whole, resolved=resolved, resolved_on_time=on_time,
          on_time_rate=rate, resolved_late=late, note="'toàn tỉnh'; đúng và trước hạn = resolved_on_time"),
        D("cấp tỉnh", P, cls="levels", received=tinh),
        D("cấp tỉnh", P, cls="levels", resolved=t_res, resolved_on_time=t_ot, on_time_rate=t_rate,
          note="'Riêng cấp tỉnh, các sở, ban, ngành ...' (next paragraph)"),
        D("cấp huyện", P, cls="levels", received=huyen),
        D("cấp xã", P, cls="levels", received=xa),
        D("tỉnh Hà Tĩnh", P, cls="levels", online_rate=54.8, note="'trực tuyến toàn trình'"),
    ]
    write_txt(stem, text, dossiers=dossiers,
              not_figures=[NF(60, "chỉ tiêu 60% (target)"), NF(99, "đạt trên 99% (outlook target)")],
              checks=[f"{T(on_time)} + {T(late)} = {T(resolved)}", f"{T(on_time)}/{T(resolved)} = {T(rate)}%",
                      f"{T(t_ot)}/{T(t_res)} = {T(t_rate)}%"],
              findings=[F("sum-mismatch", "error", [whole],
                          f"'toàn tỉnh tiếp nhận {T(whole)} hồ sơ, trong đó cấp tỉnh {T(tinh)}, cấp huyện "
                          f"{T(huyen)}, cấp xã {T(xa)}': the parts add up to 411.486, 900 short; the text "
                          "claims the parts make up the whole (trong đó)")])


# ==== B02: levels against the province total, no claim (warning) ============================

def doc_B02() -> None:
    stem = "B02_tinh_quang_tri_nam_2024_cap_khong_khang_dinh"
    P = "năm 2024"
    whole = 286905
    lv = {"cấp tỉnh": (61208, 60115, 59902), "cấp huyện": (83417, 81960, 80611),
          "cấp xã": (140880, 139367, 137726)}
    assert sum(v[0] for v in lv.values()) == 285505 != whole
    resolved = sum(v[1] for v in lv.values())
    on_time = sum(v[2] for v in lv.values())
    assert resolved == 281442
    rate = pct(on_time, resolved)
    assert rate == 98.86
    text = header("UỶ BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 287/BC-UBND",
                  "Quảng Trị, ngày 16 tháng 12 năm 2024") + f"""
BÁO CÁO
Tình hình thực hiện công tác cải cách hành chính năm 2024 và
phương hướng, nhiệm vụ năm 2025

I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH
...
3. Kết quả giải quyết thủ tục hành chính
Năm 2024, toàn tỉnh tiếp nhận {T(whole)} hồ sơ; đã giải quyết {T(resolved)} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {T(rate)}%.
a) Cấp tỉnh: Trung tâm Phục vụ hành chính công tỉnh và các sở, ban, ngành tiếp nhận {T(lv['cấp tỉnh'][0])} hồ sơ, đã giải quyết {T(lv['cấp tỉnh'][1])} hồ sơ, giải quyết đúng hạn {T(lv['cấp tỉnh'][2])} hồ sơ.
b) Cấp huyện: 09 huyện, thị xã, thành phố tiếp nhận {T(lv['cấp huyện'][0])} hồ sơ, đã giải quyết {T(lv['cấp huyện'][1])} hồ sơ, giải quyết đúng hạn {T(lv['cấp huyện'][2])} hồ sơ.
c) Cấp xã: 125 xã, phường, thị trấn tiếp nhận {T(lv['cấp xã'][0])} hồ sơ, đã giải quyết {T(lv['cấp xã'][1])} hồ sơ, giải quyết đúng hạn {T(lv['cấp xã'][2])} hồ sơ.
Nhìn chung, việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp được thực hiện kịp thời; các trường hợp quá hạn đều có văn bản xin lỗi theo quy định.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.

Nơi nhận:
- Bộ Nội vụ;
- Thường trực Tỉnh ủy;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Văn Hưng
"""
    dossiers = [D("tỉnh Quảng Trị", P, cls="levels", received=whole, resolved=resolved, on_time_rate=rate)]
    for scope, (r, s, o) in lv.items():
        dossiers.append(D(scope, P, cls="levels", received=r, resolved=s, resolved_on_time=o))
    write_txt(stem, text, dossiers=dossiers,
              not_figures=[NF(9, "09 huyện, thị xã, thành phố (unit count)"),
                           NF(125, "125 xã, phường, thị trấn (unit count)"),
                           NF(100, "100% thủ tục hành chính (outlook target)")],
              checks=["resolved: three levels add up to the province's 281.442",
                      f"on time: three levels {T(on_time)} / {T(resolved)} = {T(rate)}%"],
              findings=[F("sum-mismatch", "warning", [whole],
                          f"received: cấp tỉnh + cấp huyện + cấp xã = 285.505, the province states "
                          f"{T(whole)} (1.400 more); the text never says the levels make up the whole: a warning")])


# ==== B03: DOCX, commune rows against their 'Tổng cộng' row (error) =========================

def doc_B03() -> None:
    stem = "B03_huyen_dong_hy_bang_xa_tong_sai"
    P = "quý III năm 2024"
    rows = [("Thị trấn Trại Cau", 612, 598, 596, 2, 14), ("Xã Hóa Thượng", 845, 830, 830, 0, 15),
            ("Xã Hóa Trung", 503, 497, 495, 2, 6), ("Xã Khe Mo", 388, 381, 381, 0, 7),
            ("Xã Minh Lập", 296, 290, 289, 1, 6), ("Xã Nam Hòa", 421, 414, 412, 2, 7)]
    for r in rows:
        assert r[3] + r[4] == r[2] and r[2] + r[5] == r[1]
    tot = tuple(sum(r[i] for r in rows) for i in range(1, 6))
    assert tot == (3065, 3010, 3003, 7, 55)
    printed = (3165,) + tot[1:]  # the received total misprinted: 3.165 for 3.065
    rate = pct(tot[2], tot[1])
    assert rate == 99.77
    table = [["STT", "Đơn vị", "Số hồ sơ tiếp nhận", "Đã giải quyết", "Giải quyết đúng hạn",
              "Giải quyết quá hạn", "Đang giải quyết"]]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0]] + [T(x) for x in r[1:]])
    table.append([("Tổng cộng", 2, 1)] + [T(x) for x in printed])
    docx_doc([
        "UỶ BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐỒNG HỶ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 196/BC-UBND\tĐồng Hỷ, ngày 25 tháng 9 năm 2024",
        "# BÁO CÁO",
        "# Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính cấp xã quý III năm 2024",
        "Căn cứ số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Thái Nguyên, UBND huyện "
        "Đồng Hỷ báo cáo kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại Bộ phận Một cửa của "
        "UBND các xã, thị trấn (cấp xã) quý III năm 2024 như sau:",
        table,
        f"Tỷ lệ giải quyết hồ sơ đúng hạn của cấp xã toàn huyện đạt {T(rate)}%. Xã Hóa Thượng và xã Khe Mo "
        "không có hồ sơ quá hạn.",
        "Nơi nhận:\n- UBND tỉnh Thái Nguyên;\n- Sở Nội vụ;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Thắng",
    ], OUT / f"{stem}.docx")
    dossiers = [D(r[0], P, "table", "units-table", received=r[1], resolved=r[2], resolved_on_time=r[3],
                  resolved_late=r[4], pending=r[5]) for r in rows]
    dossiers.append(D("cấp xã", P, "table", "units-table", received=printed[0], resolved=printed[1],
                      resolved_on_time=printed[2], resolved_late=printed[3], pending=printed[4],
                      note="the 'Tổng cộng' row as printed (received 3.165, a misprint of 3.065)"))
    dossiers.append(D("cấp xã", P, "prose", "units-table", on_time_rate=rate,
                      note="the sentence below the table"))
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               checks=["on time + late = resolved and resolved + pending = received in every commune row",
                       "Tổng cộng of resolved, on time, late and pending = sum of the rows",
                       f"{T(tot[2])}/{T(tot[1])} = {T(rate)}%"],
               findings=[F("sum-mismatch", "error", [3165],
                           "'Tổng cộng' received 3.165, the six rows add up to 3.065 (a total row claims the "
                           "sum); also 3.010 + 55 = 3.065 within the row")])


# ==== B04: DOCX, levels and Toàn tỉnh, on-time rate against dossiers due (coherent) =========

def doc_B04() -> None:
    stem = "B04_tinh_lang_son_bang_cap_den_han"
    P = "quý I năm 2025 (từ ngày 15/12/2024 đến ngày 14/3/2025)"
    lv = [("Cấp tỉnh", 45210, 43980, 43852, 38127), ("Cấp huyện", 62845, 61204, 60533, 41309),
          ("Cấp xã", 97416, 95870, 95502, 52871)]
    tot = ("Toàn tỉnh",) + tuple(sum(r[i] for r in lv) for i in range(1, 5))
    table = [
        [("STT", 1, 2), ("Cấp", 1, 2), ("Số hồ sơ tiếp nhận", 1, 2),
         ("Hồ sơ đến hạn giải quyết", 3, 1), ("Hồ sơ nộp trực tuyến", 2, 1)],
        [None, None, None, "Tổng số", "Giải quyết đúng hạn", "Tỷ lệ đúng hạn (%)", "Số lượng",
         "Tỷ lệ (%)"],
    ]
    recs = []
    for i, r in enumerate(lv + [tot], 1):
        ot_rate, on_rate = pct(r[3], r[2]), pct(r[4], r[1])
        # a trap: the on-time rate against dossiers received (or due) differs from the stated base
        assert ot_rate != pct(r[3], r[1])
        table.append([str(i) if r is not tot else "", r[0], T(r[1]), T(r[2]), T(r[3]), P2(ot_rate),
                      T(r[4]), P2(on_rate)])
        recs.append((r, ot_rate, on_rate))
    total_rate = recs[-1][1]
    docx_doc([
        "UỶ BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 88/BC-UBND\tLạng Sơn, ngày 24 tháng 3 năm 2025",
        "# BÁO CÁO",
        "# Kết quả giải quyết thủ tục hành chính quý I năm 2025",
        "UBND tỉnh Lạng Sơn báo cáo kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên địa bàn tỉnh "
        "quý I năm 2025 (số liệu từ ngày 15/12/2024 đến ngày 14/3/2025) như sau:",
        table,
        "Ghi chú: Tỷ lệ đúng hạn tính trên tổng số hồ sơ đến hạn giải quyết trong kỳ; tỷ lệ trực tuyến tính "
        "trên tổng số hồ sơ tiếp nhận.",
        f"Như vậy, tỷ lệ giải quyết hồ sơ đúng hạn toàn tỉnh đạt {T(total_rate)}% trên tổng số hồ sơ đến hạn, "
        "vượt chỉ tiêu 98% tại Kế hoạch cải cách hành chính năm 2025 của tỉnh.",
        "Nơi nhận:\n- Văn phòng Chính phủ;\n- Bộ Nội vụ;\n- Lưu: VT, KSTT.\nTM. ỦY BAN NHÂN DÂN\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐoàn Thu Hà",
    ], OUT / f"{stem}.docx")
    dossiers = []
    for r, ot_rate, on_rate in recs:
        scope = "tỉnh Lạng Sơn" if r is tot else r[0].lower()
        dossiers.append(D(scope, P, "table", "levels-table-due", received=r[1], due=r[2], resolved_on_time=r[3],
                          on_time_rate=ot_rate, online=r[4], online_rate=on_rate))
    dossiers[-1]["note"] = ("the 'Toàn tỉnh' row; the sentence under the table restates its on-time rate "
                            "(one fact)")
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               not_figures=[NF(98, "chỉ tiêu 98% (target)")],
               checks=["Toàn tỉnh = cấp tỉnh + cấp huyện + cấp xã in every count column",
                       "on-time rate = on time / due (the note states it), never / received",
                       "online rate = online / received"])


# ==== B05: HTML portal, sapo repeated in the body, levels table with Tổng cộng (coherent) ====

PORTAL_HEAD = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<div class="header"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/cchc">Cải cách hành chính</a></div>
<div class="content">
"""


def doc_B05() -> None:
    stem = "B05_portal_huyen_yen_thanh_sapo_lap"
    P = "9 tháng năm 2024"
    lv = [("Cấp huyện", 7926, 7702, 7561), ("Cấp xã", 17492, 17310, 17131)]
    tot = ("Tổng cộng",) + tuple(sum(r[i] for r in lv) for i in range(1, 4))
    assert tot[1] == 25418
    rates = {r[0]: pct(r[3], r[2]) for r in lv + [tot]}
    assert rates["Tổng cộng"] == 98.72
    sapo = (f"Trong 9 tháng năm 2024, toàn huyện Yên Thành tiếp nhận {T(tot[1])} hồ sơ thủ tục hành chính, "
            f"trong đó cấp huyện {T(lv[0][1])} hồ sơ, cấp xã {T(lv[1][1])} hồ sơ; tỷ lệ giải quyết đúng hạn "
            f"đạt {T(rates['Tổng cộng'])}%.")
    table = [["Cấp", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Giải quyết đúng hạn",
              "Tỷ lệ đúng hạn (%)"]]
    for r in lv + [tot]:
        table.append([r[0], T(r[1]), T(r[2]), T(r[3]), P2(rates[r[0]])])
    html = (PORTAL_HEAD.format(title="Yên Thành: tỷ lệ giải quyết hồ sơ đúng hạn 9 tháng đạt 98,72%")
            + f"""<h1>Yên Thành: tỷ lệ giải quyết hồ sơ đúng hạn 9 tháng đạt 98,72%</h1>
<p class="date">Thứ Năm, 03/10/2024 - 15:20 | Cổng thông tin điện tử huyện Yên Thành</p>
<p class="sapo"><strong>{sapo}</strong></p>
<p>{sapo}</p>
<p>Kết quả cụ thể theo từng cấp như sau:</p>
""" + html_table(table, 1) + """
<p>Chủ tịch UBND huyện yêu cầu các xã, thị trấn tiếp tục nâng cao chất lượng hoạt động của Bộ phận Một cửa, phấn đấu
đến cuối năm 2024 tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.</p>
<p class="author">Hoàng Minh - Văn phòng HĐND và UBND huyện</p>
</div>
<div class="footer">Bản quyền thuộc UBND huyện Yên Thành, tỉnh Nghệ An. Lượt truy cập: 1.204.557</div>
</body></html>""")
    dossiers = [
        D("huyện Yên Thành", P, "table", "repeated-paragraph", received=tot[1], resolved=tot[2],
          resolved_on_time=tot[3], on_time_rate=rates["Tổng cộng"],
          note="sapo + the body's first paragraph (verbatim) + the 'Tổng cộng' row: one fact"),
        D("cấp huyện", P, "table", "repeated-paragraph", received=lv[0][1], resolved=lv[0][2],
          resolved_on_time=lv[0][3], on_time_rate=rates["Cấp huyện"], note="sapo, body and table row: one fact"),
        D("cấp xã", P, "table", "repeated-paragraph", received=lv[1][1], resolved=lv[1][2],
          resolved_on_time=lv[1][3], on_time_rate=rates["Cấp xã"], note="sapo, body and table row: one fact"),
    ]
    write_html(stem, html, dossiers=dossiers,
               not_figures=[NF(99, "đạt trên 99% (target)"), NF(1204557, "Lượt truy cập (page counter)")],
               checks=[f"{T(lv[0][1])} + {T(lv[1][1])} = {T(tot[1])} (claimed by 'trong đó', holds)",
                       "the sapo repeated in the body is one fact: no duplicate, no doubled sum",
                       "Tổng cộng = sum of the two rows; each rate = on time / resolved"])


# ==== B06: a department, rates against the base the text states, a stated remainder (coherent)

def doc_B06() -> None:
    stem = "B06_so_xay_dung_ninh_binh_mau_so_neu_ro"
    P = "năm 2024"
    received, online, in_person = 5320, 3870, 1450
    assert online + in_person == received
    online_rate = pct(online, received)
    assert online_rate == 72.74
    resolved, early, on_time, late, pending = 4980, 1216, 3684, 80, 340
    assert early + on_time + late == resolved and resolved + pending == received
    late_rate, early_rate = pct(late, resolved), pct(early, resolved)
    assert late_rate == 1.61 and pct(late, received) == 1.5
    assert early_rate == 24.42 and pct(early, received) == 22.86
    text = header("UBND TỈNH NINH BÌNH", "SỞ XÂY DỰNG", "Số: 3105/BC-SXD",
                  "Ninh Bình, ngày 10 tháng 12 năm 2024") + f"""
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2024

Thực hiện Văn bản số 2011/SNV-CCHC ngày 15/11/2024 của Sở Nội vụ, Sở Xây dựng báo cáo kết quả công tác cải cách hành chính năm 2024 như sau:

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác chỉ đạo, điều hành
Sở đã hoàn thành 18/18 nhiệm vụ được giao tại Kế hoạch cải cách hành chính năm 2024, đạt 100%.

2. Cải cách thủ tục hành chính
Năm 2024, Sở Xây dựng tiếp nhận {T(received)} hồ sơ, trong đó {T(online)} hồ sơ nộp trực tuyến, đạt {T(online_rate)}% trên tổng số hồ sơ tiếp nhận; số còn lại {T(in_person)} hồ sơ nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh và qua dịch vụ bưu chính công ích.
Đã giải quyết {T(resolved)} hồ sơ, trong đó trước hạn {T(early)} hồ sơ, đúng hạn {T(on_time)} hồ sơ; còn {T(late)} hồ sơ giải quyết quá hạn, chiếm {T(late_rate)}% so với số hồ sơ đã giải quyết. Tỷ lệ hồ sơ giải quyết trước hạn đạt {T(early_rate)}% so với số hồ sơ đã giải quyết. Hiện còn {T(pending)} hồ sơ đang trong thời hạn giải quyết.
Các hồ sơ quá hạn chủ yếu thuộc lĩnh vực quy hoạch xây dựng do phải lấy ý kiến của nhiều cơ quan; Sở đã có văn bản xin lỗi tổ chức, công dân theo quy định.

II. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.

Nơi nhận:
- Sở Nội vụ;
- Giám đốc Sở;
- Lưu: VT, VP.
GIÁM ĐỐC
Đinh Văn Điệp
"""
    dossiers = [D("Sở Xây dựng", P, cls="stated-base", received=received, online=online, online_rate=online_rate,
                  in_person=in_person, note="'số còn lại 1.450 hồ sơ nộp trực tiếp ... và qua bưu chính' = in_person"),
                D("Sở Xây dựng", P, cls="stated-base", resolved=resolved, resolved_early=early,
                  resolved_on_time=on_time, resolved_late=late, late_rate=late_rate, early_rate=early_rate,
                  pending=pending, note="the next paragraph")]
    tasks = [{"done": 18, "total": 18, "rate": 100, "period": P, "form": "prose", "class": "fraction"}]
    write_txt(stem, text, dossiers=dossiers, tasks=tasks,
              # no trap for "từ 80% trở lên" (outlook target): 80 is also the late count, a figure
              checks=[f"{T(online)} + {T(in_person)} = {T(received)} (the remainder is stated)",
                      f"{T(early)} + {T(on_time)} + {T(late)} = {T(resolved)}; {T(resolved)} + {T(pending)} = {T(received)}",
                      f"{T(online)}/{T(received)} = {T(online_rate)}% (stated base: tiếp nhận)",
                      f"{T(late)}/{T(resolved)} = {T(late_rate)}% (stated base: đã giải quyết; /received would be 1,5%)",
                      f"{T(early)}/{T(resolved)} = {T(early_rate)}% (stated base: đã giải quyết; /received would be 22,86%)",
                      "18/18 = 100%"])


# ==== B07: a rate wrong against the base it states (dossiers due) (error) ===================

def doc_B07() -> None:
    stem = "B07_huyen_thach_ha_quy_iv_den_han_sai"
    P = "quý IV năm 2024"
    received, online = 9036, 6163
    online_rate = pct(online, received, 1)
    assert online_rate == 68.2
    due, resolved, on_time = 8420, 8340, 8132
    late = resolved - on_time
    stated = 97.5
    assert pct(on_time, resolved, 1) == stated  # right against resolved ...
    assert pct(on_time, due, 2) == 96.58  # ... but the text states the base: dossiers due
    x_res, x_ot = 14172, 14080
    x_rate = pct(x_ot, x_res)
    assert x_rate == 99.35
    text = header("UỶ BAN NHÂN DÂN", "HUYỆN THẠCH HÀ", "Số: 512/BC-UBND",
                  "Thạch Hà, ngày 19 tháng 12 năm 2024") + f"""
BÁO CÁO
Kết quả công tác cải cách hành chính quý IV năm 2024

I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Cấp huyện
Trong quý IV năm 2024, UBND huyện Thạch Hà tiếp nhận {T(received)} hồ sơ, trong đó trực tuyến {T(online)} hồ sơ, đạt {T(online_rate)}% trên tổng số hồ sơ tiếp nhận.
Số hồ sơ đến hạn giải quyết trong kỳ là {T(due)} hồ sơ; đã giải quyết {T(resolved)} hồ sơ, trong đó đúng hạn {T(on_time)} hồ sơ, quá hạn {T(late)} hồ sơ; tỷ lệ giải quyết đúng hạn đạt {T(stated)}% trên tổng số hồ sơ đến hạn.

2. Cấp xã
Các xã, thị trấn đã giải quyết {T(x_res)} hồ sơ, trong đó đúng hạn {T(x_ot)} hồ sơ, đạt {T(x_rate)}%. Có 24/31 xã, thị trấn không có hồ sơ quá hạn.

II. NHIỆM VỤ TRỌNG TÂM NĂM 2025
Phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên 70%.

Nơi nhận:
- UBND tỉnh Hà Tĩnh;
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Huy Thông
"""
    dossiers = [
        D("huyện Thạch Hà", P, cls="stated-base", received=received, online=online, online_rate=online_rate),
        D("huyện Thạch Hà", P, cls="stated-base", due=due, resolved=resolved, resolved_on_time=on_time,
          resolved_late=late, on_time_rate=stated,
          note="the next paragraph; the 97,5% as stated; its stated base (đến hạn) gives 96,58%"),
        D("cấp xã", P, cls="stated-base", resolved=x_res, resolved_on_time=x_ot, on_time_rate=x_rate),
    ]
    ratios = [{"part": 24, "total": 31, "label": "xã, thị trấn không có hồ sơ quá hạn", "form": "prose",
               "class": "fraction"}]
    write_txt(stem, text, dossiers=dossiers, ratios=ratios,
              not_figures=[NF(70, "đạt trên 70% (outlook target)")],
              checks=[f"{T(online)}/{T(received)} = 68,2% (stated base: tiếp nhận)",
                      f"{T(on_time)} + {T(late)} = {T(resolved)}",
                      f"cấp xã {T(x_ot)}/{T(x_res)} = {T(x_rate)}% (no base stated: resolved)"],
              findings=[F("rate-mismatch", "error", [stated],
                          f"'đúng hạn {T(on_time)} ... đạt 97,5% trên tổng số hồ sơ đến hạn': {T(on_time)}/"
                          f"{T(due)} = 96,58%. (97,5% is right against the 8.340 resolved, a base the text "
                          "does not state)")])


# ==== B08: dossiers counted at two levels, as the text says; rounding (coherent) =============

def doc_B08() -> None:
    stem = "B08_tinh_phu_tho_nam_2024_lien_thong_hai_cap"
    P = "năm 2024"
    tinh, huyen, xa, twice = 40125, 52480, 61035, 3412
    whole = tinh + huyen + xa - twice
    assert whole == 150228
    resolved = 147690
    on_time = 143934
    late = resolved - on_time
    assert abs(on_time / resolved * 100 - 97.4568) < 1e-4
    rate, late_rate = pct(on_time, resolved), pct(late, resolved)
    assert rate == 97.46 and late_rate == 2.54
    text = header("UỶ BAN NHÂN DÂN", "TỈNH PHÚ THỌ", "Số: 402/BC-UBND",
                  "Phú Thọ, ngày 13 tháng 12 năm 2024") + f"""
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2024

I. KẾT QUẢ THỰC HIỆN
...
4. Cải cách thủ tục hành chính
Năm 2024, toàn tỉnh tiếp nhận {T(whole)} hồ sơ thủ tục hành chính. Theo từng cấp, cấp tỉnh tiếp nhận {T(tinh)} hồ sơ, cấp huyện tiếp nhận {T(huyen)} hồ sơ, cấp xã tiếp nhận {T(xa)} hồ sơ.
Số liệu của cấp huyện và cấp xã có {T(twice)} hồ sơ liên thông do cấp xã tiếp nhận, chuyển lên cấp huyện giải quyết nên được thống kê ở cả hai cấp; vì vậy tổng số hồ sơ toàn tỉnh nhỏ hơn tổng số hồ sơ của ba cấp cộng lại.
Toàn tỉnh đã giải quyết {T(resolved)} hồ sơ, trong đó đúng hạn {T(on_time)} hồ sơ, đạt {T(rate)}%; quá hạn {T(late)} hồ sơ, chiếm {T(late_rate)}%.

II. ĐÁNH GIÁ CHUNG
Tỷ lệ hồ sơ quá hạn giảm so với năm 2023 nhưng vẫn cao hơn mục tiêu dưới 1,5% của tỉnh.

Nơi nhận:
- Bộ Nội vụ;
- TT Tỉnh ủy;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Bùi Văn Quang
"""
    dossiers = [
        D("tỉnh Phú Thọ", P, cls="levels-twice", received=whole),
        D("tỉnh Phú Thọ", P, cls="levels-twice", resolved=resolved, resolved_on_time=on_time,
          on_time_rate=rate, resolved_late=late, late_rate=late_rate, note="'Toàn tỉnh đã giải quyết' paragraph"),
        D("cấp tỉnh", P, cls="levels-twice", received=tinh),
        D("cấp huyện", P, cls="levels-twice", received=huyen),
        D("cấp xã", P, cls="levels-twice", received=xa),
    ]
    write_txt(stem, text, dossiers=dossiers,
              not_figures=[NF(twice, "hồ sơ liên thông counted at two levels (no contract field)"),
                           NF(1.5, "mục tiêu dưới 1,5% (target)")],
              checks=[f"{T(tinh)} + {T(huyen)} + {T(xa)} - {T(twice)} = {T(whole)}, as the text explains",
                      f"{T(on_time)}/{T(resolved)} = 97,4568% written {T(rate)}%",
                      f"{T(late)}/{T(resolved)} = {T(late_rate)}%; {T(on_time)} + {T(late)} = {T(resolved)}"])


# ==== B09: per-unit parts after 'gồm' against the stated total (error) ======================

def doc_B09() -> None:
    stem = "B09_tp_ha_tien_xa_gom_sai_tong"
    P = "6 tháng đầu năm 2024"
    units = [("phường Bình San", 1842), ("phường Đông Hồ", 1376), ("phường Pháo Đài", 1105),
             ("phường Tô Châu", 968), ("phường Mỹ Đức", 712), ("xã Thuận Yên", 534), ("xã Tiên Hải", 287)]
    stated = 6842
    assert sum(u[1] for u in units) == 6824 != stated
    resolved, on_time = 6790, 6771
    rate = pct(on_time, resolved)
    assert rate == 99.72
    c_rec, c_res, c_ot = 3215, 3158, 3140
    c_rate = pct(c_ot, c_res)
    assert c_rate == 99.43
    parts = ", ".join(f"{n} {T(v)} hồ sơ" for n, v in units)
    text = header("UỶ BAN NHÂN DÂN", "THÀNH PHỐ HÀ TIÊN", "Số: 145/BC-UBND",
                  "Hà Tiên, ngày 14 tháng 6 năm 2024") + f"""
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2024

I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Bộ phận Một cửa thành phố
Trong 6 tháng đầu năm 2024, UBND thành phố Hà Tiên tiếp nhận {T(c_rec)} hồ sơ, đã giải quyết {T(c_res)} hồ sơ, trong đó đúng hạn {T(c_ot)} hồ sơ, đạt {T(c_rate)}%.

2. Cấp xã
UBND cấp xã (các phường, xã) tiếp nhận {T(stated)} hồ sơ, gồm: {parts}. Đã giải quyết {T(resolved)} hồ sơ, trong đó đúng hạn {T(on_time)} hồ sơ, đạt {T(rate)}%.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM
Duy trì tỷ lệ giải quyết hồ sơ đúng hạn trên 99%; tăng cường tiếp nhận hồ sơ trực tuyến.

Nơi nhận:
- UBND tỉnh Kiên Giang;
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Hồng Nhung
"""
    dossiers = [D("thành phố Hà Tiên", P, cls="units-prose", received=c_rec, resolved=c_res,
                  resolved_on_time=c_ot, on_time_rate=c_rate,
                  note="'UBND thành phố' = the city's own Bộ phận Một cửa"),
                D("cấp xã", P, cls="units-prose", received=stated, resolved=resolved, resolved_on_time=on_time,
                  on_time_rate=rate)]
    for n, v in units:
        dossiers.append(D(n, P, cls="units-prose", received=v))
    write_txt(stem, text, dossiers=dossiers,
              not_figures=[NF(99, "trên 99% (outlook target)")],
              checks=[f"{T(c_ot)}/{T(c_res)} = {T(c_rate)}%", f"{T(on_time)}/{T(resolved)} = {T(rate)}%"],
              findings=[F("sum-mismatch", "error", [stated],
                          f"'tiếp nhận {T(stated)} hồ sơ, gồm: ...' the seven communes add up to 6.824 "
                          "(digits swapped); 'gồm' claims the parts make up the whole")])


# ==== B10: a summary lead repeated in the body (coherent) ===================================

def doc_B10() -> None:
    stem = "B10_huyen_tam_duong_tom_tat_lap_lai"
    P = "năm 2024"
    h_rec, x_rec = 4210, 8430
    whole = h_rec + x_rec
    assert whole == 12640
    h_res, h_ot, x_res, x_ot = 4105, 4062, 8377, 8318
    rate = pct(h_ot + x_ot, h_res + x_res)
    assert rate == 99.18
    lead = (f"Năm 2024, toàn huyện tiếp nhận {T(whole)} hồ sơ thủ tục hành chính, trong đó cấp huyện "
            f"{T(h_rec)} hồ sơ, cấp xã {T(x_rec)} hồ sơ; tỷ lệ giải quyết đúng hạn đạt {T(rate)}%. Chỉ số cải "
            "cách hành chính năm 2023 của huyện đạt 86,35%, xếp thứ 3/9 huyện, thành phố.")
    text = header("UỶ BAN NHÂN DÂN", "HUYỆN TAM DƯƠNG", "Số: 398/BC-UBND",
                  "Tam Dương, ngày 11 tháng 12 năm 2024") + f"""
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2024

TÓM TẮT KẾT QUẢ NỔI BẬT
{lead}

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
UBND huyện ban hành Kế hoạch cải cách hành chính năm 2024; tổ chức 02 cuộc kiểm tra tại 05 xã, thị trấn.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH
1. Kết quả chung
{lead}
2. Cải cách thủ tục hành chính
Cấp huyện đã giải quyết {T(h_res)} hồ sơ, đúng hạn {T(h_ot)} hồ sơ; cấp xã đã giải quyết {T(x_res)} hồ sơ, đúng hạn {T(x_ot)} hồ sơ.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu Chỉ số cải cách hành chính của huyện năm 2024 tăng ít nhất 01 bậc.

Nơi nhận:
- UBND tỉnh Vĩnh Phúc;
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đỗ Văn Kiên
"""
    dossiers = [
        D("huyện Tam Dương", P, cls="repeated-paragraph", received=whole, on_time_rate=rate,
          note="the lead repeated verbatim in II.1: one fact"),
        D("cấp huyện", P, cls="repeated-paragraph", received=h_rec, note="in the lead and its repeat: one fact"),
        D("cấp xã", P, cls="repeated-paragraph", received=x_rec, note="in the lead and its repeat: one fact"),
        D("cấp huyện", P, cls="repeated-paragraph", resolved=h_res, resolved_on_time=h_ot, note="II.2"),
        D("cấp xã", P, cls="repeated-paragraph", resolved=x_res, resolved_on_time=x_ot, note="II.2"),
    ]
    scores = [S("PAR_INDEX", 86.35, "huyện Tam Dương", 2023, "prose", "repeated-paragraph", unit="%",
                rank=3, rank_total=9, note="stated in the lead and again in II.1: one fact")]
    write_txt(stem, text, dossiers=dossiers, scores=scores,
              not_figures=[NF(2, "02 cuộc kiểm tra"), NF(5, "05 xã, thị trấn (unit count)")],
              checks=[f"{T(h_rec)} + {T(x_rec)} = {T(whole)} (claimed, holds; once, not twice)",
                      f"({T(h_ot)} + {T(x_ot)})/({T(h_res)} + {T(x_res)}) = {T(rate)}%"])


# ==== B11: DOCX, departments' rows against 'Tổng cộng', rates over resolved (coherent) =======

def doc_B11() -> None:
    stem = "B11_tinh_quang_ngai_bang_so_nganh"
    P = "9 tháng đầu năm 2024"
    rows = [("Sở Tư pháp", 3412, 3398, 3398, 0), ("Sở Kế hoạch và Đầu tư", 2086, 2051, 2047, 4),
            ("Sở Giao thông vận tải", 18734, 18690, 18688, 2),
            ("Sở Tài nguyên và Môi trường", 6215, 5987, 5802, 185), ("Sở Công Thương", 4580, 4561, 4559, 2),
            ("Sở Y tế", 1903, 1876, 1869, 7)]
    for r in rows:
        assert r[3] + r[4] == r[2] <= r[1]
    tot = ("Tổng cộng",) + tuple(sum(r[i] for r in rows) for i in range(1, 5))
    table = [[("STT", 1, 2), ("Cơ quan", 1, 2), ("Số hồ sơ tiếp nhận", 1, 2), ("Số hồ sơ đã giải quyết", 1, 2),
              ("Giải quyết đúng hạn", 2, 1), ("Giải quyết trễ hạn", 2, 1)],
             [None, None, None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"]]
    recs = []
    for i, r in enumerate(rows + [tot], 1):
        ot, lt = pct(r[3], r[2]), pct(r[4], r[2])
        table.append([str(i) if r is not tot else "", r[0], T(r[1]), T(r[2]), T(r[3]), P2(ot), T(r[4]), P2(lt)])
        recs.append((r, ot, lt))
    assert recs[1][1] == 99.8 and recs[1][2] == 0.2  # printed 99,80 / 0,20
    docx_doc([
        "UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 4417/BC-VP\tQuảng Ngãi, ngày 04 tháng 10 năm 2024",
        "# BÁO CÁO",
        "# Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tại các cơ quan cấp tỉnh 9 tháng đầu năm 2024",
        "Văn phòng UBND tỉnh tổng hợp kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính của các cơ quan "
        "cấp tỉnh có lượng hồ sơ lớn trong 9 tháng đầu năm 2024 như sau (tỷ lệ tính trên số hồ sơ đã giải "
        "quyết):",
        table,
        f"Sở Tài nguyên và Môi trường có {T(rows[3][4])} hồ sơ trễ hạn, chiếm {T(recs[3][2])}% số hồ sơ đã giải "
        "quyết của Sở, chủ yếu thuộc lĩnh vực đất đai.",
        "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Sở Nội vụ;\n- Lưu: VT, KSTT.\nCHÁNH VĂN PHÒNG\n"
        "Nguyễn Văn Hiển",
    ], OUT / f"{stem}.docx")
    dossiers = []
    for r, ot, lt in recs:
        scope = "cấp tỉnh" if r is tot else r[0]
        dossiers.append(D(scope, P, "table", "units-table", received=r[1], resolved=r[2], resolved_on_time=r[3],
                          on_time_rate=ot, resolved_late=r[4], late_rate=lt))
    dossiers[3]["note"] = "row of the table; the sentence below restates its late count and rate (one fact)"
    dossiers[-1]["note"] = "the 'Tổng cộng' row of the agencies of cấp tỉnh (title: 'các cơ quan cấp tỉnh')"
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               checks=["Tổng cộng = sum of the six rows in every count column",
                       "on time + late = resolved in every row",
                       "rates over resolved as stated (2 decimals, half up: 99,80 / 0,20 for Sở KH&ĐT)"])


# ==== B12: per-unit sentences exceeding the commune total, no claim (warning) ================

def doc_B12() -> None:
    stem = "B12_huyen_dam_ha_xa_vuot_tong"
    P = "năm 2024"
    whole = 6210
    units = [("thị trấn Đầm Hà", 2315), ("xã Quảng Tân", 1486), ("xã Dực Yên", 1322), ("xã Tân Bình", 1207)]
    assert sum(v for _, v in units) == 6330 > whole
    h_rec, h_res, h_early, h_ot, h_late = 3128, 3064, 1011, 2031, 22
    assert h_early + h_ot + h_late == h_res
    text = header("UỶ BAN NHÂN DÂN", "HUYỆN ĐẦM HÀ", "Số: 301/BC-UBND",
                  "Đầm Hà, ngày 12 tháng 12 năm 2024") + f"""
BÁO CÁO
Kết quả công tác cải cách hành chính năm 2024

I. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH
Năm 2024, Bộ phận Một cửa huyện tiếp nhận {T(h_rec)} hồ sơ, đã giải quyết {T(h_res)} hồ sơ, trong đó trước hạn {T(h_early)} hồ sơ, đúng hạn {T(h_ot)} hồ sơ, quá hạn {T(h_late)} hồ sơ.
UBND các xã, thị trấn tiếp nhận {T(whole)} hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,4%.

II. ĐÁNH GIÁ
Một số đơn vị có lượng hồ sơ lớn: thị trấn Đầm Hà tiếp nhận {T(units[0][1])} hồ sơ; xã Quảng Tân tiếp nhận {T(units[1][1])} hồ sơ; xã Dực Yên tiếp nhận {T(units[2][1])} hồ sơ; xã Tân Bình tiếp nhận {T(units[3][1])} hồ sơ. Các đơn vị này đều bố trí đủ công chức làm việc tại Bộ phận Một cửa.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu 100% hồ sơ được số hóa khi tiếp nhận.

Nơi nhận:
- UBND tỉnh Quảng Ninh;
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hùng
"""
    dossiers = [D("cấp huyện", P, cls="units-prose", received=h_rec, resolved=h_res, resolved_early=h_early,
                  resolved_on_time=h_ot, resolved_late=h_late,
                  note="'Bộ phận Một cửa huyện': the district's own desk, the district level"),
                D("cấp xã", P, cls="units-prose", received=whole, on_time_rate=99.4)]
    for n, v in units:
        dossiers.append(D(n, P, cls="units-prose", received=v))
    write_txt(stem, text, dossiers=dossiers,
              not_figures=[NF(100, "100% hồ sơ được số hóa (outlook target)")],
              checks=[f"{T(h_early)} + {T(h_ot)} + {T(h_late)} = {T(h_res)}"],
              findings=[F("sum-mismatch", "warning", [whole],
                          f"four communes alone received 6.330 dossiers, more than the {T(whole)} of all "
                          "communes; the text only says 'một số đơn vị' (no claim they make up the whole): a "
                          "warning")])


DOCS = {k[4:]: v for k, v in dict(globals()).items() if k.startswith("doc_B")}


def main(argv: list[str]) -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name in argv or sorted(DOCS):
        DOCS[name]()
        print("wrote", name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
