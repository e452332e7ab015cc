"""CoNLL-style token-per-line NER files (IOB2, or BIOES), written and read.

Written as in CoNLL-2003: a `-DOCSTART- -X- -X- O` line opens each document,
then one token a line as `TOKEN -X- _ TAG` (the tag is the last column, as
spaCy's `spacy convert -c ner` and the seqeval/Hugging Face readers expect),
and a blank line between segments (by default paragraphs: a line break in the
text; or sentences; never inside a span, see formats.tagging). The format has
no room for the text's spacing, relations, attributes or overlapping spans
(the export's overlap policy decides which are kept: see formats.tagging).

Reading accepts 1 to 4+ columns (token first, tag last; tab or space
separated), IOB1, IOB2 and BIOES. The text is rebuilt as the tokens joined by
single spaces, sentences by "\\n"; offsets refer to that text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from operator import itemgetter
from pathlib import Path, PurePath
from typing import TextIO

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, Document, DocumentRows, span_records
from annotator.core.spans import read_span
from annotator.core.text import headline, normalise_text, title_from_filename
from annotator.formats.common import ReadOptions, ReadResult, decode
from annotator.formats.tagging import (
    WriteContext,
    listed_tags,
    place_spans,
    span_edges,
    spans_from_tags,
    tagged_segments,
    token_limitations,
)

DOCSTART = "-DOCSTART-"


Item = AnnotatedDocument | DocumentRows  # what the token writers take


def write_conll(items: Iterable[Item], out: TextIO, ctx: WriteContext) -> None:
    """One `-DOCSTART-` block per document, a blank line between segments (ctx.segment).

    Tokens are written as they are made, so memory stays bounded by the document's text.
    """
    write = out.write
    for item in items:
        text = item.document.text
        spans = span_records(item)
        placement = place_spans(text, spans, ctx, item.document.title)
        cuts = span_edges(spans)
        listed = listed_tags(text, cuts, placement, ctx)
        write(f"{DOCSTART} -X- -X- O\n\n")
        if listed is not None:  # a document of at most a megabyte, in paragraphs: in one go
            offsets, tags, breaks = listed
            pairs = zip(offsets, tags, strict=True)
            lines = [f"{text[s:e]} -X- _ {tag}\n" for (s, e), tag in pairs]
            for b in breaks:  # a blank line ends each segment (breaks: 0 < b < len(lines))
                lines[b - 1] += "\n"
            if lines:
                write("".join(lines) + "\n")
            continue
        segments, _placement = tagged_segments(text, spans, ctx, item.document.title)
        for segment in segments:
            # In slices: one paragraph of a huge text must not become one huge string.
            while lines := [f"{text[s:e]} -X- _ {tag}\n" for s, e, tag in islice(segment, 4096)]:
                write("".join(lines))
            write("\n")


def write_conll_file(items: Iterable[Item], path: Path, ctx: WriteContext) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as out:
        write_conll(items, out, ctx)


_ATTRIBUTES = itemgetter(5)  # of a SpanRecord


def conll_limitations(item: Item, ctx: WriteContext) -> Iterator[str]:
    spans = span_records(item)
    yield from token_limitations(item.document.text, spans, ctx)
    for _ in item.relations:
        yield "relations not expressible in this format"
    for _ in filter(None, map(_ATTRIBUTES, spans)):  # spans with attributes
        yield "spans whose attributes are not expressible in this format"


def _document(
    sentences: list[list[tuple[str, str, int]]], name: str, index: int, options: ReadOptions
) -> AnnotatedDocument:
    pieces: list[str] = []
    offsets: list[tuple[int, int]] = []
    tags: list[str] = []
    lines: list[int] = []
    position = 0
    for s_index, sentence in enumerate(sentences):
        if s_index:
            pieces.append("\n")
            position += 1
        for t_index, (token, tag, line) in enumerate(sentence):
            if t_index:
                pieces.append(" ")
                position += 1
            pieces.append(token)
            offsets.append((position, position + len(token)))
            position += len(token)
            tags.append(tag)
            lines.append(line)
    text = "".join(pieces)
    title = headline(text) or f"{title_from_filename(PurePath(name).stem)} {index}"
    document = Document.from_text(text, title=title, source=name)
    try:
        found = spans_from_tags(tags)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    spans = []
    for label, first, last in found:
        if not options.schema.has_label(label):
            raise InputError(
                f"unknown label {label!r} (known: {', '.join(options.schema.names)})",
                line=lines[first],
            )
        start, end = offsets[first][0], offsets[last][1]
        spans.append(read_span(document.id, start, end, label, options.annotator))
    return AnnotatedDocument(document, spans, [], line=lines[0] if lines else None)


def read_conll(data: bytes, name: str, options: ReadOptions | None = None) -> ReadResult:
    """Documents from a CoNLL NER file; a malformed line fails its document, with the line."""
    options = options or ReadOptions()
    result = ReadResult()
    documents: list[list[list[tuple[str, str, int]]]] = [[]]
    sentence: list[tuple[str, str, int]] = []
    for number, raw in enumerate(decode(data, name, options.encoding).split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            continue
        if line.startswith("#") and not sentence:
            continue
        columns = line.split("\t") if "\t" in line else line.split()
        if columns[0] == DOCSTART:
            if sentence:
                documents[-1].append(sentence)
                sentence = []
            if documents[-1]:
                documents.append([])
            continue
        if len(columns) < 2:
            result.problems.append(
                InputError(
                    "expected a token and a tag separated by a space or tab", file=name, line=number
                )
            )
            continue
        token = normalise_text(columns[0]).replace("\n", " ")
        if not token.strip():
            result.problems.append(InputError("the token is empty", file=name, line=number))
            continue
        sentence.append((token, columns[-1], number))
    if sentence:
        documents[-1].append(sentence)
    if result.problems:
        return result
    for index, sentences in enumerate((d for d in documents if d), start=1):
        try:
            result.items.append(_document(sentences, name, index, options))
        except InputError as exc:
            exc.file = name
            if exc.line is None:
                exc.line = sentences[0][0][2]
            result.problems.append(exc)
    if not result.items and not result.problems:
        result.problems.append(InputError("the file holds no tokens", file=name))
    return result
