"""HTML articles: the visible text only.

Tokenized here, in one forward pass that follows HTML5's tokenizer where it
matters for text (comments and bogus comments, quoted attribute values, raw
text in script and style, character references), and never fetches anything:
scripts, styles, templates, embedded frames and remote resources are ignored,
and no code runs. Block elements become paragraph breaks, table cells are
separated by a space. HTML5's optional tags are allowed: a head without
`</head>` ends where the body's content starts, and a `<title>` left open
ends at the next tag.

Why not the standard library's html.parser: on Python 3.11 it rescans the
rest of the page after every `<` that does not end a tag, so hostile input
such as `<a<a<a...` takes quadratic time (160 KB: nearly five minutes).
Every token here is found by one regular expression match from the current
position that never looks behind it, so the whole page is read once.
"""

from __future__ import annotations

import html
import re
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


# One token from the current position. Each alternative either consumes up to a fixed
# terminator (or the end of the page) or stops at the next "<", so matching never
# rescans text that an earlier match already passed.
_TOKEN = re.compile(
    r"""
    (?P<text>[^<]+)
  | (?P<comment><!--.*?(?:-->|\Z))
  | (?P<bogus><[!?][^>]*>?)
  | </(?P<end>[A-Za-z][^\s/>]*)[^>]*>?
  | <(?P<start>[A-Za-z][^\s/>]*)
  | (?P<lt><)
    """,
    re.DOTALL | re.VERBOSE,
)
# One attribute inside a start tag; an unclosed quote runs to the end of the page, as in
# HTML5 (the tag is then never completed, and nothing after it is text).
_ATTRIBUTE = re.compile(
    r"""[\s/]*(?P<name>[^\s/>=][^\s/>=]*)
        (?:\s*=\s*(?:"(?P<dq>[^"]*)"?|'(?P<sq>[^']*)'?|(?P<bare>[^\s>]*)))?""",
    re.VERBOSE,
)
# Elements whose content is raw text: it runs to the matching end tag, markup included.
_RAW_TEXT = {
    name: re.compile(rf"</{name}(?=[\s/>]|\Z)", re.IGNORECASE)
    for name in ("script", "style", "xmp", "iframe", "noembed", "noframes", "textarea")
}


def _tokens_into(page: str, sink: _VisibleText) -> None:
    """Feed the tokens of `page` to `sink`'s handlers, in one pass."""
    match = _TOKEN.match
    attribute = _ATTRIBUTE.match
    at, n = 0, len(page)
    while at < n:
        m = match(page, at)
        assert m is not None  # "<" alone always matches
        at = m.end()
        kind = m.lastgroup
        if kind == "text" or kind == "lt":
            sink.handle_data(html.unescape(m.group()))
        elif kind == "end":
            sink.handle_endtag(m.group("end").lower())
        elif kind == "start":
            tag = m.group("start").lower()
            attrs: list[tuple[str, str | None]] = []
            closed = False
            while at < n:
                if page[at] == ">":
                    closed = page[at - 1] == "/"
                    at += 1
                    break
                a = attribute(page, at)
                if a is None or a.end() == at:
                    at += 1  # a stray "=" or quote: skip it
                    continue
                at = a.end()
                value = a.group("dq")
                if value is None:
                    value = a.group("sq")
                if value is None:
                    value = a.group("bare")
                attrs.append(
                    (a.group("name").lower(), None if value is None else html.unescape(value))
                )
            if closed and tag not in _VOID:
                sink.handle_startendtag(tag, attrs)
            else:
                sink.handle_starttag(tag, attrs)
            raw = _RAW_TEXT.get(tag)
            if raw is not None and not closed:
                found = raw.search(page, at)
                stop = found.start() if found else n
                if tag == "textarea":
                    sink.handle_data(html.unescape(page[at:stop]))
                at = stop
        # comments, doctypes and processing instructions carry no text


class _VisibleText:
    """Collects the visible text in one pass, in time linear in the page.

    Open elements are counted by name (not searched for in a list), so an end tag
    costs the elements it closes, never a scan of everything still open: 350 KB of
    nested tags parse in about as long as 350 KB of paragraphs.
    """

    def __init__(self) -> None:
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
    _tokens_into(normalise_text(decode(data, name, encoding)), parser)
    text = normalise_text(_tidy("".join(parser.parts)))
    if not text.strip():
        raise InputError("the page has no visible text", file=name)
    title = " ".join((parser.title or parser.h1).split()) or title_from_filename(
        PurePath(name).stem
    )
    document = Document.from_text(text, title=title, source=name, published=parser.published)
    return ReadResult(items=[AnnotatedDocument(document)])
