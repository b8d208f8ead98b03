"""Plain text files: Unicode (UTF-8 with or without BOM, UTF-16) and the legacy
Vietnamese 8-bit encodings (Windows-1258, TCVN3/VN1, VNI-Windows).

UTF-8 that decodes cleanly is taken as is. Otherwise each candidate decoding is scored
by how Vietnamese it reads (share of frequent words from rules/encodings/detect.yaml,
penalty for characters outside the Vietnamese alphabet) and the best one wins."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Callable

import regex

from extractor.load import legacy
from extractor.model import LoadError
from extractor.vocab import load_yaml

SAMPLE = 256 * 1024  # bytes scored per candidate: detection stays bounded on huge files

EMPTY = "tệp rỗng / empty file"
BINARY = "không phải văn bản: dữ liệu nhị phân / binary data, not text"
UNKNOWN = ("không nhận ra bảng mã của văn bản / text encoding not recognised "
           "(not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI)")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    data = load_yaml("encodings/detect")
    return frozenset(unicodedata.normalize("NFC", w) for w in data["common_words"])


_VI_LETTERS = set("aăâbcdđeêghiklmnoôơpqrstuưvxyfjwz")
_TONED = set("àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")
_WORD = regex.compile(r"\w+")
_TYPOGRAPHY = set("–—“”‘’…•°§«»·×÷±≤≥№€\u00a0")
_ALLOWED = (set(chr(c) for c in range(0x20, 0x7F)) | set("\t\n\r\f") | _VI_LETTERS | _TONED
            | {c.upper() for c in _VI_LETTERS | _TONED} | _TYPOGRAPHY)


def vietnamese_score(text: str) -> float:
    """How much `text` reads as Vietnamese: ~0.3-0.6 for real text, ~0 for mojibake."""
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    common = _common_words()
    hits = sum(1 for w in words if w in common)
    plain = sum(1 for w in words if all(c in _VI_LETTERS or c in _TONED or c.isdigit()
                                        for c in w))
    odd = sum(1 for c in text if c not in _ALLOWED)
    # an odd character per ~5 characters (one per word) wipes out any word score
    return (hits + 0.2 * plain) / len(words) - odd / max(1, len(text) / 5)


def _utf16(data: bytes) -> str:
    return data.decode("utf-16")


def _cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


CANDIDATES: dict[str, Callable[[bytes], str]] = {
    "windows-1258": _cp1258,
    "tcvn3": legacy.decode_tcvn3,
    "vni": legacy.decode_vni,
}

_CONTROL_OK = {0x09, 0x0A, 0x0C, 0x0D, 0x1A}
# every byte but the suspicious controls (below 0x20, not in _CONTROL_OK): deleting them
# leaves the controls to count (a byte-by-byte loop cost ~1 ms a report)
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in _CONTROL_OK)


def _is_binary(data: bytes) -> bool:
    sample = data[:SAMPLE]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    # VN1 puts a dozen toned capitals on C0 bytes: allow a few, not random noise
    return controls > max(8, len(sample) // 50)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def detect(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). Raises LoadError for empty or binary data."""
    if not data:
        raise LoadError(EMPTY)
    if data.startswith(b"\xef\xbb\xbf"):
        return _decode_or_fail(data[3:], "utf-8"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _utf16(data), "utf-16"
        except UnicodeDecodeError:
            raise LoadError(BINARY) from None
    bom_less = _utf16_without_bom(data)
    if bom_less:
        try:
            return data.decode(bom_less), "utf-16"
        except UnicodeDecodeError:
            pass
    if _is_binary(data):
        raise LoadError(BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    name, _ = best_guess(data)
    return CANDIDATES[name](data), name


def best_guess(data: bytes) -> tuple[str, float]:
    """Score every legacy candidate on a sample; return the best (name, score)."""
    sample = data[:SAMPLE]
    decoded = {name: decode(sample) for name, decode in CANDIDATES.items()}
    score, name = max((vietnamese_score(text), name) for name, text in decoded.items())
    if score <= 0.0 or not _reads_as_vietnamese(decoded[name]):
        raise LoadError(UNKNOWN)
    return name, score


MIN_EVIDENCE = 20  # words with a non-ASCII letter needed before judging the decoding
MIN_COMMON = 0.15  # share of them that must be frequent Vietnamese words


def _reads_as_vietnamese(text: str) -> bool:
    """The words whose letters depend on the encoding (those with a non-ASCII letter)
    include frequent Vietnamese words (0.59-0.62 measured on the TCVN3 and
    Windows-1258 corpus files), where any other 8-bit text (Russian, Chinese, French,
    random bytes) read through a Vietnamese table gives none (0.00-0.02). Text with
    too few such words to judge is taken."""
    words = [w for w in _WORD.findall(text.lower()) if any(ord(c) > 127 for c in w)]
    if len(words) < MIN_EVIDENCE:
        return True
    common = _common_words()
    return sum(1 for w in words if w in common) / len(words) >= MIN_COMMON


def _decode_or_fail(data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise LoadError(f"tệp có BOM UTF-8 nhưng dữ liệu hỏng / UTF-8 BOM but invalid "
                        f"UTF-8 data") from None


def load_text(data: bytes) -> tuple[str, str]:
    text, encoding = detect(data)
    if not text.strip():
        raise LoadError("tệp không có chữ / no text in file")
    return text, encoding
