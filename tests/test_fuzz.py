"""Deterministic mutation fuzzing: whatever the text, extraction never raises, never
hangs, and every fact it reports points exactly at its own text.

Mutants come from the seed and unseen corpus texts (random.Random with fixed seeds, no
extra dependency): cuts inside numbers and dates, inserted separators and keywords,
stray Unicode (lone combining marks, NFD, zero-width, RTL marks, emoji, CJK, NUL, form
feed), duplicated lines, very long digit runs, impossible dates and numbers, and
documents split into several pages at random offsets. Loading mutated files (truncated
PDF/DOCX, flipped bytes, random bytes) must raise LoadError or succeed.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import random
import signal
import unicodedata
from contextlib import contextmanager
from pathlib import Path

import pytest

from extractor.stages import extract_loaded, to_contract
from extractor.model import Loaded, LoadError, Page

ROOT = Path(__file__).resolve().parent.parent
TEXTS = sorted((ROOT / "corpora" / "seeds").glob("*.txt")) + \
    sorted((ROOT / "corpora" / "unseen").glob("*.txt"))
FORMATS = ROOT / "corpora" / "formats"

MUTANT_SECONDS = 20  # one mutant taking longer than this is a hang


@contextmanager
def time_limit(seconds: int, what: str):
    def _raise(_sig, _frame):
        raise TimeoutError(f"{what}: still running after {seconds}s")
    old = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


# ---------------------------------------------------------------- mutations

INSERTS = ["0", "1", "9", "99", "/", "-", "số", "số ", "ngày", " ngày ", "năm", " năm ",
           "tháng", "%", "|", "\n", "\n\n", "\x0c", ",", ".", " ", "Số:", "/NĐ-CP", "QĐ-"]
ODD = ["\u0301", "\u0323", "\u0300\u0301\u0303", "\u200b", "\u200c", "\u200d", "\ufeff",
       "\u200f", "\u202e", "\u2066", "\U0001F600", "\U0001F1FB\U0001F1F3", "中文", "漢",
       "\x00", "\x0c", "\x0b", "\u2028", "\u00a0", "\ufffd", "\ud7ff", "ǅ", "İ", "ß", "ﬁ",
       "١٢٣", "\uff11\uff12", "²", "½", "Ⅻ"]
BAD_DATES = ["00/00/0000", "31/02/2019", "99/99/9999", "29/02/2100", "0/0/0",
             "ngày 32 tháng 13 năm 20199", "ngày 00 tháng 00 năm 0000",
             "ngày 31 tháng 4 năm 2021", "ngày 29 tháng 02 năm 2023", "32/13/2019",
             "ngày 1 tháng 1 năm 1", "ngày 5 tháng 5 năm 99999999999999999999",
             "tháng 13/2020", "quý 9 năm 2020", "năm 0", "năm 99999", "1/1/10000",
             "\nHà Nội, ngày 31 tháng 02 năm 2019\n", "\nSố: 999999999999999999/BC-UBND\n",
             "\nNha Trang, ngày 00 tháng 13 năm 0000\n", "\nSố: /QĐ-\n", "\nHuế, ngày 9\x0c",
             "đến ngày 31/6/2021", "từ ngày 15/12/2020 đến ngày 14/12/99999",
             "Chỉ số CCHC năm 99999 đạt 99,9 điểm", "6 tháng đầu năm 0", "năm 2021 (đến 31/02/2021)"]
BAD_NUMBERS = ["999999999999999999/2018/NĐ-CP", "Nghị định số 999999999999999999/2018/NĐ-CP",
               "Quyết định số 0/0000/QĐ-UBND", "số 12/99999/QĐ-TTg", "1e309%", "1e309",
               "đạt 1e309%", "đạt 99999999999999999999999%", "NaN%", "inf%", "-0%",
               "đạt 0/0 nhiệm vụ", "hoàn thành 5/0 nhiệm vụ", "0/0 ý kiến chiếm 0%",
               "tiếp nhận 0 hồ sơ, giải quyết 0 hồ sơ, tỷ lệ 0%",
               "đạt 85,2/0 điểm", "xếp thứ 0/0", "xếp thứ 99999999999999999999/1",
               "đạt 100000000000000000000000000000000000000 điểm", "1.000.000.000.000.000.000.000 hồ sơ",
               "Chỉ số CCHC năm 2020 đạt 1e309%, xếp thứ 0/0", "Luật số 0/0/QH0",
               "Thông tư số /2018/TT-BNV", "số /", "số -/-", "Số: /BC-UBND"]


def _long_digits(rng: random.Random) -> str:
    unit = rng.choice(["1/", "1/1/", "12.", "1,", "1-", "9", "0 ", "1/2018/", "ngày 1 "])
    return unit * rng.randint(200, 3000)


def _number_positions(text: str) -> list[int]:
    return [i for i, c in enumerate(text) if c.isdigit()] or [0]


def mutate_text(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 5)):
        digits = _number_positions(text)
        at = rng.choice(digits) if rng.random() < 0.7 else rng.randint(0, len(text))
        op = rng.randrange(12)
        if op == 0:  # cut mid-number / mid-date
            text = text[:at] if rng.random() < 0.5 else text[at:]
        elif op == 1:
            text = text[:at] + rng.choice(INSERTS) + text[at:]
        elif op == 2:
            text = text[:at] + rng.choice(ODD) + text[at:]
        elif op == 3:  # NFD some or all of it
            if rng.random() < 0.5:
                text = unicodedata.normalize("NFD", text)
            else:
                end = min(len(text), at + rng.randint(1, 400))
                text = text[:at] + unicodedata.normalize("NFD", text[at:end]) + text[end:]
        elif op == 4:  # duplicated lines
            lines = text.split("\n")
            i = rng.randrange(len(lines))
            lines[i:i] = lines[i:i + rng.randint(1, 5)] * rng.randint(1, 4)
            text = "\n".join(lines)
        elif op == 5:
            text = text[:at] + _long_digits(rng) + text[at:]
        elif op == 6:
            text = text[:at] + " " + rng.choice(BAD_DATES) + " " + text[at:]
        elif op == 7:
            text = text[:at] + " " + rng.choice(BAD_NUMBERS) + " " + text[at:]
        elif op == 8:  # delete a small chunk
            text = text[:at] + text[at + rng.randint(1, 20):]
        elif op == 9:  # a run of odd characters
            text = text[:at] + "".join(rng.choice(ODD + INSERTS) for _ in range(rng.randint(2, 30))) \
                + text[at:]
        elif op == 10:  # a number grows absurdly long, in its own context
            big = rng.choice(["9" * rng.randint(20, 400), "0" * rng.randint(5, 50),
                              "1" + "0" * rng.randint(300, 330), "1.000.000" * 5])
            text = text[:at] + big + text[at:]
        else:  # replace one digit by another character
            if at < len(text):
                text = text[:at] + rng.choice("0123456789/-.,%|\n \x0c") + text[at + 1:]
    return text


def split_pages(rng: random.Random, text: str) -> list[Page]:
    n = rng.choice([1, 1, 2, 3, 5])
    cuts = sorted(rng.randint(0, len(text)) for _ in range(n - 1))
    parts, prev = [], 0
    for c in cuts + [len(text)]:
        parts.append(text[prev:c])
        prev = c
    return [Page(i + 1, p) for i, p in enumerate(parts)]


# ---------------------------------------------------------------- checks

def _iso_ok(value) -> bool:
    if value is None:
        return True
    if not isinstance(value, str):
        return False
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


NON_FINITE = "non-finite value"


def _non_finite(obj, path=""):
    if isinstance(obj, float) and not math.isfinite(obj):
        yield path
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _non_finite(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _non_finite(v, f"{path}[{i}]")


def check(pages: list[Page], extract=extract_loaded) -> list[str]:
    """Run one mutant through the pipeline; return what is wrong (empty: all good)."""
    loaded = Loaded(path="x", sha256="", format="txt", pages=pages)
    with time_limit(MUTANT_SECONDS, "extract"):
        contract = to_contract(extract(loaded))
    problems: list[str] = []
    try:
        json.dumps(contract, allow_nan=False, ensure_ascii=False)
    except ValueError:
        problems += [f"{NON_FINITE} at {where}" for where in _non_finite(contract)] or \
            ["contract is not JSON"]

    def span_ok(where: str, sp: dict) -> None:
        page, start, end, text = sp["page"], sp["start"], sp["end"], sp["text"]
        if not (isinstance(page, int) and 1 <= page <= len(pages)):
            problems.append(f"{where}: page {page} out of 1..{len(pages)}")
            return
        got = pages[page - 1].text[start:end]
        if not (0 <= start <= end <= len(pages[page - 1].text)) or got != text:
            problems.append(f"{where}: [{start}:{end}] is {got!r}, fact says {text!r}")

    for kind in ("references", "laws", "scores", "dossier_stats", "tasks", "ratios"):
        for i, fact in enumerate(contract[kind]):
            span_ok(f"{kind}[{i}]", fact)
            if kind in ("references", "laws") and not _iso_ok(fact.get("date")):
                problems.append(f"{kind}[{i}]: date {fact.get('date')!r} is not ISO")
    for i, f in enumerate(contract["findings"]):
        for j, sp in enumerate(f["evidence"]):
            span_ok(f"findings[{i}].evidence[{j}] ({f['rule']})", sp)
        if not _iso_ok(f.get("date")):
            problems.append(f"findings[{i}]: date {f.get('date')!r} is not ISO")
    doc = contract["document"]
    for name, sp in doc["evidence"].items():
        span_ok(f"document.evidence[{name}]", sp)
    for name in ("date", "published"):
        if not _iso_ok(doc.get(name)):
            problems.append(f"document.{name} {doc.get(name)!r} is not ISO")
    return problems


def run_sweep(seed: int, count: int) -> list[str]:
    """Failures of `count` mutants (at most three per mutant)."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    failures: list[str] = []
    for n in range(count):
        src = rng.randrange(len(texts))
        text = texts[src]
        if len(text) > 6000 and rng.random() < 0.7:  # a window keeps the sweep fast
            at = rng.randrange(len(text) - 3000)
            text = text[at:at + rng.randint(500, 5000)]
        pages = split_pages(rng, mutate_text(rng, text))
        tag = f"seed={seed} mutant={n} ({TEXTS[src].name})"
        try:
            problems = check(pages)
        except Exception as exc:  # noqa: BLE001 - the fuzzer reports every crash
            problems = [f"{type(exc).__name__}: {exc}"]
        failures += [f"{tag}: {p}" for p in problems][:3]
    return failures


def test_checker_catches_a_bad_span():
    """The checker itself can fail: a fact whose text is not at its offsets."""
    pages = [Page(1, "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.")]
    assert check(pages) == []

    def broken(loaded):
        out = extract_loaded(loaded)
        out.references[0].start += 1
        return out
    assert any("references[0]" in p for p in check(pages, extract=broken))


def test_fuzz_quick():
    failures = run_sweep(seed=1, count=250)
    assert not failures, "\n".join(failures[:20])


@pytest.mark.slow
@pytest.mark.parametrize("seed", [2, 3])
def test_fuzz_sweep(seed):
    failures = run_sweep(seed=seed, count=400)
    assert not failures, "\n".join(failures[:20])


# ---------------------------------------------------------------- loading

def _load_cases() -> list[tuple[str, bytes]]:
    rng = random.Random(7)
    cases: list[tuple[str, bytes]] = [("empty.pdf", b""), ("empty.docx", b""),
                                      ("empty.html", b""), ("empty.txt", b"")]
    pdfs = sorted(p for p in FORMATS.glob("*.pdf") if ".scan." not in p.name)
    docx = sorted(FORMATS.glob("*.docx"))
    html = sorted(FORMATS.glob("*.html"))
    for src in pdfs[:3] + docx + html:
        data = src.read_bytes()
        ext = src.suffix
        for frac in (0.01, 0.3, 0.9):  # truncated
            cases.append((f"trunc{ext}", data[:max(1, int(len(data) * frac))]))
        flipped = bytearray(data)
        for _ in range(40):  # flipped bytes
            i = rng.randrange(len(flipped))
            flipped[i] = rng.randrange(256)
        cases.append((f"flip{ext}", bytes(flipped)))
    for ext in (".pdf", ".docx", ".html", ".txt"):
        cases.append((f"random{ext}", rng.randbytes(rng.randint(1, 5000))))
    cases.append(("header-only.pdf", b"%PDF-1.4\n"))
    cases.append(("zip-not-docx.docx", b"PK\x03\x04" + rng.randbytes(200)))
    cases.append(("garbage-after-header.pdf", b"%PDF-1.4\n" + rng.randbytes(3000)))
    cases.append(("binary-body.html", b"<html><body>" + rng.randbytes(3000)))
    cases.append(("docx-named.txt", docx[0].read_bytes()[:20000]))
    return cases


@pytest.mark.parametrize("name,data", _load_cases(),
                         ids=[f"{i}-{n}" for i, (n, _d) in enumerate(_load_cases())])
def test_load_mutated_bytes(tmp_path, name, data):
    from extractor.load import load
    path = tmp_path / name
    path.write_bytes(data)
    with time_limit(60, f"load {name}"):
        try:
            loaded = load(str(path))
        except LoadError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
    assert all(isinstance(page.text, str) for page in loaded.pages)
    assert check(loaded.pages) == []  # what a damaged file yields extracts cleanly


# ---------------------------------------------------------------- storing

def test_fuzz_store(db):
    """What extraction returns for a mutant can be stored (no driver error)."""
    from sqlmodel import Session
    from extractor.store.write import store_extraction
    rng = random.Random(11)
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    failures = []
    for n in range(60):
        text = rng.choice(texts)[:6000]
        for _ in range(3):  # numbers beyond 64 bits in every kind of figure
            at = rng.choice(_number_positions(text))
            text = text[:at] + "9" * rng.randint(19, 60) + text[at:]
        text = mutate_text(rng, text)
        pages = split_pages(rng, text)
        ex = extract_loaded(Loaded(path=f"m{n}.txt", sha256=f"{n:064x}", format="txt",
                                   pages=pages))
        try:
            with Session(db) as session, session.begin():
                store_extraction(session, ex)
        except Exception as exc:  # noqa: BLE001
            failures.append(f"mutant={n}: {type(exc).__name__}: {str(exc)[:200]}")
    assert not failures, "\n".join(failures[:10])
