"""Corpus search: FTS kept in step with documents, phrases, regexes, filters, odd input."""

from __future__ import annotations

import pytest

from annotator.core.errors import InputError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.repository import Repository
from annotator.store.search import (
    SearchQuery,
    candidate_seqs,
    iter_hits,
    required_words,
    search,
)

TEXTS = [
    "Shelling in Brezna\n\nAt least 14 civilians were killed, the Syrian Observatory said.",
    "Convoy\n\nA convoy of 12 trucks reached the town. At least 3 people died.",
    'Talks\n\nDelegates said "NEAR(x y)" AND OR - * were typed by a cat.',
]


@pytest.fixture
def corpus(repo: Repository) -> Repository:
    repo.import_documents(
        [AnnotatedDocument(Document.from_text(t, t.split("\n")[0])) for t in TEXTS], "ana"
    )
    return repo


def _ids(repo: Repository) -> list[str]:
    return repo.document_ids()


def test_words_find_every_document_holding_all_of_them(corpus: Repository) -> None:
    hits = search(corpus, SearchQuery("civilians killed"))
    assert {h.hit for h in hits} == {"civilians", "killed"}
    assert all(h.document_id == _ids(corpus)[0] for h in hits)
    first = hits[0]
    text = corpus.document(first.document_id).text
    assert text[first.start : first.end] == first.hit
    assert first.left.endswith("At least 14 ")


def test_phrase_needs_the_words_in_order(corpus: Repository) -> None:
    assert [h.hit for h in search(corpus, SearchQuery("syrian observatory", "phrase"))] == [
        "Syrian Observatory"
    ]
    assert search(corpus, SearchQuery("observatory syrian", "phrase")) == []


def test_regex_finds_casualty_patterns_across_documents(corpus: Repository) -> None:
    hits = search(corpus, SearchQuery(r"at least \d+ (civilians|people)", "regex"))
    assert [h.hit for h in hits] == ["At least 14 civilians", "At least 3 people"]
    assert required_words(r"at least \d+ (civilians|people)") == ['"least"']


def test_regex_without_literal_scans_everything(corpus: Repository) -> None:
    assert [h.hit for h in search(corpus, SearchQuery(r"\d+", "regex"))] == ["14", "12", "3"]


def test_invalid_regex_is_a_user_error(corpus: Repository) -> None:
    with pytest.raises(InputError):
        search(corpus, SearchQuery("(unclosed", "regex"))


@pytest.mark.parametrize(
    "query", ['"', "NEAR(x y)", "AND OR", "-", "*", "cat*'", '""""', "x AND", "((", "^", ""]
)
def test_fts_operators_and_quotes_typed_by_the_user_are_plain_text(
    corpus: Repository, query: str
) -> None:
    search(corpus, SearchQuery(query))  # never an SQL or FTS syntax error
    search(corpus, SearchQuery(query, "phrase"))


def test_operator_words_are_searched_literally(corpus: Repository) -> None:
    hits = search(corpus, SearchQuery("NEAR AND"))
    assert {h.hit for h in hits} == {"NEAR", "AND"}


def test_prefix_star(corpus: Repository) -> None:
    assert [h.hit for h in search(corpus, SearchQuery("civil*"))] == ["civilians"]


def test_index_follows_imports_and_deletes(corpus: Repository) -> None:
    assert search(corpus, SearchQuery("zebra")) == []
    corpus.import_documents(
        [AnnotatedDocument(Document.from_text("Zebra crossing\n\nA zebra.", "Zebra"))], "ana"
    )
    assert len(search(corpus, SearchQuery("zebra"))) == 2
    with corpus.action():
        corpus.db.execute("DELETE FROM documents WHERE title = 'Zebra'")
    assert search(corpus, SearchQuery("zebra")) == []


def test_index_follows_title_edits_and_tolerates_the_immutable_text(
    corpus: Repository,
) -> None:
    doc_id = _ids(corpus)[1]
    corpus.add_span(Span(new_id(), doc_id, 0, 6, "ACTOR", "ana"))
    with corpus.action():
        corpus.db.execute("UPDATE documents SET title = 'Lorries' WHERE id = ?", [doc_id])
    row = corpus.db.execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'title:lorries'"
    ).fetchone()
    assert row[0] == 1
    with pytest.raises(Exception, match="cannot change"), corpus.action():
        corpus.db.execute("UPDATE documents SET text = 'x' WHERE id = ?", [doc_id])
    assert len(search(corpus, SearchQuery("trucks"))) == 1


def test_filters_by_label_annotator_and_status(corpus: Repository) -> None:
    first, second, _third = _ids(corpus)
    corpus.add_span(Span(new_id(), first, 0, 8, "ACTOR", "ben"))
    corpus.set_status(second, "ana", "done")
    query = "least"
    assert {h.document_id for h in search(corpus, SearchQuery(query, label="ACTOR"))} == {first}
    assert {h.document_id for h in search(corpus, SearchQuery(query, no_label="ACTOR"))} == {second}
    assert {h.document_id for h in search(corpus, SearchQuery(query, annotator="ben"))} == {first}
    done = SearchQuery(query, annotator="ana", status="done")
    assert {h.document_id for h in search(corpus, done)} == {second}
    # ben's first span made the first document "in progress" for him.
    assert search(corpus, SearchQuery(query, status="todo")) == []
    busy = SearchQuery(query, status="in_progress")
    assert {h.document_id for h in search(corpus, busy)} == {first}


def test_paging(corpus: Repository) -> None:
    everything = search(corpus, SearchQuery(r"\w+", "regex"), limit=1000)
    page = search(corpus, SearchQuery(r"\w+", "regex"), offset=5, limit=5)
    assert page == everything[5:10]


def _many(repo: Repository, count: int) -> list[str]:
    docs = [
        Document.from_text(
            f"Report {n}\n\nThe convoy reached town {n}. "
            + ("A rare okapi was seen. " if n % 97 == 5 else "")
            + "The convoy left.",
            f"Report {n}",
        )
        for n in range(count)
    ]
    repo.import_documents([AnnotatedDocument(d) for d in docs], "ana")
    return [d.id for d in docs]


def test_the_first_page_reads_only_the_first_batch_of_matching_documents(
    repo: Repository,
) -> None:
    _many(repo, 600)
    statements: list[str] = []
    repo.db.conn.set_trace_callback(statements.append)
    hits = search(repo, SearchQuery("convoy"), limit=10)
    repo.db.conn.set_trace_callback(None)
    assert len(hits) == 10
    candidates = [s for s in statements if "documents_fts" in s and not s.startswith("--")]
    assert len(candidates) == 1  # 600 documents match; one batch of 40 is enough
    assert "LIMIT 40" in candidates[0]
    fetched = [s for s in statements if "SELECT id, title, text FROM documents" in s]
    assert len(fetched) == 1


def test_paging_through_every_batch_finds_every_hit_in_import_order(repo: Repository) -> None:
    ids = _many(repo, 2500)
    hits = list(iter_hits(repo, SearchQuery("convoy")))
    assert len(hits) == 2 * 2500
    assert [h.document_id for h in hits[::2]] == ids
    rare = list(iter_hits(repo, SearchQuery("okapi")))
    assert [h.document_id for h in rare] == [ids[n] for n in range(2500) if n % 97 == 5]
    assert candidate_seqs(repo, SearchQuery("okapi")) == [n + 1 for n in range(2500) if n % 97 == 5]
    # A regex without a word to look up walks the documents in batches too.
    scanned = list(iter_hits(repo, SearchQuery(r"town \d+7\.", "regex")))
    assert [h.hit for h in scanned] == [f"town {n}." for n in range(2500) if n % 10 == 7 and n > 7]
