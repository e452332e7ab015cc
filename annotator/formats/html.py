"""HTML articles: the visible text only.

Parsed with the standard library's html.parser, which never fetches anything:
scripts, styles, templates, embedded frames and remote resources are ignored,
and no code runs. Block elements become paragraph breaks, table cells are
separated by a space. HTML5's optional tags are allowed: a head without
`</head>` ends where the body's content starts, and a `<title>` left open
ends at the next tag.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePath

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, Document
from annotator.core.text import normalise_text, title_from_filename
from annotator.formats.common import ReadResult, decode

# Elements whose content is never shown. `head` is not among them: what the head may
# hold (title, meta, link, style, script...) is hidden by its own element, and a head
# whose end tag is left out (HTML5 allows it) must not hide the body.
_INVISIBLE = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "object", "canvas", "math",
     "select", "button", "textarea", "datalist"}
)  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "aside", "main", "nav", "h1", "h2",
     "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figure",
     "figcaption", "dd", "dt", "dl", "hr", "address", "form", "fieldset", "details", "summary",
     "caption", "thead", "tbody", "tfoot", "center", "body", "html", "menu", "legend"}
)  # fmt: skip
# Table cells end with a space, so that adjacent cells never glue their words together.
_CELLS = frozenset({"td", "th"})
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
     "track", "wbr", "param", "keygen"}
)  # fmt: skip
# What HTML5 lets the head hold; any other start tag (or visible text) ends the head.
_HEAD_CONTENT = frozenset(
    {"title", "meta", "link", "style", "script", "noscript", "base", "template", "head", "html"}
)
# Longest title kept: a title that was never closed must not take the article with it.
_MAX_TITLE = 300


class _VisibleText(HTMLParser):
    """Collects the visible text in one pass, in time linear in the page.

    Open elements are counted by name (not searched for in a list), so an end tag
    costs the elements it closes, never a scan of everything still open: 350 KB of
    nested tags parse in about as long as 350 KB of paragraphs.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_head = True  # until the body starts, explicitly or implicitly
        self.in_title = False
        self.in_h1 = False
        self.title_parts: list[str] = []
        self.h1_parts: list[str] = []
        self.published: str | None = None
        self.stack: list[str] = []
        self.open: dict[str, int] = {}

    @property
    def title(self) -> str:
        return "".join(self.title_parts)[:_MAX_TITLE]

    @property
    def h1(self) -> str:
        return "".join(self.h1_parts)[:_MAX_TITLE]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and self.published is None:
            values = dict(attrs)
            key = (values.get("property") or values.get("name") or "").lower()
            if key in {"article:published_time", "date", "pubdate", "dc.date"}:
                self.published = values.get("content")
        elif tag == "time" and self.published is None:
            self.published = dict(attrs).get("datetime") or None
        # A title ends at its end tag, or at the first tag after it (it holds text only).
        self.in_title = tag == "title" and not self.hidden
        if tag not in _HEAD_CONTENT:
            self.in_head = False
        if tag in _VOID:
            if not self.hidden:
                if tag == "br":
                    self.parts.append("\n")
                elif tag == "hr":
                    self.parts.append("\n\n")
            return
        self.stack.append(tag)
        self.open[tag] = self.open.get(tag, 0) + 1
        if tag in _INVISIBLE:
            self.hidden += 1
        elif tag in _BLOCKS and not self.hidden:
            self.parts.append("\n\n")
        elif tag in _CELLS and not self.hidden:
            self.parts.append(" ")  # an unclosed cell before this one ends here
        if tag == "h1":
            self.in_h1 = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <div/> and the like: HTML ignores the slash on non-void elements, so do we for
        # the void ones and treat the rest as opened and closed at once.
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "head":
            self.in_head = False
        if tag in _VOID or not self.open.get(tag):
            return  # a stray end tag closes nothing
        while self.stack:
            open_tag = self.stack.pop()
            self.open[open_tag] -= 1
            if open_tag in _INVISIBLE:
                self.hidden -= 1
            elif open_tag == "h1":
                self.in_h1 = False
            if open_tag in _CELLS and not self.hidden:
                self.parts.append(" ")
            elif open_tag in _BLOCKS and not self.hidden:
                self.parts.append("\n\n")
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_title:
            if sum(map(len, self.title_parts)) < _MAX_TITLE:
                self.title_parts.append(data)
            return  # the title is not part of the article's text
        if self.hidden:
            return
        if self.in_head:
            if data.isspace():
                return
            self.in_head = False  # visible text starts the body (HTML5: "anything else")
        if self.in_h1 and sum(map(len, self.h1_parts)) < _MAX_TITLE:
            self.h1_parts.append(data)
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
