"""Regression tests of issue 11 (real web pages and real headers), document metadata:
one per thing that broke, named after it; documents written for the test, text in,
exact facts out (type, number, date and the signals that decided the type)."""
from __future__ import annotations

from extractor.model import Loaded, Page
from extractor.normalize import DocText
from extractor.stages import extract_loaded, read_document


def meta_of(text: str):
    doc = DocText.from_text(text)
    m = read_document(doc, Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    for name, span in m.evidence.items():  # offsets are sacred
        assert doc.pages[span.page - 1].text[span.start:span.end] == span.text, name
    return m


def facts(text: str):
    m = meta_of(text)
    return m.doc_type, m.number, m.date


def refs_of(text: str):
    ex = extract_loaded(Loaded("doc.txt", sha256="", format="txt", pages=[Page(1, text)]))
    return [(r.doc_type, r.number, r.date) for r in ex.references]


NEWS_BODY = ("Sáng nay, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác cải cách hành "
             "chính, đánh giá kết quả đạt được và chỉ ra những hạn chế cần khắc phục.\n\n"
             "Theo báo cáo, trong kỳ huyện đã tiếp nhận 1.204 hồ sơ, giải quyết đúng hạn 98%.\n")


# --- header ----------------------------------------------------------------------

def test_place_date_line_broken_over_two_lines_gives_the_date():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n|\nSố:\n15/2023/QĐ-UBND\n|\nĐiện Biên Phủ, ngày 07\n"
            "tháng 11 năm 2023\n|\nQUYẾT ĐỊNH\nBan hành Quy chế phối hợp\nCăn cứ Luật.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date, m.place) == (
        "Quyết định", "15/2023/QĐ-UBND", "2023-11-07", "Điện Biên Phủ")


def test_place_date_line_does_not_cross_a_blank_line():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n|\nSố: 7/KH-UBND\n|\nAn Bình, ngày 07\n\n"
            "tháng 11 năm 2023\n|\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n")
    assert meta_of(text).date is None


# --- news dates without a label ---------------------------------------------------

def test_bare_date_line_under_the_headline_is_the_news_date():
    text = "Huyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính\n\n14/06/2023\n\n" + NEWS_BODY
    m = meta_of(text)
    assert facts(text) == ("Tin bài", None, "2023-06-14")
    assert m.published == "2023-06-14"
    assert m.title == "Huyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính"
    assert m.doc_type_signals == ["date_line"]


def test_bare_date_line_above_the_headline_is_the_news_date():
    text = "14/06/2023\n\nHuyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính\n\n" + NEWS_BODY
    m = meta_of(text)
    assert facts(text) == ("Tin bài", None, "2023-06-14")
    assert m.title == "Huyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính"


def test_time_comma_date_line_is_the_news_date():
    text = "Huyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính\n07:45, 14/06/2023\n" + NEWS_BODY
    assert facts(text) == ("Tin bài", None, "2023-06-14")


def test_time_weekday_dash_date_line_is_not_dropped_as_page_chrome():
    text = "Huyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính\n10:20, Thứ Năm, 8-6-2023\n" + NEWS_BODY
    assert facts(text) == ("Tin bài", None, "2023-06-08")


def test_weekday_date_first_on_the_page_is_the_sites_today_not_the_posting_date():
    text = "Thứ Hai, 04/03/2024\nHuyện Mỹ Đức đẩy mạnh cải cách thủ tục hành chính\n" + NEWS_BODY
    m = meta_of(text)
    assert (m.doc_type, m.date, m.published) == ("Tin bài", None, None)


def test_cms_written_on_line_with_month_word_is_the_posting_date():
    text = ("Báo cáo kết quả cải cách hành chính quý I\nĐược viết ngày Thứ ba, 09 Tháng 4 2024 08:10\n\n"
            "I. KẾT QUẢ THỰC HIỆN\nTrong quý, xã đã ban hành 3 văn bản chỉ đạo.\n")
    assert facts(text) == ("Báo cáo", None, "2024-04-09")


# --- issuing date stated only in the body -------------------------------------------

def test_issuing_date_stated_only_in_the_body():
    text = ("KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM 2024\n"
            "Ngày 12 tháng 3 năm 2024 Ủy ban nhân dân xã Phú Lộc đã ban hành Quyết định số "
            "31/QĐ-UBND về Kế hoạch tuyên truyền cải cách hành chính năm 2024\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Kế hoạch", None, "2024-03-12")
    # the decision that adopted the plan stays a reference
    assert refs_of(text) == [("Quyết định", "31/QĐ-UBND", "2024-03-12")]


def test_report_adopting_itself_with_number_and_date_in_its_opening_sentence():
    text = ("BÁO CÁO\nKết quả cải cách hành chính 6 tháng đầu năm 2025\n\n"
            "Thực hiện Công văn số 12/SNV-CCHC ngày 02/6/2025 của Sở Nội vụ, ngày 15 tháng 6 "
            "năm 2025, UBND xã Hòa Bình ban hành Báo cáo số 77/BC-UBND về kết quả cải cách "
            "hành chính 6 tháng đầu năm 2025 như sau:\n\nI. KẾT QUẢ\nĐạt yêu cầu.\n")
    assert facts(text) == ("Báo cáo", "77/BC-UBND", "2025-06-15")
    assert refs_of(text) == [("Công văn", "12/SNV-CCHC", "2025-06-02")]


# --- a news article whose headline names a decision is not that decision ---------------

def test_news_headline_naming_a_decision_is_not_that_decision():
    text = ("Quyết định số 215/QĐ-UBND công bố Chỉ số cải cách hành chính năm 2023\n"
            "08:30, 20/02/2024\n"
            "Ngày 16/02/2024, UBND tỉnh đã ban hành Quyết định số 215/QĐ-UBND về việc công bố "
            "Chỉ số cải cách hành chính năm 2023 của các sở, ngành. Theo Quyết định số "
            "215/QĐ-UBND, Sở Tư pháp dẫn đầu với 92,4 điểm.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Tin bài", None, "2024-02-20")
    assert "headline_names_a_document" in m.doc_type_signals
    # its citations of the decision are kept, none dropped as self-citations
    assert [n for _, n, _ in refs_of(text)] == ["215/QĐ-UBND"] * 3


def test_decision_reposted_with_its_own_number_first_stays_the_decision():
    text = ("Quyết định số 215/QĐ-UBND ngày 16/02/2024 của UBND tỉnh về việc công bố Chỉ số "
            "cải cách hành chính năm 2023\nĐiều 1. Công bố Chỉ số cải cách hành chính.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Quyết định", "215/QĐ-UBND", "2024-02-16")
    assert m.doc_type_signals == ["self_number"]


# --- genre from several signals ------------------------------------------------------

def test_news_without_a_date_is_typed_from_its_prose():
    text = "Phường Tân Định nâng cao chất lượng phục vụ người dân\n\n" + NEWS_BODY
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Tin bài", None, None)
    assert m.doc_type_signals == ["prose_only"]


def test_news_with_an_event_dateline_and_byline():
    text = ("Huyện Mỹ Đức sơ kết cải cách hành chính\n\nChiều 15/9, Ủy ban nhân dân huyện tổ "
            "chức hội nghị sơ kết công tác cải cách hành chính quý III năm 2024.\n\n"
            "Tin, ảnh: Minh Anh\n")
    m = meta_of(text)
    assert m.doc_type == "Tin bài"
    assert m.doc_type_signals == ["event_dateline", "byline"]


def test_type_word_on_a_title_line_without_a_number():
    text = ("Kế hoạch cải cách hành chính năm 2024 của Sở Xây dựng\n\nThực hiện Kế hoạch số "
            "4289/KH-UBND ngày 21/12/2023 của UBND tỉnh, Sở Xây dựng đề ra các nhiệm vụ năm 2024 "
            "như dưới đây.\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Kế hoạch", None, None)
    assert m.doc_type_signals[0] == "title_word"


def test_adoption_sentence_types_a_headerless_plan():
    text = ("Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, Ủy ban nhân dân "
            "quận ban hành Kế hoạch triển khai như sau:\n1.1. Đánh giá sự hài lòng của người dân "
            "về giải quyết thủ tục hành chính.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Kế hoạch", None, None)
    assert m.doc_type_signals == ["adoption", "subject_sentence"]


def test_report_sections_under_a_results_headline_make_a_report_despite_a_posting_date():
    text = ("Tổng kết công tác cải cách hành chính giai đoạn 2021 - 2025\nNgày cập nhật 10/12/2025\n\n"
            "I. TÌNH HÌNH TRIỂN KHAI\n1. Công tác chỉ đạo, điều hành\nBan Chỉ đạo xã đã tổ chức "
            "nhiều hội nghị quán triệt, triển khai kế hoạch đến cán bộ, công chức.\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Báo cáo", None, "2025-12-10")
    assert m.doc_type_signals == ["report_sections", "report_title"]


def test_statistics_page_is_typed_thong_ke():
    text = ("Kết quả giải quyết hồ sơ thủ tục hành chính\n"
            "Đơn vị Tiếp nhận Đã giải quyết Đúng hạn Trễ hạn\n"
            "Cấp tỉnh 12450 12001 11876 98,9% 125 1,1%\n"
            "Cấp huyện 30211 29874 29102 97,4% 772 2,6%\n"
            "Cấp xã 88120 87950 87801 99,8% 149 0,2%\n"
            "Tỷ lệ hồ sơ trực tuyến\n")
    m = meta_of(text)
    assert (m.doc_type, m.number, m.date) == ("Thống kê", None, None)
    assert m.doc_type_signals == ["figures_table", "report_title"]


def test_report_with_a_table_of_figures_and_sentences_is_not_a_statistics_page():
    text = ("Tình hình giải quyết hồ sơ quý I\n"
            "Cấp tỉnh 12450 12001 11876 98,9% 125 1,1%\n"
            "Cấp huyện 30211 29874 29102 97,4% 772 2,6%\n"
            "Cấp xã 88120 87950 87801 99,8% 149 0,2%\n"
            "Trong quý, tỷ lệ hồ sơ giải quyết đúng hạn tăng so với cùng kỳ năm trước. Các "
            "đơn vị cần tiếp tục rà soát hồ sơ trễ hạn.\nHồ sơ trễ hạn chủ yếu ở lĩnh vực đất "
            "đai, xây dựng. Nguyên nhân do thiếu cán bộ và hồ sơ phức tạp.\n")
    assert meta_of(text).doc_type != "Thống kê"


def test_header_document_reports_its_header_signals():
    text = ("ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập – Tự do – Hạnh phúc\n|\nSố: 7/KH-UBND\n|\nAn Bình, ngày 07 tháng 11 năm 2023\n"
            "|\nKẾ HOẠCH\nTuyên truyền cải cách hành chính\n")
    m = meta_of(text)
    assert m.doc_type_signals == ["header_motto", "header_number", "header_place_date", "header_title"]


def test_saved_page_keeps_the_posting_date_element_next_to_its_headline():
    from extractor.load.html import main_text
    html = ("<html><head><title>Tin tức - Sở Tư pháp</title></head><body><header><div class='logo'>"
            "SỞ TƯ PHÁP</div><ul class='menu'><li>Trang chủ</li><li>Tin tức</li></ul></header>"
            "<section class='detail'><h1>Sở Tư pháp triển khai nhiệm vụ năm 2020</h1>"
            "<p class='date-post'>Ngày đăng: 26/02/2020</p><div class='content'><p>Nhằm thực hiện "
            "có hiệu quả công tác cải cách hành chính năm 2020, Giám đốc Sở Tư pháp đã ban hành Kế "
            "hoạch số 312/KH-STP ngày 20/02/2020 với sáu nhóm nhiệm vụ trọng tâm, giao cho các "
            "phòng thực hiện.</p><p>Các phòng, đơn vị xây dựng kế hoạch chi tiết, báo cáo kết quả "
            "hằng quý về Văn phòng Sở.</p></div></section><div class='other'><h3>Tin khác</h3><ul>"
            "<li>Hội nghị công chức (12/01/2020)</li></ul></div></body></html>")
    text = main_text(html)
    lines = [x for x in text.split("\n") if x.strip()]
    assert lines[:2] == ["Sở Tư pháp triển khai nhiệm vụ năm 2020", "Ngày đăng: 26/02/2020"]
    assert facts(text) == ("Tin bài", None, "2020-02-26")


def test_place_date_line_broken_after_the_comma_gives_the_date():
    text = ("VĂN PHÒNG CHÍNH PHỦ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "|\nSố: 304/TB-VPCP\n|\nHà Nội,\nngày 02 tháng 8 năm 2023\n|\nTHÔNG BÁO\nKết luận\n")
    assert facts(text) == ("Thông báo", "304/TB-VPCP", "2023-08-02")
