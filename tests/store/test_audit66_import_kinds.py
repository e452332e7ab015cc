"""A file's `suggester` layer stays machine suggestions once imported (audit66)."""

from __future__ import annotations

from annotator.core.model import AnnotatedDocument, Document
from annotator.core.spans import read_span
from annotator.store.layers import annotator_kinds
from annotator.store.repository import Repository
from annotator.store.review import compared_annotators

TEXT = "Kyiv said 12 people were killed."


def _document_with_layers() -> AnnotatedDocument:
    doc = Document.from_text(TEXT, title="Kyiv")
    return AnnotatedDocument(
        doc,
        [
            read_span(doc.id, 0, 4, "ACTOR", "ana", attributes={"type": "state"}),
            read_span(doc.id, 0, 4, "ACTOR", "suggester", provenance="suggested"),
            read_span(doc.id, 10, 19, "CASUALTY", "suggester", provenance="suggested"),
        ],
    )


def test_suggester_spans_of_an_imported_file_go_to_the_suggester_layer(repo: Repository) -> None:
    # Our own JSONL export of `--annotator ana --annotator suggester`, imported elsewhere:
    # the suggestions must not become an analyst's layer (compared in review and
    # agreement, accepted into gold, exported as Label Studio annotations).
    repo.import_documents([_document_with_layers()], "me")
    kinds = annotator_kinds(repo)
    assert kinds["suggester"] == "suggester"
    assert kinds["ana"] == "imported"
    assert "suggester" not in compared_annotators(repo)
    assert "ana" in compared_annotators(repo)


def test_importing_as_the_suggester_files_the_spans_as_suggestions(repo: Repository) -> None:
    doc = Document.from_text(TEXT, title="Kyiv")
    span = read_span(doc.id, 0, 4, "ACTOR", "suggester", provenance="suggested")
    repo.import_documents([AnnotatedDocument(doc, [span])], "suggester")
    assert annotator_kinds(repo)["suggester"] == "suggester"
