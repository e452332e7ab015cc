"""Optional ACTOR rule from a spaCy pipeline's named entities.

Present only when spaCy and at least one pipeline package (for example
`en_core_web_sm`) are installed; nothing is ever downloaded. It is off by
default: name it (`--rule actor_spacy_entities`) to use it. Its entities only fill
gaps: where an ACTOR rule proposed an overlapping span, the rule's extent wins.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, Final

from annotator.core.packaged import INSTALL_SPACY
from annotator.core.suggest.base import Rule, SuggestContext, Suggestion, register
from annotator.core.suggest.text import words

RULE_NAME: Final = "actor_spacy_entities"
ENTITY_TYPES: Final = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "state",
    "NORP": "other",
}
HOW_TO_ENABLE: Final = (
    f"install spaCy and a pipeline with NER, e.g. `{INSTALL_SPACY}` then "
    "`python -m spacy download en_core_web_sm`, then add it to the rules with "
    "`annotator suggest --add-rule actor_spacy_entities`"
)


def installed_pipelines() -> list[str]:
    """Names of installed spaCy pipeline packages, without importing spaCy. Looked for
    once per process (a pipeline installed meanwhile is seen by the next one)."""
    return list(_scanned_pipelines())


@lru_cache(maxsize=1)
def _scanned_pipelines() -> tuple[str, ...]:
    if importlib.util.find_spec("spacy") is None:
        return ()
    # Only here: importing importlib.metadata (email, zipfile, csv ...) and scanning every
    # installed distribution cost tens of milliseconds (73 ms where spaCy is installed).
    from importlib.metadata import entry_points

    return tuple(sorted(ep.name for ep in entry_points(group="spacy_models")))


@lru_cache(maxsize=1)
def _pipeline(name: str) -> Any:
    import spacy  # only here: importing spaCy takes seconds

    return spacy.load(name)


# Parts of speech that make a nationality before them an adjective ("Russian soldiers",
# "Israeli strikes"); a verb after it makes it a group ("Armed Zaghawa fired").
_MODIFIED: Final = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# Without a tagger: words after a group's name that are verbs, not the noun it modifies.
_VERBS: Final = words(
    "said say says have has had are were is was will would could can may might did do does "
    "claimed claim claims denied deny denies"
)


def _used_as_adjective(entity: Any) -> bool:
    """The entity modifies the word after it: a nationality adjective, not a group.

    With a tagger in the pipeline the next word's part of speech decides; without
    one, a next lowercase word that is not a verb ("soldiers", but not "fired" or
    "said").
    """
    doc = entity.doc
    if entity.end >= len(doc):
        return False
    after = doc[entity.end]
    if after.pos_:
        return bool(after.pos_ in _MODIFIED)
    word = str(after.text)
    return word[:1].islower() and not word.endswith("ed") and word not in _VERBS


def actor_spacy_entities(ctx: SuggestContext) -> Iterator[Suggestion]:
    pipelines = installed_pipelines()
    if not pipelines:
        return
    doc = _pipeline(pipelines[0])(ctx.text)
    for entity in doc.ents:
        kind = ENTITY_TYPES.get(entity.label_)
        if kind is None:
            continue
        start, end = int(entity.start_char), int(entity.end_char)
        if kind == "other" and _used_as_adjective(entity):
            continue  # "Russian soldiers": the guideline leaves nationality adjectives out
        if ctx.text[start : start + 4].lower() == "the ":
            start += 4  # the guideline leaves a leading "the" out
        if start < end:
            yield Suggestion(start, end, "ACTOR", {"type": kind}, RULE_NAME)


class _PipelineRule(Rule):
    """The rule, whose `available` (and `how_to_enable`) is decided the first time it is
    asked for, not as the rules are imported: the scan for pipelines (`installed_pipelines`)
    cost the session's first suggestions 73 ms where spaCy is installed, for a rule that is
    off by default. A value given (`dataclasses.replace(rule, available=True)`) is kept."""

    @property
    def available(self) -> bool:
        given: bool | None = self.__dict__.get("_available")
        return bool(installed_pipelines()) if given is None else given

    @available.setter
    def available(self, value: bool | None) -> None:
        self.__dict__["_available"] = value  # None: looked up on first use

    @property
    def how_to_enable(self) -> str:
        given: str | None = self.__dict__.get("_how_to_enable")
        if given is not None:
            return given
        return "" if self.available else HOW_TO_ENABLE

    @how_to_enable.setter
    def how_to_enable(self, value: str | None) -> None:
        self.__dict__["_how_to_enable"] = value


register(
    _PipelineRule(
        RULE_NAME,
        "ACTOR",
        "Named entities (PERSON, ORG, GPE, NORP) from an installed spaCy pipeline.",
        actor_spacy_entities,
        enabled_by_default=False,
        available=None,  # type: ignore[arg-type]  # looked up on first use
        how_to_enable=None,  # type: ignore[arg-type]
        fills_gaps=True,
    )
)
