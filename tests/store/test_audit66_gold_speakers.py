"""Review carries a speaker into the gold layer only where the analysts agree (audit66).

Two analysts who tag the same quote and the same two actors but link the quote to
different speakers: accepting every cluster gave the gold quote two speakers, a state no
edit can make (S replaces a quote's speaker) and that every export then carried.
"""

from __future__ import annotations

from itertools import permutations

import pytest

from annotator.core.model import AnnotatedDocument, Document, Relation, Span, new_id
from annotator.store import review
from annotator.store.repository import Repository

TEXT = 'Ana met the Kyiv envoy. "We hold," said the aide.'


def _disagreeing(repo: Repository) -> tuple[Document, dict[str, list[str]]]:
    """ana links the quote to "Ana", ben to "Kyiv"; both tag all three spans."""
    doc = Document.from_text(TEXT, title="Quote")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    q0, ana, kyiv = TEXT.index("We hold,"), TEXT.index("Ana"), TEXT.index("Kyiv")
    clusters: dict[str, list[str]] = {"quote": [], "Ana": [], "Kyiv": []}
    for who, speaker in (("ana", "Ana"), ("ben", "Kyiv")):
        quote = repo.add_span(Span(new_id(), doc.id, q0, q0 + 8, "QUOTE", who))
        actors = {
            "Ana": repo.add_span(Span(new_id(), doc.id, ana, ana + 3, "ACTOR", who)),
            "Kyiv": repo.add_span(Span(new_id(), doc.id, kyiv, kyiv + 4, "ACTOR", who)),
        }
        repo.add_relation(Relation(new_id(), quote.id, actors[speaker].id, "speaker", who))
        clusters["quote"].append(quote.id)
        clusters["Ana"].append(actors["Ana"].id)
        clusters["Kyiv"].append(actors["Kyiv"].id)
    return doc, clusters


def _gold_speakers(repo: Repository, doc: Document) -> list[str]:
    gold = review.gold_annotator_name(repo)
    return sorted(
        TEXT[repo.span(r.tail_id).start : repo.span(r.tail_id).end]
        for r in repo.relations(doc.id)
        if r.annotator == gold and r.type == "speaker"
    )


@pytest.mark.parametrize("order", list(permutations(["quote", "Ana", "Kyiv"])))
def test_speakers_that_disagree_give_the_gold_quote_no_speaker(
    repo: Repository, order: tuple[str, ...]
) -> None:
    doc, clusters = _disagreeing(repo)
    for name in order:
        review.adjudicate_accept(repo, doc.id, clusters[name], "lead")
    assert _gold_speakers(repo, doc) == []


def test_accept_all_agreed_never_gives_a_quote_two_speakers(repo: Repository) -> None:
    doc, _clusters = _disagreeing(repo)
    assert len(review.accept_all_agreed(repo, doc.id, ["ana", "ben"], "lead")) == 3
    assert _gold_speakers(repo, doc) == []


def test_undoing_the_other_speaker_brings_the_agreed_link_back(repo: Repository) -> None:
    doc, clusters = _disagreeing(repo)
    review.adjudicate_accept(repo, doc.id, clusters["quote"], "lead")
    review.adjudicate_accept(repo, doc.id, clusters["Ana"], "lead")
    assert _gold_speakers(repo, doc) == ["Ana"]  # only ana's speaker is in the gold layer yet
    kyiv = review.adjudicate_accept(repo, doc.id, clusters["Kyiv"], "lead")
    assert _gold_speakers(repo, doc) == []
    review.undo_adjudications(repo, [kyiv.id], by="lead")
    assert _gold_speakers(repo, doc) == ["Ana"]
    review.restore_adjudications(repo, [kyiv], by="lead")
    assert _gold_speakers(repo, doc) == []


def test_undoing_another_decision_does_not_bring_back_a_speaker_taken_away(
    repo: Repository,
) -> None:
    # review66a: undo carried speakers again over the whole document, so undoing a
    # casualty decision put back a gold speaker link the reviewer had deleted.
    doc = Document.from_text(TEXT + " Five died.", title="Quote")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    q0, ana, five = doc.text.index("We hold,"), doc.text.index("Ana"), doc.text.index("Five")
    clusters: dict[str, list[str]] = {"quote": [], "actor": [], "casualty": []}
    for who in ("ana", "ben"):
        quote = repo.add_span(Span(new_id(), doc.id, q0, q0 + 8, "QUOTE", who))
        actor = repo.add_span(Span(new_id(), doc.id, ana, ana + 3, "ACTOR", who))
        casualty = repo.add_span(Span(new_id(), doc.id, five, five + 9, "CASUALTY", who))
        repo.add_relation(Relation(new_id(), quote.id, actor.id, "speaker", who))
        clusters["quote"].append(quote.id)
        clusters["actor"].append(actor.id)
        clusters["casualty"].append(casualty.id)
    review.adjudicate_accept(repo, doc.id, clusters["quote"], "lead")
    review.adjudicate_accept(repo, doc.id, clusters["actor"], "lead")
    gold = review.gold_annotator_name(repo)
    [carried] = [r for r in repo.relations(doc.id) if r.annotator == gold]
    repo.delete_relation(carried.id, by="lead")  # the reviewer takes the speaker away
    casualty = review.adjudicate_accept(repo, doc.id, clusters["casualty"], "lead")

    review.undo_adjudications(repo, [casualty.id], by="lead")

    assert [r for r in repo.relations(doc.id) if r.annotator == gold] == []
