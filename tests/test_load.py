"""Loading, as a specification: header columns stay apart, each format keeps reading
order, encodings are named, bad input gives a one-line LoadError."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.load import layout, load
from extractor.load import ocr as ocr_mod
from extractor.model import LoadError

FORMATS = Path(__file__).resolve().parent.parent / "corpora" / "formats"


def lines_of(text: str) -> list[str]:
    return [ln.strip() for ln in text.split("\n")]


# --- PDF layout ------------------------------------------------------------------

def test_pdf_header_columns_are_not_merged():
    page1 = load(str(FORMATS / "001_3e4ada505bc6bb63.pdf")).pages[0].text
    lines = lines_of(page1)
    assert "ỦY BAN NHÂN DÂN" in lines
    assert not any("ỦY BAN NHÂN DÂN" in ln and "CỘNG HÒA" in ln for ln in lines)
    assert "Số: 45/KH-UBND" in lines
    assert not any("45/KH-UBND" in ln and "ngày 06 tháng 5" in ln for ln in lines)
    assert lines[:10] == ["ỦY BAN NHÂN DÂN", "XÃ TÓC TIÊN", "|",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc",
                          "|", "Số: 45/KH-UBND", "|", "Tóc tiên, ngày 06 tháng 5 năm 2021", "|"]


def test_pdf_recipients_and_signer_columns_are_not_merged():
    last = load(str(FORMATS / "002_d55b9dce33f6b12b.pdf")).pages[-1].text
    lines = lines_of(last)
    assert "Nơi nhận:" in lines and "TM. ỦY BAN NHÂN DÂN" in lines
    assert not any("CHỦ TỊCH" in ln and "b/c" in ln for ln in lines)
    assert lines.index("Nơi nhận:") < lines.index("TM. ỦY BAN NHÂN DÂN")


def test_fallback_font_pdf_reads_like_the_normal_one():
    a = load(str(FORMATS / "001_3e4ada505bc6bb63.pdf")).pages[0].text
    b = load(str(FORMATS / "001_3e4ada505bc6bb63.fallback.pdf")).pages[0].text
    assert lines_of(a)[:10] == lines_of(b)[:10]


def _w(text, x0, top, size=12.0):
    return layout.Word(text, x0, x0 + 6.0 * len(text), top, top + size)


def test_layout_two_column_block_is_written_column_by_column():
    words = [_w("UBND", 100, 50), _w("HUYỆN", 140, 50), _w("CỘNG", 300, 50), _w("HÒA", 340, 50),
             _w("PHÒNG", 100, 65), _w("NỘI", 145, 65), _w("VỤ", 170, 65),
             _w("Độc", 300, 65), _w("lập", 330, 65),
             _w("Body", 80, 120), _w("text", 120, 120), _w("goes", 160, 120),
             _w("across", 200, 120), _w("the", 250, 120), _w("page", 280, 120)]
    out = layout.render(layout.cluster_lines(words))
    assert out == ["UBND HUYỆN", "PHÒNG NỘI VỤ", "|", "CỘNG HÒA", "Độc lập", "|",
                   "Body text goes across the page"]


def test_layout_ruled_table_is_written_row_by_row():
    words = [_w("Tiêu", 100, 50), _w("chí", 130, 50), _w("Điểm", 300, 50),
             _w("Thể", 100, 65), _w("chế", 125, 65), _w("8,5", 300, 65)]
    out = layout.render(layout.cluster_lines(words), vertical_rules=[(250.0, 40.0, 90.0)])
    assert out == ["Tiêu chí Điểm", "Thể chế 8,5"]


def test_layout_justified_line_is_one_line():
    words = [_w("một", 80, 50), _w("hai", 120, 50), _w("ba", 150, 50)]  # gaps < 2 em
    assert layout.render(layout.cluster_lines(words)) == ["một hai ba"]


def test_scan_without_ocr_warns_and_keeps_pages_empty(monkeypatch):
    monkeypatch.setattr(ocr_mod, "ocr_available", lambda: False)
    loaded = load(str(FORMATS / "004_592319bdbe9c2a64.scan.pdf"))
    assert len(loaded.pages) == 3
    assert all(p.text == "" and not p.ocr for p in loaded.pages)
    assert loaded.warnings == [ocr_mod.UNAVAILABLE]


def test_nfd_pdf_is_stored_nfc():
    text = load(str(FORMATS / "002_d55b9dce33f6b12b.nfd.pdf")).pages[0].text
    assert "Nha Trang, ngày 28 tháng 3 năm 2019" in text
    assert "\u0301" not in text and "\u0323" not in text


# --- text ------------------------------------------------------------------------

VI = "Báo cáo kết quả công tác cải cách hành chính năm 2021 của Ủy ban nhân dân xã"


def test_utf16_with_bom(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(("\ufeff" + VI + "\r\nDòng hai").encode("utf-16-le"))
    loaded = load(str(p))
    assert loaded.encoding == "utf-16"
    assert loaded.pages[0].text == VI + "\nDòng hai"


def test_utf8_bom_is_dropped(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + VI.encode())
    loaded = load(str(p))
    assert (loaded.encoding, loaded.pages[0].text) == ("utf-8", VI)


def test_cp1258_with_combining_tones_becomes_nfc(tmp_path):
    # "Cộng hòa" in Windows-1258: ô + combining dot below (0xF2), o + combining grave (0xCC)
    p = tmp_path / "a.txt"
    # ã = a + 0xDE (tilde), ủ = u + 0xD2 (hook), ệ = ê + 0xF2; á à ă â ê ô đ are single bytes
    p.write_bytes(b"C\xf4\xf2ng ho\xcca xa\xde h\xf4\xf2i, b\xe1o c\xe1o c\xe1c n\xe3m "
                  b"cu\xd2a vi\xea\xf2c v\xe0 ng\xe0y \xf0\xe3")
    loaded = load(str(p))
    assert loaded.encoding == "windows-1258"
    assert loaded.pages[0].text == "Cộng hòa xã hội, báo cáo các năm của việc và ngày đă"


def test_text_named_pdf_is_not_a_pdf(tmp_path):
    p = tmp_path / "x.pdf"
    p.write_text("hello", encoding="utf-8")
    with pytest.raises(LoadError, match="không phải PDF"):
        load(str(p))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(LoadError, match="không tìm thấy"):
        load(str(tmp_path / "nope.txt"))
    with pytest.raises(LoadError, match="thư mục"):
        load(str(tmp_path))


def test_zip_that_is_not_docx(tmp_path):
    import zipfile
    p = tmp_path / "a.docx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(LoadError, match="ZIP"):
        load(str(p))


def test_sha256_is_of_the_file_bytes(tmp_path):
    import hashlib
    p = tmp_path / "a.txt"
    p.write_bytes(VI.encode())
    assert load(str(p)).sha256 == hashlib.sha256(VI.encode()).hexdigest()


# --- DOCX ------------------------------------------------------------------------

def test_docx_keeps_table_between_paragraphs(tmp_path):
    import docx
    d = docx.Document()
    d.add_paragraph("Đoạn trước bảng")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nXÃ A"
    t.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    t.cell(1, 0).text = "Số: 12/BC-UBND"
    t.cell(1, 1).text = "A, ngày 1 tháng 2 năm 2022"
    d.add_paragraph("Đoạn sau bảng")
    p = tmp_path / "a.docx"
    d.save(p)
    loaded = load(str(p))
    assert loaded.format == "docx" and len(loaded.pages) == 1
    assert lines_of(loaded.pages[0].text) == [
        "Đoạn trước bảng", "ỦY BAN NHÂN DÂN", "XÃ A", "|",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "|", "Số: 12/BC-UBND", "|",
        "A, ngày 1 tháng 2 năm 2022", "|", "Đoạn sau bảng"]


def test_docx_explicit_page_break_starts_a_page(tmp_path):
    import docx
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    d.add_paragraph("Trang một").add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("Trang hai")
    p = tmp_path / "b.docx"
    d.save(p)
    assert [pg.text for pg in load(str(p)).pages] == ["Trang một", "Trang hai"]


# --- HTML ------------------------------------------------------------------------

ARTICLE = ("Ngày 21/9/2021, đoàn công tác của tỉnh đã đến kiểm tra công tác cải cách hành "
           "chính tại huyện. Dự buổi làm việc có lãnh đạo huyện và các phòng chuyên môn. ")


def test_html_main_text_without_chrome(tmp_path):
    html = f"""<!DOCTYPE html><html><head><meta charset="windows-1258">
    <title>Kiểm tra cải cách hành chính - Cổng thông tin</title></head><body>
    <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li>
    <li><a href="/lh">Liên hệ</a></li></ul></nav>
    <main><h1>Kiểm tra cải cách hành chính</h1>
    <p>{ARTICLE * 3}</p><p>{ARTICLE * 2} Kết quả đạt 95%.</p></main>
    <aside><h3>Tin liên quan</h3><ul><li><a href="/a">Bài khác nữa</a></li></ul></aside>
    <footer><p>Bản quyền thuộc Cổng thông tin điện tử tỉnh.</p></footer></body></html>"""
    p = tmp_path / "a.html"
    p.write_bytes(html.encode("utf-8").replace(b"windows-1258", b"utf-8"))
    loaded = load(str(p))
    text = loaded.pages[0].text
    assert loaded.format == "html" and loaded.encoding == "utf-8"
    assert "Kết quả đạt 95%" in text
    assert "Kiểm tra cải cách hành chính" in text
    for chrome in ("Trang chủ", "Giới thiệu", "Liên hệ", "Tin liên quan", "Bản quyền"):
        assert chrome not in text


def test_html_meta_charset_is_respected(tmp_path):
    html = (f'<html><head><meta charset="windows-1252"></head><body><article>'
            f'<p>{"Café crème à la façon du chef. " * 20}</p></article></body></html>')
    p = tmp_path / "b.html"
    p.write_bytes(html.encode("cp1252"))
    loaded = load(str(p))
    assert loaded.encoding == "windows-1252"
    assert "Café crème à la façon" in loaded.pages[0].text
