"""Every file of corpora/formats loads into the text of the seed it was made from.

Word recall = share of the seed's words (NFC, \\w+ tokens, as a multiset) found in the
loaded text: >= 0.995 for every format, >= 0.95 for the scan (OCR). The legacy-encoded
text files must decode exactly to the seed (modulo the 3 characters iconv could not
encode, listed in the MANIFEST). Broken files raise LoadError with a clear reason."""
from __future__ import annotations

import csv
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
import regex

from extractor.load import load, ocr_available
from extractor.model import LoadError

FORMATS = Path(__file__).resolve().parent.parent / "corpora" / "formats"
SEEDS = FORMATS.parent / "seeds"
MANIFEST = {r["file"]: r for r in csv.DictReader(open(FORMATS / "MANIFEST.tsv",
                                                      encoding="utf-8"), delimiter="\t")}
GOOD = sorted(f for f in MANIFEST if not f.startswith("broken/"))
ENCODING = {"tcvn3": "tcvn3", "cp1258": "windows-1258", "html": "utf-8"}
ICONV_SUBSTITUTES = {"\u2013": "-", "\u201c": '"', "\u201d": '"'}


def words(text: str) -> Counter:
    return Counter(regex.findall(r"\w+", unicodedata.normalize("NFC", text)))


def recall(seed: str, got: str) -> float:
    s, g = words(seed), words(got)
    return sum((s & g).values()) / sum(s.values())


def seed_text(name: str) -> str:
    return (SEEDS / MANIFEST[name]["derived_from"]).read_text(encoding="utf-8")


def loaded_text(name: str):
    loaded = load(str(FORMATS / name))
    return loaded, "\n".join(p.text for p in loaded.pages)


@pytest.mark.parametrize("name", [f for f in GOOD if MANIFEST[f]["variant"] != "scan"])
def test_format_recall(name):
    loaded, text = loaded_text(name)
    r = recall(seed_text(name), text)
    assert r >= 0.995, f"{name}: word recall {r:.4f}"
    assert loaded.format == name.rsplit(".", 1)[1]
    assert len(loaded.sha256) == 64
    assert all(unicodedata.is_normalized("NFC", p.text) for p in loaded.pages)
    variant = MANIFEST[name]["variant"]
    if loaded.format == "pdf":
        assert len(loaded.pages) == int(MANIFEST[name]["pages"])
        assert not loaded.ocr_pages
        assert loaded.encoding is None
    if variant in ENCODING:
        assert loaded.encoding == ENCODING[variant]


@pytest.mark.parametrize("name", [f for f in GOOD if MANIFEST[f]["variant"] in ("tcvn3", "cp1258")])
def test_legacy_text_decodes_exactly(name):
    _loaded, text = loaded_text(name)
    expected = unicodedata.normalize("NFC", seed_text(name))
    if MANIFEST[name]["variant"] == "tcvn3":
        for a, b in ICONV_SUBSTITUTES.items():
            expected = expected.replace(a, b)
    assert text == expected


@pytest.mark.slow
@pytest.mark.skipif(not ocr_available(), reason="tesseract-ocr-vie not installed")
def test_scan_is_ocred():
    name = next(f for f in GOOD if MANIFEST[f]["variant"] == "scan")
    loaded, text = loaded_text(name)
    assert loaded.ocr_pages == [1, 2, 3]
    assert len(loaded.pages) == int(MANIFEST[name]["pages"])
    r = recall(seed_text(name), text)
    assert r >= 0.95, f"OCR word recall {r:.4f}"


BROKEN = {
    "broken/truncated.pdf": ["cắt cụt", "truncated"],
    "broken/encrypted.pdf": ["mã hóa", "encrypted"],
    "broken/not-a-pdf.pdf": ["không phải PDF", "PNG"],
    "broken/empty.txt": ["rỗng", "empty"],
    "broken/binary.txt": ["nhị phân", "binary"],
}


@pytest.mark.parametrize("name, keywords", sorted(BROKEN.items()))
def test_broken_file_gives_a_one_line_reason(name, keywords):
    with pytest.raises(LoadError) as info:
        load(str(FORMATS / name))
    reason = str(info.value)
    assert "\n" not in reason and " / " in reason  # Vietnamese / English
    for k in keywords:
        assert k in reason


def test_every_broken_file_is_covered():
    assert set(BROKEN) | {"broken/huge-line.txt"} == {f for f in MANIFEST if f.startswith("broken/")}


def test_huge_line_is_valid_text():
    # (its speed is measured by scripts/bench.py, not asserted here)
    loaded = load(str(FORMATS / "broken" / "huge-line.txt"))
    assert loaded.format == "txt" and loaded.encoding == "utf-8"
    assert len(loaded.pages) == 1
    assert len(loaded.pages[0].text) > 3_000_000
