"""The streaming .spacy writer writes what spaCy's DocBin writes, a document at a time: the
same msgpack bytes once decompressed (the zlib level is ours)."""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document, Span
from annotator.core.tokenize import token_offsets
from annotator.formats.spacy_docbin import DocBinWriter, to_doc, words_and_spaces, write_spacy_file
from annotator.formats.tagging import WriteContext
from annotator.services.exporting import Layer, export, load_documents, plan_export
from annotator.store.repository import Repository

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin  # noqa: E402

STAMP = "2024-01-01T00:00:00.000+00:00"


def _docs(repo: Repository, vocab: Any) -> list[Any]:
    plan = plan_export(repo, "spacy", layer=Layer(("ana", "ben")), overlap="longest")
    return [
        to_doc(item, vocab, WriteContext())
        for item in load_documents(repo, plan.document_ids, plan)
    ]


def _long_document() -> AnnotatedDocument:
    """Enough tokens that the token data needs msgpack's 32-bit length header."""
    words = [f"word{i}" for i in range(12_000)]
    text = " ".join(words)
    doc = Document.from_text(text, title="long", source="t")
    spans = []
    position = 0
    for i, word in enumerate(words):
        if i % 7 == 0:
            label = ("QUOTE", "ACTOR", "CASUALTY")[i % 3]
            spans.append(Span(f"s{i}", doc.id, position, position + len(word), label, "ana",
                              {"n": i} if i % 2 else {}, "manual", STAMP, STAMP))  # fmt: skip
        position += len(word) + 1
    return AnnotatedDocument(doc, spans, [])


def _written_both_ways(docs: list[Any], out: Path) -> tuple[bytes, bytes]:
    """(what DocBinWriter wrote to `out`, what spaCy's DocBin.to_bytes gives) for `docs`,
    decompressed."""
    docbin = DocBin(store_user_data=True)
    with DocBinWriter(out) as writer:
        for doc in docs:
            docbin.add(doc)
            writer.add(doc)
    return zlib.decompress(out.read_bytes()), zlib.decompress(docbin.to_bytes())


@pytest.mark.parametrize("count", [0, 1, 2])
def test_writer_content_equals_docbin_to_bytes(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path, count: int
) -> None:
    nlp = spacy.blank("en")
    docs = _docs(repo, nlp.vocab)[:count]
    out = tmp_path / "w.spacy"
    ours, spacys = _written_both_ways(docs, out)
    assert ours == spacys
    assert [d.text for d in DocBin().from_disk(out).get_docs(nlp.vocab)] == [d.text for d in docs]


def test_writer_content_equals_docbin_for_a_long_document_among_short_ones(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    nlp = spacy.blank("en")
    ctx = WriteContext()
    docs = [*_docs(repo, nlp.vocab), to_doc(_long_document(), nlp.vocab, ctx)]
    out = tmp_path / "long.spacy"
    ours, spacys = _written_both_ways(docs, out)
    assert ours == spacys
    loaded = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert len(loaded[-1]) == 12_000
    assert [(e.start_char, e.label_) for e in loaded[-1].ents][:2] == [(0, "QUOTE"), (42, "ACTOR")]
    assert loaded[-1].user_data["annotator"]["spans"][1]["attributes"] == {"n": 7}


def test_spacy_export_loads_back_and_leaves_no_temporary_file(
    repo: Repository, corpus: dict[str, Any], tmp_path: Path
) -> None:
    out = tmp_path / "out" / "train.spacy"
    out.parent.mkdir()
    export(repo, "spacy", out, layer=Layer(("ana", "ben")), overlap="longest")
    nlp = spacy.blank("en")
    docs = list(DocBin().from_disk(out).get_docs(nlp.vocab))
    assert [d.text for d in docs] == [corpus["a"].text, corpus["b"].text]
    assert sorted(p.name for p in out.parent.iterdir()) == [
        "train.spacy",
        "train.spacy.manifest.json",
    ]


def test_a_failing_document_leaves_no_spacy_file(tmp_path: Path) -> None:
    def items() -> Any:
        yield _long_document()
        raise RuntimeError("the database went away")

    out = tmp_path / "half.spacy"
    with pytest.raises(RuntimeError):
        write_spacy_file(items(), out, WriteContext())
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def _words_and_spaces_by_steps(
    text: str, offsets: list[tuple[int, int]]
) -> tuple[list[str], list[bool], list[int]]:
    """The rule of words_and_spaces, one step per token (the reference)."""
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    position = 0
    for start, end in [*offsets, (len(text), None)]:
        gap = text[position:start]
        if gap and words and gap.startswith(" "):
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
        if end is None:
            break
        index.append(len(words))
        words.append(text[start:end])
        spaces.append(False)
        position = end
    return words, spaces, index


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab. \n\t\u00a0\U0001f600", max_size=40), st.sets(st.integers(0, 40)))
def test_words_and_spaces_rebuild_the_text_with_each_token_a_word(
    text: str, cuts: set[int]
) -> None:
    offsets = token_offsets(text, sorted(c for c in cuts if c <= len(text)))
    words, spaces, index = words_and_spaces(text, offsets)
    assert (words, spaces, index) == _words_and_spaces_by_steps(text, offsets)
    assert "".join(w + (" " if s else "") for w, s in zip(words, spaces, strict=True)) == text
    assert [words[i] for i in index] == [text[s:e] for s, e in offsets]
