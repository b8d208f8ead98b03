"""Writes corpora/blind11/ (issue 10, eleventh blind round): ten documents with gold, written
by a helper blind to the extractor. Gold is hand-written here; the script only lays it out.

    .venv/bin/python scripts/make_blind11.py
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_unseen_6nn import docx_doc, html_table, writers  # noqa: E402

OUT = ROOT / "corpora" / "blind11"
OUT.mkdir(parents=True, exist_ok=True)
write_gold, write_txt, write_html = writers(OUT)


def D(scope: str, period: str, form: str = "prose", cls: str = "plain", note: str = "", **f: Any) -> dict:
    rec: dict[str, Any] = {"scope": scope, "period": period}
    rec.update(f)
    rec.update(form=form, **{"class": cls})
    if note:
        rec["note"] = note
    return rec


def S(indicator: str, value: float, subject: str, year: int, unit: str = "%", form: str = "prose",
      cls: str = "plain", note: str = "", **f: Any) -> dict:
    rec: dict[str, Any] = {"indicator": indicator, "criterion": None, "value": value, "unit": unit}
    rec.update(f)
    rec.update(year=year, subject=subject, form=form, **{"class": cls})
    if note:
        rec["note"] = note
    return rec


def N(value: float, text: str) -> dict:
    return {"value": value, "text": text}


# ---------------------------------------------------------------- C01 tỉnh, TXT, levels
P1 = "9 tháng đầu năm 2024 (từ ngày 15/12/2023 đến ngày 14/9/2024)"
write_txt("C01_tinh_quang_binh_9_thang_2024", """
ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH QUẢNG BÌNH                               Độc lập - Tự do - Hạnh phúc
Số: 1873/BC-UBND                         Quảng Bình, ngày 20 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính 9 tháng đầu năm 2024,
phương hướng, nhiệm vụ 3 tháng cuối năm 2024

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
Thực hiện Kế hoạch CCHC năm 2024, UBND tỉnh đã ban hành 11 văn bản chỉ đạo, điều hành. Đến nay đã hoàn thành 27/41 nhiệm vụ theo kế hoạch, các nhiệm vụ còn lại đang được triển khai đúng tiến độ.

II. KẾT QUẢ THỰC HIỆN
1. Cải cách thủ tục hành chính
Trong kỳ, Chủ tịch UBND tỉnh đã ban hành 23 quyết định công bố danh mục 214 TTHC mới ban hành, sửa đổi, bổ sung, bãi bỏ; tổng số TTHC đang thực hiện trên địa bàn tỉnh là 1.742 thủ tục.
Kết quả giải quyết hồ sơ TTHC 9 tháng đầu năm 2024 (từ ngày 15/12/2023 đến ngày 14/9/2024): toàn tỉnh tiếp nhận 186.420 hồ sơ, tăng 12.340 hồ sơ so với cùng kỳ; trong đó hồ sơ nộp trực tuyến 131.906 hồ sơ, đạt 70,76%. Đã giải quyết 181.237 hồ sơ, gồm 142.118 hồ sơ trước hạn, 38.412 hồ sơ đúng hạn và 707 hồ sơ trễ hạn; tỷ lệ giải quyết đúng và trước hạn đạt 99,61% (cùng kỳ năm 2023 là 99,18%). Hiện còn 5.183 hồ sơ đang trong thời hạn giải quyết.
Đối với cấp tỉnh, các sở, ban, ngành tiếp nhận 42.615 hồ sơ, đã giải quyết 41.380 hồ sơ, trong đó trễ hạn 212 hồ sơ, chủ yếu thuộc lĩnh vực đất đai của Sở Tài nguyên và Môi trường (168 hồ sơ). Cấp huyện tiếp nhận 51.207 hồ sơ, giải quyết 49.925 hồ sơ, trễ hạn 391 hồ sơ.
Đối với cấp xã, tổng số hồ sơ tiếp nhận là 92.598 hồ sơ; số đã giải quyết 89.932 hồ sơ, có 104 hồ sơ trễ hạn. Tỷ lệ hồ sơ nộp trực tuyến ở cấp này đạt 74,3%.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ 3 THÁNG CUỐI NĂM
Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%; 100% hồ sơ TTHC được số hóa khi tiếp nhận.

                                                    TM. ỦY BAN NHÂN DÂN
                                                    KT. CHỦ TỊCH
                                                    PHÓ CHỦ TỊCH
                                                    Phan Mạnh Hùng
""", dossiers=[
    D("tỉnh Quảng Bình", P1, cls="toan-tinh", note="'toàn tỉnh'; trước hạn / đúng hạn given apart; rate is đúng và trước hạn",
      received=186420, online=131906, online_rate=70.76, resolved=181237, resolved_early=142118,
      resolved_on_time=38412, resolved_late=707, on_time_rate=99.61, pending=5183),
    D("tỉnh Quảng Bình", "9 tháng đầu năm 2023", cls="other-period", note="'cùng kỳ năm 2023' stated as a fact",
      on_time_rate=99.18),
    D("cấp tỉnh", P1, cls="paragraph-lead", note="'Đối với cấp tỉnh,'", received=42615, resolved=41380, resolved_late=212),
    D("Sở Tài nguyên và Môi trường", P1, cls="unit-inside-lead", note="168 of the provincial level's 212 late", resolved_late=168),
    D("cấp huyện", P1, cls="paragraph-lead", note="new lead 'Cấp huyện' in the same paragraph", received=51207, resolved=49925, resolved_late=391),
    D("cấp xã", P1, cls="paragraph-lead", note="'ở cấp này' = cấp xã", received=92598, resolved=89932, resolved_late=104, online_rate=74.3),
], tasks=[{"done": 27, "total": 41, "period": "9 tháng đầu năm 2024", "form": "prose", "class": "plain"}],
   checks=["cấp tỉnh + cấp huyện + cấp xã = toàn tỉnh (received 186.420, resolved 181.237, late 707)",
           "142.118 + 38.412 + 707 = 181.237", "181.237 + 5.183 = 186.420",
           "131.906 / 186.420 = 70,76%", "(142.118 + 38.412) / 181.237 = 99,61%"],
   not_figures=[N(12340, "tăng 12.340 hồ sơ so với cùng kỳ (a change)"), N(214, "214 TTHC (procedures)"),
                N(1742, "1.742 thủ tục (procedures)"), N(23, "23 quyết định công bố"), N(80, "đạt trên 80% (target)"),
                N(100, "100% hồ sơ TTHC được số hóa (target)"), N(11, "11 văn bản")])

# ---------------------------------------------------------------- C02 huyện, TXT, scores + levels
P2 = "6 tháng đầu năm 2024"
write_txt("C02_huyen_yen_dinh_6_thang_2024", """
UBND HUYỆN YÊN ĐỊNH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                              Độc lập - Tự do - Hạnh phúc
Số: 286/BC-UBND                          Yên Định, ngày 14 tháng 6 năm 2024

BÁO CÁO
Công tác cải cách hành chính 6 tháng đầu năm 2024

Kính gửi: Sở Nội vụ tỉnh Thanh Hóa.

I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
Ngày 05/3/2024, UBND tỉnh Thanh Hóa công bố Chỉ số CCHC năm 2023 của các huyện, thị xã, thành phố. Theo đó, huyện Yên Định đạt 89,47%, xếp thứ 5/27 huyện, thị xã, thành phố, tăng 1,82% so với năm 2022. Cùng với đó, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 của huyện đạt 87,36%.
Năm 2024, huyện phấn đấu Chỉ số CCHC nằm trong nhóm 5 đơn vị dẫn đầu của tỉnh.

II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
Kế hoạch CCHC năm 2024 của huyện đề ra 38 nhiệm vụ; trong 6 tháng đầu năm đã hoàn thành 21 nhiệm vụ.
Hiện nay, huyện đang thực hiện 312 TTHC thuộc thẩm quyền giải quyết của cấp huyện và 104 TTHC cấp xã.

Tình hình giải quyết hồ sơ TTHC 6 tháng đầu năm 2024:
- Tại Bộ phận Tiếp nhận và Trả kết quả cấp huyện: tiếp nhận 9.842 hồ sơ (trực tuyến 6.215 hồ sơ); đã giải quyết 9.517 hồ sơ, trong đó đúng hạn và trước hạn 9.488 hồ sơ, quá hạn 29 hồ sơ; đang giải quyết 325 hồ sơ.
- Tại cấp xã: 26 xã, thị trấn tiếp nhận 21.604 hồ sơ, giải quyết 21.380 hồ sơ, đạt 98,96%; còn 224 hồ sơ đang giải quyết trong hạn. Có 17 hồ sơ bị trả lại do không đủ điều kiện theo quy định.

                                                    TM. ỦY BAN NHÂN DÂN
                                                    CHỦ TỊCH
                                                    Lê Văn Tuấn
""", scores=[
    S("PAR_INDEX", 89.47, "huyện Yên Định", 2023, rank=5, rank_total=27, change=1.82, cls="plain",
      note="UBND tỉnh Thanh Hóa is the publisher (object)"),
    S("SIPAS", 87.36, "huyện Yên Định", 2023, cls="subject-earlier-sentence", note="'của huyện'; SIPAS named in full"),
], dossiers=[
    D("cấp huyện", P2, cls="list-lead", note="the huyện's one-stop desk", received=9842, online=6215, resolved=9517,
      resolved_on_time=9488, resolved_late=29, pending=325),
    D("cấp xã", P2, cls="list-lead", note="'giải quyết ..., đạt 98,96%' = resolved / received; 17 returned (value before label)",
      received=21604, resolved=21380, resolved_rate=98.96, pending=224, returned=17),
], tasks=[{"done": 21, "total": 38, "period": P2, "form": "prose", "class": "plain"}],
   checks=["9.488 + 29 = 9.517", "9.517 + 325 = 9.842", "21.380 + 224 = 21.604", "21.380 / 21.604 = 98,96%"],
   not_figures=[N(312, "312 TTHC cấp huyện"), N(104, "104 TTHC cấp xã"), N(26, "26 xã, thị trấn (unit count)")])

# ---------------------------------------------------------------- C03 xã, TXT, month
P3 = "tháng 10 năm 2024"
write_txt("C03_xa_tan_lap_thang_10_2024", """
UBND HUYỆN ĐAN PHƯỢNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND XÃ TÂN LẬP                               Độc lập - Tự do - Hạnh phúc
Số: 152/BC-UBND                          Tân Lập, ngày 25 tháng 10 năm 2024

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2024

Thực hiện chỉ đạo của UBND huyện Đan Phượng, UBND xã Tân Lập báo cáo kết quả giải quyết TTHC tháng 10/2024 như sau:
1. Công tác công khai TTHC
UBND xã niêm yết công khai đầy đủ 146 TTHC thuộc thẩm quyền giải quyết của cấp xã tại Bộ phận Một cửa.
2. Kết quả giải quyết hồ sơ
Tổng số hồ sơ phải giải quyết trong tháng là 412 hồ sơ (kỳ trước chuyển sang 87 hồ sơ, tiếp nhận mới 325 hồ sơ). Số hồ sơ nộp trực tuyến là 268 hồ sơ, chiếm 82,46% số hồ sơ tiếp nhận mới.
Đã giải quyết 396 hồ sơ, trong đó trước hạn 241 hồ sơ, đúng hạn 153 hồ sơ, quá hạn 2 hồ sơ (lĩnh vực đất đai); tỷ lệ giải quyết đúng và trước hạn đạt 99,49%. Còn 16 hồ sơ đang giải quyết, đều chưa đến hạn. Có 3 hồ sơ bị trả lại vì công dân không bổ sung giấy tờ theo yêu cầu.
So với tháng 10/2023, số hồ sơ tiếp nhận mới tăng 27 hồ sơ (tháng 10/2023 tiếp nhận 298 hồ sơ).
3. Nhiệm vụ tháng 11
Tiếp tục phấn đấu 100% hồ sơ giải quyết đúng hạn, không để xảy ra hồ sơ quá hạn.

                                                    TM. ỦY BAN NHÂN DÂN
                                                    CHỦ TỊCH
                                                    Nguyễn Thị Hoa
""", dossiers=[
    D("xã Tân Lập", P3, cls="total-by-breakdown", note="412 = 87 carried over + 325 new: a total defined by its breakdown (to_resolve); online rate against received",
      to_resolve=412, carried_over=87, received=325, online=268, online_rate=82.46, resolved=396, resolved_early=241,
      resolved_on_time=153, resolved_late=2, on_time_rate=99.49, pending=16, returned=3),
    D("xã Tân Lập", "tháng 10 năm 2023", cls="other-period", note="stated as a fact", received=298),
], checks=["87 + 325 = 412", "241 + 153 + 2 = 396", "396 + 16 = 412", "268 / 325 = 82,46%", "394 / 396 = 99,49%", "325 - 298 = 27"],
   not_figures=[N(146, "146 TTHC"), N(27, "tăng 27 hồ sơ (a change)"), N(100, "phấn đấu 100% ... đúng hạn (target)")])

# ---------------------------------------------------------------- C04 sở, TXT
P4 = "năm 2024 (từ ngày 15/12/2023 đến ngày 14/12/2024)"
SO4 = "Sở Tư pháp tỉnh Nghệ An"
write_txt("C04_so_tu_phap_nghe_an_nam_2024", """
UBND TỈNH NGHỆ AN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TƯ PHÁP                                    Độc lập - Tự do - Hạnh phúc
Số: 3417/BC-STP                          Nghệ An, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2024

I. KẾT QUẢ CHỈ SỐ CCHC NĂM TRƯỚC
Kết quả xác định Chỉ số CCHC năm 2023 của các sở, ban, ngành cấp tỉnh được UBND tỉnh công bố tại Quyết định số 512/QĐ-UBND ngày 28/02/2024. Chỉ số CCHC năm 2023 của Sở đạt 91,24%, xếp thứ 3/20 sở, ban, ngành, tăng 2,05% so với năm 2022. Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của Sở (SIPAS) năm 2023 đạt 93,1%.
Năm 2024, Sở phấn đấu Chỉ số CCHC đạt từ 90% trở lên, thuộc nhóm xếp loại Tốt.

II. KẾT QUẢ THỰC HIỆN
1. Thực hiện kế hoạch
Kế hoạch CCHC năm 2024 của Sở đề ra 24 nhiệm vụ; đến nay Sở đã hoàn thành 24/24 nhiệm vụ.
2. Cải cách TTHC
Sở đang thực hiện 142 TTHC, trong đó 118 TTHC cung cấp dịch vụ công trực tuyến toàn trình.
Đối với việc giải quyết hồ sơ, năm 2024 (từ ngày 15/12/2023 đến ngày 14/12/2024), Sở tiếp nhận 18.406 hồ sơ (trực tuyến 17.951 hồ sơ, đạt 97,53%); đã giải quyết 18.122 hồ sơ. Tất cả hồ sơ đều được giải quyết đúng hạn và trước hạn, không có hồ sơ quá hạn. Hiện còn 284 hồ sơ đang giải quyết trong hạn.

                                                    GIÁM ĐỐC
                                                    Hồ Lê Ngọc
""", scores=[
    S("PAR_INDEX", 91.24, SO4, 2023, rank=3, rank_total=20, change=2.05, cls="subject-header-only", note="'của Sở' = the issuer"),
    S("SIPAS", 93.1, SO4, 2023, cls="subject-header-only", note="'SIPAS' after 'sự phục vụ của Sở'"),
], dossiers=[
    D(SO4, P4, cls="value-in-words", note="'Đối với ...' lead; 'Tất cả ... đúng hạn và trước hạn' = 100%; 'không có hồ sơ quá hạn' = 0 late",
      received=18406, online=17951, online_rate=97.53, resolved=18122, on_time_rate=100, resolved_late=0, pending=284),
], tasks=[{"done": 24, "total": 24, "period": "năm 2024", "form": "prose", "class": "plain"}],
   checks=["18.122 + 284 = 18.406", "17.951 / 18.406 = 97,53%"],
   not_figures=[N(90, "đạt từ 90% trở lên (target)"), N(142, "142 TTHC"), N(118, "118 TTHC"),
                N(512, "Quyết định số 512/QĐ-UBND")])

# ---------------------------------------------------------------- C05 tỉnh, TXT, ranking prose
Y5 = 2024
write_txt("C05_tinh_tuyen_quang_chi_so_2024", """
UBND TỈNH TUYÊN QUANG                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ NỘI VỤ                                     Độc lập - Tự do - Hạnh phúc
Số: 214/BC-SNV                           Tuyên Quang, ngày 20 tháng 02 năm 2025

BÁO CÁO
Kết quả xác định Chỉ số cải cách hành chính năm 2024
của các sở, ban, ngành và UBND các huyện, thành phố

Thực hiện Kế hoạch số 35/KH-UBND, Sở Nội vụ đã chủ trì tổ chức thẩm định, đánh giá Chỉ số CCHC năm 2024 đối với 19 sở, ban, ngành và 7 huyện, thành phố. Thang điểm đánh giá là 100 điểm; xếp loại Xuất sắc từ 90% trở lên, Tốt từ 80% đến dưới 90%.

1. Khối sở, ban, ngành
Điểm trung bình Chỉ số CCHC của khối đạt 86,42%. Dẫn đầu là Sở Tư pháp với 92,15%; thứ hai là Sở Kế hoạch và Đầu tư, đạt 91,08%; thứ ba là Văn phòng UBND tỉnh với 90,77%. Đứng cuối bảng xếp hạng là Sở Xây dựng, đạt 79,64%.

2. Khối UBND huyện, thành phố
Kết quả trung bình của khối là 84,90%. Thành phố Tuyên Quang tiếp tục dẫn đầu với 89,93%; huyện Chiêm Hóa tăng 4 bậc, xếp thứ 2 với 88,41%. Xếp cuối là huyện Lâm Bình (80,12%).

3. Kết quả SIPAS
Chỉ số hài lòng về sự phục vụ hành chính năm 2024 của tỉnh đạt 84,52%, tăng 1,3% so với năm 2023.

                                                    GIÁM ĐỐC
                                                    Nguyễn Văn Sơn
""", scores=[
    S("PAR_INDEX", 86.42, "sở, ban, ngành (trung bình)", Y5, cls="average"),
    S("PAR_INDEX", 92.15, "Sở Tư pháp", Y5, rank=1, rank_total=19, cls="several-units", note="'Dẫn đầu' of the 19 named in the opening"),
    S("PAR_INDEX", 91.08, "Sở Kế hoạch và Đầu tư", Y5, rank=2, rank_total=19, cls="several-units"),
    S("PAR_INDEX", 90.77, "Văn phòng UBND tỉnh", Y5, rank=3, rank_total=19, cls="several-units"),
    S("PAR_INDEX", 79.64, "Sở Xây dựng", Y5, rank=19, rank_total=19, cls="index-earlier-sentence", note="'Đứng cuối bảng xếp hạng' = 19/19"),
    S("PAR_INDEX", 84.90, "huyện, thành phố (trung bình)", Y5, cls="average"),
    S("PAR_INDEX", 89.93, "thành phố Tuyên Quang", Y5, rank=1, rank_total=7, cls="several-units"),
    S("PAR_INDEX", 88.41, "huyện Chiêm Hóa", Y5, rank=2, rank_total=7, cls="several-units", note="'tăng 4 bậc' is a rank change, not a figure"),
    S("PAR_INDEX", 80.12, "huyện Lâm Bình", Y5, rank=7, rank_total=7, cls="index-earlier-sentence", note="'Xếp cuối' = 7/7, value in parentheses"),
    S("SIPAS", 84.52, "tỉnh Tuyên Quang", Y5, change=1.3, cls="paraphrased-index", note="'Chỉ số hài lòng về sự phục vụ hành chính' = SIPAS; 'của tỉnh'"),
], checks=["ranks 1..3 decreasing scores; last 79,64 below the average 86,42"],
   not_figures=[N(90, "Xuất sắc từ 90% trở lên (threshold)"), N(80, "Tốt từ 80% đến dưới 90% (threshold)"),
                N(100, "thang điểm 100 điểm (maximum)"), N(35, "Kế hoạch số 35/KH-UBND"), N(4, "tăng 4 bậc (rank change)")])

# ---------------------------------------------------------------- C06 huyện, TXT, planted rate error
P6 = "quý II năm 2024"
write_txt("C06_huyen_hai_hau_quy2_2024_ty_le_sai", """
ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN HẢI HẬU                                 Độc lập - Tự do - Hạnh phúc
Số: 198/BC-UBND                          Hải Hậu, ngày 18 tháng 6 năm 2024

BÁO CÁO
Tình hình, kết quả giải quyết thủ tục hành chính quý II năm 2024

I. TÌNH HÌNH CHUNG
Trong quý II năm 2024, UBND huyện tiếp tục chỉ đạo các cơ quan, đơn vị và UBND 35 xã, thị trấn thực hiện nghiêm cơ chế một cửa, một cửa liên thông. Chỉ tiêu của tỉnh giao: tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.

II. KẾT QUẢ GIẢI QUYẾT TTHC
1. Ở cấp huyện, Bộ phận Một cửa tiếp nhận 6.218 hồ sơ, trong đó trực tuyến 4.570 hồ sơ, chiếm 73,50%. Đã giải quyết 6.034 hồ sơ; số hồ sơ giải quyết đúng hạn và trước hạn 5.981 hồ sơ, trễ hạn 53 hồ sơ; tỷ lệ đúng hạn trên tổng số hồ sơ đã giải quyết đạt 99,45%. Đang giải quyết 184 hồ sơ. Quý I năm 2024, tỷ lệ này ở cấp huyện là 98,87%.
2. Tại cấp xã, các xã, thị trấn tiếp nhận 14.652 hồ sơ, đã giải quyết 14.590 hồ sơ, tỷ lệ đúng hạn đạt 99,9%.

                                                    TM. ỦY BAN NHÂN DÂN
                                                    KT. CHỦ TỊCH
                                                    PHÓ CHỦ TỊCH
                                                    Vũ Đức Thắng
""", dossiers=[
    D("cấp huyện", P6, cls="stated-denominator", note="rate stated 'trên tổng số hồ sơ đã giải quyết' (base resolved)",
      received=6218, online=4570, online_rate=73.5, resolved=6034, resolved_on_time=5981, resolved_late=53,
      on_time_rate=99.45, pending=184),
    D("cấp huyện", "quý I năm 2024", cls="other-period", note="'tỷ lệ này' = the on-time rate, another quarter", on_time_rate=98.87),
    D("cấp xã", P6, cls="paragraph-lead", received=14652, resolved=14590, on_time_rate=99.9),
], findings=[{"rule": "rate-mismatch", "severity": "error", "values": [99.45],
              "note": "5.981 / 6.034 = 99,12%, the text states 99,45% against the same stated base (đã giải quyết)"}],
   checks=["5.981 + 53 = 6.034", "6.034 + 184 = 6.218", "4.570 / 6.218 = 73,50%"],
   not_figures=[N(98, "chỉ tiêu ... trên 98% (target)"), N(35, "35 xã, thị trấn (unit count)")])

# ---------------------------------------------------------------- C07 portal news, TXT
P7 = "9 tháng năm 2024"
write_txt("C07_tin_hai_duong_9_thang_2024", """
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Tin hoạt động > Cải cách hành chính
Cập nhật: 03/10/2024 10:15

Hải Dương: Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong giải quyết thủ tục hành chính

(Cổng TTĐT tỉnh) - Sáng 02/10, UBND tỉnh tổ chức hội nghị sơ kết công tác CCHC 9 tháng năm 2024. Đồng chí Phó Chủ tịch UBND tỉnh chủ trì hội nghị.

Theo báo cáo tại hội nghị, 9 tháng năm 2024, toàn tỉnh tiếp nhận 512.308 hồ sơ TTHC, giải quyết 505.716 hồ sơ, đạt 98,71%; tỷ lệ giải quyết đúng hạn đạt 99,42%. Cùng kỳ năm 2023, tỉnh tiếp nhận 468.950 hồ sơ.

Giám đốc Sở Nội vụ cho biết, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 48,2%, chưa đạt chỉ tiêu 50% Chính phủ giao.

Với 89,67%, Chỉ số CCHC năm 2023 của tỉnh xếp thứ 18/63 tỉnh, thành phố, giảm 2 bậc so với năm 2022. Chỉ số SIPAS năm 2023 của tỉnh đạt 82,91%.

Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung cải thiện các chỉ số thành phần còn thấp, phấn đấu năm 2024 Chỉ số CCHC của tỉnh đứng trong nhóm 15 tỉnh dẫn đầu cả nước.

Minh Hằng
""", scores=[
    S("PAR_INDEX", 89.67, "tỉnh Hải Dương", 2023, rank=18, rank_total=63, cls="value-before-label", note="'Với 89,67%, Chỉ số ...'"),
    S("SIPAS", 82.91, "tỉnh Hải Dương", 2023, cls="subject-header-only"),
], dossiers=[
    D("tỉnh Hải Dương", P7, cls="toan-tinh", note="'đạt 98,71%' = resolved / received", received=512308, resolved=505716,
      resolved_rate=98.71, on_time_rate=99.42, online_rate=48.2),
    D("tỉnh Hải Dương", "9 tháng năm 2023", cls="other-period", received=468950),
], checks=["505.716 / 512.308 = 98,71%"],
   not_figures=[N(50, "chỉ tiêu 50% (target)"), N(15, "nhóm 15 tỉnh dẫn đầu (target)"), N(2, "giảm 2 bậc (rank change)")])

# ---------------------------------------------------------------- C08 tỉnh, DOCX, level table
P8 = "quý I năm 2024 (từ ngày 15/12/2023 đến ngày 14/3/2024)"
T8 = [
    [("STT", 1, 2), ("Cấp giải quyết", 1, 2), ("Số hồ sơ tiếp nhận", 2, 1), ("Số hồ sơ đã giải quyết", 4, 1),
     ("Đang giải quyết", 1, 2), ("Tỷ lệ đúng và trước hạn (%)", 1, 2)],
    ["Tổng số", "Trực tuyến", "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn"],
    ["1", "Cấp tỉnh", "24.310", "19.702", "23.905", "20.116", "3.712", "77", "405", "99,68"],
    ["2", "Cấp huyện", "31.482", "22.960", "30.871", "25.403", "5.219", "249", "611", "99,19"],
    ["3", "Cấp xã", "58.906", "40.115", "58.120", "50.334", "7.689", "97", "786", "99,83"],
    [("Tổng cộng", 2, 1), "114.698", "82.777", "112.896", "95.853", "16.620", "423", "1.802", "99,63"],
]
docx_doc([
    "UBND TỈNH BẮC GIANG\nSố: 96/BC-UBND\nBắc Giang, ngày 22 tháng 3 năm 2024",
    "# BÁO CÁO",
    "# Kết quả giải quyết thủ tục hành chính quý I năm 2024",
    "1. Chỉ số CCHC: Bộ Nội vụ đã công bố Chỉ số CCHC năm 2023, tỉnh Bắc Giang đạt 90,12%, xếp thứ 4/63 tỉnh, thành phố.",
    "2. Kết quả giải quyết hồ sơ TTHC quý I năm 2024 (từ ngày 15/12/2023 đến ngày 14/3/2024) tại các cấp như sau:",
    T8,
    "Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh đạt 72,17%. Số hồ sơ quá hạn tập trung ở cấp huyện, chủ yếu lĩnh vực đất đai. Mục tiêu quý II: tỷ lệ hồ sơ trực tuyến đạt từ 75% trở lên.",
    "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nMai Sơn",
], OUT / "C08_tinh_bac_giang_quy1_2024_bang_cap.docx")
row = lambda sc, r, o, rs, e, t, l, p, rate: D(sc, P8, form="table", cls="levels-table", received=r, online=o, resolved=rs,
                                                resolved_early=e, resolved_on_time=t, resolved_late=l, pending=p, on_time_rate=rate)
write_gold("C08_tinh_bac_giang_quy1_2024_bang_cap", OUT / "C08_tinh_bac_giang_quy1_2024_bang_cap.docx",
    scores=[S("PAR_INDEX", 90.12, "tỉnh Bắc Giang", 2023, rank=4, rank_total=63)],
    dossiers=[
        row("cấp tỉnh", 24310, 19702, 23905, 20116, 3712, 77, 405, 99.68),
        row("cấp huyện", 31482, 22960, 30871, 25403, 5219, 249, 611, 99.19),
        row("cấp xã", 58906, 40115, 58120, 50334, 7689, 97, 786, 99.83),
        dict(row("tỉnh Bắc Giang", 114698, 82777, 112896, 95853, 16620, 423, 1802, 99.63), note="'Tổng cộng' row = the province"),
        D("tỉnh Bắc Giang", P8, cls="toan-tinh", note="prose under the table", online_rate=72.17),
    ],
    checks=["each row: early + on time + late = resolved; resolved + pending = received",
            "levels sum to Tổng cộng in every column", "82.777 / 114.698 = 72,17%", "112.473 / 112.896 = 99,63%"],
    not_figures=[N(75, "từ 75% trở lên (target)")])

# ---------------------------------------------------------------- C09 huyện, DOCX, commune table, planted sum error
P9 = "tháng 8 năm 2024"
T9 = [
    [("STT", 1, 2), ("Đơn vị", 1, 2), ("Hồ sơ tiếp nhận", 2, 1), ("Kết quả giải quyết", 3, 1), ("Đang giải quyết", 1, 2)],
    ["Tổng số", "Trong đó trực tuyến", "Đúng hạn", "Trễ hạn", "Tỷ lệ đúng hạn (%)"],
    ["1", "Xã Nghi Long", "612", "478", "598", "2", "99,67", "12"],
    ["2", "Xã Nghi Xá", "405", "331", "396", "0", "100", "9"],
    ["3", "Xã Nghi Thạch", "528", "402", "515", "1", "99,81", "12"],
    ["4", "Thị trấn Quán Hành", "1.146", "903", "1.118", "4", "99,64", "24"],
    ["5", "Xã Nghi Trung", "377", "289", "370", "0", "100", "7"],
    [("Tổng cộng", 2, 1), "3.168", "2.403", "2.997", "7", "99,77", "64"],
]
docx_doc([
    "UBND HUYỆN NGHI LỘC\nSố: 402/BC-UBND\nNghi Lộc, ngày 30 tháng 8 năm 2024",
    "# BÁO CÁO",
    "# Tình hình giải quyết TTHC tại UBND các xã, thị trấn tháng 8 năm 2024 (cụm số 1)",
    "Thực hiện chỉ đạo của UBND tỉnh Nghệ An, UBND huyện Nghi Lộc tổng hợp kết quả giải quyết TTHC tháng 8 năm 2024 của 5 xã, thị trấn thuộc cụm số 1 như sau (số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh):",
    T9,
    "Trong tháng, cụm số 1 có 7 hồ sơ trễ hạn, tập trung ở lĩnh vực đất đai và hộ tịch. UBND huyện yêu cầu các xã, thị trấn có hồ sơ trễ hạn thực hiện xin lỗi người dân theo quy định.",
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hải",
], OUT / "C09_huyen_nghi_loc_thang_8_2024_bang_xa_tong_sai.docx")
row9 = lambda sc, r, o, t, l, rate, p: D(sc, P9, form="table", cls="units-table", received=r, online=o,
                                          resolved_on_time=t, resolved_late=l, on_time_rate=rate, pending=p)
write_gold("C09_huyen_nghi_loc_thang_8_2024_bang_xa_tong_sai", OUT / "C09_huyen_nghi_loc_thang_8_2024_bang_xa_tong_sai.docx",
    dossiers=[
        row9("xã Nghi Long", 612, 478, 598, 2, 99.67, 12),
        row9("xã Nghi Xá", 405, 331, 396, 0, 100, 9),
        row9("xã Nghi Thạch", 528, 402, 515, 1, 99.81, 12),
        row9("thị trấn Quán Hành", 1146, 903, 1118, 4, 99.64, 24),
        row9("xã Nghi Trung", 377, 289, 370, 0, 100, 7),
        dict(row9("cụm số 1 (5 xã, thị trấn)", 3168, 2403, 2997, 7, 99.77, 64),
             note="'Tổng cộng' row of the five communes; 3.168 is as printed (the parts make 3.068)"),
        D("cụm số 1 (5 xã, thị trấn)", P9, cls="plain", note="prose under the table repeats the late count", resolved_late=7),
    ],
    findings=[{"rule": "sum-mismatch", "severity": "error", "values": [3168],
               "note": "Tổng cộng received 3.168 but 612 + 405 + 528 + 1.146 + 377 = 3.068 (100 short); every other column adds up"}],
    checks=["online 478+331+402+903+289 = 2.403", "on time 598+396+515+1.118+370 = 2.997", "late 2+0+1+4+0 = 7",
            "pending 12+9+12+24+7 = 64", "each row: on time + late + pending = received", "2.997 / 3.004 = 99,77%"],
    not_figures=[N(5, "5 xã, thị trấn (unit count)")])

# ---------------------------------------------------------------- C10 HTML portal, ranking table
Y10 = 2024
T10 = [
    [("STT", 1, 2), ("Đơn vị", 1, 2), ("Chỉ số CCHC năm 2024", 2, 1), ("Tăng (+), giảm (-) so với năm 2023 (%)", 1, 2)],
    ["Kết quả (%)", "Xếp hạng"],
    ["1", "Sở Tư pháp", "93,42", "1", "+2,14"],
    ["2", "Sở Nội vụ", "92,87", "2", "+1,05"],
    ["3", "Sở Thông tin và Truyền thông", "91,63", "3", "-0,87"],
    ["4", "Sở Tài chính", "90,95", "4", "+3,20"],
    ["5", "Ban Quản lý Khu kinh tế tỉnh", "90,21", "5", "-1,46"],
]
write_html("C10_portal_lao_cai_chi_so_2024", f"""
<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Công bố Chỉ số CCHC năm 2024 của các sở, ban, ngành - Cổng TTĐT tỉnh Lào Cai</title></head>
<body>
<div class="header">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI</div>
<div class="breadcrumb">Trang chủ &gt; Cải cách hành chính &gt; Tin tức</div>
<article>
<h1>Công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành, UBND các huyện, thị xã, thành phố</h1>
<div class="date">Ngày đăng: 12/03/2025</div>
<p class="sapo"><strong>Ngày 10/3/2025, UBND tỉnh ban hành Quyết định số 687/QĐ-UBND công bố Chỉ số CCHC năm 2024 của 20 sở, ban, ngành và 9 huyện, thị xã, thành phố.</strong></p>
<p>Đối với khối sở, ban, ngành, điểm trung bình đạt 87,35%, có 8 đơn vị đạt trên 90%. Kết quả của 5 đơn vị dẫn đầu như sau:</p>
{html_table(T10, 2)}
<p>Ở khối UBND cấp huyện, thị xã Sa Pa dẫn đầu với 91,36%, tiếp theo là thành phố Lào Cai đạt 90,58%. Huyện Si Ma Cai xếp cuối với 82,47%.</p>
<p>UBND tỉnh yêu cầu các đơn vị có Chỉ số dưới 85% xây dựng kế hoạch khắc phục ngay trong quý II năm 2025.</p>
<p class="author">Thu Trang - Sở Nội vụ</p>
</article>
</body></html>
""", scores=[
    S("PAR_INDEX", 87.35, "sở, ban, ngành (trung bình)", Y10, cls="average", note="'Đối với khối sở, ban, ngành' lead"),
    S("PAR_INDEX", 93.42, "Sở Tư pháp", Y10, form="table", cls="ranking-table", rank=1, change=2.14),
    S("PAR_INDEX", 92.87, "Sở Nội vụ", Y10, form="table", cls="ranking-table", rank=2, change=1.05),
    S("PAR_INDEX", 91.63, "Sở Thông tin và Truyền thông", Y10, form="table", cls="ranking-table", rank=3, change=-0.87,
      note="signed change '-0,87' keeps its sign"),
    S("PAR_INDEX", 90.95, "Sở Tài chính", Y10, form="table", cls="ranking-table", rank=4, change=3.2),
    S("PAR_INDEX", 90.21, "Ban Quản lý Khu kinh tế tỉnh", Y10, form="table", cls="ranking-table", rank=5, change=-1.46),
    S("PAR_INDEX", 91.36, "thị xã Sa Pa", Y10, rank=1, rank_total=9, cls="several-units", note="'dẫn đầu' among the 9"),
    S("PAR_INDEX", 90.58, "thành phố Lào Cai", Y10, rank=2, rank_total=9, cls="several-units", note="'tiếp theo' = second"),
    S("PAR_INDEX", 82.47, "huyện Si Ma Cai", Y10, rank=9, rank_total=9, cls="several-units", note="'xếp cuối' = 9/9"),
],
   checks=["table ranks 1..5 with decreasing scores, all above the 87,35% average"],
   not_figures=[N(90, "đạt trên 90% (threshold)"), N(85, "dưới 85% (threshold)"), N(687, "Quyết định số 687/QĐ-UBND"),
                N(8, "8 đơn vị đạt trên 90% (unit count)")])
