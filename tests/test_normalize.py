"""Normalization keeps the way back: the matching view has the stored text's length."""
import unicodedata

from extractor.model import Page
from extractor.normalize import DocText, fold, match_view, strip_marks, to_stored
from extractor.vocab import load_rules, rules_dir


def test_stored_text_is_nfc_with_unix_newlines():
    raw = "\ufeff" + unicodedata.normalize("NFD", "Quyết định") + "\r\nsố\r2"
    assert to_stored(raw) == "Quyết định\nsố\n2"


def test_match_view_repairs_lookalikes_and_keeps_length():
    stored = "Nghị định 61/2018/NÐ-CP nǎm\n2018"
    view = match_view(stored)
    assert view == "Nghị định 61/2018/NĐ-CP năm 2018"
    assert len(view) == len(stored)


def test_every_lookalike_example_is_repaired_and_every_repair_listed():
    rf = load_rules("lookalikes")
    for e in rf.entries:
        assert e.char in "".join(e.examples)
        assert [match_view(x) for x in e.examples] == e.repaired


def test_fold_ignores_tone_placement_and_case():
    assert fold("Hoà Bình") == fold("HÒA BÌNH")
    assert fold("Uỷ ban nhân dân") == fold("Ủy Ban Nhân Dân")
    assert fold("UBND  tỉnh\nHải Dương") == "ubnd tỉnh hải dương"
    assert fold("Hòa") != fold("Hóa")


def test_strip_marks_is_loosest_key():
    assert strip_marks("Đồng Tháp") == "dong thap"


def test_doc_text_maps_offsets_back_to_each_page():
    doc = DocText([Page(1, "Căn cứ Quyết định số"), Page(2, "210/QĐ-UBND ngày 23/12/2020")])
    i = doc.view.index("210/QĐ-UBND")
    span = doc.span(i, i + len("210/QĐ-UBND"))
    assert (span.page, span.start, span.end, span.text) == (2, 0, 11, "210/QĐ-UBND")
    # a match across the page break is found in the view (page break = one space)
    assert "số 210/QĐ" in doc.view
    j = doc.view.index("Quyết định số 210")
    cut = doc.span(j, j + len("Quyết định số 210"))
    assert cut.page == 1 and doc.pages[0].text[cut.start:cut.end] == cut.text


def test_rules_dir_is_the_project_rules_folder():
    assert (rules_dir() / "lookalikes.yaml").exists()
