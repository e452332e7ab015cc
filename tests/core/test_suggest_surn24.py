"""A surname alone coordinated with another name before a people's, a group's or a
place's noun ("the Marehan and Ogaden clans") is that name's, not the person's (session
surn24, issue 15). Sentences are invented; places and peoples are real, the people and
events are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from tests.core.suggest_probes import suggested_types as _types


def _surname_mentions(text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in suggest(text)
        if s.label == "ACTOR" and s.rule == "actor_surname_mentions"
    ]


def test_a_surname_coordinated_before_a_clan_noun_is_no_person() -> None:
    text = (
        "Elder Abdi Marehan said fighters had entered the village at dawn.\n\n"
        "The Marehan and Ogaden clans have fought over the wells for years."
    )
    assert _surname_mentions(text) == []
    assert _types(text).get("Abdi Marehan") == "person"
    # ... at a sentence's start, before a group's noun and before a place's
    text = (
        "Clan elder Hassan Hawiye said the talks had failed.\n\n"
        "Hawiye and Darod militias clashed near the wells on Friday."
    )
    assert _surname_mentions(text) == []
    text = (
        "Ibrahim Gusau, a trader, said gunmen stormed the market on Tuesday.\n\n"
        "Gusau and Tsafe local government areas remain under a curfew."
    )
    assert _surname_mentions(text) == []


def test_a_surname_coordinated_with_a_person_is_still_the_person() -> None:
    # no kind noun after the coordinated name: two people, both named
    text = (
        "Elder Abdi Marehan said fighters had entered the village at dawn.\n\n"
        "Marehan and Yusuf Ogaden later met the district commissioner."
    )
    assert "Marehan" in _surname_mentions(text)
    # ... and after a comma a people's name opens the next clause ("According to Akpa,
    # Tiv farmers ..."): the surname is still the person's
    text = (
        "Local chief Terver Akpa said the attackers came at night.\n\n"
        "According to Akpa, Tiv farmers were attacked on their way to the fields."
    )
    assert "Akpa" in _surname_mentions(text)
