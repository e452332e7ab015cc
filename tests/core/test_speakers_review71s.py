"""Guards on SPK71's speaker rules found by the adversarial review REVIEW71S.

Every passage is written for this file (invented events; real states and bodies) and
drives the real suggester.

- "the army" / "the military" takes a state force named "... Armed/Defence Forces" only
  when that force spoke ("the General Staff of the Armed Forces (FAMa) said"): another
  state's force named as a place, a target or a host ("a post of the Lebanese Armed Forces
  (LAF)", "units of the Armed Forces of Ukraine", "met by the Chadian Armed Forces (FAT)")
  is no word of the army that spoke before it.
- "the mission" is a UN force, never a UN task force.
- '"...," one of the <owner>'s <people> said' is an unnamed member only when the quote
  opens its sentence and he does not report another's words: a partial quote of another
  body ("Nigeria's army called the raid "a total success," one of the army's officers
  told Reuters") keeps its speaker.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Israeli army said it struck Hezbollah positions near Khiam. Residents said the "
            'strikes hit near a post of the Lebanese Armed Forces (LAF). "We targeted weapons '
            'depots," the army said.',
            "We targeted",
            "Israeli army",
        ),
        (
            "The Russian army said it captured two villages near Pokrovsk. Ukrainian officials "
            'said units of the Armed Forces of Ukraine still held the area. "The enemy fled," '
            "the army said.",
            "The enemy",
            "Russian army",
        ),
        (
            "The Sudanese army said it shelled RSF positions near the border. Refugees fleeing "
            'to Chad were met by the Chadian Armed Forces (FAT), aid workers said. "We hit only '
            'military targets," the army said.',
            "We hit",
            "Sudanese army",
        ),
    ],
)
def test_the_army_is_not_another_states_armed_forces_named_as_a_place(
    text: str, quote: str, speaker: str
) -> None:
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the force that spoke keeps SPK71's link
        (
            "NAIROBI - The Kenyan army said it was investigating. Later the Kenya Defence "
            'Forces (KDF) said six soldiers were killed. "Our troops repulsed the '
            'attackers," the military said in a statement.',
            "Our troops",
            "KDF",
        ),
        (
            "BAMAKO (AFP) - The Malian army said on Monday it had repelled an attack. On "
            "Thursday, the General Staff of the Armed Forces (FAMa) said its units had "
            '"neutralised" several terrorists. The army said on social media that it had '
            'struck "a gathering of terrorists" in the area.',
            "a gathering",
            "FAMa",
        ),
    ],
)
def test_the_army_still_takes_the_armed_forces_that_spoke(
    text: str, quote: str, speaker: str
) -> None:
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The UN Task Force on Children and Armed Conflict documented 30 grave violations. "
        '"Violations continue," the mission said.',
        'The UN Joint Task Force on Haiti met in Port-au-Prince. "Violations continue," the '
        "mission said.",
    ],
)
def test_the_mission_is_no_un_task_force(text: str) -> None:
    assert _speaker(text, "Violations") is None


def test_the_mission_still_takes_a_un_force() -> None:
    text = (
        "The UN Disengagement Observer Force (UNDOF) said Israeli troops crossed the line. "
        '"This is a violation," the mission said.'
    )
    assert _speaker(text, "This is") == "UNDOF"


def test_a_partial_quote_of_another_body_keeps_its_speaker() -> None:
    text = (
        "Nigeria's army called the raid \"a total success,\" one of the army's officers told "
        "Reuters."
    )
    assert _speaker(text, "a total") == "Nigeria"


@pytest.mark.parametrize(
    "text",
    [
        'The Health Ministry said 40 were killed. "We are overwhelmed," one of Nasser '
        "Hospital's Palestinian nurses told MSF.",
        'The RSF said it seized the base. "We are overwhelmed," another of the group\'s field '
        "commanders said.",
    ],
)
def test_an_unnamed_member_opening_the_sentence_still_has_no_link(text: str) -> None:
    assert _speaker(text, "We are") is None
