"""Running the suggestion rules over a database, and measuring them against gold.

Qt-free orchestration, used alike by `annotator suggest`, `annotator evaluate`
and the window (which calls these from a worker thread and passes a progress
callback). The rules themselves live in `annotator.core.suggest`.

Gazetteers are folders of plain-text lists: one name per line, "#" comments,
and an optional "Name | type" to override the type that the file's name
gives (states.txt -> state, armed_groups.txt -> armed group, media.txt ->
media, organisations.txt -> organisation, people.txt -> person; any other
file -> other). The shipped lists are in resources/gazetteers/; a user's own
folder replaces them (`--gazetteer DIR` or the `gazetteer_dir` setting).
"""

from __future__ import annotations

import gc
import logging
import os
import re
import threading
from collections import Counter, deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from annotator.core.errors import InputError, SpanError
from annotator.core.model import (
    AnnotatedDocument,
    Relation,
    imported_relation_id,
    imported_span_id,
)
from annotator.core.packaged import packaged_files
from annotator.core.schema import default_schema
from annotator.core.spans import actor_types
from annotator.core.timeline import mark as timeline_mark
from annotator.services import kept_gazetteer
from annotator.services.kept_patterns import importing_rules, patterns_kept
from annotator.services.kept_suggestions import SUGGESTER as SUGGESTER
from annotator.services.kept_suggestions import JobInputs, read_inputs
from annotator.services.kept_suggestions import hidden_keys as hidden_keys
from annotator.store.boilerplate import boilerplate, boilerplate_in
from annotator.store.repository import Repository, SuggestedRows, SuggestedSpan

with importing_rules():  # their patterns built from the forms an earlier process kept
    from annotator.core.suggest import LABELS, GazetteerEntry, Suggestion, prepare_rules, suggest
    from annotator.core.suggest import Stopped as Stopped  # for the window's job (see there)
    from annotator.core.suggest.actors import gazetteer_index_data, remember_gazetteer_index
    from annotator.core.suggest.speakers import ATTRIBUTION_KINDS, attribution_kind
# The stamps of the code the kept gazetteer is keyed by, as this process loaded it (not
# as a later install left it on disk by the time the lists are read).
kept_gazetteer.note_loaded_code()

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from annotator.services.rule_workers import RuleWorkers


GAZETTEER_SETTING: Final = "gazetteer_dir"
FILE_TYPES: Final = {
    "states": "state",
    "armed_groups": "armed group",
    "media": "media",
    "organisations": "organisation",
    "organizations": "organisation",
    "people": "person",
    "persons": "person",
    "world_states": "state",
    "institutions": "state",
    "capitals": "state",
    "regional_capitals": "state",
    "regions": "state",
    "demonyms": "state",
}
# Lists whose names a rule uses in a particular way (see GazetteerEntry.role).
FILE_ROLES: Final = {
    "capitals": "capital",
    "regional_capitals": "capital",
    "regions": "region",
    "institutions": "institution",
    "demonyms": "demonym",
}

Progress = Callable[[int, int, str], bool | None]


# --------------------------------------------------------------------------- gazetteers


def parse_gazetteer(
    text: str, default_type: str, source: str = "", role: str = ""
) -> list[GazetteerEntry]:
    """Entries of one list. Raises InputError (with file and line) for an unknown type."""
    entries = []
    allowed = frozenset(actor_types())  # once per list, not once per line
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _sep, kind = line.partition("|")
        kind = kind.strip() or default_type
        if kind not in allowed:
            raise InputError(
                f"unknown actor type {kind!r}; use one of {', '.join(actor_types())}",
                file=source or None,
                line=number,
            )
        if name.strip():
            entries.append(GazetteerEntry(name.strip(), kind, role))
    return entries


def load_gazetteer(folder: str | Path | None = None) -> Mapping[str, GazetteerEntry]:
    """Every name in the *.txt lists of `folder`, or of the shipped lists when None.

    Read once and kept (a folder is read again when one of its lists
    changes); the mapping returned is read-only and the same object each
    time, so the rules build their name index once per corpus, not per
    document. Nothing is read until the first suggestion is asked for.
    Raises InputError when the folder does not exist or a list cannot be read.
    """
    if folder is None:
        return _load_lists(None, ())
    path = Path(folder)
    if not path.is_dir():
        raise InputError("no such gazetteer folder", file=str(path))
    stamp = []
    for file in sorted(path.glob("*.txt")):
        try:
            info = file.stat()
        except OSError as exc:
            raise InputError(f"cannot read this gazetteer list: {exc}", file=str(file)) from exc
        stamp.append((file.name, info.st_mtime_ns, info.st_size))
    return _load_lists(str(path), tuple(stamp))


@lru_cache(maxsize=4)
def _load_lists(
    folder: str | None, _stamp: tuple[tuple[str, int, int], ...]
) -> Mapping[str, GazetteerEntry]:
    if folder is None:
        root: Any = packaged_files().joinpath("gazetteers")
        files = sorted((f for f in root.iterdir() if f.name.endswith(".txt")), key=str)
    else:
        files = sorted(Path(folder).glob("*.txt"))
    # What an earlier process made of the same lists with the same code, when it kept it
    # (services/kept_gazetteer.py): the entries and their name index, not made again.
    key = kept_gazetteer.key_of(files)
    kept = kept_gazetteer.read_kept(key) if key is not None else None
    if kept is not None:
        kept_entries, index = kept
        gazetteer = MappingProxyType({entry[0]: GazetteerEntry(*entry) for entry in kept_entries})
        if remember_gazetteer_index(gazetteer, index):
            return gazetteer
    entries: dict[str, GazetteerEntry] = {}
    for file in files:
        stem = file.name.removesuffix(".txt")
        try:
            text = file.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read this gazetteer list: {exc}", file=str(file)) from exc
        role = FILE_ROLES.get(stem, "")
        for listed in parse_gazetteer(text, FILE_TYPES.get(stem, "other"), str(file), role):
            for entry in _spellings(listed):
                earlier = entries.get(entry.name)
                # A name that is also a demonym ("US") is suggested as the name it is.
                if earlier is None or (earlier.role == "demonym" and entry.role != "demonym"):
                    entries[entry.name] = entry
    gazetteer = MappingProxyType(entries)
    if key is not None:
        kept_gazetteer.write_kept(
            key,
            [(e.name, e.type, e.role) for e in entries.values()],
            gazetteer_index_data(gazetteer),  # the index made now, not by the first rule
        )
    return gazetteer


_APOSTROPHES: Final = ("'", "\u2019")
# Wire styles that write the two abbreviations with stops (AP's "U.N. Security Council").
_STOPPED: Final = (("UN ", "U.N. "), ("US ", "U.S. "))


def _spellings(entry: GazetteerEntry) -> list[GazetteerEntry]:
    """`entry`, and the same name as other house styles write it (the lists are matched
    exactly): with the other apostrophe ("Ta'ang" / "Ta\u2019ang"), and "UN " / "US "
    opening it with stops ("U.N. Mission in South Sudan") or without."""
    if entry.name[:1] != "U" and "'" not in entry.name and "\u2019" not in entry.name:
        return [entry]  # most names: one spelling, and no work
    names = [entry.name]
    for plain, stopped in _STOPPED:
        if entry.name.startswith(plain):
            names.append(stopped + entry.name[len(plain) :])
        elif entry.name.startswith(stopped):
            names.append(plain + entry.name[len(stopped) :])
    for mark, other in (_APOSTROPHES, _APOSTROPHES[::-1]):
        names += [name.replace(mark, other) for name in names if mark in name]
    others = dict.fromkeys(names[1:])  # in order, once each
    others.pop(entry.name, None)
    return [entry, *(GazetteerEntry(name, entry.type, entry.role) for name in others)]


def gazetteer_for(
    repo: Repository, folder: str | Path | None = None
) -> Mapping[str, GazetteerEntry]:
    """The gazetteer to use: `folder`, else the database's `gazetteer_dir`, else the shipped one."""
    return load_gazetteer((folder if folder is not None else gazetteer_folder(repo)) or None)


def gazetteer_folder(repo: Repository) -> str | None:
    """The folder `gazetteer_for(repo)` reads (None: the shipped lists)."""
    return str(repo.setting(GAZETTEER_SETTING) or "") or None


# --------------------------------------------------------------------------- one document


def suggest_document(
    repo: Repository,
    document_id: str,
    *,
    analyst: str | None = None,
    labels: Collection[str] = LABELS,
    rules: Collection[str] | None = None,
    gazetteer: Mapping[str, GazetteerEntry] | None = None,
    known_actors: Mapping[str, str | None] | None = None,
    stop: Callable[[], bool] | None = None,
    workers: RuleWorkers | None = None,
    inputs: JobInputs | None = None,
) -> list[Suggestion]:
    """Fresh suggestions for one stored document, minus what `analyst` has or rejected.

    Reads only; writes nothing. `known_actors` defaults to `repo.actor_texts()`,
    `gazetteer` to `gazetteer_for(repo)`; pass them in when calling for many
    documents. A speaker extent is kept even when its ACTOR suggestion is
    hidden (the analyst already tagged that mention). `stop`: see `suggest`
    (raises `Stopped`). `workers` (the window's, see `rule_workers_for`): a long
    article's rules are shared out between this process and them; the suggestions
    are the same. Only with the default gazetteer of `repo`, which they read too.
    `inputs` (the window's, `kept_suggestions.read_inputs` for this document and
    `analyst`): what the job reads from the database, read before (the key its
    suggestions are kept under says exactly these); `known_actors` and `gazetteer`
    are then left out.
    """
    if inputs is None:
        inputs = read_inputs(repo, document_id, analyst, known_actors)
    folder = inputs.gazetteer_dir
    found = suggest(
        inputs.text,
        known_actors=inputs.known_actors,
        gazetteer=load_gazetteer(folder) if gazetteer is None else gazetteer,
        labels=labels,
        rules=rules,
        boilerplate=inputs.boilerplate,
        stop=stop,
        elsewhere=(
            workers.elsewhere(known_actors=inputs.known_actors)
            if workers is not None and gazetteer is None and workers.gazetteer_dir == folder
            else None
        ),
    )
    hidden = inputs.hidden
    return [s for s in found if s.key not in hidden]


# The gazetteer `prepare_suggestions` last prepared the rules for, in this process.
_PREPARED: list[Mapping[str, GazetteerEntry]] = []
_PREPARING = threading.Lock()


def prepare_suggestions(repo: Repository) -> None:
    """Compile every rule pattern and index `gazetteer_for(repo)` now, once per process.

    The window calls this in its suggestion worker before the first document's
    rules, so that no later article (a long one hits patterns a short one never
    did) waits for a compile. Thread-safe: a second caller waits for the first.
    Changes no suggestion.
    """
    gazetteer = gazetteer_for(repo)
    with _PREPARING:
        if _PREPARED and _PREPARED[0] is gazetteer:
            return
        timeline_mark("preparing every rule")
        with patterns_kept():
            prepare_rules(gazetteer=gazetteer)
        _PREPARED[:] = [gazetteer]
        timeline_mark("every rule prepared")


_WINDOW_WORKERS: list[RuleWorkers] = []


def rule_workers_for(repo: Repository) -> RuleWorkers | None:
    """The warm worker processes that share out a long article's rules in this process
    (the window's), started on the first call and kept (None on one processor). Started
    again when the database's gazetteer folder changed, since they read it themselves.
    Call it off the GUI thread: a worker starts in a few milliseconds, then compiles the
    rules in its own process."""
    from annotator.services.rule_workers import RuleWorkers, worker_count

    folder = gazetteer_folder(repo)
    with _PREPARING:
        if _WINDOW_WORKERS and _WINDOW_WORKERS[0].gazetteer_dir == folder:
            return _WINDOW_WORKERS[0]
        count = worker_count()
        if count < 1:
            return None
        for old in _WINDOW_WORKERS:
            old.close()
        _WINDOW_WORKERS[:] = [RuleWorkers(count, folder).start()]
        return _WINDOW_WORKERS[0]


# The database files `warm_rule_workers` looked at in this process (once each).
_LOOKED_AT: set[str] = set()


def warm_rule_workers(repo: Repository) -> RuleWorkers | None:
    """Start the window's worker processes now (`rule_workers_for`) when the corpus holds
    an article long enough to share out, so that they have compiled their rules before
    the analyst opens it: the window's process does not wait for a worker still
    compiling, it runs that worker's rules itself (the first long article would run in
    one process). Looks once per database file in this process;
    call it off the GUI thread, as the session's first suggestion job starts (before that
    job's own compile: the workers compile beside it, on the other core), never before
    the first frame: a worker's start and compile take a core for about a second."""
    from annotator.services.long_articles import PARALLEL_FROM

    path = repo.path
    with _PREPARING:
        if path in _LOOKED_AT:
            return None
        _LOOKED_AT.add(path)
    if not repo.has_document_of(PARALLEL_FROM):
        return None
    return rule_workers_for(repo)


def hand_out_early(repo: Repository, document_id: str, text: str) -> bool:
    """As a long article opens in the window, before it is painted: hand the window's
    warm workers (`rule_workers_for`, when running) their share of its rules now, so
    that they work on the other core while the window paints it; the suggestion job
    started after the paint (`suggest_document`) takes that share up when it asks for
    the same, else cancels it. A share handed out for the last article opened is
    cancelled first (even when nothing goes out now). The known actors are those this
    process last read (nothing of the corpus is read before the paint): a tag of a new
    actor since means the job's request differs, and the job hands out its own. Returns
    whether a share went out."""
    from annotator.core.suggest import default_rules
    from annotator.services.long_articles import PARALLEL_FROM

    workers = _WINDOW_WORKERS[0] if _WINDOW_WORKERS else None
    if workers is None:
        return False
    workers.cancel_early()
    if len(text) < PARALLEL_FROM or workers.gazetteer_dir != gazetteer_folder(repo):
        return False
    known = repo.kept_actor_texts()
    if known is None:
        return False
    skip = tuple(boilerplate(repo, document_id))
    return workers.hand_out_early(text, skip, default_rules(), known)


def cancel_early() -> None:
    """Cancel the share `hand_out_early` handed out, unless a job took it up."""
    if _WINDOW_WORKERS:
        _WINDOW_WORKERS[0].cancel_early()


def write_suggestions(
    repo: Repository,
    document_id: str,
    suggestions: Sequence[Suggestion],
    *,
    text_length: int | None = None,
) -> tuple[int, int]:
    """Store `suggestions` as the suggester layer of one document (replacing it).

    Spans get provenance 'suggested' and ids derived from what they are, so
    rewriting the same suggestions keeps their ids. A QUOTE's speaker becomes
    a `speaker` relation when the suggester layer holds an ACTOR at that
    extent. Never touches an analyst's layer. `text_length`: the document's
    length, when the caller holds its text. Returns (spans, relations).
    """
    found = [(s.start, s.end, s.label, s.attributes, s.speaker) for s in suggestions]
    return repo.replace_suggestion_layers([_layer(document_id, found, text_length)], SUGGESTER)[0]


# A suggestion as the corpus workers send it back: (start, end, label, attributes,
# speaker). Plain tuples pickle and unpickle several times faster than Suggestion objects.
_Found = tuple[int, int, str, Mapping[str, Any], tuple[int, int] | None]


def _layer(document_id: str, found: Sequence[_Found], text_length: int | None) -> SuggestedRows:
    """The suggester layer `found` makes of one document: its spans and speaker relations.

    As plain rows (see SuggestedRows): the ids derive from the content, as `read_span`
    gives them, so re-running is stable; an empty extent is refused as read_span does.
    """
    spans: list[SuggestedSpan] = []
    actors: dict[tuple[int, int], str] = {}  # an ACTOR's id by its extent (the last one)
    for start, end, label, attributes, _speaker in found:
        if not 0 <= start < end:
            raise SpanError(f"span [{start}, {end}) is empty or starts before the text")
        span_id = imported_span_id(document_id, start, end, label, SUGGESTER)
        spans.append((span_id, start, end, label, attributes))
        if label == "ACTOR":
            actors[start, end] = span_id
    relations = []
    for (_start, _end, label, _attributes, speaker), span in zip(found, spans, strict=True):
        if label != "QUOTE" or speaker is None:
            continue
        tail = actors.get(speaker)
        if tail is not None:
            head = span[0]
            relations.append(
                Relation(
                    id=imported_relation_id(head, tail, "speaker"),
                    head_id=head,
                    tail_id=tail,
                    type="speaker",
                    annotator=SUGGESTER,
                )
            )
    return SuggestedRows(document_id, spans, relations, text_length)


@dataclass
class SuggestReport:
    """What `suggest_corpus` wrote: documents done and spans per label."""

    documents: int = 0
    per_label: Counter[str] = field(default_factory=Counter)
    relations: int = 0
    stopped: bool = False
    # (document id, what went wrong) for each document whose rules raised: its layer is
    # left as it was and the run goes on with the next document.
    failed: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        labels = ", ".join(f"{label} {self.per_label[label]}" for label in sorted(self.per_label))
        failed = (
            f"; {len(self.failed)} documents failed, their layers unchanged" if self.failed else ""
        )
        return (
            f"suggested {sum(self.per_label.values())} spans in {self.documents} documents "
            f"({labels or 'none'}), {self.relations} speaker links{failed}"
        )


def suggest_corpus(
    repo: Repository,
    *,
    document_ids: Sequence[str] | None = None,
    labels: Collection[str] = LABELS,
    rules: Collection[str] | None = None,
    gazetteer_dir: str | Path | None = None,
    progress: Progress | None = None,
    jobs: int | None = 1,
) -> SuggestReport:
    """Pre-annotate documents (all by default) into the suggester layer.

    Suggestions any analyst already has or rejected are left out. Each
    document is written all or nothing; documents commit in groups of
    `_COMMIT_EVERY` (one sync per group), written once the rules are done with the
    whole group (the write lock is held for the writing alone);
    `progress(done, total, document_id)` is called after each document written and may
    return False to stop there (what was written until then is kept). `jobs`: worker
    processes running the rules (None: one per core); 1 runs them in this process.
    Reading and writing the database always happen here, in document order.
    """
    gazetteer = gazetteer_for(repo, gazetteer_dir)
    known = repo.actor_texts()
    ids = list(document_ids) if document_ids is not None else repo.document_ids()
    report = SuggestReport()
    workers = _workers(jobs, len(ids))
    batches = _batches(repo, ids, workers)
    _init_worker(gazetteer, known, labels, rules)
    # Everything the rules build once per process (their compiled patterns, the
    # gazetteer's and the known actors' name indexes) is built here: before the workers
    # fork, so that they inherit it instead of each building it again; and in one
    # process too, so that the patterns compiled are kept for the next run (the casualty
    # phrase patterns, compiled as the rules first ran, were compiled again by every run
    # of one process: about 1 s each).
    with patterns_kept():
        prepare_rules(known_actors=known, gazetteer=gazetteer, labels=labels, rules=rules)
    # What the rules built is frozen out of garbage collection while they run: it lives
    # as long as the run, and the full collections of a run of one process walked it
    # again and again (about 0.3 s of 65 over 5,000 articles). Forked workers inherit
    # `_WORKER` as set above (the same objects, indexes built) frozen, so that no
    # collection in a worker walks them either (and copies the pages their headers sit on).
    gc.freeze()
    try:
        with repo.temporary_files_in_memory(), repo.larger_page_cache():
            if workers <= 1:
                results: Iterable[list[_Result]] = map(_suggest_batch, batches)
                _drain(repo, ids, results, report, progress)
            else:
                # Imported here: the window, whose first suggestions wait for this module,
                # never runs a pool (about 13 ms of CPU).
                import multiprocessing
                from concurrent.futures import ProcessPoolExecutor

                context = multiprocessing.get_context("fork")
                with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                    # (a whole group's batches in flight beside the two per worker: the
                    # workers go on with the next group while this process writes one)
                    in_flight = 2 * workers + _COMMIT_EVERY // _BATCH
                    _drain(repo, ids, _bounded_map(pool, batches, in_flight), report, progress)
    finally:
        gc.unfreeze()
    if progress is not None and not report.stopped:
        progress(report.documents, len(ids), "")
    return report


_BATCH: Final = 16
# Documents written per transaction. Each span's random id lands on its own page of the
# spans' id index, and a commit writes every page it changed to the write-ahead log: per
# batch of 16 that was about 220 page writes per document (5,000 articles of ~3 KB);
# pages changed again within a group are written once.
_COMMIT_EVERY: Final = 256
_WORKER: dict[str, Any] = {}


def _workers(jobs: int | None, documents: int) -> int:
    import multiprocessing

    wanted = (os.cpu_count() or 1) if jobs is None else jobs
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1  # without fork a worker would re-run the command that started it
    return max(1, min(wanted, -(-documents // _BATCH)))


_Job = tuple[str, str, list[tuple[int, int]]]


def _batches(repo: Repository, ids: Sequence[str], workers: int) -> Iterator[list[_Job]]:
    """(document id, text, page furniture) in batches; texts are read lazily (bounded memory),
    a batch's texts in one read and its furniture in another."""
    for first in range(0, len(ids), _BATCH):
        batch = ids[first : first + _BATCH]
        furniture = boilerplate_in(repo, batch)
        texts = repo.document_texts(batch)
        yield [(i, text, furniture.get(i, [])) for i, text in zip(batch, texts, strict=True)]


def _init_worker(
    gazetteer: Mapping[str, GazetteerEntry],
    known: Mapping[str, str | None],
    labels: Collection[str],
    rules: Collection[str] | None,
) -> None:
    _WORKER.update(gazetteer=gazetteer, known=known, labels=labels, rules=rules)


# (document id, length of its text, suggestions): what the rules found in one document;
# the suggestions are a string, what went wrong, where the rules raised on it.
_Result = tuple[str, int, list[_Found] | str]


def _suggest_batch(batch: list[_Job]) -> list[_Result]:
    return [_suggest_one(document_id, text, furniture) for document_id, text, furniture in batch]


def _suggest_one(document_id: str, text: str, furniture: list[tuple[int, int]]) -> _Result:
    """One document's suggestions; a rule that raises on this text costs this document
    only (its layer is kept as it was), never the run's other documents."""
    try:
        found = [
            (s.start, s.end, s.label, s.attributes, s.speaker)
            for s in suggest(
                text,
                known_actors=_WORKER["known"],
                gazetteer=_WORKER["gazetteer"],
                labels=_WORKER["labels"],
                rules=_WORKER["rules"],
                boilerplate=furniture,
            )
        ]
    except Exception as exc:  # a rule's defect, reported per document
        log.exception("the rules failed on document %s", document_id)
        return document_id, len(text), f"{type(exc).__name__}: {exc}"
    return document_id, len(text), found


def _bounded_map(
    pool: ProcessPoolExecutor, batches: Iterator[list[_Job]], in_flight: int
) -> Iterator[list[_Result]]:
    """Results in order, with at most `in_flight` batches submitted and not yet taken."""
    pending: deque[Future[list[_Result]]] = deque()
    try:
        for batch in batches:
            pending.append(pool.submit(_suggest_batch, batch))
            if len(pending) >= in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


class _StopInBatch(Exception):
    """The progress callback stopped inside a batch written at once (see `_drain`)."""


def _drain(
    repo: Repository,
    ids: Sequence[str],
    results: Iterable[list[_Result]],
    report: SuggestReport,
    progress: Progress | None,
) -> None:
    for group in _groups(results, _COMMIT_EVERY):
        # A group of batches commits at once: the database is synced once per group.
        with repo.action():
            for batch in group:
                _write_batch(repo, ids, batch, report, progress)
                if report.stopped:
                    break
        if report.stopped:
            return


def _groups(results: Iterable[list[_Result]], documents: int) -> Iterator[list[list[_Result]]]:
    """`results` in groups of whole batches holding at least `documents` (the last fewer)."""
    group: list[list[_Result]] = []
    held = 0
    for batch in results:
        group.append(batch)
        held += len(batch)
        if held >= documents:
            yield group
            group, held = [], 0
    if group:
        yield group


def _write_batch(
    repo: Repository,
    ids: Sequence[str],
    batch: list[_Result],
    report: SuggestReport,
    progress: Progress | None,
) -> None:
    """One batch's layers, inside the group's transaction; stops as `progress` asks."""
    nothing: frozenset[tuple[int, int, str]] = frozenset()
    # What analysts tagged or rejected, for the whole batch in one read.
    hidden_in = repo.hidden_suggestion_keys([r[0] for r in batch], SUGGESTER)
    layers = []
    for document_id, length, found in batch:
        if isinstance(found, str):
            report.failed.append((document_id, found))
            continue
        hidden = hidden_in.get(document_id, nothing)
        kept = [f for f in found if f[:3] not in hidden] if hidden else found
        layers.append(_layer(document_id, kept, length))
    done = len(layers)
    try:
        with repo.action():  # a savepoint: taken back when a stop falls inside
            counts = repo.replace_suggestion_layers(layers, SUGGESTER)
            for step, layer in enumerate(layers):
                if (
                    progress is not None
                    and progress(report.documents + step + 1, len(ids), layer.document_id) is False
                ):
                    report.stopped = True
                    done = step + 1
                    if done < len(layers):
                        raise _StopInBatch
                    break
    except _StopInBatch:
        # What was asked for: the documents up to the stop, and none after it.
        counts = repo.replace_suggestion_layers(layers[:done], SUGGESTER)
    report.documents += done
    for layer, (_spans, relations) in zip(layers[:done], counts, strict=False):
        report.per_label.update(span[3] for span in layer.spans)
        report.relations += relations


# --------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class Predicted:
    """One predicted span for evaluation: extent, label and (for quotes) speaker extent."""

    start: int
    end: int
    label: str
    speaker: tuple[int, int] | None = None
    # For a gold QUOTE: how the text names its speaker (see attribution_kind).
    attribution: str = ""
    # The speaker mention's text, for the entity-level speaker score.
    speaker_text: str = ""
    # For a CASUALTY: (count_low, count_high, kind, victims).
    casualty: tuple[Any, Any, Any, Any] | None = None
    # For an ACTOR: its type.
    actor_type: str | None = None


@dataclass
class LabelScore:
    gold: int = 0
    predicted: int = 0
    exact: int = 0
    overlap: int = 0

    @staticmethod
    def _prf(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
        precision = hits / predicted if predicted else 0.0
        recall = hits / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def exact_prf(self) -> tuple[float, float, float]:
        return self._prf(self.exact, self.predicted, self.gold)

    def overlap_prf(self) -> tuple[float, float, float]:
        return self._prf(self.overlap, self.predicted, self.gold)


_ENTITY_WORD = re.compile(r"\w+")


def _entity_words(text: str) -> list[str]:
    return [w for w in _ENTITY_WORD.findall(text.casefold()) if w not in ("the", "s")]


def same_entity(gold: str, predicted: str) -> bool:
    """Whether two speaker mentions name the same person or body, judged by their text.

    The same words (case, a leading "the" and a possessive aside); one name ending
    the other ("Rao" and "Priya Rao"); or an acronym of the other's words ("UN" and
    "United Nations"). A text-only judgement: two people sharing a surname count as
    one, so the mention-level score stays the strict figure.
    """
    a, b = _entity_words(gold), _entity_words(predicted)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if long[-len(short) :] == short:
        return True
    if len(short) == 1 and len(long) > 1:
        every = "".join(w[0] for w in long)
        content = "".join(w[0] for w in long if w not in _ACRONYM_SKIPS)
        return short[0] in (every, content)
    return False


# Words an acronym usually skips, in the languages of wire names ("Forces Démocratiques de
# Libération du Rwanda": FDLR; "Islamic State in Iraq and al-Sham": ISIS).
_ACRONYM_SKIPS = frozenset(
    [
        "of",
        "for",
        "and",
        "in",
        "on",
        "at",
        "to",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "y",
        "del",
        "da",
        "do",
        "dos",
        "das",
        "di",
        "al",
        "el",
    ]
)


CASUALTY_FIELDS = ("counts", "kind", "victims")


@dataclass
class Evaluation:
    """Scores per label, exact and overlap; speaker accuracy over exactly matched quotes.

    Also, over exactly matched quotes, the entity-level speaker score (the predicted
    mention names the same speaker as the gold one, see same_entity), and over exactly
    matched CASUALTY spans, how often each attribute agrees with the gold.
    """

    documents: int = 0
    labels: dict[str, LabelScore] = field(default_factory=dict)
    quotes_matched: int = 0
    speakers_correct: int = 0
    # Per attribution kind ("after", "before", "pronoun", "none"): [correct, matched].
    speakers_by_kind: dict[str, list[int]] = field(default_factory=dict)
    speakers_same_entity: int = 0
    casualties_matched: int = 0
    # "counts" (count_low and count_high), "kind", "victims", "all": agreeing spans.
    casualty_attributes: dict[str, int] = field(default_factory=dict)
    actors_matched: int = 0
    actor_types_correct: int = 0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_correct / self.quotes_matched if self.quotes_matched else 0.0

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"documents": self.documents, "labels": {}}
        for label, score in sorted(self.labels.items()):
            p, r, f = score.exact_prf()
            op, orr, of = score.overlap_prf()
            out["labels"][label] = {
                "gold": score.gold,
                "predicted": score.predicted,
                "exact": {"precision": p, "recall": r, "f1": f, "matches": score.exact},
                "overlap": {"precision": op, "recall": orr, "f1": of, "matches": score.overlap},
            }
        out["speaker"] = {
            "quotes_matched": self.quotes_matched,
            "correct": self.speakers_correct,
            "by_attribution": {
                kind: {"correct": c, "matched": m, "accuracy": c / m if m else 0.0}
                for kind, (c, m) in sorted(self.speakers_by_kind.items())
            },
            "accuracy": self.speaker_accuracy,
            "same_entity": self.speakers_same_entity,
        }
        out["actor_types"] = {
            "matched": self.actors_matched,
            "correct": self.actor_types_correct,
            "accuracy": self.actor_types_correct / self.actors_matched
            if self.actors_matched
            else 0.0,
        }
        out["casualty_attributes"] = {
            "matched": self.casualties_matched,
            **{
                name: {
                    "correct": self.casualty_attributes.get(name, 0),
                    "accuracy": self.casualty_attributes.get(name, 0) / self.casualties_matched
                    if self.casualties_matched
                    else 0.0,
                }
                for name in (*CASUALTY_FIELDS, "all")
            },
        }
        return out

    def table(self) -> str:
        """The scores as a plain-text table."""
        lines = [
            f"{'label':<10}{'gold':>6}{'pred':>6}   {'exact P':>8}{'R':>7}{'F1':>7}"
            f"   {'overlap P':>10}{'R':>7}{'F1':>7}"
        ]
        for label, score in sorted(self.labels.items()):
            p, r, f = score.exact_prf()
            op, orr, of = score.overlap_prf()
            lines.append(
                f"{label:<10}{score.gold:>6}{score.predicted:>6}   {p:>8.3f}{r:>7.3f}{f:>7.3f}"
                f"   {op:>10.3f}{orr:>7.3f}{of:>7.3f}"
            )
        lines.append(
            f"speaker attribution: {self.speakers_correct}/{self.quotes_matched} matched quotes "
            f"({self.speaker_accuracy:.3f}) over {self.documents} documents"
        )
        if self.speakers_by_kind:
            lines.append(
                "  by attribution: "
                + ", ".join(
                    f"{kind} {c}/{m}" + (f" ({c / m:.3f})" if m else "")
                    for kind in ATTRIBUTION_KINDS
                    if kind in self.speakers_by_kind
                    for c, m in [self.speakers_by_kind[kind]]
                )
            )
        if self.quotes_matched:
            lines.append(
                f"  same speaker, another mention counted: {self.speakers_same_entity}/"
                f"{self.quotes_matched} ({self.speakers_same_entity / self.quotes_matched:.3f})"
            )
        if self.actors_matched:
            lines.append(
                f"actor types over {self.actors_matched} exactly matched: "
                f"{self.actor_types_correct / self.actors_matched:.3f}"
            )
        if self.casualties_matched:
            lines.append(
                f"casualty attributes over {self.casualties_matched} exactly matched: "
                + ", ".join(
                    f"{name} {self.casualty_attributes.get(name, 0) / self.casualties_matched:.3f}"
                    for name in (*CASUALTY_FIELDS, "all")
                )
            )
        return "\n".join(lines)


def _casualty_fields(label: str, attributes: Mapping[str, Any]) -> tuple[Any, Any, Any, Any] | None:
    if label != "CASUALTY":
        return None
    return (
        attributes.get("count_low"),
        attributes.get("count_high"),
        attributes.get("kind"),
        attributes.get("victims"),
    )


def _gold_predicted(item: AnnotatedDocument) -> list[Predicted]:
    by_id = {s.id: s for s in item.spans}
    speakers: dict[str, tuple[int, int]] = {}
    for relation in item.relations:
        if relation.type == "speaker" and relation.tail_id in by_id:
            tail = by_id[relation.tail_id]
            speakers[relation.head_id] = (tail.start, tail.end)
    text = item.document.text
    out = []
    for s in item.spans:
        speaker = speakers.get(s.id)
        out.append(
            Predicted(
                s.start,
                s.end,
                s.label,
                speaker,
                attribution_kind(text, (s.start, s.end), speaker) if s.label == "QUOTE" else "",
                text[speaker[0] : speaker[1]] if speaker else "",
                _casualty_fields(s.label, s.attributes),
                s.attributes.get("type") if s.label == "ACTOR" else None,
            )
        )
    return out


def _predicted(text: str, found: Iterable[Suggestion]) -> list[Predicted]:
    return [
        Predicted(
            s.start,
            s.end,
            s.label,
            s.speaker,
            speaker_text=text[s.speaker[0] : s.speaker[1]] if s.speaker else "",
            casualty=_casualty_fields(s.label, s.attributes),
            actor_type=s.attributes.get("type") if s.label == "ACTOR" else None,
        )
        for s in found
    ]


def score(
    gold: Iterable[Sequence[Predicted]],
    predicted: Iterable[Sequence[Predicted]],
    labels: Collection[str] = LABELS,
) -> Evaluation:
    """Compare predictions with gold, document by document (same order).

    Exact: same start, end and label. Overlap: same label and sharing at least
    one character. Either way each gold span is matched at most once. Speaker accuracy:
    over exactly matched QUOTEs, the predicted speaker extent equals the gold
    one (both None counts as correct).
    """
    result = Evaluation(labels={label: LabelScore() for label in labels})
    for gold_spans, predicted_spans in zip(gold, predicted, strict=True):
        result.documents += 1
        for label in labels:
            wanted = [g for g in gold_spans if g.label == label]
            got = [p for p in predicted_spans if p.label == label]
            board = result.labels[label]
            board.gold += len(wanted)
            board.predicted += len(got)
            gold_keys = {(g.start, g.end): g for g in wanted}
            for p in got:
                # Each gold span is matched once: a prediction made twice (a layer holding
                # a duplicate) is one hit and one false positive, never a recall over 1.
                match = gold_keys.pop((p.start, p.end), None)
                if match is None:
                    continue
                board.exact += 1
                if label == "QUOTE":
                    right = match.speaker == p.speaker
                    result.quotes_matched += 1
                    result.speakers_correct += int(right)
                    result.speakers_same_entity += int(
                        right
                        or (
                            match.speaker is not None
                            and p.speaker is not None
                            and same_entity(match.speaker_text, p.speaker_text)
                        )
                    )
                    tally = result.speakers_by_kind.setdefault(match.attribution or "none", [0, 0])
                    tally[0] += int(right)
                    tally[1] += 1
                elif label == "ACTOR":
                    result.actors_matched += 1
                    result.actor_types_correct += int(match.actor_type == p.actor_type)
                elif match.casualty is not None and p.casualty is not None:
                    result.casualties_matched += 1
                    agree = {
                        "counts": match.casualty[:2] == p.casualty[:2],
                        "kind": match.casualty[2] == p.casualty[2],
                        "victims": match.casualty[3] == p.casualty[3],
                    }
                    agree["all"] = all(agree.values())
                    for name, ok in agree.items():
                        result.casualty_attributes[name] = result.casualty_attributes.get(
                            name, 0
                        ) + int(ok)
            unused = list(wanted)
            for p in sorted(got, key=lambda x: (x.start, x.end)):
                hit = next((g for g in unused if g.start < p.end and p.start < g.end), None)
                if hit is not None:
                    unused.remove(hit)
                    board.overlap += 1
    return result


def load_gold(path: str | Path) -> list[AnnotatedDocument]:
    """The documents of a native JSONL gold file. Raises InputError for a bad file."""
    from annotator.formats.common import ReadOptions
    from annotator.formats.jsonl import read_jsonl

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the gold file: {exc.strerror}", file=str(path)) from exc
    result = read_jsonl(data, str(path), ReadOptions(annotator="gold", schema=default_schema()))
    if result.problems:
        raise result.problems[0]
    return result.items


def known_actors_except(gold: Sequence[AnnotatedDocument], index: int) -> dict[str, str | None]:
    """ACTOR texts (with types) of every gold document but the `index`-th: leave one out."""
    known: dict[str, str | None] = {}
    for other_index, item in enumerate(gold):
        if other_index == index:
            continue
        for span in item.spans:
            if span.label == "ACTOR":
                kind = span.attributes.get("type")
                known.setdefault(span.covered(item.document.text), kind)
    return known


def evaluate_rules(
    gold: Sequence[AnnotatedDocument],
    *,
    labels: Collection[str] = LABELS,
    rules: Collection[str] | None = None,
    gazetteer: Mapping[str, GazetteerEntry] | None = None,
    only: Collection[int] | None = None,
    progress: Progress | None = None,
) -> Evaluation:
    """Run the rules fresh on the gold texts and score them.

    Known actors come from the other gold documents only (leave one out), as
    an analyst's corpus would supply them. `only` restricts scoring to those
    document indices (0-based) while still drawing known actors from all.
    """
    gazetteer = load_gazetteer() if gazetteer is None else gazetteer
    gold_rows: list[list[Predicted]] = []
    predicted_rows: list[list[Predicted]] = []
    chosen = [i for i in range(len(gold)) if only is None or i in only]
    for step, index in enumerate(chosen):
        if (
            progress is not None
            and progress(step, len(chosen), gold[index].document.title) is False
        ):
            break
        item = gold[index]
        found = suggest(
            item.document.text,
            known_actors=known_actors_except(gold, index),
            gazetteer=gazetteer,
            labels=labels,
            rules=rules,
        )
        gold_rows.append(_gold_predicted(item))
        predicted_rows.append(_predicted(item.document.text, found))
    return score(gold_rows, predicted_rows, labels)


def evaluate_layer(
    repo: Repository,
    gold: Sequence[AnnotatedDocument],
    annotator: str,
    *,
    labels: Collection[str] = LABELS,
) -> Evaluation:
    """Score `annotator`'s layer in the database; documents are matched by text hash.

    Gold documents missing from the database count as unannotated (all misses).
    """
    by_hash = repo.documents_by_sha256()
    gold_rows: list[list[Predicted]] = []
    predicted_rows: list[list[Predicted]] = []
    for item in gold:
        gold_rows.append(_gold_predicted(item))
        document_id = by_hash.get(item.document.sha256)
        if document_id is None:
            predicted_rows.append([])
            continue
        spans = repo.spans(document_id, [annotator])
        relations = [
            r
            for r in repo.relations(document_id)
            if r.annotator == annotator and r.type == "speaker"
        ]
        predicted_rows.append(_gold_predicted(AnnotatedDocument(item.document, spans, relations)))
    return score(gold_rows, predicted_rows, labels)
