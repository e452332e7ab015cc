"""The actor registry: link, aliases, merge and its undo, merge of databases, exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.errors import SchemaError, SpanError
from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.core.spans import actor_types
from annotator.services.exporting import Layer, export
from annotator.store import actors as reg
from annotator.store.db import open_db
from annotator.store.merge import merge_database
from annotator.store.repository import Repository

TEXT = 'SOHR said "Many died," and the Syrian Observatory for Human Rights agreed.'


@pytest.fixture
def doc(repo: Repository) -> Document:
    document = Document.from_text(TEXT, "Report")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    return document


def _span(repo: Repository, doc: Document, needle: str, label: str = "ACTOR") -> Span:
    start = TEXT.index(needle)
    return repo.add_span(Span(new_id(), doc.id, start, start + len(needle), label, "ana"))


def test_link_span_to_actor_and_unlink(repo: Repository, doc: Document) -> None:
    span = _span(repo, doc, "SOHR")
    sohr = reg.create_actor(repo, "Syrian Observatory for Human Rights", "organisation", by="ana")
    assert reg.link_span(repo, span.id, sohr.id, by="ana") is None
    assert reg.span_actor(repo, span.id) == sohr.id
    assert reg.link_span(repo, span.id, None, by="ana") == sohr.id
    assert reg.span_actor(repo, span.id) is None


def test_only_actor_spans_link(repo: Repository, doc: Document) -> None:
    quote = _span(repo, doc, "Many died,", "QUOTE")
    someone = reg.create_actor(repo, "Someone", by="ana")
    with pytest.raises(SpanError):
        reg.link_span(repo, quote.id, someone.id, by="ana")


def test_aliases_suggest_the_actor(repo: Repository, doc: Document) -> None:
    sohr = reg.create_actor(
        repo, "Syrian Observatory for Human Rights", "organisation", by="ana", aliases=["SOHR"]
    )
    assert reg.add_alias(repo, sohr.id, "the  Observatory", by="ana")
    assert not reg.add_alias(repo, sohr.id, "THE observatory", by="ana")
    assert [a.id for a in reg.suggest_actors(repo, "sohr")] == [sohr.id]
    assert [a.id for a in reg.suggest_actors(repo, "The Observatory")] == [sohr.id]
    assert [a.id for a in reg.suggest_actors(repo, "syrian observatory for human rights")] == [
        sohr.id
    ]
    assert reg.suggest_actors(repo, "nobody") == []


def test_names_that_fold_only_in_python_are_still_suggested(repo: Repository) -> None:
    """SQLite lowers ASCII only; names with accented capitals, ligatures or stray spaces
    (as a merged database may hold) are found as a fold of every name would find them."""
    names = ["MAROVIĆ", "Marović", "ﬀ Group", "FF Group", "Free Valdor Front", "Ilse Marović"]
    made = {name: reg.create_actor(repo, name, "person", by="ana") for name in names}
    odd = reg.create_actor(repo, "Valdor Army", "armed group", by="ana")
    spaced = reg.create_actor(repo, "Border Guard", "armed group", by="ana")
    with repo.action():  # stored as an older or merged database might hold them
        repo.db.execute("UPDATE actors SET name = ? WHERE id = ?", [" Valdor\t Army ", odd.id])
        repo.db.execute("UPDATE actors SET name = ? WHERE id = ?", [" Border  Guard", spaced.id])
    every = [*reg.actors(repo)]
    for text in [
        "marović",
        "ff group",
        "FF GROUP",
        "free valdor front",
        "valdor army",
        "BORDER guard",
    ]:
        expected = {a.id for a in every if reg.fold(a.name) == reg.fold(text)}
        assert {a.id for a in reg.suggest_actors(repo, text)} == expected, text
        assert expected, text
    assert {a.id for a in reg.suggest_actors(repo, "marović")} == {
        made["MAROVIĆ"].id,
        made["Marović"].id,
    }
    assert {a.id for a in reg.suggest_actors(repo, "valdor army")} == {odd.id}
    assert {a.id for a in reg.suggest_actors(repo, "border guard")} == {spaced.id}


def test_affiliation_links(repo: Repository) -> None:
    rami = reg.create_actor(repo, "Rami Abdel Rahman", "person", by="ana")
    sohr = reg.create_actor(repo, "SOHR", "organisation", by="ana")
    assert reg.link_actors(repo, rami.id, sohr.id, by="ana")
    assert [a.id for a in reg.affiliations(repo, rami.id)] == [sohr.id]
    row = next(r for r in reg.registry(repo) if r.actor.id == rami.id)
    assert row.affiliated_with == (sohr.id,)


def test_merge_relinks_all_mentions_and_undo_restores(repo: Repository, doc: Document) -> None:
    short = _span(repo, doc, "SOHR")
    long = _span(repo, doc, "Syrian Observatory for Human Rights")
    a = reg.create_actor(repo, "SOHR", "organisation", by="ana")
    b = reg.create_actor(repo, "Syrian Observatory for Human Rights", "organisation", by="ana")
    reg.link_span(repo, short.id, a.id, by="ana")
    reg.link_span(repo, long.id, b.id, by="ana")
    events = repo.db.execute("SELECT count(*) FROM events").fetchone()[0]
    record = reg.merge_actors(repo, a.id, b.id, by="ana")
    assert repo.db.execute("SELECT count(*) FROM events").fetchone()[0] == events + 1
    assert reg.span_actor(repo, short.id) == b.id
    assert [r.actor.id for r in reg.registry(repo)] == [b.id]
    assert reg.registry(repo)[0].mentions == 2
    assert "SOHR" in reg.actor(repo, b.id).aliases
    reg.unmerge_actors(repo, record, by="ana")
    assert reg.span_actor(repo, short.id) == a.id
    assert reg.span_actor(repo, long.id) == b.id
    assert reg.actor(repo, b.id).aliases == ()
    assert {r.actor.id: r.mentions for r in reg.registry(repo)} == {a.id: 1, b.id: 1}


def test_counts_documents_and_speaker_statistics(repo: Repository, doc: Document) -> None:
    speaker = _span(repo, doc, "SOHR")
    quote = _span(repo, doc, "Many died,", "QUOTE")
    repo.add_relation(Relation(new_id(), quote.id, speaker.id, "speaker", "ana"))
    sohr = reg.create_actor(repo, "SOHR", "organisation", by="ana")
    reg.link_span(repo, speaker.id, sohr.id, by="ana")
    (row,) = reg.registry(repo)
    assert (row.mentions, row.documents, row.quotes) == (1, 1, 1)
    assert reg.actor_documents(repo, sohr.id) == [(doc.id, "Report", 1)]
    (stat,) = reg.speaker_statistics(repo)
    assert (stat.name, stat.quotes, stat.documents) == ("SOHR", 1, [(doc.id, "Report", 1)])


def test_exports_carry_the_actor(repo: Repository, doc: Document, tmp_path: Path) -> None:
    span = _span(repo, doc, "SOHR")
    sohr = reg.create_actor(repo, "Syrian Observatory for Human Rights", "organisation", by="ana")
    reg.link_span(repo, span.id, sohr.id, by="ana")
    export(repo, "jsonl", tmp_path / "out.jsonl", layer=Layer(("ana",)))
    record = json.loads((tmp_path / "out.jsonl").read_text("utf-8"))
    (entry,) = record["spans"]
    assert entry["actor"] == {"id": sohr.id, "name": "Syrian Observatory for Human Rights"}
    export(repo, "csv", tmp_path / "out.csv", layer=Layer(("ana",)))
    csv_text = (tmp_path / "out.csv").read_text("utf-8-sig")
    assert "actor_id,actor_name" in csv_text.splitlines()[0]
    assert sohr.id in csv_text
    export(repo, "brat", tmp_path / "brat", layer=Layer(("ana",)))
    ann = next((tmp_path / "brat").rglob("*.ann")).read_text("utf-8")
    assert f"Reference T1 annotator:{sohr.id}\tSyrian Observatory" in ann


def test_database_merge_brings_registry_and_links(tmp_path: Path) -> None:
    ours = Repository(open_db(tmp_path / "ours.db"))
    theirs = Repository(open_db(tmp_path / "theirs.db"))
    document = Document.from_text(TEXT, "Report")
    for r in (ours, theirs):
        r.import_documents([AnnotatedDocument(document)], "ana")
    span = theirs.add_span(Span(new_id(), document.id, 0, 4, "ACTOR", "ben"))
    a = reg.create_actor(theirs, "SOHR", "organisation", by="ben", aliases=["the Observatory"])
    b = reg.create_actor(theirs, "Observatory", "organisation", by="ben")
    reg.link_span(theirs, span.id, a.id, by="ben")
    reg.merge_actors(theirs, b.id, a.id, by="ben")
    theirs.db.close()
    merge_database(ours, tmp_path / "theirs.db", by="ana")
    assert reg.span_actor(ours, span.id) == a.id
    assert [r.actor.name for r in reg.registry(ours)] == ["SOHR"]
    assert set(reg.actor(ours, a.id).aliases) == {"the Observatory", "Observatory"}
    merge_database(ours, tmp_path / "theirs.db", by="ana")  # idempotent
    assert ours.db.execute("SELECT count(*) FROM span_actors").fetchone()[0] == 1


def test_native_jsonl_import_brings_back_the_actor_links(
    repo: Repository, doc: Document, tmp_path: Path
) -> None:
    from annotator.formats.common import ReadOptions
    from annotator.services.importing import import_paths

    span = _span(repo, doc, "SOHR")
    sohr = reg.create_actor(repo, "Syrian Observatory for Human Rights", "organisation", by="ana")
    reg.link_span(repo, span.id, sohr.id, by="ana")
    export(repo, "jsonl", tmp_path / "out.jsonl", layer=Layer(("ana",)))
    fresh = Repository(open_db(tmp_path / "fresh.db"))
    report = import_paths(fresh, [tmp_path / "out.jsonl"], ReadOptions(annotator="ana"))
    assert report.ok, report.problems()
    assert reg.span_actor(fresh, span.id) == sohr.id
    assert reg.actor(fresh, sohr.id).name == "Syrian Observatory for Human Rights"
    # Importing again changes nothing.
    import_paths(fresh, [tmp_path / "out.jsonl"], ReadOptions(annotator="ana"))
    assert fresh.db.execute("SELECT count(*) FROM actors").fetchone()[0] == 1


def test_a_malformed_actor_field_is_a_clear_record_problem(tmp_path: Path) -> None:
    from annotator.formats.jsonl import read_jsonl

    line = json.dumps(
        {"text": "SOHR said.", "spans": [{"start": 0, "end": 4, "label": "ACTOR", "actor": 7}]}
    )
    result = read_jsonl(line.encode(), "bad.jsonl")
    (problem,) = result.problems
    assert "actor" in str(problem)
    assert "bad.jsonl, line 1" in str(problem)


def test_the_registry_types_are_the_schema_types_the_database_accepts(repo: Repository) -> None:
    # actor_types() is the one list in the code; m005's CHECK constraint holds the same.
    table_sql = repo.db.execute("SELECT sql FROM sqlite_master WHERE name = 'actors'").fetchone()[0]
    for kind in actor_types():
        assert f"'{kind}'" in table_sql
        assert reg.create_actor(repo, f"Someone {kind}", kind, by="ana").type == kind
    with pytest.raises(SchemaError, match="use one of person, organisation"):
        reg.create_actor(repo, "Nobody", "gang", by="ana")
