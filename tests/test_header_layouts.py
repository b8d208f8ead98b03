"""The document header on the layouts real pages give it: the national motto split over
lines, issuer lines broken mid-name, separator lines, the issuer's territory on its own
line or only on the enacting authority's line, a title running on into that line or
into the body, a number or a hash in the issuer's place. Header text in, exact fields
and evidence spans out. The texts are made up for these tests."""
from __future__ import annotations

from extractor.find.header import read_header
from extractor.model import Loaded, Page
from extractor.normalize import DocText
from extractor.stages import read_document


def meta_of(text: str):
    doc = DocText.from_text(text)
    m = read_document(doc, Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    for name, span in m.evidence.items():  # evidence is the stored text at its span
        assert doc.pages[span.page - 1].text[span.start:span.end] == span.text, name
    return m


def evidence(m, field: str) -> str:
    return m.evidence[field].text


# a portal page's header: cells on lines of their own, "-----" and "|" lines between,
# the motto split over lines, the place-date split after "ngày NN"
STACKED = ("SỞ GIAO THÔNG VẬN TẢI\n"
           "-------\n|\n"
           "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh\nphúc\n"
           "---------------\n|\n"
           "Số: 17/BC-SGTVT\n|\n"
           "Phan Thiết, ngày 03\ntháng 4 năm 2022\n|\n"
           "BÁO CÁO\n"
           "Kết quả cải cách hành chính quý I năm 2022\n"
           "Thực hiện Kế hoạch số 9/KH-UBND ngày 05/01/2022 của UBND tỉnh;\n")


def test_a_motto_split_over_lines_is_never_the_issuer():
    m = meta_of(STACKED)
    assert m.issuer_path == ["SỞ GIAO THÔNG VẬN TẢI"]
    assert m.issuer == "Sở Giao thông vận tải"
    assert evidence(m, "issuer") == "SỞ GIAO THÔNG VẬN TẢI"
    assert m.number == "17/BC-SGTVT"
    assert m.place == "Phan Thiết" and m.date == "2022-04-03"
    assert m.title == "Kết quả cải cách hành chính quý I năm 2022"


def test_motto_pieces_split_mid_phrase_are_not_issuer_cells():
    """Regression: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" | "NAM" gave the issuer "Nam xã Hội
    Chủ Nghĩa Việt"."""
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐẦM HÀ\n-------\n|\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
            "Số: 88/KH-UBND\n|\nĐầm Hà, ngày 2 tháng 3 năm 2021\n|\n"
            "KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2021\n"
            "Căn cứ Kế hoạch số 5/KH-UBND của UBND tỉnh;\n")
    h = read_header(DocText.from_text(text))
    assert [c.value for c in h.issuer_cells] == ["ỦY BAN NHÂN DÂN", "HUYỆN ĐẦM HÀ"]
    assert meta_of(text).issuer == "Ủy ban nhân dân huyện Đầm Hà"


def test_the_motto_before_the_place_is_not_part_of_the_place():
    """Regression: "... Hạnh phúc Hà Nội, ngày ..." on one line gave the place "Hạnh
    Phúc Hà Nội"."""
    text = ("Bộ Xây dựng Số: 12/QĐ-BXD |\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 9 tháng 3 năm 2022 |\n"
            "Quyết định\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
            "Căn cứ Nghị định số 52/2022/NĐ-CP;\n")
    m = meta_of(text)
    assert m.place == "Hà Nội" and evidence(m, "place") == "Hà Nội"
    assert m.doc_type == "Quyết định"
    assert m.title == "BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022"


def test_without_an_issuer_cell_the_authority_line_names_the_issuer_without_its_office():
    text = ("Bộ Xây dựng Số: 12/QĐ-BXD |\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 9 tháng 3 năm 2022 |\n"
            "Quyết định\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022\nBỘ TRƯỞNG BỘ XÂY DỰNG\n"
            "Căn cứ Nghị định số 52/2022/NĐ-CP;\n")
    m = meta_of(text)
    assert m.issuer.lower() == "bộ xây dựng"
    assert evidence(m, "issuer") == "BỘ XÂY DỰNG"


def test_an_issuer_line_broken_mid_name_is_joined():
    """Regression: "VĂN PHÒNG CHÍNH" | "PHỦ" gave two cells."""
    text = ("VĂN PHÒNG CHÍNH\nPHỦ\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 51/TB-VPCP\n|\nHà Nội, ngày 4 tháng 2 năm 2022\n|\n"
            "THÔNG BÁO\nKẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI CUỘC HỌP VỀ CẢI CÁCH HÀNH CHÍNH\n"
            "Ngày 28 tháng 1 năm 2022, tại trụ sở Chính phủ, Phó Thủ tướng chủ trì cuộc họp.\n")
    m = meta_of(text)
    assert m.issuer_path == ["VĂN PHÒNG CHÍNH PHỦ"]
    assert m.issuer == "Văn phòng Chính phủ"
    assert evidence(m, "issuer") == "VĂN PHÒNG CHÍNH\nPHỦ"
    assert m.title == "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG TẠI CUỘC HỌP VỀ CẢI CÁCH HÀNH CHÍNH"


def test_a_department_name_broken_over_lines_keeps_the_parents_territory():
    text = ("UBND TỈNH CÀ MAU\nSỞ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\n-------\n|\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do -\nHạnh phúc\n|\n"
            "Số: 40/BC-STNMT\n|\nCà Mau, ngày 10 tháng 6 năm 2023\n|\n"
            "BÁO CÁO\nKết quả cải cách hành chính 6 tháng đầu năm 2023\n"
            "Thực hiện Công văn số 1/SNV-CCHC;\n")
    m = meta_of(text)
    assert m.issuer_path == ["UBND TỈNH CÀ MAU", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"]
    assert m.issuer == "Sở Tài nguyên và môi trường tỉnh Cà Mau"


def test_a_line_starting_a_body_of_its_own_is_not_joined():
    text = ("BỘ TƯ PHÁP\nCỤC KIỂM TRA VĂN BẢN\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 7/GM-KTVB\n|\nHà Nội, ngày 1 tháng 4 năm 2024\n|\n"
            "GIẤY MỜI\nHọp góp ý dự thảo báo cáo\nThời gian: 8 giờ ngày 5 tháng 4 năm 2024.\n")
    m = meta_of(text)
    assert m.issuer_path == ["BỘ TƯ PHÁP", "CỤC KIỂM TRA VĂN BẢN"]
    assert m.issuer.lower() == "cục kiểm tra văn bản bộ tư pháp"


def test_an_office_without_a_name_is_named_with_its_parent():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nVĂN PHÒNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 9/TB-VPUBND\n|\nYên Bái, ngày 1 tháng 4 năm 2024\n|\n"
            "THÔNG BÁO\nKẾT LUẬN CỦA CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP\n"
            "Ngày 28/3/2024, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n")
    m = meta_of(text)
    assert m.issuer == "Văn phòng Ủy ban nhân dân tỉnh Yên Bái"


def test_title_ends_where_the_enacting_authority_line_begins():
    """Regression: the title ran on into "ỦY BAN NHÂN DÂN THÀNH PHỐ ..." and the issuer
    cell "ỦY BAN NHÂN DÂN" lost its territory."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 15/2019/QĐ-UBND | Cần Thơ, ngày 2 tháng 5 năm 2019 |\n"
            "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH CÁC SỞ, BAN, NGÀNH\n"
            "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    m = meta_of(text)
    assert m.title == "BAN HÀNH QUY CHẾ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH CÁC SỞ, BAN, NGÀNH"
    assert m.issuer == "Ủy ban nhân dân thành phố Cần Thơ"
    assert evidence(m, "issuer") == "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ"


def test_a_chairmans_decision_without_the_territory_line_names_the_chairman():
    """Regression: issuer "Ủy ban nhân dân" when the header cell lost the province line;
    the authority line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" names it."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 1200/QĐ-UBND | Tuy Hòa, ngày 27 tháng 6 năm 2019 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    m = meta_of(text)
    assert m.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Phú Yên"


def test_a_title_line_ending_on_cua_goes_on_into_the_body_it_names():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK NÔNG\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 3/QĐ-UBND\n|\nGia Nghĩa, ngày 2 tháng 1 năm 2020\n|\n"
            "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ LÀM VIỆC CỦA\nỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\n"
            "ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    m = meta_of(text)
    assert m.title == "BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG"
    assert m.issuer == "Ủy ban nhân dân tỉnh Đắk Nông"


def test_an_upper_case_title_ends_before_a_sentence_opening_the_body():
    """Regression: the body's first paragraph was read as the rest of the title."""
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 05/CT-UBND\n|\nTrà Vinh, ngày 2 tháng 3 năm 2022\n|\n"
            "CHỈ THỊ\nVỀ VIỆC TĂNG CƯỜNG KỶ CƯƠNG HÀNH CHÍNH\n"
            "Thời gian qua, công tác cải cách hành chính đạt nhiều kết quả.\n")
    m = meta_of(text)
    assert m.title == "VỀ VIỆC TĂNG CƯỜNG KỶ CƯƠNG HÀNH CHÍNH"


def test_an_upper_case_date_line_ends_a_title_and_is_part_of_it():
    text = ("VĂN PHÒNG CHÍNH PHỦ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 51/TB-VPCP\n|\nHà Nội, ngày 4 tháng 2 năm 2022\n|\n"
            "THÔNG BÁO\nKẾT LUẬN CỦA BAN CHỈ ĐẠO TẠI PHIÊN HỌP THỨ HAI\nNGÀY 28 THÁNG 1 NĂM 2022\n"
            "Ngày 28 tháng 1 năm 2022, tại trụ sở Chính phủ, Ban Chỉ đạo họp.\n")
    m = meta_of(text)
    assert m.title == "KẾT LUẬN CỦA BAN CHỈ ĐẠO TẠI PHIÊN HỌP THỨ HAI NGÀY 28 THÁNG 1 NĂM 2022"


def test_a_document_number_cell_is_never_the_issuer():
    """Regression: a site's table cell "2165/QĐ-UBND" above the header was taken as the
    first issuer cell."""
    text = ("Số hiệu: | 31/QĐ-UBND | Loại văn bản: | Quyết định |\n"
            "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/QĐ-UBND |\n"
            "Lạng Sơn, ngày 5 tháng 1 năm 2021 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    m = meta_of(text)
    assert m.issuer_path == ["ỦY BAN NHÂN DÂN"]
    assert m.issuer == "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"


def test_a_hash_in_the_sites_issuer_field_is_never_the_issuer():
    """Regression: "Cơ quan ban hành 6323cd..." gave that code as the issuer; the body's
    own block "ỦY BAN NHÂN DÂN" | "XÃ ..." atop the text names it."""
    text = ("Kết quả giải quyết thủ tục hành chính quý I năm 2022\n\n"
            "Cơ quan ban hành 5f1e2d3c4b5a69788796a5b4\nSố hồ sơ\n\n"
            "ỦY BAN NHÂN DÂN\n\nXÃ TÂN PHÚ\n\n"
            "Kết quả giải quyết thủ tục hành chính quý I năm 2022\n\n"
            "I. CÔNG TÁC CHỈ ĐẠO\n\nThực hiện Kế hoạch của UBND huyện, UBND xã đã chỉ đạo.\n")
    m = meta_of(text)
    assert m.issuer == "Ủy ban nhân dân xã Tân Phú"
    assert evidence(m, "issuer") == "ỦY BAN NHÂN DÂN\n\nXÃ TÂN PHÚ"


def test_the_place_names_the_territory_of_a_header_cell_without_one():
    """Regression: issuer "Ủy ban nhân dân" for a plan whose header cell lost the
    province line; the text's own "Ủy ban nhân dân tỉnh X", X the place, completes it."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 77/KH-UBND | Bến Tre, ngày 3 tháng 2 năm 2020 |\n"
            "Căn cứ Quyết định số 5/QĐ-UBND của Ủy ban nhân dân tỉnh Bến Tre;\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n")
    m = meta_of(text)
    assert m.issuer == "Ủy ban nhân dân tỉnh Bến Tre"


def test_a_subject_line_goes_on_over_a_line_starting_with_a_capital():
    """Regression: "V/v đôn đốc triển khai thực hiện" | "Kế hoạch cải cách hành chính
    năm 2020" kept only the first line."""
    text = ("UBND TỈNH BẮC NINH\nSỞ NỘI VỤ\n-------\nSố: 41/SNV-CCHC\n"
            "V/v đôn đốc thực hiện\nKế hoạch cải cách hành chính năm 2021\n|\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Bắc Ninh, ngày 2 tháng 8 năm 2021\n|\nKính gửi: Các sở, ban, ngành.\n")
    m = meta_of(text)
    assert m.doc_type == "Công văn"
    assert m.title == "đôn đốc thực hiện Kế hoạch cải cách hành chính năm 2021"
    assert m.issuer == "Sở Nội vụ tỉnh Bắc Ninh"


def test_a_subject_over_two_table_rows_drops_the_cell_bars():
    """Regression: "V/v triển khai khảo sát |" | "của người dân năm 2024 |" gave a title
    with "|" inside."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "HUYỆN EA SÚP | Độc lập - Tự do - Hạnh phúc |\n"
            "Số: 90/UBND-NV | Ea Súp, ngày 3 tháng 6 năm 2024 |\n"
            "V/v triển khai khảo sát Chỉ số hài lòng |\ncủa người dân năm 2024 |\n"
            "Kính gửi: Ủy ban nhân dân các xã.\n")
    m = meta_of(text)
    assert m.title == "triển khai khảo sát Chỉ số hài lòng của người dân năm 2024"
    assert m.evidence["title"].text.startswith("triển khai") and m.evidence["title"].text.endswith("năm 2024")


def test_a_headerless_documents_headline_is_its_title():
    """Regression: a portal's page of a unit's own report, opening on its headline
    without a header, had no title."""
    text = ("Kết quả giải quyết thủ tục hành chính quý II năm 2023\n\n"
            "ỦY BAN NHÂN DÂN\n\nXÃ AN BÌNH\n\n"
            "I. CÔNG TÁC CHỈ ĐẠO\n\nUBND xã đã chỉ đạo bộ phận một cửa tiếp nhận 120 hồ sơ.\n"
            "Trên đây là báo cáo kết quả giải quyết thủ tục hành chính quý II năm 2023 của UBND xã An Bình.\n")
    m = meta_of(text)
    assert m.title == "Kết quả giải quyết thủ tục hành chính quý II năm 2023"
    assert m.evidence["title"].text == m.title


def test_a_body_sentence_first_is_no_headline():
    """A text opening on its body ("Thực hiện ...", or a long sentence ending in a
    period) has no title of its own."""
    for first in ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n4 năm 2018 của Chính phủ, "
                  "UBND thành phố ban hành Kế hoạch triển khai như sau:\n",
                  "Theo đó, Bộ Nội vụ đã tổ chức khảo sát hơn 30.000 phiếu tại 63 tỉnh, thành phố "
                  "trên cả nước trong năm 2023, đánh giá chỉ số hài lòng của người dân.\n"):
        text = first + "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chất lượng phục vụ.\n"
        assert meta_of(text).title is None


def test_a_headline_naming_the_document_by_its_type_keeps_the_type_word():
    """Regression: "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025" atop a web post of the plan
    gave the title "CẢI CÁCH HÀNH CHÍNH NĂM 2025"."""
    text = ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024\n"
            "UBND xã Tân Lập ban hành Kế hoạch cải cách hành chính năm 2024 trên địa bàn xã, cụ thể như sau:\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao chất lượng phục vụ.\n")
    m = meta_of(text)
    assert m.title == "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024"
    assert m.doc_type == "Kế hoạch"


def test_the_type_word_before_a_results_headline_is_not_part_of_the_title():
    text = ("Báo cáo Kết quả thực hiện cải cách hành chính năm 2023\n\n"
            "Báo cáo số 12/BC-UBND ngày 05/12/2023 của UBND phường An Lạc về kết quả thực hiện "
            "cải cách hành chính năm 2023;\n\nI. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n\nPhường đã triển khai.\n")
    m = meta_of(text)
    assert m.title == "Kết quả thực hiện cải cách hành chính năm 2023"


def test_an_upper_case_title_line_opening_like_the_body_is_still_the_title():
    """Regression: "KẾ HOẠCH" | "THỰC HIỆN CHƯƠNG TRÌNH ..." had no title (the upper-case
    "THỰC HIỆN" was taken for the body's "Thực hiện ...")."""
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "TỈNH GIA LAI | Độc lập - Tự do - Hạnh phúc |\n"
            "Số: 61/KH-UBND | Gia Lai, ngày 8 tháng 2 năm 2022 |\n"
            "KẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2022 - 2025\n"
            "Thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;\n")
    m = meta_of(text)
    assert m.title == "THỰC HIỆN CHƯƠNG TRÌNH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2022 - 2025"
    assert m.issuer == "Ủy ban nhân dân tỉnh Gia Lai"


def test_a_portals_page_title_gives_the_title_the_header_lost():
    """Regression: a portal page whose header kept no type line nor title had no title;
    its page title "Quyết định <số> năm <năm> về <subject>" states it."""
    text = ("Quyết định 31/QĐ-UBND năm 2021 về Quy chế tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn\n"
            "Số hiệu: | 31/QĐ-UBND | Loại văn bản: | Quyết định |\n"
            "ỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/QĐ-UBND |\n"
            "Lạng Sơn, ngày 5 tháng 1 năm 2021 |\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    m = meta_of(text)
    assert m.title == "Quy chế tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn"
    assert m.evidence["title"].page == 1 and m.evidence["title"].start == text.index("Quy chế")


def test_a_signers_name_glued_to_the_last_recipient_line_is_read():
    """Regression: "- Lưu: VT, VP.Trần Ngọc Ánh" (the name column glued to the list)
    gave no signer."""
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 7/KH-UBND\n|\nAn Phú, ngày 2 tháng 7 năm 2025\n|\n"
            "KẾ HOẠCH\nCải cách hành chính 6 tháng cuối năm 2025\n"
            "Thực hiện Kế hoạch của UBND tỉnh, UBND xã ban hành Kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\nBảo đảm thông suốt.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNơi nhận:\n- UBND tỉnh (b/c);\n- Sở Nội vụ;\n"
            "- Lưu: VT, VP.Lê Văn Hùng")
    m = meta_of(text)
    assert m.signer == "Lê Văn Hùng"
    assert m.evidence["signer"].text == "Lê Văn Hùng"
    assert m.recipients == ["UBND tỉnh (b/c)", "Sở Nội vụ", "Lưu: VT, VP"]


def test_a_news_byline_in_capitals_is_the_signer():
    """Regression: a news item ending on its byline in capitals ("THU HÀ") had no
    signer."""
    text = ("Tỉnh công bố chỉ số cải cách hành chính năm 2023\n"
            "Cập nhật lúc: 09:15 - 28/02/2024\n"
            "(BTO) - Sáng nay, UBND tỉnh tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2023.\n"
            "Sở Tư pháp dẫn đầu khối sở, ban, ngành với 89,74 điểm.\n"
            "THU HÀ\n")
    m = meta_of(text)
    assert m.signer == "THU HÀ"
    assert m.evidence["signer"].text == "THU HÀ"


def test_a_last_line_in_capitals_that_is_an_office_is_no_signer():
    text = ("Tỉnh công bố chỉ số cải cách hành chính năm 2023\n"
            "Cập nhật lúc: 09:15 - 28/02/2024\n"
            "Sáng nay, UBND tỉnh tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2023.\n"
            "PHÓ CHỦ TỊCH\n")
    assert meta_of(text).signer is None


def test_an_upper_case_label_line_under_the_title_starts_the_body():
    text = ("UBND TỈNH NAM ĐỊNH\nSỞ NỘI VỤ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố: 15/TTr-SNV\n|\nNam Định, ngày 2 tháng 3 năm 2022\n|\n"
            "TỜ TRÌNH\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022\n"
            "KÍNH GỬI: ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSở Nội vụ trình phê duyệt Kế hoạch.\n")
    m = meta_of(text)
    assert m.title == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2022"


def test_a_headline_title_after_a_dropped_type_word_starts_with_a_capital():
    """Regression (unseen 733): "Báo cáo tình hình thực hiện ..." gave the title
    "tình hình thực hiện ..." once the type word before a results headline was dropped."""
    m = meta_of("Báo cáo tình hình thực hiện cải cách hành chính quý I năm 2020 của Phòng Nội vụ "
                "huyện Lạc Sơn\n\nThực hiện Kế hoạch số 36/KH-UBND ngày 31/01/2020 của UBND "
                "huyện Lạc Sơn, Phòng Nội vụ báo cáo như sau.\n")
    assert m.title == ("Tình hình thực hiện cải cách hành chính quý I năm 2020 của Phòng Nội vụ "
                       "huyện Lạc Sơn")
    assert evidence(m, "title").startswith("tình hình thực hiện")


def test_issuer_broken_over_two_lines_beside_the_motto_leaves_the_motto_out():
    """Regression (10NN A06, blind): "BỘ NÔNG NGHIỆP   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" over
    "VÀ PHÁT TRIỂN NÔNG THÔN   Độc lập - Tự do - Hạnh phúc": the two issuer cells were joined
    with the text between them, the motto of the upper line included, and the motto's "XÃ
    HỘI CHỦ NGHĨA VIỆT NAM" then became the document's commune."""
    text = ("BỘ NÔNG NGHIỆP                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "VÀ PHÁT TRIỂN NÔNG THÔN                         Độc lập - Tự do - Hạnh phúc\n"
            "Số: 9120/BC-BNN-VP                           Hà Nội, ngày 20 tháng 12 năm 2024\n\n"
            "BÁO CÁO\nKết quả công tác cải cách hành chính năm 2024\n\n"
            "Chỉ số cải cách hành chính của Bộ đạt 87,64%.\n")
    m = meta_of(text)
    assert m.issuer.lower() == "bộ nông nghiệp và phát triển nông thôn"
    assert m.unit is not None and m.unit.level is None and "xã" not in m.unit.name.lower()
