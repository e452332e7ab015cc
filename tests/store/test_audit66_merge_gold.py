"""Merging never mixes a gold layer with a layer of another kind of the same name (audit66).

A reference file imported with `--annotator gold` is a human layer called "gold" (the
adjudicated layer is then "gold-adjudicated"); a colleague's database may hold the
adjudicated layer under "gold". Merged by name alone, decisions went into the reference
layer (and out of every gold export), or a reference layer into the adjudicated gold.
"""

from __future__ import annotations

from pathlib import Path

from annotator.core.model import AnnotatedDocument, Document
from annotator.core.spans import read_span
from annotator.services.exporting import Layer, resolve_layer
from annotator.store.db import open_db
from annotator.store.layers import annotator_kinds
from annotator.store.merge import merge_database
from annotator.store.repository import Repository
from annotator.store.review import adjudicate_accept

TEXT = "Kyiv said 12 people were killed in Kharkiv."


def _document(annotator: str) -> AnnotatedDocument:
    doc = Document.from_text(TEXT, title="Kyiv")
    return AnnotatedDocument(
        doc,
        [
            read_span(doc.id, 0, 4, "ACTOR", annotator, attributes={"type": "state"}),
            read_span(doc.id, 10, 31, "CASUALTY", annotator),
        ],
    )


def _spans(repo: Repository, annotator: str) -> list[tuple[int, int, str]]:
    return repo.db.execute(
        'SELECT start, "end", label FROM spans WHERE annotator = ? ORDER BY start',
        [annotator],
    ).fetchall()


def _adjudicated_file(path: Path) -> None:
    """A colleague's file: ana's layer, one span of it accepted into their "gold"."""
    theirs = Repository(open_db(path))
    item = _document("ana")
    theirs.import_documents([item], "ana")
    adjudicate_accept(theirs, item.document.id, [item.spans[0].id], "carol")
    assert annotator_kinds(theirs)["gold"] == "gold"
    theirs.db.close()


def test_their_adjudicated_gold_goes_to_our_gold_layer_not_our_reference_layer(
    tmp_path: Path,
) -> None:
    _adjudicated_file(tmp_path / "theirs.db")
    ours = Repository(open_db(tmp_path / "ours.db"))
    reference = _document("gold")
    ours.import_documents([reference], "gold")  # `annotator import FILE --annotator gold`
    assert annotator_kinds(ours)["gold"] == "human"
    before = _spans(ours, "gold")

    report = merge_database(ours, tmp_path / "theirs.db", by="me", snapshot=False)

    assert _spans(ours, "gold") == before  # the reference layer is as it was
    layer = resolve_layer(ours, Layer(gold=True))
    assert layer.annotators == ("gold-adjudicated",)
    assert _spans(ours, "gold-adjudicated") == [(0, 4, "ACTOR")]
    assert report.decisions_added == 1
    assert not report.rejected


def test_their_reference_layer_called_gold_never_enters_our_gold_layer(tmp_path: Path) -> None:
    theirs = Repository(open_db(tmp_path / "theirs.db"))
    theirs.import_documents([_document("gold")], "gold")  # a human layer called "gold"
    theirs.db.close()
    ours = Repository(open_db(tmp_path / "ours.db"))
    item = _document("ana")
    ours.import_documents([item], "ana")
    adjudicate_accept(ours, item.document.id, [item.spans[0].id], "carol")
    before = _spans(ours, "gold")

    report = merge_database(ours, tmp_path / "theirs.db", by="me", snapshot=False)

    assert _spans(ours, "gold") == before
    # Their ACTOR is our gold ACTOR as it is (merging it changes nothing, review66a);
    # their CASUALTY would have entered our gold layer.
    [refused] = [r for r in report.rejected if r.table == "span"]
    assert "gold layer" in refused.reason


def test_a_decision_whose_gold_span_is_an_analysts_span_is_refused(tmp_path: Path) -> None:
    # A crafted file: a decision that names ana's span (held by both files) as its gold
    # span. Merged, review counted ana's span as decided, and undoing the decision
    # deleted ana's span with the gold span it was said to be.
    import sqlite3

    from annotator.store import review

    item = _document("ana")
    for name in ("ours.db", "theirs.db"):
        repo = Repository(open_db(tmp_path / name))
        repo.import_documents([item], "ana")
        repo.db.close()
    conn = sqlite3.connect(tmp_path / "theirs.db")
    with conn:
        conn.execute(
            "INSERT INTO adjudications (id, document_id, decision, gold_span_id, reviewer, "
            "decided) VALUES ('d1', ?, 'accept', ?, 'mallory', '2026-01-01T00:00:00.000+00:00')",
            [item.document.id, item.spans[0].id],
        )
        conn.execute("INSERT INTO adjudication_sources VALUES ('d1', ?)", [item.spans[0].id])
    conn.close()
    ours = Repository(open_db(tmp_path / "ours.db"))

    report = merge_database(ours, tmp_path / "theirs.db", by="me", snapshot=False)

    assert report.decisions_added == 0
    [refused] = [r for r in report.rejected if r.table == "decision"]
    assert "gold layer" in refused.reason
    assert review.decisions(ours, item.document.id) == []
    assert len(_spans(ours, "ana")) == 2


def test_their_layer_named_like_the_gold_layer_we_would_make_does_not_fail_the_merge(
    tmp_path: Path,
) -> None:
    # review66a: their file holds a layer "gold-adjudicated" (our JSONL export of such a
    # gold layer, imported there) made before their own gold layer "gold". Here "gold"
    # is a reference layer and no decision was made yet: their gold layer was given a
    # new "gold-adjudicated" before their layer of that name was written, and the whole
    # merge failed ("UNIQUE constraint failed: annotators.name").
    theirs = Repository(open_db(tmp_path / "theirs.db"))
    item = _document("gold-adjudicated")
    theirs.import_documents([item], "ana")
    adjudicate_accept(theirs, item.document.id, [item.spans[1].id], "carol")
    assert annotator_kinds(theirs) == {
        "ana": "human", "gold-adjudicated": "imported", "gold": "gold"
    }  # fmt: skip
    theirs.db.close()
    ours = Repository(open_db(tmp_path / "ours.db"))
    ours.import_documents([_document("gold")], "gold")  # a reference layer called "gold"
    before = _spans(ours, "gold")

    report = merge_database(ours, tmp_path / "theirs.db", by="me", snapshot=False)

    assert not report.rejected
    assert report.decisions_added == 1
    assert _spans(ours, "gold") == before
    assert annotator_kinds(ours)["gold-adjudicated"] == "imported"  # their layer, as it was
    assert _spans(ours, "gold-adjudicated") == [(0, 4, "ACTOR"), (10, 31, "CASUALTY")]
    layer = resolve_layer(ours, Layer(gold=True))
    assert layer.annotators == ("gold-adjudicated-2",)
    assert _spans(ours, "gold-adjudicated-2") == [(10, 31, "CASUALTY")]


def test_their_import_of_our_gold_export_merges_back_without_a_refusal(tmp_path: Path) -> None:
    # review66a: the lead sends the gold layer as JSONL; an analyst imports it (a layer
    # "gold" of kind imported there) and tags on. Merged back, every row of that copy was
    # refused ("'gold' is the gold layer in one file ...", `annotator merge` exit 1)
    # although each is our gold row as it is; main merged them as already here.
    from annotator.core.model import Relation, new_id
    from annotator.formats.common import ReadOptions
    from annotator.formats.jsonl import read_jsonl
    from annotator.services.exporting import export

    ours = Repository(open_db(tmp_path / "ours.db"))
    item = _document("ana")
    ours.import_documents([item], "ana")
    actor = adjudicate_accept(ours, item.document.id, [item.spans[0].id], "lead").gold_span
    quote = adjudicate_accept(
        ours, item.document.id, [], "lead", start=10, end=31, label="QUOTE"
    ).gold_span
    assert actor is not None
    assert quote is not None
    ours.add_relation(Relation(new_id(), quote.id, actor.id, "speaker", "gold"))
    ours.set_status(item.document.id, "gold", "done")
    export(ours, "jsonl", tmp_path / "gold.jsonl", layer=Layer(gold=True))
    theirs = Repository(open_db(tmp_path / "theirs.db"))
    read = read_jsonl((tmp_path / "gold.jsonl").read_bytes(), "gold.jsonl", ReadOptions())
    theirs.import_documents(read.items, "ben")
    assert annotator_kinds(theirs)["gold"] == "imported"
    doc_id = theirs.db.execute("SELECT id FROM documents").fetchone()[0]
    theirs.add_span(read_span(doc_id, 35, 42, "ACTOR", "ben"))  # "Kharkiv"
    theirs.db.execute(
        "INSERT INTO document_status (document_id, annotator, status, updated) "
        "VALUES (?, 'gold', 'done', '2026-01-01T00:00:00.000+00:00')",
        [doc_id],
    )
    theirs.db.close()
    gold_before = _spans(ours, "gold")
    relations_before = ours.db.execute("SELECT id FROM relations").fetchall()

    report = merge_database(ours, tmp_path / "theirs.db", by="me", snapshot=False)

    assert report.rejected == []
    assert _spans(ours, "gold") == gold_before
    assert ours.db.execute("SELECT id FROM relations").fetchall() == relations_before
    assert _spans(ours, "ben") == [(35, 42, "ACTOR")]
