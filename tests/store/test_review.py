"""The gold layer: decisions written, undone and redone exactly; progress; comments."""

from __future__ import annotations

import pytest

from annotator.core.errors import SpanError
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store import review
from annotator.store.repository import Repository

TEXT = 'Minister Ana Lópes said: "We counted 408 dead in Kharvelo."'
PAIR = ["ana", "ben"]


def _setup(repo: Repository) -> tuple[Document, dict[str, Span]]:
    doc = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    spans = {
        "a_actor": Span(new_id(), doc.id, 9, 18, "ACTOR", "ana"),
        "b_actor": Span(new_id(), doc.id, 9, 18, "ACTOR", "ben"),  # agreed
        "a_kh": Span(new_id(), doc.id, 49, 57, "ACTOR", "ana"),
        "b_kh": Span(new_id(), doc.id, 49, 57, "CASUALTY", "ben"),  # label conflict
    }
    return doc, {k: repo.add_span(s) for k, s in spans.items()}


def _gold(repo: Repository, doc: Document) -> list[Span]:
    return repo.spans(doc.id, [review.gold_annotator_name(repo)])


def test_accept_all_agreed_writes_gold_spans_with_provenance(repo: Repository) -> None:
    doc, spans = _setup(repo)
    assert review.review_progress(repo, doc.id, PAIR) == review.NOT_STARTED

    made = review.accept_all_agreed(repo, doc.id, PAIR, "lead")

    (decision,) = made
    assert decision.decision == "accept"
    assert set(decision.source_span_ids) == {spans["a_actor"].id, spans["b_actor"].id}
    (gold,) = _gold(repo, doc)
    assert (gold.start, gold.end, gold.label, gold.provenance) == (9, 18, "ACTOR", "adjudicated")
    kind = repo.db.execute("SELECT kind FROM annotators WHERE name = 'gold'").fetchone()[0]
    assert kind == "gold"
    assert review.review_progress(repo, doc.id, PAIR) == review.PARTLY
    assert review.accept_all_agreed(repo, doc.id, PAIR, "lead") == []  # nothing left


def test_edit_then_reject_adjudicates_the_document(repo: Repository) -> None:
    doc, spans = _setup(repo)
    review.accept_all_agreed(repo, doc.id, PAIR, "lead")
    edited = review.adjudicate_accept(
        repo, doc.id, [spans["b_kh"].id, spans["a_kh"].id], "lead", label="ACTOR", start=49
    )
    assert edited.decision == "edit"
    assert edited.gold_span is not None
    assert edited.gold_span.label == "ACTOR"
    assert review.review_progress(repo, doc.id, PAIR) == review.ADJUDICATED
    with pytest.raises(SpanError, match="already decided"):
        review.adjudicate_reject(repo, doc.id, [spans["a_kh"].id], "lead")


def test_every_decision_undoes_and_redoes_exactly(repo: Repository) -> None:
    doc, spans = _setup(repo)
    accepted = review.adjudicate_accept(repo, doc.id, [spans["a_actor"].id], "lead")
    rejected = review.adjudicate_reject(repo, doc.id, [spans["a_kh"].id, spans["b_kh"].id], "lead")
    before = review.decisions(repo, doc.id)

    undone = review.undo_adjudications(repo, [accepted.id, rejected.id], by="lead")
    assert review.decisions(repo, doc.id) == []
    assert _gold(repo, doc) == []
    assert review.review_progress(repo, doc.id, PAIR) == review.NOT_STARTED

    review.restore_adjudications(repo, undone, by="lead")
    assert review.decisions(repo, doc.id) == before
    assert _gold(repo, doc) == [accepted.gold_span]
    actions = [r[0] for r in repo.db.execute("SELECT action FROM events ORDER BY id")]
    assert actions[-4:] == [
        "adjudication.undo",
        "adjudication.undo",
        "adjudication.restore",
        "adjudication.restore",
    ]


def test_deciding_the_same_thing_again_gives_the_same_gold_id(repo: Repository) -> None:
    doc, spans = _setup(repo)
    first = review.adjudicate_accept(repo, doc.id, [spans["a_actor"].id], "lead")
    review.undo_adjudication(repo, first.id, by="lead")
    second = review.adjudicate_accept(repo, doc.id, [spans["a_actor"].id], "lead")
    assert first.gold_span is not None
    assert second.gold_span is not None
    assert second.gold_span.id == first.gold_span.id
    assert second.id == first.id


def test_sources_must_exist_and_belong_to_the_document(repo: Repository) -> None:
    doc, spans = _setup(repo)
    with pytest.raises(SpanError, match="no span"):
        review.adjudicate_accept(repo, doc.id, ["nope"], "lead")
    with pytest.raises(SpanError, match="another document"):
        review.adjudicate_accept(repo, "other", [spans["a_actor"].id], "lead")
    assert review.decisions(repo, doc.id) == []


def test_review_clusters_show_kinds_and_decisions(repo: Repository) -> None:
    doc, _spans = _setup(repo)
    review.accept_all_agreed(repo, doc.id, PAIR, "lead")
    items = review.review_clusters(repo, doc.id, PAIR)
    assert [(i.cluster.kind, i.decided) for i in items] == [
        ("agreed", True),
        ("label_conflict", False),
    ]


def test_comments_are_added_listed_deleted_and_restored(repo: Repository) -> None:
    doc, spans = _setup(repo)
    on_doc = review.add_comment(repo, doc.id, "lead", "Check the casualty figure.")
    on_span = review.add_comment(repo, doc.id, "ben", "Is this a place?", spans["b_kh"].id)
    assert review.comments(repo, doc.id) == [on_doc, on_span]
    removed = review.delete_comment(repo, on_doc.id, by="lead")
    assert review.comments(repo, doc.id) == [on_span]
    review.restore_comment(repo, removed, by="lead")
    # Chronological; two comments made in the same millisecond may come in either order.
    assert sorted(review.comments(repo, doc.id), key=lambda c: c.id) == sorted(
        [on_doc, on_span], key=lambda c: c.id
    )


def test_corpus_agreement_reads_the_documents_both_worked_on(repo: Repository) -> None:
    doc, _spans = _setup(repo)
    other = Document.from_text("Nobody has read this one.", title="unread")
    repo.import_documents([AnnotatedDocument(other)], "ana")
    assert review.compared_documents(repo, PAIR) == [doc.id]
    assert review.compared_annotators(repo) == PAIR
    report = review.corpus_agreement(repo, PAIR)
    assert report.documents == 1
    assert report.pair("ana", "ben").exact_f1 == pytest.approx(0.5)


def test_review_tables_have_their_indexes(repo: Repository) -> None:
    indexes = {r[0] for r in repo.db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {
        "comments_by_document",
        "comments_by_span",
        "adjudications_by_document",
        "adjudications_by_gold_span",
        "adjudication_sources_by_span",
        "merge_conflicts_by_document",
    } <= indexes


def test_speaker_links_are_carried_into_the_gold_layer_and_undone(repo: Repository) -> None:
    from annotator.core.model import Relation

    text = 'Minister Ana Lopes said: "We will stay," in Kharvelo.\n'
    doc = Document.from_text(text, title="Quote")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    q0, a0 = text.index("We will"), text.index("Ana Lopes")
    made = {}
    for who in ("ana", "ben"):
        quote = repo.add_span(Span(new_id(), doc.id, q0, q0 + 14, "QUOTE", who))
        actor = repo.add_span(Span(new_id(), doc.id, a0, a0 + 9, "ACTOR", who))
        repo.add_relation(Relation(new_id(), quote.id, actor.id, "speaker", who))
        made[who] = (quote, actor)
    decisions = review.accept_all_agreed(repo, doc.id, ["ana", "ben"], "lead")
    assert len(decisions) == 2
    gold_relations = [r for r in repo.relations(doc.id) if r.annotator == "gold"]
    assert len(gold_relations) == 1
    head, tail = repo.span(gold_relations[0].head_id), repo.span(gold_relations[0].tail_id)
    assert (head.label, head.annotator, tail.label) == ("QUOTE", "gold", "ACTOR")
    review.undo_adjudications(repo, [d.id for d in decisions], by="lead")
    assert [r for r in repo.relations(doc.id) if r.annotator == "gold"] == []
    review.restore_adjudications(repo, decisions, by="lead")
    assert len([r for r in repo.relations(doc.id) if r.annotator == "gold"]) == 1


def test_one_annotator_is_nothing_to_compare(repo: Repository) -> None:
    doc = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    for start, end, label in [(9, 18, "ACTOR"), (49, 57, "ACTOR"), (26, 58, "QUOTE")]:
        repo.add_span(Span(new_id(), doc.id, start, end, label, "ana"))
    repo.ensure_annotator("ben")
    result = review.document_review(repo, doc.id, PAIR)
    assert result.nothing_to_compare
    assert result.compared == ("ana",)
    assert result.disagreements == ()
    assert "Only ana has annotated this document" in result.message
    assert "nothing to compare" in result.message
    # The spans are still listed, to be accepted one by one.
    assert len(result.clusters) == 3
    alone = review.document_review(repo, doc.id, ["ana"])
    assert alone.nothing_to_compare
    assert "Only ana is chosen" in alone.message


def test_nobody_chosen_says_whether_anybody_could_be(repo: Repository) -> None:
    doc = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    empty = review.document_review(repo, doc.id, [])
    assert empty.message.startswith("Nobody has tagged anything in this database yet")
    repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "ana"))
    unticked = review.document_review(repo, doc.id, [])
    assert unticked.message.startswith("No annotators are chosen: choose two or more")


def test_a_second_annotator_who_marked_the_document_done_is_compared(
    repo: Repository,
) -> None:
    doc = Document.from_text(TEXT, title="Shelling")
    repo.import_documents([AnnotatedDocument(doc)], "ana")
    repo.add_span(Span(new_id(), doc.id, 9, 18, "ACTOR", "ana"))
    repo.ensure_annotator("ben")
    repo.set_status(doc.id, "ben", "done")  # Ben read it and found nothing to tag
    result = review.document_review(repo, doc.id, PAIR)
    assert not result.nothing_to_compare
    assert result.message == ""
    assert [i.cluster.kind for i in result.disagreements] == ["only_in_one"]


def test_two_annotators_are_compared_with_their_disagreements(repo: Repository) -> None:
    doc, _spans = _setup(repo)
    result = review.document_review(repo, doc.id, PAIR)
    assert result.compared == ("ana", "ben")
    assert not result.nothing_to_compare
    assert [i.cluster.kind for i in result.disagreements] == ["label_conflict"]


def test_progress_of_known_clusters_matches_review_progress(repo: Repository) -> None:
    doc, spans = _setup(repo)

    def both() -> tuple[str, str]:
        clusters = review.review_clusters(repo, doc.id, PAIR)
        return review.progress_of(repo, doc.id, clusters), review.review_progress(
            repo, doc.id, PAIR
        )

    assert both() == (review.NOT_STARTED, review.NOT_STARTED)
    review.accept_all_agreed(repo, doc.id, PAIR, "lead")
    assert both() == (review.PARTLY, review.PARTLY)
    review.adjudicate_reject(repo, doc.id, [spans["a_kh"].id, spans["b_kh"].id], "lead")
    assert both() == (review.ADJUDICATED, review.ADJUDICATED)


def test_with_decisions_reads_only_the_decisions_of_known_clusters(repo: Repository) -> None:
    doc, spans = _setup(repo)
    before = review.review_clusters(repo, doc.id, PAIR)
    assert not any(item.decided for item in before)
    review.adjudicate_accept(repo, doc.id, [spans["a_actor"].id, spans["b_actor"].id], "lead")
    after = review.with_decisions(repo, doc.id, [item.cluster for item in before])
    assert [item.cluster for item in after] == [item.cluster for item in before]
    assert [item.decided for item in after] == [True, False]
    assert after == review.review_clusters(repo, doc.id, PAIR)


def test_corpus_agreement_over_many_chosen_documents_reads_only_those(repo: Repository) -> None:
    docs = [
        Document.from_text(f"Report {i:03}: the Valdor Front shelled the town.", title=f"r{i}")
        for i in range(600)
    ]
    for name in PAIR:
        repo.import_documents(
            [
                AnnotatedDocument(
                    doc,
                    # ben's extent differs in the last 50 reports only
                    spans=[
                        Span(
                            new_id(),
                            doc.id,
                            13,
                            20 if name == "ben" and i >= 550 else 29,
                            "ACTOR",
                            name,
                        )
                    ],
                )
                for i, doc in enumerate(docs)
            ],
            name,
        )
    ids = [doc.id for doc in docs]

    chosen = review.corpus_agreement(repo, PAIR, [*ids[:550], "not-a-document"])
    everything = review.corpus_agreement(repo, PAIR, ids)

    assert chosen.documents == 550
    assert chosen.pair("ana", "ben").exact_f1 == pytest.approx(1.0)
    assert everything.documents == 600
    assert everything.pair("ana", "ben").exact_f1 == pytest.approx(550 / 600)


def _seeded_corpus(repo: Repository, names: list[str], documents: int) -> list[Document]:
    """Documents with each annotator's spans drawn from one seed: some agree, some differ
    in extent or label, some are marked by one annotator only; a few documents are only
    marked done by someone, and a few nobody opened."""
    import random

    rng = random.Random(16)
    words = [
        "the",
        "army",
        "said",
        "forty",
        "people",
        "were",
        "killed",
        "in",
        "Orvel",
        "on",
        "Monday",
        "by",
        "the",
        "Front",
    ]
    docs = []
    for n in range(documents):
        text = " ".join(rng.choice(words) for _ in range(60)) + f" ({n})"
        docs.append(Document.from_text(text, title=f"d{n}"))
    repo.import_documents([AnnotatedDocument(doc) for doc in docs], names[0])
    starts = {doc.id: [i for i, ch in enumerate(doc.text) if i == 0 or doc.text[i - 1] == " "]
              for doc in docs}  # fmt: skip
    for name in names:
        layer = []
        for n, doc in enumerate(docs):
            if n % 7 == 3 and name != names[0]:
                continue  # not opened by the others: compared only when marked done
            for k in sorted(rng.sample(range(len(starts[doc.id]) - 4), 5)):
                if rng.random() < 0.2:
                    continue
                begin = starts[doc.id][k + (rng.random() < 0.1)]
                end = starts[doc.id][k + 2 + (rng.random() < 0.15)] - 1
                label = rng.choice(["ACTOR", "CASUALTY", "QUOTE"])
                layer.append(Span(new_id(), doc.id, begin, end, label, name))
        for span in layer:
            repo.add_span(span)
    for n, doc in enumerate(docs):
        if n % 14 == 3:
            repo.set_status(doc.id, names[1], "done")
    return docs


@pytest.mark.parametrize("helpers_from", [10_000, 5])
def test_corpus_agreement_counts_exactly_the_layers_read_one_by_one(
    repo: Repository, monkeypatch: pytest.MonkeyPatch, helpers_from: int
) -> None:
    from annotator.core.agreement import DocumentLayers, agreement

    names = ["ana", "ben", "cleo"]
    docs = _seeded_corpus(repo, names, 40)
    monkeypatch.setattr(review, "_HELPERS_FROM", helpers_from)  # 5: helper processes count
    for group in (names[:2], names):
        compared = review.compared_documents(repo, group)
        assert 0 < len(compared) < len(docs)

        def layers(ids: list[str], group: list[str] = group) -> list[DocumentLayers]:
            found = []
            for i in ids:
                spans = {n: [(s.start, s.end, s.label) for s in repo.spans(i, [n])] for n in group}
                text = repo.document(i).text
                found.append(DocumentLayers(i, text, {n: s for n, s in spans.items() if s}))
            return found

        expected = agreement(layers(compared), group)
        assert review.corpus_agreement(repo, group) == expected
        chosen = [docs[5].id, docs[3].id, "not-a-document", docs[5].id, docs[20].id]
        picked = [i for i in chosen if i != "not-a-document"]
        assert review.corpus_agreement(repo, group, chosen) == agreement(layers(picked), group)
