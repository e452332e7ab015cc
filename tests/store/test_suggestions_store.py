"""Migration m003, rejected suggestions, actor texts and the suggester layer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.services.suggesting import (
    SUGGESTER,
    evaluate_layer,
    load_gazetteer,
    parse_gazetteer,
    suggest_corpus,
    suggest_document,
    write_suggestions,
)
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXT = 'Mayor Ada Brun said 5 people were killed. "We are afraid," Brun told reporters.'
CASUALTY = (TEXT.index("5 people"), TEXT.index(" killed") + len(" killed"), "CASUALTY")
QUOTE = (TEXT.index("We are"), TEXT.index('," Brun') + 1, "QUOTE")


def _import(repo: Repository, text: str = TEXT, spans: list[Span] | None = None) -> str:
    document = Document.from_text(text, title="t")
    fixed = [Span(**{**s.__dict__, "document_id": document.id}) for s in spans or []]
    repo.import_documents([AnnotatedDocument(document, fixed)], "ana")
    return document.id


def test_migration_creates_the_rejections_table_with_its_index(repo: Repository) -> None:
    table = repo.db["rejected_suggestions"]
    assert {c.name for c in table.columns} == {
        "document_id",
        "start",
        "end",
        "label",
        "annotator",
        "rejected",
    }
    assert {fk.other_table for fk in table.foreign_keys} == {"documents", "annotators"}
    assert "rejected_suggestions_by_document" in {i.name for i in table.indexes}


def test_a_rejection_is_remembered_once_and_can_be_undone(repo: Repository) -> None:
    doc = _import(repo)
    assert repo.reject_suggestion(doc, 6, 14, "ACTOR", "ana") is True
    assert repo.reject_suggestion(doc, 6, 14, "ACTOR", "ana") is False
    assert repo.rejected_suggestions(doc, "ana") == {(6, 14, "ACTOR")}
    assert repo.rejected_suggestions(doc, "bo") == set()
    assert repo.unreject_suggestion(doc, 6, 14, "ACTOR", "ana") is True
    assert repo.rejected_suggestions(doc) == set()
    actions = [r[0] for r in repo.db.execute("SELECT action FROM events ORDER BY id")]
    assert actions[-2:] == ["suggestion.reject", "suggestion.unreject"]


def test_actor_texts_come_from_people_not_from_the_suggester(repo: Repository) -> None:
    doc = _import(
        repo,
        spans=[Span(new_id(), "", 6, 14, "ACTOR", "ana", {"type": "person"})],
    )
    write_suggestions(repo, doc, suggest_document(repo, doc, known_actors={}))
    texts = repo.actor_texts()
    assert texts == {"Ada Brun": "person"}


def test_actor_texts_are_cut_by_code_point_and_take_each_texts_most_used_type(
    repo: Repository,
) -> None:
    """Across documents, each text's type is its most used one, a typed use before an
    untyped one; an astral character before a name does not shift its cut."""
    first = _import(
        repo,
        "\U0001f600 Zoë Kaya met Kwame Osei.",
        [
            Span(new_id(), "", 2, 10, "ACTOR", "ana", {"type": "person"}),
            Span(new_id(), "", 15, 25, "ACTOR", "ana", {}),
        ],
    )
    second = _import(
        repo,
        "Kwame Osei and Zoë Kaya spoke.",
        [
            Span(new_id(), "", 0, 10, "ACTOR", "ana", {"type": "person"}),
            Span(new_id(), "", 15, 23, "ACTOR", "ana", {"type": "organisation"}),
        ],
    )
    third = _import(
        repo,
        "Zoë Kaya again.",
        [Span(new_id(), "", 0, 8, "ACTOR", "ana", {"type": "organisation"})],
    )
    assert len({first, second, third}) == 3
    assert repo.actor_texts() == {"Kwame Osei": "person", "Zoë Kaya": "organisation"}


def test_actor_texts_read_each_document_once_not_once_a_span(repo: Repository) -> None:
    """Many ACTOR spans on one long article: the texts come from one reading of it (SQL
    that cut them with substr over a join carried the whole text with each span: 9 GB
    for 16,000 spans on a 1 MB article)."""
    text = "".join(f"Name{n} Surname{n} spoke. " for n in range(3000))
    spans = []
    at = 0
    for n in range(3000):
        name = f"Name{n} Surname{n}"
        at = text.index(name, at)
        spans.append(Span(new_id(), "", at, at + len(name), "ACTOR", "ana", {}))
    _import(repo, text, spans)
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        texts = repo.actor_texts()
    finally:
        repo.db.conn.set_trace_callback(None)
    assert len(texts) == 3000
    assert texts["Name2999 Surname2999"] is None
    assert sum("FROM documents" in sql for sql in statements) == 1


def test_suggestions_go_to_the_suggester_layer_without_what_the_analyst_has(
    repo: Repository,
) -> None:
    doc = _import(repo, spans=[Span(new_id(), "", 6, 14, "ACTOR", "ana", {"type": "person"})])
    repo.reject_suggestion(doc, *QUOTE, "ana")
    found = suggest_document(repo, doc, analyst="ana")
    keys = {(s.start, s.end, s.label) for s in found}
    assert (6, 14, "ACTOR") not in keys
    assert QUOTE not in keys
    assert CASUALTY in keys
    spans, _relations = write_suggestions(repo, doc, found)
    stored = repo.spans(doc, [SUGGESTER])
    assert len(stored) == spans
    assert {s.provenance for s in stored} == {"suggested"}
    assert [s.annotator for s in repo.spans(doc, ["ana"])] == ["ana"]
    kind = repo.db.execute("SELECT kind FROM annotators WHERE name = ?", [SUGGESTER]).fetchone()
    assert kind == ("suggester",)


def test_a_suggested_quote_is_linked_to_its_suggested_speaker(repo: Repository) -> None:
    doc = _import(repo)
    report = suggest_corpus(repo)
    assert report.documents == 1
    assert report.relations == 1
    (relation,) = repo.relations(doc)
    head, tail = repo.span(relation.head_id), repo.span(relation.tail_id)
    assert (head.label, tail.label, relation.annotator) == ("QUOTE", "ACTOR", SUGGESTER)
    assert TEXT[tail.start : tail.end] == "Brun"


def test_running_again_replaces_the_layer_and_keeps_ids(repo: Repository) -> None:
    doc = _import(repo)
    suggest_corpus(repo)
    first = {s.id for s in repo.spans(doc, [SUGGESTER])}
    suggest_corpus(repo)
    assert {s.id for s in repo.spans(doc, [SUGGESTER])} == first
    repo.reject_suggestion(doc, *CASUALTY, "ana")
    suggest_corpus(repo, labels=["CASUALTY"])
    assert repo.spans(doc, [SUGGESTER]) == []


def test_progress_can_stop_the_corpus_run(repo: Repository) -> None:
    _import(repo)
    _import(repo, "Another text.")
    report = suggest_corpus(repo, progress=lambda done, total, _id: done < 1)
    assert report.documents == 1
    assert report.stopped


def test_the_shipped_gazetteer_loads_with_types() -> None:
    entries = load_gazetteer()
    assert entries["ICRC"].type == "organisation"
    assert entries["Meridian Wire"].type == "media"
    assert {e.type for e in entries.values()} <= {"state", "armed group", "media", "organisation"}


def test_a_users_gazetteer_folder_replaces_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "states.txt").write_text("# mine\nMorvania\nSalt Coast | armed group\n", "utf-8")
    entries = load_gazetteer(tmp_path)
    assert {(e.name, e.type) for e in entries.values()} == {
        ("Morvania", "state"),
        ("Salt Coast", "armed group"),
    }


def test_a_bad_type_in_a_gazetteer_names_file_and_line() -> None:
    from annotator.core.errors import InputError

    with pytest.raises(InputError) as caught:
        parse_gazetteer("A\nB | wizard\n", "state", "x.txt")
    assert (caught.value.file, caught.value.line) == ("x.txt", 2)


def test_evaluating_a_layer_matches_documents_by_text(db_path: Path) -> None:
    repo = Repository(open_db(db_path))
    doc = _import(repo)
    gold_doc = Document.from_text(TEXT, title="gold")
    quote = Span("q", gold_doc.id, QUOTE[0], QUOTE[1], "QUOTE", "gold")
    brun = Span("b", gold_doc.id, 59, 63, "ACTOR", "gold")
    gold = [AnnotatedDocument(gold_doc, [quote, brun], [Relation("r", "q", "b", "speaker", "g")])]
    suggest_corpus(repo)
    result = evaluate_layer(repo, gold, SUGGESTER)
    assert result.labels["QUOTE"].exact == 1
    assert result.speakers_correct == 1
    assert doc == gold_doc.id


def _suggested(doc: str, start: int, end: int, label: str, **attributes: object) -> Span:
    from annotator.core.spans import read_span

    return read_span(
        doc, start, end, label, SUGGESTER, attributes=attributes, provenance="suggested"
    )


def test_hidden_keys_of_many_documents_are_read_at_once_and_match_one_by_one(
    repo: Repository,
) -> None:
    from annotator.services.suggesting import hidden_keys

    tagged = _import(repo, spans=[Span(new_id(), "", 6, 14, "ACTOR", "ana", {"type": "person"})])
    rejected = _import(repo, "Another text, with 5 people killed.")
    untouched = _import(repo, "A third text.")
    repo.reject_suggestion(rejected, 20, 35, "CASUALTY", "bo")
    write_suggestions(repo, tagged, suggest_document(repo, tagged, known_actors={}))

    hidden = repo.hidden_suggestion_keys([tagged, rejected, untouched])

    assert hidden == {tagged: {(6, 14, "ACTOR")}, rejected: {(20, 35, "CASUALTY")}}
    for doc in (tagged, rejected, untouched):
        assert hidden.get(doc, set()) == hidden_keys(repo, doc, None)


def test_attributes_the_schema_refuses_are_refused_after_others_were_written(
    repo: Repository,
) -> None:
    from annotator.core.errors import SchemaError

    doc = _import(repo)
    good = _suggested(doc, 6, 14, "ACTOR", type="person")
    count = _suggested(doc, *CASUALTY, count_low=1)
    assert repo.replace_suggestions(doc, [good, count], []) == (2, 0)
    before = repo.spans(doc, [SUGGESTER])
    for bad in (
        _suggested(doc, 6, 14, "ACTOR", type="wizard"),
        _suggested(doc, *CASUALTY, count_low=True),  # equal to 1, but not a count
        _suggested(doc, *CASUALTY, colour="red"),
    ):
        with pytest.raises(SchemaError):
            repo.replace_suggestions(doc, [good, bad], [])
        assert repo.spans(doc, [SUGGESTER]) == before
    stored = {s.label: s.attributes for s in before}
    assert stored == {"ACTOR": {"type": "person"}, "CASUALTY": {"count_low": 1}}


def test_a_suggestion_past_the_end_of_the_text_is_refused(repo: Repository) -> None:
    from annotator.core.errors import SpanError

    doc = _import(repo)
    past = _suggested(doc, len(TEXT) - 3, len(TEXT) + 1, "ACTOR")
    for length in (None, len(TEXT)):
        with pytest.raises(SpanError):
            repo.replace_suggestions(doc, [past], [], text_length=length)
    assert repo.spans(doc, [SUGGESTER]) == []


def _rows_of(repo: Repository) -> list[tuple[Any, ...]]:
    spans = repo.db.execute(
        'SELECT id, document_id, start, "end", label, annotator, attributes, provenance '
        "FROM spans ORDER BY rowid"
    ).fetchall()
    relations = repo.db.execute(
        "SELECT id, head_id, tail_id, type, annotator FROM relations ORDER BY rowid"
    ).fetchall()
    return [*spans, *relations]


def test_suggested_rows_store_exactly_what_the_same_spans_store(tmp_path: Path) -> None:
    """The plain rows `annotator suggest` writes (SuggestedRows) and the Span objects of
    a SuggestionLayer give the same rows: ids, attributes as stored, provenance."""
    from annotator.core.model import imported_relation_id, imported_span_id
    from annotator.store.repository import SuggestedRows, SuggestionLayer

    text = 'The mayor of Teston said 12 farmers died. "Help us," the mayor said.'
    found = [
        (0, 19, "ACTOR", {"type": "state"}),
        (25, 40, "CASUALTY", {"count_low": 12, "count_high": 12}),
        (43, 51, "QUOTE", {}),
    ]
    stored = []
    for name, as_rows in (("spans", False), ("rows", True)):
        repo = Repository(open_db(tmp_path / f"{name}.db"))
        doc = _import(repo, text)
        ids = [imported_span_id(doc, a, b, label, SUGGESTER) for a, b, label, _ in found]
        speaker = Relation(
            imported_relation_id(ids[2], ids[0], "speaker"), ids[2], ids[0], "speaker", SUGGESTER
        )
        layer: SuggestionLayer | SuggestedRows = (
            SuggestedRows(doc, [(i, *f) for i, f in zip(ids, found, strict=True)], [speaker])
            if as_rows
            else SuggestionLayer(
                doc, [_suggested(doc, a, b, lb, **at) for a, b, lb, at in found], [speaker]
            )
        )
        assert repo.replace_suggestion_layers([layer], SUGGESTER) == [(3, 1)]
        stored.append(_rows_of(repo))
        repo.db.close()
    assert stored[0] == stored[1]
    assert {row[7] for row in stored[1][:3]} == {"suggested"}


def test_suggested_rows_past_the_text_or_refused_by_the_schema_write_nothing(
    repo: Repository,
) -> None:
    from annotator.core.errors import SchemaError, SpanError
    from annotator.store.repository import SuggestedRows

    doc = _import(repo)
    good = ("a", 6, 14, "ACTOR", {"type": "person"})
    assert repo.replace_suggestion_layers([SuggestedRows(doc, [good], [])]) == [(1, 0)]
    before = _rows_of(repo)
    for bad, error in (
        (("b", len(TEXT) - 3, len(TEXT) + 1, "ACTOR", {}), SpanError),
        (("b", 6, 6, "ACTOR", {}), SpanError),
        (("b", 6, 14, "ACTOR", {"type": "wizard"}), SchemaError),
        (("b", 0, 5, "CASUALTY", {"count_low": True}), SchemaError),
    ):
        for length in (None, len(TEXT)):
            with pytest.raises(error):
                repo.replace_suggestion_layers([SuggestedRows(doc, [good, bad], [], length)])
            assert _rows_of(repo) == before


def test_an_empty_extent_from_the_rules_is_refused_as_read_span_refuses_it() -> None:
    from annotator.core.errors import SpanError
    from annotator.services.suggesting import _layer

    with pytest.raises(SpanError, match="empty"):
        _layer("d", [(4, 4, "ACTOR", {}, None)], 10)


def test_actor_texts_are_read_again_only_when_the_corpus_changed(
    repo: Repository, db_path: Path
) -> None:
    """Every suggestion job asks for the known actors on its own connection: while the
    corpus is unchanged they are not read again (the same dict, so the rules' name
    matcher for it is kept); a new ACTOR tag reaches the next job's, whoever wrote it."""
    doc = _import(repo, spans=[Span(new_id(), "", 6, 14, "ACTOR", "ana", {"type": "person"})])
    first = repo.actor_texts()
    assert first == {"Ada Brun": "person"}
    job = Repository(open_db(db_path))  # the next suggestion job's own connection
    try:
        statements: list[str] = []
        job.db.conn.set_trace_callback(statements.append)
        assert job.actor_texts() is first
        job.db.conn.set_trace_callback(None)
        assert not any("FROM spans" in sql for sql in statements)
        # The analyst tags Brun in the window: the next job knows it.
        brun = TEXT.index("Brun told")
        repo.add_span(Span(new_id(), doc, brun, brun + 4, "ACTOR", "ana", {}))
        assert job.actor_texts() == {"Ada Brun": "person", "Brun": None}
        # Another program (its own connection) relabels it: this connection sees that too.
        tagged = [s for s in job.spans(doc) if s.start == brun]
        job.update_span(tagged[0].id, label="CASUALTY", by="bo")
        assert repo.actor_texts() == {"Ada Brun": "person"}
    finally:
        job.db.close()


def test_after_a_tag_only_the_tagged_document_is_read_again(repo: Repository) -> None:
    """An analyst tags, then opens the next article: its job reads the one document the
    tag went to, not the corpus; an import (no document named) means a full reading."""
    names = [f"Amara Diallo{n}" for n in range(5)]
    docs = [
        _import(
            repo,
            f"{name} spoke in town {n}.",
            [Span(new_id(), "", 0, len(name), "ACTOR", "ana", {"type": "person"})],
        )
        for n, name in enumerate(names)
    ]
    assert repo.actor_texts() == dict.fromkeys(names, "person")
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        town = "spoke in town 2".index("town") + len(names[2]) + 1
        repo.add_span(Span(new_id(), docs[2], town, town + 4, "ACTOR", "ana", {}))
        repo.delete_span(repo.spans(docs[4])[0].id, by="ana")
        statements.clear()
        texts = repo.actor_texts()
    finally:
        repo.db.conn.set_trace_callback(None)
    assert texts == {**dict.fromkeys(names[:4], "person"), "town": None}
    assert sum("FROM documents" in sql for sql in statements) == 1  # docs[2]; docs[4] has none
    _import(repo, "Kofi Mensah arrived.", [Span(new_id(), "", 0, 11, "ACTOR", "ana", {})])
    assert repo.actor_texts() == {**texts, "Kofi Mensah": None}


def test_actor_texts_of_another_file_are_its_own(tmp_path: Path) -> None:
    """A second database (or the same path made anew) never gets the first one's actors."""
    seen = []
    for n in range(2):
        path = tmp_path / "corpus.db"
        path.unlink(missing_ok=True)
        repo = Repository(open_db(path))
        try:
            name = ["Ada Brun", "Kofi Mensah"][n]
            _import(repo, f"{name} spoke.", [Span(new_id(), "", 0, len(name), "ACTOR", "ana", {})])
            seen.append(repo.actor_texts())
        finally:
            repo.db.close()
    assert seen == [{"Ada Brun": None}, {"Kofi Mensah": None}]


def test_actor_texts_inside_a_transaction_are_read_then_and_not_kept(repo: Repository) -> None:
    doc = _import(repo, spans=[Span(new_id(), "", 6, 14, "ACTOR", "ana", {"type": "person"})])
    assert repo.actor_texts() == {"Ada Brun": "person"}
    brun = TEXT.index("Brun told")
    seen = []

    def tag_then_fail() -> None:
        with repo.action():
            repo.db.execute(
                'INSERT INTO spans (id, document_id, start, "end", label, annotator, '
                "attributes, provenance, created, updated) VALUES "
                "(?, ?, ?, ?, 'ACTOR', 'ana', '{}', 'manual', '', '')",
                [new_id(), doc, brun, brun + 4],
            )
            seen.append(repo.actor_texts())
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError):
        tag_then_fail()
    assert seen == [{"Ada Brun": "person", "Brun": None}]
    assert repo.actor_texts() == {"Ada Brun": "person"}


def test_kept_actor_texts_read_nothing_of_the_corpus(repo: Repository) -> None:
    """The window asks for them as a long article opens, before it is painted (to hand
    the worker processes their share of its rules then): what this process last read for
    the file, even if out of date, or None; never a reading (about 0.2 s after tags in a
    long article, seconds for a whole large corpus)."""
    doc = _import(repo, spans=[Span(new_id(), "", 6, 14, "ACTOR", "ana", {"type": "person"})])
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        assert repo.kept_actor_texts() is None  # never read for this file
    finally:
        repo.db.conn.set_trace_callback(None)
    first = repo.actor_texts()
    brun = TEXT.index("Brun told")
    repo.add_span(Span(new_id(), doc, brun, brun + 4, "ACTOR", "ana", {}))
    statements.clear()
    repo.db.conn.set_trace_callback(statements.append)
    try:
        assert repo.kept_actor_texts() is first  # as read, the tag since not looked at
    finally:
        repo.db.conn.set_trace_callback(None)
    assert not any("spans" in sql or "events" in sql for sql in statements)
    assert repo.actor_texts() == {"Ada Brun": "person", "Brun": None}
    assert repo.kept_actor_texts() == {"Ada Brun": "person", "Brun": None}
    other = Repository(open_db(repo.path + "-other"))  # another file: nothing kept for it
    try:
        assert other.kept_actor_texts() is None
    finally:
        other.db.close()


def _texts(count: int) -> list[str]:
    return [f"{TEXT} Report {n}." for n in range(count)]


def test_a_batch_of_documents_is_written_with_a_few_statements_not_some_per_document(
    repo: Repository,
) -> None:
    for text in _texts(10):
        _import(repo, text)
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        report = suggest_corpus(repo)
    finally:
        repo.db.conn.set_trace_callback(None)
    spans = repo.db.execute("SELECT count(*) FROM spans WHERE annotator = ?", [SUGGESTER])
    assert report.documents == 10
    assert spans.fetchone()[0] == sum(report.per_label.values()) >= 20

    def count(opening: str) -> int:
        # Distinct texts: SQLite traces a statement again for each trigger it runs.
        return len({s for s in statements if s.lstrip().upper().startswith(opening)})

    # Ten documents are one batch: a statement per power of two in its number of spans
    # inserts them (40 spans: 32 and 8; see test_suggestion_inserts_reuse_...), likewise
    # its relations (before: one per span and a savepoint per document).
    relations = repo.db.execute("SELECT count(*) FROM relations").fetchone()[0]
    assert count("INSERT INTO SPANS") <= sum(report.per_label.values()).bit_count() <= 4
    assert count("INSERT INTO RELATIONS") <= relations.bit_count() <= 4
    assert count("SAVEPOINT") <= 2


def test_suggestion_inserts_reuse_a_few_statement_texts_whatever_the_batch_sizes(
    repo: Repository,
) -> None:
    from annotator.store.repository import SuggestionLayer

    text = "word " * 40
    documents = [_import(repo, f"{text}{n}") for n in range(40)]
    # Layers of 1 to 40 spans, each span a word, every other ACTOR with a type.
    layers = [
        SuggestionLayer(
            document_id,
            [
                _suggested(document_id, 5 * k, 5 * k + 4, "ACTOR", type="state")
                if k % 2
                else _suggested(document_id, 5 * k, 5 * k + 4, "CASUALTY")
                for k in range(size)
            ],
            [],
        )
        for size, document_id in enumerate(documents, start=1)
    ]
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    try:
        for layer in layers:  # a batch each: forty different numbers of rows
            repo.replace_suggestion_layers([layer], SUGGESTER)
    finally:
        repo.db.conn.set_trace_callback(None)
    # Rows per statement run (the trace shows each run with its values bound).
    sizes = {s.count("), (") + 1 for s in statements if s.startswith("INSERT INTO spans")}
    # Powers of two, 1 to 32 rows: six statement texts, each prepared once and then
    # taken from sqlite3's statement cache; before, one text per number of rows (40).
    assert sizes == {1, 2, 4, 8, 16, 32}
    for size, layer in enumerate(layers, start=1):
        stored = repo.spans(layer.document_id, [SUGGESTER])
        assert [(s.id, s.start, s.attributes) for s in stored] == [
            (s.id, s.start, s.attributes) for s in layer.spans
        ]
        assert len(stored) == size


def test_statement_journals_stay_in_memory_while_suggestions_are_written(
    repo: Repository,
) -> None:
    _import(repo)
    before = repo.db.execute("PRAGMA temp_store").fetchone()[0]
    during: list[int] = []

    def progress(_done: int, _total: int, document_id: str) -> None:
        if document_id:  # (the last call, "", comes once everything is written)
            during.append(repo.db.execute("PRAGMA temp_store").fetchone()[0])

    suggest_corpus(repo, progress=progress)
    assert during == [2]  # MEMORY: no temporary file written per statement
    assert repo.db.execute("PRAGMA temp_store").fetchone()[0] == before


def test_the_page_cache_is_larger_while_suggestions_are_written(repo: Repository) -> None:
    _import(repo)
    before = repo.db.execute("PRAGMA cache_size").fetchone()[0]
    during: list[int] = []

    def progress(_done: int, _total: int, document_id: str) -> None:
        if document_id:
            during.append(repo.db.execute("PRAGMA cache_size").fetchone()[0])

    suggest_corpus(repo, progress=progress)
    assert during == [-32768]  # 32 MiB: the id index's pages are not read back per batch
    assert repo.db.execute("PRAGMA cache_size").fetchone()[0] == before


@pytest.mark.parametrize("jobs", [1, 2])
def test_batches_commit_together_in_groups_whose_writes_wait_for_no_rules(
    repo: Repository, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    from annotator.services import suggesting

    monkeypatch.setattr(suggesting, "_BATCH", 4)
    monkeypatch.setattr(suggesting, "_COMMIT_EVERY", 8)
    for text in _texts(20):  # five batches: groups of two, two and one
        _import(repo, text)
    statements: list[str] = []
    in_transaction: list[bool] = []
    rules = suggesting.suggest

    def noting(text: str, **options: Any) -> Any:
        in_transaction.append(repo.db.conn.in_transaction)  # (jobs=1: in this process)
        return rules(text, **options)

    monkeypatch.setattr(suggesting, "suggest", noting)
    repo.db.conn.set_trace_callback(statements.append)
    try:
        report = suggest_corpus(repo, jobs=jobs)
    finally:
        repo.db.conn.set_trace_callback(None)
    assert report.documents == 20
    assert sum(1 for s in statements if s.strip().upper() == "COMMIT") == 3
    assert not any(in_transaction)  # the rules never run while the write lock is held
    written = repo.db.execute(
        "SELECT count(DISTINCT document_id) FROM spans WHERE annotator = ?", [SUGGESTER]
    )
    assert written.fetchone()[0] == 20


def test_a_stop_in_a_later_batch_of_a_group_keeps_the_batches_before_it(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services import suggesting

    monkeypatch.setattr(suggesting, "_BATCH", 2)
    for text in _texts(7):
        _import(repo, text)
    order = repo.document_ids()
    report = suggest_corpus(repo, progress=lambda done, _total, _id: done < 5)
    assert (report.documents, report.stopped) == (5, True)
    assert [d for d in order if repo.spans(d, [SUGGESTER])] == order[:5]


def test_a_stop_inside_a_batch_keeps_the_documents_up_to_it_and_none_after(
    repo: Repository,
) -> None:
    for text in _texts(5):
        _import(repo, text)
    order = repo.document_ids()
    report = suggest_corpus(repo, progress=lambda done, _total, _id: done < 3)
    assert (report.documents, report.stopped) == (3, True)
    written = [d for d in order if repo.spans(d, [SUGGESTER])]
    assert written == order[:3]
    stored = repo.db.execute("SELECT count(*) FROM spans WHERE annotator = ?", [SUGGESTER])
    assert stored.fetchone()[0] == sum(report.per_label.values())
    events = repo.db.execute(
        "SELECT document_id FROM events WHERE action = ?", ["suggestions.replace"]
    )
    assert [row[0] for row in events] == order[:3]


def test_suggestion_layers_are_written_all_or_none(repo: Repository) -> None:
    from annotator.core.errors import SpanError
    from annotator.store.repository import SuggestionLayer

    first, second = _import(repo), _import(repo, "Another text.")
    kept = _suggested(first, *CASUALTY)
    assert repo.replace_suggestions(first, [kept], []) == (1, 0)
    new = _suggested(first, *QUOTE)
    past = _suggested(second, 0, 40, "ACTOR", type="state")  # longer than its text
    with pytest.raises(SpanError):
        repo.replace_suggestion_layers(
            [SuggestionLayer(first, [new], []), SuggestionLayer(second, [past], [])]
        )
    assert [s.id for s in repo.spans(first, [SUGGESTER])] == [kept.id]
    assert repo.replace_suggestion_layers(
        [SuggestionLayer(first, [new], []), SuggestionLayer(second, [], [])]
    ) == [(1, 0), (0, 0)]
    assert [s.id for s in repo.spans(first, [SUGGESTER])] == [new.id]


def test_worker_processes_inherit_the_rules_objects_frozen_out_of_garbage_collection(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import os

    from annotator.services import suggesting

    for text in _texts(40):  # three batches: two worker processes
        _import(repo, text)
    rules = suggesting.suggest

    def noting_frozen(text: str, **options: Any) -> Any:
        # Runs in a worker (forked: it finds this function where the test put it).
        (tmp_path / f"worker-{os.getpid()}").write_text(str(gc.get_freeze_count()), "utf-8")
        return rules(text, **options)

    monkeypatch.setattr(suggesting, "suggest", noting_frozen)
    assert suggest_corpus(repo, jobs=2).documents == 40
    frozen = [int(p.read_text("utf-8")) for p in tmp_path.glob("worker-*")]
    assert frozen
    assert all(count > 10_000 for count in frozen)  # the compiled rules, the name indexes
    assert gc.get_freeze_count() == 0  # and this process lets them go again


def test_one_process_runs_the_rules_with_their_objects_frozen_out_of_garbage_collection(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    from annotator.services import suggesting

    for text in _texts(3):
        _import(repo, text)
    rules = suggesting.suggest
    frozen: list[int] = []

    def noting_frozen(text: str, **options: Any) -> Any:
        frozen.append(gc.get_freeze_count())
        return rules(text, **options)

    monkeypatch.setattr(suggesting, "suggest", noting_frozen)
    assert suggest_corpus(repo, jobs=1).documents == 3
    # the compiled rules and the name indexes: no full collection walks them again
    assert len(frozen) == 3
    assert all(count > 10_000 for count in frozen)
    assert gc.get_freeze_count() == 0  # let go again once the run is done
