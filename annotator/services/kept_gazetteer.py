"""The gazetteer and its name index, kept between processes in the user's cache folder.

Reading the lists (about 3,700 names, each with its other spellings) and indexing
them (the spellings of an Arabic article, the first word of every name) took about
17 ms of the session's first suggestions, the same work in every process. What they
make is plain data (names, types, roles, tables of strings), kept here as JSON and
taken back by a later process when its lists and the code that reads and indexes them
are those it was made from: the file says so by a key, a digest of the lists' bytes and
of the stamps (size and time) of that code's files, and guards its body by a digest of
its own. The file is read as untrusted input: too large, damaged, of another key or of
another shape, it is ignored (the lists are read as usual, and the file written again).
Never pickle: nothing in the file is run.

The code's stamps are those of the code this process runs, taken as it loaded it
(`note_loaded_code`): a process that reads the lists after its code files changed on
disk (a newer version installed, or a rule edited, while the window stays open, its
lists read again when the analyst edits one) neither keeps nor takes a gazetteer: keyed
by the files' stamps at that later time, it would keep what its old code made under the
key of the new code, for every later process of the new version to take.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Final

from annotator.core import compiled_patterns
from annotator.core.packaged import packaged_files
from annotator.whole_file import read_keyed, write_keyed

log = logging.getLogger(__name__)

# The file's layout; another value is another layout, never read.
FORMAT: Final = 1
# A kept gazetteer is a few hundred kB; anything much larger is not one.
MAX_BYTES: Final = 32 * 1024 * 1024
# The modules whose code reads the lists and indexes them: a change to any of them (an
# edit, another version installed) changes the key.
CODE_MODULES: Final = (
    "annotator.services.kept_gazetteer",
    "annotator.services.suggesting",
    "annotator.core.spans",
    "annotator.core.suggest.base",
    "annotator.core.suggest.text",
    "annotator.core.suggest.actors",
)

# An entry as kept: name, type, role.
KeptEntry = tuple[str, str, str]


def kept_gazetteer_file() -> Path:
    """Where the gazetteer is kept (one file per Python build)."""
    from annotator.paths import cache_dir

    return cache_dir() / f"gazetteer-{sys.implementation.cache_tag}.json"


def _stamps(files: Iterable[object]) -> list[str]:
    """Each file's path, size and time (raises OSError, or TypeError for no path)."""
    stamps = []
    for file in files:
        path = Path(str(file))
        info = path.stat()
        stamps.append(f"{path} {info.st_size} {info.st_mtime_ns}")
    return stamps


# The stamp of each code file (by path) when this process loaded it: `note_loaded_code`,
# or the first `key_of` for a file it did not note.
_LOADED: dict[str, str] = {}


def _code_files() -> list[Path]:
    """The files of `CODE_MODULES` and the shipped schema (raises KeyError for a module
    not imported, AttributeError or TypeError for one with no file)."""
    code = [Path(str(sys.modules[name].__file__)) for name in CODE_MODULES]
    code.append(Path(str(packaged_files().joinpath("schema.json"))))
    return code


def note_loaded_code() -> None:
    """Take the stamps of the code that reads and indexes the lists, as this process loaded
    it: right after the rules are imported (`services.suggesting` does), not when the lists
    are first read, which may be hours later, after another version was installed over it."""
    try:
        code = _code_files()
        stamps = _stamps(code)
    except (KeyError, AttributeError, TypeError, OSError):
        return  # key_of finds the same and keeps nothing
    for path, stamp in zip(code, stamps, strict=True):
        _LOADED.setdefault(str(path), stamp)


def key_of(lists: Iterable[object]) -> str | None:
    """The key of a gazetteer read from the files `lists` (in the order they are read) by
    this code: a digest of their paths, sizes and times (as Python keys its bytecode by
    its source's), of those of the files of `CODE_MODULES` and of the shipped schema
    (whose ACTOR types the lists are checked against), and of Python's version. None
    when one is not a file on disk, or a code file is no longer the one this process
    loaded (nothing is kept or taken then: see the module's docstring)."""
    try:
        code = _code_files()
        code_stamps = _stamps(code)
        stamps = [sys.version, str(FORMAT), *code_stamps, "lists:", *_stamps(lists)]
    except (KeyError, AttributeError, TypeError, OSError):
        return None
    for path, stamp in zip(code, code_stamps, strict=True):
        if _LOADED.setdefault(str(path), stamp) != stamp:
            log.info("gazetteer not kept: %s changed since this process loaded it", path)
            return None
    text = "\n".join(stamps).encode("utf-8", "surrogatepass")
    return str(compiled_patterns.sha256(text).hexdigest())


def read_kept(key: str) -> tuple[list[KeptEntry], object] | None:
    """The entries (in the gazetteer's order) and the index data kept under `key`; None
    when there are none, or the file is not whole and of this key and shape."""
    body = read_keyed(kept_gazetteer_file(), key=key, layout=FORMAT, max_bytes=MAX_BYTES)
    if body is None:
        return None
    try:
        kept_data = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, or nested too deep for it
        return None
    if not isinstance(kept_data, dict):
        return None
    columns = kept_data.get("entries")
    # Three columns of strings, tested in C (some 11,000 of them).
    if not (
        isinstance(columns, list)
        and len(columns) == 3
        and all(isinstance(c, list) and set(map(type, c)) <= _STRINGS for c in columns)
        and len(columns[0]) == len(columns[1]) == len(columns[2])
    ):
        return None
    return list(zip(*columns, strict=True)), kept_data.get("index")


_STRINGS: Final = frozenset({str})


def write_kept(key: str, entries: Sequence[KeptEntry], index: Mapping[str, object]) -> None:
    """Keep `entries` and `index` under `key`; whole or not at all (another process may
    write at the same time). A folder that cannot be written only means no file."""
    columns = [[entry[i] for entry in entries] for i in range(3)]
    body = json.dumps({"entries": columns, "index": index}, ensure_ascii=False).encode()
    path = kept_gazetteer_file()
    try:
        write_keyed(path, body, key=key, layout=FORMAT, prefix=".gazetteer-")
    except OSError as exc:
        log.info("gazetteer not kept in %s (%s)", path, exc)
