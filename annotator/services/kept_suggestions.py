"""The suggestions last found for an article, kept between sessions in the cache folder.

At start-up the window restores the article the analyst had open, whose suggestions
the last session found: the session's first job shows the kept ones at once, without
loading the rules (about 0.1 s of importing and building patterns), then runs the rules
as usual, which also makes them ready for the next article.

An entry is kept under a key made of everything the window's suggestion job reads:
the article's text, the corpus's ACTOR texts and their types (`Repository.actor_texts`),
the article's page furniture, what the analyst tagged or rejected in it (hidden), the
analyst's name, the gazetteer folder setting and the stamps (path, size, time) of its
lists, of the shipped resources and of every file of this package's code, and Python's
version. A different key is a fresh job. The file is read as hostile input: too large,
damaged, of another key, or with any field of the wrong type, an offset outside the
text or an unknown label, it is ignored (a fresh job runs, and writes it again). JSON,
never pickle: nothing in it is run. At most `KEEP` articles are kept (the most recently
suggested; older files are removed), each file at most `MAX_BYTES`.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, NamedTuple

from annotator.core import compiled_patterns
from annotator.core.packaged import packaged_files
from annotator.core.suggestion import LABELS, Suggestion
from annotator.store.boilerplate import boilerplate
from annotator.whole_file import read_keyed, write_keyed

if TYPE_CHECKING:
    from annotator.store.repository import Repository

log = logging.getLogger(__name__)

# The layout of a file; another value is another layout, never read.
FORMAT: Final = 1
# Articles kept: the restored article is the last one shown, or one of the last few.
KEEP: Final = 8
# A short article's suggestions are a few kB; a file much larger is not ours.
MAX_BYTES: Final = 2 * 1024 * 1024
# A long article's suggestions (tens of thousands) are not kept: writing them would
# hold up their job for what the kept entry saves once.
MAX_SUGGESTIONS: Final = 2000
# The annotator name the suggestions are written under (`annotator suggest`).
SUGGESTER: Final = "suggester"

# Attribute values a file gives back as they were (a float, a list would not always be).
_SCALARS: Final = frozenset({str, int, bool, type(None)})
_KNOWN_LABELS: Final = frozenset(LABELS)


def kept_folder() -> Path:
    """Where the entries are kept (one file per article, per Python build)."""
    from annotator.paths import cache_dir

    return cache_dir() / f"suggestions-{sys.implementation.cache_tag}"


def hidden_keys(
    repo: Repository, document_id: str, analyst: str | None
) -> set[tuple[int, int, str]]:
    """(start, end, label) that must not be suggested: already tagged or rejected.

    For one analyst, or for every human annotator when `analyst` is None.
    """
    layers = None if analyst is None else [analyst]
    hidden = {
        (s.start, s.end, s.label)
        for s in repo.spans(document_id, layers)
        if s.annotator != SUGGESTER and s.provenance != "suggested"
    }
    return hidden | repo.rejected_suggestions(document_id, analyst)


class JobInputs(NamedTuple):
    """What a suggestion job for one stored document reads from the database, read once
    so that the job runs on exactly what its key says. (A NamedTuple: a frozen dataclass
    cost the session's first job about 1 ms more to define.)"""

    document_id: str
    text: str
    known_actors: Mapping[str, str | None]
    boilerplate: list[tuple[int, int]]
    hidden: set[tuple[int, int, str]]
    analyst: str | None
    gazetteer_dir: str | None


def read_inputs(
    repo: Repository,
    document_id: str,
    analyst: str | None,
    known_actors: Mapping[str, str | None] | None = None,
) -> JobInputs:
    """The inputs of a suggestion job for `document_id` (StoreError if none);
    `known_actors` defaults to `repo.actor_texts()`."""
    return JobInputs(
        document_id,
        repo.document(document_id).text,
        repo.actor_texts() if known_actors is None else known_actors,
        boilerplate(repo, document_id),
        hidden_keys(repo, document_id, analyst),
        analyst,
        str(repo.setting("gazetteer_dir") or "") or None,
    )


# The code a job's suggestions depend on (what it reads from the database is keyed by
# value): the rules and the rest of the domain, the job and the gazetteer's reading.
_CODE: Final = (
    "__init__.py",
    "core",
    "services/suggesting.py",
    "services/kept_gazetteer.py",
    "services/kept_suggestions.py",
)


def _code_files() -> list[str]:
    """The files of `_CODE` (.py) and of the shipped resources, in a fixed order."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found: list[str] = []
    for part in [*_CODE, str(packaged_files())]:
        path = os.path.join(package, part)  # (an absolute `part` stays as it is)
        if os.path.isfile(path):
            found.append(path)
        else:
            _walk(path, found)
    return found


def _walk(folder: str, found: list[str]) -> None:
    # os.scandir and plain strings: a third of the time of os.walk and Path objects.
    entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir() and entry.name != "__pycache__":
            _walk(entry.path, found)
        # (.json.gz: the shipped models, whose weights the state check's rule reads)
        elif entry.name.endswith((".py", ".txt", ".json", ".json.gz")):
            found.append(entry.path)


@lru_cache(maxsize=1)
def _code_stamps() -> tuple[str, ...]:
    """The stamps of the code, once per process: the code a process runs is the code it
    loaded (and a later article's job does not stat some 50 files again)."""
    return tuple(_stamps(_code_files()))


def key_of(inputs: JobInputs) -> str | None:
    """The key of the suggestions found for `inputs` by this code (see the module's
    docstring); None when a file of it cannot be read (nothing is kept then)."""
    try:
        stamps = [f"{FORMAT}", sys.version, *_code_stamps()]
        if inputs.gazetteer_dir is not None:
            folder = Path(inputs.gazetteer_dir)
            if not folder.is_dir():
                return None
            stamps += ["lists:", *_stamps(sorted(folder.glob("*.txt")))]
    except OSError:
        return None
    material = {
        "stamps": stamps,
        "document": inputs.document_id,
        "text": compiled_patterns.sha256(inputs.text.encode("utf-8", "surrogatepass")).hexdigest(),
        "known": sorted(inputs.known_actors.items(), key=lambda item: item[0]),
        "boilerplate": inputs.boilerplate,
        "hidden": sorted(inputs.hidden),
        "analyst": inputs.analyst,
        "gazetteer": inputs.gazetteer_dir,
    }
    text = json.dumps(material, ensure_ascii=False, default=str)
    return str(compiled_patterns.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def _stamps(files: Iterable[str | Path]) -> list[str]:
    stamps = []
    for path in files:
        info = os.stat(path)
        stamps.append(f"{path} {info.st_size} {info.st_mtime_ns}")
    return stamps


def _entry_file(db_file: str, document_id: str) -> Path:
    name = f"{os.path.abspath(db_file)}\n{document_id}".encode("utf-8", "surrogatepass")
    return kept_folder() / f"{compiled_patterns.sha256(name).hexdigest()[:32]}.json"


def has_entry(db_file: str, document_id: str) -> bool:
    """Whether an entry is kept for `document_id` of `db_file`, of whatever key."""
    return _entry_file(db_file, document_id).is_file()


def read_kept(db_file: str, document_id: str, key: str, text: str) -> list[Suggestion] | None:
    """The suggestions kept for `document_id` of `db_file` under `key`, each checked
    against `text`; None when there are none or the file is not whole, not of this key,
    or not every field is what a suggestion holds."""
    path = _entry_file(db_file, document_id)
    body = read_keyed(path, key=key, layout=FORMAT, max_bytes=MAX_BYTES)
    if body is None:
        return None
    try:
        rows = json.loads(body)
    except (ValueError, RecursionError):  # not JSON, nested too deep, a 5,000-digit int
        return None
    if not isinstance(rows, list) or len(rows) > MAX_SUGGESTIONS:
        return None
    found = []
    for row in rows:
        suggestion = _suggestion(row, len(text))
        if suggestion is None:
            return None
        found.append(suggestion)
    return found


def _offsets(value: Any, length: int) -> tuple[int, int] | None:
    """(start, end) when `value` is two ints with 0 <= start < end <= length."""
    if not (isinstance(value, list) and len(value) == 2):
        return None
    start, end = value
    if type(start) is not int or type(end) is not int or not 0 <= start < end <= length:
        return None
    return start, end


def _suggestion(row: Any, length: int) -> Suggestion | None:
    """The suggestion a kept row holds, or None when any field is wrong."""
    if not (isinstance(row, list) and len(row) == 5):
        return None
    extent, label, attributes, rule, speaker = row
    offsets = _offsets(extent, length)
    if offsets is None or not isinstance(label, str) or label not in _KNOWN_LABELS:
        return None
    if not isinstance(rule, str) or not isinstance(attributes, dict):
        return None
    if not all(type(k) is str and type(v) in _SCALARS for k, v in attributes.items()):
        return None
    said = None
    if speaker is not None:
        said = _offsets(speaker, length)
        if said is None:
            return None
    return Suggestion(offsets[0], offsets[1], label, attributes, rule, said)


def _row(s: Suggestion) -> list[Any] | None:
    """`s` as kept, or None when it holds what a file would not give back the same."""
    attributes = dict(s.attributes)
    if not all(type(k) is str and type(v) in _SCALARS for k, v in attributes.items()):
        return None
    if s.speaker is not None and not (
        isinstance(s.speaker, tuple) and len(s.speaker) == 2
    ):  # a list would come back as a tuple
        return None
    speaker = None if s.speaker is None else list(s.speaker)
    return [[s.start, s.end], s.label, attributes, s.rule, speaker]


def write_kept(db_file: str, document_id: str, key: str, found: Sequence[Suggestion]) -> None:
    """Keep `found` for `document_id` of `db_file` under `key`, whole or not at all, and
    remove all but the `KEEP` newest entries. Not kept: too many suggestions, or one
    that a file would not give back equal. A folder that cannot be written only means
    no entry."""
    if len(found) > MAX_SUGGESTIONS:
        return
    rows = [_row(s) for s in found]
    if any(row is None for row in rows):
        return
    body = json.dumps(rows, ensure_ascii=False).encode("utf-8", "surrogatepass")
    if len(body) > MAX_BYTES - 1024:
        return
    path = _entry_file(db_file, document_id)
    try:
        write_keyed(path, body, key=key, layout=FORMAT, prefix=".suggestions-")
        _prune(path.parent)
    except OSError as exc:
        log.info("suggestions not kept in %s (%s)", path, exc)


def keep_found(db_file: str, inputs: JobInputs, found: Sequence[Suggestion]) -> None:
    """`write_kept` under the key of `inputs`, what `found` was found from (nothing kept
    when it has none). For after the suggestions are shown: the key is made here."""
    key = key_of(inputs)
    if key is not None:
        write_kept(db_file, inputs.document_id, key, found)


def _prune(folder: Path) -> None:
    """Remove all but the `KEEP` most recently written entries."""
    entries = []
    for item in os.scandir(folder):
        if item.name.endswith(".json") and item.is_file(follow_symlinks=False):
            entries.append((item.stat(follow_symlinks=False).st_mtime_ns, item.path))
    for _time, path in sorted(entries, reverse=True)[KEEP:]:
        os.unlink(path)
