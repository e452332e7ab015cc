"""Every importer with good and bad input: bytes in, documents (or located problems) out."""

from __future__ import annotations

import json
import socket
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import InputError
from annotator.core.text import normalise_text
from annotator.formats.common import ReadOptions, decode
from annotator.formats.csv_table import read_csv
from annotator.formats.html import read_html
from annotator.formats.jsonl import read_jsonl
from annotator.formats.text import read_text

ARTICLE = "Shelling hits Kharvelo market\n\nAt least 12 people were killed, officials said.\n"


def _only(result: Any) -> Any:
    assert result.problems == []
    (item,) = result.items
    return item


# -- plain text and Markdown ---------------------------------------------------------


def test_txt_with_a_headline_takes_it_as_title_and_keeps_it_in_the_text() -> None:
    doc = _only(read_text(ARTICLE.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "Shelling hits Kharvelo market"
    assert doc.text == ARTICLE
    assert doc.source == "in/03-kharvelo.txt"


def test_txt_without_a_headline_is_titled_from_its_file_name() -> None:
    text = "At least 12 people were killed, officials said.\nMore followed.\n"
    doc = _only(read_text(text.encode(), "in/03-kharvelo_market.txt")).document
    assert doc.title == "03 kharvelo market"
    assert doc.text == text


@pytest.mark.parametrize(
    "furniture",
    [
        "Home > News > Kharvelo\n\n",
        "Home | News | Security | Politics | Sport\n\n",
        "View this email in your browser\n\n",
    ],
)
def test_txt_opening_with_page_furniture_takes_the_headline_after_it(furniture: str) -> None:
    # A scraped page's breadcrumb or e-mail header is greyed as furniture: the document
    # list shows the article's headline, and the text (offsets) keeps every character.
    doc = _only(read_text((furniture + ARTICLE).encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "Shelling hits Kharvelo market"
    assert doc.text == furniture + ARTICLE


@pytest.mark.parametrize(
    "date_line", ["Lima, Dec. 3", "Thursday, December 4th 2026 - 10:21 UTC", "21/11/2026"]
)
def test_a_date_line_under_the_furniture_is_not_the_title(date_line: str) -> None:
    furniture = "Home > News > Kharvelo\n" + date_line + "\n\n"
    doc = _only(read_text((furniture + ARTICLE).encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "Shelling hits Kharvelo market"


def test_a_headline_with_a_date_in_it_stays_the_title() -> None:
    text = "Home > News\n\nMarch 2026 killings: 40 dead in Kharvelo\n\nOfficials said so.\n"
    doc = _only(read_text(text.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "March 2026 killings: 40 dead in Kharvelo"


def test_a_question_above_a_blank_line_is_the_title_but_not_a_first_sentence() -> None:
    text = "Why is Kharvelo still divided?\n\nA sniper killed a girl last week, officials said.\n"
    doc = _only(read_text(text.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "Why is Kharvelo still divided?"
    text = "Why is Kharvelo still divided?\nA sniper killed a girl last week, officials said.\n"
    doc = _only(read_text(text.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "03 kharvelo"


@pytest.mark.parametrize("buttons", ["Share\nSave\n", "Share\n", "Share\nSave\n\n"])
def test_share_buttons_under_the_headline_do_not_hide_it(buttons: str) -> None:
    # A scraped page's share buttons sit between its headline and the body: the
    # headline is still the title, and a first sentence over them is still none.
    body = "At least 12 people were killed in Kharvelo, officials said.\n"
    text = "Shelling hits Kharvelo market\n" + buttons + body
    doc = _only(read_text(text.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "Shelling hits Kharvelo market"
    assert doc.text == text
    text = "Officials said 12 people were killed.\n" + buttons + body
    assert _only(read_text(text.encode(), "in/03-kharvelo.txt")).document.title == "03 kharvelo"


@pytest.mark.parametrize(
    ("header", "title"),
    [
        # a sitrep under its country, with its number and date
        (
            "REPUBLIC OF SOUTH SUDAN\nUpper Nile: Fighting around Nasir displaces families\n"
            "Situation Report No. 4\nAs of 3 December 2026\n\nHIGHLIGHTS\n"
            "- Thousands displaced.\n\n",
            "Upper Nile: Fighting around Nasir displaces families",
        ),
        # a paper's page under its masthead, tagline and section, a byline under it
        (
            "THE KHARVELO COURIER\nYour paper since 1961\n\nNews | North\n\n"
            "Kharvelo: market reopens after shelling, traders count losses\n\n"
            "By Tamsin Orrell, in Kharvelo | 04-12-2026 | 09:15\n\n",
            "Kharvelo: market reopens after shelling, traders count losses",
        ),
        # a court's public summary under the court's name and a case number
        (
            "SPECIAL CRIMINAL COURT FOR KHARVELO\nRegistry\n\nPUBLIC SUMMARY\n\n"
            "Case No. SCC/2026/017\nThe Prosecutor v. Dario Venkel and two others\n"
            "Kharvelo, 2 December 2026\n\n1. The Registry received the file.\n\n",
            "The Prosecutor v. Dario Venkel and two others",
        ),
    ],
)
def test_a_headline_under_a_header_block_is_the_title(header: str, title: str) -> None:
    # The first line is a country, a masthead or a court's name: the document list
    # shows the headline below it, not the file name.
    text = header + "At least 12 people were killed in Kharvelo, officials said.\n"
    doc = _only(read_text(text.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == title
    assert doc.text == text


@pytest.mark.parametrize(
    "text",
    [
        # sentences with stops
        "Fighting resumed on Tuesday.\nOfficials said 12 people were killed.\n\n"
        "More followed in the evening, a resident said.\n",
        # hard-wrapped text: no line ends with a stop, none is a header
        "The army said on Tuesday that it had killed 40 fighters in a\n"
        "raid on a camp near the border, and that two soldiers died.\n"
        "Kharvelo officials said at least 12 civilians were among the dead and that\n"
        "the toll could rise.\n",
        # the same under a line in capitals: the block holding the wrapped text is body
        "KHARVELO REPORT\nThe army said on Tuesday that it had killed 40 fighters in a\n"
        "raid on a camp near the border, and that two soldiers died.\n\nMore later.\n",
        # a poem, a list, a table, a lede with a caption under it
        "The river runs red tonight\nAnd mothers count their sons\nThe drones hum over"
        " the hills\nWe bury what remains\n",
        "Casualties by district\nKharvelo 12 dead and 30 wounded\n"
        "Ostrana seven dead and four wounded\n",
        "District Killed Wounded Missing\nKharvelo 12 30 4\nOstrana 7 4 0\n",
        "Fighting resumed in Kharvelo on Tuesday, residents said.\n"
        "Residents flee the town of Kharvelo on Tuesday (Photo agency)\n\nMore text.\n",
        "this is an excerpt from a longer piece\nIt Was Written By A Reporter In Kharvelo\n\n"
        "Body.\n",
    ],
)
def test_text_with_no_header_block_keeps_the_file_name(text: str) -> None:
    # Only a document opening with a line in capitals has a header to look in, and only
    # blocks closed by a blank line above the body are header: otherwise the title is
    # the file name, not a line of the body.
    assert _only(read_text(text.encode(), "in/03-kharvelo.txt")).document.title == "03 kharvelo"


def test_a_headline_that_is_no_furniture_stays_the_title() -> None:
    text = "Kharvelo residents flee\n\nHome > News was the menu they left open, one said.\n"
    doc = _only(read_text(text.encode(), "in/03-kharvelo.txt")).document
    assert doc.title == "Kharvelo residents flee"


def test_markdown_heading_marks_are_left_out_of_the_title() -> None:
    doc = _only(read_text(b"# Shelling hits Kharvelo\n\nBody text.\n", "a.md")).document
    assert doc.title == "Shelling hits Kharvelo"
    assert doc.text.startswith("# Shelling")


def test_utf8_bom_is_removed() -> None:
    doc = _only(read_text(b"\xef\xbb\xbf" + ARTICLE.encode(), "a.txt")).document
    assert doc.text == ARTICLE


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_decoded(codec: str) -> None:
    data = ARTICLE.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = _only(read_text(data, "a.txt")).document
    assert doc.text == ARTICLE


def test_cp1252_bytes_name_file_line_and_the_encoding_option() -> None:
    data = "Line one\nMinister L\u00f3pes said \u201cno\u201d\n".encode("cp1252")
    with pytest.raises(InputError) as info:
        read_text(data, "in/a.txt")
    error = info.value
    assert (error.file, error.line) == ("in/a.txt", 2)
    assert "--encoding" in str(error)
    assert str(error).startswith("in/a.txt, line 2: ")


def test_cp1252_file_reads_with_the_encoding_given() -> None:
    data = "Minister L\u00f3pes said \u201cno\u201d\n".encode("cp1252")
    doc = _only(read_text(data, "a.txt", "cp1252")).document
    assert doc.text == "Minister L\u00f3pes said \u201cno\u201d\n"


def test_unknown_encoding_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        decode(b"abc", "a.txt", "klingon")


@pytest.mark.parametrize("data", [b"", b"   \n\n\t"])
def test_empty_file_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="empty") as info:
        read_text(data, "empty.txt")
    assert info.value.file == "empty.txt"


def test_bom_only_file_is_refused() -> None:
    with pytest.raises(InputError, match="only whitespace"):
        read_text(b"\xef\xbb\xbf \n", "a.txt")


def test_binary_file_is_refused() -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10"
    with pytest.raises(InputError, match="binary") as info:
        read_text(png, "photo.txt")
    assert info.value.file == "photo.txt"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029", "\x85"])
def test_line_breaks_are_normalised_to_newline(newline: str) -> None:
    raw = ARTICLE.replace("\n", newline)
    doc = _only(read_text(raw.encode(), "a.txt")).document
    assert doc.text == ARTICLE
    assert doc.title == "Shelling hits Kharvelo market"


# -- HTML ---------------------------------------------------------------------------

PAGE = b"""<!doctype html>
<html><head><title>Shelling  hits
 Kharvelo</title>
<meta property="article:published_time" content="2024-03-02T10:00:00Z">
<style>p { color: red }</style>
<script src="https://tracker.example.com/t.js"></script>
<link rel="stylesheet" href="http://cdn.example.com/site.css">
</head>
<body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article>
<h1>Shelling hits Kharvelo</h1>
<img src="http://images.example.com/market.jpg" alt="the market">
<p>At least 12 people were killed,<br>officials said.</p>
<script>document.write("INJECTED");</script>
<p>&ldquo;We will stay,&rdquo; said Ana L&oacute;pes &amp; her family.</p>
<iframe src="http://ads.example.com/"><p>AD TEXT</p></iframe>
<noscript>Enable JS</noscript>
</article>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the importer tried to reach the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.mark.usefixtures("no_network")
def test_html_keeps_visible_text_only_and_fetches_nothing() -> None:
    doc = _only(read_html(PAGE, "page.html")).document
    assert doc.title == "Shelling hits Kharvelo"
    assert doc.published == "2024-03-02T10:00:00Z"
    for hidden in ("INJECTED", "color: red", "AD TEXT", "Enable JS", "tracker", "http"):
        assert hidden not in doc.text
    assert "\u201cWe will stay,\u201d said Ana L\u00f3pes & her family." in doc.text


@pytest.mark.usefixtures("no_network")
def test_html_block_elements_become_paragraphs() -> None:
    doc = _only(read_html(PAGE, "page.html")).document
    paragraphs = doc.text.rstrip("\n").split("\n\n")
    assert paragraphs == [
        "Home",
        "World",
        "Shelling hits Kharvelo",
        "At least 12 people were killed,\nofficials said.",
        "\u201cWe will stay,\u201d said Ana L\u00f3pes & her family.",
    ]


def test_html_without_title_uses_h1_then_file_name() -> None:
    h1 = _only(read_html(b"<h1>Market hit</h1><p>Body</p>", "x.html")).document
    assert h1.title == "Market hit"
    bare = _only(read_html(b"<p>Body</p>", "in/kharvelo-market.html")).document
    assert bare.title == "kharvelo market"


def test_html_with_no_visible_text_is_refused() -> None:
    with pytest.raises(InputError, match="no visible text"):
        read_html(b"<html><script>var x = 1;</script></html>", "x.html")


def test_html_text_is_normalised_like_any_other() -> None:
    doc = _only(read_html(b"<p>one\r\ntwo\xe2\x80\xa8three</p>", "x.html")).document
    assert doc.text == "one\ntwo\nthree\n"


def test_html_head_without_its_end_tag_does_not_hide_the_body() -> None:
    page = (
        b"<!doctype html><html><head><title>Market hit</title><meta charset=utf-8><p>Body text.</p>"
    )
    doc = _only(read_html(page, "x.html")).document
    assert doc.title == "Market hit"
    assert doc.text == "Body text.\n"


def test_html_body_text_right_after_the_head_starts_the_body() -> None:
    doc = _only(read_html(b"<head><title>T</title>Visible at once", "x.html")).document
    assert doc.text == "Visible at once\n"


def test_html_unclosed_title_does_not_swallow_the_body() -> None:
    page = b"<html><head><title>Headline<body><p>First paragraph.</p><p>Second.</p>"
    doc = _only(read_html(page, "x.html")).document
    assert doc.title == "Headline"
    assert doc.text == "First paragraph.\n\nSecond.\n"


def test_html_table_cells_and_blocks_are_separated_by_whitespace() -> None:
    page = (
        b"<table><tr><td>Kyiv</td><td>12</td></tr><tr><th>Kharkiv<th>3</tr></table>"
        b"<div>one</div><div>two</div><ul><li>a<li>b</ul>"
    )
    doc = _only(read_html(page, "x.html")).document
    assert doc.text == "Kyiv 12\n\nKharkiv 3\n\none\n\ntwo\n\na\n\nb\n"


def test_html_deeply_nested_tags_keep_their_text() -> None:
    depth = 70_000  # about 350 KB of markup
    page = b"<div>" * depth + b"<p>deep</p>" + b"</div>" * depth + b"<p>after</p>"
    doc = _only(read_html(page, "x.html")).document
    assert doc.text == "deep\n\nafter\n"


def test_html_stray_end_tags_close_nothing() -> None:
    page = b"</div></p></script><p>Still here</p></td>" * 3
    doc = _only(read_html(page, "x.html")).document
    assert doc.text == "Still here\n\nStill here\n\nStill here\n"


# -- JSON Lines ---------------------------------------------------------------------

TEXT = 'Minister Ana L\u00f3pes said: "We counted 408 dead \U0001f622 in Kharvelo."'


def _find(text: str, part: str) -> dict[str, int]:
    start = text.index(part)
    return {"start": start, "end": start + len(part)}


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False)


def _jsonl(*records: dict[str, Any] | str) -> bytes:
    return "\n".join(r if isinstance(r, str) else _line(r) for r in records).encode()


def _record(text: str = TEXT, **extra: Any) -> dict[str, Any]:
    quote = {**_find(text, "We counted 408 dead \U0001f622 in Kharvelo."), "label": "QUOTE"}
    actor = {**_find(text, "Ana L\u00f3pes"), "label": "ACTOR", "attributes": {"type": "person"}}
    return {
        "text": text,
        "meta": {"title": "Kharvelo", "url": "http://example.org/k"},
        "spans": [quote, actor],
        "relations": [{"label": "speaker", "head_span": quote, "child_span": actor}],
        **extra,
    }


def test_jsonl_brings_spans_and_relations_in() -> None:
    item = _only(read_jsonl(_jsonl(_record()), "gold.jsonl", ReadOptions(annotator="ana")))
    assert item.document.title == "Kharvelo"
    assert item.document.source == "http://example.org/k"
    assert item.line == 1
    quote, actor = item.spans
    assert quote.covered(TEXT) == "We counted 408 dead \U0001f622 in Kharvelo."
    assert actor.covered(TEXT) == "Ana L\u00f3pes"
    assert actor.attributes == {"type": "person"}
    assert {quote.annotator, quote.provenance} == {"ana", "imported"}
    (relation,) = item.relations
    assert (relation.head_id, relation.tail_id, relation.type) == (quote.id, actor.id, "speaker")


def test_jsonl_relations_may_name_spans_by_id() -> None:
    record = _record()
    record["spans"][0]["id"] = "q1"
    record["spans"][1]["id"] = "a1"
    record["relations"] = [{"type": "speaker", "head_id": "q1", "child_id": "a1"}]
    item = _only(read_jsonl(_jsonl(record), "gold.jsonl"))
    assert [s.id for s in item.spans] == ["q1", "a1"]
    assert (item.relations[0].head_id, item.relations[0].tail_id) == ("q1", "a1")


def test_jsonl_span_ids_are_stable_across_reads() -> None:
    first = _only(read_jsonl(_jsonl(_record()), "gold.jsonl"))
    again = _only(read_jsonl(_jsonl(_record()), "gold.jsonl"))
    assert [s.id for s in first.spans] == [s.id for s in again.spans]
    assert first.relations == again.relations


def test_jsonl_crlf_text_moves_span_offsets_with_it() -> None:
    text = "Headline\r\n\r\nMinister Ana L\u00f3pes said \U0001f622.\r\n"
    record = {"text": text, "spans": [{**_find(text, "Ana L\u00f3pes"), "label": "ACTOR"}]}
    item = _only(read_jsonl(_jsonl(record), "a.jsonl"))
    assert "\r" not in item.document.text
    (span,) = item.spans
    assert span.covered(item.document.text) == "Ana L\u00f3pes"
    assert span.start == text.index("Ana") - 2


SEGMENTS = st.lists(
    st.sampled_from(["word", "\u00e9t\u00e9", "\U0001f622", " ", "\r\n", "\r", "\n", "\u2028"]),
    min_size=1,
    max_size=25,
)


@given(segments=SEGMENTS, data=st.data())
def test_jsonl_spans_cover_the_same_words_after_normalisation(
    segments: list[str], data: st.DataObject
) -> None:
    text = "".join(segments)
    # Spans start and end on segment boundaries that do not split a "\r\n".
    bounds = sorted(
        b
        for b in {0, *(len("".join(segments[:i])) for i in range(1, len(segments) + 1))}
        if text[b - 1 : b + 1] != "\r\n"
    )
    if len(bounds) < 2:
        return
    start = data.draw(st.sampled_from(bounds[:-1]))
    end = data.draw(st.sampled_from([b for b in bounds if b > start]))
    covered = normalise_text(text[start:end])
    record = {"text": "x" + text, "spans": [{"start": start + 1, "end": end + 1, "label": "ACTOR"}]}
    result = read_jsonl(_jsonl(record), "a.jsonl")
    if not covered:
        return
    (item,) = result.items
    (span,) = item.spans
    assert span.covered(item.document.text) == covered
    assert item.document.text == normalise_text("x" + text)


def test_invalid_json_line_is_reported_with_its_line_and_the_rest_import() -> None:
    data = _jsonl(_record(), "{not json", "", {"text": "Another article, 3 dead."})
    result = read_jsonl(data, "a.jsonl")
    assert [item.line for item in result.items] == [1, 4]
    (problem,) = result.problems
    assert (problem.file, problem.line) == ("a.jsonl", 2)
    assert "invalid JSON" in problem.reason


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ({"start": 0, "end": 999, "label": "ACTOR"}, "outside the text"),
        ({"start": 5, "end": 5, "label": "ACTOR"}, "[5, 5) is empty"),
        ({"start": 9, "end": 4, "label": "ACTOR"}, "[9, 4) ends before it starts"),
        ({"start": -1, "end": 5, "label": "ACTOR"}, "outside the text"),
        ({"start": "0", "end": 5, "label": "ACTOR"}, "whole number"),
        ({"start": 0, "end": 5, "label": "WEAPON"}, "unknown label 'WEAPON'"),
        ({"start": 0, "end": 5, "label": "ACTOR", "attributes": {"type": "x"}}, "one of"),
        ({"start": 0, "end": 5, "label": "ACTOR", "provenance": "guess"}, "provenance"),
    ],
)
def test_bad_span_is_reported_with_file_line_and_reason(span: dict[str, Any], message: str) -> None:
    data = _jsonl({"text": "first article"}, {"text": TEXT, "spans": [span]})
    result = read_jsonl(data, "in/a.jsonl")
    assert [item.line for item in result.items] == [1]
    (problem,) = result.problems
    assert (problem.file, problem.line) == ("in/a.jsonl", 2)
    assert message in problem.reason
    assert str(problem).startswith("in/a.jsonl, line 2: span 1")


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('"just a string"', "JSON object"),
        ('{"title": "no text"}', '"text"'),
        ('{"text": "   "}', "empty"),
        ('{"text": "ok", "meta": [1]}', '"meta"'),
        ('{"text": "ok", "spans": {}}', '"spans"'),
        (
            '{"text": "ok ok", "spans": [{"start": 0, "end": 2, "label": "QUOTE"}], '
            '"relations": [{"label": "speaker", "head_id": "nope", "child_id": "nope"}]}',
            "not among",
        ),
        ('{"text": "ok ok", "relations": [{"label": "speaker", "head_span": "q"}]}', "relation 1"),
        ("[" * 5000 + "]" * 5000, "deep"),
    ],
)
def test_malformed_records_are_problems_not_crashes(record: str, message: str) -> None:
    result = read_jsonl(record.encode(), "a.jsonl")
    assert result.items == []
    (problem,) = result.problems
    assert problem.line == 1
    assert message in str(problem)


def test_json_array_file_is_read() -> None:
    data = json.dumps([_record(), {"text": "Second article."}]).encode()
    result = read_jsonl(data, "a.json")
    assert result.problems == []
    assert [len(item.spans) for item in result.items] == [2, 0]


def test_jsonl_file_without_records_is_refused() -> None:
    with pytest.raises(InputError, match="empty"):
        read_jsonl(b"\n\n\n \n", "a.jsonl")


# -- CSV ------------------------------------------------------------------------------


def test_csv_reads_one_document_per_row_with_quoted_multiline_cells() -> None:
    data = (
        b"title,text,url,desk\r\n"
        b'Kharvelo,"At least 12 killed.\r\n\r\n""We will stay,"" she said.",http://x.org/1,world\r\n'
        b",Second article.,,\r\n"
    )
    result = read_csv(data, "in/news.csv")
    assert result.problems == []
    first, second = (item.document for item in result.items)
    assert first.title == "Kharvelo"
    assert first.text == 'At least 12 killed.\n\n"We will stay," she said.'
    assert first.source == "http://x.org/1"
    assert first.meta == {"desk": "world"}
    assert second.title == "news 5"  # the line the row ends on
    assert second.source == "in/news.csv"


def test_csv_text_column_can_be_chosen() -> None:
    data = b"headline,body\nA,Article body.\n"
    item = _only(read_csv(data, "n.csv", ReadOptions(text_column="body")))
    assert item.document.text == "Article body."


def test_csv_without_the_text_column_names_the_columns_it_has() -> None:
    with pytest.raises(InputError) as info:
        read_csv(b"headline,body\nA,B\n", "n.csv")
    assert "'text'" in str(info.value)
    assert "headline, body" in str(info.value)
    assert "--text-column" in str(info.value)
    assert (info.value.file, info.value.line) == ("n.csv", 1)


def test_csv_empty_cell_is_skipped_with_its_line() -> None:
    data = b"title,text\nA,First.\nB,\nC,Third.\n"
    result = read_csv(data, "n.csv")
    assert [item.document.text for item in result.items] == ["First.", "Third."]
    (problem,) = result.problems
    assert (problem.file, problem.line) == ("n.csv", 3)
    assert "empty" in problem.reason


def test_csv_line_numbers_count_physical_lines_after_multiline_cells() -> None:
    data = b'title,text\nA,"one\ntwo\nthree"\nB,\n'
    result = read_csv(data, "n.csv")
    (problem,) = result.problems
    assert problem.line == 5


def test_csv_with_a_long_article_cell_is_read() -> None:
    body = "word " * 60_000
    data = ("text\n" + f'"{body}"\n').encode()
    item = _only(read_csv(data, "n.csv"))
    assert item.document.text == body


# -- streaming JSON Lines -------------------------------------------------------------


def test_jsonl_file_streams_so_memory_is_bounded_by_the_largest_record(tmp_path: Path) -> None:
    import tracemalloc

    from annotator.formats.jsonl import iter_jsonl_file

    path = tmp_path / "big.jsonl"
    body = "Ana said the convoy arrived. " * 170  # about 5 KB a record, 10 MB in all
    with path.open("w", encoding="utf-8") as out:
        for n in range(2000):
            out.write(json.dumps({"text": f"Report {n}\n\n{body}"}) + "\n")
    tracemalloc.start()
    try:
        count = sum(1 for _ in iter_jsonl_file(path, str(path)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 2000
    assert peak < 2_000_000  # a few records' worth, not the 10 MB file


def test_a_bad_byte_in_a_streamed_jsonl_file_fails_only_its_line(tmp_path: Path) -> None:
    from annotator.formats.jsonl import iter_jsonl_file

    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "First."}\n{"text": "caf\xe9 in cp1252"}\n\n{"text": "Third."}\n')
    entries = list(iter_jsonl_file(path, str(path)))
    assert [e.document.text for e in entries if not isinstance(e, InputError)] == [
        "First.",
        "Third.",
    ]
    (problem,) = [e for e in entries if isinstance(e, InputError)]
    assert (problem.file, problem.line) == (str(path), 2)
    assert "--encoding" in problem.reason


@pytest.mark.parametrize(
    ("entity", "message"),
    [
        ([9, 4, "ACTOR"], "entity 1: [9, 4) ends before it starts"),
        ([4, 4, "ACTOR"], "entity 1: [4, 4) is empty"),
        ([0, 999, "ACTOR"], "entity 1: [0, 999) is outside the text of"),
    ],
)
def test_a_bad_doccano_entity_says_what_is_wrong_with_its_offsets(
    entity: list[Any], message: str
) -> None:
    from annotator.formats.doccano import read_doccano

    lines = [{"text": "first article", "label": []}, {"text": TEXT, "label": [entity]}]
    data = "\n".join(json.dumps(line) for line in lines).encode()
    result = read_doccano(data, "in/d.jsonl", ReadOptions(offsets="codepoint"))
    (problem,) = result.problems
    assert (problem.file, problem.line) == ("in/d.jsonl", 2)
    assert message in problem.reason


def test_a_bad_label_studio_task_is_named_with_the_line_it_starts_on() -> None:
    from annotator.formats.labelstudio import read_labelstudio

    def task(start: int) -> dict[str, Any]:
        value = {"start": start, "end": start + 3, "text": "Ana", "labels": ["ACTOR"]}
        region = {"id": "r", "from_name": "label", "to_name": "text", "type": "labels"}
        return {
            "data": {"text": "Ana Lopes spoke."},
            "annotations": [{"result": [{**region, "value": value}]}],
        }

    data = json.dumps([task(0), task(4)], indent=1).encode()
    result = read_labelstudio(data, "in/tasks.json")
    (problem,) = result.problems
    lines = data.decode().split("\n")
    assert lines[problem.line - 1] == " {"  # the second task's opening brace
    assert problem.line == lines.index(" },") + 2
    assert str(problem).startswith(f"in/tasks.json, line {problem.line}: task 2: region r:")
