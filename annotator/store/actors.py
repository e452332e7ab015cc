"""The actor registry: canonical actors, aliases, affiliations, and links from ACTOR spans.

Every write is one transaction (`repo.action()`) with its event. Merging two
actors relinks all the mentions of the one merged away in one transaction and
returns an `ActorMerge` record that `unmerge_actors` inverts exactly (undo).
A merged actor is kept, with `merged_into` set, so that a colleague's
database still linking spans to it merges cleanly (see `merge_actor_registry`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotator.core.errors import SchemaError, SpanError, StoreError
from annotator.core.model import new_id, now
from annotator.core.spans import actor_types
from annotator.store.repository import Repository
from annotator.store.transaction import classify_module_reads

_SPACE = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case and whitespace folded: how names and aliases are matched."""
    return _SPACE.sub(" ", text).strip().casefold()


# `fold` itself, for loops inside this module: the public name is wrapped at the module's end
# (classify_module_reads), a call per name that a key press's lookup does not need.
_fold = fold


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    merged_into: str | None = None
    created: str = ""


@dataclass(frozen=True)
class ActorSummary:
    """One row of the registry view."""

    actor: Actor
    mentions: int
    documents: int
    quotes: int
    affiliated_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorMerge:
    """What `merge_actors` did, so that `unmerge_actors` can put it back."""

    source_id: str
    target_id: str
    relinked: tuple[str, ...]
    aliases_added: tuple[str, ...]


@dataclass(frozen=True)
class SpeakerStat:
    actor_id: str
    name: str
    quotes: int
    documents: list[tuple[str, str, int]] = field(default_factory=list)  # id, title, quotes


def _check_type(kind: str) -> None:
    # The shipped schema's types: m005's CHECK on actors.type holds the same list.
    allowed = actor_types()
    if kind not in allowed:
        raise SchemaError(f"unknown actor type {kind!r}; use one of {', '.join(allowed)}")


def _check_name(name: str) -> str:
    clean = _SPACE.sub(" ", name).strip()
    if not clean:
        raise SchemaError("an actor needs a name")
    return clean


def actor(repo: Repository, actor_id: str) -> Actor:
    """The actor with this id (merged or not); StoreError if there is none."""
    row = repo.db.execute(
        "SELECT id, name, type, merged_into, created FROM actors WHERE id = ?", [actor_id]
    ).fetchone()
    if row is None:
        raise StoreError(f"no actor with id {actor_id!r}")
    aliases = tuple(
        r[0]
        for r in repo.db.execute(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? ORDER BY alias", [actor_id]
        )
    )
    return Actor(row[0], row[1], row[2], aliases, row[3], row[4])


def actors(repo: Repository, *, include_merged: bool = False) -> list[Actor]:
    """All canonical actors by name (merged-away ones too if asked)."""
    where = "" if include_merged else " WHERE merged_into IS NULL"
    aliases: dict[str, list[str]] = {}
    for actor_id, alias in repo.db.execute(
        "SELECT actor_id, alias FROM actor_aliases ORDER BY alias"
    ):
        aliases.setdefault(actor_id, []).append(alias)
    return [
        Actor(r[0], r[1], r[2], tuple(aliases.get(r[0], ())), r[3], r[4])
        for r in repo.db.execute(
            "SELECT id, name, type, merged_into, created FROM actors"
            f"{where} ORDER BY name COLLATE NOCASE, id"
        )
    ]


def create_actor(
    repo: Repository,
    name: str,
    kind: str = "other",
    *,
    by: str,
    aliases: Sequence[str] = (),
    actor_id: str | None = None,
) -> Actor:
    """Add a canonical actor (a fresh UUID unless `actor_id` is given, e.g. by redo)."""
    clean = _check_name(name)
    _check_type(kind)
    new = Actor(actor_id or new_id(), clean, kind, created=now())
    with repo.action():
        repo.db.execute(
            "INSERT INTO actors (id, name, type, created, created_by) VALUES (?, ?, ?, ?, ?)",
            [new.id, new.name, new.type, new.created, by],
        )
        for alias in aliases:
            _insert_alias(repo, new.id, alias)
        repo._event(by, "actor.create", data={"actor": new.id, "name": clean, "type": kind})
    return actor(repo, new.id)


def delete_actor(repo: Repository, actor_id: str, *, by: str) -> None:
    """Remove an actor nobody links to (the undo of create); StoreError otherwise."""
    used = repo.db.execute(
        "SELECT 1 FROM span_actors WHERE actor_id = ? UNION ALL "
        "SELECT 1 FROM actors WHERE merged_into = ? LIMIT 1",
        [actor_id, actor_id],
    ).fetchone()
    if used:
        raise StoreError("this actor still has mentions; merge it instead")
    with repo.action():
        repo.db.execute("DELETE FROM actors WHERE id = ?", [actor_id])
        repo._event(by, "actor.delete", data={"actor": actor_id})


def rename_actor(
    repo: Repository, actor_id: str, *, by: str, name: str | None = None, kind: str | None = None
) -> Actor:
    """Change an actor's name and/or type; returns the actor as it was (for undo)."""
    old = actor(repo, actor_id)
    new_name = _check_name(name) if name is not None else old.name
    new_kind = kind if kind is not None else old.type
    _check_type(new_kind)
    with repo.action():
        repo.db.execute(
            "UPDATE actors SET name = ?, type = ? WHERE id = ?", [new_name, new_kind, actor_id]
        )
        repo._event(
            by,
            "actor.rename",
            data={"actor": actor_id, "before": [old.name, old.type], "after": [new_name, new_kind]},
        )
    return old


def _insert_alias(repo: Repository, actor_id: str, alias: str) -> bool:
    clean = _SPACE.sub(" ", alias).strip()
    if not clean:
        raise SchemaError("an alias cannot be empty")
    cursor = repo.db.execute(
        "INSERT OR IGNORE INTO actor_aliases (actor_id, alias, folded, created) "
        "VALUES (?, ?, ?, ?)",
        [actor_id, clean, fold(clean), now()],
    )
    return cursor.rowcount > 0


def add_alias(repo: Repository, actor_id: str, alias: str, *, by: str) -> bool:
    """Give an actor another name; False when it already had it."""
    actor(repo, actor_id)
    with repo.action():
        added = _insert_alias(repo, actor_id, alias)
        if added:
            repo._event(by, "actor.alias.add", data={"actor": actor_id, "alias": alias})
    return added


def remove_alias(repo: Repository, actor_id: str, alias: str, *, by: str) -> bool:
    with repo.action():
        cursor = repo.db.execute(
            "DELETE FROM actor_aliases WHERE actor_id = ? AND folded = ?",
            [actor_id, fold(alias)],
        )
        removed = cursor.rowcount > 0
        if removed:
            repo._event(by, "actor.alias.remove", data={"actor": actor_id, "alias": alias})
    return removed


def link_actors(repo: Repository, actor_id: str, target_id: str, *, by: str) -> bool:
    """Record that `actor_id` is affiliated with `target_id`; False if already recorded."""
    if actor_id == target_id:
        raise SchemaError("an actor cannot be affiliated with itself")
    actor(repo, actor_id)
    actor(repo, target_id)
    with repo.action():
        cursor = repo.db.execute(
            "INSERT OR IGNORE INTO actor_links (actor_id, target_id, type, created) "
            "VALUES (?, ?, 'affiliated with', ?)",
            [actor_id, target_id, now()],
        )
        added = cursor.rowcount > 0
        if added:
            repo._event(by, "actor.affiliate", data={"actor": actor_id, "target": target_id})
    return added


def unlink_actors(repo: Repository, actor_id: str, target_id: str, *, by: str) -> bool:
    with repo.action():
        cursor = repo.db.execute(
            "DELETE FROM actor_links WHERE actor_id = ? AND target_id = ?", [actor_id, target_id]
        )
        removed = cursor.rowcount > 0
        if removed:
            repo._event(by, "actor.unaffiliate", data={"actor": actor_id, "target": target_id})
    return removed


def affiliations(repo: Repository, actor_id: str) -> list[Actor]:
    """The actors `actor_id` is affiliated with."""
    ids = [
        r[0]
        for r in repo.db.execute(
            "SELECT target_id FROM actor_links WHERE actor_id = ? ORDER BY target_id", [actor_id]
        )
    ]
    return [actor(repo, i) for i in ids]


# -- spans ---------------------------------------------------------------------------------


def span_actor(repo: Repository, span_id: str) -> str | None:
    """The actor id an ACTOR span is linked to, or None."""
    row = repo.db.execute(
        "SELECT actor_id FROM span_actors WHERE span_id = ?", [span_id]
    ).fetchone()
    return str(row[0]) if row else None


def link_span(repo: Repository, span_id: str, actor_id: str | None, *, by: str) -> str | None:
    """Link an ACTOR span to a canonical actor (None unlinks); returns the previous actor id.

    Raises SpanError for a span that is not ACTOR, StoreError for an unknown
    or merged-away actor. Calling it with the returned id undoes it.
    """
    span = repo.span(span_id)
    if span.label != "ACTOR":
        raise SpanError(f"only ACTOR spans link to actors, not {span.label}")
    if actor_id is not None and actor(repo, actor_id).merged_into is not None:
        raise StoreError("that actor was merged into another; link to that one")
    previous = span_actor(repo, span_id)
    if previous == actor_id:
        return previous
    with repo.action():
        if actor_id is None:
            repo.db.execute("DELETE FROM span_actors WHERE span_id = ?", [span_id])
        else:
            repo.db.execute(
                "INSERT INTO span_actors (span_id, actor_id, linked_by, linked) "
                "VALUES (?, ?, ?, ?) ON CONFLICT(span_id) DO UPDATE SET "
                "actor_id = excluded.actor_id, linked_by = excluded.linked_by, "
                "linked = excluded.linked",
                [span_id, actor_id, by, now()],
            )
        repo._event(
            by,
            "actor.link" if actor_id else "actor.unlink",
            document_id=span.document_id,
            span_id=span_id,
            data={"actor": actor_id, "previous": previous},
        )
    return previous


_WORD_HEAD = re.compile(r"[a-z0-9]*")
# The characters outside ASCII whose case fold starts with an ASCII letter (str.casefold of
# every code point; tests/store/test_actor_lookup.py recomputes it for the running Python).
_FOLDS_TO_ASCII = {
    "a": "\u1e9a",
    "f": "\ufb00\ufb01\ufb02\ufb03\ufb04",
    "h": "\u1e96",
    "i": "\u0130",
    "j": "\u01f0",
    "k": "\u212a",
    "s": "\u00df\u017f\u1e9e\ufb05\ufb06",
    "t": "\u1e97",
    "w": "\u1e98",
    "y": "\u1e99",
}
_TOP = "\U0010ffff\U0010ffff"  # above every continuation of a prefix
# The whitespace outside ASCII (str.isspace, which the fold strips from a name's ends), as
# ranges of first characters; tests/store/test_actor_lookup.py recomputes it. A name a
# colleague's database holds may open with a no-break space and still fold to any key.
_SPACES_OUTSIDE_ASCII = (
    ("\x85", "\xa0"),
    ("\u1680", "\u1680"),
    ("\u2000", "\u200a"),
    ("\u2028", "\u2029"),
    ("\u202f", "\u202f"),
    ("\u205f", "\u205f"),
    ("\u3000", "\u3000"),
)


_CLAUSES_STEP = 8  # `_name_ranges` gives a multiple of this many conditions


def _name_ranges(key: str) -> tuple[list[str], list[str]]:
    """SQL conditions (and their values) on the NOCASE name index that hold for every name
    folding to `key`, a folded text.

    Let `head` be the ASCII letters and digits `key` starts with. A name folding to `key`
    starts with whitespace (ASCII or not) or a control character (the fold strips them); or
    starts with `head` (ASCII case aside); or has a character outside ASCII within `head`'s length,
    after a part of `head`, which may fold to more than itself ("İ" to "i" and a dot, a
    ligature to two letters). In first place that character must fold to `key`'s first
    one: for an ASCII letter the few in _FOLDS_TO_ASCII, otherwise any. Whitespace cannot
    stand inside `head`'s length: it folds to a space and `head` has none. Each case is a
    range of the index; no name outside them can match.
    """
    prefix = _WORD_HEAD.match(key).group()  # type: ignore[union-attr]  # `*` always matches
    clauses = ["name < '!' COLLATE NOCASE"]
    values: list[str] = []

    def between(low: str, high: str) -> None:
        clauses.append("(name >= ? COLLATE NOCASE AND name <= ? COLLATE NOCASE)")
        values.extend([low, high])

    if key[0] < "\x80":
        for low, high in _SPACES_OUTSIDE_ASCII:  # for a key outside ASCII: the range below
            between(low, high + _TOP)
        for char in _FOLDS_TO_ASCII.get(key[0], ""):
            between(char, char + _TOP)
        start = prefix or key[0]  # ASCII punctuation folds to itself
        between(start, start + _TOP)
    else:
        between("\x80", _TOP)  # any character outside ASCII first
    for cut in range(1, len(prefix)):  # one outside ASCII after prefix[:cut]
        between(prefix[:cut] + "\x80", prefix[:cut] + _TOP)
    # Padded with empty ranges (low above high) to a multiple of _CLAUSES_STEP: the query's
    # text then takes a few forms, not one per length and first letter of a name, and stays
    # in the connection's statement cache. A form not cached is parsed again, about 0.65 M
    # instructions at an ACTOR key press, a twentieth of the press (issue 16).
    while len(clauses) % _CLAUSES_STEP:
        between("1", "0")  # nothing is at or above "1" and at or below "0"
    return clauses, values


def suggest_actors(repo: Repository, text: str) -> list[Actor]:
    """Actors whose name or an alias equals `text`, case and whitespace folded.

    Runs on every ACTOR key press, so it never reads the whole registry: aliases by
    their folded index, names by the name index within the ranges `_name_ranges`
    proves hold every name that can fold to `text`; each of those is folded and
    compared in Python.
    """
    key = fold(text)
    if not key:
        return []
    ids = {
        r[0]
        for r in repo.db.execute(
            "SELECT actor_id FROM actor_aliases WHERE folded = ?",
            [key],
        )
    }
    clauses, values = _name_ranges(key)
    for actor_id, name in repo.db.execute(
        "SELECT id, name FROM actors WHERE " + " OR ".join(clauses),
        values,
    ):
        if actor_id not in ids and _fold(name) == key:
            ids.add(actor_id)
    if not ids:
        return []
    marks = ", ".join("?" * len(ids))
    rows = repo.db.execute(
        f"SELECT id FROM actors WHERE merged_into IS NULL AND id IN ({marks}) "
        "ORDER BY name COLLATE NOCASE, name, id",
        sorted(ids),
    ).fetchall()
    return [actor(repo, r[0]) for r in rows]


def span_actor_refs(repo: Repository, span_ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """span id -> {"id", "name"} of the canonical actor, for the given spans (exports)."""
    refs: dict[str, dict[str, str]] = {}
    for i in range(0, len(span_ids), 500):
        chunk = list(span_ids[i : i + 500])
        marks = ", ".join("?" * len(chunk))
        for span_id, actor_id, name in repo.db.execute(
            "SELECT sa.span_id, a.id, a.name FROM span_actors sa "
            f"JOIN actors a ON a.id = sa.actor_id WHERE sa.span_id IN ({marks})",
            chunk,
        ):
            refs[span_id] = {"id": actor_id, "name": name}
    return refs


# -- merging two actors ----------------------------------------------------------------------


def merge_actors(repo: Repository, source_id: str, target_id: str, *, by: str) -> ActorMerge:
    """Merge actor `source_id` into `target_id` in ONE transaction.

    All spans linked to the source are relinked to the target; the source's
    name and aliases become aliases of the target; its affiliations are kept
    on it. Returns what changed, for `unmerge_actors`.
    """
    if source_id == target_id:
        raise SchemaError("an actor cannot be merged into itself")
    source, target = actor(repo, source_id), actor(repo, target_id)
    if source.merged_into is not None or target.merged_into is not None:
        raise StoreError("one of these actors was already merged into another")
    relinked = tuple(
        r[0]
        for r in repo.db.execute(
            "SELECT span_id FROM span_actors WHERE actor_id = ? ORDER BY span_id", [source_id]
        )
    )
    with repo.action():
        repo.db.execute(
            "UPDATE span_actors SET actor_id = ? WHERE actor_id = ?", [target_id, source_id]
        )
        added = [
            alias
            for alias in (source.name, *source.aliases)
            if fold(alias) != fold(target.name) and _insert_alias(repo, target_id, alias)
        ]
        repo.db.execute("UPDATE actors SET merged_into = ? WHERE id = ?", [target_id, source_id])
        repo._event(
            by,
            "actor.merge",
            data={"source": source_id, "target": target_id, "relinked": len(relinked)},
        )
    return ActorMerge(source_id, target_id, relinked, tuple(added))


def unmerge_actors(repo: Repository, record: ActorMerge, *, by: str) -> None:
    """Undo `merge_actors` exactly: the source is back, with its own mentions."""
    with repo.action():
        repo.db.execute("UPDATE actors SET merged_into = NULL WHERE id = ?", [record.source_id])
        for i in range(0, len(record.relinked), 500):
            chunk = list(record.relinked[i : i + 500])
            marks = ", ".join("?" * len(chunk))
            repo.db.execute(
                f"UPDATE span_actors SET actor_id = ? WHERE actor_id = ? AND span_id IN ({marks})",
                [record.source_id, record.target_id, *chunk],
            )
        for alias in record.aliases_added:
            repo.db.execute(
                "DELETE FROM actor_aliases WHERE actor_id = ? AND folded = ?",
                [record.target_id, fold(alias)],
            )
        repo._event(
            by, "actor.unmerge", data={"source": record.source_id, "target": record.target_id}
        )


# -- statistics ------------------------------------------------------------------------------


def registry(repo: Repository) -> list[ActorSummary]:
    """Every canonical actor with mention, document and quote counts (live spans only)."""
    counts = {
        r[0]: (int(r[1]), int(r[2]))
        for r in repo.db.execute(
            "SELECT sa.actor_id, count(*), count(DISTINCT s.document_id) FROM span_actors sa "
            "JOIN spans s ON s.id = sa.span_id GROUP BY sa.actor_id"
        )
    }
    quotes = {
        r[0]: int(r[1])
        for r in repo.db.execute(
            "SELECT sa.actor_id, count(DISTINCT r.head_id) FROM relations r "
            "JOIN span_actors sa ON sa.span_id = r.tail_id WHERE r.type = 'speaker' "
            "GROUP BY sa.actor_id"
        )
    }
    links: dict[str, list[str]] = {}
    for actor_id, target in repo.db.execute("SELECT actor_id, target_id FROM actor_links"):
        links.setdefault(actor_id, []).append(target)
    return [
        ActorSummary(
            a,
            *counts.get(a.id, (0, 0)),
            quotes.get(a.id, 0),
            tuple(sorted(links.get(a.id, []))),
        )
        for a in actors(repo)
    ]


def actor_documents(repo: Repository, actor_id: str) -> list[tuple[str, str, int]]:
    """(document id, title, mentions) of the documents mentioning the actor, in import order."""
    return [
        (r[0], r[1], int(r[2]))
        for r in repo.db.execute(
            "SELECT d.id, d.title, count(*) FROM span_actors sa JOIN spans s ON s.id = sa.span_id "
            "JOIN documents d ON d.id = s.document_id WHERE sa.actor_id = ? "
            "GROUP BY d.id ORDER BY d.seq",
            [actor_id],
        )
    ]


def actor_mentions(repo: Repository, actor_id: str) -> list[tuple[str, str, int, int]]:
    """(span id, document id, start, end) of every live mention of the actor."""
    return [
        (r[0], r[1], int(r[2]), int(r[3]))
        for r in repo.db.execute(
            'SELECT s.id, s.document_id, s.start, s."end" FROM span_actors sa '
            "JOIN spans s ON s.id = sa.span_id JOIN documents d ON d.id = s.document_id "
            "WHERE sa.actor_id = ? ORDER BY d.seq, s.start",
            [actor_id],
        )
    ]


def speaker_statistics(repo: Repository) -> list[SpeakerStat]:
    """Which actors are quoted (speaker relations to their linked spans), how often, where."""
    stats: dict[str, SpeakerStat] = {}
    for actor_id, name, doc_id, title, quotes in repo.db.execute(
        "SELECT a.id, a.name, d.id, d.title, count(DISTINCT r.head_id) FROM relations r "
        "JOIN span_actors sa ON sa.span_id = r.tail_id JOIN actors a ON a.id = sa.actor_id "
        "JOIN spans s ON s.id = r.head_id JOIN documents d ON d.id = s.document_id "
        "WHERE r.type = 'speaker' GROUP BY a.id, d.id ORDER BY a.name, d.seq"
    ):
        stat = stats.setdefault(actor_id, SpeakerStat(actor_id, name, 0, []))
        stat.documents.append((doc_id, title, int(quotes)))
        stats[actor_id] = SpeakerStat(actor_id, name, stat.quotes + int(quotes), stat.documents)
    return sorted(stats.values(), key=lambda s: (-s.quotes, s.name))


# -- merging databases -----------------------------------------------------------------------


# Reads raise StoreError (damaged, gone, busy), never sqlite3's errors.
classify_module_reads(__name__)
