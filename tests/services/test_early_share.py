"""A long article's share for the warm worker processes handed out as it opens in the
window, before the paint (issue 16): the job started after the paint takes that share up
when it asks for the same, and anything else cancels it; the suggestions are the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.suggest import default_rules, suggest
from annotator.services import rule_workers
from annotator.services.rule_workers import PARALLEL_FROM, RuleWorkers
from annotator.services.suggesting import load_gazetteer

ROOT = Path(__file__).resolve().parents[2]
KNOWN = {"Free Valdor Front": "armed group", "Mara Lind": "person"}


def _long_text(tag: str) -> str:
    folder = ROOT / "sample_articles"
    files = sorted(folder.glob("*.txt")) + sorted((folder / "dev").glob("*.txt"))
    texts = [f.read_text("utf-8") for f in files]
    text = "\n\n".join(f"{tag} {n}\n\n{t}" for n, t in enumerate(texts))
    assert len(text) > PARALLEL_FROM
    return text


@pytest.fixture(scope="module")
def workers():
    pool = RuleWorkers(1).start()
    assert pool.wait_ready(120)
    yield pool
    pool.close()


@pytest.fixture
def requests(monkeypatch):
    """The rule names of each request sent to a worker, in order."""
    sent: list[list[str]] = []
    real = rule_workers._Worker.send

    def counted(worker, message):  # type: ignore[no-untyped-def]
        sent.append(list(message[1]))
        real(worker, message)

    monkeypatch.setattr(rule_workers._Worker, "send", counted)
    return sent


def test_the_job_takes_up_the_share_handed_out_as_the_article_opened(workers, requests):
    gazetteer = load_gazetteer()
    text = _long_text("Dispatch")
    alone = suggest(text, gazetteer=gazetteer, known_actors=KNOWN, boilerplate=())
    assert workers.hand_out_early(text, (), default_rules(), dict(KNOWN))
    assert len(requests) == 1
    shared = suggest(
        text,
        gazetteer=gazetteer,
        known_actors=KNOWN,
        boilerplate=(),
        elsewhere=workers.elsewhere(known_actors=KNOWN),
    )
    assert len(requests) == 1  # no second request: the early one was taken up
    assert shared == alone
    assert [s.speaker for s in shared] == [s.speaker for s in alone]


def test_another_request_cancels_the_early_share_and_gets_its_own_result(workers, requests):
    gazetteer = load_gazetteer()
    opened, other = _long_text("Dispatch"), _long_text("Report")
    assert workers.hand_out_early(opened, (), default_rules(), dict(KNOWN))
    # The same article with other known actors (a tag made meanwhile), then another one.
    for text, known in ((opened, {**KNOWN, "Ada Brun": "person"}), (other, KNOWN)):
        assert suggest(
            text,
            gazetteer=gazetteer,
            known_actors=known,
            boilerplate=(),
            elsewhere=workers.elsewhere(known_actors=known),
        ) == suggest(text, gazetteer=gazetteer, known_actors=known, boilerplate=())
    assert len(requests) == 3  # the early one, then one for each


def test_a_cancelled_early_share_leaves_the_workers_free(workers, requests):
    text = _long_text("Dispatch")
    assert workers.hand_out_early(text, (), default_rules(), {})
    workers.cancel_early()
    workers.cancel_early()  # nothing left to cancel
    share = workers.elsewhere()(text, (), default_rules())
    assert share is not None  # the worker was free for it
    share.cancel()
    # A later early share cancels the one before it, which frees the worker for itself.
    assert workers.hand_out_early(text, (), default_rules(), {})
    assert workers.hand_out_early(text, (), default_rules(), {})
    workers.cancel_early()
    assert len(requests) == 4


def test_a_short_article_hands_nothing_out(workers, requests):
    assert not workers.hand_out_early("A short article.", (), default_rules(), {})
    assert requests == []


def test_a_stored_article_opened_in_the_window_is_handed_out_once(
    workers, requests, repo, monkeypatch
):
    """What the window does: `hand_out_early` as the article opens, then the job's
    `suggest_document` with the workers asks for the very same (its text read on its own
    connection, the page furniture and the known actors as stored), so the early share is
    taken up, and the suggestions are those of one pass."""
    from annotator.core.model import AnnotatedDocument, Document, Span, new_id
    from annotator.services import suggesting
    from annotator.store.boilerplate import set_boilerplate
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    text = _long_text("Dispatch")
    document = Document.from_text(text, "long")
    brun = text.index("Dispatch 3")
    tagged = Span(new_id(), document.id, brun, brun + len("Dispatch"), "ACTOR", "ana", {})
    repo.import_documents([AnnotatedDocument(document, [tagged])], "ana")
    set_boilerplate(repo, document.id, [(0, 10)], by="ana")
    repo.actor_texts()  # read once in this process, as the session's first job does
    alone = suggesting.suggest_document(repo, document.id, analyst="ana")
    monkeypatch.setattr(suggesting, "_WINDOW_WORKERS", [workers])
    assert suggesting.hand_out_early(repo, document.id, text)
    job = Repository(open_db(repo.path))  # the job's own connection
    try:
        shared = suggesting.suggest_document(job, document.id, analyst="ana", workers=workers)
    finally:
        job.db.close()
    assert len(requests) == 1
    assert shared == alone
    # A new actor tagged since the known actors were last read: the job asks with them,
    # so it hands out its own share (the early one is cancelled), with the same result.
    dispatch = text.index("Dispatch 5")
    repo.add_span(Span(new_id(), document.id, dispatch, dispatch + 10, "ACTOR", "ana", {}))
    assert suggesting.hand_out_early(repo, document.id, text)
    job = Repository(open_db(repo.path))
    try:
        again = suggesting.suggest_document(job, document.id, analyst="ana", workers=workers)
    finally:
        job.db.close()
    assert len(requests) == 3
    assert again == suggesting.suggest_document(repo, document.id, analyst="ana")
    # Nothing goes out for a short article, and the share before is cancelled all the same.
    assert suggesting.hand_out_early(repo, document.id, text)
    assert not suggesting.hand_out_early(repo, document.id, "A short article.")
    share = workers.elsewhere()(text, (), default_rules())
    assert share is not None  # the worker is free again
    share.cancel()


def test_a_default_rule_that_fills_gaps_does_not_spoil_the_early_share(
    workers, requests, repo, monkeypatch
):
    """A rule that only fills gaps runs after the others in the job's own process and is
    never offered to a worker: the early share leaves it out too, so the job asks for the
    very same and takes that share up (one request, not two)."""
    import dataclasses

    from annotator.core.model import AnnotatedDocument, Document
    from annotator.core.suggest import base
    from annotator.services import suggesting
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    filler = base._REGISTRY["actor_learned"]
    monkeypatch.setitem(
        base._REGISTRY, "actor_learned", dataclasses.replace(filler, enabled_by_default=True)
    )
    assert "actor_learned" in default_rules()
    text = _long_text("Bulletin")
    document = Document.from_text(text, "long")
    repo.import_documents([AnnotatedDocument(document, [])], "ana")
    repo.actor_texts()
    alone = suggesting.suggest_document(repo, document.id, analyst="ana")
    monkeypatch.setattr(suggesting, "_WINDOW_WORKERS", [workers])
    assert suggesting.hand_out_early(repo, document.id, text)
    job = Repository(open_db(repo.path))
    try:
        shared = suggesting.suggest_document(job, document.id, analyst="ana", workers=workers)
    finally:
        job.db.close()
    assert len(requests) == 1
    assert "actor_learned" not in requests[0]
    assert shared == alone
