"""The rules' compiled patterns kept between processes (issue 16): a later process
imports and prepares the rules without compiling their patterns again."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import cast

from tests.conftest import REPO

# The start of a child script: the length of every pattern text parsed (compiled from its
# text, not taken from a kept form) is appended to `parsed`.
PARSED = """
import json, sys
from re import _parser
parsed = []
real = _parser.parse
def counted(source, *args, **kwargs):
    parsed.append(len(source) if isinstance(source, str) else 0)
    return real(source, *args, **kwargs)
_parser.parse = counted
"""

# Counts the patterns parsed while the rules are imported and while they are prepared,
# then prints both counts.
_SESSION = (
    PARSED
    + """
import annotator.services.suggesting
from annotator.core.suggest import prepare_rules
from annotator.services.kept_patterns import patterns_kept
imported = len(parsed)
with patterns_kept():
    prepare_rules()
print(json.dumps([imported, len(parsed) - imported]))
"""
)


def _child(code: str, *args: str, cache: Path, hash_seed: str = "0") -> list[object]:
    """Run `code` in a fresh Python with its own cache folder; the JSON list it prints last."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={
            **os.environ,
            "XDG_CACHE_HOME": str(cache),
            "PYTHONPATH": str(REPO),
            "PYTHONHASHSEED": hash_seed,
        },
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    result: list[object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _session(cache: Path, hash_seed: str = "0") -> list[int]:
    return cast(list[int], _child(_SESSION, cache=cache, hash_seed=hash_seed))


def test_a_later_process_imports_and_prepares_the_rules_without_compiling_their_patterns(
    tmp_path: Path,
) -> None:
    first_import, first_prepare = _session(tmp_path / "cache")
    assert first_import > 300  # the rule modules' own patterns, compiled at import
    assert first_prepare >= 14  # the casualty phrase patterns, and what the rules build
    assert list((tmp_path / "cache" / "annotator").glob("compiled-patterns-*.bin"))
    later_import, later_prepare = _session(tmp_path / "cache")
    # Left: the standard library's and the services' own patterns.
    assert later_import < first_import / 10
    assert later_prepare < first_prepare / 2


def test_the_rules_patterns_are_the_same_text_whatever_the_hash_seed(tmp_path: Path) -> None:
    """Patterns joined from word sets list their words in a fixed order: in a set's order
    (which changes with each process's hash seed) a later process compiled them again and
    rewrote the whole kept file."""
    cache = tmp_path / "cache"
    _session(cache, hash_seed="1")
    kept = next((cache / "annotator").glob("compiled-patterns-*.bin"))
    written = kept.stat().st_mtime_ns
    other_seed = _session(cache, hash_seed="2")
    assert kept.stat().st_mtime_ns == written  # nothing new compiled: not written again
    # What is still parsed (re.match/re.sub with a pattern text, which re caches itself)
    # is parsed whatever the seed of the process that kept the forms.
    assert other_seed == _session(cache, hash_seed="2")


# `annotator suggest ARGS` in this process, then the number of patterns parsed during it.
_SUGGEST_RUN = """
import json, sys
from re import _parser
parsed = [0]
real = _parser.parse
def counted(*args, **kwargs):
    parsed[0] += 1
    return real(*args, **kwargs)
_parser.parse = counted
from annotator.cli import main
try:
    main(["suggest", *sys.argv[1:]])
except SystemExit as done:
    assert not done.code, done.code
print(json.dumps([parsed[0]]))
"""


def test_a_later_suggest_run_in_one_process_compiles_no_pattern_the_first_kept(
    tmp_path: Path,
) -> None:
    from annotator.core.model import AnnotatedDocument, Document
    from annotator.store.db import open_db
    from annotator.store.repository import Repository

    path = tmp_path / "corpus.db"
    repo = Repository(open_db(path))
    text = "Shelling killed at least 12 civilians in Orvel on Monday, the ministry said."
    repo.import_documents([AnnotatedDocument(Document.from_text(text, title="t"), [])], "ana")
    repo.db.close()
    cache = tmp_path / "cache"
    args = ("--db", str(path), "--jobs", "1", "--quiet")
    first = cast(list[int], _child(_SUGGEST_RUN, *args, cache=cache))[0]
    later = cast(list[int], _child(_SUGGEST_RUN, *args, cache=cache))[0]
    assert first > 300  # every pattern, the casualty phrase patterns among them
    # Left: what re.match/re.sub parse from a pattern text (re caches those itself).
    assert later < first / 10
