"""The fast text paths give exactly what their plain definitions give (issue 12): the
match view is `text.translate(lookalike table)`, and a page's search words are the
marks-dropped text split on everything but letters, digits and private-use characters,
whatever the path that computes them."""
from pathlib import Path

import unicodedata

import regex

from extractor.normalize import _view_table, match_view, to_stored
from extractor.search import DROP_MARKS, loose

ROOT = Path(__file__).resolve().parent.parent


def _corpus_texts() -> list[str]:
    texts = []
    for folder in ("corpora/seeds", "corpora/unseen"):
        for p in sorted((ROOT / folder).glob("*.txt")):
            texts.append(p.read_text(encoding="utf-8"))
    return texts


# hostile strings: every whitespace kind, lookalikes, eth, Greek final sigma, CJK and
# circled numerals (So with a numeric value), private use, the grapheme joiner, combining
# marks outside U+0300..U+036F, quotes, dashes, emoji
ODD = ["Ð ð ǎ Ǎ\u00a0x\u2007y\u200bz\u3000\ufeff\t\r\n\x0b\x0c\x85\u2028\u2029",
       "ΟΔΟΣ ΟΔΟΣ. ΣΑΣ", "Quyết định “số 12” — năm 2024… ① ㈠ ½ ²",
       "a\u034fb c\u0483d e\u1dc0f g\u20d0h", "\ue000ab\uf8ff cd", "x😀y", "İSTANBUL ǅ ﬁ",
       "Hòa hoà HOÀ Uỷ ủy đĐ", "", " ", "--", "a_b a-b a.b 1,5 1.5"]


def _view_by_translate(text: str) -> str:
    return text.translate(_view_table())


def _loose_by_definition(text: str) -> str:
    bare = unicodedata.normalize("NFD", _view_by_translate(to_stored(text)).lower())
    words = regex.split(r"[^\p{L}\p{N}\p{Co}]+", bare.replace("đ", "d").translate(DROP_MARKS))
    return " ".join(w for w in words if w)


def test_match_view_is_the_lookalike_translation_on_every_corpus_text_and_odd_strings():
    for text in _corpus_texts() + ODD:
        stored = to_stored(text)
        assert match_view(stored) == _view_by_translate(stored)
        assert len(match_view(stored)) == len(stored)


def test_search_words_of_long_and_short_texts_are_the_plain_definition():
    for text in _corpus_texts() + ODD:
        for t in (text, text * (1 + 2000 // max(1, len(text)))):  # short and page-long
            assert loose(t) == _loose_by_definition(t), t[:80]


def _tone_by_definition(text: str) -> str:
    from extractor.normalize import _OLD_PLACEMENT
    nfd = unicodedata.normalize("NFD", text)
    nfd = _OLD_PLACEMENT.sub(lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], nfd)
    return unicodedata.normalize("NFC", nfd)


def test_tone_placement_skips_the_round_trip_only_where_nothing_can_move():
    from extractor.normalize import _tone_new_style
    # every o/u + vowel + tone written precomposed, decomposed, in NFD, upper case, with
    # another mark after the tone (not old-style), and after q
    vowels = "aăâeêiyoôơuư"
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    cases = []
    for first in "oOuUqQ":
        for v in vowels + vowels.upper():
            for tone in tones:
                for extra in ("", "\u0302", " ", "n"):
                    for form in ("NFC", "NFD"):
                        cases.append(unicodedata.normalize(form, f"h{first}{v}{tone}{extra}"))
                        cases.append(f"h{first}{v}{tone}{extra}")
    for text in cases + _corpus_texts() + ODD:
        assert _tone_new_style(text) == _tone_by_definition(text), repr(text)


def _contract_by_asdict(ex) -> dict:
    from dataclasses import asdict

    from extractor import SCHEMA

    def strip(d, drop):
        return {k: v for k, v in d.items() if k not in drop}
    meta = asdict(ex.document)
    meta["evidence"] = {k: asdict(span) for k, span in ex.document.evidence.items()}
    return {
        "schema": SCHEMA, "source": ex.source.source_json(), "document": meta,
        "references": [strip(asdict(r), ("date_span",)) for r in ex.references],
        "laws": [asdict(x) for x in ex.laws],
        "scores": [strip(asdict(x), ("scope_unit",)) for x in ex.scores],
        "dossier_stats": [strip(asdict(x), ("evidence", "scope_unit", "table", "total_row"))
                          for x in ex.dossier_stats],
        "tasks": [asdict(x) for x in ex.tasks],
        "ratios": [asdict(x) for x in ex.ratios],
        "findings": [strip(asdict(f), ("doc_sha256",)) for f in ex.findings],
    }


def test_extract_json_is_asdict_of_the_extraction_on_every_corpus_text():
    import json

    from extractor.stages import extract_path, to_contract
    paths = sorted((ROOT / "corpora/seeds").glob("*.txt")) + sorted(
        (ROOT / "corpora/unseen").glob("*.txt"))[:40]
    for p in paths:
        ex = extract_path(str(p))
        fast, plain = to_contract(ex), _contract_by_asdict(ex)
        assert fast == plain
        assert json.dumps(fast, ensure_ascii=False) == json.dumps(plain, ensure_ascii=False)


def test_numberless_reference_scan_finds_what_a_scan_of_the_whole_text_finds():
    from extractor.audit.text_checks import _type_word_matches, _type_words
    pattern = _type_words()
    odd = ["Quyết định số về việc", "Kế  \n\n  hoạch   số : ngày 3", "(Quyết định số /QĐ-UBND)",
           "Nghị quyết liên tịch số ….../NQLT-BNV-", "quyết định SỐ VỀ", "xQuyết định số về",
           "Báo cáo số số về Báo cáo số về Báo cáo số /BC-", "Kế\u2003hoạch\u00a0số\u202fvề",
           "Quyết định số ban  hành; Quyết định số banhành", "Thông tư số /TT-\x1cQuyết định số về"]
    for text in _corpus_texts() + ODD + odd + [" ".join(odd) * 3]:
        view = match_view(to_stored(text))
        assert ([m.span() for m in _type_word_matches(pattern, view)]
                == [m.span() for m in pattern.finditer(view)])


def test_a_number_written_with_spaces_is_found_where_its_spaced_pattern_finds_it():
    from extractor.audit.references import _spaced_find
    cases = [("61/2018/NĐ-CP", "theo Nghị định số 61 / 2018 /NĐ - CP ngày"),
             ("61/2018/NĐ-CP", "61/2018/NĐ-CP"), ("12/QĐ", "1 12 / QĐ"), ("12/QĐ", "12/Q Đ x"),
             ("12/QĐ", "12/QD"), ("1/1", "1 1 1/ 1"), ("a", ""), ("ab", "a\u2003\u00a0\nb"),
             ("ab", "a\x1cb"), ("a\u180eb", "a\u180eb a \u180e b"), ("45/KH-UBND", "45/KH-\nUBND")]
    for number, text in cases:
        m = regex.search(r"\s*".join(regex.escape(c) for c in number), text)
        assert _spaced_find(number, text) == (m.span() if m else None), (number, text)


def test_unit_alternations_with_one_word_start_match_as_each_alias_with_its_own():
    """grammar/units.py puts the word-start lookbehind every alias pattern begins with
    once in front of each alternation: every match stays where it was."""
    from extractor.grammar import units as u
    texts = [match_view(to_stored(t)) for t in _corpus_texts()] + [
        "UBND TP. Hải Dương, Tp.HCM, T.P Huế, thị  xã Sơn Tây, TX.Cửa Lò, phườngA, xã-Tân",
        "Ủy ban nhân dân xã Tóc Tiên; Sở Nội vụ; cơ sở; Hội đồng nhân dân phường 3, Quận 1"]
    for kind in {v.kind for v in u.vocab()}:
        alts = []
        for i, v in enumerate(u._of_kind(kind)):
            inner = "|".join(u._alias_pattern(a, v.named)
                             for a in sorted(v.aliases, key=len, reverse=True))
            alts.append(f"(?P<{kind[0]}{i}>{inner})")
        each = regex.compile("(?i:" + "|".join(alts) + ")")
        one = u.kind_regex(kind)
        for view in texts:
            assert ([(m.span(), m.lastgroup) for m in one.finditer(view)]
                    == [(m.span(), m.lastgroup) for m in each.finditer(view)])
        for v in u._of_kind(kind):
            each_v = regex.compile("(?i:" + "|".join(
                u._alias_pattern(a, v.named) for a in sorted(v.aliases, key=len, reverse=True)) + ")")
            for view in texts[-2:] + texts[:5]:
                assert ([m.span() for m in v.regex.finditer(view)]
                        == [m.span() for m in each_v.finditer(view)])


def _figure_views() -> list[str]:
    from extractor.normalize import DocText
    return [DocText.from_text(to_stored(t)).view for t in _corpus_texts()[:40]]


def test_a_cue_scan_of_the_document_being_read_is_the_plain_scan_however_often_asked():
    """figure_vocab.scan keeps the scans of the last long text: asked again (several
    finders), asked of another text in between, and after a caller changed the list it got,
    it answers what scan_plain (the computation) answers."""
    from extractor.find import figure_vocab as V
    views = _figure_views()
    kinds = ["index", "scope", "dossier_field", "dossier_rate", "rank_word", "ranking_column"]
    picked = [c for c in V.cues() if c.kind in kinds]
    assert any(len(v) >= V._SCAN_MIN_LEN for v in views) and any(len(v) < V._SCAN_MIN_LEN for v in views)
    for i, view in enumerate(views):
        other = views[(i + 1) % len(views)]
        for c in picked:
            want = V.scan_plain(c, view)
            got = V.scan(c, view)
            assert got == want == [(m.start(), m.end()) for m in c.pattern.finditer(view)]
            got.append((-1, -1))  # a caller's list is its own
            assert V.scan(c, view) == want
            mid = len(view) // 2
            assert V.scan(c, view, mid) == V.scan_plain(c, view, mid)
            assert V.scan(c, view, 3, mid) == V.scan_plain(c, view, 3, mid)
            assert V.scan(c, view, 0, mid) == V.scan_plain(c, view, 0, mid)
            assert V.scan(c, other) == V.scan_plain(c, other)  # another text in between
            assert V.scan(c, view) == want


def test_repeated_paragraphs_asked_again_or_of_another_text_are_the_plain_ones():
    from extractor.find import figure_grammar as G
    texts = [to_stored(t) for t in _corpus_texts()] + ["Một đoạn văn đủ dài để được tính là lặp lại "
                                                       "trong bài viết này, một hai ba.\n" * 3]
    assert any(G.repeated_paragraphs_plain(t) for t in texts)
    for i, text in enumerate(texts):
        want = G.repeated_paragraphs_plain(text)
        got = G.repeated_paragraphs(text)
        assert got == want
        got.append((0, 0))
        assert G.repeated_paragraphs(text) == want
        assert G.repeated_paragraphs(text, 10) == G.repeated_paragraphs_plain(text, 10)
        other = texts[(i + 1) % len(texts)]
        assert G.repeated_paragraphs(other) == G.repeated_paragraphs_plain(other)
        assert G.repeated_paragraphs(text) == want


def test_sentence_ends_are_the_stops_not_after_an_abbreviation_and_runs_of_spaces():
    """figure_grammar._SENT_END looks behind for the abbreviation after reading the stop;
    it finds what the lookbehind before the stop finds."""
    from extractor.find.figure_grammar import _SENT_END
    plain = regex.compile(r"(?<!(?<!\w)(?:TP|Tp|TX|Tx|ThS|TS|PGS|GS|Th\.S))[.;!?](?=\s|$)|\s{3,}")
    odd = ["TP. Hà Nội; TX.Sơn Tây. ThS. A! PGS.TS. B? GS.; Th.S. C", "xTP. yTS. zGS.", "a.\n",
           "a;", ". ; ! ?", "   .   ", "TP.", "ThS.  \n", "Tp.HCM. Tx! ATS. THS. Th.S.S."]
    for text in _corpus_texts() + ODD + odd:
        for t in (text, match_view(to_stored(text))):
            assert [m.span() for m in _SENT_END.finditer(t)] == [m.span() for m in plain.finditer(t)]
            for pos in range(0, len(t), max(1, len(t) // 50)):
                a, b = _SENT_END.search(t, pos), plain.search(t, pos)
                assert (a and a.span()) == (b and b.span())


def test_the_fractions_of_a_document_asked_again_or_after_another_text_are_find_fractions():
    """numbers.all_fractions keeps a text's fractions for the finders that share them."""
    from extractor.find.numbers import all_fractions, find_fractions
    texts = [match_view(to_stored(t)) for t in _corpus_texts()] + ["82/82 và 10,947/16; 15/9/2021"]
    assert sum(len(all_fractions(t)) for t in texts) > 50
    for i, text in enumerate(texts):
        want = list(find_fractions(text))
        got = all_fractions(text)
        assert got == want
        got.clear()  # a caller's list is its own
        other = texts[(i + 1) % len(texts)]
        assert all_fractions(other) == list(find_fractions(other))
        assert all_fractions(text) == want


def test_a_text_file_is_binary_by_the_count_of_its_stray_control_bytes_as_byte_by_byte():
    import os
    import random
    from extractor.load.text import SAMPLE, _CONTROL_OK, _is_binary

    def by_definition(data: bytes) -> bool:
        sample = data[:SAMPLE]
        if b"\x00" in sample:
            return True
        controls = sum(1 for b in sample if b < 0x20 and b not in _CONTROL_OK)
        return controls > max(8, len(sample) // 50)

    rnd = random.Random(12)
    samples = [t.encode("utf-8") for t in _corpus_texts() + ODD]
    samples += [os.urandom(n).replace(b"\0", b"a") for n in (1, 100, 5000, SAMPLE + 10)]
    for _ in range(2000):
        alphabet = bytes(rnd.sample(range(1, 256), rnd.randint(1, 40)))
        samples.append(bytes(rnd.choice(alphabet) for _ in range(rnd.randint(0, 600))))
    for data in samples:
        assert _is_binary(data) == by_definition(data), data[:60]


def test_ocr_digit_repair_has_nothing_to_do_where_no_digit_stands_next_to_o_or_l():
    """ocr_digits skips its token scan when no ASCII digit touches O/o/I/l: every token
    the scan would repair holds such a pair."""
    import random
    from extractor.grammar.dates import _OCR_PAIR, _OCR_TOKEN, ocr_digits

    rnd = random.Random(7)
    texts = _corpus_texts() + ODD + ["2O18", "61/2O18/NĐ-CP", "1O/QĐ", "l2", "O٣", "OI 2 l"]
    texts += ["".join(rnd.choice("0123456789OoIlxĐ/.- \n٣") for _ in range(rnd.randint(0, 12)))
              for _ in range(20000)]
    for text in texts:
        if _OCR_PAIR.search(text) is None:
            assert _OCR_TOKEN.search(text) is None, text
            assert ocr_digits(text) == text
    assert ocr_digits("Nghị định số 61/2O18/NĐ-CP") == "Nghị định số 61/2018/NĐ-CP"


def test_the_line_start_of_a_criterion_label_is_after_the_last_line_break_before_it():
    from extractor.find.scores import _line_start
    for text in _corpus_texts() + ODD + ["\n", "\n\nx", "ab\n"]:
        for pos in range(0, len(text) + 1, max(1, len(text) // 300)):
            assert _line_start(text, pos) == text.rfind("\n", 0, pos) + 1
