"""The open document's relations by the spans at their ends (`EditService.relation_index`):
deleting a span finds its links without passing over every relation (issue 16), and the
index answers what a pass over `DocumentState.relations` would, in the same order."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.services.edits import EditService, RelationIndex
from annotator.services.operations import DeleteSpan, RemoveSpeaker, SetSpeaker
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT = (
    'Farmers near Oskeli said the river rose overnight. "The bridge is gone," said Tamar '
    'Odile, a teacher. "We walked for hours," Odile added, while the district council said '
    'it would send boats. "Nobody came," said Piet Varga.'
)


def _extent(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.fixture
def edits(tmp_path: Path) -> EditService:
    repo = Repository(open_db(tmp_path / "links.db"))
    document = Document.from_text(TEXT, "Oskeli")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    service = EditService(repo, "ana")
    service.open_document(document.id)
    return service


def _span(edits: EditService, words: str, label: str) -> str:
    assert edits.document_id is not None
    span = Span(new_id(), edits.document_id, *_extent(words), label, "ana", {}, "manual")
    edits.repo.add_span(span)
    return span.id


def _linked(edits: EditService) -> tuple[str, str, list[str]]:
    """Two quotes spoken by Tamar Odile, one by Piet Varga; returns (odile, varga, quotes)."""
    odile = _span(edits, "Tamar Odile", "ACTOR")
    varga = _span(edits, "Piet Varga", "ACTOR")
    quotes = [
        _span(edits, "The bridge is gone,", "QUOTE"),
        _span(edits, "We walked for hours,", "QUOTE"),
        _span(edits, "Nobody came,", "QUOTE"),
    ]
    edits.reload()
    for quote, actor in zip(quotes, (odile, odile, varga), strict=True):
        edits.do(SetSpeaker(quote, actor))
    return odile, varga, quotes


def test_deleting_a_speaker_takes_its_links_from_the_index_and_undo_puts_them_back(
    edits: EditService, monkeypatch: pytest.MonkeyPatch
) -> None:
    odile, varga, quotes = _linked(edits)
    edits.relations_at(odile)  # the index is made before the delete
    listed = 0
    relations = EditService.relations

    def counted(self: EditService) -> list[Relation]:
        nonlocal listed
        listed += 1
        return relations(self)

    monkeypatch.setattr(EditService, "relations", counted)
    delete = edits.do(DeleteSpan(odile))
    assert listed == 0  # no pass over every relation
    assert isinstance(delete, DeleteSpan)
    assert [r.head_id for r in delete.relations] == quotes[:2]
    assert edits.speaker_of(quotes[0]) is None
    assert edits.speaker_of(quotes[1]) is None
    speaker = edits.speaker_of(quotes[2])
    assert speaker is not None
    assert speaker.id == varga
    assert len(edits.repo.relations(edits.document_id)) == 1  # in the file too
    edits.undo(delete)
    assert [edits.speaker_relation(q).tail_id for q in quotes] == [odile, odile, varga]  # type: ignore[union-attr]
    assert len(edits.repo.relations(edits.document_id)) == 3
    heads, tails = edits.relations_at(odile)
    assert heads == []
    assert sorted(r.head_id for r in tails) == sorted(quotes[:2])
    assert tails == [r for r in edits.relations() if r.tail_id == odile]  # in their order


def test_a_link_changed_or_removed_is_followed_by_the_index(edits: EditService) -> None:
    odile, varga, quotes = _linked(edits)
    assert [r.head_id for r in edits.relations_at(odile)[1]] == quotes[:2]
    edits.do(SetSpeaker(quotes[0], varga))  # another speaker for the first quote
    assert [r.head_id for r in edits.relations_at(odile)[1]] == [quotes[1]]
    assert sorted(r.head_id for r in edits.relations_at(varga)[1]) == sorted([quotes[0], quotes[2]])
    relation = edits.speaker_relation(quotes[1])
    assert relation is not None
    edits.do(RemoveSpeaker(relation))
    assert edits.relations_at(odile) == ([], [])
    assert edits.speaker_relation(quotes[1]) is None
    # The index agrees with the relations in memory after every step.
    for span_id in (odile, varga, *quotes):
        assert edits.relations_touching(span_id) == [
            r for r in edits.relations() if span_id in (r.head_id, r.tail_id)
        ]


def test_a_document_read_again_has_its_links_indexed_anew(edits: EditService) -> None:
    odile, _varga, quotes = _linked(edits)
    assert len(edits.relations_at(odile)[1]) == 2
    # Another program (a second window on the file) removes a link; this one reads again.
    other = EditService(edits.repo, "ana")
    assert edits.document_id is not None
    other.open_document(edits.document_id)
    relation = other.speaker_relation(quotes[0])
    assert relation is not None
    other.do(RemoveSpeaker(relation))
    assert len(edits.relations_at(odile)[1]) == 2  # not read again yet
    edits.reload()
    assert [r.head_id for r in edits.relations_at(odile)[1]] == [quotes[1]]


def test_the_index_keeps_the_order_a_dict_of_relations_keeps() -> None:
    """Random puts, replacements and removals: each span's relations come out as a pass
    over a dict given the same steps would list them."""
    rng = random.Random(3)
    spans = [f"s{n}" for n in range(6)]
    ids = [f"r{n}" for n in range(12)]
    reference: dict[str, Relation] = {}
    index = RelationIndex([])
    for _ in range(600):
        relation_id = rng.choice(ids)
        step = rng.random()
        if step < 0.2:
            reference.pop(relation_id, None)
            index.remove(relation_id)
            continue
        relation = Relation(relation_id, rng.choice(spans), rng.choice(spans), "speaker", "ana")
        if step < 0.4 and relation_id in reference:
            del reference[relation_id]  # taken out and put back: last
            index.remove(relation_id)
        reference[relation_id] = relation
        index.add(relation)
        for span_id in spans:
            heads, tails = index.at(span_id)
            assert heads == [r for r in reference.values() if r.head_id == span_id]
            assert tails == [r for r in reference.values() if r.tail_id == span_id]
            assert index.touching(span_id) == [
                r for r in reference.values() if span_id in (r.head_id, r.tail_id)
            ]
