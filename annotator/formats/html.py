"""HTML articles: the visible text only.

Parsed with the standard library's html.parser, which never fetches anything:
scripts, styles, templates, embedded frames and remote resources are ignored,
and no code runs. Block elements become paragraph breaks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, Document
from annotator.core.text import normalise_text, title_from_filename
from annotator.formats.common import ReadResult, decode

_INVISIBLE = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "svg",
    "iframe",
    "object",
    "canvas",
    "math",
    "select",
    "button",
}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "hr",
    "address",
    "form",
}
_VOID = {
    "br",
    "img",
    "hr",
    "meta",
    "link",
    "input",
    "area",
    "base",
    "col",
    "embed",
    "source",
    "track",
    "wbr",
    "param",
}


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""
        self.published: str | None = None
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "meta" and self.published is None:
            key = (values.get("property") or values.get("name") or "").lower()
            if key in {"article:published_time", "date", "pubdate", "dc.date"}:
                self.published = values.get("content")
        if tag == "time" and self.published is None and values.get("datetime"):
            self.published = values.get("datetime")
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag == "br" and not self.hidden:
                self.parts.append("\n")
            elif tag == "hr" and not self.hidden:
                self.parts.append("\n\n")
            return
        self.stack.append(tag)
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCKS and not self.hidden:
            self.parts.append("\n\n")
        if tag == "h1":
            self.in_h1 = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag == "h1":
            self.in_h1 = False
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            open_tag = self.stack.pop()
            if open_tag in _INVISIBLE:
                self.hidden -= 1
            if open_tag == tag:
                break
        if tag in _BLOCKS and not self.hidden:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.hidden:
            return
        if self.in_h1:
            self.h1 += data
        self.parts.append(data)


def _tidy(raw: str) -> str:
    paragraphs = []
    for block in re.split(r"\n\s*\n", raw):
        lines = [re.sub(r"[ \t\r\f\v\u00a0]+", " ", line).strip() for line in block.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            paragraphs.append(text)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def read_html(data: bytes, name: str, encoding: str | None = None) -> ReadResult:
    """One document holding the page's visible text, paragraphs separated by a blank line."""
    parser = _VisibleText()
    parser.feed(normalise_text(decode(data, name, encoding)))
    parser.close()
    text = normalise_text(_tidy("".join(parser.parts)))
    if not text.strip():
        raise InputError("the page has no visible text", file=name)
    title = " ".join((parser.title or parser.h1).split()) or title_from_filename(
        PurePath(name).stem
    )
    document = Document.from_text(text, title=title, source=name, published=parser.published)
    return ReadResult(items=[AnnotatedDocument(document)])
