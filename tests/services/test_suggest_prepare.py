"""`prepare_suggestions`: the rules are prepared once per process and gazetteer, and
preparing them changes no suggestion (issue 16)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

import annotator.services.suggesting as service
from annotator.core.model import AnnotatedDocument, Document
from annotator.store.db import open_db
from annotator.store.repository import Repository

ARTICLE = (
    "Shelling kills 9 in Tarsk\n\n"
    "TARSK, June 2 - Nine people were killed on Sunday, the Tarsk Health Office said. "
    '"The roads are closed," said Ivo Danek, a driver.'
)


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    repo = Repository(open_db(tmp_path / "corpus.db"))
    repo.import_documents([AnnotatedDocument(Document.from_text(ARTICLE, "Tarsk"))], "ana")
    return repo


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The gazetteers `prepare_rules` is called with, in a process where none was yet."""
    seen: list[object] = []
    real = service.prepare_rules

    def prepare(**kwargs: object) -> None:
        seen.append(kwargs["gazetteer"])
        real(**kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(service, "_PREPARED", [])
    monkeypatch.setattr(service, "prepare_rules", prepare)
    return seen


def test_the_rules_are_prepared_once_for_the_corpus_gazetteer(
    repo: Repository, calls: list[object]
) -> None:
    service.prepare_suggestions(repo)
    service.prepare_suggestions(repo)
    assert calls == [service.gazetteer_for(repo)]


def test_another_gazetteer_prepares_the_rules_again(
    repo: Repository, calls: list[object], tmp_path: Path
) -> None:
    service.prepare_suggestions(repo)
    own = tmp_path / "lists"
    own.mkdir()
    (own / "people.txt").write_text("Ivo Danek\n", "utf-8")
    repo.set_setting(service.GAZETTEER_SETTING, str(own))
    service.prepare_suggestions(repo)
    assert len(calls) == 2
    assert calls[1] is service.load_gazetteer(own)


def test_two_threads_preparing_at_once_prepare_once(
    repo: Repository, calls: list[object], tmp_path: Path
) -> None:
    # Each thread on its own connection, as the window's jobs are.
    def work() -> None:
        own = Repository(open_db(tmp_path / "corpus.db"))
        try:
            service.prepare_suggestions(own)
        finally:
            own.db.close()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(calls) == 1


def test_preparing_the_rules_changes_no_suggestion(repo: Repository, calls: list[object]) -> None:
    document_id = repo.document_ids()[0]
    before = service.suggest_document(repo, document_id, analyst="ana")
    service.prepare_suggestions(repo)
    assert calls
    assert before
    assert service.suggest_document(repo, document_id, analyst="ana") == before


@pytest.fixture
def fresh_workers(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """This process as if no window had started its rule workers yet; ended after."""
    started: list[object] = []
    monkeypatch.setattr(service, "_WINDOW_WORKERS", started)
    monkeypatch.setattr(service, "_LOOKED_AT", set())
    from annotator.services import rule_workers

    monkeypatch.setattr(rule_workers, "worker_count", lambda: 1)  # whatever the machine
    yield started
    for pool in started:
        pool.close()  # type: ignore[attr-defined]


def test_rule_workers_are_warmed_early_only_for_a_corpus_with_a_long_article(
    repo: Repository, fresh_workers: list[object]
) -> None:
    from annotator.services.rule_workers import PARALLEL_FROM

    # Short articles only: no worker process compiles rules for nothing.
    assert service.warm_rule_workers(repo) is None
    assert fresh_workers == []
    long_text = "Long digest\n\n" + "\n\n".join([ARTICLE] * (PARALLEL_FROM // len(ARTICLE) + 1))
    repo.import_documents([AnnotatedDocument(Document.from_text(long_text, "Long"))], "ana")
    other = Repository(open_db(Path(repo.path).with_name("other.db")))
    other.import_documents([AnnotatedDocument(Document.from_text(long_text, "Long"))], "ana")
    # The same file is looked at once per process; another file with a long article
    # starts them, before that article is opened.
    try:
        assert service.warm_rule_workers(repo) is None
        pool = service.warm_rule_workers(other)
        assert pool is not None
        assert pool.pids
        assert fresh_workers == [pool]
        assert pool.wait_ready(120)
    finally:
        other.db.close()


def test_the_window_s_first_job_builds_the_casualty_patterns_an_earlier_process_compiled(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The session's first suggestions waited for the casualty patterns' compile (about
    # 0.7 s of one core) in every process: the first process to compile them keeps their
    # compiled forms in the user's cache folder, and a later one builds them from there.
    from annotator.core import compiled_patterns as compiled
    from annotator.core.suggest import casualties
    from annotator.services import kept_patterns
    from tests.core.test_compiled_patterns import _compiles_nothing

    patterns = casualties.LazyPattern.made
    kept = [p._compiled for p in patterns]
    monkeypatch.setattr(compiled, "_FORMS", {})
    monkeypatch.setattr(compiled, "_USED", set())
    monkeypatch.setattr(compiled, "_NEW", [False])
    try:
        for p in patterns:
            p._compiled = None
        monkeypatch.setattr(service, "_PREPARED", [])
        service.prepare_suggestions(repo)  # the first process: compiles, keeps the forms
        path = kept_patterns.kept_patterns_file()
        assert path.is_file()
        assert str(path).startswith(str(Path.home()))  # the test's own home, not the user's
        before = service.suggest_document(repo, repo.document_ids()[0], analyst="ana")
        # A later process: nothing compiled, nothing known, the same file.
        for p in patterns:
            p._compiled = None
        monkeypatch.setattr(compiled, "_FORMS", {})
        monkeypatch.setattr(compiled, "_USED", set())
        monkeypatch.setattr(service, "_PREPARED", [])
        monkeypatch.setattr(kept_patterns, "_READ_FROM", set())
        written = path.stat().st_mtime_ns
        parsed = _compiles_nothing(monkeypatch)
        service.prepare_suggestions(repo)
        assert parsed == []
        assert all(p._compiled is not None for p in patterns)
        assert path.stat().st_mtime_ns == written  # nothing new: not written again
        assert service.suggest_document(repo, repo.document_ids()[0], analyst="ana") == before
    finally:
        for p, pattern in zip(patterns, kept, strict=True):
            p._compiled = pattern


def test_kept_patterns_that_cannot_be_read_or_written_only_mean_compiling(
    repo: Repository, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from annotator.core import compiled_patterns as compiled
    from annotator.core.suggest import casualties
    from annotator.services import kept_patterns

    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    monkeypatch.setattr(kept_patterns, "kept_patterns_file", lambda: blocked / "patterns.bin")
    monkeypatch.setattr(kept_patterns, "_READ_FROM", set())
    monkeypatch.setattr(compiled, "_NEW", [True])  # as if a pattern was compiled here
    monkeypatch.setattr(service, "_PREPARED", [])
    service.prepare_suggestions(repo)  # neither read nor written: logged, no error
    assert all(p._compiled is not None for p in casualties.LazyPattern.made)
    assert blocked.read_text() == "x"


def test_after_preparing_the_speakers_patterns_for_the_listed_words_are_made_already(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The speaker rules make a pattern per head noun ("the ministry said"), role ("the
    nurse said") and kin noun ("his wife said"): `prepare_rules` makes those of the listed
    words ahead, through the kept forms (`compile_pattern`), so that the session's first
    long article does not compile them on its wait (through `re`'s cache: 45 ms of CPU at
    1 MB, never kept). Fails on main, where they went through `re`'s cache."""
    from annotator.core.suggest import prepare_rules, speakers, suggest

    root = Path(__file__).resolve().parents[2] / "sample_articles"
    files = sorted(root.glob("*.txt")) + sorted((root / "dev").glob("*.txt"))
    text = "\n\n".join(f.read_text("utf-8") for f in files)
    gazetteer = service.load_gazetteer()
    speakers._made.cache_clear()
    prepare_rules(gazetteer=gazetteer)
    prepared = speakers._made.cache_info().currsize
    used: list[str] = []
    compiled: list[str] = []
    made = speakers._made
    real_compile = speakers.compile_pattern

    def recorded(source: str):  # type: ignore[no-untyped-def]
        used.append(source)
        return made(source)

    def counted(source: str, flags: int = 0):  # type: ignore[no-untyped-def]
        compiled.append(source)
        return real_compile(source, flags)

    monkeypatch.setattr(speakers, "_made", recorded)
    monkeypatch.setattr(speakers, "compile_pattern", counted)
    found = suggest(text, gazetteer=gazetteer)
    assert sum(s.speaker is not None for s in found) > 100
    assert prepared > 300
    # The article used dozens of them, and compiled only those of words not listed.
    assert len(set(used)) > 30
    assert len(compiled) <= len(set(used)) // 5
