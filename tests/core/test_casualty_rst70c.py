"""Rules RST70C restored from DEL70C's deletions because the guideline states their class in
words: session 32, point 13 ("'a' / 'an' is one" and "a possessive noun in such a list counts
one"). The probes are invented, in varied styles; the hostile ones hold animals, things and
clauses of their own after a possessive."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures


# _ONE_WITHOUT_NUMBER and _SINGULAR_LAST: a group with no number word counts one in a sum
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "- Militants killed 6 policemen and their driver near Bannu",
            [("killed 6 policemen and their driver", 7, 7, "killed")],
        ),
        (
            "Unknown assailants have killed one teacher, his wife and their four children at"
            " their residence in Kaduna State, police confirmed.",
            [("killed one teacher, his wife and their four children", 6, 6, "killed")],
        ),
        (
            "According to the humanitarian office, armed men abducted 14 aid workers and their"
            " driver on the Mopti road.",
            [("abducted 14 aid workers and their driver", 15, 15, "other")],
        ),
        (
            "Gunmen killed a man, his wife and their three children in Zamfara on Sunday night.",
            [("killed a man, his wife and their three children", 5, 5, "killed")],
        ),
        (
            "The bomb killed 4 Turkish engineers and their driver.",
            [("killed 4 Turkish engineers and their driver", 5, 5, "killed")],
        ),
        (
            "\u2022 Bandits abducted a farmer, his wife and their baby in Katsina",
            [("abducted a farmer, his wife and their baby", 3, 3, "other")],
        ),
        (
            "Security forces said the explosion injured seven pilgrims and their guide near the"
            " shrine.",
            [("injured seven pilgrims and their guide", 8, 8, "injured")],
        ),
    ],
)
def test_rst70c_a_possessive_person_in_a_list_counts_one(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen killed two soldiers and their dog at the checkpoint.",
            [("killed two soldiers", 2, 2, "killed")],
        ),
        ("The bomb destroyed three trucks and their cargo, police said.", []),
        (
            "Militants killed five policemen and their commander escaped unhurt.",
            [("killed five policemen", 5, 5, "killed")],
        ),
        (
            "The blast killed 12 people and their bodies were taken to the morgue.",
            [("killed 12 people", 12, 12, "killed")],
        ),
        (
            "Three soldiers killed, their commander said on Tuesday.",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        (
            "- 12 civilians killed, their village burned",
            [("12 civilians killed", 12, 12, "killed")],
        ),
        (
            "Rebels killed four villagers and their livestock in the raid.",
            [("killed four villagers", 4, 4, "killed")],
        ),
        (
            "Four soldiers were killed and their base was overrun.",
            [("Four soldiers were killed", 4, 4, "killed")],
        ),
        (
            "The attackers killed three guards and their weapons were seized.",
            [("killed three guards", 3, 3, "killed")],
        ),
    ],
)
def test_rst70c_no_person_after_the_possessive_adds_nothing(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


# _A_PERSON: the same after a plural head ("the bodies of", "the killings of")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Rescuers recovered the bodies of a mother and her baby from the rubble in Khan"
            " Younis.",
            [("bodies of a mother and her baby", 2, 2, "killed")],
        ),
        (
            "The abductions of a pastor and his wife have shocked the community in Kogi State.",
            [("abductions of a pastor and his wife", 2, 2, "other")],
        ),
        (
            "Police are investigating the killings of a trader and his son at Ikire market.",
            [("killings of a trader and his son", 2, 2, "killed")],
        ),
        (
            "- Bodies of a farmer and his daughter found in Kuki village",
            [("Bodies of a farmer and his daughter", 2, 2, "killed")],
        ),
        (
            "According to the UN mission, the killings of a local chief and his nephew were not"
            " isolated.",
            [("killings of a local chief and his nephew", 2, 2, "killed")],
        ),
        (
            "The murders of a shopkeeper and his brother on Tuesday sparked protests in Quetta.",
            [("murders of a shopkeeper and his brother", 2, 2, "killed")],
        ),
    ],
)
def test_rst70c_a_possessive_person_after_a_plural_head(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The bodies of a driver and his truck were found.",
        "The killings of a farmer and his cattle angered the village.",
        "The abductions of a pastor and his car were reported.",
        "Police found the bodies of a man and his dog near the river.",
        "The kidnappings of a trader and his goods were denied by the gang.",
        "The deaths of a soldier and his horse were recorded in the war diary.",
        "The bodies of a mother and her baby elephant were found near the park.",
        "Rangers found the bodies of a lioness and her cub near the park.",
        "Police recovered the bodies of a mother and her baby goat.",
        '"The killings of a chief and his family must stop," the governor said.',
    ],
)
def test_rst70c_no_person_after_a_plural_head_is_no_figure(sentence: str) -> None:
    assert suggested_figures(sentence) == []


# _one_more_body: "another" or "a" and an ordinal before a body found or recovered is a
# count of one, killed (guideline, session 32 point 2 and the main text's "bodies ->
# killed"), with rst70c's guards _BODY_ENDS and _THAT_OF
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "MOGADISHU (AP) - Rescuers recovered another body from the rubble of the hotel on"
            " Friday, raising the toll to 14.",
            [("another body", 1, 1, "killed"), ("toll to 14", 14, 14, "killed")],
        ),
        (
            "A seventh body was found in the burned-out bus near Jos, police said.",
            [("A seventh body", 1, 1, "killed")],
        ),
        (
            "Divers retrieved a second body from the Chenab on Wednesday, the district"
            " administration informed.",
            [("a second body", 1, 1, "killed")],
        ),
        (
            "According to the statement, a third body has been recovered from the collapsed"
            " mosque.",
            [("a third body", 1, 1, "killed")],
        ),
        (
            "Translated: The civil defence teams pulled out a fourth body from under the debris"
            " in the morning.",
            [("a fourth body", 1, 1, "killed")],
        ),
        (
            "Search teams discovered a further body near the mass grave site on Tuesday, OCHA"
            " reported.",
            [("a further body", 1, 1, "killed")],
        ),
        (
            "Rescuers recovered another body, that of a young woman, from the river.",
            [("another body", 1, 1, "killed")],
        ),
    ],
)
def test_rst70c_one_more_body_found(sentence: str, expected: list) -> None:
    assert suggested_figures(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The commission was found guilty, and another body was found liable for the losses.",
        "Another body of evidence points to the militia's role.",
        "The court referred the case to another body, the rights council, for review.",
        "A second body was set up to oversee the elections.",
        "Another body, the national ombudsman, has also opened an inquiry.",
        "He said another body would be recovered once the water level falls.",
        "The government found another body to run the camp after the NGO left.",
        "The ministry created a third body, the Disaster Authority, after the floods.",
        "A fourth body blow to the economy came when the port was shelled.",
        "Police recovered a second body armour vest near the scene.",
        "Investigators found another body camera that recorded the raid.",
        "The agency recovered a second body bag full of documents.",
        "Rescuers recovered another body, that of a dog, from the kennel.",
        "Rescuers recovered another body, that of an old horse, from the stable.",
        "The company said it had found a third body shop willing to repair the armoured cars.",
        "Another body was found guilty of negligence by the tribunal.",
    ],
)
def test_rst70c_another_body_that_is_no_dead_person(sentence: str) -> None:
    assert suggested_figures(sentence) == []
