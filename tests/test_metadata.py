"""Document metadata, as a specification: text in, exact facts out."""
from __future__ import annotations

import glob
import os

import pytest
import regex

from extractor.find import cues
from extractor.stages import read_document as find_metadata
from extractor.find.period import periods
from extractor.model import Loaded, Page
from extractor.normalize import DocText, fold
from extractor.vocab import load_rules

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

BODY = "Thực hiện công văn số 1475/UBND-NV ngày 29/4/2021 của UBND thị xã Phú Mỹ;\nNội dung.\n"


def meta_of(text: str, path: str = "doc.txt"):
    doc = DocText.from_text(text)
    m = find_metadata(doc, Loaded(path, sha256="", format="txt", pages=[Page(1, text)]))
    for name, span in m.evidence.items():  # offsets are sacred
        assert doc.pages[span.page - 1].text[span.start:span.end] == span.text, name
    return m


# --- header ---------------------------------------------------------------------

FLAT_BAR = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "XÃ TÓC TIÊN | Độc lập – Tự do – Hạnh phúc\n"
            "Số: 45/KH-UBND | Tóc tiên, ngày 06 tháng 5 năm 2021\n"
            "KẾ HOẠCH\n"
            "Khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm\n"
            "2020 và giải pháp nâng cao chỉ số cải cách hành chính năm 2021\n" + BODY)

CELLS_OWN_LINES = ("ỦY BAN NHÂN DÂN\nXÃ TÓC TIÊN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập – Tự do – Hạnh phúc\n|\nSố: 45/KH-UBND\n|\n"
                   "Tóc tiên, ngày 06 tháng 5 năm 2021\n|\nKẾ HOẠCH\n"
                   "Khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm\n"
                   "2020 và giải pháp nâng cao chỉ số cải cách hành chính năm 2021\n" + BODY)

GLUED_COLUMNS = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "XÃ TÓC TIÊN Độc lập – Tự do – Hạnh phúc\n"
                 "Số: 45/KH-UBND Tóc tiên, ngày 06 tháng 5 năm 2021\n"
                 "KẾ HOẠCH\n"
                 "Khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm\n"
                 "2020 và giải pháp nâng cao chỉ số cải cách hành chính năm 2021\n" + BODY)


@pytest.mark.parametrize("text", [FLAT_BAR, CELLS_OWN_LINES, GLUED_COLUMNS],
                         ids=["bar-flattened", "cells-own-lines", "glued-columns"])
def test_header_any_flattening(text):
    m = meta_of(text)
    assert m.issuer_path == ["ỦY BAN NHÂN DÂN", "XÃ TÓC TIÊN"]
    assert m.issuer == "Ủy ban nhân dân xã Tóc Tiên"
    assert m.number == "45/KH-UBND"
    assert m.place == "Tóc Tiên"
    assert m.date == "2021-05-06"
    assert m.doc_type == "Kế hoạch"
    assert m.title == ("Khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính năm "
                       "2020 và giải pháp nâng cao chỉ số cải cách hành chính năm 2021")
    assert m.period == "năm 2021"
    assert m.unit.name == "xã Tóc Tiên" and m.unit.level == "xã"
    assert m.unit.district == "thị xã Phú Mỹ"
    for f in ("issuer", "number", "place", "date", "doc_type", "title"):
        assert f in m.evidence
    assert m.evidence["number"].text == "45/KH-UBND"


def test_two_line_issuing_body_department():
    text = ("UBND TỈNH KHÁNH HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ NỘI VỤ | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 12 /BC-SNV | Khánh Hòa, ngày 5 tháng 1 năm 2022\n"
            "BÁO CÁO\nKết quả công tác cải cách hành chính quý IV năm 2021\n"
            "Căn cứ Kế hoạch số 1/KH-UBND;\n")
    m = meta_of(text)
    assert m.issuer_path == ["UBND TỈNH KHÁNH HÒA", "SỞ NỘI VỤ"]
    assert fold(m.issuer) == fold("Sở Nội vụ tỉnh Khánh Hòa")
    assert m.number == "12/BC-SNV"
    assert m.date == "2022-01-05"
    assert m.doc_type == "Báo cáo"
    assert m.period == "quý IV năm 2021"
    assert m.unit.level == "sở" and m.unit.province == "Khánh Hòa"


def test_two_line_issuing_body_council_committee():
    text = ("HĐND PHƯỜNG CẦU KHO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BAN KINH TẾ - XÃ HỘI | Độc lập - Tự do - Hạnh phúc\n"
            "Số: 28/BC-HĐND-KTXH | Cầu Kho, ngày 19 tháng 12 năm 2019\n"
            "BÁO CÁO\nThẩm tra kết quả cải cách hành chính năm 2019\n\nThực hiện Luật;\n")
    m = meta_of(text)
    assert fold(m.issuer) == fold("Ban Kinh tế – Xã hội HĐND phường Cầu Kho")
    assert m.unit.level == "ban"
    assert m.unit.district == "quận 1"


@pytest.mark.parametrize("line,place,date", [
    ("Tóc tiên, ngày 06 tháng 5 năm 2021", "Tóc Tiên", "2021-05-06"),
    ("Nha Trang, ngày 28 tháng 3 năm 2019", "Nha Trang", "2019-03-28"),
    ("Bà Rịa – Vũng Tàu, ngày 1 tháng 12 năm 2020", "Bà Rịa – Vũng Tàu", "2020-12-01"),
    ("Cầu Kho, ngày  19  tháng 12 năm 2019", "Cầu Kho", "2019-12-19"),
    ("Hà Nội, ngày 31 tháng 2 năm 2021", "Hà Nội", None),  # no such date: stays null
])
def test_place_date_line_variants(line, place, date):
    m = meta_of(f"Số: 01/TB-UBND\n{line}\nTHÔNG BÁO\nVề việc nghỉ lễ\nCăn cứ quy định;\n")
    assert m.place == place
    assert m.date == date
    assert m.doc_type == "Thông báo"


def test_subject_line_makes_a_cong_van():
    m = meta_of("UBND HUYỆN NGÂN SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "Số: 535/UBND-NV | Ngân Sơn, ngày 23 tháng 01 năm 2018\n"
                "V/v tăng cường công tác cải cách hành chính\n"
                "Kính gửi: Các cơ quan, đơn vị.\n")
    assert m.doc_type == "Công văn"
    assert m.title == "tăng cường công tác cải cách hành chính"
    assert m.number == "535/UBND-NV"


def test_doc_type_from_number_when_no_title_word():
    m = meta_of("Số: 2286 /BC-UBND\nNha Trang, ngày 28 tháng 3 năm 2019\n\nI. KẾT QUẢ\nNội dung.\n")
    assert m.number == "2286/BC-UBND"
    assert m.doc_type == "Báo cáo"


# --- signature ------------------------------------------------------------------

@pytest.mark.parametrize("block,signer,title", [
    ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Văn Nam", "Trần Văn Nam", "Phó Chủ tịch"),
    ("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Anh Tuấn", "Nguyễn Anh Tuấn", "Chủ tịch"),
    ("TM. BAN KINH TẾ - XÃ HỘI\nTRƯỞNG BAN\nLê Công Minh", "Lê Công Minh", "Trưởng ban"),
    ("|\nCHỦ TỊCH\nNguyễn Phi Trường\n|", "Nguyễn Phi Trường", "Chủ tịch"),
])
def test_signer_blocks(block, signer, title):
    text = ("Nội dung báo cáo.\nTrên đây là báo cáo của UBND xã./.\nNơi nhận:\n- Như trên;\n"
            "- Lưu: VT.\n" + block)
    m = meta_of(text)
    assert m.signer == signer
    assert m.signer_title == title
    assert m.recipients == ["Như trên", "Lưu: VT"]
    assert m.evidence["signer"].text == signer


def test_signer_in_flattened_two_column_table():
    text = ("Nội dung kế hoạch./.\nNơi nhận: CHỦ TỊCH\n- UBND TX (b/c);\n- Phòng Nội vụ (b/c);\n"
            "- Các tổ chức CT, XH (phối hợp); Nguyễn Phi Trường\n- Lưu: VT.\n")
    m = meta_of(text)
    assert m.signer == "Nguyễn Phi Trường"
    assert m.signer_title == "Chủ tịch"
    assert m.recipients == ["UBND TX (b/c)", "Phòng Nội vụ (b/c)", "Các tổ chức CT, XH (phối hợp)",
                            "Lưu: VT"]


def test_recipient_list_is_not_a_signer():
    m = meta_of("Nội dung./.\nNơi nhận:\n- Phòng Nội vụ;\n- Văn phòng Ủy ban;\n")
    assert m.signer is None


# --- texts without a header -------------------------------------------------------

def test_headerless_report_subject_sentence():
    text = ("Thực hiện Kế hoạch của UBND thành phố về cải cách hành chính năm 2021. "
            "UBND phường Trần Phú báo cáo kết quả thực hiện công tác CCHC 6 tháng năm 2021 như sau:\n"
            "I. KẾT QUẢ\nNội dung trên địa bàn thành phố Hải Dương.\n")
    m = meta_of(text, path="2021-06-30_bao-cao.txt")
    assert m.doc_type == "Báo cáo"
    assert m.issuer == "UBND phường Trần Phú"
    assert m.period == "6 tháng năm 2021"
    assert m.number is None and m.date is None and m.place is None  # never from the file name
    assert m.unit.district == "thành phố Hải Dương"


def test_headerless_closing_sentence_completes_the_unit():
    text = ("Kết quả cải cách hành chính của thành phố Hải Dương trong quý.\n"
            "Trên đây là báo cáo kết quả cải cách hành chính quý I năm 2025 của UBND thành phố./.\n")
    m = meta_of(text)
    assert m.doc_type == "Báo cáo"
    assert m.issuer == "UBND thành phố Hải Dương"
    assert m.period == "quý I năm 2025"


def test_headerless_self_number_line():
    text = ("Báo cáo số 228/ BC-UBND ngày 05/12/2023 của UBND phường Hà Phong về kết quả "
            "cải cách hành chính năm 2023\nNội dung.\n")
    m = meta_of(text)
    assert m.doc_type == "Báo cáo"
    assert m.number == "228/BC-UBND"
    assert m.date == "2023-12-05"
    assert m.issuer == "UBND phường Hà Phong"


def test_site_metadata_block():
    text = ("Số hiệu: 12/KH-UBND\nNgày ban hành: 05/01/2022\nLoại văn bản: Kế hoạch\n"
            "Cơ quan ban hành: UBND xã Tóc Tiên\nTrích yếu: Kế hoạch cải cách hành chính năm 2022\n"
            "Nội dung.\n")
    m = meta_of(text)
    assert (m.number, m.date, m.doc_type) == ("12/KH-UBND", "2022-01-05", "Kế hoạch")
    assert m.title == "Kế hoạch cải cách hành chính năm 2022"
    assert m.period == "năm 2022"


def test_news_article():
    text = ("Thứ Hai, 04/03/2024\nNgày đăng: 22/09/2021 - Lượt xem: 78\nXem với cỡ chữ\n\n"
            "UBND tỉnh: Kiểm tra công tác Cải cách hành chính huyện Ngân Sơn\n\n"
            "Ngày 21/9/2021, đoàn công tác đã làm việc. UBND huyện đã báo cáo với đoàn.\n\nĐình Bích")
    m = meta_of(text)
    assert m.doc_type == "Tin bài"
    assert m.date == "2021-09-22" and m.published == "2021-09-22"
    assert m.title == "UBND tỉnh: Kiểm tra công tác Cải cách hành chính huyện Ngân Sơn"
    assert m.signer == "Đình Bích"
    assert m.issuer is None and m.number is None


def test_plain_text_states_nothing():
    m = meta_of("Một đoạn văn không nói gì về văn bản.\nMột dòng nữa.")
    assert (m.doc_type, m.number, m.date, m.issuer, m.signer, m.period) == (None,) * 6


# --- periods --------------------------------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("kết quả 6 tháng năm 2021 như sau", "6 tháng năm 2021"),
    ("báo cáo quý I năm 2025", "quý I năm 2025"),
    ("tổng kết năm 2018", "năm 2018"),
    ("kết quả 9 tháng đầu năm, phương hướng", "9 tháng đầu năm"),
    ("6 tháng đầu năm 2020", "6 tháng đầu năm 2020"),
    ("giai đoạn 2016-2020", "giai đoạn 2016-2020"),
])
def test_period_phrases(text, want):
    assert [p[2] for p in periods(text)] == [want]


def test_a_date_is_not_a_period():
    assert periods("ban hành ngày 06 tháng 5 năm 2021") == []


# --- gold seeds -------------------------------------------------------------------

@pytest.mark.parametrize("path", sorted(glob.glob(os.path.join(ROOT, "corpora/seeds/*.txt"))),
                         ids=os.path.basename)
def test_seed_against_gold(path):
    import json
    gold = json.load(open(path[:-4] + ".gold.json", encoding="utf-8"))["document"]
    m = meta_of(open(path, encoding="utf-8").read())
    for f in ("doc_type", "number", "date"):
        assert getattr(m, f) == gold[f], f
    for f in ("place", "issuer", "signer", "title", "period"):
        if f in gold:
            got = getattr(m, f)
            assert (fold(got) if got else got) == (fold(gold[f]) if gold[f] else gold[f]), f


# --- rule data both ways ------------------------------------------------------------

def _entries_with_pattern():
    return [e for e in load_rules("metadata").entries if getattr(e, "pattern", None)]


@pytest.mark.parametrize("entry", _entries_with_pattern(), ids=lambda e: e.kind)
def test_metadata_rule_examples(entry):
    pat = cues.compile_entry(entry)
    assert entry.examples, "every pattern needs examples"
    for ex in entry.examples:
        assert pat.search(ex), ex
    for ex in entry.counter_examples:
        assert not pat.search(ex), ex


def test_doc_type_title_examples():
    """Title forms of each type (rules/doc_types.yaml `title_examples`) are read as it."""
    seen = 0
    for e in load_rules("doc_types").entries:
        for ex in getattr(e, "title_examples", None) or ():
            assert cues.title_type_regex().match(ex) and cues.doc_type_by_word(ex) == e.name, ex
            seen += 1
    assert seen >= 17


def test_surname_examples():
    for e in load_rules("metadata").entries:
        if e.kind == "surname":
            for ex in e.examples:
                assert cues.is_person_name(ex), ex
            for ex in e.counter_examples:
                assert not cues.is_person_name(ex), ex


def test_counter_example_patterns_fail_on_lowercase_title_word():
    # a body sentence that starts with a type word is not a title line
    assert not cues.title_type_regex().match("Kế hoạch số 25/KH-UBND")
    assert regex.match(r"\w", "x")
