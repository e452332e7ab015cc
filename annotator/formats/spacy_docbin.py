"""spaCy's binary training format (.spacy, a DocBin), for `spacy train`.

Each document becomes a Doc whose words and spaces are built from our
tokenizer (whitespace other than a single space after a token becomes a
whitespace token, as spaCy's own tokenizer does), so `doc.text` is exactly
our text and every span lands on token edges without any alignment mode.
- all spans of the layer: `doc.spans["annotator"]` (the key is SPANS_KEY);
- `doc.ents`: the spans that do not overlap (longest wins, then earliest);
- `doc.user_data["annotator"]`: document id and title, span ids, annotators,
  attributes and the relations (head = QUOTE, tail = ACTOR), kept because
  spaCy's Span has nowhere else to hold them.
Load with `DocBin().from_disk(path).get_docs(nlp.vocab)`; needs spaCy
(`pip install "conflict-annotator[spacy]"`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument
from annotator.core.packaged import INSTALL_SPACY
from annotator.formats.tagging import WriteContext, resolve_overlaps, tokens_for

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
    offsets = tokens_for(text, item.spans, ctx)
    words, spaces, _ = words_and_spaces(text, offsets)
    doc = Doc(vocab, words=words, spaces=spaces)

    def make(start: int, end: int, label: str) -> Any:
        span = doc.char_span(start, end, label=label)
        if span is None:  # only for a span that begins or ends in whitespace
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
        return span

    group = []
    for span in item.spans:
        made = make(span.start, span.end, span.label)
        if made is not None:
            group.append(made)
    doc.spans[SPANS_KEY] = group
    placed, _ = resolve_overlaps(item.spans, offsets)
    ents = [make(s.start, s.end, s.label) for s, _first, _last in placed]
    doc.ents = [Span(doc, e.start, e.end, label=e.label_) for e in ents if e is not None]
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
    for item in items:
        docbin.add(to_doc(item, nlp.vocab, ctx))
    docbin.to_disk(path)


def spacy_limitations(item: AnnotatedDocument, ctx: WriteContext) -> Iterator[str]:
    offsets = tokens_for(item.document.text, item.spans, ctx)
    _, dropped = resolve_overlaps(item.spans, offsets)
    for _ in dropped:
        yield (
            f"overlapping spans kept in doc.spans[{SPANS_KEY!r}] but not in doc.ents "
            "(longest wins, then earliest)"
        )
