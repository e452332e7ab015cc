"""Speakers found from the context around a quote (issue 15): pronoun and description
chains over several sentences, statements, roles and the sentence holding a name.

Each test states one general form with sentences written for the test (invented people
and events; real states, capitals and groups), never the development articles' own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------------------ the sentence a name opens is its own


def test_he_said_after_two_named_speakers_in_a_row_is_the_later_one() -> None:
    # The second name opens its own sentence: the sentence before is not part of it.
    text = (
        "Ali Musa said the road to the camp was shut. Omar Bako said the trucks had turned "
        'back. "We waited for three days," he said.'
    )
    assert _speaker(text, "We waited") == "Omar Bako"


def test_she_said_after_two_speaking_women_is_the_one_who_spoke_last() -> None:
    text = (
        "Grace Achieng told the court the soldiers came at night. Rose Atieno told it she "
        'had hidden in the latrine. "I heard everything," she said.'
    )
    assert _speaker(text, "I heard everything") == "Rose Atieno"


# ------------------------------------------- "the spokesman said": the role's holder


def test_the_role_names_its_holder_over_a_person_named_since_without_a_role() -> None:
    # Another person named since, in a clause about a group, holds no role: the one
    # introduced as the spokesman speaks.
    text = (
        "The navy's spokesman, Captain Rui Almeida, said two boats had been seized off "
        "Pemba. Al-Shabaab, led by Omar Diriye, denied losing any vessel. Fishermen in the "
        'port reported gunfire. "Those boats carried weapons," the spokesman said.'
    )
    assert _speaker(text, "Those boats") == "Rui Almeida"


def test_the_governor_is_the_governor_named_before_another_man_led_a_march() -> None:
    text = (
        "Governor Halima Sadiq ordered the schools shut on Monday. Protesters marched "
        'behind Musa Kabir to her office on Tuesday. "The order stands," the governor said.'
    )
    assert _speaker(text, "The order stands") == "Halima Sadiq"


def test_the_official_is_the_person_named_last_when_the_role_holder_is_far_back() -> None:
    # The control: a role's holder two paragraphs back yields to the person the last
    # paragraph introduced without a role.
    text = (
        "The official, Samir Tahan, spoke to reporters in Tripoli on Sunday.\n\n"
        "Fighting went on for a third day in the south.\n\n"
        "Nadia Fares, who heads a clinic in Sabha, said supplies had run out. "
        '"We are treating people on the floor," the official said.'
    )
    assert _speaker(text, "We are treating") == "Nadia Fares"
