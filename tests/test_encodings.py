"""Legacy Vietnamese encodings: the TCVN3 (VN1) table agrees with glibc iconv, VNI
round-trips, and detection names the right encoding for short samples."""
from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from extractor.load import legacy
from extractor.load.text import detect
from extractor.model import LoadError

SENTENCE = ("Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. "
            "Ủy ban nhân dân xã Tóc Tiên báo cáo kết quả thực hiện công tác cải cách "
            "hành chính năm 2021 của các cơ quan, đơn vị trên địa bàn; tỷ lệ hồ sơ được "
            "giải quyết đúng hạn đạt 98,5%. Những tồn tại, hạn chế cần khắc phục ngay.")
ALL_LETTERS = ("aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ "
               "uùúủũụ ưừứửữự yỳýỷỹỵ đ")
ALL_LETTERS = ALL_LETTERS + " " + ALL_LETTERS.upper()


def _iconv_has_tcvn() -> bool:
    if not shutil.which("iconv"):
        return False
    r = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=b"a",
                       capture_output=True)
    return r.returncode == 0


@pytest.mark.skipif(not _iconv_has_tcvn(), reason="iconv without TCVN5712-1")
def test_tcvn3_table_equals_iconv_for_every_byte():
    table = legacy.tcvn3_table()
    for b in range(0x01, 0x100):
        r = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([b]),
                           capture_output=True)
        assert r.returncode == 0, hex(b)
        expected = r.stdout.decode("utf-8")
        got = table.get(b, chr(b))
        assert got == expected, f"byte {b:#04x}: table {got!r} != iconv {expected!r}"


@pytest.mark.skipif(not _iconv_has_tcvn(), reason="iconv without TCVN5712-1")
def test_tcvn3_decodes_what_iconv_encodes():
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"],
                          input=(SENTENCE + " " + ALL_LETTERS).encode(),
                          capture_output=True, check=True).stdout
    assert legacy.decode_tcvn3(data) == SENTENCE + " " + ALL_LETTERS


def test_vni_known_sample():
    assert legacy.decode_vni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252")) \
        == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert legacy.decode_vni("Ñoäc laäp - Töï do - Haïnh phuùc".encode("cp1252")) \
        == "Độc lập - Tự do - Hạnh phúc"


def test_vni_round_trip_every_letter():
    text = SENTENCE + " " + ALL_LETTERS
    data = legacy.encode_vni(text)
    assert all(b < 0x80 or b >= 0xC0 for b in data)  # VNI lives in ASCII + 0xC0-0xFF
    assert legacy.decode_vni(data) == text


def test_vni_encoding_is_two_bytes_per_marked_letter():
    assert legacy.encode_vni("ộ") == b"o\xe4"
    assert legacy.encode_vni("ơ") == b"\xf4"
    assert legacy.encode_vni("ớ") == b"\xf4\xf9"
    assert legacy.encode_vni("Đ") == b"\xd1"


def _cp1258(text: str) -> bytes:
    """Encode like Word does for Windows-1258: precomposed where the code page has the
    letter, else base letter + combining tone byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            shapes = "".join(c for c in nfd[1:] if c in "\u0302\u0306\u031b")
            base = unicodedata.normalize("NFC", nfd[0] + shapes)
            tones = "".join(c for c in nfd[1:] if c not in "\u0302\u0306\u031b")
            out += base.encode("cp1258") + tones.encode("cp1258")
    return bytes(out)


def test_cp1258_sample_uses_combining_tone_bytes():
    assert _cp1258("ộ") == "ô".encode("cp1258") + b"\xf2"  # 0xF2 = combining dot below


def _tcvn3(text: str) -> bytes:
    inverse = {v: k for k, v in legacy.tcvn3_table().items()}
    return bytes(inverse[c] if c in inverse else ord(c) for c in text)


@pytest.mark.parametrize("name, encode", [
    ("utf-8", lambda s: s.encode("utf-8")),
    ("utf-8", lambda s: b"\xef\xbb\xbf" + s.encode("utf-8")),
    ("utf-16", lambda s: s.encode("utf-16")),
    ("windows-1258", _cp1258),
    ("tcvn3", _tcvn3),
    ("vni", legacy.encode_vni),
])
def test_detection_picks_the_encoding_of_a_short_sample(name, encode):
    data = encode(SENTENCE)
    text, encoding = detect(data)
    assert encoding == name
    assert unicodedata.normalize("NFC", text) == SENTENCE


@pytest.mark.parametrize("name, encode", [("windows-1258", _cp1258), ("tcvn3", _tcvn3),
                                          ("vni", legacy.encode_vni)])
def test_detection_on_one_line(name, encode):
    line = "Báo cáo kết quả công tác cải cách hành chính năm 2021 của Ủy ban nhân dân xã"
    assert detect(encode(line))[1] == name


def test_empty_and_binary_are_refused():
    with pytest.raises(LoadError, match="rỗng"):
        detect(b"")
    with pytest.raises(LoadError, match="nhị phân"):
        detect(bytes(range(256)) * 4)
