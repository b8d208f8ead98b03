"""The fast PDF path (pdfium) and its per-page check: pages pdfium reads right come out
exactly as through pdfminer (header columns included); pages it scrambles (fallback
font) go to the pdfminer path; legacy-font text layers (TCVN3, VNI) are decoded."""
import unicodedata

import pdfplumber
import pypdfium2 as pdfium
import pytest

from conftest import FORMATS
from extractor.load import legacy, pdf as P, pdffast
from extractor.load import load

TEXT_PDFS = sorted(p for p in FORMATS.glob("*.pdf") if ".scan." not in p.name)


def test_syllables():
    assert pdffast.is_syllable("nghiêng") and pdffast.is_syllable("thuở")
    assert pdffast.is_syllable("quyết") and pdffast.is_syllable("ơ")
    assert not pdffast.is_syllable("nh") and not pdffast.is_syllable("nghþ")
    assert not pdffast.is_syllable("hóà")  # two tone marks
    # abbreviations are not judged; NFD text is judged as NFC
    assert pdffast.syllable_share("UBND TX Nghị định") == (1.0, 2)
    assert pdffast.syllable_share(unicodedata.normalize("NFD", "Nghị định số")) == (1.0, 3)


@pytest.mark.parametrize("path", TEXT_PDFS, ids=lambda p: p.name)
def test_pages_pdfium_reads_right_are_the_pdfminer_text_and_the_others_fail_the_check(path):
    doc, pl = pdfium.PdfDocument(str(path)), pdfplumber.open(str(path))
    for i in range(len(doc)):
        fast = pdffast.fast_page(doc[i])
        ok = pdffast.readable(" ".join(w.text for w in fast.words))
        slow = P._render(P.pdfchars.page_objects(pl.pages[i]))
        if ".fallback." in path.name:
            assert not ok, f"page {i + 1}: fallback-font letters out of order not caught"
        else:
            assert ok, f"page {i + 1}"
            assert P._render_words(fast.words, fast.rules) == slow, f"page {i + 1}"


def _legacy_pdf(path, lines, encode):
    """A PDF whose text layer holds legacy-encoded bytes in a standard font without a
    Unicode map (as a .VnTime or VNI-Times font gives them), written by hand."""
    def esc(b):
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    content = b"BT /F1 11 Tf 14 TL 60 800 Td " + b" ".join(
        b"(" + esc(encode(line)) + b") Tj T*" for line in lines) + b" ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))


LINES = ["ỦY BAN NHÂN DÂN THÀNH PHỐ NHA TRANG",
         "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện",
         "cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, Ủy ban",
         "nhân dân thành phố báo cáo kết quả công tác cải cách hành chính năm 2021 như sau."]


def _tcvn3(text):
    inv = {v: k for k, v in legacy.tcvn3_table().items()}
    return bytes(inv[c] if ord(c) >= 128 else ord(c) for c in unicodedata.normalize("NFC", text))


@pytest.mark.parametrize("name, encode", [("tcvn3", _tcvn3), ("vni", legacy.encode_vni)])
def test_legacy_font_text_layer_is_decoded_not_stored_as_mojibake(tmp_path, name, encode):
    path = tmp_path / f"{name}.pdf"
    _legacy_pdf(path, LINES, encode)
    raw_text = pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()
    assert "Nghị định" not in raw_text  # the text layer really is legacy bytes
    loaded = load(str(path))
    text = loaded.pages[0].text
    for line in LINES:
        assert line in text
    assert any(name.upper() in w for w in loaded.warnings)


@pytest.mark.parametrize("path", [p for p in TEXT_PDFS if ".nfd." not in p.name],
                         ids=lambda p: p.name)
def test_words_from_pdfium_characters_are_the_pdfminer_words(path):
    """The second fast reading (characters placed by their boxes, pdfium's missing
    spaces after fallback-font letters restored) gives the pdfminer text, the
    fallback-font PDF included. (Not the NFD PDF: its separate combining marks sort
    before their letters here; its pages pass the first reading, see above.)"""
    doc, pl = pdfium.PdfDocument(str(path)), pdfplumber.open(str(path))
    for i in range(len(doc)):
        words = pdffast.char_words(doc[i])
        slow = P._render(P.pdfchars.page_objects(pl.pages[i]))
        assert P._render_words(words, pdffast.fast_page(doc[i]).rules) == slow, f"page {i + 1}"
