#!/usr/bin/env python
"""Writes part A of the tenth blind round, corpora/blind10/A01..A14 (issue 10: WHO and
WHEN each figure belongs to): plain-text reports and portal articles, DOCX reports with real
tables, HTML portal pages with tables and a PDF with a ruled table, each with its
hand-written gold (`A0N_name.gold.json`).

Written by a helper blind to the extractor (it read neither extractor/ nor rules/); the gold
says what a careful reader takes from each text: scope (dossier statistics) or subject
(scores) and period as a reader would write them. Each record's "class" names the scope or
period class it exercises (README_A.md). Kept so the binary documents can be rebuilt and
read as source; the stated rates are checked against their parts here (a figure the text
states must be coherent). Needs python-docx (a project dependency) and reportlab (only for
the PDF; not a project dependency):

    pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl .venv/bin/python scripts/make_blind10a.py
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "corpora" / "blind10"

_spec = importlib.util.spec_from_file_location("make_unseen_6nn",
                                               ROOT / "scripts" / "make_unseen_6nn.py")
_m6 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_m6)
docx_doc, pdf_doc, html_table = _m6.docx_doc, _m6.pdf_doc, _m6.html_table


write_gold, write_txt, write_html = _m6.writers(OUT)


def D(scope: str, period: str, cls: str, form: str = "prose", note: Optional[str] = None,
      **fields: Any) -> dict:
    """One gold dossier record."""
    rec: dict[str, Any] = {"scope": scope, "period": period}
    rec.update(fields)
    rec["form"] = form
    rec["class"] = cls
    if note:
        rec["note"] = note
    return rec


def S(indicator: str, value: float, unit: str, subject: str, year: int, cls: str,
      form: str = "prose", note: Optional[str] = None, criterion: Optional[str] = None,
      **fields: Any) -> dict:
    """One gold score record."""
    rec: dict[str, Any] = {"indicator": indicator, "criterion": criterion, "value": value,
                           "unit": unit}
    rec.update(fields)
    rec["year"] = year
    rec["subject"] = subject
    rec["form"] = form
    rec["class"] = cls
    if note:
        rec["note"] = note
    return rec


def NF(value: float, text: str) -> dict:
    return {"value": value, "text": text}


def rate(part: int, whole: int, stated: float) -> None:
    """A rate the text states must be its parts' rate, rounded as written."""
    got = 100.0 * part / whole
    assert abs(got - stated) < 0.006 + 1e-9 or abs(round(got, 1) - stated) < 1e-9, \
        (part, whole, stated, got)


def sums(*parts: int, total: int) -> None:
    assert sum(parts) == total, (parts, sum(parts), total)


def T(x: Any) -> str:
    """A number as a Vietnamese report writes it: 1.234 for counts, 98,76 for decimals."""
    if isinstance(x, int):
        return f"{x:,}".replace(",", ".")
    return f"{x:.2f}".replace(".", ",")


# ---- A01: province, quarter that starts in the previous year, paragraph leads by level ----

def doc_a01() -> None:
    stem = "A01_tinh_yen_bai_quy1_2025"
    P = "quý I năm 2025 (15/12/2024 – 14/3/2025)"
    rate(71512, 98436, 72.65)
    rate(95871, 96204, 99.65)
    sums(21348, 38510, 38578, total=98436)
    sums(20913, 37602, 37689, total=96204)
    sums(41, 214, 78, total=333)
    sums(95871, 333, total=96204)
    sums(96204, 2232, total=98436)
    text = """
ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH YÊN BÁI                                    Độc lập - Tự do - Hạnh phúc
Số: 58/BC-UBND                            Yên Bái, ngày 18 tháng 3 năm 2025

BÁO CÁO
Công tác cải cách hành chính quý I năm 2025

Thực hiện Công văn số 145/BNV-CCHC ngày 10/01/2025 của Bộ Nội vụ về việc báo cáo định kỳ công tác cải cách hành chính, UBND tỉnh Yên Bái báo cáo kết quả thực hiện quý I năm 2025 (số liệu tính từ ngày 15/12/2024 đến ngày 14/3/2025) như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 08/01/2025 về cải cách hành chính năm 2025 với 86 nhiệm vụ; đến hết quý I đã hoàn thành 14 nhiệm vụ, các nhiệm vụ còn lại đang được các cơ quan, đơn vị triển khai theo tiến độ. Văn phòng UBND tỉnh đã tham mưu, trình Chủ tịch UBND tỉnh ban hành 6 quyết định công bố 45 thủ tục hành chính mới ban hành, sửa đổi, bổ sung.

II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
Trong kỳ, toàn tỉnh tiếp nhận 98.436 hồ sơ thủ tục hành chính, trong đó 71.512 hồ sơ trực tuyến (đạt 72,65%); đã giải quyết 96.204 hồ sơ, trong đó đúng và trước hạn 95.871 hồ sơ (đạt 99,65%), trễ hạn 333 hồ sơ; đang giải quyết 2.232 hồ sơ.

Đối với cấp tỉnh, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 21.348 hồ sơ của 19 sở, ban, ngành; đã giải quyết 20.913 hồ sơ, trễ hạn 41 hồ sơ. Số hồ sơ trễ hạn tập trung ở Sở Tài nguyên và Môi trường (36 hồ sơ), đã được Sở thực hiện xin lỗi tổ chức, công dân theo quy định.
Cấp huyện tiếp nhận 38.510 hồ sơ, giải quyết 37.602 hồ sơ, trễ hạn 214 hồ sơ.

Đối với cấp xã, các xã, phường, thị trấn tiếp nhận 38.578 hồ sơ. Đã giải quyết 37.689 hồ sơ, trễ hạn 78 hồ sơ. Tỷ lệ hồ sơ nộp trực tuyến ở cấp này đạt 64,20%, thấp hơn nhiều so với cấp tỉnh.

So với cùng kỳ năm 2024, số hồ sơ tiếp nhận toàn tỉnh tăng 8.215 hồ sơ; tỷ lệ giải quyết đúng hạn quý I năm 2024 là 99,12%. Danh sách hồ sơ trễ hạn đã được tổng hợp, gửi Sở Nội vụ để theo dõi, làm căn cứ đánh giá Chỉ số cải cách hành chính năm 2025 của các cơ quan, đơn vị.

III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025
Tập trung giải quyết dứt điểm hồ sơ đang giải quyết; phấn đấu tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trên 75%, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,8% trở lên.

Nơi nhận:
- Bộ Nội vụ;
- TT Tỉnh ủy, TT HĐND tỉnh;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Hồng Vân
"""
    dossiers = [
        D("tỉnh Yên Bái", P, "toan-tinh", received=98436, online=71512, online_rate=72.65,
          resolved=96204, resolved_on_time=95871, on_time_rate=99.65, resolved_late=333,
          pending=2232, note="'toàn tỉnh' = the issuing province; 'đúng và trước hạn' = on time "
                             "(early included); period from the opening sentence"),
        D("cấp tỉnh", P, "paragraph-lead", received=21348, resolved=20913, resolved_late=41,
          note="'Đối với cấp tỉnh,' leads the paragraph; the Centre is the provincial level"),
        D("Sở Tài nguyên và Môi trường", P, "unit-inside-lead", resolved_late=36,
          note="36 of the 41 late dossiers of the provincial level belong to this department"),
        D("cấp huyện", P, "paragraph-lead",
          received=38510, resolved=37602, resolved_late=214,
          note="a new lead 'Cấp huyện' in the same paragraph ends the 'cấp tỉnh' scope"),
        D("cấp xã", P, "paragraph-lead", received=38578, resolved=37689, resolved_late=78,
          online_rate=64.2,
          note="'Đối với cấp xã,' scopes three sentences; 'ở cấp này' = cấp xã"),
        D("tỉnh Yên Bái", "quý I năm 2024", "other-period", on_time_rate=99.12,
          note="stated as a fact of the same quarter of 2024"),
    ]
    tasks = [{"done": 14, "total": 86, "period": "quý I năm 2025", "form": "prose",
              "class": "plain", "note": "tasks of the 2025 plan done by the end of quarter I"}]
    write_txt(stem, text, dossiers=dossiers, tasks=tasks, not_figures=[
        NF(8215, "tăng 8.215 hồ sơ so với cùng kỳ (a change)"),
        NF(45, "công bố 45 thủ tục hành chính (TTHC)"),
        NF(6, "6 quyết định công bố"),
        NF(19, "19 sở, ban, ngành (unit count)"),
        NF(75, "phấn đấu ... trên 75% (target)"),
        NF(99.8, "đạt 99,8% trở lên (target)"),
    ], checks=["cấp tỉnh + cấp huyện + cấp xã = toàn tỉnh (received, resolved, late)",
               "95871 + 333 = 96204", "96204 + 2232 = 98436",
               "71512 / 98436 = 72,65%", "95871 / 96204 = 99,65%"])


# ---- A02: provincial office, a month, the Centre as lead, year-to-date, objects ----------

def doc_a02() -> None:
    stem = "A02_vp_ubnd_lam_dong_thang_10_2025"
    P = "tháng 10/2025"
    rate(94358, 112640, 83.77)
    rate(107884, 108915, 99.05)
    rate(1031, 108915, 0.95)
    sums(107884, 1031, total=108915)
    sums(9102, 8311, 153, total=17566)
    sums(18204, 94436, total=112640)
    sums(17566, 91349, total=108915)
    sums(153, 878, total=1031)
    text = """
UBND TỈNH LÂM ĐỒNG                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG                                          Độc lập - Tự do - Hạnh phúc
Số: 1420/BC-VP                             Lâm Đồng, ngày 05 tháng 11 năm 2025

BÁO CÁO
Tình hình tiếp nhận, giải quyết thủ tục hành chính tháng 10 năm 2025

Căn cứ số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh ngày 03/11/2025, Văn phòng UBND tỉnh báo cáo tình hình tiếp nhận, giải quyết thủ tục hành chính trên địa bàn tỉnh tháng 10/2025 như sau:

1. Kết quả chung
Trong tháng 10/2025, toàn tỉnh tiếp nhận 112.640 hồ sơ, trong đó trực tuyến 94.358 hồ sơ (83,77%). Số hồ sơ đã giải quyết là 108.915 hồ sơ, đúng hạn 107.884 hồ sơ (99,05%), trễ hạn 1.031 hồ sơ (0,95%). Tháng 9/2025, tỷ lệ giải quyết đúng hạn toàn tỉnh là 98,71%; so với tháng trước, số hồ sơ tiếp nhận tăng 6,4%.

2. Tại Trung tâm Phục vụ hành chính công tỉnh
Tại Trung tâm Phục vụ hành chính công tỉnh, các sở, ngành tiếp nhận 18.204 hồ sơ; đã trả kết quả 17.566 hồ sơ, trong đó trước hạn 9.102 hồ sơ, đúng hạn 8.311 hồ sơ, trễ hạn 153 hồ sơ. Trung tâm tiếp tục phối hợp với Bưu điện tỉnh duy trì 12 quầy tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.
Lũy kế từ đầu năm đến ngày 31/10/2025, Trung tâm tiếp nhận 171.436 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,87%.

3. Cấp xã
Đối với cấp xã, 124 xã, phường, đặc khu tiếp nhận 94.436 hồ sơ, đã giải quyết 91.349 hồ sơ, trễ hạn 878 hồ sơ. Trong đó, phường Xuân Hương - Đà Lạt tiếp nhận nhiều nhất với 3.912 hồ sơ; phường Bảo Lộc 1 đạt tỷ lệ giải quyết đúng hạn 100%, xã Di Linh đạt 99,60%.

4. Đề xuất
Chủ tịch UBND tỉnh đã có ý kiến chỉ đạo Sở Nông nghiệp và Môi trường, Sở Xây dựng rà soát, làm rõ nguyên nhân hồ sơ trễ hạn. Văn phòng UBND tỉnh đề nghị UBND các xã, phường, đặc khu phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85% trong tháng 11/2025.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Sở Nội vụ;
- UBND các xã, phường, đặc khu;
- Lưu: VT, KSTT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Nguyễn Thị Thanh Hương
"""
    dossiers = [
        D("tỉnh Lâm Đồng", P, "toan-tinh", received=112640, online=94358, online_rate=83.77,
          resolved=108915, resolved_on_time=107884, on_time_rate=99.05, resolved_late=1031,
          late_rate=0.95, note="issuer is the provincial office: 'toàn tỉnh' = tỉnh Lâm Đồng"),
        D("tỉnh Lâm Đồng", "tháng 9/2025", "other-period", on_time_rate=98.71,
          note="the previous month, stated as a fact"),
        D("cấp tỉnh", P, "paragraph-lead", received=18204, resolved=17566, resolved_early=9102,
          resolved_on_time=8311, resolved_late=153,
          note="'Tại Trung tâm Phục vụ hành chính công tỉnh,' = the provincial level; "
               "'Bưu điện tỉnh' is an object"),
        D("cấp tỉnh", "từ đầu năm đến ngày 31/10/2025", "year-to-date", received=171436,
          on_time_rate=98.87, note="'Trung tâm' named in the previous sentence"),
        D("cấp xã", P, "paragraph-lead", received=94436, resolved=91349, resolved_late=878),
        D("phường Xuân Hương - Đà Lạt", P, "several-units", received=3912),
        D("phường Bảo Lộc 1", P, "several-units", on_time_rate=100.0,
          note="a digit inside the unit's name"),
        D("xã Di Linh", P, "several-units", on_time_rate=99.6),
    ]
    write_txt(stem, text, dossiers=dossiers, not_figures=[
        NF(6.4, "tăng 6,4% so với tháng trước (a change)"),
        NF(12, "12 quầy tiếp nhận (counters)"),
        NF(124, "124 xã, phường, đặc khu (unit count)"),
        NF(85, "phấn đấu ... đạt 85% (target)"),
        NF(1, "phường Bảo Lộc 1 (digit in a name)"),
    ], checks=["Trung tâm + cấp xã = toàn tỉnh (received, resolved, late)",
               "9102 + 8311 + 153 = 17566", "107884 + 1031 = 108915"])


# ---- A03: district, 6 months, subject only 'huyện' (header), communes in one sentence ----

def doc_a03() -> None:
    stem = "A03_huyen_tho_xuan_6_thang_2024"
    P = "6 tháng đầu năm 2024 (15/12/2023 – 14/6/2024)"
    sums(2960, 1718, 24, total=4702)
    sums(4702, 104, total=4806)
    sums(4806, 12374, total=17180)
    sums(4702, 12301, total=17003)
    text = """
ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THỌ XUÂN                                  Độc lập - Tự do - Hạnh phúc
Số: 245/BC-UBND                            Thọ Xuân, ngày 17 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm,
phương hướng, nhiệm vụ 6 tháng cuối năm 2024

I. KẾT QUẢ THỰC HIỆN
1. Kết quả Chỉ số cải cách hành chính năm 2023
Ngày 28/02/2024, UBND tỉnh Thanh Hóa ban hành Quyết định số 812/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố. Theo đó, huyện đạt 88,42%, tăng 1,35% so với năm 2022, xếp thứ 6/26 đơn vị cấp huyện. Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của huyện năm 2023 đạt 86,10%.

2. Cải cách thủ tục hành chính
Từ ngày 15/12/2023 đến ngày 14/6/2024, Bộ phận Một cửa huyện tiếp nhận 4.806 hồ sơ (trực tuyến 3.215 hồ sơ); đã giải quyết 4.702 hồ sơ, trong đó trước hạn 2.960 hồ sơ, đúng hạn 1.718 hồ sơ, trễ hạn 24 hồ sơ; đang giải quyết 104 hồ sơ. Các hồ sơ trễ hạn thuộc lĩnh vực đất đai, đã được báo cáo Chủ tịch UBND huyện và gửi văn bản xin lỗi công dân.
Riêng cấp xã: 41 xã, thị trấn tiếp nhận 12.374 hồ sơ, đã giải quyết 12.301 hồ sơ, tỷ lệ đúng hạn đạt 99,84%. Một số xã có tỷ lệ giải quyết đúng hạn thấp: xã Xuân Hồng đạt 97,12%, xã Thọ Lâm 97,45%, xã Xuân Sinh 98,03%.
Tính chung 6 tháng, toàn huyện tiếp nhận 17.180 hồ sơ, giải quyết 17.003 hồ sơ.

II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
Phấn đấu Chỉ số cải cách hành chính năm 2024 của huyện đạt trên 89% và nằm trong nhóm 5 đơn vị dẫn đầu của tỉnh; tỷ lệ hồ sơ trực tuyến đạt từ 80% trở lên.

Nơi nhận:
- Sở Nội vụ tỉnh Thanh Hóa;
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT, NV.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Đình Hải
"""
    scores = [
        S("PAR_INDEX", 88.42, "%", "huyện Thọ Xuân", 2023, "subject-header-only",
          rank=6, rank_total=26, change=1.35,
          note="'huyện' alone, the unit named in the header; UBND tỉnh Thanh Hóa publishes it "
               "(an object)"),
        S("SIPAS", 86.1, "%", "huyện Thọ Xuân", 2023, "subject-header-only",
          note="'sự hài lòng của người dân, tổ chức đối với sự phục vụ của huyện' = SIPAS"),
    ]
    dossiers = [
        D("cấp huyện", P, "range-period", received=4806, online=3215, resolved=4702,
          resolved_early=2960, resolved_on_time=1718, resolved_late=24, pending=104,
          note="Bộ phận Một cửa huyện = the district level; period 'Từ ngày ... đến ngày ...'"),
        D("cấp xã", P, "paragraph-lead", received=12374, resolved=12301, on_time_rate=99.84,
          note="'Riêng cấp xã:'"),
        D("xã Xuân Hồng", P, "several-units", on_time_rate=97.12),
        D("xã Thọ Lâm", P, "several-units", on_time_rate=97.45),
        D("xã Xuân Sinh", P, "several-units", on_time_rate=98.03),
        D("huyện Thọ Xuân", P, "toan-huyen", received=17180, resolved=17003,
          note="'toàn huyện' = the issuing district; sums of the two levels"),
    ]
    write_txt(stem, text, scores=scores, dossiers=dossiers, not_figures=[
        NF(89, "phấn đấu ... đạt trên 89% (target)"),
        NF(5, "nhóm 5 đơn vị dẫn đầu (target)"),
        NF(80, "từ 80% trở lên (target)"),
        NF(41, "41 xã, thị trấn (unit count)"),
    ], checks=["2960 + 1718 + 24 = 4702", "4702 + 104 = 4806",
               "4806 + 12374 = 17180", "4702 + 12301 = 17003"])


# ---- A04: commune, a month, year-to-date and the same span a year before, scores ---------

def doc_a04() -> None:
    stem = "A04_xa_ninh_xuan_thang_11_2024"
    P = "tháng 11/2024"
    sums(371, 15, total=386)
    text = """
ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ NINH XUÂN                                    Độc lập - Tự do - Hạnh phúc
Số: 187/BC-UBND                           Ninh Xuân, ngày 26 tháng 11 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính tháng 11 năm 2024

Thực hiện Công văn số 2650/UBND-NV ngày 12/3/2024 của UBND thị xã Ninh Hòa về chế độ báo cáo định kỳ công tác cải cách hành chính, UBND xã Ninh Xuân báo cáo như sau:

1. Tiếp nhận và giải quyết hồ sơ thủ tục hành chính
Trong tháng 11/2024, Bộ phận Tiếp nhận và trả kết quả của xã tiếp nhận 386 hồ sơ, trong đó nộp trực tuyến 302 hồ sơ; đã giải quyết 371 hồ sơ, tất cả đều đúng hạn; đang giải quyết 15 hồ sơ, đều chưa đến hạn.
Lũy kế từ đầu năm đến ngày 25/11/2024, xã tiếp nhận 4.215 hồ sơ, giải quyết 4.188 hồ sơ, trễ hạn 3 hồ sơ (lĩnh vực chứng thực, do đường truyền bị gián đoạn). Cùng kỳ năm 2023, xã tiếp nhận 3.870 hồ sơ.

2. Chỉ số cải cách hành chính
Tại Quyết định số 415/QĐ-UBND ngày 20/02/2024, UBND thị xã công bố Chỉ số cải cách hành chính năm 2023 của 27 xã, phường; xã đạt 86,50 điểm, xếp thứ 9/27. Phường Ninh Hiệp dẫn đầu với 93,25 điểm. Chỉ số hài lòng của người dân đối với sự phục vụ của xã năm 2023 đạt 92,30%.

3. Nhiệm vụ tháng 12/2024
Giải quyết dứt điểm 15 hồ sơ chuyển sang; rà soát, công khai 127 thủ tục hành chính cấp xã; phấn đấu 100% hồ sơ được giải quyết đúng hạn.

Nơi nhận:
- Phòng Nội vụ thị xã;
- TT Đảng ủy, HĐND xã;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Lợi
"""
    dossiers = [
        D("xã Ninh Xuân", P, "month-period", received=386, online=302, resolved=371,
          pending=15, note="the commune is named in the header and opening sentence only"),
        D("xã Ninh Xuân", P, "value-words", resolved_on_time=371, on_time_rate=100.0,
          pending_on_time=15,
          note="'tất cả đều đúng hạn' (371 on time, 100%), 'đều chưa đến hạn'; gold "
               "correction after the blind run: the 100% in words was left out and "
               "'phấn đấu 100%' listed as a trap, which the value in words makes ambiguous"),
        D("xã Ninh Xuân", "từ đầu năm đến ngày 25/11/2024", "year-to-date", received=4215,
          resolved=4188, resolved_late=3),
        D("xã Ninh Xuân", "từ đầu năm đến ngày 25/11/2023", "other-period",
          received=3870, note="'Cùng kỳ năm 2023' after a year-to-date sentence: the same span "
                              "of 2023"),
    ]
    scores = [
        S("PAR_INDEX", 86.5, "điểm", "xã Ninh Xuân", 2023, "subject-header-only", rank=9,
          rank_total=27, note="'xã đạt' = the issuing commune; UBND thị xã is the publisher"),
        S("PAR_INDEX", 93.25, "điểm", "phường Ninh Hiệp", 2023, "several-units", rank=1,
          rank_total=27, note="'dẫn đầu' among the 27 communes and wards"),
        S("SIPAS", 92.3, "%", "xã Ninh Xuân", 2023, "subject-header-only"),
    ]
    write_txt(stem, text, dossiers=dossiers, scores=scores, not_figures=[
        NF(127, "127 thủ tục hành chính cấp xã (TTHC)"),
    ], checks=["371 + 15 = 386"])


# ---- A05: provincial Department of Home Affairs, index by section headings, 'tỉnh ta' ----

def doc_a05() -> None:
    stem = "A05_so_noi_vu_thai_nguyen_chi_so_2024"
    assert abs(89.36 - 0.84 - 88.52) < 1e-9
    text = """
UBND TỈNH THÁI NGUYÊN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                                          Độc lập - Tự do - Hạnh phúc
Số: 1835/BC-SNV                            Thái Nguyên, ngày 14 tháng 4 năm 2025

BÁO CÁO
Phân tích kết quả Chỉ số cải cách hành chính năm 2024

I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA TỈNH
Ngày 08/4/2025, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2024 của các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố trực thuộc Trung ương. Tỉnh ta đạt 89,36%, tăng 0,84% so với năm 2023, xếp thứ 11/63 tỉnh, thành phố. Năm 2023, tỉnh xếp thứ 14/63 với 88,52%.
Cùng đợt công bố, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 của tỉnh đạt 84,71%.

II. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA CÁC CƠ QUAN, ĐƠN VỊ
Trên cơ sở kết quả tự đánh giá và thẩm định của Hội đồng thẩm định, UBND tỉnh đã ban hành Quyết định số 702/QĐ-UBND ngày 10/4/2025 công bố Chỉ số cải cách hành chính năm 2024 của các cơ quan, đơn vị trên địa bàn tỉnh, cụ thể:

1. Khối sở, ban, ngành
Giá trị trung bình Chỉ số cải cách hành chính của 19 sở, ban, ngành đạt 87,14%. Đứng đầu là Sở Tư pháp với 92,05%; tiếp theo là Sở Nội vụ đạt 91,62% và Văn phòng UBND tỉnh đạt 90,88%. Đơn vị có kết quả thấp nhất là Ban Quản lý các Khu công nghiệp tỉnh, đạt 80,17%.

2. Khối UBND các huyện, thành phố
Giá trị trung bình của khối đạt 85,96%. Thành phố Phổ Yên dẫn đầu với 90,41%, thành phố Thái Nguyên đạt 89,97%, huyện Phú Bình đạt 89,20%. Thấp nhất là huyện Võ Nhai (81,35%).

III. ĐỀ XUẤT
Kết quả trên đã được gửi Bộ Nội vụ và các cơ quan, đơn vị để khắc phục hạn chế. Sở Nội vụ đề nghị các cơ quan, đơn vị phấn đấu năm 2025 Chỉ số cải cách hành chính của tỉnh đạt trên 90% và nằm trong nhóm 10 tỉnh, thành phố dẫn đầu.

Nơi nhận:
- UBND tỉnh (b/c);
- Các sở, ban, ngành; UBND các huyện, thành phố;
- Lưu: VT, CCHC.
GIÁM ĐỐC
Hoàng Văn Hùng
"""
    Y = 2024
    scores = [
        S("PAR_INDEX", 89.36, "%", "tỉnh Thái Nguyên", Y, "subject-tinh-ta", rank=11,
          rank_total=63, change=0.84,
          note="'Tỉnh ta' = the province in the header; Bộ Nội vụ is the publisher (object)"),
        S("PAR_INDEX", 88.52, "%", "tỉnh Thái Nguyên", 2023, "other-period", rank=14,
          rank_total=63, note="'Năm 2023, tỉnh xếp thứ 14/63 với 88,52%' (another year)"),
        S("SIPAS", 84.71, "%", "tỉnh Thái Nguyên", Y, "subject-earlier-sentence",
          note="'của tỉnh'"),
        S("PAR_INDEX", 87.14, "%", "sở, ban, ngành (trung bình)", Y, "section-heading",
          note="average of the provincial departments"),
        S("PAR_INDEX", 92.05, "%", "Sở Tư pháp", Y, "several-units", rank=1, rank_total=19),
        S("PAR_INDEX", 91.62, "%", "Sở Nội vụ", Y, "several-units", rank=2, rank_total=19,
          note="the issuer itself, ranked second ('tiếp theo là')"),
        S("PAR_INDEX", 90.88, "%", "Văn phòng UBND tỉnh", Y, "several-units", rank=3,
          rank_total=19),
        S("PAR_INDEX", 80.17, "%", "Ban Quản lý các Khu công nghiệp tỉnh", Y, "several-units",
          rank=19, rank_total=19, note="'thấp nhất' of the 19"),
        S("PAR_INDEX", 85.96, "%", "huyện, thành phố (trung bình)", Y, "section-heading",
          note="'Giá trị trung bình của khối' — the block named in the section heading"),
        S("PAR_INDEX", 90.41, "%", "thành phố Phổ Yên", Y, "several-units", rank=1),
        S("PAR_INDEX", 89.97, "%", "thành phố Thái Nguyên", Y, "several-units"),
        S("PAR_INDEX", 89.2, "%", "huyện Phú Bình", Y, "several-units"),
        S("PAR_INDEX", 81.35, "%", "huyện Võ Nhai", Y, "several-units",
          note="'Thấp nhất' of the district block"),
    ]
    write_txt(stem, text, scores=scores, not_figures=[
        NF(90, "phấn đấu ... đạt trên 90% (target)"),
        NF(10, "nhóm 10 tỉnh, thành phố dẫn đầu (target)"),
    ], checks=["89,36 − 0,84 = 88,52"])


# ---- A06: ministry, a year as a date range, departments in one paragraph, objects --------

def doc_a06() -> None:
    stem = "A06_bo_nn_ptnt_nam_2024"
    P = "năm 2024 (15/12/2023 – 14/12/2024)"
    sums(40655, 257, total=40912)
    sums(40912, 374, total=41286)
    rate(40655, 40912, 99.37)
    assert abs(41286 / 37902 - 1.089) < 0.0005
    text = """
BỘ NÔNG NGHIỆP                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VÀ PHÁT TRIỂN NÔNG THÔN                         Độc lập - Tự do - Hạnh phúc
Số: 9120/BC-BNN-VP                           Hà Nội, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2024

Thực hiện Công văn số 7325/BNV-CCHC ngày 25/11/2024 của Bộ Nội vụ và theo hướng dẫn của Văn phòng Chính phủ tại Công văn số 1178/VPCP-KSTT, Bộ Nông nghiệp và Phát triển nông thôn báo cáo kết quả công tác cải cách hành chính năm 2024 (số liệu từ ngày 15/12/2023 đến ngày 14/12/2024) như sau:

I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Kiểm soát thủ tục hành chính
Bộ trưởng đã ban hành 14 quyết định công bố 96 thủ tục hành chính; phối hợp với Văn phòng Chính phủ tích hợp 254 dịch vụ công lên Cổng Dịch vụ công quốc gia.

2. Kết quả giải quyết thủ tục hành chính
Trong năm, Bộ phận Một cửa của Bộ tiếp nhận 41.286 hồ sơ, trong đó 39.870 hồ sơ trực tuyến trên Cổng Dịch vụ công của Bộ và Cổng Dịch vụ công quốc gia; đã giải quyết 40.912 hồ sơ, đúng hạn 40.655 hồ sơ (99,37%), trễ hạn 257 hồ sơ; đang giải quyết 374 hồ sơ. So với năm 2023 (tiếp nhận 37.902 hồ sơ), số hồ sơ năm 2024 tăng 8,9%.
Cục Bảo vệ thực vật là đơn vị có số lượng hồ sơ lớn nhất: tiếp nhận 18.530 hồ sơ, giải quyết đúng hạn 18.422 hồ sơ, trễ hạn 61 hồ sơ. Cục Thú y tiếp nhận 12.104 hồ sơ, trễ hạn 142 hồ sơ; Cục Chăn nuôi tiếp nhận 3.215 hồ sơ, không có hồ sơ trễ hạn. Các hồ sơ trễ hạn đã được đơn vị gửi thư xin lỗi tổ chức, cá nhân theo quy định.

II. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
Năm 2023, Chỉ số cải cách hành chính của Bộ đạt 87,64%, xếp thứ 7/17 bộ, cơ quan ngang bộ; Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ hành chính của Bộ đạt 85,20%.

III. NHIỆM VỤ NĂM 2025
Phấn đấu 100% thủ tục hành chính đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99,5%.

Nơi nhận:
- Bộ Nội vụ;
- Văn phòng Chính phủ;
- Bộ trưởng, các Thứ trưởng;
- Lưu: VT, VP.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Quốc Thanh
"""
    B = "Bộ Nông nghiệp và Phát triển nông thôn"
    dossiers = [
        D(B, P, "issuer-scope", received=41286, online=39870, resolved=40912,
          resolved_on_time=40655, on_time_rate=99.37, resolved_late=257, pending=374,
          note="'Bộ phận Một cửa của Bộ' = the ministry; Bộ Nội vụ and Văn phòng Chính phủ "
               "are objects"),
        D(B, "năm 2023", "other-period", received=37902,
          note="'So với năm 2023 (tiếp nhận 37.902 hồ sơ)' states the 2023 figure"),
        D("Cục Bảo vệ thực vật", P, "several-units", received=18530, resolved_on_time=18422,
          resolved_late=61),
        D("Cục Thú y", P, "several-units", received=12104, resolved_late=142),
        D("Cục Chăn nuôi", P, "several-units", received=3215, resolved_late=0,
          note="'không có hồ sơ trễ hạn' = 0"),
    ]
    scores = [
        S("PAR_INDEX", 87.64, "%", B, 2023, "subject-header-only", rank=7, rank_total=17,
          note="'của Bộ' = the issuing ministry"),
        S("SIPAS", 85.2, "%", B, 2023, "subject-header-only"),
    ]
    write_txt(stem, text, dossiers=dossiers, scores=scores, not_figures=[
        NF(14, "14 quyết định công bố"),
        NF(96, "96 thủ tục hành chính (TTHC)"),
        NF(254, "254 dịch vụ công tích hợp"),
        NF(8.9, "tăng 8,9% (a change)"),
        NF(100, "phấn đấu 100% TTHC (target)"),
        NF(99.5, "đạt trên 99,5% (target)"),
    ], checks=["40655 + 257 = 40912", "40912 + 374 = 41286", "40655 / 40912 = 99,37%"])


# ---- A07: district portal news, 9 months, subject in the headline, same span last year ---

def doc_a07() -> None:
    stem = "A07_tin_duc_tho_9_thang_2024"
    P = "9 tháng năm 2024 (từ đầu năm đến ngày 30/9/2024)"
    rate(18508, 18655, 99.21)
    text = """
Đức Thọ: 9 tháng năm 2024, tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,21%

Ngày đăng: 08/10/2024 | Lượt xem: 312

(ĐT) - Chiều 7/10, UBND huyện Đức Thọ tổ chức hội nghị đánh giá công tác cải cách hành chính 9 tháng năm 2024, triển khai nhiệm vụ những tháng cuối năm. Đồng chí Phó Chủ tịch UBND huyện chủ trì hội nghị.

Theo báo cáo, từ đầu năm đến ngày 30/9/2024, Bộ phận Một cửa huyện và 15 xã, thị trấn đã tiếp nhận 18.942 hồ sơ, giải quyết 18.655 hồ sơ, trong đó đúng hạn 18.508 hồ sơ, đạt 99,21%; tỷ lệ hồ sơ nộp trực tuyến đạt 81,36%. Cùng kỳ năm 2023, tỷ lệ giải quyết đúng hạn của huyện chỉ đạt 97,64%.

Ở cấp xã, thị trấn Đức Thọ và xã Tùng Ảnh đạt 100% hồ sơ giải quyết đúng hạn; xã Đức Lạng có tỷ lệ thấp nhất với 96,80%. Văn phòng HĐND và UBND huyện đã phối hợp với Bưu điện huyện trả kết quả tại nhà cho 1.246 lượt người dân.

Năm 2023, Chỉ số cải cách hành chính của huyện xếp thứ 4/13 huyện, thành phố, thị xã với 87,53%. Phát biểu kết luận, đồng chí Phó Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị phấn đấu năm 2024 đưa huyện vào tốp 3 của tỉnh Hà Tĩnh.

Ngọc Anh - Văn phòng HĐND và UBND huyện
"""
    dossiers = [
        D("huyện Đức Thọ", P, "subject-in-headline", received=18942, resolved=18655,
          resolved_on_time=18508, on_time_rate=99.21, online_rate=81.36,
          note="'Bộ phận Một cửa huyện và 15 xã, thị trấn' = the whole district"),
        D("huyện Đức Thọ", "9 tháng năm 2023", "other-period", on_time_rate=97.64,
          note="'Cùng kỳ năm 2023' of a nine-month figure"),
        D("thị trấn Đức Thọ", "9 tháng năm 2024", "several-units", on_time_rate=100.0,
          note="shares its name with the district: scope is the township"),
        D("xã Tùng Ảnh", "9 tháng năm 2024", "several-units", on_time_rate=100.0,
          note="two units share one value"),
        D("xã Đức Lạng", "9 tháng năm 2024", "several-units", on_time_rate=96.8),
    ]
    scores = [
        S("PAR_INDEX", 87.53, "%", "huyện Đức Thọ", 2023, "subject-earlier-sentence", rank=4,
          rank_total=13, note="'của huyện' = Đức Thọ, named earlier"),
    ]
    write_txt(stem, text, dossiers=dossiers, scores=scores, not_figures=[
        NF(1246, "1.246 lượt người dân (home delivery, not dossiers)"),
        NF(3, "tốp 3 (target)"),
        NF(312, "Lượt xem: 312"),
        NF(15, "15 xã, thị trấn (unit count)"),
    ], checks=["18508 / 18655 = 99,21%"])


# ---- A08: province, a year as a range, section headings by level, 'tính chung toàn tỉnh' --

def doc_a08() -> None:
    stem = "A08_tinh_bac_kan_nam_2024"
    P = "năm 2024 (15/12/2023 – 14/12/2024)"
    sums(10218, 5160, 53, total=15431)
    sums(15431, 349, total=15402 + 378)
    sums(28604, 311, total=28915)
    sums(46150, 157, total=46307)
    sums(15431, 28604, 46150, total=90185)
    rate(90185 - (53 + 187 + 35), 90185, 99.70)
    text = """
ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC KẠN                                    Độc lập - Tự do - Hạnh phúc
Số: 312/BC-UBND                           Bắc Kạn, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện cơ chế một cửa, một cửa liên thông năm 2024

Kỳ báo cáo: từ ngày 15/12/2023 đến ngày 14/12/2024.

I. TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH
1. Cấp tỉnh
Số hồ sơ tiếp nhận mới trong kỳ là 15.402 hồ sơ; số hồ sơ từ kỳ trước chuyển sang là 378 hồ sơ. Đã giải quyết 15.431 hồ sơ, trong đó trước hạn 10.218 hồ sơ, đúng hạn 5.160 hồ sơ, trễ hạn 53 hồ sơ; đang giải quyết 349 hồ sơ.

2. Cấp huyện
Tiếp nhận 28.915 hồ sơ; đã giải quyết 28.604 hồ sơ, trễ hạn 187 hồ sơ; đang giải quyết 311 hồ sơ. Số hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai, đã được UBND các huyện báo cáo, giải trình với Chủ tịch UBND tỉnh.

3. Cấp xã
Tiếp nhận 46.307 hồ sơ; đã giải quyết 46.150 hồ sơ, trễ hạn 35 hồ sơ; đang giải quyết 157 hồ sơ.

Tính chung toàn tỉnh, năm 2024 đã giải quyết 90.185 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,70%.

II. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
Chỉ số cải cách hành chính năm 2023 của tỉnh đạt 83,12%, xếp thứ 52/63 tỉnh, thành phố; Chỉ số hài lòng về sự phục vụ hành chính năm 2023 đạt 80,95%. Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch khắc phục các tiêu chí bị trừ điểm.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn của toàn tỉnh trên 99,8%; Chỉ số cải cách hành chính năm 2025 tăng ít nhất 5 bậc.

Nơi nhận:
- Văn phòng Chính phủ (Cục Kiểm soát TTHC);
- Bộ Nội vụ;
- Lưu: VT, KSTT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Minh Đức
"""
    dossiers = [
        D("cấp tỉnh", P, "section-heading", received=15402, carried_over=378, resolved=15431,
          resolved_early=10218, resolved_on_time=5160, resolved_late=53, pending=349,
          note="scope only in the heading '1. Cấp tỉnh'; period in 'Kỳ báo cáo: ...'"),
        D("cấp huyện", P, "section-heading", received=28915, resolved=28604,
          resolved_late=187, pending=311, note="'Chủ tịch UBND tỉnh' is an object"),
        D("cấp xã", P, "section-heading", received=46307, resolved=46150, resolved_late=35,
          pending=157),
        D("tỉnh Bắc Kạn", P, "toan-tinh", resolved=90185, on_time_rate=99.7,
          note="'Tính chung toàn tỉnh' after the level sections"),
    ]
    scores = [
        S("PAR_INDEX", 83.12, "%", "tỉnh Bắc Kạn", 2023, "subject-header-only", rank=52,
          rank_total=63),
        S("SIPAS", 80.95, "%", "tỉnh Bắc Kạn", 2023, "subject-earlier-sentence",
          note="'Chỉ số hài lòng về sự phục vụ hành chính' after 'của tỉnh' in the same "
               "sentence"),
    ]
    write_txt(stem, text, dossiers=dossiers, scores=scores, not_figures=[
        NF(99.8, "trên 99,8% (target)"),
        NF(5, "tăng ít nhất 5 bậc (target)"),
    ], checks=["10218 + 5160 + 53 = 15431", "15431 + 349 = 15402 + 378",
               "28604 + 311 = 28915", "46150 + 157 = 46307",
               "15431 + 28604 + 46150 = 90185", "(90185 − 275) / 90185 = 99,70%"])


# ---- A09: district, a month, 'Riêng ...' lead and where it ends, year-to-date -------------

def doc_a09() -> None:
    stem = "A09_huyen_krong_nang_thang_5_2025"
    P = "tháng 5/2025"
    rate(701, 842, 83.25)
    sums(842, 2284, total=3126)
    sums(815, 2229, total=3044)
    sums(12, 3, total=15)
    sums(3029, 15, total=3044)
    text = """
ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN KRÔNG NĂNG                                Độc lập - Tự do - Hạnh phúc
Số: 156/BC-UBND                         Krông Năng, ngày 30 tháng 5 năm 2025

BÁO CÁO
Tình hình thực hiện công tác cải cách hành chính tháng 5 năm 2025

1. Tiếp nhận, giải quyết hồ sơ thủ tục hành chính
Trong tháng 5/2025, toàn huyện tiếp nhận 3.126 hồ sơ, đã giải quyết 3.044 hồ sơ, trong đó đúng hạn 3.029 hồ sơ, trễ hạn 15 hồ sơ.
Riêng Bộ phận Một cửa huyện: tiếp nhận 842 hồ sơ, trực tuyến 701 hồ sơ (83,25%); giải quyết 815 hồ sơ, trễ hạn 12 hồ sơ, chủ yếu ở lĩnh vực đất đai do Chi nhánh Văn phòng đăng ký đất đai huyện chuyển trả kết quả chậm. Số hồ sơ trễ hạn đã được báo cáo Chủ tịch UBND huyện và gửi Sở Nội vụ theo dõi.
UBND 12 xã, thị trấn tiếp nhận 2.284 hồ sơ, giải quyết 2.229 hồ sơ, trễ hạn 3 hồ sơ (xã Ea Tân 2 hồ sơ, xã Phú Lộc 1 hồ sơ).
Lũy kế từ đầu năm đến ngày 31/5/2025, toàn huyện tiếp nhận 14.870 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,52%; cùng kỳ năm 2024 đạt 98,96%.

2. Nhiệm vụ tháng 6 năm 2025
Chuẩn bị bàn giao hồ sơ, tài liệu khi kết thúc hoạt động của chính quyền cấp huyện từ ngày 01/7/2025; phấn đấu tỷ lệ hồ sơ trực tuyến đạt 85%.

Nơi nhận:
- Sở Nội vụ tỉnh Đắk Lắk;
- TT Huyện ủy, HĐND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Thái Niê
"""
    dossiers = [
        D("huyện Krông Năng", P, "toan-huyen", received=3126, resolved=3044,
          resolved_on_time=3029, resolved_late=15, note="'toàn huyện' = the issuing district"),
        D("cấp huyện", P, "paragraph-lead", received=842, online=701, online_rate=83.25,
          resolved=815, resolved_late=12,
          note="'Riêng Bộ phận Một cửa huyện:'; Chủ tịch UBND huyện and Sở Nội vụ are objects"),
        D("cấp xã", P, "lead-ends", received=2284, resolved=2229, resolved_late=3,
          note="a new paragraph: 'UBND 12 xã, thị trấn' = the commune level, not the district "
               "one-stop of the lead above"),
        D("xã Ea Tân", P, "several-units", resolved_late=2),
        D("xã Phú Lộc", P, "several-units", resolved_late=1),
        D("huyện Krông Năng", "từ đầu năm đến ngày 31/5/2025", "year-to-date", received=14870,
          on_time_rate=99.52),
        D("huyện Krông Năng", "từ đầu năm đến ngày 31/5/2024",
          "other-period", on_time_rate=98.96,
          note="'cùng kỳ năm 2024' of a year-to-date figure: the same span of 2024"),
    ]
    write_txt(stem, text, dossiers=dossiers, not_figures=[
        NF(85, "phấn đấu ... đạt 85% (target)"),
    ], checks=["842 + 2284 = 3126", "815 + 2229 = 3044", "12 + 3 = 15", "3029 + 15 = 3044",
               "701 / 842 = 83,25%"])


# ---- A10: DOCX, provincial office, departments' table with a two-row header and a total --

def doc_a10() -> None:
    stem = "A10_vp_ubnd_quang_ngai_quy4_2024"
    P = "quý IV năm 2024 (15/9/2024 – 14/12/2024)"
    rows = [  # name, received, resolved, on time, late, pending
        ("Sở Tài nguyên và Môi trường", 3412, 3345, 3318, 27, 67),
        ("Sở Giao thông vận tải", 5208, 5190, 5190, 0, 18),
        ("Sở Xây dựng", 1126, 1098, 1098, 0, 28),
        ("Sở Kế hoạch và Đầu tư", 2347, 2301, 2296, 5, 46),
        ("Sở Y tế", 1873, 1850, 1847, 3, 23),
    ]
    for _, rec, res, ot, late, pend in rows:
        sums(ot, late, total=res)
        sums(res, pend, total=rec)
    tot = tuple(sum(r[i] for r in rows) for i in range(1, 6))
    assert tot == (13966, 13784, 13749, 35, 182), tot
    table = [
        [("STT", 1, 2), ("Cơ quan", 1, 2), ("Số hồ sơ tiếp nhận", 1, 2),
         ("Số hồ sơ đã giải quyết", 3, 1), ("Số hồ sơ đang giải quyết", 1, 2)],
        [None, None, None, "Tổng số", "Đúng hạn", "Trễ hạn", None],
    ]
    for i, (name, *vals) in enumerate(rows, 1):
        table.append([str(i), name] + [T(v) for v in vals])
    table.append(["", "Tổng cộng"] + [T(v) for v in tot])
    blocks = [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "VĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 2861/BC-VP\tQuảng Ngãi, ngày 18 tháng 12 năm 2024",
        "# BÁO CÁO",
        "# Tình hình, kết quả giải quyết thủ tục hành chính quý IV năm 2024",
        "Thực hiện nhiệm vụ được Chủ tịch UBND tỉnh giao, Văn phòng UBND tỉnh báo cáo tình "
        "hình, kết quả giải quyết thủ tục hành chính quý IV năm 2024 (từ ngày 15/9/2024 đến "
        "ngày 14/12/2024) như sau:",
        "1. Kết quả chung",
        "Trong quý IV năm 2024, toàn tỉnh tiếp nhận 96.530 hồ sơ; tỷ lệ hồ sơ giải quyết đúng "
        "hạn đạt 98,94%. Quý III năm 2024, Sở Tài nguyên và Môi trường có 64 hồ sơ trễ hạn; "
        "sang quý IV số hồ sơ trễ hạn của Sở đã giảm rõ rệt.",
        "2. Kết quả giải quyết hồ sơ của các sở, ban, ngành tại Trung tâm Phục vụ hành chính "
        "công tỉnh",
        "Kết quả giải quyết hồ sơ của các sở, ban, ngành có số lượng hồ sơ lớn trong quý IV "
        "năm 2024 như sau:",
        "Bảng 1. Kết quả giải quyết hồ sơ của các sở, ban, ngành quý IV năm 2024",
        table,
        "Các sở, ban, ngành còn lại không phát sinh hồ sơ trễ hạn. Văn phòng UBND tỉnh đề nghị "
        "Sở Tài nguyên và Môi trường chấn chỉnh công tác phối hợp với Văn phòng đăng ký đất đai "
        "tỉnh; đề nghị Sở Nội vụ đưa kết quả này vào đánh giá Chỉ số cải cách hành chính năm "
        "2024 của các cơ quan.",
        "3. Đề xuất",
        "Đề nghị các sở, ban, ngành phấn đấu tỷ lệ giải quyết hồ sơ đúng hạn trong quý I năm "
        "2025 đạt từ 99,5% trở lên.",
        "Nơi nhận:\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành;\n- Lưu: VT, KSTT.",
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nTrần Quang Huy",
    ]
    docx_doc(blocks, OUT / f"{stem}.docx")
    dossiers = [
        D("tỉnh Quảng Ngãi", P, "toan-tinh", received=96530, on_time_rate=98.94,
          note="'toàn tỉnh'; issuer is the provincial office"),
        D("Sở Tài nguyên và Môi trường", "quý III năm 2024", "other-period", resolved_late=64,
          note="the previous quarter's figure, stated as a fact"),
    ]
    for name, rec, res, ot, late, pend in rows:
        dossiers.append(D(name, P, "table-row", form="table", received=rec, resolved=res,
                          resolved_on_time=ot, resolved_late=late, pending=pend))
    dossiers.append(D("cấp tỉnh (các sở, ban, ngành)", P, "total-row", form="table",
                      received=tot[0], resolved=tot[1], resolved_on_time=tot[2],
                      resolved_late=tot[3], pending=tot[4],
                      note="'Tổng cộng' of the caption's 'các sở, ban, ngành' (the provincial "
                           "departments listed), not the province: 96.530 is the province"))
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers, not_figures=[
        NF(99.5, "từ 99,5% trở lên (target)"),
    ], checks=["on time + late = resolved and resolved + pending = received in every row",
               "Tổng cộng = sum of the five departments"])


# ---- A11: DOCX, district, communes' table with 'Cộng', a levels table with 'Toàn huyện' --

def doc_a11() -> None:
    stem = "A11_huyen_co_to_quy2_2024"
    P = "quý II năm 2024 (15/3/2024 – 14/6/2024)"
    communes = [  # name, received, online, resolved, on time, late, pending
        ("Thị trấn Cô Tô", 412, 355, 405, 405, 0, 7),
        ("Xã Đồng Tiến", 198, 160, 196, 195, 1, 2),
        ("Xã Thanh Lân", 176, 139, 172, 172, 0, 4),
    ]
    for _, rec, onl, res, ot, late, pend in communes:
        sums(ot, late, total=res)
        sums(res, pend, total=rec)
    cong = tuple(sum(r[i] for r in communes) for i in range(1, 7))
    assert cong == (786, 654, 773, 772, 1, 13), cong
    huyen = (1034, 861, 1012, 1009, 3, 22)
    sums(huyen[3], huyen[4], total=huyen[2])
    sums(huyen[2], huyen[5], total=huyen[0])
    toan = tuple(a + b for a, b in zip(huyen, cong))
    assert toan == (1820, 1515, 1785, 1781, 4, 35), toan
    rate(toan[1], toan[0], 83.24)

    def header():
        return [
            [("STT", 1, 2), ("Đơn vị", 1, 2), ("Tiếp nhận", 2, 1), ("Đã giải quyết", 3, 1),
             ("Đang giải quyết", 1, 2)],
            [None, None, "Tổng số", "Trực tuyến", "Tổng số", "Đúng hạn", "Trễ hạn", None],
        ]
    t1 = header()
    for i, (name, *vals) in enumerate(communes, 1):
        t1.append([str(i), name] + [T(v) for v in vals])
    t1.append(["", "Cộng"] + [T(v) for v in cong])
    t2 = header()
    t2.append(["1", "Bộ phận Một cửa huyện"] + [T(v) for v in huyen])
    t2.append(["", "Toàn huyện"] + [T(v) for v in toan])
    blocks = [
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN CÔ TÔ\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 214/BC-UBND\tCô Tô, ngày 17 tháng 6 năm 2024",
        "# BÁO CÁO",
        "# Kết quả công tác cải cách hành chính quý II năm 2024",
        "Thực hiện Công văn số 1106/SNV-CCHC ngày 02/4/2024 của Sở Nội vụ tỉnh Quảng Ninh, "
        "UBND huyện Cô Tô báo cáo kết quả công tác cải cách hành chính quý II năm 2024 (số liệu "
        "từ ngày 15/3/2024 đến ngày 14/6/2024) như sau:",
        "I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
        "Theo Quyết định số 1088/QĐ-UBND ngày 16/4/2024 của UBND tỉnh Quảng Ninh, Chỉ số cải "
        "cách hành chính năm 2023 của huyện đạt 84,27%, xếp thứ 12/13 địa phương cấp huyện.",
        "II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        "1. Cấp xã",
        "Kết quả tiếp nhận, giải quyết hồ sơ của UBND các xã, thị trấn trong quý II năm 2024 "
        "như sau:",
        "Biểu 01. Kết quả giải quyết hồ sơ thủ tục hành chính cấp xã",
        t1,
        "2. Cấp huyện và toàn huyện",
        "Biểu 02. Kết quả giải quyết hồ sơ của Bộ phận Một cửa huyện và toàn huyện",
        t2,
        "Tỷ lệ hồ sơ nộp trực tuyến của toàn huyện đạt 83,24%. Các hồ sơ trễ hạn đã được gửi "
        "thư xin lỗi công dân; kết quả được gửi Sở Nội vụ để tổng hợp.",
        "III. NHIỆM VỤ QUÝ III NĂM 2024",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 85%, không để phát sinh hồ sơ trễ hạn.",
        "Nơi nhận:\n- Sở Nội vụ;\n- TT Huyện ủy, HĐND huyện;\n- Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Thắng",
    ]
    docx_doc(blocks, OUT / f"{stem}.docx")
    keys = ("received", "online", "resolved", "resolved_on_time", "resolved_late", "pending")
    dossiers = []
    for name, *vals in communes:
        dossiers.append(D(name, P, "table-row", form="table", **dict(zip(keys, vals))))
    dossiers.append(D("cấp xã", P, "total-row", form="table", **dict(zip(keys, cong)),
                      note="'Cộng' of Biểu 01, whose caption says 'cấp xã'"))
    dossiers.append(D("cấp huyện", P, "table-row", form="table", **dict(zip(keys, huyen)),
                      note="Bộ phận Một cửa huyện = the district level"))
    dossiers.append(D("huyện Cô Tô", P, "total-row", form="table", **dict(zip(keys, toan)),
                      note="'Toàn huyện' = the issuing district"))
    dossiers.append(D("huyện Cô Tô", P, "toan-huyen", online_rate=83.24,
                      note="prose after the table"))
    scores = [S("PAR_INDEX", 84.27, "%", "huyện Cô Tô", 2023, "subject-header-only", rank=12,
                rank_total=13, note="'của huyện'; UBND tỉnh Quảng Ninh is the publisher")]
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers, scores=scores, not_figures=[
        NF(85, "trên 85% (target)"),
    ], checks=["Cộng = three communes", "Toàn huyện = Bộ phận Một cửa huyện + Cộng cấp xã",
               "1515 / 1820 = 83,24%"])


def r2(part: int, whole: int) -> float:
    return round(100.0 * part / whole + 1e-9, 2)


# ---- A12: HTML portal page, a month, a levels table whose total row is 'Toàn tỉnh' -------

def doc_a12() -> None:
    stem = "A12_portal_son_la_thang_9_2025"
    P = "tháng 9/2025"
    tinh = [14208, 12760, 13956, 13901, 55]
    xa = [52374, 41115, 51802, 51634, 168]
    toan = [a + b for a, b in zip(tinh, xa)]
    for r in (tinh, xa, toan):
        sums(r[3], r[4], total=r[2])

    def row(label, r):
        return [label, T(r[0]), T(r[1]), T(r2(r[1], r[0])), T(r[2]), T(r[3]), T(r[4]),
                T(r2(r[3], r[2]))]
    table = html_table([
        [("Cấp", 1, 2), ("Tiếp nhận", 3, 1), ("Đã giải quyết", 3, 1),
         ("Tỷ lệ đúng hạn (%)", 1, 2)],
        ["Tổng số", "Trực tuyến", "Tỷ lệ (%)", "Tổng số", "Đúng hạn", "Trễ hạn"],
        row("Cấp tỉnh", tinh), row("Cấp xã", xa), row("<b>Toàn tỉnh</b>", toan),
    ], 2)
    html = f"""
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Sơn La: Kết quả giải quyết thủ tục hành chính tháng 9/2025 - Cổng Thông tin điện tử tỉnh Sơn La</title></head>
<body>
<div class="header"><a href="/">Cổng Thông tin điện tử tỉnh Sơn La</a> | <a href="/tin-tuc">Tin tức - Sự kiện</a> | <a href="/cchc">Cải cách hành chính</a></div>
<div class="article">
<h1>Sơn La: Kết quả giải quyết thủ tục hành chính tháng 9/2025</h1>
<p class="date">Thứ Hai, 06/10/2025 - 09:15</p>
<p><strong>Trong tháng 9/2025, các cơ quan, đơn vị trên địa bàn tỉnh tiếp tục duy trì tỷ lệ giải quyết hồ sơ đúng hạn ở mức cao; tỷ lệ hồ sơ trực tuyến tăng so với tháng trước.</strong></p>
<p>Theo số liệu của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, số hồ sơ mà Trung tâm Phục vụ hành chính công tỉnh và 75 xã, phường tiếp nhận trong tháng tăng 9,1% so với tháng 8/2025 (tiếp nhận 61.027 hồ sơ). Kết quả cụ thể như sau:</p>
<p><em>Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên địa bàn tỉnh tháng 9/2025</em></p>
{table}
<p>Ở cấp xã, phường Tô Hiệu tiếp nhận nhiều hồ sơ nhất (4.126 hồ sơ), xã Mường Lèo tiếp nhận ít nhất (87 hồ sơ). Lũy kế 9 tháng năm 2025, toàn tỉnh tiếp nhận 568.904 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,41%.</p>
<p>Thời gian tới, Văn phòng UBND tỉnh tiếp tục phối hợp với Sở Khoa học và Công nghệ nâng cấp hệ thống, phấn đấu tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trên 85% trong quý IV/2025.</p>
<p class="author">Minh Thu (Văn phòng UBND tỉnh)</p>
</div>
<div class="footer">Cơ quan chủ quản: UBND tỉnh Sơn La. Địa chỉ: Tầng 6, Tòa nhà Trung tâm hành chính tỉnh.</div>
</body>
</html>
"""
    assert abs(toan[0] / 61027 - 1.091) < 0.0005, toan[0] / 61027
    write_html(stem, html, dossiers=[
        D("cấp tỉnh", P, "table-row", form="table", received=tinh[0], online=tinh[1],
          online_rate=r2(tinh[1], tinh[0]), resolved=tinh[2], resolved_on_time=tinh[3],
          resolved_late=tinh[4], on_time_rate=r2(tinh[3], tinh[2])),
        D("cấp xã", P, "table-row", form="table", received=xa[0], online=xa[1],
          online_rate=r2(xa[1], xa[0]), resolved=xa[2], resolved_on_time=xa[3],
          resolved_late=xa[4], on_time_rate=r2(xa[3], xa[2])),
        D("tỉnh Sơn La", P, "total-row", form="table", received=toan[0], online=toan[1],
          online_rate=r2(toan[1], toan[0]), resolved=toan[2], resolved_on_time=toan[3],
          resolved_late=toan[4], on_time_rate=r2(toan[3], toan[2]),
          note="'Toàn tỉnh' = the province of the portal"),
        D("tỉnh Sơn La", "tháng 8/2025", "other-period", received=61027,
          note="'So với tháng 8/2025 (tiếp nhận 61.027 hồ sơ)'"),
        D("phường Tô Hiệu", P, "several-units", received=4126),
        D("xã Mường Lèo", P, "several-units", received=87),
        D("tỉnh Sơn La", "9 tháng năm 2025", "year-to-date", received=568904,
          on_time_rate=99.41),
    ], not_figures=[
        NF(9.1, "tăng 9,1% (a change)"),
        NF(75, "75 xã, phường (unit count)"),
        NF(85, "trên 85% (target)"),
    ], checks=["Cấp tỉnh + Cấp xã = Toàn tỉnh", "rates: online / received, on time / resolved"])


# ---- A13: HTML portal page, index ranking with a column of the previous year -------------

def doc_a13() -> None:
    stem = "A13_portal_ha_nam_chi_so_2024"
    rows = [  # name, 2024, 2023, rank 2024
        ("Thành phố Phủ Lý", 91.26, 90.04, 1),
        ("Thị xã Duy Tiên", 89.87, 88.15, 2),
        ("Huyện Thanh Liêm", 88.40, 88.92, 3),
        ("Thị xã Kim Bảng", 87.05, 85.33, 4),
        ("Huyện Bình Lục", 86.71, 86.90, 5),
        ("Huyện Lý Nhân", 84.93, 83.60, 6),
    ]
    avg24 = round(sum(r[1] for r in rows) / 6 + 1e-9, 2)
    avg23 = round(sum(r[2] for r in rows) / 6 + 1e-9, 2)
    assert (avg24, avg23) == (88.04, 87.16), (avg24, avg23)

    def sign(x: float) -> str:
        return ("+" if x > 0 else "-") + T(abs(round(x, 2)))
    trs = [[("STT", 1, 2), ("Đơn vị", 1, 2), ("Chỉ số CCHC (%)", 2, 1),
            ("Tăng (+), giảm (-) so với năm 2023", 1, 2), ("Xếp hạng năm 2024", 1, 2)],
           ["Năm 2024", "Năm 2023"]]
    for i, (name, a, b, rk) in enumerate(rows, 1):
        trs.append([str(i), name, T(a), T(b), sign(a - b), str(rk)])
    trs.append(["", "<b>Bình quân</b>", T(avg24), T(avg23), sign(avg24 - avg23), ""])
    table = html_table(trs, 2)
    html = f"""
<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố</title></head>
<body>
<nav>Trang chủ » Tin tức » Cải cách hành chính</nav>
<article>
<h2>Công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố</h2>
<div class="meta">Cập nhật: 15/04/2025 | Nguồn: Sở Nội vụ tỉnh Hà Nam</div>
<p>Ngày 11/4/2025, UBND tỉnh Hà Nam ban hành Quyết định số 498/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố.</p>
<p>Trước đó, theo kết quả do Bộ Nội vụ công bố ngày 08/4/2025, Chỉ số cải cách hành chính năm 2024 của tỉnh ta đạt 90,12%, xếp thứ 9/63 tỉnh, thành phố trực thuộc Trung ương.</p>
<p>Khối sở, ban, ngành có giá trị trung bình đạt 87,55%. Sở Tư pháp dẫn đầu với 91,80%; Sở Xây dựng đứng cuối với 82,46%.</p>
<p>Đối với khối UBND các huyện, thị xã, thành phố, kết quả cụ thể như sau:</p>
{table}
<p>Như vậy, có 4/6 đơn vị tăng điểm so với năm 2023. UBND tỉnh yêu cầu các đơn vị có chỉ số giảm xây dựng kế hoạch khắc phục, phấn đấu năm 2025 đạt từ 88% trở lên.</p>
<p class="author">Hồng Nhung</p>
</article>
<footer>Cổng Thông tin điện tử tỉnh Hà Nam</footer>
</body>
</html>
"""
    scores = [
        S("PAR_INDEX", 90.12, "%", "tỉnh Hà Nam", 2024, "subject-tinh-ta", rank=9,
          rank_total=63, note="'tỉnh ta' on the province's portal; Bộ Nội vụ is the publisher"),
        S("PAR_INDEX", 87.55, "%", "sở, ban, ngành (trung bình)", 2024, "average"),
        S("PAR_INDEX", 91.8, "%", "Sở Tư pháp", 2024, "several-units", rank=1),
        S("PAR_INDEX", 82.46, "%", "Sở Xây dựng", 2024, "several-units",
          note="'đứng cuối' of the departments (their number is not stated)"),
    ]
    for name, a, b, rk in rows:
        subj = name[0].lower() + name[1:]
        scores.append(S("PAR_INDEX", a, "%", subj, 2024, "table-row", form="table", rank=rk,
                        change=round(a - b, 2), note="column 'Năm 2024' under 'Chỉ số CCHC (%)'"))
        scores.append(S("PAR_INDEX", b, "%", subj, 2023, "other-period", form="table",
                        note="column 'Năm 2023': the previous year's index of the same unit"))
    scores.append(S("PAR_INDEX", avg24, "%", "huyện, thị xã, thành phố (trung bình)", 2024,
                    "total-row", form="table", change=round(avg24 - avg23, 2),
                    note="'Bình quân' row = the average of the district block"))
    scores.append(S("PAR_INDEX", avg23, "%", "huyện, thị xã, thành phố (trung bình)", 2023,
                    "other-period", form="table"))
    write_html(stem, html, scores=scores, not_figures=[
        NF(88, "từ 88% trở lên (target)"),
    ], checks=["Bình quân = mean of the six units, each year",
               "change = 2024 − 2023 in every row"])


# ---- A14: PDF, city, a ruled levels table with a two-line header, 9 months as a range ----

def doc_a14() -> None:
    stem = "A14_tp_hoi_an_9_thang_2024"
    P = "9 tháng năm 2024 (15/12/2023 – 14/9/2024)"
    tp = [9846, 8102, 9713, 6204, 3478, 31, 133]
    xa = [21530, 17944, 21418, 15066, 6340, 12, 112]
    toan = [a + b for a, b in zip(tp, xa)]
    for r in (tp, xa, toan):
        sums(r[3], r[4], r[5], total=r[2])
        sums(r[2], r[6], total=r[0])
    assert toan == [31376, 26046, 31131, 21270, 9818, 43, 245], toan
    rows = [
        [("Cấp", 1, 2), ("Số hồ sơ tiếp nhận", 2, 1), ("Số hồ sơ đã giải quyết", 4, 1),
         ("Số hồ sơ đang giải quyết", 1, 2)],
        [None, "Tổng số", "Trong đó trực tuyến", "Tổng số", "Trước hạn", "Đúng hạn",
         "Trễ hạn", None],
        ["Cấp thành phố"] + [T(v) for v in tp],
        ["Cấp phường, xã"] + [T(v) for v in xa],
        ["Toàn thành phố"] + [T(v) for v in toan],
    ]
    pdf_doc([
        "UBND THÀNH PHỐ HỘI AN — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số: 1935/BC-UBND          Hội An, ngày 20 tháng 9 năm 2024\n",
        "# BÁO CÁO",
        "# Kết quả thực hiện cơ chế một cửa, một cửa liên thông 9 tháng năm 2024",
        "Thực hiện Công văn số 2470/SNV-CCHC của Sở Nội vụ tỉnh Quảng Nam, UBND thành phố Hội "
        "An báo cáo kết quả thực hiện cơ chế một cửa, một cửa liên thông 9 tháng năm 2024 như "
        "sau:",
        "1. Kết quả Chỉ số cải cách hành chính năm 2023",
        "Chỉ số cải cách hành chính năm 2023 của thành phố đạt 90,15%, xếp thứ 2/18 địa phương "
        "cấp huyện của tỉnh Quảng Nam.",
        "2. Kết quả tiếp nhận, giải quyết hồ sơ",
        "Kết quả tiếp nhận, giải quyết hồ sơ 9 tháng năm 2024 (từ ngày 15/12/2023 đến ngày "
        "14/9/2024) như sau:",
        (rows, 2),
        "Trong đó, phường Minh An có tỷ lệ hồ sơ trực tuyến cao nhất (91,20%), xã Tân Hiệp thấp "
        "nhất (62,50%). Cùng kỳ năm 2023, toàn thành phố có 87 hồ sơ trễ hạn.",
        "Các hồ sơ trễ hạn đã được báo cáo Chủ tịch UBND thành phố và gửi thư xin lỗi công dân "
        "theo quy định.",
        "3. Nhiệm vụ quý IV năm 2024",
        "Phấn đấu tỷ lệ hồ sơ trực tuyến toàn thành phố đạt trên 85%, không để hồ sơ trễ hạn.",
        "Nơi nhận: Sở Nội vụ; TT Thành ủy, HĐND thành phố; Lưu: VT.",
        "TM. ỦY BAN NHÂN DÂN — CHỦ TỊCH\nNguyễn Văn Sơn",
    ], OUT / f"{stem}.pdf")
    keys = ("received", "online", "resolved", "resolved_early", "resolved_on_time",
            "resolved_late", "pending")
    dossiers = [
        D("cấp huyện", P, "table-row", form="table", **dict(zip(keys, tp)),
          note="'Cấp thành phố' = the district level of a provincial city"),
        D("cấp xã", P, "table-row", form="table", **dict(zip(keys, xa)),
          note="'Cấp phường, xã' = the commune level"),
        D("thành phố Hội An", P, "total-row", form="table", **dict(zip(keys, toan)),
          note="'Toàn thành phố' = the issuing city"),
        D("phường Minh An", P, "several-units", online_rate=91.2),
        D("xã Tân Hiệp", P, "several-units", online_rate=62.5),
        D("thành phố Hội An", "9 tháng năm 2023", "other-period", resolved_late=87,
          note="'Cùng kỳ năm 2023, toàn thành phố có 87 hồ sơ trễ hạn'"),
    ]
    scores = [S("PAR_INDEX", 90.15, "%", "thành phố Hội An", 2023, "subject-header-only",
                rank=2, rank_total=18, note="'của thành phố'; tỉnh Quảng Nam is an object")]
    write_gold(stem, OUT / f"{stem}.pdf", dossiers=dossiers, scores=scores, not_figures=[
        NF(85, "trên 85% (target)"),
    ], checks=["early + on time + late = resolved; resolved + pending = received, each row",
               "Toàn thành phố = Cấp thành phố + Cấp phường, xã"])


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (doc_a01, doc_a02, doc_a03, doc_a04, doc_a05, doc_a06, doc_a07, doc_a08,
              doc_a09, doc_a10, doc_a11, doc_a12, doc_a13, doc_a14):
        f()


if __name__ == "__main__":
    main()
