"""The PDF fast path reads pdfminer's layout directly: it must give exactly the words
pdfplumber's extract_words() gives, on every text PDF of the corpus."""
import pdfplumber
import pytest

from conftest import FORMATS
from extractor.load.pdfchars import page_objects

PDFS = sorted(p for p in FORMATS.glob("*.pdf") if ".scan." not in p.name)


@pytest.mark.parametrize("pdf", PDFS, ids=lambda p: p.name)
def test_words_equal_pdfplumber_extract_words(pdf):
    with pdfplumber.open(str(pdf)) as doc:
        for page in doc.pages:
            ours = [(w.text, round(w.x0, 3), round(w.x1, 3), round(w.top, 3),
                     round(w.bottom, 3)) for w in page_objects(page).words]
            theirs = [(w["text"], round(w["x0"], 3), round(w["x1"], 3), round(w["top"], 3),
                       round(w["bottom"], 3)) for w in page.extract_words()]
            assert ours == theirs, (pdf.name, page.page_number)
            page.close()


def test_scan_page_has_images_and_no_text():
    with pdfplumber.open(str(FORMATS / "004_592319bdbe9c2a64.scan.pdf")) as doc:
        po = page_objects(doc.pages[0])
    assert po.has_images and po.text_chars == 0 and po.words == []
