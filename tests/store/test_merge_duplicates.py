"""One annotator's same span in two copies of a database is one span after a merge.

"The same span": same annotator, document, start, end, label and attributes (how it was
made and when are not part of it). The receiving file's id stays: a merge never renames
or removes a span of ours, whatever ids a colleague's file offers; what pointed at their
copy (speaker links, comments) moves to ours. Merging either way gives the same spans and
links, each under the receiving file's ids. A span a file already held twice stays twice.
The same words with other attributes are two versions: both stay, and the merge reports
them.
"""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.store.db import open_db
from annotator.store.merge import MergeCancelled, merge_database
from annotator.store.repository import Repository
from annotator.store.review import add_comment

TEXT = 'Minister Ana Lopes said: "We counted 408 dead in Kharvelo." Rebels denied it.'
SMALL = "11111111-1111-4111-8111-111111111111"
LARGE = "99999999-9999-4999-8999-999999999999"
QUOTE_A = "55555555-5555-4555-8555-555555555555"
QUOTE_B = "66666666-6666-4666-8666-666666666666"
ACTOR = (9, 18)  # "Ana Lopes"
QUOTE = (26, 58)


def _open(path: Path) -> Repository:
    return Repository(open_db(path))


def _copies(tmp_path: Path) -> tuple[Path, Path, str]:
    """a.db and b.db: copies of one database holding the article and no span."""
    base = tmp_path / "base.db"
    repo = _open(base)
    document = Document.from_text(TEXT, title="Kharvelo")
    repo.import_documents([AnnotatedDocument(document)], "ana")
    repo.db.close()
    shutil.copy(base, tmp_path / "a.db")
    shutil.copy(base, tmp_path / "b.db")
    return tmp_path / "a.db", tmp_path / "b.db", document.id


def _tag(path: Path, document_id: str, actor_id: str, quote_id: str, **attributes: str) -> None:
    """Ana tags the minister and her quote, and links them, in the copy at `path`."""
    repo = _open(path)
    actor = repo.add_span(Span(actor_id, document_id, *ACTOR, "ACTOR", "ana", dict(attributes)))
    quote = repo.add_span(Span(quote_id, document_id, *QUOTE, "QUOTE", "ana"))
    repo.add_relation(Relation(f"r-{quote_id}", quote.id, actor.id, "speaker", "ana"))
    repo.db.close()


def _layers(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    spans = sorted(
        conn.execute(
            'SELECT id, document_id, start, "end", label, annotator, attributes FROM spans'
        ).fetchall()
    )
    relations = sorted(
        conn.execute("SELECT head_id, tail_id, type, annotator FROM relations").fetchall()
    )
    conn.close()
    return spans, relations


def _contents(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The layers without ids: each span by what it is, each relation by its ends' contents."""
    conn = sqlite3.connect(path)
    what = {
        row[0]: row[1:]
        for row in conn.execute(
            'SELECT id, document_id, start, "end", label, annotator, attributes FROM spans'
        )
    }
    relations = sorted(
        (what[head], what[tail], kind, annotator)
        for head, tail, kind, annotator in conn.execute(
            "SELECT head_id, tail_id, type, annotator FROM relations"
        )
    )
    conn.close()
    return sorted(what.values()), relations


def _merge_both_ways(tmp_path: Path, a: Path, b: Path):  # type: ignore[no-untyped-def]
    """B merged into a copy of A, and A into a copy of B: both merged files and reports."""
    into_a, into_b = tmp_path / "a_merged.db", tmp_path / "b_merged.db"
    shutil.copy(a, into_a)
    shutil.copy(b, into_b)
    repo = _open(into_a)
    report_a = merge_database(repo, b, by="ana", snapshot=False)
    repo.db.close()
    repo = _open(into_b)
    report_b = merge_database(repo, a, by="ana", snapshot=False)
    repo.db.close()
    return into_a, report_a, into_b, report_b


def test_a_span_tagged_in_two_copies_is_one_span_whichever_way_they_are_merged(
    tmp_path: Path,
) -> None:
    a, b, document_id = _copies(tmp_path)
    _tag(a, document_id, LARGE, QUOTE_A)
    _tag(b, document_id, SMALL, QUOTE_B)
    repo = _open(a)
    add_comment(repo, document_id, "ana", "check the spelling", span_id=LARGE)
    repo.db.close()

    into_a, report_a, into_b, report_b = _merge_both_ways(tmp_path, a, b)

    assert _contents(into_a) == _contents(into_b)
    # One ACTOR and one QUOTE under the receiving file's own ids; one speaker link.
    spans, relations = _layers(into_a)
    assert [(s[0], s[2], s[3], s[4]) for s in spans] == [
        (QUOTE_A, *QUOTE, "QUOTE"),
        (LARGE, *ACTOR, "ACTOR"),
    ]
    assert relations == [(QUOTE_A, LARGE, "speaker", "ana")]
    spans, relations = _layers(into_b)
    assert [(s[0], s[2], s[3], s[4]) for s in spans] == [
        (SMALL, *ACTOR, "ACTOR"),
        (QUOTE_B, *QUOTE, "QUOTE"),
    ]
    assert relations == [(QUOTE_B, SMALL, "speaker", "ana")]
    # Both of their spans are already here, whichever way.
    assert report_a.duplicates_matched == report_b.duplicates_matched == 2
    assert report_a.spans_added == report_b.spans_added == 0
    assert not report_a.conflicts
    assert not report_b.conflicts
    assert "2 spans tagged in both files kept once (your copy)" in report_a.summary()
    # The comment on A's ACTOR stays with it; B's comment-less copy brought nothing.
    conn = sqlite3.connect(into_a)
    assert conn.execute("SELECT span_id FROM comments").fetchall() == [(LARGE,)]
    event = conn.execute("SELECT data FROM events WHERE action = 'database.merge'").fetchone()[0]
    conn.close()
    assert SMALL in event  # their copy, recorded as held here under our id
    assert '"duplicates_matched": 2' in event

    # Merging again changes nothing, in either file.
    for merged, other in ((into_a, b), (into_b, a)):
        before = _layers(merged)
        repo = _open(merged)
        again = merge_database(repo, other, by="ana", snapshot=False)
        repo.db.close()
        assert not again.changed
        assert not again.conflicts
        assert _layers(merged) == before


def test_a_span_one_copy_holds_twice_stays_twice_under_our_ids(tmp_path: Path) -> None:
    """Merging never makes a file's own layer smaller: the span is kept as often as the
    file that holds it more often has it, under our ids first."""
    third = "77777777-7777-4777-8777-777777777777"
    a, b, document_id = _copies(tmp_path)
    _tag(a, document_id, LARGE, QUOTE_A)
    repo = _open(a)  # the same ACTOR once more in A, under a third id
    repo.add_span(Span(third, document_id, *ACTOR, "ACTOR", "ana"))
    repo.db.close()
    _tag(b, document_id, SMALL, QUOTE_B)

    into_a, report_a, into_b, report_b = _merge_both_ways(tmp_path, a, b)

    # The same spans and links either way.
    assert _contents(into_a) == _contents(into_b)
    assert sorted(s[0] for s in _layers(into_a)[0] if s[4] == "ACTOR") == [third, LARGE]
    # B held the ACTOR once: A's twice stay, B's SMALL comes in beside its own.
    assert sorted(s[0] for s in _layers(into_b)[0] if s[4] == "ACTOR") == [SMALL, third]
    assert report_a.duplicates_matched == 2  # B's ACTOR and QUOTE_B
    assert report_b.duplicates_matched == 2  # A's LARGE and QUOTE_A (third came in)
    for merged, other in ((into_a, b), (into_b, a)):
        before = _layers(merged)
        repo = _open(merged)
        again = merge_database(repo, other, by="ana", snapshot=False)
        repo.db.close()
        assert not again.changed, again.summary()
        assert _layers(merged) == before


def test_a_speaker_link_to_one_of_two_equal_spans_is_not_doubled_by_the_merge(
    tmp_path: Path,
) -> None:
    """A holds the ACTOR twice and links the quote to the copy with the larger id; B holds
    it once, linked the same way. Their link folds onto our smaller copy: it is the link
    we hold already (to an equal span), not a second speaker for the same quote."""
    third = "77777777-7777-4777-8777-777777777777"  # smaller than LARGE
    a, b, document_id = _copies(tmp_path)
    _tag(a, document_id, LARGE, QUOTE_A)
    repo = _open(a)
    repo.add_span(Span(third, document_id, *ACTOR, "ACTOR", "ana"))
    repo.db.close()
    _tag(b, document_id, SMALL, QUOTE_B)

    into_a, report_a, into_b, report_b = _merge_both_ways(tmp_path, a, b)

    # One speaker link either way: the one each file held, to the span it pointed at.
    assert _layers(into_a)[1] == [(QUOTE_A, LARGE, "speaker", "ana")]
    assert _layers(into_b)[1] == [(QUOTE_B, SMALL, "speaker", "ana")]
    assert _contents(into_a) == _contents(into_b)
    assert report_a.relations_added == report_b.relations_added == 0
    for merged, other in ((into_a, b), (into_b, a)):
        before = _layers(merged)
        repo = _open(merged)
        again = merge_database(repo, other, by="ana", snapshot=False)
        repo.db.close()
        assert not again.changed, again.summary()
        assert _layers(merged) == before


def test_a_span_held_twice_by_the_other_file_only_comes_across_twice_once(
    tmp_path: Path,
) -> None:
    a, b, document_id = _copies(tmp_path)
    repo = _open(b)
    for span_id in (SMALL, LARGE):
        repo.add_span(Span(span_id, document_id, *ACTOR, "ACTOR", "ana"))
    repo.db.close()

    into_a, report_a, into_b, _report_b = _merge_both_ways(tmp_path, a, b)

    assert _contents(into_a) == _contents(into_b)
    assert [s[0] for s in _layers(into_a)[0]] == [SMALL, LARGE]
    assert report_a.spans_added == 2
    repo = _open(into_a)
    again = merge_database(repo, b, by="ana", snapshot=False)
    repo.db.close()
    assert not again.changed, again.summary()
    assert [s[0] for s in _layers(into_a)[0]] == [SMALL, LARGE]


def test_the_same_words_with_other_attributes_are_kept_both_and_reported(tmp_path: Path) -> None:
    a, b, document_id = _copies(tmp_path)
    _tag(a, document_id, LARGE, QUOTE_A, type="person")
    _tag(b, document_id, SMALL, QUOTE_B, type="organisation")

    into_a, report_a, into_b, report_b = _merge_both_ways(tmp_path, a, b)

    assert _contents(into_a) == _contents(into_b)
    actors = [(s[0], s[6]) for s in _layers(into_a)[0] if s[4] == "ACTOR"]
    assert actors == [(SMALL, '{"type": "organisation"}'), (LARGE, '{"type": "person"}')]
    (conflict,) = report_a.conflicts
    assert (conflict.original_id, conflict.copy_id) == (LARGE, SMALL)
    assert conflict.ours["attributes"] == '{"type": "person"}'
    assert conflict.theirs["attributes"] == '{"type": "organisation"}'
    assert [c.copy_id for c in report_b.conflicts] == [LARGE]
    # The quotes are the same span: folded, and each speaker link kept (they differ).
    relations = _layers(into_a)[1]
    assert relations == [
        (QUOTE_A, SMALL, "speaker", "ana"),
        (QUOTE_A, LARGE, "speaker", "ana"),
    ]
    repo = _open(into_a)
    again = merge_database(repo, b, by="ana", snapshot=False)
    repo.db.close()
    assert not again.changed
    assert not again.conflicts


def test_a_merge_cancelled_after_folding_leaves_our_spans_as_they_were(tmp_path: Path) -> None:
    a, b, document_id = _copies(tmp_path)
    _tag(a, document_id, LARGE, QUOTE_A)
    _tag(b, document_id, SMALL, QUOTE_B)
    before = _layers(a)
    tables: list[str] = []

    def progress(_done: int, _total: int, table: str) -> None:
        tables.append(table)

    repo = _open(a)
    with pytest.raises(MergeCancelled):
        # Cancelled once the spans are read and folded, while the relations are read.
        merge_database(
            repo,
            b,
            by="ana",
            snapshot=False,
            progress=progress,
            cancel=lambda: "relations" in tables,
        )
    repo.db.close()
    assert "relations" in tables
    assert _layers(a) == before


# A span: (position, extra length, label, annotator, ACTOR type or none), by its own id.
_spans = st.lists(
    st.tuples(
        st.integers(0, 40),
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 3),
            st.sampled_from(["ACTOR", "CASUALTY"]),
            st.sampled_from(["ana", "ben"]),
            st.sampled_from([None, "person", "state"]),
        ),
    ),
    max_size=5,
    unique_by=lambda t: t[0],
)


def _numbered(n: int) -> str:
    return str(uuid.UUID(int=n * 7919 + 1))


def _add(repo: Repository, document_id: str, number: int, spec) -> None:  # type: ignore[no-untyped-def]
    at, extra, label, annotator, kind = spec
    attributes = {"type": kind} if kind and label == "ACTOR" else {}
    start = at * 9
    repo.add_span(
        Span(_numbered(number), document_id, start, start + 3 + extra, label, annotator, attributes)
    )


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(shared=_spans, own_a=_spans, own_b=_spans, speaker=st.booleans())
def test_merging_either_way_gives_the_same_spans_and_merging_again_changes_nothing(
    tmp_path_factory: pytest.TempPathFactory, shared, own_a, own_b, speaker: bool
) -> None:
    folder = tmp_path_factory.mktemp("both_ways")
    a, b, document_id = _copies(folder)
    for path in (a, b):
        repo = _open(path)
        for number, spec in shared:
            _add(repo, document_id, number, spec)
        repo.db.close()
    for path, own, offset in ((a, own_a, 100), (b, own_b, 200)):
        repo = _open(path)
        for number, spec in own:
            _add(repo, document_id, number + offset, spec)
        actor = next((s for s in repo.spans(document_id) if s.label == "ACTOR"), None)
        if speaker and actor is not None:
            quote = repo.add_span(Span(_numbered(offset + 99), document_id, *QUOTE, "QUOTE", "ana"))
            repo.add_relation(
                Relation(_numbered(offset + 98), quote.id, actor.id, "speaker", "ana")
            )
        repo.db.close()

    into_a, _report_a, into_b, _report_b = _merge_both_ways(folder, a, b)

    assert _contents(into_a) == _contents(into_b)  # the same spans and links either way
    for merged, own in ((into_a, a), (into_b, b)):
        # every span of the receiving file is still there under its own id
        assert set(_layers(own)[0]) <= set(_layers(merged)[0])
    for merged, other in ((into_a, b), (into_b, a)):
        before = _layers(merged)
        repo = _open(merged)
        again = merge_database(repo, other, by="ana", snapshot=False)
        problems = repo.db.execute("PRAGMA foreign_key_check").fetchall()
        repo.db.close()
        assert not again.changed, again.summary()
        assert _layers(merged) == before
        assert problems == []
