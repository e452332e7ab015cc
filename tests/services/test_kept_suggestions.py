"""The suggestions last found for an article, kept in the cache folder (issue 15/16: the
session's restored article waited for the rules to load): what is kept gives back the
very suggestions a fresh job finds; any change of what the job reads is another key
(a fresh job); a damaged or hostile file is ignored without a traceback; only the last
few articles are kept."""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import AnnotatedDocument, Document
from annotator.core.spans import read_span
from annotator.services import kept_suggestions as kept
from annotator.services.suggesting import suggest_document
from annotator.store.boilerplate import set_boilerplate
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.conftest import REPO, SAMPLES

ANALYST = "ana"


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*.txt"))[:6]]
    repository = Repository(open_db(tmp_path / "corpus.db"))
    documents = [Document.from_text(text, f"article {n}") for n, text in enumerate(texts)]
    repository.import_documents([AnnotatedDocument(d) for d in documents], ANALYST)
    return repository


def _ids(repo: Repository) -> list[str]:
    return [str(row[0]) for row in repo.db.execute("SELECT id FROM documents ORDER BY seq")]


def _job(repo: Repository, document_id: str) -> tuple[str, list[Any]]:
    """What the window's job does when nothing is kept: its key and its suggestions,
    which it keeps."""
    inputs = kept.read_inputs(repo, document_id, ANALYST)
    key = kept.key_of(inputs)
    assert key is not None
    found = suggest_document(repo, document_id, analyst=ANALYST, inputs=inputs)
    kept.keep_found(repo.path, inputs, found)
    return key, found


def _key(repo: Repository, document_id: str) -> str | None:
    return kept.key_of(kept.read_inputs(repo, document_id, ANALYST))


def _read(repo: Repository, document_id: str) -> list[Any] | None:
    inputs = kept.read_inputs(repo, document_id, ANALYST)
    key = kept.key_of(inputs)
    assert key is not None
    return kept.read_kept(repo.path, document_id, key, inputs.text)


def test_kept_suggestions_are_those_a_fresh_job_finds(repo: Repository) -> None:
    for document_id in _ids(repo):
        _key_made, found = _job(repo, document_id)
        assert found  # every sample article has suggestions
        again = _read(repo, document_id)
        assert again == found  # start, end, label, attributes, rule, speaker
        assert [type(s.speaker) for s in again] == [type(s.speaker) for s in found]
        # And a fresh job now finds the same again.
        assert suggest_document(repo, document_id, analyst=ANALYST) == again


def test_an_entry_is_found_for_its_article_only(repo: Repository) -> None:
    first, other = _ids(repo)[:2]
    assert not kept.has_entry(repo.path, first)
    _job(repo, first)
    assert kept.has_entry(repo.path, first)
    assert not kept.has_entry(repo.path, other)


def test_the_same_inputs_give_the_same_key_in_another_read(repo: Repository) -> None:
    document_id = _ids(repo)[0]
    assert _key(repo, document_id) == _key(repo, document_id)


def test_an_actor_tagged_elsewhere_is_another_key(repo: Repository) -> None:
    first, other = _ids(repo)[:2]
    key, _found = _job(repo, first)
    text = repo.document(other).text
    repo.add_span(read_span(other, 0, 5, "ACTOR", ANALYST, provenance="manual"))
    assert repo.actor_texts().get(text[0:5]) is None  # known, without a type
    assert _key(repo, first) != key
    assert _read(repo, first) is None


def test_a_span_the_analyst_tagged_in_the_article_is_another_key(repo: Repository) -> None:
    document_id = _ids(repo)[0]
    key, found = _job(repo, document_id)
    quote = next(s for s in found if s.label == "QUOTE")
    repo.add_span(
        read_span(document_id, quote.start, quote.end, "QUOTE", ANALYST, provenance="manual")
    )
    assert _key(repo, document_id) != key
    assert _read(repo, document_id) is None


def test_a_rejected_suggestion_is_another_key(repo: Repository) -> None:
    document_id = _ids(repo)[0]
    key, found = _job(repo, document_id)
    repo.reject_suggestion(document_id, found[0].start, found[0].end, found[0].label, ANALYST)
    assert _key(repo, document_id) != key
    assert _read(repo, document_id) is None


def test_page_furniture_is_another_key(repo: Repository) -> None:
    document_id = _ids(repo)[0]
    key, _found = _job(repo, document_id)
    set_boilerplate(repo, document_id, [(0, 10)], by=ANALYST)
    assert _key(repo, document_id) != key


def test_another_analyst_or_gazetteer_is_another_key(repo: Repository, tmp_path: Path) -> None:
    document_id = _ids(repo)[0]
    key, _found = _job(repo, document_id)
    assert kept.key_of(kept.read_inputs(repo, document_id, "bo")) != key
    lists = tmp_path / "lists"
    lists.mkdir()
    (lists / "people.txt").write_text("Ilse Marovic\n", "utf-8")
    repo.set_setting("gazetteer_dir", str(lists))
    with_lists = _key(repo, document_id)
    assert with_lists not in (None, key)
    (lists / "people.txt").write_text("Ilse Marovic\nAnother Name\n", "utf-8")
    assert _key(repo, document_id) not in (None, key, with_lists)


def test_another_text_is_another_key(repo: Repository) -> None:
    document_id = _ids(repo)[0]
    inputs = kept.read_inputs(repo, document_id, ANALYST)
    changed = inputs._replace(text=inputs.text + " More.")
    assert kept.key_of(changed) != kept.key_of(inputs)


def test_a_change_to_the_rules_code_is_another_key(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document_id = _ids(repo)[0]
    rules = kept._code_files()
    names = {Path(p).relative_to(REPO).as_posix() for p in rules}
    assert "annotator/core/suggest/casualties.py" in names  # the rules' own files count
    assert "annotator/services/suggesting.py" in names  # the job's
    assert "resources/schema.json" in names  # and the shipped resources
    assert "resources/gazetteers/states.txt" in names
    # and the shipped models (CACHE67: a retrained state-check model left the key as it was)
    assert "resources/models/state_check.json.gz" in names
    copy = tmp_path / "casualties.py"
    copy.write_text("RULES = 1\n", "utf-8")
    monkeypatch.setattr(kept, "_code_files", lambda: [*rules, str(copy)])

    def key_in_a_new_process() -> str | None:
        kept._code_stamps.cache_clear()  # (a process stamps its code once)
        return _key(repo, document_id)

    try:
        before = key_in_a_new_process()
        assert key_in_a_new_process() == before
        copy.write_text("RULES = 22\n", "utf-8")  # another size
        assert key_in_a_new_process() != before
        os.utime(copy, ns=(1, 1))  # another time
        assert key_in_a_new_process() != before
    finally:
        kept._code_stamps.cache_clear()


# -- damaged and hostile files -------------------------------------------------------------


def _planted(repo: Repository, document_id: str, body: bytes, **header: Any) -> None:
    """A file under the right key with `body` (and a header whose checksum fits it,
    unless `header` says otherwise), where the entry of `document_id` is read."""
    key = _key(repo, document_id)
    fields = {"format": kept.FORMAT, "key": key, "size": len(body), "crc32": zlib.crc32(body)}
    fields.update(header)
    path = kept._entry_file(repo.path, document_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(json.dumps(fields).encode() + b"\n" + body)


def _rows(rows: Any) -> bytes:
    return json.dumps(rows).encode()


GOOD = [[0, 5], "ACTOR", {"type": "person"}, "rule", None]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"[" * 100_000,  # nested too deep for the reader
        _rows({"rows": [GOOD]}),
        _rows([GOOD[:4]]),
        _rows([[[0, 10**6], "ACTOR", {}, "rule", None]]),  # past the end of the text
        _rows([[[-1, 5], "ACTOR", {}, "rule", None]]),
        _rows([[[5, 5], "ACTOR", {}, "rule", None]]),  # empty
        _rows([[[5, 2], "ACTOR", {}, "rule", None]]),
        _rows([[[0, 5, 7], "ACTOR", {}, "rule", None]]),
        _rows([[[0.0, 5], "ACTOR", {}, "rule", None]]),
        _rows([[[True, 5], "ACTOR", {}, "rule", None]]),
        _rows([[["0", 5], "ACTOR", {}, "rule", None]]),
        _rows([[[0, 5], "SPEAKER", {}, "rule", None]]),  # unknown label
        _rows([[[0, 5], 3, {}, "rule", None]]),
        _rows([[[0, 5], "ACTOR", [], "rule", None]]),
        _rows([[[0, 5], "ACTOR", {"type": ["person"]}, "rule", None]]),
        _rows([[[0, 5], "ACTOR", {"type": {"a": 1}}, "rule", None]]),
        _rows([[[0, 5], "ACTOR", {"type": 1.5}, "rule", None]]),
        _rows([[[0, 5], "ACTOR", {}, 7, None]]),
        _rows([[[0, 5], "QUOTE", {}, "rule", [0, 10**6]]]),  # speaker past the end
        _rows([[[0, 5], "QUOTE", {}, "rule", "0-5"]]),
        b'[[[0, 5], "ACTOR", {}, "rule", ' + b"9" * 5000 + b"]]",  # a 5,000-digit int
        b'[[[0, 5], "ACTOR", {"type": "\xff"}, "rule", null]]',  # not UTF-8
        _rows([GOOD] * (kept.MAX_SUGGESTIONS + 1)),
    ],
)
def test_a_hostile_entry_is_ignored(repo: Repository, body: bytes) -> None:
    document_id = _ids(repo)[0]
    _planted(repo, document_id, _rows([GOOD]))
    assert _read(repo, document_id) is not None  # the planted file is read at all
    _planted(repo, document_id, body)
    assert _read(repo, document_id) is None


@pytest.mark.parametrize(
    "header",
    [
        {"format": kept.FORMAT + 1},
        {"key": "another"},
        {"size": 3},
        {"crc32": 0},
    ],
)
def test_a_file_of_another_key_format_or_damaged_is_ignored(
    repo: Repository, header: dict[str, Any]
) -> None:
    document_id = _ids(repo)[0]
    _planted(repo, document_id, _rows([GOOD]), **header)
    assert _read(repo, document_id) is None


def test_a_huge_or_headless_file_is_ignored(repo: Repository) -> None:
    document_id = _ids(repo)[0]
    path = kept._entry_file(repo.path, document_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"{}")  # no header line
    assert _read(repo, document_id) is None
    _planted(repo, document_id, b" " * kept.MAX_BYTES + _rows([GOOD]))
    assert _read(repo, document_id) is None
    path.unlink()
    path.mkdir()  # not a file at all
    assert _read(repo, document_id) is None
    _job(repo, document_id)  # and no file can be written: nothing kept, no error
    assert _read(repo, document_id) is None


def test_suggestions_a_file_would_not_give_back_are_not_kept(repo: Repository) -> None:
    from annotator.core.suggestion import Suggestion

    document_id = _ids(repo)[0]
    key = _key(repo, document_id)
    assert key is not None
    text = repo.document(document_id).text
    kept.write_kept(repo.path, document_id, key, [Suggestion(0, 5, "ACTOR", {"n": [1]})])
    assert kept.read_kept(repo.path, document_id, key, text) is None
    kept.write_kept(repo.path, document_id, key, [Suggestion(0, 5, "ACTOR", {"n": 1.5})])
    assert kept.read_kept(repo.path, document_id, key, text) is None
    plain = [Suggestion(0, 5, "ACTOR", {"type": "person"}, "r", None)]
    kept.write_kept(repo.path, document_id, key, plain)
    assert kept.read_kept(repo.path, document_id, key, text) == plain


def test_only_the_last_articles_are_kept(repo: Repository, tmp_path: Path) -> None:
    from annotator.core.suggestion import Suggestion

    found = [Suggestion(0, 5, "ACTOR", {"type": "person"}, "r", None)]
    names = [f"document {n}" for n in range(kept.KEEP + 3)]
    for n, name in enumerate(names):
        kept.write_kept(repo.path, name, "key", found)
        entry = kept._entry_file(repo.path, name)
        os.utime(entry, ns=(n * 10**9, n * 10**9))  # written in this order
    kept.write_kept(repo.path, names[-1], "key", found)  # and the last once more
    files = sorted(kept.kept_folder().glob("*.json"))
    assert len(files) == kept.KEEP
    assert set(files) == {kept._entry_file(repo.path, name) for name in names[-kept.KEEP :]}
    # One database's entries are not another's.
    other = str(tmp_path / "other.db")
    assert kept._entry_file(other, names[-1]) != kept._entry_file(repo.path, names[-1])
