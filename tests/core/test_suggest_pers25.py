"""A name the text itself describes as no person is no person's name there or elsewhere
in the article (session pers25, issue 15): a one-word name in apposition with a noun no
person is named by ("Koboko, a border district"), a name before ", where", and a name
after a verb of moving ("fled to Tsafe", "trucks bound for Dolo Ado"). Sentences are
invented; places are real, the people and events are not.
"""

from __future__ import annotations

from annotator.core.suggest import suggest


def _people(text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in suggest(text)
        if s.label == "ACTOR" and s.attributes.get("type") == "person"
    ]


def test_a_name_described_by_a_place_or_a_thing_is_no_person() -> None:
    # ", where" after a name: a place's clause
    text = "Koboko, where the refugees are camped, said it needed more aid."
    assert _people(text) == []
    # a one-word name in apposition with a place's or a thing's noun no list holds, then
    # a person named after it elsewhere: the lone name stays the place
    text = (
        "Ibrahim Koboko, a trader, said the convoy was stopped at dawn.\n\n"
        "Koboko, a crossroads market near the border, has been shelled twice since May. "
        "Koboko, the police added, remains under a curfew."
    )
    assert _people(text) == ["Ibrahim Koboko"]


def test_a_name_after_a_verb_of_moving_is_no_person() -> None:
    text = (
        "Hundreds fled to Tsafe on Sunday, according to Tsafe emergency officials.\n\n"
        "Trucks bound for Dolo Ado were stopped, said Dolo Ado camp manager Ali Hussein."
    )
    people = _people(text)
    assert "Tsafe" not in people
    assert "Dolo Ado" not in people
    assert "Ali Hussein" in people


def test_a_person_described_by_a_person_noun_is_still_a_person() -> None:
    # person nouns no list holds are told by their endings ("geographer", "chaplain") and
    # a hyphenated office by its parts ("secretary-general")
    for described in (
        "a geographer at the university",
        "a Catholic chaplain",
        "the bloc's secretary-general",
        "a doctoral candidate",
    ):
        text = f"Okello, {described}, said the camp had run out of water."
        assert _people(text) == ["Okello"], described
    # ... and a summing-up apposition describes the clause, not the name before it
    text = (
        "Police spokesman Tunde Bello said the gang had been paid by Okafor, a claim "
        "his lawyer denied. Okafor told reporters he would sue."
    )
    assert "Okafor" in _people(text)
    # ... and a person who moves stays a person: "towards" and "into" alone take people
    text = (
        "Protesters showed their anger towards Ngozi Okafor-Eze, said Chidi Nnamdi. "
        "Ngozi Okafor-Eze, a lawmaker, said she would not resign."
    )
    assert "Ngozi Okafor-Eze" in _people(text)


def test_a_one_word_name_described_as_no_person_does_not_speak() -> None:
    # a one-word name the article puts after a verb of moving or describes as a place is
    # no person before a speech verb either: a person by that name has a full name
    text = "Hundreds fled to Tsafe on Sunday. Tsafe said it could not cope with the arrivals."
    assert _people(text) == []
    text = (
        "Koboko, a crossroads market near the border, was shelled on Monday. "
        "Koboko said it needed tents."
    )
    assert _people(text) == []
    # ... while a surname no place shares still speaks, and a full name always does
    text = "Musa Gusau, a farmer, said his village was burned. Gusau said he lost his cattle."
    assert _people(text) == ["Musa Gusau", "Gusau"]
    text = (
        "Hundreds fled to Tsafe on Sunday. Amina Tsafe said the camp could not cope with "
        "the arrivals."
    )
    assert "Amina Tsafe" in _people(text)
