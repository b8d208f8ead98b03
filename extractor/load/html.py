"""HTML: the article's main text with trafilatura (no hand-written tag stripping).

The page is decoded by its BOM, else its <meta charset>, else as UTF-8, else by the
legacy detection of text.py. trafilatura.extract() gives the main content with line
structure but, on portals that put the lead paragraph (sapo) and the post date line
outside the body container, it leaves them out. When the page has exactly one
<article>, trafilatura.baseline() gives that element's whole text (flat); lines of the
extract are aligned in it and any article text between them (lead, date line,
captions) is put back as lines of its own, in article order."""
from __future__ import annotations

import codecs
import re

from extractor.model import LoadError, Page
from extractor.normalize import to_stored

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes) -> tuple[str, str]:
    from extractor.load.text import detect

    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    m = _META.search(data[:8192])
    if m:
        label = m.group(1).decode("ascii", "ignore").lower()
        try:
            name = codecs.lookup(label).name
        except LookupError:
            name = None
        if name:
            try:
                return data.decode(name), _pretty(name)
            except UnicodeDecodeError:
                pass  # the declaration lies: fall through to detection
    return detect(data)


def _pretty(codec_name: str) -> str:
    return {"utf-8": "utf-8", "cp1258": "windows-1258", "cp1252": "windows-1252",
            "utf-16": "utf-16"}.get(codec_name, codec_name.replace("_", "-"))


def _squash(s: str) -> str:
    return " ".join(s.split())


def _with_article_gaps(lines: list[str], article: str) -> list[str]:
    """Put back article text that sits between (or before) the extracted lines."""
    flat = _squash(article)
    out: list[str] = []
    pos = 0
    for line in lines:
        key = _squash(line)
        if not key:
            out.append(line)
            continue
        at = flat.find(key, pos)
        if at < 0:
            return lines  # the two disagree: keep trafilatura's extract as it is
        gap = flat[pos:at].strip()
        if gap:
            out.append(gap)
        out.append(line)
        pos = at + len(key)
    tail = flat[pos:].strip()
    if tail:
        out.append(tail)
    return out


def main_text(html: str) -> str:
    import trafilatura
    from lxml import html as lxml_html

    text = trafilatura.extract(html, include_tables=True, include_comments=False,
                               include_formatting=False, favor_recall=True,
                               with_metadata=False, output_format="txt") or ""
    meta = trafilatura.extract_metadata(html)
    title = (meta.title or "").strip() if meta else ""
    lines = text.split("\n")
    if title and _squash(title) not in _squash(text[:len(title) * 3]):
        lines.insert(0, title)
    try:
        tree = lxml_html.fromstring(html)
        articles = tree.xpath("//article")
    except Exception:
        articles = []
    if len(articles) == 1:
        _el, article_text, _n = trafilatura.baseline(html)
        if article_text and len(article_text) < 3 * max(1, len(text)) + 2000:
            lines = _with_article_gaps(lines, article_text)
    return "\n".join(lines)


MAX_HTML_MB = 20  # markup left after inline data (data: URIs) is set aside
_DATA_URI = re.compile(rb"""data:[a-zA-Z0-9.+/-]+;base64,[^"')\s>]{256,}""")
TOO_DEEP = ("HTML lồng quá sâu (trình phân tích bỏ mất chữ): lấy toàn bộ chữ của trang / "
            "HTML nested too deep (the parser dropped text): whole page text taken")

_BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
          "table", "ul", "ol", "section", "article", "header", "footer", "blockquote",
          "pre", "title", "dd", "dt", "hr"}
_SKIP = {"script", "style", "noscript", "template"}


class _AllText:
    """Every character of text in a page with the standard library's tokenizer, which
    keeps no tree and so has no depth limit (lxml's parser silently drops everything
    nested 255 or more elements deep)."""

    def __init__(self, visible_only: bool) -> None:
        from html.parser import HTMLParser
        outer = self
        self.parts: list[str] = []
        self.skip = 0
        self.visible_only = visible_only

        class P(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in _SKIP:
                    outer.skip += 1
                elif tag in _BLOCK:
                    outer.parts.append("\n")

            def handle_endtag(self, tag):
                if tag in _SKIP:
                    outer.skip = max(0, outer.skip - 1)
                elif tag in _BLOCK:
                    outer.parts.append("\n")

            def handle_data(self, data):
                if not (outer.visible_only and outer.skip):
                    outer.parts.append(data)

        self.parser = P(convert_charrefs=True)

    def run(self, html: str) -> str:
        self.parser.feed(html)
        self.parser.close()
        return "".join(self.parts)


def _chars(s: str) -> int:
    return sum(1 for c in s if not c.isspace())


def _lost_by_parser(html: str) -> bool:
    """Did lxml's tree lose text the markup holds (nesting too deep)?"""
    from lxml import html as lxml_html
    try:
        tree = lxml_html.fromstring(html)
        kept = _chars(tree.text_content())
    except Exception:
        return False
    everything = _chars(_AllText(visible_only=False).run(html))
    return kept < 0.9 * everything - 50


def _whole_text(html: str) -> str:
    lines = [" ".join(ln.split()) for ln in _AllText(visible_only=True).run(html).split("\n")]
    return "\n".join(ln for ln in lines if ln)


def load_html(data: bytes) -> tuple[list[Page], str, list[str]]:
    if len(data) > MAX_HTML_MB * 1024 * 1024 and \
            len(_DATA_URI.sub(b"", data)) > MAX_HTML_MB * 1024 * 1024:
        raise LoadError(f"trang HTML quá lớn (> {MAX_HTML_MB} MB không kể ảnh nhúng) / HTML "
                        f"page too large (> {MAX_HTML_MB} MB besides inline images)")
    html, encoding = decode_html(data)
    warnings: list[str] = []
    if _lost_by_parser(html):
        text = _whole_text(html)
        warnings.append(TOO_DEEP)
    else:
        text = main_text(html)
    if not text.strip():
        raise LoadError("trang HTML không có nội dung chính / HTML page has no main text")
    return [Page(1, to_stored(text))], encoding, warnings
