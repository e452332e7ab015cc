"""A body named in full and later by a short form after "the" (issue 15, rule
actor_short_form): its head words, its distinctive head word alone, or its name before
its kind in lower case. Sentences and bodies are invented for the test.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _short_forms(text: str) -> list[tuple[str, str]]:
    """(covered text, type) of what actor_short_form suggests, in text order."""
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [
        (text[s.start : s.end], str(s.attributes.get("type")))
        for s in found
        if s.rule == "actor_short_form"
    ]


def _types(text: str) -> dict[str, str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return {text[s.start : s.end]: str(s.attributes.get("type")) for s in found}


def test_the_head_words_of_a_body_named_earlier_are_that_body() -> None:
    text = (
        "The Northern Volunteer Brigades seized the ferry crossing on Monday. By evening "
        "the Volunteer Brigades had withdrawn towards the hills."
    )
    assert _short_forms(text) == [("Volunteer Brigades", "armed group")]


def test_the_words_before_of_or_for_are_a_short_form() -> None:
    text = (
        "The Marsk Centre for Conflict Studies counted 40 dead in March. A researcher said "
        "the Marsk Centre would publish its next count in June."
    )
    assert ("Marsk Centre", "organisation") in _short_forms(text)


def test_a_head_word_alone_is_no_short_form() -> None:
    """ "the Institute", "the Commission": the generic noun capitalised by house style, not
    tagged (the guideline's open point b, settled in session 28 by the dev majority)."""
    text = (
        "The Velden Institute for Peace recorded 31 attacks on schools. Most of them "
        "happened at night, the Institute said in its report."
    )
    assert _short_forms(text) == []
    text = "The Marsk Electoral Commission met on Monday. The Commission said turnout was low."
    assert _short_forms(text) == []


def test_a_name_before_its_kind_in_lower_case_is_the_body() -> None:
    text = (
        "The Oren Kasso Front ambushed a convoy near the border. Talks between the "
        "government and the Oren Kasso front broke down in May."
    )
    assert _types(text)["Oren Kasso"] == "armed group"


def test_a_generic_head_word_alone_is_no_short_form() -> None:
    text = "The Velden National Army entered the town at dawn. The Army said two soldiers had died."
    assert _short_forms(text) == []


def test_a_short_form_before_the_full_name_is_not_suggested() -> None:
    text = (
        "The Institute opened its doors in 1990. Today the Velden Institute for Peace "
        "counts the dead of the war."
    )
    assert _short_forms(text) == []


def test_a_short_form_opening_a_longer_name_is_not_suggested() -> None:
    text = (
        "The Velden Institute for Peace counted the dead. A surgeon at the Institute of "
        "Surgeons disagreed, as did the Institute Board."
    )
    assert _short_forms(text) == []


def test_a_nationality_before_a_lower_case_army_is_no_short_form() -> None:
    text = "The Kessan Army shelled the port. Witnesses said the Kessan army fired first."
    assert ("Kessan", "armed group") not in _short_forms(text)
    assert "Kessan" not in _types(text)
