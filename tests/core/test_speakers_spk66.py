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
