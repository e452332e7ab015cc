"""What the corpus already knows about an actor's type: the actor registry, the gazetteer.

A new ACTOR span tagged by hand starts with the type one of them states, so
the analyst confirms instead of choosing ("Kharvelian government" is a state
in the gazetteer; "Free Valdor Front" an armed group in the registry).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING

from annotator.core.errors import AnnotatorError
from annotator.store import actors
from annotator.store.repository import Repository

if TYPE_CHECKING:
    from annotator.core.suggest import GazetteerEntry


def _folded(text: str) -> str:
    return " ".join(text.split())


@functools.cache
def _gazetteer_for() -> Callable[[Repository], Mapping[str, GazetteerEntry]]:
    """suggesting.gazetteer_for, imported when first needed (it loads the rules), then kept:
    an import statement at every ACTOR tagged goes through PySide's import hook."""
    from annotator.services.suggesting import gazetteer_for

    return gazetteer_for


def registry_type(repo: Repository, text: str) -> str | None:
    """The type of the registry actor named `text` (or by an alias), when only one fits."""
    types = {actor.type for actor in actors.suggest_actors(repo, _folded(text)) if actor.type}
    return types.pop() if len(types) == 1 else None


def gazetteer_type(repo: Repository, text: str) -> str | None:
    """The type the gazetteer lists for `text` ("the Kremlin" or "Kremlin"), if any.

    Demonyms ("Russian") are not actors on their own and give no type.
    """
    try:
        gazetteer = _gazetteer_for()(repo)
    except AnnotatorError:
        return None
    name = _folded(text)
    candidates = [name]
    if name.lower().startswith("the "):
        candidates.append(name[4:])
    for candidate in candidates:
        entry = gazetteer.get(candidate)
        if entry is not None and entry.role != "demonym":
            return entry.type
    return None


def known_actor_type(
    repo: Repository, text: str, allowed: Collection[str]
) -> tuple[str, str] | None:
    """(type, where it comes from) for an ACTOR over `text`, or None when nothing knows.

    The registry wins over the gazetteer (it is the team's own decision); a type
    outside `allowed` (the schema's choices) is never returned.
    """
    for source, look_up in (
        ("the actor registry", registry_type),
        ("the gazetteer", gazetteer_type),
    ):
        kind = look_up(repo, text)
        if kind is not None and kind in allowed:
            return kind, source
    return None
