"""Regression tests of the reference finder, one per thing that broke (pdfplumber
test_issues.py style): the name says what went wrong; text in, exact facts out."""
from extractor.find.references import find_references
from extractor.resolve.keys import link_within_document
from extractor.normalize import DocText


def found(text, own=None):
    """The references stage as extract() runs it: find, then link within the document."""
    return link_within_document(find_references(DocText.from_text(text), own_number=own))


def relations(text):
    return [(r.number, r.relation) for r in found(text)]


# --- relations: a cue belongs to the first mention after it in its clause ----------

def test_cue_inside_previous_reference_clause_is_not_inherited():
    # "sửa đổi" is what Nghị định 117 does to Nghị định 130, not what the citing report
    # does; the item after it ("và Nghị định số 43/2006") must not inherit it either.
    text = ("Các cơ quan tiếp tục triển khai thực hiện Nghị định số 130/2005/NĐ-CP ngày "
            "17/10/2005 của Chính phủ quy định chế độ tự chủ đối với các cơ quan Nhà nước, "
            "Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ sửa đổi Nghị định "
            "130/2005/NĐ-CP và Nghị định số 43/2006/NĐ-CP ngày 25/4/2006 của Chính phủ quy "
            "định quyền tự chủ.")
    assert relations(text) == [("130/2005/NĐ-CP", "thực hiện"),
                               ("117/2013/NĐ-CP", "thực hiện"),
                               ("130/2005/NĐ-CP", "thực hiện"),
                               ("43/2006/NĐ-CP", "thực hiện")]


def test_amended_document_without_governing_cue_gets_no_relation():
    text = ("Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ sửa đổi, bổ sung một "
            "số điều của Nghị định 130/2005/NĐ-CP; Nghị định số 43/2006/NĐ-CP quy định.")
    assert [r for _, r in relations(text)] == [None, None, None]


def test_amending_clause_after_semicolon_stays_in_the_list_of_its_governing_cue():
    text = ("Căn cứ Quyết định số 13/2016/QĐ-UBND ngày 17/6/2016 của UBND tỉnh Hải Dương "
            "ban hành quy định trách nhiệm; Quyết định số 29/2020/QĐ-UBND ngày 29/11/2020 "
            "sửa đổi, bổ sung một số Điều của Quyết định số 13/2016/QĐ-UBND ngày 17/6/2016.")
    assert [r for _, r in relations(text)] == ["căn cứ", "căn cứ", "căn cứ"]


def test_cue_in_previous_subject_is_not_given_to_the_next_item():
    # "về thực hiện cơ chế một cửa" is the subject of Nghị định 61, not a cue for 45/2016
    text = ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện "
            "cơ chế một cửa, Quyết định số 45/2016/QĐ-TTg của Thủ tướng Chính phủ.")
    assert [r for _, r in relations(text)] == ["căn cứ", "căn cứ"]


def test_document_named_in_previous_subject_takes_the_list_relation():
    text = ("theo Kế hoạch số 10316/KH-UBND ngày 22/12/2016 của UBND tỉnh và Kế hoạch số "
            "541/KH-UBND ngày 24/01/2017 của UBND thành phố về triển khai thực hiện Chỉ thị "
            "26/CT-TTg của Thủ tướng Chính phủ.")
    assert [r for _, r in relations(text)] == [None, None, None]
    text = ("Công văn số 7881/UBND-NV ngày 07/11/2018 chỉ đạo các cơ quan, đơn vị triển "
            "khai thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.")
    assert [r for _, r in relations(text)] == [None, None]


def test_list_item_after_a_subject_shares_the_list_relation():
    text = ("UBND phường triển khai thực hiện Kế hoạch số 25/KH-UBND ngày 21/12/2021 về cải "
            "cách hành chính năm 2021 và Kế hoạch số 16 /KH-UBND về Cải cách hành chính giai "
            "đoạn 2016-2020.")
    assert [r for _, r in relations(text)] == ["thực hiện", "thực hiện"]


def test_new_phrase_after_a_comma_keeps_its_own_cue_or_none():
    text = ("Thực hiện Kế hoạch số 25/KH-UBND ngày 21/12/2021, UBND phường đã ban hành "
            "Quyết định số 12/QĐ-UBND ngày 02/01/2022.")
    assert [r for _, r in relations(text)] == ["thực hiện", None]
    text = ("Căn cứ Kế hoạch số 25/KH-UBND về cải cách hành chính, triển khai thực hiện "
            "Công văn số 34/UBND-NV ngày 5/1/2022.")
    assert [r for _, r in relations(text)] == ["căn cứ", "thực hiện"]


def test_semicolon_clause_with_its_own_words_is_not_a_list_item():
    text = ("Căn cứ Nghị định số 61/2018/NĐ-CP; UBND phường thực hiện Kế hoạch số "
            "12/KH-UBND. Quyết định số 45/QĐ-UBND quy định.")
    assert [r for _, r in relations(text)] == ["căn cứ", "thực hiện", None]


# --- keys: mentions of one document in one text ---------------------------------

def test_undated_mention_gets_the_key_of_its_dated_mention():
    text = ("thẩm tra Báo cáo số 303/BC-UBND, ngày 26 tháng 11 năm 2019 của Ủy ban nhân dân "
            "phường. Ban thống nhất với Báo cáo số 303/BC-UBND.")
    a, b = found(text)
    assert (a.key, b.key) == ("303/BC-UBND@2019", "303/BC-UBND@2019")
    assert (b.date, b.number) == (None, "303/BC-UBND")  # only the key is linked


def test_undated_mention_before_the_dated_one_is_linked_too():
    a, b = found("Quyết định số 1088/QĐ-UBND về chỉ tiêu; Quyết định số 1088/QĐ-UBND ngày "
                 "05/4/2018 của UBND thành phố")
    assert (a.key, b.key) == ("1088/QĐ-UBND@2018", "1088/QĐ-UBND@2018")


def test_seed_report_links_its_two_mentions_of_the_report_it_reviews():
    from pathlib import Path
    from extractor.normalize import to_stored
    seeds = Path(__file__).resolve().parent.parent / "corpora" / "seeds"
    (path,) = seeds.glob("004_*.txt")
    got = [r.key for r in found(to_stored(path.read_text(encoding="utf-8")))
           if r.number == "303/BC-UBND"]
    assert got == ["303/BC-UBND@2019"] * 2


# --- numbers with little around them ------------------------------------------------

def test_bare_national_assembly_number_has_no_type_but_its_issuer():
    # QH14 cannot tell a law from a resolution: doc_type stays null, the term is known
    (r,) = found("tiếp tục thực hiện 54/2017/QH14 về thí điểm cơ chế đặc thù")
    assert (r.doc_type, r.number, r.key, r.year) == (None, "54/2017/QH14", "54/2017/QH14", 2017)
    assert (r.issuer, r.issuer_inferred, r.relation) == ("Quốc hội khóa XIV", True, "thực hiện")
    (r,) = found("theo 02/2022/UBTVQH15")
    assert (r.doc_type, r.issuer) == (None, "Ủy ban Thường vụ Quốc hội khóa XV")


def test_type_word_ending_a_page_before_a_page_number_line():
    from extractor.model import Page
    for head in ("- 2 -\n", "2\n\n", "Trang 2\n", ""):
        pages = [Page(1, "UBND phường tiếp tục thực hiện Nghị quyết"),
                 Page(2, f"{head}54/2017/QH14 ngày 24/11/2017 của Quốc hội về thí điểm")]
        (r,) = find_references(DocText(pages))
        assert (r.doc_type, r.number, r.date, r.issuer, r.relation) == (
            "Nghị quyết", "54/2017/QH14", "2017-11-24", "Quốc hội", "thực hiện"), head
        assert r.page == 2 and pages[1].text[r.start:r.end] == r.text
        assert r.text == "54/2017/QH14 ngày 24/11/2017 của Quốc hội"


def test_text_at_the_top_of_a_page_is_not_a_page_number_line():
    from extractor.model import Page
    pages = [Page(1, "đã ban hành Nghị quyết"),
             Page(2, "về thí điểm theo 54/2017/QH14")]
    (r,) = find_references(DocText(pages))
    assert r.doc_type is None


def test_so_in_the_header_table_cell_is_the_own_number_but_not_in_a_body_cell():
    header = "| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 45/KH-UBND | Tóc Tiên, ngày 06 tháng 5 năm 2021 |\n"
    assert found(header) == []
    body = header + "| 1 | Số: 12/QĐ-UBND | 20/01/2022 | giao chỉ tiêu |"
    assert [(r.doc_type, r.number, r.date) for r in found(body)] == [
        ("Quyết định", "12/QĐ-UBND", "2022-01-20")]


def test_damaged_numbers_from_the_issue_text():
    text = ("Thực hiện Nghị quyết số 35/NQ- CP ngày 16/5/2016 của Chính phủ; công văn số "
            "1475/UBND-NV ngày 29/4/2021; | Quyết định số | 12/QĐUBND | 20/01/2022 |")
    assert [(r.doc_type, r.number, r.key, r.date) for r in found(text)] == [
        ("Nghị quyết", "35/NQ-CP", "35/NQ-CP@2016", "2016-05-16"),
        ("Công văn", "1475/UBND-NV", "1475/UBND-NV@2021", "2021-04-29"),
        ("Quyết định", "12/QĐUBND", "12/QĐ-UBND@2022", "2022-01-20")]


# --- unseen documents (corpora/unseen) ------------------------------------------------

def test_lookalike_eth_with_a_hyphenated_date_keeps_date_and_issuer():
    # OCR/legacy text writes U+00D0 (Ð) for Đ: the number stays as written (contract),
    # the key repairs it; the dd-m-yyyy date and the issuer are still read
    text = "Nghị định số 30/2020/N\u00d0-CP ngày 05-3-2020 của Chính phủ"
    (r,) = found(text)
    assert (r.doc_type, r.number, r.key, r.date, r.issuer) == (
        "Nghị định", "30/2020/N\u00d0-CP", "30/2020/NĐ-CP", "2020-03-05", "Chính phủ")
    assert r.text == text


def test_bare_number_listed_after_a_typed_one_takes_its_written_type():
    # Party "QĐ" numbers are Quy định as often as Quyết định: the list's type word decides
    text = "theo Quy định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị"
    assert [(r.doc_type, r.number, r.date) for r in found(text)] == [
        ("Quy định", "217-QĐ/TW", None), ("Quy định", "218-QĐ/TW", "2013-12-12")]
    # a different abbreviation keeps the type of its own symbol
    text = "Kế hoạch số 18/KH-UBND, 512/QĐ-UBND ngày 10/3/2022"
    assert [r.doc_type for r in found(text)] == ["Kế hoạch", "Quyết định"]


def test_date_before_a_mention_introduced_by_co():
    # "Ngày X, <unit> có Công văn số ...": the unit issued it that day
    (r,) = found("Ngày 19/01/2018 UBND huyện có Công văn số 12/UBND-NV đề nghị")
    assert (r.doc_type, r.number, r.date) == ("Công văn", "12/UBND-NV", "2018-01-19")
    (r,) = found("Ngày 19/01/2018, Sở Nội vụ có văn bản số 12/SNV-CCHC hướng dẫn")
    assert (r.doc_type, r.number, r.date) == ("Công văn", "12/SNV-CCHC", "2018-01-19")
    # a date followed by other business is not the mention's date
    (r,) = found("Ngày 19/01/2018, UBND huyện có buổi làm việc. Công văn số 12/UBND-NV")
    assert r.date is None


def test_symbol_typed_without_vietnamese_letters():
    # "ND-CP"/"QD-TTg": text typed without a Vietnamese keyboard; the number stays as
    # written, the key, symbol, type and issuer are those of NĐ-CP / QĐ-TTg
    r1, r2, r3 = found("Căn cứ Nghị định số 61/2018/ND-CP ngày 23/4/2018; Quyết định "
                       "1847/QD-TTg ngày 27/12/2018 và 45/2020/ND-CP")
    assert [(r.doc_type, r.number, r.key, r.issuer) for r in (r1, r2, r3)] == [
        ("Nghị định", "61/2018/ND-CP", "61/2018/NĐ-CP", "Chính phủ"),
        ("Quyết định", "1847/QD-TTg", "1847/QĐ-TTg@2018", "Thủ tướng Chính phủ"),
        ("Nghị định", "45/2020/ND-CP", "45/2020/NĐ-CP", "Chính phủ")]
    # an unknown unaccented part is still not a reference on its own
    assert found("mã 12/NX-CP") == []


def test_footnote_marker_glued_to_the_issuer_does_not_cut_it():
    # running text copied from a PDF keeps the footnote marker: "… tỉnh³."
    refs = found("kiểm tra theo Quyết định số 712/QĐ-UBND ngày 03/4/2023 của Chủ tịch "
                 "UBND tỉnh³.\nII. KẾT QUẢ")
    assert [(r.number, r.date, r.issuer) for r in refs] == [
        ("712/QĐ-UBND", "2023-04-03", "Chủ tịch UBND tỉnh")]


def test_council_committee_issuer_keeps_ngan_sach():
    refs = found("Báo cáo thẩm tra số 45/BC-KTNS ngày 08 tháng 7 năm 2023 của Ban Kinh tế - "
                 "Ngân sách Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu.")
    assert [r.issuer for r in refs] == ["Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh"]


def test_inspection_team_issuer_is_read_whole_but_kiem_tra_alone_is_a_verb():
    refs = found("Kế hoạch số 142/KH-ĐKT ngày 28/8/2023 của Đoàn kiểm tra, hôm nay; "
                 "Công văn số 312/SNV-CCHC ngày 05/3/2023 của Sở Nội vụ kiểm tra việc thực hiện.")
    assert [r.issuer for r in refs] == ["Đoàn kiểm tra", "Sở Nội vụ"]


def test_subject_ends_before_the_next_listed_mention_and_before_the_main_clause():
    # subjects ran on: "về cải cách hành chính năm 2023 và Thông báo số 210/TB-UBND ..."
    # and "về lịch công tác tháng 10/2023, Ủy ban nhân dân thành phố tổ chức ..."
    refs = found("Thực hiện Kế hoạch số 24/KH-UBND ngày 15/02/2023 của UBND thành phố về cải "
                 "cách hành chính năm 2023 và Thông báo số 210/TB-UBND ngày 28/9/2023 của UBND "
                 "thành phố về lịch công tác tháng 10/2023, Ủy ban nhân dân thành phố tổ chức "
                 "hội nghị; Quyết định số 1291/QĐ-TTg ngày 07/10/2019 về danh mục dịch vụ công "
                 "trực tuyến mức độ 3, 4; hết.")
    assert [r.subject for r in refs] == [
        "về cải cách hành chính năm 2023", "về lịch công tác tháng 10/2023",
        "về danh mục dịch vụ công trực tuyến mức độ 3, 4"]


# --- OCR damage inside numbers and dates -------------------------------------------

def test_ocr_letter_o_and_l_inside_number_and_date_digits_are_read_as_digits():
    (r,) = found("Căn cứ Nghị định số 61/2O18/NĐ-CP ngày 23/4/2018 của Chính phủ")
    assert (r.number, r.key, r.year, r.date, r.issuer) == (
        "61/2O18/NĐ-CP", "61/2018/NĐ-CP", 2018, "2018-04-23", "Chính phủ")
    (r,) = found("Quyết định số 1O/QĐ-UBND ngày 2l/12/2021 của UBND huyện")
    assert (r.number, r.key, r.date, r.symbol, r.issuer) == (
        "1O/QĐ-UBND", "10/QĐ-UBND@2021", "2021-12-21", "QĐ-UBND", "UBND huyện")


def test_ocr_repair_never_touches_symbol_letters_or_words():
    from extractor.grammar.dates import ocr_digits
    assert ocr_digits("số 1O/QĐ-UBND") == "số 10/QĐ-UBND"
    assert ocr_digits("quý I/2021, lO người, Điều 1O khoản") == "quý I/2021, lO người, Điều 1O khoản"
    assert ocr_digits("12/KH-I0") == "12/KH-I0"


def test_two_digit_year_after_ngay_is_a_date():
    (r,) = found("Kế hoạch số 09/KH-UBND ngày 19/01/18 của UBND tỉnh")
    assert (r.date, r.key, r.issuer) == ("2018-01-19", "9/KH-UBND@2018", "UBND tỉnh")
    (r,) = found("Ngày 05/3/98, UBND huyện ban hành Kế hoạch số 09/KH-UBND")
    assert r.date == "1998-03-05"
    # without "ngày" a two-digit-year triple is no date
    (r,) = found("Kế hoạch số 09/KH-UBND, 19/01/18")
    assert r.date is None


def test_date_before_a_list_of_mentions_goes_to_each_undated_item():
    a, b = found("Ngày 05/3/2020, UBND huyện ban hành Kế hoạch số 09/KH-UBND "
                 "và Quyết định số 10/QĐ-UBND.")
    assert [(x.number, x.date) for x in (a, b)] == [
        ("09/KH-UBND", "2020-03-05"), ("10/QĐ-UBND", "2020-03-05")]
    refs = found("Ngày 05/3/2020, UBND huyện ban hành Kế hoạch số 09/KH-UBND về việc ABC, "
                 "Quyết định số 10/QĐ-UBND ngày 06/3/2020 và Công văn số 11/UBND-NV.")
    assert [(x.number, x.date) for x in refs] == [
        ("09/KH-UBND", "2020-03-05"), ("10/QĐ-UBND", "2020-03-06"),
        ("11/UBND-NV", "2020-03-05")]
    # a new sentence ends the list
    a, b = found("Ngày 05/3/2020, UBND huyện ban hành Kế hoạch số 09/KH-UBND. "
                 "Quyết định số 10/QĐ-UBND")
    assert (a.date, b.date) == ("2020-03-05", None)


def test_trailing_date_of_a_pair_still_goes_to_the_last_item_only():
    a, b = found("Quyết định số 72/QĐ-UBND và Kế hoạch số 04/KH-UBND ngày 20/01/2022")
    assert [(x.number, x.date) for x in (a, b)] == [
        ("72/QĐ-UBND", None), ("04/KH-UBND", "2022-01-20")]


def test_ocr_damaged_own_number_still_excludes_the_document_citing_itself():
    refs = found("Báo cáo số 10/BC-UBND nêu trên và Kế hoạch số 5/KH-UBND.", own="1O/BC-UBND")
    assert [r.number for r in refs] == ["5/KH-UBND"]
