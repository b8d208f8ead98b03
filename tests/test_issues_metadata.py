"""Regression tests of document metadata, one per thing that broke on documents nobody
had tuned for (corpora/unseen): the name says what went wrong; text in, exact facts out."""
from __future__ import annotations

from extractor.find import cues
from extractor.stages import read_document as find_metadata
from extractor.model import Loaded, Page
from extractor.normalize import DocText


def meta_of(text: str):
    doc = DocText.from_text(text)
    m = find_metadata(doc, Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    for name, span in m.evidence.items():  # offsets are sacred
        assert doc.pages[span.page - 1].text[span.start:span.end] == span.text, name
    return m


def test_party_header_number_with_hyphen_and_party_motto():
    text = ("ĐẢNG BỘ QUẬN CẦU GIẤY\nĐẢNG ỦY PHƯỜNG NGHĨA ĐÔ\n*\nSố 45-NQ/ĐU\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\nNghĩa Đô, ngày 10 tháng 3 năm 2022\n\n"
            "NGHỊ QUYẾT\nvề đẩy mạnh cải cách hành chính giai đoạn 2022 - 2025\n\n"
            "Căn cứ Điều lệ Đảng;\nNội dung.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date, m.place) == (
        "Nghị quyết", "45-NQ/ĐU", "2022-03-10", "Nghĩa Đô")
    assert m.issuer == "Đảng ủy phường Nghĩa Đô"  # not the Party motto
    assert m.title == "về đẩy mạnh cải cách hành chính giai đoạn 2022 - 2025"
    assert m.period == "giai đoạn 2022 - 2025"


def test_cong_van_subject_wrapped_over_two_lines():
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH CÀ MAU Độc lập - Tự do - Hạnh phúc\n"
            "Số: 456/UBND-VP Cà Mau, ngày 22 tháng 02 năm 2023\n"
            "V/v triển khai đo lường sự hài lòng\ncủa người dân, tổ chức năm 2023\n\n"
            "Kính gửi: Các sở, ban, ngành tỉnh.\n\nNội dung.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Công văn", "456/UBND-VP", "2023-02-22")
    assert m.title == "triển khai đo lường sự hài lòng của người dân, tổ chức năm 2023"
    assert m.period == "năm 2023"


def test_cong_van_subject_does_not_swallow_the_next_header_cell():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN KHÁNH\nSố: 12/UBND\nV/v báo cáo số liệu\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "An Khánh, ngày 05 tháng 6 năm 2020\n\nKính gửi: UBND huyện.\n")
    assert meta_of(text).title == "báo cáo số liệu"


def test_period_reported_on_stands_before_the_outlook():
    text = ("ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 289/BC-UBND | Krông Pắc, ngày 15 tháng 6 năm 2022\nBÁO CÁO\n"
            "Kết quả thực hiện công tác cải cách hành chính 6 tháng đầu năm 2022\n"
            "và phương hướng, nhiệm vụ 6 tháng cuối năm 2022\n\nThực hiện Kế hoạch.\n")
    assert meta_of(text).period == "6 tháng đầu năm 2022"


def test_ethnic_minority_signer_name_with_one_letter_prefix():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN KRÔNG PẮC\nSố: 289/BC-UBND\nBÁO CÁO\nKết quả năm 2022\n\n"
            "Thực hiện Kế hoạch.\n\nNơi nhận:\n- Sở Nội vụ;\n- Lưu: VT.\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nY Suôn Byă\n")
    assert meta_of(text).signer == "Y Suôn Byă"
    assert cues.is_person_name("H'Yim Kđoh") and cues.is_person_name("Ksor Phước")
    assert not cues.is_person_name("B Thông tin")


def test_news_posted_date_written_cap_nhat_colon_with_time():
    text = ("Trang chủ > Tin tức\nThị xã Nghi Sơn đẩy mạnh chuyển đổi số\n"
            "Cập nhật: 12/03/2022 09:15\nLượt xem: 1.245\n"
            "Sáng ngày 11/3/2022, UBND thị xã tổ chức hội nghị.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Tin bài", None, "2022-03-12")
    assert m.title == "Thị xã Nghi Sơn đẩy mạnh chuyển đổi số"


def test_news_byline_before_related_links():
    text = ("Thị xã Nghi Sơn đẩy mạnh chuyển đổi số\nCập nhật: 12/03/2022 09:15\n"
            "Sáng ngày 11/3/2022, UBND thị xã tổ chức hội nghị.\nTin, ảnh: Lê Hà\n"
            "Tin liên quan:\n- Thanh Hóa công bố Chỉ số năm 2021 (08/03/2022)\n")
    assert meta_of(text).signer == "Lê Hà"


def test_enacting_authority_line_under_a_decision_title_is_not_title():
    head = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 2145/QĐ-UBND\nHạ Long, ngày 14 tháng 12 năm 2022\nQUYẾT ĐỊNH\n")
    m = meta_of(head + "Ban hành Kế hoạch cải cách hành chính năm 2023\n"
                "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert m.title == "Ban hành Kế hoạch cải cách hành chính năm 2023"
    m = meta_of(head + "Về việc kiện toàn Tổ công tác\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
                "Căn cứ Luật Tổ chức chính quyền địa phương;\n")
    assert m.title == "Về việc kiện toàn Tổ công tác"
    # an upper-case title wrapped over two lines stays whole
    m = meta_of(head.replace("QUYẾT ĐỊNH", "KẾ HOẠCH") + "CẢI CÁCH HÀNH CHÍNH\nNĂM 2023\n\nCăn cứ Luật;\n")
    assert m.title == "CẢI CÁCH HÀNH CHÍNH NĂM 2023"


def test_place_date_line_with_a_numeric_date():
    m = meta_of("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 2145/QĐ-UBND\nHạ Long, ngày 14/12/2022\n"
                "QUYẾT ĐỊNH\nBan hành Kế hoạch năm 2023\n\nCăn cứ Luật;\n")
    assert (m.date, m.place) == ("2022-12-14", "Hạ Long")


def test_header_unit_outside_the_vocabulary_takes_parent_territory_and_keeps_acronym():
    # "ĐOÀN KIỂM TRA CCHC" under "UBND HUYỆN ĐỨC TRỌNG": was 'Đoàn kiểm tra cchc'
    text = ("UBND HUYỆN ĐỨC TRỌNG\nĐOÀN KIỂM TRA CCHC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 07/BB-ĐKT\nHiệp Thạnh, ngày 12 tháng 9 năm 2023\n\n"
            "BIÊN BẢN\nKiểm tra công tác cải cách hành chính năm 2023\n\nHôm nay, nội dung.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date, m.place) == (
        "Biên bản", "07/BB-ĐKT", "2023-09-12", "Hiệp Thạnh")
    assert m.issuer == "Đoàn kiểm tra CCHC huyện Đức Trọng"


def test_vowelless_token_in_an_upper_case_header_cell_is_an_abbreviation():
    from extractor.grammar.units import display_name, readable_issuer
    assert display_name("BAN CHỈ ĐẠO CCHC") == "Ban chỉ đạo CCHC"
    assert display_name("ĐOÀN KIỂM TRA LIÊN NGÀNH") == "Đoàn kiểm tra liên ngành"
    assert readable_issuer(["UBND TỈNH KHÁNH HÒA", "SỞ NỘI VỤ"]) == "Sở Nội vụ tỉnh Khánh Hòa"


def test_letter_spaced_title_gives_the_type_and_the_title_under_it():
    m = meta_of("ỦY BAN NHÂN DÂN\nXÃ TÓC TIÊN\nSố: 12/BC-UBND\nTóc Tiên, ngày 05 tháng 3 năm 2020\n\n"
                "B Á O  C Á O\nKết quả công tác cải cách hành chính năm 2020\n\nI. KẾT QUẢ\n")
    assert (m.doc_type, m.title) == ("Báo cáo", "Kết quả công tác cải cách hành chính năm 2020")
    m = meta_of("ỦY BAN NHÂN DÂN\nXÃ TÓC TIÊN\nSố: 12/KH-UBND\nTóc Tiên, ngày 05/3/2020\n\n"
                "K Ế  H O Ạ C H\nCải cách hành chính năm 2020\n\nI. MỤC ĐÍCH\n")
    assert (m.doc_type, m.title) == ("Kế hoạch", "Cải cách hành chính năm 2020")
    m = meta_of("ỦY BAN NHÂN DÂN\nXÃ TÓC TIÊN\nSố: 12/QĐ-UBND\nTóc Tiên, ngày 05/3/2020\n\n"
                "QUYẾT  ĐỊNH\nVề việc ban hành kế hoạch\n\nCăn cứ Luật;\n")
    assert (m.doc_type, m.title) == ("Quyết định", "Về việc ban hành kế hoạch")


def test_abbreviated_city_in_the_place_date_line_is_written_out():
    # choice: the place is reported as "Thành phố Hồ Chí Minh" (the evidence span keeps
    # the written "TP. Hồ Chí Minh"), never the bare "Hồ Chí Minh"
    m = meta_of("ỦY BAN NHÂN DÂN\nQUẬN 1\nSố: 12/BC-UBND\nTP. Hồ Chí Minh, ngày 05 tháng 3 năm 2020\n\n"
                "BÁO CÁO\nKết quả cải cách hành chính năm 2020\n\nI. KẾT QUẢ\n")
    assert (m.place, m.date) == ("Thành phố Hồ Chí Minh", "2020-03-05")
    assert m.evidence["place"].text == "TP. Hồ Chí Minh"
    m = meta_of("ỦY BAN NHÂN DÂN\nQUẬN BA ĐÌNH\nSố: 12/BC-UBND\nTp. Hà Nội, ngày 05/3/2020\n\n"
                "BÁO CÁO\nKết quả\n\nI. KẾT QUẢ\n")
    assert m.place == "Thành phố Hà Nội"


def test_ocr_digit_confusions_in_the_header_number_and_date():
    # the number is reported as written; the date and the own-number key are repaired
    m = meta_of("ỦY BAN NHÂN DÂN\nXÃ TÓC TIÊN\nSố: 1O/BC-UBND\nTóc Tiên, ngày 2l/12/2O21\n\n"
                "BÁO CÁO\nKết quả\n\nI. KẾT QUẢ\n")
    assert (m.number, m.date, m.place) == ("1O/BC-UBND", "2021-12-21", "Tóc Tiên")


def test_two_digit_year_in_the_place_date_line():
    m = meta_of("ỦY BAN NHÂN DÂN\nXÃ TÓC TIÊN\nSố: 12/BC-UBND\nTóc Tiên, ngày 19/01/18\n\n"
                "BÁO CÁO\nKết quả\n\nI. KẾT QUẢ\n")
    assert (m.date, m.place) == ("2018-01-19", "Tóc Tiên")
