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

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument
from annotator.core.packaged import INSTALL_SPACY
from annotator.formats.tagging import WriteContext, place_spans, token_limitations

SPANS_KEY = "annotator"


def require_spacy() -> None:
    """InputError with the install command when spaCy is missing."""
    try:
        import spacy  # noqa: F401
    except ImportError as exc:
        raise InputError(
            f"the spaCy format needs spaCy, which is not installed: {INSTALL_SPACY}"
        ) from exc


def words_and_spaces(
    text: str, offsets: list[tuple[int, int]]
) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces reproducing `text`, and the word index of each of our tokens."""
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    position = 0
    for start, end in offsets:
        gap = text[position:start]
        if gap:
            if words and gap.startswith(" "):
                spaces[-1] = True
                gap = gap[1:]
            if gap:
                words.append(gap)
                spaces.append(False)
        index.append(len(words))
        words.append(text[start:end])
        spaces.append(False)
        position = end
    tail = text[position:]
    if tail:
        if words and tail.startswith(" "):
            spaces[-1] = True
            tail = tail[1:]
        if tail:
            words.append(tail)
            spaces.append(False)
    return words, spaces, index


def to_doc(item: AnnotatedDocument, vocab: Any, ctx: WriteContext) -> Any:
    from spacy.tokens import Doc, Span

    text = item.document.text
    offsets = ctx.tokens(text, [edge for span in item.spans for edge in (span.start, span.end)])
    words, spaces, index = words_and_spaces(text, offsets)
    placement = place_spans(text, item.spans, ctx, item.document.title)
    doc = Doc(vocab, words=words, spaces=spaces)
    # Span edges are token edges: find the words by dictionary, not by doc.char_span.
    first_word = {start: index[i] for i, (start, _end) in enumerate(offsets)}
    last_word = {end: index[i] for i, (_start, end) in enumerate(offsets)}

    def make(start: int, end: int, label: str) -> Any:
        first, last = first_word.get(start), last_word.get(end)
        if first is not None and last is not None:
            return Span(doc, first, last + 1, label=label)
        # only for a span that begins or ends in whitespace
        return doc.char_span(start, end, label=label, alignment_mode="expand")

    group = []
    distinct: set[tuple[int, int, str]] = set()
    for span in item.spans:
        key = (span.start, span.end, span.label)
        if key in distinct:  # the same span from a second annotator
            continue
        distinct.add(key)
        made = make(span.start, span.end, span.label)
        if made is not None:
            group.append(made)
    doc.spans[SPANS_KEY] = group
    ents = [make(p.start, p.end, p.label) for p in placement.placed]
    doc.ents = [e for e in ents if e is not None]
    doc.user_data[SPANS_KEY] = {
        "document_id": item.document.id,
        "title": item.document.title,
        "spans": [
            {
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "label": s.label,
                "annotator": s.annotator,
                "attributes": s.attributes,
            }
            for s in item.spans
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


def write_spacy_file(items: Iterable[AnnotatedDocument], path: Path, ctx: WriteContext) -> None:
    require_spacy()
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("en")
    docbin = DocBin(store_user_data=True)
    with _msgpack_plugins_read_once():
        for item in items:
            docbin.add(to_doc(item, nlp.vocab, ctx))
        docbin.to_disk(path)


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
        from srsly.msgpack import msgpack_encoders  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - spaCy always brings srsly
        yield
        return
    found = msgpack_encoders.get_all()
    msgpack_encoders.get_all = lambda: dict(found)
    try:
        yield
    finally:
        del msgpack_encoders.get_all


def spacy_limitations(item: AnnotatedDocument, ctx: WriteContext) -> Iterator[str]:
    for warning in token_limitations(item.document.text, item.spans, ctx):
        yield warning.replace(
            "overlapping spans left out",
            f"overlapping spans kept in doc.spans[{SPANS_KEY!r}] but not in doc.ents",
        )
