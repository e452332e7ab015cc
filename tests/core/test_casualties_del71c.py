"""Probes for the casualty patterns DEL71C kept (session 71: each flagged by scripts/rule_reach.py
as changing one dev sentence). Every sentence is invented, in varied styles (wire, headline,
bullet, translated, South Asian and African English, humanitarian report); none is from the
dev gold. The positive cases change when the pattern is ablated (checked with a monkeypatched
`(?!)`); the hostile ones hold things, perpetrators, verdicts and look-alike frames, and
assert what the rules give with the pattern in place."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties


# _NOT_SAID_WHETHER: citizens and nationals stay `unknown` where the sentence says the source
# would not say whether they were civilians
# (guideline, session 32, point 7 (Victims not on the list): '"citizens" and "nationals" are
# `civilian` ..., unless the sentence says the source would not say whether they were civilians
# (then `unknown`...)')
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Three Afghan nationals were killed and five wounded, the ministry said"
                " without saying whether they were civilians or fighters."
            ),
            [
                ("Three Afghan nationals were killed", 3, 3, "killed", "unknown"),
                ("five wounded", 5, 5, "injured", "unknown"),
            ],
        ),
        (
            (
                "BISHKEK (Reuters) - Two Kyrgyz citizens were killed in the shooting; "
                "officials did not say whether they were civilians or soldiers."
            ),
            [("Two Kyrgyz citizens were killed", 2, 2, "killed", "unknown")],
        ),
        (
            (
                "- 4 citizens killed, 9 injured; it was unclear whether the dead were "
                "civilians or combatants"
            ),
            [
                ("4 citizens killed", 4, 4, "killed", "unknown"),
                ("9 injured", 9, 9, "injured", "unknown"),
            ],
        ),
        (
            (
                "Four nationals of Mali died in the blast, but it was not immediately "
                "clear if the victims were civilians or militants."
            ),
            [("Four nationals of Mali died", 4, 4, "killed", "unknown")],
        ),
        (
            (
                "According to the report, six citizens were wounded, though the "
                "statement did not specify whether they were civilians."
            ),
            [("six citizens were wounded", 6, 6, "injured", "unknown")],
        ),
        (
            (
                "Two Indian nationals were shot dead near the border, police said, "
                "without saying whether they were civilians or members of the militia."
            ),
            [("Two Indian nationals were shot dead", 2, 2, "killed", "unknown")],
        ),
    ],
)
def test_del71c_not_said_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _NOT_SAID_WHETHER: citizens and nationals stay `unknown` where the sentence says the source
# would not say whether they were civilians (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Four children were killed in the strike; it was not clear whether they"
                " were civilians' relatives of the commander."
            ),
            [("Four children were killed", 4, 4, "killed", "civilian")],
        ),
        (
            ("Police said 12 villagers were killed, without saying whether they were armed."),
            [("12 villagers were killed", 12, 12, "killed", "civilian")],
        ),
        (
            ("Two citizens were killed; it was unclear whether the gunmen were soldiers."),
            [("Two citizens were killed", 2, 2, "killed", "civilian")],
        ),
        (
            (
                "Three soldiers died and it was not known whether they were members of "
                "the elite unit."
            ),
            [("Three soldiers died", 3, 3, "killed", "combatant")],
        ),
        (
            (
                "The ministry did not say whether the talks were civilians-only "
                "meetings, after 10 people were killed."
            ),
            [("10 people were killed", 10, 10, "killed", "unknown")],
        ),
        (
            (
                "Five refugees were killed, the agency said, without saying whether "
                "they were civilians of Sudan or Chad."
            ),
            [("Five refugees were killed", 5, 5, "killed", "civilian")],
        ),
    ],
)
def test_del71c_not_said_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _TOLL_TO_COME: a toll that only may come is no figure
# (guideline, session 33, point 2 (Harms that did not happen): 'A harm that only might happen (a
# threat, a warning, a condition: "would", "could", "will", ...) ... is no figure ... even with
# a number expression')
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (("Officials fear the death toll could reach 50 as rescuers dig through the rubble."), []),
        ("- Toll may rise to 30, says district officer", []),
        (("The death toll is expected to climb to 100, the Red Cross warned on Monday."), []),
        (
            (
                "Rescuers said the death toll could rise to 80 as more bodies are "
                "pulled from the mud."
            ),
            [],
        ),
        ("- Landslide toll may climb to 40, officials fear", []),
        (
            (
                "Hospital sources said the toll might rise to 25 as many of the injured"
                " are critical."
            ),
            [],
        ),
        ("The district commissioner said the death toll is likely to rise to 60.", []),
        ("The toll could climb to 200, a UN official in Goma warned.", []),
    ],
)
def test_del71c_toll_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _TOLL_TO_COME: a toll that only may come is no figure (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The death toll rose to 31 on Tuesday, police said.",
            [("death toll rose to 31", 31, 31, "killed", "unknown")],
        ),
        (
            "The toll has climbed to 45, the ministry said.",
            [("toll has climbed to 45", 45, 45, "killed", "unknown")],
        ),
        (
            "Officials said the death toll reached 12 and may rise further.",
            [("death toll reached 12", 12, 12, "killed", "unknown")],
        ),
        (
            ("The death toll from the attack rose to 17, the governor said, and could grow."),
            [("death toll from the attack rose to 17", 17, 17, "killed", "unknown")],
        ),
        (
            "- Death toll hits 22 in Kaduna clashes",
            [("Death toll hits 22", 22, 22, "killed", "unknown")],
        ),
        (
            "The hospital put the toll at 40, a doctor said.",
            [("toll at 40", 40, 40, "killed", "unknown")],
        ),
    ],
)
def test_del71c_toll_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _ATTEMPT_BEFORE: an attempted, foiled or failed harm noun befell nobody
# (guideline, session 33, point 2 (Harms that did not happen): 'a figure reports harm done (or
# feared done) to people'; an attempt that failed did not happen)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (("The man was charged with the attempted murder of a police officer in Lahore."), []),
        ("Court acquits trader of attempted murder of a local chief", []),
        (
            (
                "Security agents arrested the suspects after the failed abduction of a "
                "pastor in Enugu."
            ),
            [],
        ),
        (("He was arrested for the attempted kidnapping of a schoolgirl in Katsina."), []),
        (("The would-be assassination of a judge in Karachi was blamed on a banned group."), []),
        (("The foiled killing of a tribal elder in Khyber was condemned by the council."), []),
    ],
)
def test_del71c_attempt_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _ATTEMPT_BEFORE: an attempted, foiled or failed harm noun befell nobody (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Gunmen carried out the murder of a local imam in Kano, police said.",
            [("murder of a local imam", 1, 1, "killed", "civilian")],
        ),
        (
            "The kidnapping of two tourists was condemned by the government.",
            [("kidnapping of two tourists", 2, 2, "other", "civilian")],
        ),
        (
            "The attempted coup was followed by the killing of a senior officer.",
            [("killing of a senior officer", 1, 1, "killed", "combatant")],
        ),
        (
            "After a failed attack, militants resumed the abduction of 20 farmers.",
            [("abduction of 20 farmers", 20, 20, "other", "civilian")],
        ),
        (
            "The abduction of three students shocked the school.",
            [("abduction of three students", 3, 3, "other", "civilian")],
        ),
    ],
)
def test_del71c_attempt_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _WHO_BEFORE: relatives lost, told in a 'who' clause describing a speaker, are no figure
# (guideline, session 30, point 1: 'The same words in a clause describing someone else, a
# speaker or a witness ("Awa, whose son was among the dead, said"; "who lost her husband in the
# raid") ... are not annotated')
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Fatima Bello, who lost her husband and two sons in the raid, said the "
                "village had no police post."
            ),
            [],
        ),
        (
            (
                "The widow, who had lost her husband and three children, told reporters"
                " she had nowhere to go."
            ),
            [],
        ),
        (
            ("Mr Okafor, who lost his wife and two daughters in the bombing, called for justice."),
            [],
        ),
        (
            (
                "Translated: Rahim, who says he lost his father and two brothers, wants"
                " the killers punished."
            ),
            [],
        ),
        (
            (
                "A farmer who lost his wife and four children in the floods of violence"
                " spoke to AFP."
            ),
            [],
        ),
        (
            (
                "Mariam, who lost her two sons and a brother in the massacre, said "
                "nobody came to help."
            ),
            [],
        ),
        (
            (
                "- Ibrahim, whose family fled, and who lost his wife and three "
                "children, spoke from Kebbi"
            ),
            [],
        ),
        (
            (
                "The fisherman, who had lost his father and two uncles in the raid, "
                "returned to the lake."
            ),
            [],
        ),
    ],
)
def test_del71c_who_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _WHO_BEFORE: relatives lost, told in a 'who' clause describing a speaker, are no figure
# (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen killed her husband and two sons in the raid, police said.", []),
        (
            "She lost her husband and two sons in the raid.",
            [("lost her husband and two sons", 3, 3, "killed", "civilian")],
        ),
        (
            "The raid killed a woman who had fled, her husband and two sons.",
            [("killed a woman", 1, 1, "killed", "civilian")],
        ),
        (
            "Villagers who lost their homes said 12 people were killed.",
            [("12 people were killed", 12, 12, "killed", "unknown")],
        ),
        (
            "The man who killed two soldiers was arrested.",
            [("killed two soldiers", 2, 2, "killed", "combatant")],
        ),
        ("Those who were killed included a teacher and two pupils.", []),
    ],
)
def test_del71c_who_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _PART_AFTER_COUNT_BEFORE: a held person named after a count with 'among them' / 'including' is
# a part of it, no figure of its own
# (guideline, session 28, point j (A bare count with a part named after it): 'the part says what
# some of the victims were, not all' ('killing 14, including three children' -> `killing 14`))
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "Troops freed 20 hostages, among them a 12-year-old boy who had been "
                "held since March."
            ),
            [("freed 20 hostages", 20, 20, "other", "unknown")],
        ),
        (
            ("Police rescued 15 captives, including a nurse who had been held for a month."),
            [("rescued 15 captives", 15, 15, "other", "unknown")],
        ),
        (
            ("- Army frees 30 abductees, among whom a priest who had been held since January"),
            [("frees 30 abductees", 30, 30, "other", "unknown")],
        ),
        (
            ("Soldiers rescued 11 villagers, among them a woman who had been held by the gang."),
            [("rescued 11 villagers", 11, 11, "other", "civilian")],
        ),
        (
            (
                "The group freed 40 prisoners, including a journalist who had been held"
                " for two years."
            ),
            [("freed 40 prisoners", 40, 40, "other", "unknown")],
        ),
        (
            (
                "Security forces freed 25 abducted passengers, among them a pastor who "
                "had been held in the forest."
            ),
            [("freed 25 abducted passengers", 25, 25, "other", "civilian")],
        ),
        (
            (
                "Gunmen freed 6 hostages, including an aid worker who had been held "
                "since May, and killed 2 others."
            ),
            [
                ("freed 6 hostages", 6, 6, "other", "unknown"),
                ("killed 2 others", 2, 2, "killed", "unknown"),
            ],
        ),
        (
            "- 5 hostages freed, including a girl held for 40 days",
            [("5 hostages freed", 5, 5, "other", "unknown")],
        ),
    ],
)
def test_del71c_part_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _PART_AFTER_COUNT_BEFORE: a held person named after a count with 'among them' / 'including' is
# a part of it, no figure of its own (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The rebels, who had held 14 people, released them after talks.",
            [("held 14 people", 14, 14, "other", "unknown")],
        ),
        (
            ("Police said a man who had been held for three weeks was freed on Sunday."),
            [("a man who had been held", 1, 1, "other", "unknown")],
        ),
        (
            "Among the dead was a man who had been held by the gang.",
            [("Among the dead was a man", 1, 1, "killed", "unknown")],
        ),
        (
            "Among them was a man who had been held for a year.",
            [("a man who had been held", 1, 1, "other", "unknown")],
        ),
        (
            ("The army freed 12 hostages including a man who had been held; 3 others were killed."),
            [
                ("freed 12 hostages including a man who had been held", 12, 12, "other", "unknown"),
                ("3 others were killed", 3, 3, "killed", "unknown"),
            ],
        ),
        (
            "A nurse who had been held for a month was among 15 captives freed.",
            [
                ("A nurse who had been held", 1, 1, "other", "civilian"),
                ("15 captives freed", 15, 15, "other", "unknown"),
            ],
        ),
    ],
)
def test_del71c_part_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _MOVED_HEAD: a forced or forcible transfer, expulsion, relocation or removal of people is
# `displaced`
# (guideline, session 31, point 3 (Expelled and evicted): 'people expelled or evicted from their
# homes, villages or land are `displaced`, like people driven or forced from their homes')
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The ICC convicted him of the forcible transfer of some 1,500 Muslim "
                "residents from Bossangoa."
            ),
            [
                (
                    "forcible transfer of some 1,500 Muslim residents",
                    1500,
                    1500,
                    "displaced",
                    "civilian",
                )
            ],
        ),
        (
            (
                "The forcible transfer of about 200 families from the valley was "
                "condemned by the UN."
            ),
            [("forcible transfer of about 200 families", 200, 200, "displaced", "civilian")],
        ),
        (
            "- Forced expulsion of 400 Rohingya families from Buthidaung",
            [("Forced expulsion of 400 Rohingya families", 400, 400, "displaced", "civilian")],
        ),
        (
            "The forced relocation of 2,000 residents angered the community.",
            [("forced relocation of 2,000 residents", 2000, 2000, "displaced", "civilian")],
        ),
        (
            "- Forced removal of 150 families from Lagos waterfront",
            [("Forced removal of 150 families", 150, 150, "displaced", "civilian")],
        ),
        (
            (
                "Witnesses described the forced transfer of some 800 villagers to a "
                "camp near the border."
            ),
            [("forced transfer of some 800 villagers", 800, 800, "displaced", "civilian")],
        ),
    ],
)
def test_del71c_moved_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _MOVED_HEAD: a forced or forcible transfer, expulsion, relocation or removal of people is
# `displaced` (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The forced recruitment of 30 children by the militia was documented.", []),
        ("The forced labour of 200 prisoners in the mine was reported.", []),
        ("The forcible conscription of 50 young men sparked protests.", []),
        ("The forced marriage of 12 girls to fighters was documented by the UN.", []),
        ("The forced confession of two journalists was broadcast on state TV.", []),
        (
            "The forced disappearance of 14 activists was condemned.",
            [("disappearance of 14 activists", 14, 14, "missing", "civilian")],
        ),
    ],
)
def test_del71c_moved_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _BODY_FOUND_AFTER and _BODY_FOUND_BEFORE: 'another' or 'a' and an ordinal before a body found
# or recovered counts one killed
# (guideline, session 32, point 2 (Ordinals): 'a second / a third / a fourth' ... is a count of
# one; main text: 'bodies -> killed' (tests/core/test_casualty_rst70c.py holds more))
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Another body was recovered from the collapsed building on Monday.",
            [("Another body", 1, 1, "killed", "unknown")],
        ),
        (
            "A fifth body has been retrieved from the mine, officials said.",
            [("A fifth body", 1, 1, "killed", "unknown")],
        ),
        (
            "A third body was later found near the river bank, the SDRF said.",
            [("A third body", 1, 1, "killed", "unknown")],
        ),
        (
            "Another body has been found in the debris of the market, police said.",
            [("Another body", 1, 1, "killed", "unknown")],
        ),
        (
            "A fourth body was pulled from the river on Sunday, divers said.",
            [("A fourth body", 1, 1, "killed", "unknown")],
        ),
        (
            "Police found another body in the forest near Kumasi on Tuesday.",
            [("another body", 1, 1, "killed", "unknown")],
        ),
        (
            ("Rescue workers recovered a third body from the collapsed building in Lagos."),
            [("a third body", 1, 1, "killed", "unknown")],
        ),
        (
            "Soldiers discovered another body near the mass grave in Ituri.",
            [("another body", 1, 1, "killed", "combatant")],
        ),
        (
            "A third body was found to have bullet wounds, police said.",
            [("A third body", 1, 1, "killed", "unknown")],
        ),
        (
            "A fourth body was found to have been dumped in the river.",
            [("A fourth body", 1, 1, "killed", "unknown")],
        ),
    ],
)
def test_del71c_body_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _BODY_FOUND_AFTER and _BODY_FOUND_BEFORE: 'another' or 'a' and an ordinal before a body found
# or recovered counts one killed (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A second body was found to have approved the deal.", []),
        (("Investigators found another body of evidence linking the militia to the raid."), []),
        ("The agency recovered a third body camera from the scene.", []),
        ("Another body was set up to investigate, the ministry said.", []),
        ("Rescuers said another body could be found once the water recedes.", []),
        ("- Second body formed to monitor the truce", []),
        ("Another body was found to have misused the funds, the audit said.", []),
        ("A second body was found to have breached the rules.", []),
    ],
)
def test_del71c_body_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _BY_THE_DOERS: GUARD: the doers of the attack a toll names ('a raid by insurgents on ...') are
# not its victims
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            (
                "The death toll from a raid by Islamist insurgents on a village in Cabo"
                " Delgado rose to 17."
            ),
            [
                (
                    (
                        "death toll from a raid by Islamist insurgents on a village in Cabo "
                        "Delgado rose to 17"
                    ),
                    17,
                    17,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            ("The toll from an attack by militants on a school in Borno has risen to 25."),
            [
                (
                    "toll from an attack by militants on a school in Borno has risen to 25",
                    25,
                    25,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            ("The death toll from an ambush by rebels near Beni rose to 14, the army said."),
            [
                (
                    "death toll from an ambush by rebels near Beni rose to 14",
                    14,
                    14,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            ("The toll from the bombing by insurgents in Mogadishu has climbed to 30."),
            [
                (
                    "toll from the bombing by insurgents in Mogadishu has climbed to 30",
                    30,
                    30,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            "- Toll from raid by bandits on Zamfara village rises to 12",
            [
                (
                    "Toll from raid by bandits on Zamfara village rises to 12",
                    12,
                    12,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            ("The death toll from an attack by gunmen on a mosque in Katsina rose to 22."),
            [
                (
                    "death toll from an attack by gunmen on a mosque in Katsina rose to 22",
                    22,
                    22,
                    "killed",
                    "unknown",
                )
            ],
        ),
        (
            ("The toll from the shelling by rebels on the market in Goma has risen to 16."),
            [
                (
                    "toll from the shelling by rebels on the market in Goma has risen to 16",
                    16,
                    16,
                    "killed",
                    "unknown",
                )
            ],
        ),
    ],
)
def test_del71c_doers_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _BY_THE_DOERS: GUARD: the doers of the attack a toll names ('a raid by insurgents on ...') are
# not its victims (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            ("The toll among soldiers from an attack by militants on a base rose to 25."),
            [
                (
                    "toll among soldiers from an attack by militants on a base rose to 25",
                    25,
                    25,
                    "killed",
                    "combatant",
                )
            ],
        ),
        (
            "Seven soldiers were killed in an ambush by rebels near Beni.",
            [("Seven soldiers were killed", 7, 7, "killed", "combatant")],
        ),
        (
            "The raid by police on the hideout killed 12 militants.",
            [("killed 12 militants", 12, 12, "killed", "combatant")],
        ),
        (
            "The civilian toll from shelling by the army on the market rose to 40.",
            [
                (
                    "toll from shelling by the army on the market rose to 40",
                    40,
                    40,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            ("Attacks by soldiers on three villages killed 14 civilians, residents said."),
            [("killed 14 civilians", 14, 14, "killed", "civilian")],
        ),
        (
            ("The toll of children killed in strikes by the coalition on Saada rose to 26."),
            [
                (
                    ("toll of children killed in strikes by the coalition on Saada rose to 26"),
                    26,
                    26,
                    "killed",
                    "civilian",
                )
            ],
        ),
        (
            ("Twelve soldiers were killed in an ambush by insurgents on their convoy."),
            [("Twelve soldiers were killed", 12, 12, "killed", "combatant")],
        ),
        (
            "The raid by troops on the camp killed 8 refugees.",
            [("killed 8 refugees", 8, 8, "killed", "civilian")],
        ),
    ],
)
def test_del71c_doers_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _PROPORTION: GUARD: a share ('two out of three children', 'one in six murders') is no head
# count
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two out of three children in the camp were displaced by the fighting.", []),
        ("Fewer than one in six murders in the community are solved.", []),
        ("Three in ten households have been displaced at least once.", []),
        (("Four out of five residents have been displaced since the offensive began."), []),
        ("Two in three households were displaced by the floods and fighting.", []),
        (("Three out of four families in the camp have been displaced more than once."), []),
    ],
)
def test_del71c_prop_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _PROPORTION: GUARD: a share ('two out of three children', 'one in six murders') is no head
# count (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "One in Gaza was killed and 12 in the West Bank were wounded.",
            [
                ("One in Gaza was killed", 1, 1, "killed", "unknown"),
                ("12 in the West Bank were wounded", 12, 12, "injured", "unknown"),
            ],
        ),
        (
            "Three in the convoy were killed, police said.",
            [("Three in the convoy were killed", 3, 3, "killed", "unknown")],
        ),
        (
            "Two in the house were injured when the shell hit.",
            [("Two in the house were injured", 2, 2, "injured", "unknown")],
        ),
        (
            "Five of the seven people in the car were killed.",
            [("Five of the seven people in the car were killed", 5, 5, "killed", "unknown")],
        ),
        (
            "Ten were killed in two attacks in Kano.",
            [("Ten were killed", 10, 10, "killed", "unknown")],
        ),
    ],
)
def test_del71c_prop_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _PERFECT_BEFORE: GUARD: people counted before 'have/has/had <harm verb>' did the harm; the
# figure is the verb's object
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two gunmen had shot dead a guard before the soldiers arrived.",
            [("shot dead a guard", 1, 1, "killed", "combatant")],
        ),
        (
            ("Five militants have killed three soldiers in an ambush near Bannu, police said."),
            [("killed three soldiers", 3, 3, "killed", "combatant")],
        ),
        (
            "Six insurgents have reportedly killed two policemen in Borno.",
            [("killed two policemen", 2, 2, "killed", "combatant")],
        ),
        (
            ("Translated: Two armed men have kidnapped a teacher in the Tillaberi region."),
            [("kidnapped a teacher", 1, 1, "other", "civilian")],
        ),
        (
            ("Three gunmen have shot dead a police officer in Peshawar, officials said."),
            [("shot dead a police officer", 1, 1, "killed", "combatant")],
        ),
        (
            "- Four gunmen have killed a trader in Onitsha",
            [("killed a trader", 1, 1, "killed", "civilian")],
        ),
    ],
)
def test_del71c_perfect_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _PERFECT_BEFORE: GUARD: people counted before 'have/has/had <harm verb>' did the harm; the
# figure is the verb's object (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two soldiers have been killed in an ambush near Bannu.",
            [("Two soldiers have been killed", 2, 2, "killed", "combatant")],
        ),
        (
            "Three policemen had been shot dead by the time help arrived.",
            [("Three policemen had been shot dead", 3, 3, "killed", "combatant")],
        ),
        (
            "Five people have died in the attack, police said.",
            [("Five people have died", 5, 5, "killed", "unknown")],
        ),
        (
            "Two guards had already been stabbed when the police came.",
            [("Two guards had already been stabbed", 2, 2, "injured", "combatant")],
        ),
        (
            "Four villagers have been abducted, the chief said.",
            [("Four villagers have been abducted", 4, 4, "other", "civilian")],
        ),
        (
            "- 12 civilians have been killed, 30 injured",
            [
                ("12 civilians have been killed", 12, 12, "killed", "civilian"),
                ("30 injured", 30, 30, "injured", "civilian"),
            ],
        ),
    ],
)
def test_del71c_perfect_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _VERB_IN_PHRASE: GUARD: 'N of the M <people> were/have <harm>' keeps the part N, the verb
# saying it of them
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            ("Two of the 45 passengers were killed when the bus was ambushed near Kaduna."),
            [("Two of the 45 passengers were killed", 2, 2, "killed", "civilian")],
        ),
        (
            "Officials said three of the 12 miners have died in hospital.",
            [("three of the 12 miners have died", 3, 3, "killed", "civilian")],
        ),
        (
            "One of the three soldiers was killed and two were wounded.",
            [
                ("One of the three soldiers was killed", 1, 1, "killed", "combatant"),
                ("two were wounded", 2, 2, "injured", "combatant"),
            ],
        ),
        (
            ("Seven of the 20 hostages were killed during the rescue attempt, the army said."),
            [("Seven of the 20 hostages were killed", 7, 7, "killed", "unknown")],
        ),
        (
            ("Nine of the 60 inmates were injured in the riot, prison officials said."),
            [("Nine of the 60 inmates were injured", 9, 9, "injured", "combatant")],
        ),
        (
            "UNICEF said two of the eight aid workers have died of their wounds.",
            [("two of the eight aid workers have died", 2, 2, "killed", "civilian")],
        ),
        (
            "- 3 of the 11 fishermen were shot dead, says navy",
            [("3 of the 11 fishermen were shot dead", 3, 3, "killed", "civilian")],
        ),
    ],
)
def test_del71c_verb_positive(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected


# _VERB_IN_PHRASE: GUARD: 'N of the M <people> were/have <harm>' keeps the part N, the verb
# saying it of them (hostile probes)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "One of the five fighters killed was a commander, the army said.",
            [("five fighters killed", 5, 5, "killed", "combatant")],
        ),
        (
            "Two of the 45 passengers killed were children.",
            [("45 passengers killed", 45, 45, "killed", "civilian")],
        ),
        ("Three of the 12 miners trapped underground were rescued.", []),
        (
            "- One of the four soldiers wounded in Bannu dies",
            [("four soldiers wounded", 4, 4, "injured", "combatant")],
        ),
        (
            "Four of the seven people abducted from the church are women.",
            [("seven people abducted", 7, 7, "other", "unknown")],
        ),
        (
            "Two of the nine civilians killed in Idlib were brothers.",
            [("nine civilians killed", 9, 9, "killed", "civilian")],
        ),
    ],
)
def test_del71c_verb_hostile(sentence: str, expected: list) -> None:
    assert suggested_casualties(sentence) == expected
