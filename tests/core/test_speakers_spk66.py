"""SPK66: speakers of quotes attributed before them, and cases known to go wrong, on
sentences written for these tests (invented people and events; real places and bodies),
driving the real suggester.

Each rule has its positive shapes and hostile neighbours: the person spoken about, the
dead, two speakers in one sentence, reported speech, outlets, headlines and lists."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

_LEAD = "BAMAKO, Dec 6 (Reuters) - Gunmen killed 12 people in central Mali, officials said.\n\n"
_TYRE = "TYRE, Dec 6 (Reuters) - Villagers returned to Aitaroun this week.\n\n"


# --- joint speakers after "Embassies of" in title case or with no "The": the first named
# of them (guideline, joint speakers) ---


@pytest.mark.parametrize(
    ("opening", "first"),
    [
        ("Embassies of France, Germany and Italy said", "France"),
        ("The embassies of France, Germany and Italy said", "France"),
        ("The Foreign Ministers of Kenya, Uganda and Tanzania said", "Kenya"),
        ("Governments of Kenya, Uganda and Tanzania said", "Kenya"),
    ],
)
def test_a_list_after_represented_of_gives_the_first_named(opening: str, first: str) -> None:
    text = _LEAD + opening + ' in a joint statement that the vote was "a step forward".\n'
    assert suggested_speaker(text, "a step forward") == first


def test_the_embassies_in_title_case_give_their_first_mention() -> None:
    # the ACTOR rules take "Embassies of France" as one name in title case: still the first
    text = (
        _LEAD + "The Embassies of France, Germany and Italy said in a joint statement that "
        'the vote was "a step forward".\n'
    )
    assert suggested_speaker(text, "a step forward") == "Embassies of France"


def test_a_list_of_embassies_met_in_the_sentence_before_is_not_the_speaker() -> None:
    text = (
        _LEAD + "Officials met the embassies of France and Germany. Italy said the vote was "
        '"a step backward".\n'
    )
    assert suggested_speaker(text, "a step backward") == "Italy"


def test_a_list_after_governments_of_in_reported_speech_is_not_the_speaker() -> None:
    text = (
        _LEAD + "Amnesty International said Governments of Kenya, Somalia and Ethiopia had "
        '"failed the displaced".\n'
    )
    assert suggested_speaker(text, "failed the displaced") == "Amnesty International"


def test_a_list_after_embassies_of_in_an_opening_phrase_is_not_the_speaker() -> None:
    text = (
        _LEAD + "Speaking for the embassies of France, Germany and Italy, Italy said the vote "
        'was "a step".\n'
    )
    assert suggested_speaker(text, "a step") == "Italy"


# --- a family, or someone for it, named through one of its people: never that person
# (usually the dead or the detained); the family is no ACTOR, so nobody named ---


@pytest.mark.parametrize(
    "sentence",
    [
        'A spokesman for the family of Amadou Diallo said: "We want justice for him."',
        'A lawyer for the family of Amadou Diallo told reporters: "We want justice for him."',
        'The family of Amadou Diallo said in a statement: "We want justice for him."',
        'In a statement, the family of Amadou Diallo said: "We want justice for him."',
        'The families of Amadou Diallo and Moussa Keita said: "We want justice for him."',
        'Amadou Diallo\'s family said: "We want justice for him."',
        '"We want justice for him," a spokesman for the family of Amadou Diallo said.',
        '"We want justice for him," Amadou Diallo\'s family said in a statement.',
        "A spokesman for the family of Amadou Diallo said the family wanted "
        '"We want justice for him".',
    ],
)
def test_a_family_named_through_its_dead_is_nobody_named(sentence: str) -> None:
    assert suggested_speaker(_LEAD + sentence + "\n", "We want justice") is None


def test_a_named_spokeswoman_for_the_family_speaks_after_the_role() -> None:
    text = (
        _LEAD + "A spokeswoman for the family of Amadou Diallo, Mariam Traore, said: "
        '"We want justice."\n'
    )
    assert suggested_speaker(text, "We want justice") == "Mariam Traore"


def test_a_named_spokeswoman_for_the_family_speaks_before_the_role() -> None:
    text = (
        _LEAD + "Mariam Traore, a spokeswoman for the family of Amadou Diallo, said: "
        '"We want justice."\n'
    )
    assert suggested_speaker(text, "We want justice") == "Mariam Traore"


def test_a_family_named_as_the_object_leaves_the_subject_speaking() -> None:
    text = _LEAD + 'Amadou Diallo said the family of Moussa Keita had fled. "We want justice."\n'
    assert suggested_speaker(text, "We want justice") == "Amadou Diallo"


def test_a_family_in_a_relative_clause_leaves_the_subject_speaking() -> None:
    text = _LEAD + 'Amadou Diallo, who heads the family of eleven, said: "We want justice."\n'
    assert suggested_speaker(text, "We want justice") == "Amadou Diallo"


def test_a_spokesman_for_a_named_president_is_still_his() -> None:
    text = _LEAD + 'A spokesman for President Assimi Goita said: "The army will respond."\n'
    assert suggested_speaker(text, "The army will respond") == "Assimi Goita"
