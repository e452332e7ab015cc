"""ACTOR and speaker classes from the misses of articles 284-307, moved from held-out to
dev in session 41 (issue 15). Sentences are invented; places, states and public bodies are
real, the people and events are not.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker
from tests.core.suggest_probes import suggested_types as _types


def test_a_portfolio_after_of_is_no_part_of_the_name() -> None:
    # "Minister of National Security X": the portfolio's words stand between the title's
    # "of" and the name; the name alone is the span, as the guideline says
    assert _types("Minister of National Security Delroy Spence said the army would stay.") == {
        "Delroy Spence": "person"
    }
    assert _types("Minister of Foreign Affairs Ahmed Tahir said talks would go on.") == {
        "Ahmed Tahir": "person"
    }
    # a place after "of" is still the title's place, not the name
    assert _types("Deputy Commissioner of Jiribam Krishna Kumar Rao said the road was shut.") == {
        "Krishna Kumar Rao": "person"
    }


def test_a_rank_word_opening_a_body_s_name_makes_no_person() -> None:
    # "Major" and "General" open bodies' names as well as ranks
    types = _types("The police said a team from its Major Investigation Taskforce took the case.")
    assert "Investigation Taskforce" not in types
    assert types.get("Major Investigation Taskforce") is not None
    types = _types("Officers of the General Directorate of Narcotics Affairs surrounded a house.")
    assert "Narcotics Affairs" not in types
    assert types.get("General Directorate of Narcotics Affairs") is not None
    # a real rank before a person's name still gives the person
    assert _types("Major Tunde Bello said the road was open.") == {"Tunde Bello": "person"}


def test_a_named_spokesperson_s_pronoun_is_the_person_not_the_body() -> None:
    # "X, a spokesperson for the UN refugee agency, UNHCR, said ... "...," she said": the
    # spokesperson is named, so "she" is X; the body inside the aside is no speaker
    text = (
        "Report\n\nSpeaking to journalists in Geneva, Amina Ouedraogo, a spokesperson for the "
        "UN refugee agency, UNHCR, said the clashes began near the camp. "
        '"The women were beaten and robbed," she said.'
    )
    assert suggested_speaker(text, "The women") == "Amina Ouedraogo"
    # an unnamed spokesperson still speaks for the body
    text = (
        "Report\n\nA spokesman for the Punjab Police said the road was shut. "
        '"We will reopen it," he said.'
    )
    assert suggested_speaker(text, "We will") == "Punjab Police"
