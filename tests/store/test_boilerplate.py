"""Page furniture: found at import and merge, adjustable, skipped, dropped on export."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.core.errors import SpanError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.boilerplate import boilerplate, set_boilerplate
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.migrations import migrations
from annotator.store.repository import Repository
from tests.cli.test_cli import run

BODY = (
    "Gunmen attacked a convoy near Kidal on Tuesday, the army said.\n\n"
    '"We lost eleven soldiers," General Amadou Keita told reporters in Bamako.\n\n'
    "The Mali army said the attackers fled north.\n"
)
FURNITURE = (
    "\nSign up for our Sahel Briefing newsletter\n"
    "Delivered every Monday to your inbox\n"
    "Share\nFacebook\nTwitter\n"
)
TEXT = BODY + FURNITURE
FURNITURE_START = TEXT.index("Sign up")


def _rows(path: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            'SELECT document_id, start, "end", origin FROM boilerplate ORDER BY document_id, start'
        ).fetchall()
    finally:
        conn.close()


def _document(repo: Repository, text: str = TEXT) -> Document:
    doc = Document.from_text(text, title="Convoy attacked near Kidal")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    return doc


def test_importing_an_article_stores_its_page_furniture_as_a_range(tmp_path: Path) -> None:
    article = tmp_path / "kidal.txt"
    article.write_text("Convoy attacked near Kidal\n\n" + TEXT, encoding="utf-8")
    db = tmp_path / "corpus.db"
    done = run("import", str(article), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    text = conn.execute("SELECT text FROM documents").fetchone()[0]
    conn.close()
    ((_doc, start, end, origin),) = _rows(db)
    assert origin == "rule"
    assert text[start:end].startswith("Sign up for our Sahel Briefing newsletter")
    assert text[start:end].rstrip().endswith("Twitter")
    assert "told reporters" not in text[start:end]


def test_an_article_without_furniture_has_no_row(repo: Repository, db_path: Path) -> None:
    _document(repo, BODY)
    assert _rows(db_path) == []


def test_the_analyst_sets_and_clears_the_ranges_and_each_change_is_an_event(
    repo: Repository,
) -> None:
    doc = _document(repo)
    assert boilerplate(repo, doc.id) == [(FURNITURE_START, len(TEXT.rstrip()))]
    old = set_boilerplate(repo, doc.id, [(0, 10), (5, 20)], by="ana")
    assert old == [(FURNITURE_START, len(TEXT.rstrip()))]
    assert boilerplate(repo, doc.id) == [(0, 20)]  # joined
    set_boilerplate(repo, doc.id, [], by="ana")
    assert boilerplate(repo, doc.id) == []
    actions = [
        json.loads(r[0])
        for r in repo.db.execute("SELECT data FROM events WHERE action = 'boilerplate.set'")
    ]
    assert [a["ranges"] for a in actions] == [[[0, 20]], []]
    assert actions[1]["previous"] == [[0, 20]]


def test_a_batchs_ranges_and_texts_read_at_once_are_each_documents_own(
    repo: Repository,
) -> None:
    from annotator.core.errors import StoreError
    from annotator.store.boilerplate import boilerplate_in

    with_furniture, plain, set_by_hand = (
        _document(repo),
        _document(repo, BODY),
        _document(repo, "A short note.\nFooter line one\nFooter line two\n"),
    )
    set_boilerplate(repo, set_by_hand.id, [(14, 29), (0, 5)], by="ana")
    ids = [set_by_hand.id, plain.id, with_furniture.id]
    assert boilerplate_in(repo, ids) == {
        doc_id: boilerplate(repo, doc_id) for doc_id in ids if boilerplate(repo, doc_id)
    }
    assert boilerplate_in(repo, ids)[set_by_hand.id] == [(0, 5), (14, 29)]
    assert repo.document_texts(ids) == [repo.document(doc_id).text for doc_id in ids]
    assert repo.document_texts([]) == []
    with pytest.raises(StoreError, match="no document"):
        repo.document_texts([plain.id, "0000000000000000"])


def test_a_range_outside_the_text_is_refused_and_nothing_changes(repo: Repository) -> None:
    doc = _document(repo)
    before = boilerplate(repo, doc.id)
    with pytest.raises(SpanError, match="outside the text"):
        set_boilerplate(repo, doc.id, [(0, len(TEXT) + 1)], by="ana")
    assert boilerplate(repo, doc.id) == before


def test_reimporting_keeps_what_the_analyst_cleared(repo: Repository) -> None:
    doc = _document(repo)
    set_boilerplate(repo, doc.id, [], by="ana")
    _document(repo)  # the same article again: already stored, so not examined again
    assert boilerplate(repo, doc.id) == []


def test_merge_finds_furniture_in_their_text_and_ignores_their_table(tmp_path: Path) -> None:
    ours = Repository(open_db(tmp_path / "ours.db"))
    theirs_path = tmp_path / "theirs.db"
    theirs = Repository(open_db(theirs_path))
    doc = _document(theirs)
    # Their table claims the whole text is furniture, by someone we do not know.
    theirs.db.execute("DELETE FROM boilerplate")
    theirs.db.execute(
        "INSERT INTO boilerplate VALUES (?, 0, ?, 'mallory', '2026-01-01')", [doc.id, len(TEXT)]
    )
    theirs.db.conn.commit()
    theirs.db.close()
    merge_database(ours, theirs_path, by="ana", snapshot=False)
    assert boilerplate(ours, doc.id) == [(FURNITURE_START, len(TEXT.rstrip()))]
    ours.db.close()


def test_the_migration_examines_documents_stored_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = Database(path)
    names = [m.name for m in migrations._migrations]
    migrations.apply(db, stop_before="m006_boilerplate")
    assert "m006_boilerplate" in names
    doc = Document.from_text(TEXT, title="t")
    db.execute(
        "INSERT INTO documents (id, seq, sha256, title, text, source, published, meta, imported) "
        "VALUES (?, 1, ?, 't', ?, '', NULL, '{}', '2026-01-01')",
        [doc.id, doc.sha256, TEXT],
    )
    db.conn.commit()
    db.close()
    repo = Repository(open_db(path))
    assert boilerplate(repo, doc.id) == [(FURNITURE_START, len(TEXT.rstrip()))]
    repo.db.close()


def test_suggestions_follow_the_stored_ranges(repo: Repository) -> None:
    from annotator.services.suggesting import suggest_document

    doc = _document(repo)
    general = TEXT.index("General Amadou Keita")

    def actors() -> set[str]:
        found = suggest_document(repo, doc.id, labels=["ACTOR"])
        return {TEXT[s.start : s.end] for s in found}

    assert "Amadou Keita" in actors()
    # The analyst marks the quote's paragraph as furniture: nothing is suggested there.
    set_boilerplate(repo, doc.id, [(general - 30, general + 40)], by="ana")
    assert "Amadou Keita" not in actors()


def _span(doc: Document, text: str, label: str, after: int = 0) -> Span:
    start = doc.text.index(text, after)
    return Span(new_id(), doc.id, start, start + len(text), label, "ana")


def test_export_drop_boilerplate_cuts_the_text_and_keeps_every_other_offset_exact(
    tmp_path: Path,
) -> None:
    db = tmp_path / "corpus.db"
    repo = Repository(open_db(db))
    head = "Newsletter: Sahel Briefing\nSubscribe\n\n"  # furniture at the start too
    doc = Document.from_text(head + TEXT, title="Convoy attacked near Kidal")
    spans = [
        _span(doc, "Kidal", "ACTOR"),
        _span(doc, "General Amadou Keita", "ACTOR"),
        _span(doc, "Mali army", "ACTOR"),
        _span(doc, "Sahel Briefing", "ACTOR", doc.text.index("Sign up")),  # inside furniture
    ]
    repo.import_documents([AnnotatedDocument(doc, spans)], "ana")
    ranges = boilerplate(repo, doc.id)
    assert ranges[0][0] == 0
    assert len(ranges) == 2
    repo.db.close()
    out = tmp_path / "out.jsonl"
    done = run(
        "export", "--format", "jsonl", "--out", str(out), "--db", str(db),
        "--annotator", "ana", "--drop-boilerplate", "--quiet",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    (_zero, head_end), (tail_start, tail_end) = ranges
    assert record["text"] == doc.text[head_end:tail_start] + doc.text[tail_end:]
    assert "Sign up" not in record["text"]
    assert "Subscribe" not in record["text"]
    written = sorted(record["text"][s["start"] : s["end"]] for s in record["spans"])
    assert written == ["General Amadou Keita", "Kidal", "Mali army"]
    manifest = json.loads(out.with_name(out.name + ".manifest.json").read_text("utf-8"))
    assert manifest["spans"] == 3
    assert manifest["boilerplate_dropped"]["documents"] == 1
    # Without the flag the text and all four spans are written as stored.
    plain = tmp_path / "plain.jsonl"
    done = run(
        "export", "--format", "jsonl", "--out", str(plain), "--db", str(db),
        "--annotator", "ana", "--quiet",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    (record,) = [json.loads(line) for line in plain.read_text("utf-8").splitlines()]
    assert record["text"] == doc.text
    assert len(record["spans"]) == 4


def test_drop_boilerplate_gives_a_valid_spacy_docbin(tmp_path: Path) -> None:
    spacy = pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    from annotator.services.exporting import Layer, export

    repo = Repository(open_db(tmp_path / "corpus.db"))
    doc = Document.from_text(TEXT, title="t")
    spans = [
        _span(doc, "General Amadou Keita", "ACTOR"),
        _span(doc, "Sahel Briefing", "ACTOR"),
    ]
    repo.import_documents([AnnotatedDocument(doc, spans)], "ana")
    out = tmp_path / "train.spacy"
    export(repo, "spacy", out, layer=Layer(("ana",)), drop_boilerplate=True)
    (loaded,) = DocBin().from_disk(out).get_docs(spacy.blank("en").vocab)
    assert "Sign up" not in loaded.text
    assert [(e.text, e.label_) for e in loaded.ents] == [("General Amadou Keita", "ACTOR")]
    repo.db.close()
