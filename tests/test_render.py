"""Spec of the displaCy evidence view (extractor/render.py)."""
import html as htmllib
import re

import pytest

from extractor.find.references import find_references
from extractor.model import Page
from extractor.normalize import DocText
from extractor.render import SpanError, render_html

PAGES = [Page(1, "Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018\ncủa Chính phủ;\n\n"
                 "Chỉ số CCHC năm 2020 đạt 85,5 điểm <b>tăng</b>."),
         Page(2, "Thực hiện Kế hoạch\nsố 12/KH-UBND ngày 02/3/2021 & Luật Cán bộ, công chức.")]


def span_of(page, needle, label):
    text = PAGES[page - 1].text
    i = text.index(needle)
    return (page, i, i + len(needle), label)


def plain(html, labels):
    """Visible text: tags dropped, labels dropped, entities decoded, spaces folded."""
    body = html.split("<body", 1)[1]
    text = htmllib.unescape(re.sub(r"<[^>]+>", " ", body))
    for lab in labels:
        text = text.replace(lab, " ")
    return " ".join(text.split())


def test_labels_and_span_texts_are_shown_with_every_page():
    spans = [span_of(1, "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018", "REFERENCE"),
             span_of(1, "85,5 điểm", "SCORE"),
             span_of(2, "Kế hoạch\nsố 12/KH-UBND ngày 02/3/2021", "REFERENCE"),
             span_of(2, "Luật Cán bộ, công chức", "LAW")]
    out = render_html(PAGES, spans, title="Báo cáo 12")
    assert out.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in out
    assert "<title>Báo cáo 12</title>" in out
    for lab in ("REFERENCE", "SCORE", "LAW"):
        assert lab in out
    assert out.count("REFERENCE") == 2  # one label per span, at its start
    shown = plain(out, ["REFERENCE", "SCORE", "LAW"])
    for p, s, e, _ in spans:
        assert " ".join(PAGES[p - 1].text[s:e].split()) in shown
    # page text outside spans is there too, in order, and the pages are titled
    assert shown.index("Trang 1 / Page 1") < shown.index("Căn cứ") < shown.index(
        "Trang 2 / Page 2") < shown.index("Thực hiện")
    # markup in the text is escaped, not interpreted
    assert "&lt;b&gt;tăng&lt;/b&gt;" in out and "<b>" not in out.split("<body", 1)[1]
    assert "&amp;" in out


def test_line_breaks_outside_spans_are_kept():
    out = render_html(PAGES, [span_of(1, "61/2018/NĐ-CP", "REFERENCE")])
    assert "của Chính phủ; <br>\n<br>" in out
    # a break inside a span is not drawn (the span stays one run)
    out = render_html(PAGES, [span_of(2, "Kế hoạch\nsố 12/KH-UBND", "REFERENCE")])
    page2 = out.split("Trang 2 / Page 2", 1)[1]
    assert "<br>" not in page2


def test_span_inside_a_word_and_overlapping_spans():
    spans = [span_of(1, "2018/NĐ-CP", "YEAR+SYMBOL"), span_of(1, "61/2018", "PART"),
             span_of(1, "Nghị định số 61/2018/NĐ-CP", "REFERENCE")]
    out = render_html(PAGES, spans)
    assert "YEAR+SYMBOL" in out and "PART" in out and "REFERENCE" in out
    shown = plain(out, ["YEAR+SYMBOL", "PART", "REFERENCE"])
    # the word is cut at the span edges, every character still shown once
    assert "61/ 2018 /NĐ-CP" in shown


def test_labels_are_escaped_and_coloured():
    out = render_html(PAGES, [span_of(1, "85,5 điểm", "a<b>"), span_of(1, "CCHC", "FINDING")])
    assert "a&lt;b&gt;" in out and "a<b>" not in out
    assert "#ff8197" in out  # FINDING's colour


@pytest.mark.parametrize("bad", [(3, 0, 4, "X"), (1, 5, 5, "X"), (1, -1, 4, "X"),
                                 (1, 0, 10_000, "X"), (1, 4, 2, "X"), (1, 0, 4)])
def test_spans_that_do_not_point_into_the_page_are_refused(bad):
    with pytest.raises(SpanError):
        render_html(PAGES, [bad])
    with pytest.raises(ValueError):  # SpanError is a ValueError
        render_html(PAGES, [bad])


def test_whitespace_only_span_is_not_drawn():
    i = PAGES[1].text.index("\n")
    out = render_html(PAGES, [(2, i, i + 1, "GAP")])
    assert "GAP" not in out


def test_references_found_on_pages_render_at_their_offsets():
    doc = DocText(PAGES)
    refs = find_references(doc)
    assert len(refs) == 2
    spans = [(r.page, r.start, r.end, "REFERENCE") for r in refs]
    shown = plain(render_html(PAGES, spans), ["REFERENCE"])
    for r in refs:
        assert PAGES[r.page - 1].text[r.start:r.end] == r.text
        assert " ".join(r.text.split()) in shown
