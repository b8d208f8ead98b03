"""Legacy Vietnamese 8-bit encodings (TCVN3/VN1 and VNI-Windows), decoded from the
tables under rules/encodings/. Code holds the grammar only; the tables are data."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from extractor.vocab import load_yaml


def _load(name: str) -> dict:
    return load_yaml(f"encodings/{name}")


@lru_cache(maxsize=1)
def tcvn3_table() -> dict[int, str]:
    """Byte -> character for every non-ASCII byte (and VN1's C0 capitals)."""
    table = {b: chr(b) for b in range(0x80, 0x100)}
    table.update({int(k): v for k, v in _load("tcvn3")["table"].items()})
    return table


@lru_cache(maxsize=1)
def _tcvn3_translate() -> dict[int, str]:
    # bytes are read as Latin-1 first, so code point == byte value
    return dict(tcvn3_table())


def decode_tcvn3(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_tcvn3_translate()))


@lru_cache(maxsize=1)
def vni_tables() -> tuple[dict[int, str], dict[int, tuple[str, str]], dict[str, str]]:
    data = _load("vni")
    letters = {int(k): v for k, v in data["letters"].items()}
    marks = {int(k): (v["add"], v["kind"]) for k, v in data["marks"].items()}
    return letters, marks, dict(data["bases"])


_TONES = "\u0300\u0301\u0303\u0309\u0323"
_SHAPES = "\u0302\u0306\u031b"


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes -> NFC text. A mark byte that cannot attach to the letter
    before it is kept as its Windows-1252 character (so bad guesses score low)."""
    letters, marks, bases = vni_tables()
    out: list[str] = []
    for b in data:
        mark = marks.get(b)
        if mark is not None and out:
            add, kind = mark
            prev = unicodedata.normalize("NFD", out[-1])
            base, extra = prev[:1], prev[1:]
            if kind == "tone":  # any vowel, shaped or not (ơ = o + horn), not yet toned
                ok = base in bases[kind] and not any(c in _TONES for c in extra)
            else:
                ok = base in bases[kind] and not extra
            if ok:
                out[-1] = unicodedata.normalize("NFC", prev + add)
                continue
        if b in letters:
            out.append(letters[b])
        elif b < 0x80:
            out.append(chr(b))
        else:
            out.append(bytes([b]).decode("cp1252", errors="replace"))
    return unicodedata.normalize("NFC", "".join(out))


def encode_vni(text: str) -> bytes:
    """NFC text -> VNI-Windows bytes (the inverse of decode_vni; used by tests and
    to build samples). Characters VNI cannot write raise UnicodeEncodeError."""
    letters, marks, _ = vni_tables()
    by_letter = {v: k for k, v in letters.items()}
    by_add: dict[tuple[str, bool], int] = {}
    for byte, (add, _kind) in marks.items():
        upper = byte < 0xE0
        by_add.setdefault((unicodedata.normalize("NFC", add), upper), byte)
        by_add[(add, upper)] = byte
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in by_letter:
            out.append(by_letter[ch])
            continue
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        nfd = unicodedata.normalize("NFD", ch)
        base, extra = nfd[0], nfd[1:]
        # a toned horn letter: ơ/ư byte + tone mark
        if "\u031b" in extra:
            horn = unicodedata.normalize("NFC", base + "\u031b")
            rest = extra.replace("\u031b", "")
            if horn in by_letter and rest:
                out.append(by_letter[horn])
                out.append(by_add[(rest, base.isupper())])
                continue
        if ord(base) < 0x80 and extra:
            shape = "".join(c for c in extra if c in _SHAPES)
            tone = "".join(c for c in extra if c in _TONES)
            key = (shape + tone, base.isupper())
            if key in by_add:
                out.append(ord(base))
                out.append(by_add[key])
                continue
        raise UnicodeEncodeError("vni", ch, 0, 1, "not in VNI-Windows")
    return bytes(out)
