#!/usr/bin/env python
"""Writes the ninth blind round, corpora/unseen/9NN_* (issue 10): sixteen prose reports and
portal articles (901-916) covering every prose miss class of the issue, mixed within each
document, and eight table documents in layouts the earlier rounds lack (917-924: DOCX with
merged header cells and merged row-group cells, HTML with three-row rowspan/colspan headers,
ruled PDFs with two-line headers and "Số lượng | Tỷ lệ (%)" sub-columns, text grids with a
unit row and per-group sub-columns), each with its hand-written gold (`9NN_name.gold.json`).

Written by a helper who did not read extractor/ or rules/, before measuring; the gold says
what a careful reader takes from each text (field meanings: docs/extract-format.md; gold
fields: scripts/eval_figures.py). Kept so the binary documents can be rebuilt and read as
source. Uses the writers of scripts/make_unseen_6nn.py; reportlab only for the PDFs (not a
project dependency):

    pip install --target /tmp/rl reportlab
    PYTHONPATH=/tmp/rl .venv/bin/python scripts/make_unseen_9nn.py [901 ...]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_unseen_6nn import (OUT, D, S, T, T2, docx_doc, html_table, pdf_doc, write_docs,  # noqa: E402
                             write_gold, write_html, write_txt)


def pdf_doc_widths(blocks, path, widths_cm):
    """pdf_doc of make_unseen_6nn with the tables' column widths given (cm), so that a label
    column is wide and number columns narrow, as in a typed report."""
    from reportlab.lib.units import cm
    from reportlab.platypus import Table
    original = Table

    def sized(data, *args, **kwargs):
        kwargs.setdefault("colWidths", [w * cm for w in widths_cm])
        return original(data, *args, **kwargs)
    import reportlab.platypus
    reportlab.platypus.Table = sized
    try:
        pdf_doc(blocks, path)
    finally:
        reportlab.platypus.Table = original

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def NF(value, text):
    """A number the text holds that is no figure (threshold, target, TTHC count...)."""
    return {"value": value, "text": text}


def C(indicator, value, subject, year, criterion, cls="sub-index", form="prose", **fields):
    """A sub-index score (điểm thẩm định, điểm điều tra xã hội học...), as the real gold writes
    it: indicator PAR_INDEX_CRITERION with the sub-index name as criterion."""
    return S(indicator, value, subject, year, form, cls, criterion=criterion, **fields)


# ==== prose (901-916) ======================================================================

def doc_901() -> None:
    """District, quarter: the value before its label (chưa đến hạn / đã quá hạn), 'đúng và
    trước hạn', TTHC counts beside dossier counts, targets that are no values."""
    stem = "901_huyen_nam_dan_quy1_2025"
    P = "quý I năm 2025"
    assert 1795 + 51 == 1846 and 1781 + 14 == 1795 and 46 + 5 == 51 and 6188 + 42 == 6230
    text = f"""UỶ BAN NHÂN DÂN                    {QH.splitlines()[0]}
HUYỆN NAM ĐÀN                         {QH.splitlines()[1]}
Số: 86/BC-UBND                        Nam Đàn, ngày 18 tháng 3 năm 2025

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính quý I năm 2025

Thực hiện Công văn số 312/SNV-CCHC ngày 25/02/2025 của Sở Nội vụ tỉnh Nghệ An về việc báo cáo công tác cải cách hành chính định kỳ, UBND huyện Nam Đàn báo cáo kết quả quý I năm 2025 như sau:

I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
UBND huyện ban hành Kế hoạch số 15/KH-UBND ngày 10/01/2025 về cải cách hành chính năm 2025, giao 32 nhiệm vụ cho các cơ quan, đơn vị; tổ chức 01 đợt kiểm tra công tác cải cách hành chính tại 04 xã.

II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1. Rà soát, công khai thủ tục hành chính
Trong quý, UBND huyện đã rà soát, đề nghị UBND tỉnh đơn giản hóa 7 thủ tục hành chính; cập nhật, niêm yết công khai 286 TTHC thuộc thẩm quyền giải quyết của cấp huyện và 112 TTHC cấp xã tại Bộ phận Một cửa các cấp.

2. Kết quả tiếp nhận, giải quyết hồ sơ
Bộ phận Một cửa huyện tiếp nhận 1.846 hồ sơ, trong đó 1.402 hồ sơ nộp trực tuyến. Đã giải quyết 1.795 hồ sơ; đúng và trước hạn 1.781 hồ sơ, trễ hạn 14 hồ sơ (chủ yếu thuộc lĩnh vực đất đai). Hiện còn 51 hồ sơ đang giải quyết, trong đó có 46 hồ sơ chưa đến hạn và 5 hồ sơ đã quá hạn.
Tại cấp xã, 19 xã, thị trấn tiếp nhận 6.230 hồ sơ, đã giải quyết 6.188 hồ sơ, trong đó 6.180 hồ sơ đúng hạn; 42 hồ sơ đang giải quyết đều còn trong hạn.
Kế hoạch của UBND tỉnh yêu cầu tỷ lệ hồ sơ giải quyết đúng hạn trên 95% và tỷ lệ hồ sơ nộp trực tuyến từ 70% trở lên; cả hai chỉ tiêu này huyện đều đạt.

III. NHIỆM VỤ QUÝ II NĂM 2025
Tiếp tục giải quyết dứt điểm 5 hồ sơ quá hạn nêu trên; phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.

Nơi nhận:
- Sở Nội vụ;
- TT Huyện ủy, HĐND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Hùng
"""
    write_txt(stem, text, dossiers=[
        D("cấp huyện", P, received=1846, online=1402, resolved=1795, resolved_late=14,
          note="Bộ phận Một cửa huyện = the district level"),
        D("cấp huyện", P, cls="labels-order", resolved_on_time=1781,
          note="'đúng và trước hạn 1.781' = resolved_on_time (early included)"),
        D("cấp huyện", P, cls="value-before-label", pending=51, pending_on_time=46, pending_overdue=5,
          note="'có 46 hồ sơ chưa đến hạn và 5 hồ sơ đã quá hạn'"),
        D("cấp xã", P, received=6230, resolved=6188, resolved_on_time=6180),
        D("cấp xã", P, cls="value-words", pending=42, pending_on_time=42,
          note="'42 hồ sơ đang giải quyết đều còn trong hạn'"),
    ], not_figures=[NF(7, "đơn giản hóa 7 thủ tục hành chính (TTHC)"),
                    NF(286, "286 TTHC cấp huyện (procedures)"), NF(112, "112 TTHC cấp xã (procedures)"),
                    NF(95, "yêu cầu ... trên 95% (threshold)"), NF(70, "từ 70% trở lên (threshold)"),
                    NF(80, "phấn đấu ... đạt 80% (target)"), NF(19, "19 xã, thị trấn (unit count)"),
                    NF(32, "32 nhiệm vụ giao (no done count)")],
       checks=["1795 + 51 = 1846", "1781 + 14 = 1795", "46 + 5 = 51", "6188 + 42 = 6230"])


def doc_902() -> None:
    """Department, 6 months: a total defined by its breakdown, two labels sharing one
    number, a value in words, TTHC counts beside dossiers."""
    stem = "902_so_tu_phap_binh_dinh_6_thang"
    P = "6 tháng đầu năm 2025"
    assert 2742 - 2611 == 131 and 2698 + 44 == 2742 and 2690 + 8 == 2698 and 31 + 13 == 44
    text = """UBND TỈNH BÌNH ĐỊNH
SỞ TƯ PHÁP
Số: 1105/BC-STP                     Bình Định, ngày 16 tháng 6 năm 2025

BÁO CÁO
Tình hình thực hiện công tác cải cách hành chính 6 tháng đầu năm 2025

I. KẾT QUẢ THỰC HIỆN
1. Cải cách thủ tục hành chính
Hiện nay, Sở Tư pháp đang thực hiện 148 TTHC thuộc thẩm quyền giải quyết, trong đó 132 TTHC được cung cấp dịch vụ công trực tuyến toàn trình. Trong kỳ, Sở đã trình Chủ tịch UBND tỉnh công bố 9 TTHC mới ban hành và bãi bỏ 3 TTHC trong lĩnh vực hộ tịch.

Tổng số hồ sơ Sở phải giải quyết trong kỳ là 2.742 hồ sơ, trong đó tiếp nhận mới 2.611 hồ sơ, số còn lại từ kỳ trước chuyển sang. Đã giải quyết 2.698 hồ sơ, trong đó đúng hạn 2.690 hồ sơ, trễ hạn 8 hồ sơ; đang giải quyết 44 hồ sơ (31 hồ sơ trong hạn, 13 hồ sơ quá hạn).

Riêng lĩnh vực lý lịch tư pháp, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận và giải quyết 656 hồ sơ. Tất cả hồ sơ đều được trả kết quả đúng hạn, không có hồ sơ phải xin lỗi.

2. Cải cách tổ chức bộ máy
Sở đã sắp xếp lại 02 phòng chuyên môn theo Đề án được phê duyệt, giảm 01 phòng so với năm 2024.

II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM 2025
Phấn đấu 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.

Nơi nhận:
- UBND tỉnh;
- Sở Nội vụ;
- Lưu: VT, VP.
GIÁM ĐỐC
Trần Thị Hạnh
"""
    write_txt(stem, text, dossiers=[
        D("Sở Tư pháp", P, cls="total-breakdown", to_resolve=2742, received=2611,
          note="'Tổng số ... phải giải quyết 2.742, trong đó tiếp nhận mới 2.611, số còn lại từ kỳ trước' "
               "= to_resolve (the carried-over count is not written)"),
        D("Sở Tư pháp", P, resolved=2698, resolved_on_time=2690, resolved_late=8, pending=44,
          pending_on_time=31, pending_overdue=13),
        D("lĩnh vực lý lịch tư pháp", P, cls="shared-number", received=656, resolved=656,
          note="'đã tiếp nhận và giải quyết 656 hồ sơ' shares one number"),
        D("lĩnh vực lý lịch tư pháp", P, cls="value-words", on_time_rate=100,
          note="'Tất cả hồ sơ đều được trả kết quả đúng hạn' = 100%"),
    ], not_figures=[NF(148, "148 TTHC (procedures)"), NF(132, "132 TTHC trực tuyến toàn trình"),
                    NF(9, "công bố 9 TTHC"), NF(3, "bãi bỏ 3 TTHC"),
                    NF(60, "trên 60% (target)")],
       checks=["2698 + 44 = 2742", "2690 + 8 = 2698", "31 + 13 = 44"])


def doc_903() -> None:
    """Province (Sở Nội vụ notice), year: several units under one index (dẫn đầu ... thứ hai
    ... thứ ba), ranks in words, a signed change, rating thresholds that are no values."""
    stem = "903_so_noi_vu_thai_binh_xep_hang_2024"
    assert 6 + 11 + 2 == 19
    text = """UBND TỈNH THÁI BÌNH
SỞ NỘI VỤ
Số: 402/TB-SNV                      Thái Bình, ngày 14 tháng 3 năm 2025

THÔNG BÁO
Kết quả xác định Chỉ số cải cách hành chính năm 2024
của các sở, ban, ngành và UBND các huyện, thành phố

Căn cứ Quyết định số 521/QĐ-UBND ngày 07/3/2025 của UBND tỉnh phê duyệt và công bố Chỉ số cải cách hành chính năm 2024, Sở Nội vụ thông báo kết quả như sau:

1. Khối sở, ban, ngành
Năm 2024, Chỉ số cải cách hành chính trung bình của 19 sở, ban, ngành đạt 86,45%, tăng 1,12% so với năm 2023. Dẫn đầu là Sở Tư pháp với 92,10 điểm; thứ hai là Sở Nội vụ 91,70 điểm; thứ ba là Sở Thông tin và Truyền thông với 90,86 điểm. Đứng cuối bảng là Ban Quản lý các khu công nghiệp tỉnh, đạt 78,34 điểm, giảm 5,42 điểm so với năm 2023.
Theo thang xếp loại, có 6 đơn vị đạt loại Tốt (từ 90% trở lên), 11 đơn vị đạt loại Khá (từ 80% đến dưới 90%) và 2 đơn vị xếp loại Trung bình (từ 70% đến dưới 80%).

2. Khối huyện, thành phố
Huyện Vũ Thư xếp thứ nhất với 90,25%; thành phố Thái Bình đứng thứ hai với 89,97%; huyện Tiền Hải xếp thứ tám, thấp nhất trong 8 huyện, thành phố, với 82,03%.

3. Đề nghị
Các đơn vị có Chỉ số dưới 85% xây dựng kế hoạch khắc phục, gửi Sở Nội vụ trước ngày 15/4/2025.

Nơi nhận:
- UBND tỉnh (b/c);
- Các sở, ban, ngành; UBND các huyện, thành phố;
- Lưu: VT, CCHC.
GIÁM ĐỐC
Phạm Quang Vinh
"""
    Y = 2024
    write_txt(stem, text, scores=[
        S("PAR_INDEX", 86.45, "sở, ban, ngành (trung bình)", Y, cls="average", unit="%", change=1.12),
        S("PAR_INDEX", 92.10, "Sở Tư pháp", Y, cls="several-units", unit="điểm", rank=1, rank_total=19),
        S("PAR_INDEX", 91.70, "Sở Nội vụ", Y, cls="several-units", unit="điểm", rank=2, rank_total=19,
          note="'thứ hai là Sở Nội vụ 91,70 điểm' inherits the index"),
        S("PAR_INDEX", 90.86, "Sở Thông tin và Truyền thông", Y, cls="several-units", unit="điểm", rank=3,
          rank_total=19),
        S("PAR_INDEX", 78.34, "Ban Quản lý các khu công nghiệp tỉnh", Y, cls="signed-change", unit="điểm",
          rank=19, rank_total=19, change=-5.42, note="'Đứng cuối bảng' of 19; 'giảm 5,42 điểm' = -5.42"),
        S("PAR_INDEX", 90.25, "huyện Vũ Thư", Y, cls="rank-words", unit="%", rank=1, rank_total=8),
        S("PAR_INDEX", 89.97, "thành phố Thái Bình", Y, cls="rank-words", unit="%", rank=2, rank_total=8),
        S("PAR_INDEX", 82.03, "huyện Tiền Hải", Y, cls="rank-words", unit="%", rank=8, rank_total=8),
    ], not_figures=[NF(90, "Tốt (từ 90% trở lên) (threshold)"), NF(80, "từ 80% đến dưới 90% (threshold)"),
                    NF(70, "từ 70% đến dưới 80% (threshold)"), NF(85, "Chỉ số dưới 85% (threshold)")],
       checks=["6 + 11 + 2 = 19 units"])


def doc_904() -> None:
    """Portal article, province, year: the index named only in an earlier sentence, sub-index
    names, SIPAS paraphrased, PAPI and PCI, signed changes."""
    stem = "904_tin_quang_ngai_chi_so_2024"
    assert abs(58.62 + 29.74 - 88.36) < 1e-9
    text = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI
Trang chủ > Tin tức > Cải cách hành chính

Quảng Ngãi tăng 11 bậc về Chỉ số cải cách hành chính năm 2024
Cập nhật: 09:15 ngày 22/04/2025

(QNg) - Chiều 21/4/2025, Bộ Nội vụ tổ chức Hội nghị trực tuyến công bố Chỉ số cải cách hành chính năm 2024 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương.

Theo kết quả được công bố, tỉnh Quảng Ngãi đạt 88,36%, xếp thứ 21/63 tỉnh, thành phố, tăng 11 bậc so với năm 2023. Trong đó, điểm thẩm định đạt 58,62/66,5 điểm; điểm điều tra xã hội học đạt 29,74/33,5 điểm.

Cùng ngày, Bộ Nội vụ cũng công bố kết quả đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024; Quảng Ngãi đạt 82,47%, thấp hơn 0,91% so với năm trước.

Trước đó, Chỉ số PAPI năm 2024 của tỉnh đạt 42,96 điểm, xếp thứ 30/63. Chỉ số năng lực cạnh tranh cấp tỉnh PCI năm 2024 đạt 64,10 điểm, xếp hạng 41/63, giảm 0,85 điểm so với năm 2023.

Phát biểu tại điểm cầu tỉnh, đồng chí Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành khắc phục ngay các tiêu chí bị trừ điểm, phấn đấu năm 2025 tỉnh thuộc nhóm 15 địa phương dẫn đầu với Chỉ số đạt trên 90%.

Minh Châu
Lượt xem: 2.318
"""
    Y, U = 2024, "tỉnh Quảng Ngãi"
    write_txt(stem, text, scores=[
        S("PAR_INDEX", 88.36, U, Y, cls="index-earlier", unit="%", rank=21, rank_total=63, rank_change=11,
          note="the index is named in the sentence before ('Theo kết quả được công bố, ...')"),
        C("PAR_INDEX_CRITERION", 58.62, U, Y, "điểm thẩm định", max=66.5, unit="điểm"),
        C("PAR_INDEX_CRITERION", 29.74, U, Y, "điểm điều tra xã hội học", max=33.5, unit="điểm"),
        S("SIPAS", 82.47, U, Y, cls="paraphrase", unit="%", change=-0.91,
          note="'sự hài lòng của người dân, tổ chức ...' = SIPAS; 'thấp hơn 0,91%' = -0.91"),
        S("OTHER_INDEX", 42.96, U, Y, cls="other-index", unit="điểm", index_name="PAPI", rank=30,
          rank_total=63),
        S("OTHER_INDEX", 64.10, U, Y, cls="signed-change", unit="điểm", index_name="PCI", rank=41,
          rank_total=63, change=-0.85),
    ], not_figures=[NF(15, "nhóm 15 địa phương dẫn đầu (target)"), NF(90, "đạt trên 90% (target)"),
                    NF(2318, "Lượt xem: 2.318 (page chrome)")],
       checks=["58.62 + 29.74 = 88.36"])


def doc_905() -> None:
    """Commune, one month (tháng 8/2025) and a running span since the commune's start: 'quá
    hạn nhưng chưa có kết quả', the value before its label ('Có 9 hồ sơ (chiếm 0,80%) ...
    trả lại'), a value in words ('không có hồ sơ trễ hạn')."""
    stem = "905_xa_hoa_tien_thang_8_2025"
    P = "tháng 8/2025"
    assert 702 + 365 == 1067 and 1067 + 57 == 1124 and round(968 / 1124 * 100, 2) == 86.12
    assert round(9 / 1124 * 100, 2) == 0.80
    text = """ỦY BAN NHÂN DÂN                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA TIẾN                            Độc lập - Tự do - Hạnh phúc
Số: 57/BC-UBND                         Hòa Tiến, ngày 29 tháng 8 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 8/2025

Thực hiện chỉ đạo của UBND thành phố về chế độ báo cáo hằng tháng sau khi tổ chức chính quyền địa phương hai cấp, UBND xã Hòa Tiến báo cáo như sau:

1. Kết quả tiếp nhận, giải quyết hồ sơ
Trong tháng 8/2025, Trung tâm Phục vụ hành chính công xã tiếp nhận 1.124 hồ sơ thủ tục hành chính, trong đó trực tuyến 968 hồ sơ, đạt 86,12%. Đã có kết quả 1.067 hồ sơ, gồm trước hạn 702 hồ sơ, đúng hạn 365 hồ sơ; không có hồ sơ trễ hạn. Số hồ sơ chưa có kết quả là 57 hồ sơ; quá hạn nhưng chưa có kết quả 4 hồ sơ, còn lại đang trong hạn.
Có 9 hồ sơ (chiếm 0,80%) không đủ điều kiện giải quyết, đã trả lại và hướng dẫn công dân bổ sung theo quy định.

2. Lũy kế
Lũy kế từ ngày 01/7/2025 đến ngày 31/8/2025, xã tiếp nhận 2.203 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 100%.

3. Khó khăn, vướng mắc
Hệ thống phần mềm dùng chung còn lỗi khi liên thông hồ sơ đất đai; một số công chức mới được điều động chưa thành thạo nghiệp vụ. Chỉ tiêu thành phố giao về tỷ lệ hồ sơ trực tuyến năm 2025 là 80%.

Nơi nhận:
- UBND thành phố;
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Văn Thành
"""
    X = "xã Hòa Tiến"
    write_txt(stem, text, dossiers=[
        D(X, P, cls="month-period", received=1124, online=968, online_rate=86.12, resolved=1067,
          resolved_early=702, resolved_on_time=365),
        D(X, P, cls="value-words", resolved_late=0, note="'không có hồ sơ trễ hạn' = 0"),
        D(X, P, cls="labels-order", pending=57, pending_overdue=4,
          note="'chưa có kết quả' = pending; 'quá hạn nhưng chưa có kết quả 4' = pending_overdue"),
        D(X, P, cls="value-before-label", returned=9, returned_rate=0.8,
          note="'Có 9 hồ sơ (chiếm 0,80%) ... trả lại'"),
        D(X, "từ ngày 01/7/2025 đến ngày 31/8/2025", cls="range-period", received=2203, on_time_rate=100),
    ], not_figures=[NF(80, "chỉ tiêu ... năm 2025 là 80% (target)")],
       checks=["702 + 365 = 1067", "1067 + 57 = 1124", "968/1124 = 86.12%", "9/1124 = 0.80%"])


def doc_906() -> None:
    """District, a quarter that starts in the previous year: 'lũy kế đã và đang giải quyết',
    a lead 'Với cấp xã, toàn huyện ...' scoping the sentences after it, x/y units, tasks."""
    stem = "906_huyen_tan_yen_quy1_2024"
    P = "quý I năm 2024 (từ ngày 15/12/2023 đến ngày 14/3/2024)"
    assert 208 + 3304 == 3512 and 1870 + 1392 + 34 == 3296 and 3296 + 216 == 3512
    assert round(3120 / 5947 * 100, 2) == 52.46 and 3304 + 5947 == 9251 and 3296 + 5902 == 9198
    text = """UỶ BAN NHÂN DÂN
HUYỆN TÂN YÊN
Số: 74/BC-UBND                     Tân Yên, ngày 15 tháng 3 năm 2024

BÁO CÁO
Công tác cải cách hành chính quý I năm 2024
(Kỳ báo cáo: từ ngày 15/12/2023 đến ngày 14/3/2024)

I. KẾT QUẢ CHỦ YẾU
1. Công tác chỉ đạo, điều hành
UBND huyện ban hành Kế hoạch cải cách hành chính năm 2024 với 12 nhiệm vụ trọng tâm. Đến hết kỳ báo cáo, huyện đã hoàn thành 9/12 nhiệm vụ, đạt 75%; các nhiệm vụ còn lại đang triển khai theo tiến độ.

2. Kết quả giải quyết hồ sơ thủ tục hành chính
a) Cấp huyện: Lũy kế đã và đang giải quyết 3.512 hồ sơ (kỳ trước chuyển sang 208 hồ sơ, tiếp nhận trong kỳ 3.304 hồ sơ). Đã giải quyết 3.296 hồ sơ, trong đó trước hạn 1.870 hồ sơ, đúng hạn 1.392 hồ sơ, quá hạn 34 hồ sơ; đang giải quyết 216 hồ sơ.
b) Với cấp xã, toàn huyện tiếp nhận 5.947 hồ sơ, đã giải quyết 5.902 hồ sơ. Tỷ lệ giải quyết đúng hạn đạt 99,66%. Có 14/14 xã, thị trấn đã tiếp nhận hồ sơ trực tuyến; số hồ sơ nộp trực tuyến là 3.120 hồ sơ, chiếm 52,46%.
c) Tính chung toàn huyện, trong kỳ tiếp nhận mới 9.251 hồ sơ, đã giải quyết 9.198 hồ sơ.

II. NHIỆM VỤ QUÝ II NĂM 2024
Tập trung giải quyết hồ sơ tồn, phấn đấu tỷ lệ hồ sơ nộp trực tuyến cấp xã đạt 60%.

Nơi nhận:
- UBND tỉnh Bắc Giang;
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Sơn
"""
    write_txt(stem, text, dossiers=[
        D("cấp huyện", P, cls="labels-order", to_resolve=3512, carried_over=208, received=3304,
          note="'Lũy kế đã và đang giải quyết' = to_resolve"),
        D("cấp huyện", P, resolved=3296, resolved_early=1870, resolved_on_time=1392, resolved_late=34,
          pending=216),
        D("cấp xã", P, cls="scope-lead", received=5947, resolved=5902, on_time_rate=99.66, online=3120,
          online_rate=52.46, note="'Với cấp xã, toàn huyện ...' scopes the three sentences to the communes"),
        D("huyện", P, received=9251, resolved=9198),
    ], tasks=[{"done": 9, "total": 12, "rate": 75, "period": P, "form": "prose", "class": "fraction"}],
       ratios=[{"part": 14, "total": 14, "label": "xã, thị trấn tiếp nhận hồ sơ trực tuyến",
                "form": "prose", "class": "fraction"}],
       not_figures=[NF(60, "phấn đấu ... đạt 60% (target)")],
       checks=["208 + 3304 = 3512", "1870 + 1392 + 34 = 3296", "3296 + 216 = 3512",
               "3304 + 5947 = 9251", "3296 + 5902 = 9198", "3120/5947 = 52.46%", "9/12 = 75%"])


def doc_907() -> None:
    """Ministry, year: the index named only in the sentence before, a rank fall, two labels
    sharing one number, a signed change in parentheses, TTHC counts beside dossiers."""
    stem = "907_bo_tai_nguyen_moi_truong_nam_2024"
    P = "năm 2024"
    assert 37576 + 329 == 37905 and 37905 + 707 == 38612 and round(31540 / 38612 * 100, 2) == 81.68
    assert round(37576 / 37905 * 100, 2) == 99.13
    text = """BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                            Độc lập - Tự do - Hạnh phúc
Số: 8906/BC-BTNMT                    Hà Nội, ngày 20 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2024

I. ĐÁNH GIÁ CHUNG
Ngày 16/4/2024, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ. Theo đó, Bộ Tài nguyên và Môi trường đạt 86,73%, đứng thứ 9/17 bộ, cơ quan ngang bộ, giảm 2 bậc so với năm 2022. Bộ đã ban hành Kế hoạch khắc phục các tồn tại, hạn chế được chỉ ra qua kết quả đánh giá.

II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ
1. Kết quả thực hiện kế hoạch
Năm 2024, Bộ đã hoàn thành 27/30 nhiệm vụ cải cách hành chính theo kế hoạch, đạt 90%.

2. Cải cách thủ tục hành chính
Bộ đã trình Chính phủ cắt giảm, đơn giản hóa 54 TTHC; hiện Bộ quản lý 142 TTHC, trong đó 98 TTHC được cung cấp dịch vụ công trực tuyến toàn trình.
Trong năm 2024, Bộ tiếp nhận 38.612 hồ sơ thủ tục hành chính, trong đó 31.540 hồ sơ trực tuyến (81,68%). Đã giải quyết 37.905 hồ sơ, đúng hạn 37.576 hồ sơ, đạt 99,13%; trễ hạn 329 hồ sơ (-15,35% so với năm 2023); đang giải quyết 707 hồ sơ.
Riêng Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam đã tiếp nhận và giải quyết 1.284 hồ sơ cấp phép hoạt động đo đạc và bản đồ; tất cả đều được trả kết quả đúng hạn.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu Chỉ số cải cách hành chính của Bộ đạt trên 90% và thuộc nhóm 5 bộ dẫn đầu.

Nơi nhận:
- Văn phòng Chính phủ;
- Bộ Nội vụ;
- Lưu: VT, TCCB.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lê Công Thành
"""
    write_txt(stem, text, scores=[
        S("PAR_INDEX", 86.73, "Bộ Tài nguyên và Môi trường", 2023, cls="index-earlier", unit="%", rank=9,
          rank_total=17, rank_change=-2, note="named in the sentence before; 'giảm 2 bậc' = -2"),
    ], dossiers=[
        D("Bộ Tài nguyên và Môi trường", P, received=38612, online=31540, online_rate=81.68,
          resolved=37905, resolved_on_time=37576, on_time_rate=99.13, pending=707),
        D("Bộ Tài nguyên và Môi trường", P, cls="signed-change", resolved_late=329,
          note="'(-15,35% so với năm 2023)' is a change of the count, no rate"),
        D("Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam", P, cls="shared-number", received=1284,
          resolved=1284, on_time_rate=100,
          note="'đã tiếp nhận và giải quyết 1.284'; 'tất cả đều ... đúng hạn' = 100%"),
    ], tasks=[{"done": 27, "total": 30, "rate": 90, "period": P, "form": "prose", "class": "fraction"}],
       not_figures=[NF(54, "đơn giản hóa 54 TTHC"), NF(142, "142 TTHC"), NF(98, "98 TTHC trực tuyến"),
                    NF(15.35, "(-15,35% so với năm 2023) (a change)"),
                    NF(-15.35, "(-15,35% so với năm 2023) (a change)"),
                    NF(5, "nhóm 5 bộ dẫn đầu (target)")],
       checks=["37576 + 329 = 37905", "37905 + 707 = 38612", "31540/38612 = 81.68%",
               "37576/37905 = 99.13%", "27/30 = 90%"])


def doc_908() -> None:
    """Province, 9 months: level leads ('Với cấp tỉnh/huyện/xã, ...') scoping the sentences
    after them, 'giảm từ a% ... xuống còn b%', 'tỷ lệ này', x/y units, targets."""
    stem = "908_tinh_hai_duong_9_thang_2024"
    P = "9 tháng đầu năm 2024"
    assert round((51906 - 51697) / 51906 * 100, 2) == 0.40
    text = """UỶ BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẢI DƯƠNG                            Độc lập - Tự do - Hạnh phúc
Số: 318/BC-UBND                      Hải Dương, ngày 27 tháng 9 năm 2024

BÁO CÁO
Tình hình thực hiện công tác cải cách hành chính 9 tháng đầu năm 2024,
phương hướng, nhiệm vụ quý IV năm 2024

...
3. Kết quả giải quyết thủ tục hành chính
Với cấp tỉnh, trong 9 tháng, các sở, ban, ngành tiếp nhận 52.840 hồ sơ, đã giải quyết 51.906 hồ sơ, trong đó đúng hạn 51.697 hồ sơ. Tỷ lệ hồ sơ trễ hạn giảm từ 1,12% của cùng kỳ năm 2023 xuống còn 0,40%. Có 18/20 sở, ban, ngành không có hồ sơ trễ hạn.
Với cấp huyện, 12 huyện, thị xã, thành phố tiếp nhận 78.215 hồ sơ, giải quyết 76.930 hồ sơ; tỷ lệ đúng hạn đạt 98,74%. Thị xã Kinh Môn có tỷ lệ giải quyết đúng hạn cao nhất, 99,91%; thấp nhất là huyện Thanh Hà, tỷ lệ này chỉ đạt 95,06%.
Với cấp xã, tỷ lệ giải quyết đúng hạn đạt 99,52%; tỷ lệ hồ sơ nộp trực tuyến đạt 61,3%.

4. Đánh giá
Mục tiêu của tỉnh năm 2024 là tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95% ở cả ba cấp và tỷ lệ hồ sơ trực tuyến từ 50% trở lên; đến nay cả hai mục tiêu đều đã đạt.
"""
    write_txt(stem, text, dossiers=[
        D("cấp tỉnh", P, cls="scope-lead", received=52840, resolved=51906, resolved_on_time=51697),
        D("cấp tỉnh", P, cls="several-units", late_rate=0.40,
          note="'giảm từ 1,12% của cùng kỳ năm 2023 xuống còn 0,40%'"),
        D("cấp tỉnh", "9 tháng đầu năm 2023", cls="several-units", late_rate=1.12,
          note="the 'from' value, of the same period a year before"),
        D("cấp huyện", P, cls="scope-lead", received=78215, resolved=76930, on_time_rate=98.74),
        D("thị xã Kinh Môn", P, cls="several-units", on_time_rate=99.91),
        D("huyện Thanh Hà", P, cls="several-units", on_time_rate=95.06, note="'tỷ lệ này' = on-time rate"),
        D("cấp xã", P, cls="scope-lead", on_time_rate=99.52, online_rate=61.3),
    ], ratios=[{"part": 18, "total": 20, "label": "sở, ban, ngành không có hồ sơ trễ hạn",
                "form": "prose", "class": "fraction"}],
       not_figures=[NF(95, "đạt trên 95% (target)"), NF(50, "từ 50% trở lên (target)"),
                    NF(12, "12 huyện, thị xã, thành phố (unit count)")],
       checks=["(51906 - 51697)/51906 = 0.40%"])


def doc_909() -> None:
    """District decision on the communes' index: ordinal list under one index, ranks in
    words, sub-index names of the first commune, a signed change, rating thresholds."""
    stem = "909_huyen_cam_xuyen_chi_so_xa_2024"
    assert abs(62.40 + 30.75 - 93.15) < 1e-9 and 5 + 15 + 3 == 23
    text = """ỦY BAN NHÂN DÂN
HUYỆN CẨM XUYÊN
Số: 1246/QĐ-UBND                   Cẩm Xuyên, ngày 05 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc công bố Chỉ số cải cách hành chính năm 2024
của UBND các xã, thị trấn trên địa bàn huyện

CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN CẨM XUYÊN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Quyết định số 3512/QĐ-UBND ngày 28/12/2023 của UBND huyện ban hành Bộ Chỉ số cải cách hành chính cấp xã;
Xét đề nghị của Trưởng phòng Nội vụ huyện,

QUYẾT ĐỊNH:
Điều 1. Công bố Chỉ số cải cách hành chính năm 2024 của UBND 23 xã, thị trấn (có Phụ lục kèm theo), cụ thể:
Điểm trung bình Chỉ số cải cách hành chính của các xã, thị trấn đạt 84,27 điểm. Xã Cẩm Bình xếp thứ nhất với 93,15 điểm, trong đó điểm thẩm định đạt 62,40 điểm, điểm điều tra xã hội học đạt 30,75 điểm; đứng thứ hai là thị trấn Cẩm Xuyên với 92,08 điểm; xếp thứ ba là xã Cẩm Thành, 90,44 điểm. Đứng cuối là xã Cẩm Lạc với 74,12 điểm, giảm 6,35 điểm so với năm 2023.
Về xếp loại: 5 đơn vị đạt loại Tốt (từ 90 điểm trở lên), 15 đơn vị đạt loại Khá (từ 80 đến dưới 90 điểm), 3 đơn vị đạt loại Trung bình (từ 70 đến dưới 80 điểm).
Điều 2. UBND các xã, thị trấn có trách nhiệm khắc phục những tồn tại, hạn chế; đơn vị xếp loại Trung bình báo cáo giải trình trước ngày 31/3/2025.
Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Chủ tịch UBND các xã, thị trấn chịu trách nhiệm thi hành Quyết định này./.

CHỦ TỊCH
Trần Đình Khoa
"""
    Y = 2024
    write_txt(stem, text, scores=[
        S("PAR_INDEX", 84.27, "xã, thị trấn (trung bình)", Y, cls="average", unit="điểm"),
        S("PAR_INDEX", 93.15, "xã Cẩm Bình", Y, cls="rank-words", unit="điểm", rank=1, rank_total=23),
        C("PAR_INDEX_CRITERION", 62.40, "xã Cẩm Bình", Y, "điểm thẩm định", unit="điểm"),
        C("PAR_INDEX_CRITERION", 30.75, "xã Cẩm Bình", Y, "điểm điều tra xã hội học", unit="điểm"),
        S("PAR_INDEX", 92.08, "thị trấn Cẩm Xuyên", Y, cls="several-units", unit="điểm", rank=2,
          rank_total=23),
        S("PAR_INDEX", 90.44, "xã Cẩm Thành", Y, cls="several-units", unit="điểm", rank=3, rank_total=23),
        S("PAR_INDEX", 74.12, "xã Cẩm Lạc", Y, cls="signed-change", unit="điểm", rank=23, rank_total=23,
          change=-6.35, note="'Đứng cuối' of 23; 'giảm 6,35 điểm' = -6.35"),
    ], not_figures=[NF(90, "từ 90 điểm trở lên (threshold)"), NF(80, "từ 80 đến dưới 90 điểm (threshold)"),
                    NF(70, "từ 70 đến dưới 80 điểm (threshold)")],
       checks=["62.40 + 30.75 = 93.15", "5 + 15 + 3 = 23"])


def doc_910() -> None:
    """Newspaper article: PCI and PAPI (and their sub-indices), each named only in the
    sentence before its score, 'giảm ... từ a xuống còn b', a signed change in parentheses."""
    stem = "910_bao_quang_nam_pci_papi_2024"
    text = """BÁO QUẢNG NAM ĐIỆN TỬ
Kinh tế | Thứ Năm, 08/05/2025 - 07:40

PCI và PAPI năm 2024: Quảng Nam cải thiện thứ hạng, còn nhiều chỉ số thành phần giảm điểm

(QNO) - Ngày 6/5/2025, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024. Quảng Nam đạt 66,82 điểm, xếp thứ 24/63 tỉnh, thành phố, tăng 4 bậc so với năm 2023.

Trong 10 chỉ số thành phần, tỉnh tăng điểm ở 6 chỉ số. Đáng chú ý, chỉ số Chi phí không chính thức giảm mạnh nhất, từ 7,12 điểm năm 2023 xuống còn 6,03 điểm năm 2024.

Trước đó, ngày 16/4/2025, Chương trình Phát triển Liên hợp quốc (UNDP) và các đối tác công bố Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2024. Tổng điểm của Quảng Nam là 43,51 điểm, đứng thứ 17/63. Ở nội dung "Thủ tục hành chính công", tỉnh đạt 7,38 điểm, giảm 0,22 điểm so với năm 2023.

Về Chỉ số cải cách hành chính (PAR INDEX) năm 2024, Quảng Nam đạt 85,40% (-2,15%), xếp thứ 38/63.

Theo Giám đốc Sở Kế hoạch và Đầu tư, mục tiêu của tỉnh là đưa PCI vào nhóm 20 địa phương dẫn đầu trong năm 2025.

HOÀNG LIÊN
"""
    Y, U = 2024, "tỉnh Quảng Nam"
    write_txt(stem, text, scores=[
        S("OTHER_INDEX", 66.82, U, Y, cls="index-earlier", unit="điểm", index_name="PCI", rank=24,
          rank_total=63, rank_change=4, note="PCI named in the sentence before"),
        S("OTHER_INDEX", 6.03, U, Y, cls="several-units", unit="điểm", index_name="Chi phí không chính thức",
          note="PCI sub-index; 'giảm ... từ 7,12 điểm năm 2023 xuống còn 6,03 điểm năm 2024'"),
        S("OTHER_INDEX", 7.12, U, 2023, cls="several-units", unit="điểm",
          index_name="Chi phí không chính thức"),
        S("OTHER_INDEX", 43.51, U, Y, cls="index-earlier", unit="điểm", index_name="PAPI", rank=17,
          rank_total=63, note="'Tổng điểm' of PAPI, named in the sentence before"),
        S("OTHER_INDEX", 7.38, U, Y, cls="signed-change", unit="điểm", index_name="Thủ tục hành chính công",
          change=-0.22, note="PAPI sub-index"),
        S("PAR_INDEX", 85.40, U, Y, cls="signed-change", unit="%", rank=38, rank_total=63, change=-2.15,
          note="'85,40% (-2,15%)'"),
    ], not_figures=[NF(10, "10 chỉ số thành phần (count)"), NF(6, "tăng điểm ở 6 chỉ số (count)"),
                    NF(20, "nhóm 20 địa phương (target)")])


def doc_911() -> None:
    """Department report on satisfaction, year: SIPAS only paraphrased, several units under
    one index ('cao nhất là X với a%, tiếp theo là Y b%, Z c%'), SIPAS aspects, valid-form
    ratio, thresholds."""
    stem = "911_so_noi_vu_phu_yen_hai_long_2024"
    assert round(5046 / 5200 * 100, 2) == 97.04
    text = """UBND TỈNH PHÚ YÊN
SỞ NỘI VỤ
Số: 2750/BC-SNV                       Phú Yên, ngày 18 tháng 12 năm 2024

BÁO CÁO
Kết quả khảo sát sự hài lòng của người dân, tổ chức
đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024

I. TỔ CHỨC KHẢO SÁT
Năm 2024, Sở Nội vụ phối hợp với Thống kê tỉnh tổ chức khảo sát tại 17 sở, ban, ngành và 9 huyện, thị xã, thành phố. Tổng số phiếu phát ra là 5.200 phiếu, thu về 5.046 phiếu hợp lệ, đạt 97,04%.

II. KẾT QUẢ
1. Kết quả chung
Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước của tỉnh năm 2024 đạt 86,58%, tăng 2,04% so với năm 2023.
Về các yếu tố thành phần: sự hài lòng về tiếp cận dịch vụ đạt 88,91%; về thủ tục hành chính đạt 86,10%; về công chức trực tiếp giải quyết công việc 87,35%; về kết quả cung ứng dịch vụ 84,02%; về tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị 81,52%.

2. Kết quả theo đơn vị
Ở khối sở, cao nhất là Sở Tư pháp với 92,30%, tiếp theo là Sở Giao thông vận tải 91,80%, Sở Công Thương 90,65%; thấp nhất là Sở Xây dựng, chỉ đạt 79,12%.
Ở khối huyện, thị xã Đông Hòa dẫn đầu với 90,02%; huyện Sơn Hòa có mức độ hài lòng thấp nhất, 80,47%.

III. KIẾN NGHỊ
Các đơn vị có mức độ hài lòng dưới 85% rà soát nguyên nhân, có giải pháp khắc phục; phấn đấu năm 2025 mức độ hài lòng chung của tỉnh đạt trên 88%.
"""
    Y, U = 2024, "tỉnh Phú Yên"
    aspects = [("tiếp cận dịch vụ", 88.91), ("thủ tục hành chính", 86.10),
               ("công chức trực tiếp giải quyết công việc", 87.35), ("kết quả cung ứng dịch vụ", 84.02),
               ("tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị", 81.52)]
    scores = [S("SIPAS", 86.58, U, Y, cls="paraphrase", unit="%", change=2.04,
                note="'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ ...' = SIPAS")]
    scores += [S("SIPAS", v, U, Y, cls="sub-index", unit="%", criterion=c) for c, v in aspects]
    scores += [S("SIPAS", v, u, Y, cls="several-units", unit="%") for u, v in (
        ("Sở Tư pháp", 92.30), ("Sở Giao thông vận tải", 91.80), ("Sở Công Thương", 90.65),
        ("Sở Xây dựng", 79.12), ("thị xã Đông Hòa", 90.02), ("huyện Sơn Hòa", 80.47))]
    write_txt(stem, text, scores=scores,
              ratios=[{"part": 5046, "total": 5200, "stated_rate": 97.04, "label": "phiếu hợp lệ",
                       "form": "prose", "class": "fraction"}],
              not_figures=[NF(85, "dưới 85% (threshold)"), NF(88, "đạt trên 88% (target)"),
                           NF(17, "17 sở, ban, ngành (unit count)"), NF(9, "9 huyện (unit count)")],
              checks=["5046/5200 = 97.04%"])


def doc_912() -> None:
    """District, year: a total defined by its breakdown, two labels sharing one number,
    values in words ('tất cả ... đúng hạn', 'không có hồ sơ tồn đọng'), x/y units."""
    stem = "912_huyen_lac_thuy_nam_2023"
    P = "năm 2023"
    assert 4861 + 57 == 4918 and 4839 + 22 == 4861 and round(4839 / 4861 * 100, 2) == 99.55
    assert round(6174 / (4705 + 7330) * 100, 2) == 51.30
    text = """UỶ BAN NHÂN DÂN
HUYỆN LẠC THỦY
Số: 09/BC-UBND                       Lạc Thủy, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả công tác cải cách hành chính năm 2023

...
II. KẾT QUẢ THỰC HIỆN
3. Cải cách thủ tục hành chính
a) Kết quả giải quyết hồ sơ cấp huyện
Năm 2023, tổng cộng cấp huyện có 4.918 hồ sơ phải giải quyết, trong đó 4.705 hồ sơ tiếp nhận mới trong năm, số còn lại do năm 2022 chuyển sang. Đã giải quyết 4.861 hồ sơ, trong đó đúng hạn 4.839 hồ sơ (99,55%), quá hạn 22 hồ sơ; chuyển kỳ sau 57 hồ sơ.
b) Kết quả giải quyết hồ sơ cấp xã
Đến nay, 9/9 xã, thị trấn đã đưa Bộ phận Một cửa vào hoạt động trên Hệ thống thông tin giải quyết TTHC của tỉnh. Trong năm, các xã, thị trấn đã tiếp nhận và giải quyết 7.330 hồ sơ; tất cả hồ sơ đều được giải quyết đúng hạn, không có hồ sơ tồn đọng.
c) Dịch vụ công trực tuyến
Toàn huyện có 6.174 hồ sơ nộp trực tuyến, chiếm 51,30% tổng số hồ sơ tiếp nhận mới.
"""
    write_txt(stem, text, dossiers=[
        D("cấp huyện", P, cls="total-breakdown", to_resolve=4918, received=4705,
          note="'tổng cộng ... 4.918 hồ sơ phải giải quyết, trong đó 4.705 ... tiếp nhận mới ..., số còn lại "
               "do năm 2022 chuyển sang' = to_resolve"),
        D("cấp huyện", P, resolved=4861, resolved_on_time=4839, on_time_rate=99.55, resolved_late=22,
          pending=57, note="'chuyển kỳ sau' = pending"),
        D("cấp xã", P, cls="shared-number", received=7330, resolved=7330,
          note="'đã tiếp nhận và giải quyết 7.330 hồ sơ'"),
        D("cấp xã", P, cls="value-words", on_time_rate=100, pending=0,
          note="'tất cả hồ sơ đều được giải quyết đúng hạn' = 100%; 'không có hồ sơ tồn đọng' = 0"),
        D("huyện", P, online=6174, online_rate=51.3),
    ], ratios=[{"part": 9, "total": 9,
                "label": "xã, thị trấn đưa Bộ phận Một cửa vào hoạt động trên Hệ thống thông tin giải quyết TTHC",
                "form": "prose", "class": "fraction"}],
       checks=["4861 + 57 = 4918", "4839 + 22 = 4861", "4839/4861 = 99.55%",
               "6174/(4705 + 7330) = 51.30%"])


def doc_913() -> None:
    """City (district level), 6 months: TTHC counts beside dossier counts, the value before
    its label ('Có 27 hồ sơ (chiếm 0,41%) ... trả lại', 'còn 5 hồ sơ quá hạn'), a change that
    is no figure, and a planted sum error (online + direct != received)."""
    stem = "913_thanh_pho_sam_son_6_thang_2025"
    P = "6 tháng đầu năm 2025"
    assert 4380 + 2142 == 6522 != 6612 and 3906 + 2571 + 18 == 6495 and 6495 + 117 == 6612
    assert round(27 / 6612 * 100, 2) == 0.41 and 3049 + 5 == 3054
    text = """UỶ BAN NHÂN DÂN                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THÀNH PHỐ SẦM SƠN                         Độc lập - Tự do - Hạnh phúc
Số: 1187/BC-UBND                     Sầm Sơn, ngày 17 tháng 6 năm 2025

BÁO CÁO
Kết quả công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa,
một cửa liên thông 6 tháng đầu năm 2025

1. Công tác kiểm soát thủ tục hành chính
Thành phố đang thực hiện 268 TTHC thuộc thẩm quyền giải quyết của cấp huyện và 119 TTHC cấp xã. Trong 6 tháng, đã cập nhật, niêm yết 35 TTHC mới được Chủ tịch UBND tỉnh công bố.

2. Kết quả tiếp nhận, giải quyết hồ sơ
Bộ phận Một cửa thành phố tiếp nhận 6.612 hồ sơ, trong đó trực tuyến 4.380 hồ sơ, trực tiếp 2.142 hồ sơ, tăng 704 hồ sơ (+11,92%) so với cùng kỳ năm 2024. Đã giải quyết 6.495 hồ sơ, trong đó trước hạn 3.906 hồ sơ, đúng hạn 2.571 hồ sơ, trễ hạn 18 hồ sơ; đang giải quyết 117 hồ sơ. Có 27 hồ sơ (chiếm 0,41%) không đủ điều kiện, bị trả lại.
Tại cấp xã, 8 phường và 3 xã tiếp nhận 3.054 hồ sơ, đã giải quyết 3.049 hồ sơ, còn 5 hồ sơ quá hạn.

3. Nhiệm vụ 6 tháng cuối năm
Công khai đầy đủ 387 TTHC trên Cổng Dịch vụ công; phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 75%.
"""
    write_txt(stem, text, dossiers=[
        D("cấp huyện", P, cls="tthc-not-dossiers", received=6612, online=4380, resolved=6495,
          resolved_early=3906, resolved_on_time=2571, resolved_late=18, pending=117,
          note="Bộ phận Một cửa thành phố = the city (district) level; 268/119/35/387 are TTHC"),
        D("cấp huyện", P, cls="value-before-label", returned=27, returned_rate=0.41,
          note="'Có 27 hồ sơ (chiếm 0,41%) ... bị trả lại'"),
        D("cấp xã", P, cls="value-before-label", received=3054, resolved=3049, pending_overdue=5,
          note="'còn 5 hồ sơ quá hạn' = pending_overdue"),
    ], findings=[{"rule": "sum-mismatch",
                  "note": "'tiếp nhận 6.612 hồ sơ, trong đó trực tuyến 4.380 hồ sơ, trực tiếp 2.142 hồ sơ' — "
                          "4380 + 2142 = 6522"}],
       not_figures=[NF(268, "268 TTHC"), NF(119, "119 TTHC"), NF(35, "35 TTHC mới"), NF(387, "387 TTHC"),
                    NF(704, "tăng 704 hồ sơ (a change)"), NF(11.92, "(+11,92%) (a change)"),
                    NF(75, "trên 75% (target)")],
       checks=["3906 + 2571 + 18 = 6495", "6495 + 117 = 6612", "27/6612 = 0.41%", "3049 + 5 = 3054"])


def doc_914() -> None:
    """Commune, year: a score before its index ('Với 88,40 điểm, xã ... xếp thứ ba ... về Chỉ
    số ...'), 'đúng và trước hạn', 'chưa đến hạn', 'không có hồ sơ quá hạn'."""
    stem = "914_xa_yen_lac_nam_2024"
    P = "năm 2024"
    assert 2471 + 15 == 2486
    text = """ĐẢNG BỘ HUYỆN PHÚ LƯƠNG                                  ĐẢNG CỘNG SẢN VIỆT NAM
ĐẢNG ỦY XÃ YÊN LẠC
*
Số 112-BC/ĐU                                 Yên Lạc, ngày 16 tháng 12 năm 2024

BÁO CÁO
kết quả lãnh đạo thực hiện nhiệm vụ cải cách hành chính năm 2024

I. KẾT QUẢ NỔI BẬT
Với 88,40 điểm, xã Yên Lạc xếp thứ ba trong 15 xã, thị trấn của huyện về Chỉ số cải cách hành chính năm 2023, tăng 2 bậc so với năm 2022.
Năm 2024, Bộ phận Một cửa xã tiếp nhận 2.486 hồ sơ (trực tuyến 1.530 hồ sơ). Có 2.471 hồ sơ đã được giải quyết đúng và trước hạn, 15 hồ sơ chưa đến hạn trả kết quả chuyển sang năm 2025; không có hồ sơ quá hạn.
Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của UBND xã năm 2024 đạt 93,2%.

II. HẠN CHẾ
Cơ sở vật chất của Bộ phận Một cửa còn thiếu; 01 công chức địa chính nghỉ chế độ chưa được bổ sung.

III. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu xã nằm trong nhóm 5 đơn vị dẫn đầu huyện về Chỉ số cải cách hành chính; tỷ lệ hồ sơ trực tuyến đạt trên 70%.

T/M ĐẢNG ỦY
BÍ THƯ
Ma Văn Tiến
"""
    X = "xã Yên Lạc"
    write_txt(stem, text, scores=[
        S("PAR_INDEX", 88.40, X, 2023, cls="value-before-label", unit="điểm", rank=3, rank_total=15,
          rank_change=2, note="'Với 88,40 điểm, xã ... xếp thứ ba trong 15 ... về Chỉ số ... năm 2023'"),
        S("SIPAS", 93.2, X, 2024, cls="paraphrase", unit="%",
          note="'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ' = SIPAS"),
    ], dossiers=[
        D(X, P, received=2486, online=1530),
        D(X, P, cls="labels-order", resolved_on_time=2471,
          note="'Có 2.471 hồ sơ đã được giải quyết đúng và trước hạn'"),
        D(X, P, cls="value-before-label", pending=15, pending_on_time=15,
          note="'15 hồ sơ chưa đến hạn trả kết quả chuyển sang năm 2025'"),
        D(X, P, cls="value-words", pending_overdue=0, note="'không có hồ sơ quá hạn' = 0"),
    ], not_figures=[NF(5, "nhóm 5 đơn vị dẫn đầu (target)"), NF(70, "trên 70% (target)")],
       checks=["2471 + 15 = 2486"])


def doc_915() -> None:
    """Department, quarter: a rank in words before the index's value, the index named in the
    sentence before, sub-index names, two labels sharing one number, x/y units."""
    stem = "915_so_y_te_nghe_an_quy3_2025"
    P = "quý III năm 2025"
    assert abs(61.20 + 29.66 - 90.86) < 1e-9 and 1205 + 842 < 3418
    text = """UBND TỈNH NGHỆ AN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ                                  Độc lập - Tự do - Hạnh phúc
Số: 4310/BC-SYT                      Nghệ An, ngày 19 tháng 9 năm 2025

BÁO CÁO
Công tác cải cách hành chính quý III năm 2025

1. Kết quả Chỉ số cải cách hành chính năm 2024
Ngày 20/5/2025, UBND tỉnh ban hành Quyết định số 1520/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành. Sở Y tế đứng thứ hai trong 21 sở, ban, ngành, đạt 90,86%; trong đó điểm thẩm định đạt 61,20 điểm, điểm điều tra xã hội học đạt 29,66 điểm.

2. Kết quả giải quyết thủ tục hành chính
Trong quý III năm 2025, Sở đã tiếp nhận và trả kết quả 3.418 hồ sơ, tỷ lệ đúng hạn đạt 99,82%. Trong đó, lĩnh vực dược có 1.205 hồ sơ, lĩnh vực khám bệnh, chữa bệnh có 842 hồ sơ.
Đến nay, 14/16 bệnh viện, trung tâm y tế trực thuộc đã triển khai thanh toán viện phí không dùng tiền mặt.

3. Nhiệm vụ quý IV năm 2025
Phấn đấu Chỉ số cải cách hành chính năm 2025 của Sở đạt từ 92% trở lên; giữ vững vị trí trong nhóm 3 đơn vị dẫn đầu.
"""
    Y, U = 2024, "Sở Y tế"
    write_txt(stem, text, scores=[
        S("PAR_INDEX", 90.86, U, Y, cls="rank-words", unit="%", rank=2, rank_total=21,
          note="'đứng thứ hai trong 21 ..., đạt 90,86%'; the index is named in the sentence before"),
        C("PAR_INDEX_CRITERION", 61.20, U, Y, "điểm thẩm định", unit="điểm"),
        C("PAR_INDEX_CRITERION", 29.66, U, Y, "điểm điều tra xã hội học", unit="điểm"),
    ], dossiers=[
        D(U, P, cls="shared-number", received=3418, resolved=3418, on_time_rate=99.82,
          note="'đã tiếp nhận và trả kết quả 3.418 hồ sơ'"),
        D("lĩnh vực dược", P, received=1205, note="a part of the 3.418"),
        D("lĩnh vực khám bệnh, chữa bệnh", P, received=842),
    ], ratios=[{"part": 14, "total": 16,
                "label": "bệnh viện, trung tâm y tế trực thuộc triển khai thanh toán không dùng tiền mặt",
                "form": "prose", "class": "fraction"}],
       not_figures=[NF(92, "từ 92% trở lên (target)"), NF(3, "nhóm 3 đơn vị (target)")],
       checks=["61.20 + 29.66 = 90.86"])


def doc_916() -> None:
    """Portal article, province, year: the lead restated in the body (one record), 'giảm
    từ a% ... xuống còn b%', 'tỷ lệ này' then bare levels, an ordinal list of units, PCI and
    PAPI."""
    stem = "916_tin_lang_son_tre_han_2024"
    P = "năm 2024"
    text = """BÁO LẠNG SƠN
Thời sự | Chính trị
Cập nhật: 14:05, 10/01/2025

Lạng Sơn: Tỷ lệ hồ sơ trễ hạn giảm mạnh trong năm 2024

LSO - Năm 2024, tỷ lệ hồ sơ thủ tục hành chính giải quyết trễ hạn trên địa bàn tỉnh giảm từ 1,86% năm 2023 xuống còn 0,52%; Chỉ số PCI của tỉnh tăng 7 bậc.

Theo báo cáo của Văn phòng UBND tỉnh, năm 2024 toàn tỉnh tiếp nhận 412.608 hồ sơ thủ tục hành chính, đã giải quyết 405.317 hồ sơ; tỷ lệ hồ sơ trễ hạn giảm từ 1,86% năm 2023 xuống còn 0,52%. Ở cấp tỉnh, tỷ lệ này là 0,21%; cấp huyện 0,95%; cấp xã 0,48%.

Thành phố Lạng Sơn có tỷ lệ hồ sơ nộp trực tuyến cao nhất, đạt 78,4%; tiếp đến là huyện Hữu Lũng 70,15% và huyện Cao Lộc 68,9%.

Về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024, Lạng Sơn đạt 65,32 điểm, xếp thứ 42/63, tăng 7 bậc so với năm 2023. Chỉ số PAPI năm 2024 của tỉnh đạt 42,37 điểm.

Năm 2025, tỉnh đặt mục tiêu tỷ lệ hồ sơ trễ hạn dưới 0,5% và tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.

Hà Phương
"""
    T_ = "tỉnh Lạng Sơn"
    write_txt(stem, text, scores=[
        S("OTHER_INDEX", 65.32, T_, 2024, cls="other-index", unit="điểm", index_name="PCI", rank=42,
          rank_total=63, rank_change=7),
        S("OTHER_INDEX", 42.37, T_, 2024, cls="other-index", unit="điểm", index_name="PAPI"),
    ], dossiers=[
        D(T_, P, received=412608, resolved=405317),
        D(T_, P, cls="duplicate", late_rate=0.52,
          note="stated in the lead and again in the body: one record"),
        D(T_, "năm 2023", cls="several-units", late_rate=1.86, note="the 'from' value"),
        D("cấp tỉnh", P, cls="several-units", late_rate=0.21, note="'tỷ lệ này' = the late rate"),
        D("cấp huyện", P, cls="several-units", late_rate=0.95),
        D("cấp xã", P, cls="several-units", late_rate=0.48),
        D("thành phố Lạng Sơn", P, cls="several-units", online_rate=78.4),
        D("huyện Hữu Lũng", P, cls="several-units", online_rate=70.15),
        D("huyện Cao Lộc", P, cls="several-units", online_rate=68.9),
    ], not_figures=[NF(0.5, "dưới 0,5% (target)"), NF(60, "đạt 60% (target)")])


# ==== tables (917-924) =====================================================================

def pct(a: int, b: int) -> float:
    return round(a / b * 100 + 1e-9, 2)


def sum_rows(rows, name):
    return (name,) + tuple(sum(r[i] for r in rows) for i in range(1, len(rows[0])))


def doc_917() -> None:
    """DOCX, district, 6 months: two-row header of column groups each split in 'Số lượng |
    Tỷ lệ (%)', and a merged row-group cell ('Cấp xã' spanning its communes and their
    subtotal) in the first column."""
    stem = "917_huyen_huong_hoa_bang_cap_6_thang"
    P = "6 tháng đầu năm 2025"
    # (unit, received, resolved, on time, late, online)
    huyen = ("Bộ phận Một cửa huyện", 2184, 2120, 2098, 22, 1652)
    xa = [("Thị trấn Khe Sanh", 1046, 1031, 1029, 2, 802), ("Xã Tân Hợp", 512, 508, 508, 0, 371),
          ("Xã Hướng Phùng", 437, 430, 427, 3, 265), ("Xã A Túc", 298, 296, 296, 0, 150)]
    cong_xa = sum_rows(xa, "Cộng cấp xã")
    total = sum_rows([huyen] + xa, "Tổng cộng")
    for r in [huyen] + xa:
        assert r[3] + r[4] == r[2] <= r[1]

    def cells(r):
        return [T(r[1]), T(r[2]), T(r[3]), T2(pct(r[3], r[2])), T(r[4]), T2(pct(r[4], r[2])), T(r[5]),
                T2(pct(r[5], r[1]))]
    table = [
        [("Cấp", 1, 2), ("Đơn vị", 1, 2), ("Số hồ sơ tiếp nhận", 1, 2), ("Số hồ sơ đã giải quyết", 1, 2),
         ("Giải quyết đúng hạn", 2, 1), ("Giải quyết quá hạn", 2, 1), ("Hồ sơ nộp trực tuyến", 2, 1)],
        [None, None, None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
        ["Cấp huyện", huyen[0]] + cells(huyen),
        [("Cấp xã", 1, 5), xa[0][0]] + cells(xa[0]),
    ]
    for r in xa[1:] + [cong_xa]:
        table.append([None, r[0]] + cells(r))
    table.append([("Tổng cộng", 2, 1)] + cells(total))
    docx_doc([
        "UỶ BAN NHÂN DÂN HUYỆN HƯỚNG HÓA\nSố: 215/BC-UBND\tHướng Hóa, ngày 16 tháng 6 năm 2025",
        "# BÁO CÁO",
        "# Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2025",
        "Căn cứ số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh Quảng Trị, UBND huyện Hướng Hóa báo cáo "
        "kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính 6 tháng đầu năm 2025 như sau:",
        table,
        f"Tỷ lệ giải quyết hồ sơ đúng hạn toàn huyện đạt {T(pct(total[3], total[2]))}%, tỷ lệ hồ sơ nộp trực "
        f"tuyến đạt {T(pct(total[5], total[1]))}%. Năm 2025, tỉnh giao chỉ tiêu tỷ lệ hồ sơ trực tuyến trên 70%.",
        "Nơi nhận:\n- UBND tỉnh;\n- Sở Nội vụ;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nHồ Văn Dũng",
    ], OUT / f"{stem}.docx")
    dossiers = []
    for r, scope in [(huyen, "cấp huyện"), (xa[0], xa[0][0]), (xa[1], xa[1][0]), (xa[2], xa[2][0]),
                     (xa[3], xa[3][0]), (cong_xa, "cấp xã"), (total, "huyện Hướng Hóa")]:
        dossiers.append(D(scope, P, "table", "grid-2row", received=r[1], resolved=r[2], resolved_on_time=r[3],
                          on_time_rate=pct(r[3], r[2]), resolved_late=r[4], late_rate=pct(r[4], r[2]),
                          online=r[5], online_rate=pct(r[5], r[1])))
    dossiers[0]["note"] = "first column 'Cấp' is a merged row-group cell; 'Cộng cấp xã' is the communes' subtotal"
    write_gold(stem, OUT / f"{stem}.docx", dossiers=dossiers,
               not_figures=[NF(70, "chỉ tiêu ... trên 70% (target)")],
               checks=["on time + late = resolved in every row", "Cộng cấp xã = the four communes",
                       "Tổng cộng = Bộ phận Một cửa huyện + Cộng cấp xã",
                       "rates: on time / resolved, late / resolved, online / received"])


def doc_918() -> None:
    """DOCX, province, year: ranking table of departments with a column group 'Điểm đạt được'
    split in 'Tự đánh giá | Thẩm định | Điều tra XHH', a per-unit maximum, index (%) and rank."""
    stem = "918_tinh_lao_cai_xep_hang_so_docx"
    Y = 2024
    # (unit, max, self, appraisal, survey)
    units = [("Sở Tư pháp", 100, 93.50, 62.75, 29.10), ("Sở Nội vụ", 100, 92.00, 61.90, 28.84),
             ("Sở Tài chính", 98.5, 90.25, 59.30, 28.45), ("Sở Y tế", 100, 89.00, 57.65, 28.02),
             ("Sở Xây dựng", 97.5, 88.75, 55.40, 27.31), ("Ban Dân tộc", 95, 85.00, 52.10, 26.55)]
    idx = {u[0]: round((u[3] + u[4]) / u[1] * 100 + 1e-9, 2) for u in units}
    order = sorted(units, key=lambda u: -idx[u[0]])
    rank = {u[0]: i + 1 for i, u in enumerate(order)}
    table = [
        [("STT", 1, 2), ("Cơ quan, đơn vị", 1, 2), ("Điểm tối đa", 1, 2), ("Điểm đạt được", 3, 1),
         ("Chỉ số CCHC (%)", 1, 2), ("Xếp hạng", 1, 2)],
        [None, None, None, "Tự đánh giá", "Thẩm định", "Điều tra XHH", None, None],
    ]
    alpha = sorted(units, key=lambda u: u[0])  # the table lists units alphabetically
    for i, u in enumerate(alpha, 1):
        table.append([str(i), u[0], T(u[1]), T2(u[2]), T2(u[3]), T2(u[4]), T2(idx[u[0]]), str(rank[u[0]])])
    docx_doc([
        "UỶ BAN NHÂN DÂN TỈNH LÀO CAI\nSở Nội vụ",
        "# PHỤ LỤC",
        "# Kết quả Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành",
        "(Kèm theo Quyết định số 688/QĐ-UBND ngày 12/3/2025 của UBND tỉnh Lào Cai)",
        table,
        "Ghi chú: Chỉ số CCHC (%) = (Điểm thẩm định + Điểm điều tra XHH) / Điểm tối đa x 100. Điểm tối đa của "
        "một số đơn vị nhỏ hơn 100 do không đánh giá các tiêu chí không thuộc chức năng, nhiệm vụ.",
    ], OUT / f"{stem}.docx")
    scores = []
    for u in units:
        scores.append(S("PAR_INDEX", idx[u[0]], u[0], Y, "table", "ranking-table", unit="%", rank=rank[u[0]]))
        for crit, v in (("điểm tự đánh giá", u[2]), ("điểm thẩm định", u[3]), ("điểm điều tra xã hội học", u[4])):
            scores.append(C("PAR_INDEX_CRITERION", v, u[0], Y, crit, cls="criterion-table", form="table",
                            unit="điểm"))
    write_gold(stem, OUT / f"{stem}.docx", scores=scores,
               checks=["index = (appraisal + survey) / max x 100 in every row", "ranks follow the index"])


PORTAL_HEAD = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<div class="header"><a href="/">Trang chủ</a> | <a href="/tin-tuc">Tin tức</a> | <a href="/cchc">Cải cách hành chính</a></div>
<div class="content">
"""
PORTAL_TAIL = """</div>
<div class="footer">Bản quyền thuộc {owner}. Lượt truy cập: {views}</div>
</body></html>"""


def doc_919() -> None:
    """HTML, province (departments), one month: a three-row header — groups with rowspan and
    colspan, 'Trong đó' split again into 'Kỳ trước chuyển sang | Tiếp nhận mới'."""
    stem = "919_portal_tuyen_quang_thang_8_2025"
    P = "tháng 8/2025"
    # (unit, carried, new, early, on time, late, pending in time, pending overdue)
    rows = [("Sở Nông nghiệp và Môi trường", 86, 1412, 802, 584, 15, 90, 7),
            ("Sở Xây dựng", 24, 356, 190, 160, 2, 28, 0),
            ("Sở Công Thương", 12, 2045, 1620, 421, 0, 16, 0),
            ("Sở Tài chính", 31, 618, 311, 305, 4, 27, 2)]
    total = sum_rows(rows, "Tổng cộng")
    for r in rows:
        assert r[1] + r[2] == r[3] + r[4] + r[5] + r[6] + r[7]

    def cells(r):
        return [T(r[1] + r[2]), T(r[1]), T(r[2]), T(r[3] + r[4] + r[5]), T(r[3]), T(r[4]), T(r[5]), T(r[6]),
                T(r[7])]
    table = [
        [("STT", 1, 3), ("Cơ quan", 1, 3), ("Số hồ sơ nhận giải quyết", 3, 1), ("Số hồ sơ đã giải quyết", 4, 1),
         ("Số hồ sơ đang giải quyết", 2, 1)],
        [("Tổng số", 1, 2), ("Trong đó", 2, 1), ("Tổng số", 1, 2), ("Trước hạn", 1, 2), ("Đúng hạn", 1, 2),
         ("Quá hạn", 1, 2), ("Trong hạn", 1, 2), ("Quá hạn", 1, 2)],
        ["Kỳ trước chuyển sang", "Tiếp nhận mới"],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0]] + cells(r))
    table.append([("Tổng cộng", 2, 1)] + cells(total))
    html = (PORTAL_HEAD.format(title="Tình hình giải quyết TTHC tháng 8/2025 của các sở, ngành")
            + """<h1>Tình hình tiếp nhận, giải quyết hồ sơ TTHC tháng 8/2025 của các sở, ngành</h1>
<p class="date">Ngày đăng: 05/09/2025 | Nguồn: Văn phòng UBND tỉnh Tuyên Quang</p>
<p>Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, trong tháng 8/2025, bốn sở được giao
thí điểm tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh sau sắp xếp có kết quả như sau:</p>
""" + html_table(table, 3) + f"""
<p>Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn của bốn sở đạt {T(pct(total[3] + total[4], total[3] + total[4] + total[5]))}%.
Văn phòng UBND tỉnh đề nghị Sở Nông nghiệp và Môi trường, Sở Tài chính khẩn trương giải quyết các hồ sơ quá hạn.</p>
""" + PORTAL_TAIL.format(owner="Cổng thông tin điện tử tỉnh Tuyên Quang", views="1.087.412"))
    dossiers = []
    for r, scope in [(x, x[0]) for x in rows] + [(total, "cấp tỉnh")]:
        dossiers.append(D(scope, P, "table", "grid-3row", to_resolve=r[1] + r[2], carried_over=r[1], received=r[2],
                          resolved=r[3] + r[4] + r[5], resolved_early=r[3], resolved_on_time=r[4],
                          resolved_late=r[5], pending_on_time=r[6], pending_overdue=r[7]))
    dossiers[-1]["note"] = "Tổng cộng of the four departments; the pending group has no total column"
    dossiers.append(D("cấp tỉnh", P, "prose", "labels-order",
                      on_time_rate=pct(total[3] + total[4], total[3] + total[4] + total[5]),
                      note="'trước hạn và đúng hạn ... đạt' = on-time rate, early included"))
    write_html(stem, html, dossiers=dossiers,
               not_figures=[NF(1087412, "Lượt truy cập (page chrome)")],
               checks=["carried + new = Tổng số nhận", "early + on time + late = resolved",
                       "resolved + in time + overdue = Tổng số nhận", "Tổng cộng = sum of the four"])


def doc_920() -> None:
    """HTML, province, year: ranking of districts under two indices, each a colspan group
    'Điểm/Tỷ lệ (%) | Xếp hạng' over a rowspan STT/Đơn vị."""
    stem = "920_portal_ninh_binh_xep_hang_huyen"
    Y = 2024
    units = [("Thành phố Ninh Bình", 91.42, 86.75), ("Thành phố Tam Điệp", 88.06, 84.10),
             ("Huyện Hoa Lư", 89.73, 88.02), ("Huyện Gia Viễn", 86.51, 85.33),
             ("Huyện Nho Quan", 84.18, 83.47), ("Huyện Yên Khánh", 87.90, 87.61),
             ("Huyện Kim Sơn", 85.27, 82.96), ("Huyện Yên Mô", 83.64, 85.90)]
    par_rank = {u[0]: i + 1 for i, u in enumerate(sorted(units, key=lambda u: -u[1]))}
    sip_rank = {u[0]: i + 1 for i, u in enumerate(sorted(units, key=lambda u: -u[2]))}
    table = [[("STT", 1, 2), ("Đơn vị", 1, 2), ("Chỉ số CCHC", 2, 1), ("Chỉ số SIPAS", 2, 1)],
             ["Điểm", "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng"]]
    for i, u in enumerate(units, 1):
        table.append([str(i), u[0], T2(u[1]), str(par_rank[u[0]]), T2(u[2]), str(sip_rank[u[0]])])
    html = (PORTAL_HEAD.format(title="Công bố Chỉ số CCHC, SIPAS năm 2024 cấp huyện")
            + """<h1>Công bố Chỉ số cải cách hành chính và Chỉ số hài lòng năm 2024 của UBND các huyện, thành phố</h1>
<p class="date">18/03/2025 08:30</p>
<p>Ngày 17/3/2025, UBND tỉnh Ninh Bình ban hành Quyết định số 245/QĐ-UBND phê duyệt và công bố Chỉ số cải cách
hành chính (Chỉ số CCHC) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2024 của UBND 8 huyện, thành
phố. Kết quả cụ thể:</p>
""" + html_table(table, 2) + """
<p>Năm 2025, các địa phương phấn đấu Chỉ số CCHC đạt trên 85 điểm và Chỉ số SIPAS đạt từ 85% trở lên.</p>
""" + PORTAL_TAIL.format(owner="Cổng thông tin điện tử tỉnh Ninh Bình", views="2.540.118"))
    scores = []
    for u in units:
        scores.append(S("PAR_INDEX", u[1], u[0], Y, "table", "ranking-table", unit="điểm", rank=par_rank[u[0]],
                        rank_total=8))
        scores.append(S("SIPAS", u[2], u[0], Y, "table", "ranking-table", unit="%", rank=sip_rank[u[0]],
                        rank_total=8))
    write_html(stem, html, scores=scores,
               not_figures=[NF(85, "trên 85 điểm / từ 85% trở lên (target)"),
                            NF(2540118, "Lượt truy cập (page chrome)")],
               checks=["ranks follow the values in each index"])


def doc_921() -> None:
    """Ruled PDF, province, quarter: two-line header, groups split in 'Tổng số | Trực tuyến |
    Tỷ lệ (%)' and 'Số lượng | Tỷ lệ (%)', an 'Hồ sơ đến hạn' column the on-time rate is
    computed against, and returned dossiers with their rate."""
    stem = "921_tinh_cao_bang_quy2_2025_den_han"
    P = "quý II năm 2025"
    # (level, received, online, due, on time, returned)
    rows = [("Cấp tỉnh", 24560, 20118, 23874, 23802, 96), ("Cấp huyện", 18342, 12905, 17990, 17803, 141),
            ("Cấp xã", 41207, 26330, 40815, 40770, 58)]
    total = sum_rows(rows, "Toàn tỉnh")

    def cells(r):
        return [T(r[1]), T(r[2]), T2(pct(r[2], r[1])), T(r[3]), T(r[4]), T2(pct(r[4], r[3])), T(r[5]),
                T2(pct(r[5], r[1]))]
    table = [
        [("Cấp giải quyết", 1, 2), ("Hồ sơ tiếp nhận", 3, 1), ("Hồ sơ đến hạn giải quyết", 1, 2),
         ("Giải quyết đúng hạn", 2, 1), ("Hồ sơ trả lại", 2, 1)],
        [None, "Tổng số", "Trực tuyến", "Tỷ lệ (%)", None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
    ]
    for r in rows + [total]:
        table.append([r[0]] + cells(r))
    pdf_doc_widths([
        "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG",
        "Số: 1342/BC-UBND — Cao Bằng, ngày 20 tháng 6 năm 2025",
        "# BÁO CÁO",
        "# Kết quả giải quyết thủ tục hành chính quý II năm 2025",
        "1. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính theo cấp giải quyết trong quý II năm 2025 "
        "(tỷ lệ đúng hạn tính trên số hồ sơ đến hạn giải quyết; tỷ lệ trả lại tính trên số hồ sơ tiếp nhận):",
        (table, 2),
        "2. So với quý I năm 2025, số hồ sơ tiếp nhận toàn tỉnh tăng 6,8%. Chỉ tiêu năm 2025 về tỷ lệ hồ sơ "
        "trực tuyến là từ 65% trở lên.",
    ], OUT / f"{stem}.pdf", [2.4, 1.7, 1.7, 1.4, 2.0, 1.7, 1.4, 1.4, 1.4])
    dossiers = []
    for r in rows + [total]:
        scope = "tỉnh Cao Bằng" if r is total else r[0].lower()
        dossiers.append(D(scope, P, "table", "due", received=r[1], online=r[2], online_rate=pct(r[2], r[1]),
                          due=r[3], resolved_on_time=r[4], on_time_rate=pct(r[4], r[3]), returned=r[5],
                          returned_rate=pct(r[5], r[1])))
    write_gold(stem, OUT / f"{stem}.pdf", dossiers=dossiers,
               not_figures=[NF(6.8, "tăng 6,8% (a change)"), NF(65, "từ 65% trở lên (target)")],
               checks=["Toàn tỉnh = sum of the three levels", "on-time rate against due, returned rate against received"])


def doc_922() -> None:
    """Ruled PDF, department, 9 months: rows by field of work, two-line header with three
    groups ('Hồ sơ phải giải quyết', 'Đã giải quyết', 'Đang giải quyết') each split again."""
    stem = "922_so_xay_dung_thanh_hoa_9_thang_2025"
    P = "9 tháng đầu năm 2025"
    # (field, carried, new, on time, late, pending not due, pending overdue)
    rows = [("Hoạt động xây dựng", 58, 1264, 1236, 9, 71, 6), ("Nhà ở và thị trường bất động sản", 17, 402, 390, 3, 26, 0),
            ("Quy hoạch - kiến trúc", 9, 215, 207, 0, 17, 0), ("Hạ tầng kỹ thuật", 5, 136, 133, 1, 7, 0),
            ("Đường bộ", 44, 3980, 3957, 12, 53, 2)]
    total = sum_rows(rows, "Tổng cộng")

    def cells(r):
        return [T(r[1] + r[2]), T(r[1]), T(r[2]), T(r[3] + r[4]), T(r[3]), T(r[4]), T(r[5]), T(r[6])]
    for r in rows:
        assert r[1] + r[2] == r[3] + r[4] + r[5] + r[6]
    table = [
        [("TT", 1, 2), ("Lĩnh vực", 1, 2), ("Hồ sơ phải giải quyết", 3, 1), ("Đã giải quyết", 3, 1),
         ("Đang giải quyết", 2, 1)],
        [None, None, "Tổng số", "Kỳ trước chuyển sang", "Tiếp nhận trong kỳ", "Tổng số", "Đúng hạn", "Quá hạn",
         "Chưa đến hạn", "Quá hạn"],
    ]
    for i, r in enumerate(rows, 1):
        table.append([str(i), r[0]] + cells(r))
    table.append([("Tổng cộng", 2, 1)] + cells(total))
    pdf_doc_widths([
        "UBND TỈNH THANH HÓA — SỞ XÂY DỰNG",
        "Số: 6120/BC-SXD — Thanh Hóa, ngày 22 tháng 9 năm 2025",
        "# BÁO CÁO",
        "# Tình hình giải quyết thủ tục hành chính 9 tháng đầu năm 2025",
        "Sở Xây dựng hiện thực hiện 186 thủ tục hành chính (sau khi tiếp nhận chức năng, nhiệm vụ của Sở Giao "
        "thông vận tải). Kết quả giải quyết hồ sơ 9 tháng đầu năm 2025 theo lĩnh vực:",
        (table, 2),
        f"Tỷ lệ giải quyết hồ sơ đúng hạn của Sở đạt {T(pct(total[3], total[3] + total[4]))}%. Các hồ sơ quá "
        "hạn chủ yếu do phải lấy ý kiến của cơ quan liên quan.",
    ], OUT / f"{stem}.pdf", [0.8, 3.4, 1.4, 1.9, 1.9, 1.4, 1.4, 1.3, 1.6, 1.3])
    dossiers = []
    for r in rows + [total]:
        scope = "Sở Xây dựng" if r is total else f"lĩnh vực {r[0]}"
        dossiers.append(D(scope, P, "table", "grid-2row", to_resolve=r[1] + r[2], carried_over=r[1],
                          received=r[2], resolved=r[3] + r[4], resolved_on_time=r[3], resolved_late=r[4],
                          pending_on_time=r[5], pending_overdue=r[6]))
    dossiers.append(D("Sở Xây dựng", P, "prose", None, on_time_rate=pct(total[3], total[3] + total[4])))
    write_gold(stem, OUT / f"{stem}.pdf", dossiers=dossiers,
               not_figures=[NF(186, "186 thủ tục hành chính (procedures)")],
               checks=["carried + new = Tổng số", "on time + late = resolved",
                       "resolved + not due + overdue = Tổng số",
                       "Tổng cộng = sum of the fields"])


def doc_923() -> None:
    """Text grid (tab-separated, as copied from a spreadsheet), town, year: a unit row
    '(hồ sơ) ... (%)' and a column-number row '(1) (2) ... (6)=(5)/(4)' under the header;
    rates written without '%'."""
    stem = "923_thi_xa_ba_don_luoi_don_vi_tinh"
    P = "năm 2024"
    rows = [("Phường Ba Đồn", 2318, 2301, 2296, 1645), ("Phường Quảng Thọ", 1104, 1098, 1098, 712),
            ("Phường Quảng Phong", 986, 979, 975, 590), ("Xã Quảng Hải", 742, 740, 740, 401),
            ("Xã Quảng Tiên", 615, 611, 609, 287), ("Xã Quảng Sơn", 530, 527, 527, 262)]
    total = sum_rows(rows, "Tổng cộng")
    lines = ["TT\tĐơn vị\tTiếp nhận\tĐã giải quyết\tĐúng hạn\tTỷ lệ đúng hạn\tTrực tuyến\tTỷ lệ trực tuyến",
             "\t\t(hồ sơ)\t(hồ sơ)\t(hồ sơ)\t(%)\t(hồ sơ)\t(%)",
             "(1)\t(2)\t(3)\t(4)\t(5)\t(6)=(5)/(4)\t(7)\t(8)=(7)/(3)"]
    for i, r in enumerate(rows + [total], 1):
        lines.append("\t".join([str(i) if r is not total else "", r[0], T(r[1]), T(r[2]), T(r[3]),
                                T2(pct(r[3], r[2])), T(r[4]), T2(pct(r[4], r[1]))]))
    grid = "\n".join(lines)
    text = f"""UỶ BAN NHÂN DÂN
THỊ XÃ BA ĐỒN
Số: 38/BC-UBND                        Ba Đồn, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính cấp xã năm 2024

Thực hiện Công văn số 2231/SNV-CCHC của Sở Nội vụ tỉnh Quảng Bình, UBND thị xã tổng hợp kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính của UBND các xã, phường năm 2024 như sau:

Biểu 02. Kết quả giải quyết hồ sơ TTHC cấp xã năm 2024
{grid}

Các đơn vị chưa đạt tỷ lệ hồ sơ trực tuyến 50% theo chỉ tiêu của tỉnh cần có giải pháp khắc phục trong năm 2025.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Thị Hoa
"""
    dossiers = []
    for r in rows + [total]:
        scope = "cấp xã" if r is total else r[0]
        dossiers.append(D(scope, P, "table", "grid-unit-row", received=r[1], resolved=r[2], resolved_on_time=r[3],
                          on_time_rate=pct(r[3], r[2]), online=r[4], online_rate=pct(r[4], r[1])))
    dossiers[-1]["note"] = "Tổng cộng of the communes and wards of the town"
    write_txt(stem, text, dossiers=dossiers,
              not_figures=[NF(50, "tỷ lệ hồ sơ trực tuyến 50% (target)")],
              checks=["Tổng cộng = sum of the rows", "(6) = (5)/(4), (8) = (7)/(3)"])


def doc_924() -> None:
    """Text grid with '|' separators (a table converted to text), province, one month: the
    group header cells 'Tiếp nhận | Đã giải quyết | Đang giải quyết' each followed by empty
    cells, their sub-columns on the next line."""
    stem = "924_binh_thuan_thang_9_2024_luoi_ke"
    P = "tháng 9/2024"
    # (unit, online, direct, early, on time, late, pending in time, pending overdue)
    rows = [("Sở Tư pháp", 1206, 148, 902, 398, 6, 47, 1), ("Sở Kế hoạch và Đầu tư", 512, 37, 401, 118, 0, 30, 0),
            ("Sở Giao thông vận tải", 2874, 65, 2310, 588, 3, 36, 2),
            ("Sở Lao động - Thương binh và Xã hội", 433, 91, 207, 289, 11, 15, 2),
            ("Sở Tài nguyên và Môi trường", 368, 120, 150, 276, 14, 41, 7)]
    total = sum_rows(rows, "Tổng cộng")
    for r in rows:
        assert r[1] + r[2] == r[3] + r[4] + r[5] + r[6] + r[7]

    def line(cells):
        return "| " + " | ".join(cells) + " |"
    lines = [line(["STT", "Đơn vị", "Tiếp nhận", "", "", "Đã giải quyết", "", "", "", "Đang giải quyết", "", ""]),
             line(["", "", "Tổng số", "Trực tuyến", "Trực tiếp, BCCI", "Tổng số", "Trước hạn", "Đúng hạn", "Trễ hạn",
                   "Tổng số", "Trong hạn", "Quá hạn"])]
    for i, r in enumerate(rows + [total], 1):
        lines.append(line([str(i) if r is not total else "", r[0], T(r[1] + r[2]), T(r[1]), T(r[2]),
                           T(r[3] + r[4] + r[5]), T(r[3]), T(r[4]), T(r[5]), T(r[6] + r[7]), T(r[6]), T(r[7])]))
    grid = "\n".join(lines)
    text = f"""UBND TỈNH BÌNH THUẬN
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 412/BC-TTPVHCC                    Bình Thuận, ngày 04 tháng 10 năm 2024

BÁO CÁO
Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 9/2024
tại Trung tâm Phục vụ hành chính công tỉnh

I. KẾT QUẢ
Trong tháng 9/2024, Trung tâm tiếp nhận hồ sơ của 5 sở, ngành có số lượng hồ sơ lớn nhất như sau:

{grid}

II. ĐÁNH GIÁ
Số hồ sơ trễ hạn tập trung ở lĩnh vực đất đai và lao động, việc làm. Trung tâm đã đôn đốc các sở có hồ sơ quá hạn thực hiện xin lỗi tổ chức, cá nhân theo quy định.

Nơi nhận:
- UBND tỉnh;
- Văn phòng UBND tỉnh;
- Lưu: VT.
GIÁM ĐỐC
Võ Thị Thu
"""
    dossiers = []
    for r in rows + [total]:
        scope = "Trung tâm Phục vụ hành chính công tỉnh" if r is total else r[0]
        dossiers.append(D(scope, P, "table", "grid-2row", received=r[1] + r[2], online=r[1],
                          resolved=r[3] + r[4] + r[5], resolved_early=r[3], resolved_on_time=r[4],
                          resolved_late=r[5], pending=r[6] + r[7], pending_on_time=r[6], pending_overdue=r[7]))
    dossiers[-1]["note"] = "Tổng cộng of the five departments"
    write_txt(stem, text, dossiers=dossiers,
              checks=["online + direct = received", "early + on time + late = resolved",
                      "resolved + pending = received", "Tổng cộng = sum of the five"])


DOCS = [(f.__name__[4:], f) for f in (
    doc_901, doc_902, doc_903, doc_904, doc_905, doc_906, doc_907, doc_908, doc_909, doc_910, doc_911,
    doc_912, doc_913, doc_914, doc_915, doc_916, doc_917, doc_918, doc_919, doc_920, doc_921, doc_922,
    doc_923, doc_924)]


def main(argv: list[str]) -> int:
    return write_docs(DOCS, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
