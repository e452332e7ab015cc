"""Speaker links for quotes attributed to an unnamed member or a definite description
(task SPK71).

Every passage is written for this file (invented people and events; real states, bodies
and outlets) and drives the real suggester. The classes come from the blind batches CAS42
and CAS43 (1002-1017), written by helpers who never saw the suggester:

- one of an owner's people, unnamed, after a quote ('"...," one of the hospital's
  Palestinian doctors told MSF'): a member left unnamed speaks for himself (guideline,
  session 28, open point h: "any other unnamed member ... no link"); the quote went to the
  body of the sentence before.
- "the army" / "the military" as the attribution subject: the nearest preceding state
  force whose name says "Armed Forces" or "Defence Forces" (or the acronym bracketed after
  such a name) is as compatible as a name holding the noun ("the group said" -> the
  nearest preceding compatible mention; guideline, "A quote attributed by a pronoun or
  description ... links to the nearest preceding named mention of that speaker").

- "the mission" / "a spokesperson for the mission" as the attribution subject: a UN force
  ("United Nations Interim Force in Lebanon (UNIFIL)") is a peacekeeping mission, the
  nearest compatible mention; its name's "Force" had made it a body of another kind.
- "the military's media wing said <reported clause naming a body> '...'": the owner
  described is read from before the description, not from the words it reports.

The negative probes keep what the rules must not change: a member named in apposition, a
spokesman (who speaks for his body), an armed group whose name says "Armed Forces", an
armed group called "Defence Forces", the subject of the sentence before.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------------------- one of an owner's people, unnamed


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "GAZA CITY (Reuters) - The Ministry of Health in Gaza said 40 people were killed "
            'overnight. "We do not know how much longer we can keep going," one of the '
            "hospital's Palestinian doctors told MSF, asking not to be named.",
            "We do not know",
        ),
        (
            "M\u00e9decins Sans Fronti\u00e8res said its teams treated 60 wounded. "
            '"We worked through the night," one of the surgeons told MSF, asking that his '
            "name be withheld.",
            "We worked",
        ),
        (
            'The ISPR said four terrorists were killed. "The terrorists fired from the '
            "rooftops,\" one of the police station's constables told Dawn.",
            "The terrorists",
        ),
        (
            '- "The clinic was hit twice," one of MSF\'s nurses said.',
            "The clinic",
        ),
    ],
)
def test_one_of_an_owners_people_is_unnamed(text: str, quote: str) -> None:
    assert _speaker(text, quote) is None


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # named in apposition: the member named
        (
            'The army said the camp was overrun. "We lost eleven men," one of the '
            "battalion's commanders, Abu Khalid, told Reuters.",
            "We lost",
            "Abu Khalid",
        ),
        (
            'The Ministry of Health said 30 were killed. "It was a massacre," one of the '
            "hospital's doctors, Ahmed Yousef, told AFP.",
            "It was",
            "Ahmed Yousef",
        ),
        # a named person told: still the speaker
        (
            'The UN said aid was blocked. "We cannot reach them," Martin Griffiths told Reuters.',
            "We cannot",
            "Martin Griffiths",
        ),
    ],
)
def test_one_of_an_owners_people_keeps_named_speakers(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


# ------------------------------------- "the army" / "the military" and an armed forces name


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "BAMAKO (AFP) - The Malian army said on Monday it had repelled an attack. On "
            "Thursday, the General Staff of the Armed Forces (FAMa) said its units had "
            '"neutralised" several terrorists. The army said on social media that it had '
            'struck "a gathering of terrorists" in the area.',
            "a gathering",
            "FAMa",
        ),
        (
            "NAIROBI - The Kenyan army said it was investigating. Later the Kenya Defence "
            'Forces (KDF) said six soldiers were killed. "Our troops repulsed the '
            'attackers," the military said in a statement.',
            "Our troops",
            "KDF",
        ),
        (
            "JERUSALEM - The Israel Defense Forces (IDF) said it struck a Hezbollah site. "
            '"The strike targeted a weapons depot," the military said.',
            "The strike",
            "IDF",
        ),
    ],
)
def test_the_army_goes_to_the_nearest_armed_forces(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # an armed group whose name says "Armed Forces" is no army
        (
            "BOGOTA (Reuters) - The Revolutionary Armed Forces of Colombia (FARC) dissidents "
            'attacked a base. "The attackers fled into the jungle," the army said.',
            "The attackers",
            None,
        ),
        # an armed group called "Defence Forces" is no military
        (
            "YANGON - The Myanmar military bombed a village held by the People's Defence "
            'Forces (PDF). "We targeted terrorists," the military said.',
            "We targeted",
            "Myanmar military",
        ),
        # the subject of the sentence before goes on
        (
            "The Sudanese army and the Chadian Armed Forces (FAT) exchanged fire at the "
            'border. "We were attacked first," the army said.',
            "We were",
            "Sudanese army",
        ),
        # a name holding the noun, nothing nearer
        (
            "The Nigerian Army said troops killed 12 bandits in Zamfara. Residents disputed "
            'the toll. "Our troops acted professionally," the army said.',
            "Our troops",
            "Nigerian Army",
        ),
        # "the mission" meaning a task
        (
            'The army said the rescue mission was over. "The mission was a success," '
            "Colonel Amadou Diallo said.",
            "The mission",
            "Amadou Diallo",
        ),
    ],
)
def test_the_army_negatives(text: str, quote: str, speaker: str | None) -> None:
    assert _speaker(text, quote) == speaker


# --------------------------------------------------------- "the mission" and a UN force


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "BEIRUT (AP) - The United Nations Interim Force in Lebanon (UNIFIL) said its "
            'peacekeepers recorded 7,000 violations. "Every strike undermines the calm," a '
            "spokesperson for the mission said.",
            "Every strike",
            "UNIFIL",
        ),
        (
            "BEIRUT (AP) - The United Nations Interim Force in Lebanon (UNIFIL) said its "
            'peacekeepers recorded 7,000 violations. Israel denied it. "Every strike '
            'undermines the calm," the mission said.',
            "Every strike",
            "UNIFIL",
        ),
        (
            "The UN Interim Security Force for Abyei (UNISFA) said two peacekeepers were "
            'wounded. "We condemn the attack," a spokesman for the mission said.',
            "We condemn",
            "UNISFA",
        ),
    ],
)
def test_the_mission_is_a_un_force(text: str, quote: str, speaker: str) -> None:
    assert _speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a force that is not the UN's
        (
            "The UN Security Council met on Friday. The Multinational Force and Observers "
            '(MFO) said a patrol was hit. "Nobody was hurt," the mission said.',
            "Nobody",
            None,
        ),
        # a nearer body described as a mission
        (
            "The United Nations Interim Force in Lebanon (UNIFIL) said a patrol was hit. The "
            "EU's naval mission, Aspides, said a ship was attacked in the Red Sea. \"The crew "
            'is safe," the mission said.',
            "The crew",
            "Aspides",
        ),
        # "the group" after a UN force: the group of the sentence before
        (
            "The United Nations Interim Force in Lebanon (UNIFIL) said a patrol was hit. "
            'Hezbollah denied firing. "We urge all sides to show restraint," the group said.',
            "We urge",
            "Hezbollah",
        ),
    ],
)
def test_the_mission_negatives(text: str, quote: str, speaker: str | None) -> None:
    assert _speaker(text, quote) == speaker


# ------------------------------------------ "the military's media wing said <clause> '...'"


@pytest.mark.parametrize(
    "text",
    [
        "Across the LoC, the Inter-Services Public Relations (ISPR) gave a different "
        "account. It said Indian troops had opened fire on villages. The military's media "
        'wing said two soldiers of the Pakistan Army embraced martyrdom while "effectively '
        'responding" to the firing.',
        "Across the LoC, the Inter-Services Public Relations (ISPR) gave a different "
        "account. The military's media wing said two soldiers of the Pakistan Army embraced "
        'martyrdom while "effectively responding" to the firing.',
    ],
)
def test_an_owners_wing_is_read_before_the_clause_it_reports(text: str) -> None:
    assert _speaker(text, "effectively") == "ISPR"


def test_an_owners_press_service_is_read_before_the_clause_it_reports() -> None:
    text = (
        "MOSCOW (Reuters) - The Russian army launched an offensive near Kupiansk. The "
        'army\'s press service said fighters of the Ukrainian army had "fled in panic" from '
        "two villages."
    )
    assert _speaker(text, "fled") == "Russian army"


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # the owner named before the description still speaks
        (
            "SITTWE - The Arakan Army (AA) seized the town on Monday. The group's information "
            'team said soldiers of the Myanmar military had "surrendered with their weapons".',
            "surrendered",
            "AA",
        ),
        (
            "BAMAKO - The Malian army repelled an attack on Friday. The army's communication "
            'directorate said JNIM fighters "fled towards the border".',
            "fled",
            "Malian army",
        ),
        # no owner named before: nobody
        (
            'The ministry\'s spokesman said Human Rights Watch had "no access" to the camps.',
            "no access",
            None,
        ),
    ],
)
def test_an_owners_body_negatives(text: str, quote: str, speaker: str | None) -> None:
    assert _speaker(text, quote) == speaker
