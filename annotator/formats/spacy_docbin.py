"""spaCy's binary training format (.spacy, a DocBin), for `spacy train`.

Each document becomes a Doc whose words and spaces are built from our
tokenizer (whitespace other than a single space after a token becomes a
whitespace token, as spaCy's own tokenizer does), so `doc.text` is exactly
our text and every span lands on token edges without any alignment mode.
- all spans of the layer: `doc.spans["annotator"]` (the key is SPANS_KEY),
  a span marked alike by several annotators once;
- `doc.ents`: the spans the overlap policy keeps (see formats.tagging);
- `doc.user_data["annotator"]`: document id and title, span ids, annotators,
  attributes and the relations (head = QUOTE, tail = ACTOR), kept because
  spaCy's Span has nowhere else to hold them.
Load with `DocBin().from_disk(path).get_docs(nlp.vocab)`; needs spaCy
(`pip install "conflict-annotator[spacy]"`).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, DocumentRows, span_records
from annotator.core.packaged import INSTALL_SPACY
from annotator.formats.tagging import (
    WHITE_SPACE_EDGE,
    WriteContext,
    place_spans,
    span_edges,
    token_extent,
    token_limitations,
    white_space_edged,
)

SPANS_KEY = "annotator"
COMPRESS_LEVEL = 3  # zlib level of the .spacy file (see DocBinWriter)


def require_spacy() -> None:
    """InputError with the install command when spaCy is missing."""
    try:
        import spacy  # noqa: F401
    except ImportError as exc:
        raise InputError(
            f"the spaCy format needs spaCy, which is not installed: {INSTALL_SPACY}"
        ) from exc


_SIMPLE_GAPS = frozenset(("", " "))


def words_and_spaces(
    text: str, offsets: list[tuple[int, int]]
) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces reproducing `text`, and the word index of each of our tokens.

    Between tokens, nothing or one space is the token's `spaces` flag; any other
    whitespace becomes a word of its own (after the flag, if it starts with a
    space), as spaCy's tokenizer makes it. Words are cut in C, run by run between
    such gaps: a Python step per token would cost more than building the Doc.
    """
    cut = text.__getitem__
    starts = list(map(itemgetter(0), offsets))
    ends = list(map(itemgetter(1), offsets))
    tokens = list(map(cut, map(slice, starts, ends)))
    # gaps[i] is the text before token i; gaps[-1] the text after the last one.
    gaps = list(map(cut, map(slice, [0, *ends], [*starts, len(text)])))
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    done = 0  # tokens written so far
    others = [i for i, gap in enumerate(gaps) if gap not in _SIMPLE_GAPS]
    if gaps[0] == " ":  # a space before the first token has no token to flag: a word
        others.insert(0, 0)
    for i in others:
        base = len(words)
        words += tokens[done:i]
        index += range(base, base + i - done)
        spaces += map(" ".__eq__, gaps[done + 1 : i + 1])
        gap = gaps[i]
        if words and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
        done = i
    base = len(words)
    words += tokens[done:]
    index += range(base, base + len(tokens) - done)
    spaces += map(" ".__eq__, gaps[done + 1 :])
    return words, spaces, index


Item = AnnotatedDocument | DocumentRows  # what the writer takes


def to_doc(item: Item, vocab: Any, ctx: WriteContext) -> Any:
    from spacy.tokens import Doc, Span

    text = item.document.text
    spans = span_records(item)
    offsets = ctx.tokens(text, span_edges(spans))
    words, spaces, index = words_and_spaces(text, offsets)
    placement = place_spans(text, spans, ctx, item.document.title)
    doc = Doc(vocab, words=words, spaces=spaces)
    # Span edges are token edges: find the words by dictionary, not by doc.char_span.
    first_word = {start: index[i] for i, (start, _end) in enumerate(offsets)}
    last_word = {end: index[i] for i, (_start, end) in enumerate(offsets)}

    def make(start: int, end: int, label: str) -> Any:
        first, last = first_word.get(start), last_word.get(end)
        if first is None or last is None:
            # A span that begins or ends in white space: over its tokens, as in doc.ents
            # (expanding would take in a token of white space, or give an empty span).
            extent = token_extent(text, start, end)
            if extent is None:
                return None  # white space only
            first, last = first_word.get(extent[0]), last_word.get(extent[1])
            if first is None or last is None:
                return doc.char_span(*extent, label=label, alignment_mode="expand")
        return Span(doc, first, last + 1, label=label)

    group = []
    made_for: dict[tuple[int, int, str], Any] = {}
    for span in spans:
        key = span[1:4]  # (start, end, label)
        if key in made_for:  # the same span from a second annotator
            continue
        made = made_for[key] = make(*key)
        if made is not None:
            group.append(made)
    doc.spans[SPANS_KEY] = group
    # An entity is usually one of the group's spans: the same Span object serves both.
    ents = [
        made_for[key] if key in made_for else make(*key)
        for key in zip(*placement.columns(), strict=True)  # (start, end, label) of each
    ]
    doc.ents = [e for e in ents if e is not None]
    doc.user_data[SPANS_KEY] = {
        "document_id": item.document.id,
        "title": item.document.title,
        "spans": [
            {
                "id": span_id,
                "start": start,
                "end": end,
                "label": label,
                "annotator": annotator,
                "attributes": attributes,
            }
            for span_id, start, end, label, annotator, attributes, *_rest in spans
        ],
        "relations": [
            {
                "id": r.id,
                "head": r.head_id,
                "child": r.tail_id,
                "label": r.type,
                "annotator": r.annotator,
            }
            for r in item.relations
        ],
    }
    return doc


def write_spacy_file(items: Iterable[Item], path: Path, ctx: WriteContext) -> None:
    """Write the documents as one `.spacy` file, one document in memory at a time.

    The file holds what `DocBin(store_user_data=True).to_disk(path)` writes for
    the same Docs, decompressed byte for byte (see `DocBinWriter`).
    """
    require_spacy()
    import spacy

    nlp = spacy.blank("en")
    with _msgpack_plugins_read_once(), DocBinWriter(path) as writer:
        for item in items:
            writer.add(to_doc(item, nlp.vocab, ctx))


def _bin_header(size: int) -> bytes:
    """The msgpack header of a binary value of `size` bytes (bin 8, 16 or 32)."""
    if size < 1 << 8:
        return b"\xc4" + size.to_bytes(1, "big")
    if size < 1 << 16:
        return b"\xc5" + size.to_bytes(2, "big")
    if size < 1 << 32:
        return b"\xc6" + size.to_bytes(4, "big")
    raise InputError(
        "the export is too large for one .spacy file (over 4 GB of token data); "
        "write it in parts with --split"
    )


class DocBinWriter:
    """A `.spacy` file written a document at a time, with memory bounded by one document.

    spaCy's DocBin keeps every Doc's arrays until `to_disk`, so its memory grows
    with the corpus. The file is zlib-compressed msgpack of one map (version,
    attrs, tokens, spaces, lengths, strings, cats, flags, span_groups, user_data)
    whose big values are the documents' pieces laid end to end. Each Doc is
    encoded by a DocBin of its own (spaCy decides what goes in), its pieces are
    appended to temporary files beside `path`, and leaving the `with` block writes
    the map in DocBin's key order, streaming the pieces through one compressor.
    The decompressed bytes are those of `DocBin.to_bytes` (a test holds them equal;
    only the zlib level differs, see COMPRESS_LEVEL). Only the strings (the
    corpus's distinct words and labels, which the format lists sorted) stay in
    memory.
    """

    # The pieces kept per document, in the order of the map; each is a list in DocBin.
    _LISTS = ("cats", "flags", "span_groups", "user_data")

    def __init__(self, path: Path) -> None:
        import tempfile

        from spacy.tokens import DocBin

        self.path = path
        self._one = DocBin(store_user_data=True)
        self._strings: set[str] = set()
        self._lengths = array("i")  # tokens per document: 4 bytes each
        self._files = ExitStack()
        self._spools = {
            # closed by the ExitStack, whatever happens
            name: self._files.enter_context(tempfile.TemporaryFile(dir=path.parent))  # noqa: SIM115
            for name in ("tokens", "spaces", *self._LISTS)
        }

    def __enter__(self) -> DocBinWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        try:
            if kind is None:
                self._finish()
        finally:
            self._files.close()

    def add(self, doc: Any) -> None:
        """Encode one Doc as `DocBin.add` does and append its pieces to the spools."""
        import srsly  # type: ignore[import-untyped]

        one = self._one
        one.add(doc)
        tokens = one.tokens.pop()
        self._lengths.append(len(tokens))
        self._spools["tokens"].write(tokens.tobytes("C"))
        self._spools["spaces"].write(one.spaces.pop().tobytes("C"))
        for name in self._LISTS:
            self._spools[name].write(srsly.msgpack_dumps(getattr(one, name).pop()))
        self._strings.update(one.strings)
        one.strings.clear()

    def _finish(self) -> None:
        import zlib

        import numpy
        from srsly.msgpack import Packer  # type: ignore[import-untyped]

        pack = Packer(use_bin_type=True).pack
        header = Packer(use_bin_type=True)
        # Level 3, not DocBin's 6: the same content (spaCy reads any level), a file about 7%
        # larger, compressed 2.5x faster (113 MB of msgpack: 0.9 s against 2.3 s).
        compressor = zlib.compressobj(COMPRESS_LEVEL)
        with self.path.open("wb") as out:

            def put(data: bytes) -> None:
                out.write(compressor.compress(data))

            def put_spool(name: str) -> None:
                spool = self._spools[name]
                spool.seek(0)
                while block := spool.read(1 << 20):
                    put(block)

            one = self._one
            put(header.pack_map_header(10))
            put(pack("version") + pack(one.version))
            put(pack("attrs") + pack(one.attrs))
            for name in ("tokens", "spaces"):
                put(pack(name) + _bin_header(self._spools[name].tell()))
                put_spool(name)
            lengths = numpy.asarray(self._lengths, dtype="int32").tobytes("C")
            put(pack("lengths") + pack(lengths))
            put(pack("strings") + pack(sorted(self._strings)))
            for name in self._LISTS:
                put(pack(name) + header.pack_array_header(len(self._lengths)))
                put_spool(name)
            out.write(compressor.flush())


@contextmanager
def _msgpack_plugins_read_once() -> Iterator[None]:
    """Look srsly's msgpack encoders up once for the whole export, not once per document.

    srsly builds a Packer for every msgpack call (user data and span groups: two
    or three per document), and each Packer asks catalogue for the encoders,
    which scans every installed package's entry points: about 10 ms per call,
    more than building the Doc. The encoders do not change during an export, so
    the first answer is reused, then the library's own lookup is restored.
    """
    try:
        from srsly.msgpack import msgpack_encoders
    except ImportError:  # pragma: no cover - spaCy always brings srsly
        yield
        return
    found = msgpack_encoders.get_all()
    msgpack_encoders.get_all = lambda: dict(found)
    try:
        yield
    finally:
        del msgpack_encoders.get_all


def spacy_limitations(item: Item, ctx: WriteContext) -> Iterator[str]:
    rows = span_records(item)
    for warning in token_limitations(item.document.text, rows, ctx):
        if warning == WHITE_SPACE_EDGE:
            continue  # counted below over doc.spans, which holds the overlapping ones too
        yield warning.replace(
            "overlapping spans left out",
            f"overlapping spans kept in doc.spans[{SPANS_KEY!r}] but not in doc.ents",
        )
    yield from [WHITE_SPACE_EDGE] * white_space_edged(item.document.text, rows)
