"""The gazetteer and its name index kept in the cache folder (issue 15/16: the session's
first suggestions read and indexed the lists every time): a later process takes them
from the kept file, which gives the very gazetteer, index and suggestions the lists
give; a damaged, foreign or stale file is never used, and is written again."""

from __future__ import annotations

import json
import sys
import types
import zlib
from collections.abc import Mapping
from pathlib import Path

import pytest

from annotator.core.suggest import GazetteerEntry, actors, suggest
from annotator.services import kept_gazetteer, suggesting
from tests.conftest import REPO

SAMPLES = sorted((REPO / "sample_articles").glob("*.txt"))[:4]


def _read(folder: str | None = None) -> Mapping[str, GazetteerEntry]:
    """The lists read now (not the process's cached gazetteer)."""
    return suggesting._load_lists.__wrapped__(folder, ())  # type: ignore[attr-defined]


def _index(gazetteer: Mapping[str, GazetteerEntry]) -> dict[str, object]:
    """The gazetteer's index as data; each table's names in one order (equal lengths
    may come in either order: a set's order changes with the process)."""
    data = actors.gazetteer_index_data(gazetteer)
    for key in ("names", "nationals", "regions"):
        firsts, sizes, names = data[key]  # type: ignore[misc]
        table, at = {}, 0
        for first, size in zip(firsts, sizes, strict=True):
            table[first] = sorted(names[at : at + size], key=lambda n: (-len(n), n))
            at += size
        data[key] = table
    return data


def _no_list_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kwargs: object) -> list[GazetteerEntry]:
        raise AssertionError("a list was parsed")

    monkeypatch.setattr(suggesting, "parse_gazetteer", refused)


def _found(gazetteer: Mapping[str, GazetteerEntry]) -> list[object]:
    return [
        [(s.start, s.end, s.label, dict(s.attributes), s.rule, s.speaker) for s in found]
        for found in (suggest(p.read_text("utf-8"), gazetteer=gazetteer) for p in SAMPLES)
    ]


def test_a_later_process_takes_the_kept_gazetteer_which_is_the_one_the_lists_give(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = _read()  # reads the lists, keeps what it made
    assert kept_gazetteer.kept_gazetteer_file().is_file()
    expected_index = _index(read)
    expected_found = _found(read)
    _no_list_parsed(monkeypatch)
    kept = _read()
    assert kept is not read
    assert list(kept.items()) == list(read.items())  # the same entries, in the same order
    assert _index(kept) == expected_index
    assert _found(kept) == expected_found


def _kept_file_of(body: dict[str, object], key: str) -> bytes:
    data = json.dumps(body).encode()
    header = {
        "format": kept_gazetteer.FORMAT,
        "key": key,
        "size": len(data),
        "crc32": zlib.crc32(data),
    }
    return json.dumps(header).encode() + b"\n" + data


def test_a_damaged_or_foreign_kept_file_is_ignored_and_written_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read = _read()
    expected_index = _index(read)
    path = kept_gazetteer.kept_gazetteer_file()
    whole = path.read_bytes()
    head, _newline, body = whole.partition(b"\n")
    header = json.loads(head)
    key = header["key"]
    kept = json.loads(body)
    flipped = bytearray(whole)
    flipped[len(head) + 100] ^= 0x01  # one bit of the body (a name's letter)
    bad_files = [
        b"",
        b"not json at all",
        whole[:-10],  # cut short
        bytes(flipped),
        json.dumps({**header, "key": "another"}).encode() + b"\n" + body,
        json.dumps({**header, "format": 99}).encode() + b"\n" + body,
        b"[" * 100_000 + b"]" * 100_000 + b"\n" + body,
        _kept_file_of({"entries": "not columns", "index": kept["index"]}, key),
        _kept_file_of({"entries": [[1, 2], [3, 4], [5, 6]], "index": kept["index"]}, key),
        _kept_file_of({**kept, "index": {**kept["index"], "kinds": [[1], [2], [3]]}}, key),
        _kept_file_of({**kept, "index": {**kept["index"], "names": [["A"], [2], ["B"]]}}, key),
        _kept_file_of({**kept, "index": {**kept["index"], "names": [["A"], [0], []]}}, key),
        _kept_file_of({**kept, "index": None}, key),
        _kept_file_of([], key),  # type: ignore[arg-type]
    ]
    for bad in bad_files:
        path.write_bytes(bad)
        again = _read()
        assert list(again.items()) == list(read.items())
        assert _index(again) == expected_index
        assert kept_gazetteer.read_kept(key) is not None  # written again, whole
    monkeypatch.setattr(kept_gazetteer, "MAX_BYTES", len(whole) - 1)
    assert kept_gazetteer.read_kept(key) is None  # larger than a kept gazetteer may be


def test_a_changed_list_is_read_again_not_taken_from_the_kept_file(tmp_path: Path) -> None:
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "states.txt").write_text("Valdor\n", "utf-8")
    (folder / "armed_groups.txt").write_text("Free Valdor Front\n", "utf-8")
    first = _read(str(folder))
    assert set(first) == {"Valdor", "Free Valdor Front"}
    (folder / "armed_groups.txt").write_text("Free Valdor Front\nKessa Brigade\n", "utf-8")
    changed = _read(str(folder))
    assert changed["Kessa Brigade"] == GazetteerEntry("Kessa Brigade", "armed group")
    kinds = actors.gazetteer_index_data(changed)["kinds"]
    assert "Kessa Brigade" in kinds[0]  # type: ignore[index]


def test_a_change_to_the_code_that_reads_the_lists_changes_the_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lists = sorted((REPO / "resources" / "gazetteers").glob("*.txt"))
    source = tmp_path / "rules.py"
    source.write_text("RULES = 1\n", "utf-8")
    module = types.ModuleType("rules_under_test")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "rules_under_test", module)
    monkeypatch.setattr(
        kept_gazetteer, "CODE_MODULES", (*kept_gazetteer.CODE_MODULES, "rules_under_test")
    )
    before = kept_gazetteer.key_of(lists)
    assert before is not None
    assert kept_gazetteer.key_of(lists) == before
    source.write_text("RULES = 22\n", "utf-8")  # another size
    assert kept_gazetteer.key_of(lists) != before
    module.__file__ = None
    assert kept_gazetteer.key_of(lists) is None  # not a file: nothing is kept


def test_a_process_whose_code_changed_on_disk_since_it_loaded_it_keeps_no_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """CACHE67: a newer version installed over the code of a window left open (or a rule
    edited in a worktree), then the analyst edits a list: the window reads the lists
    again with its old code. Keyed by the code files as they now are, what it made was
    kept under the new code's key, and every later process of the new version took the
    old code's index (0.1.1 tagging "Farc", which it no longer indexes, as 0.1.0 did)."""
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "armed_groups.txt").write_text("Free Valdor Front\n", "utf-8")
    source = tmp_path / "rules.py"
    source.write_text("RULES = 1\n", "utf-8")
    module = types.ModuleType("rules_under_test")
    module.__file__ = str(source)
    monkeypatch.setitem(sys.modules, "rules_under_test", module)
    monkeypatch.setattr(
        kept_gazetteer, "CODE_MODULES", (*kept_gazetteer.CODE_MODULES, "rules_under_test")
    )
    _read(str(folder))  # this process, with the code it loaded: kept
    kept_file = kept_gazetteer.kept_gazetteer_file()
    before = kept_file.read_bytes()

    source.write_text("RULES = 22\n", "utf-8")  # another version installed over it
    (folder / "armed_groups.txt").write_text("Free Valdor Front\nKessa Brigade\n", "utf-8")
    lists = sorted(folder.glob("*.txt"))
    changed = _read(str(folder))  # read by the code this process runs, the old one
    assert set(changed) == {"Free Valdor Front", "Kessa Brigade"}
    assert kept_gazetteer.key_of(lists) is None
    assert kept_file.read_bytes() == before  # nothing kept under the new code's key

    # A later process, which loaded the new code: nothing of the old code's is taken.
    monkeypatch.setattr(kept_gazetteer, "_LOADED", {}, raising=False)
    key = kept_gazetteer.key_of(lists)
    assert key is not None
    assert kept_gazetteer.read_kept(key) is None


_STAMPS_AT_IMPORT = """
import json, sys
import annotator.services.suggesting
from annotator.services import kept_gazetteer
print(json.dumps(sorted(kept_gazetteer._LOADED)))
"""


def test_the_code_is_stamped_as_the_rules_are_imported_not_when_the_lists_are_read() -> None:
    """The stamps the key compares with are those of the code this process loaded: taken
    as `services.suggesting` imports the rules, before any list is read."""
    import os
    import subprocess

    done = subprocess.run(
        [sys.executable, "-c", _STAMPS_AT_IMPORT],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    stamped = json.loads(done.stdout.strip().splitlines()[-1])
    code = [str(Path(str(sys.modules[name].__file__))) for name in kept_gazetteer.CODE_MODULES]
    assert set(code) <= set(stamped)
    assert len(stamped) == len(code) + 1  # and the shipped schema
