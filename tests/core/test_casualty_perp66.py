"""PERP66: the grammar of doers and predicates in casualty figures.

Part A: a count that is the subject of an active harm verb with a people object did the
harm ("Five militants killed three soldiers"): its phrase is no figure, and the object is
("killed three soldiers"); the headline prose that reads like it keeps its figure ("Three
soldiers killed one day after the ceasefire", "12 civilians killed 30 injured").
Sentences are our own, invented for these tests; the negatives are hostile probes
(headlines, lists, perpetrators, rescuers, animals, things, sport, courts, quotes).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text


def figures(sentence: str) -> list[tuple[str, object, object, object]]:
    return suggested_figures(BODY + sentence, gazetteer=False)


def headline_figures(headline: str) -> list[tuple[str, object, object, object]]:
    """The figures of a headline line, with a body line under it."""
    text = headline + "\n\nThe report follows.\n"
    return suggested_figures(text, gazetteer=False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the counted subject did the harm; the object is the figure
        (
            "Five militants killed three soldiers near the border.",
            [("killed three soldiers", 3, 3, "killed")],
        ),
        (
            "Two gunmen shot dead a police officer in the market.",
            [("shot dead a police officer", 1, 1, "killed")],
        ),
        (
            "Three attackers wounded two villagers and fled.",
            [("wounded two villagers", 2, 2, "injured")],
        ),
        ("Two gunmen abducted a farmer on Tuesday.", [("abducted a farmer", 1, 1, "other")]),
        ("Ten militants executed four hostages.", [("executed four hostages", 4, 4, "killed")]),
        (
            "Five soldiers killed two militants in a clash.",
            [("killed two militants", 2, 2, "killed")],
        ),
        (
            "Two bandits kidnapped at least 12 passengers on the highway.",
            [("kidnapped at least 12 passengers", 12, None, "other")],
        ),
        (
            "Four insurgents beheaded two villagers.",
            [("beheaded two villagers", 2, 2, "killed")],
        ),
        (
            "Two policemen shot and killed a teenager.",
            [("killed a teenager", 1, 1, "killed")],
        ),
        (
            "Five militants killed 12 of the soldiers.",
            [("killed 12 of the soldiers", 12, 12, "killed")],
        ),
        (
            "Three soldiers shot dead two gunmen and arrested a third.",
            [("shot dead two gunmen", 2, 2, "killed")],
        ),
        (
            "Two police officers killed three suspected robbers, police said.",
            [("killed three suspected robbers", 3, 3, "killed")],
        ),
        # a pronoun object: the doers are no figure, and the object counts nobody
        ("Two gunmen shot him in the head.", []),
        ("Two gunmen shot her outside the shop.", []),
        ('"Five gunmen killed my husband," she said.', []),
        # a name with its title after the verb: no number expression, no figure
        ("Two gunmen shot dead journalist Ahmed Musa on Tuesday.", []),
    ],
)
def test_counted_doers_are_no_figure(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # what follows the verb is a time, not a people object: the subject reading stays
        (
            "Three soldiers killed a week earlier were buried on Friday.",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        (
            "Three soldiers killed two days after the truce.",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        (
            "Two militants killed a day after the ceasefire.",
            [("Two militants killed", 2, 2, "killed")],
        ),
        # the harm as an adjective before the people: no verb, no doers
        (
            "It said it had evacuated 12 seriously injured people to the hospital.",
            [("12 seriously injured people", 12, 12, "injured")],
        ),
        ("Rescuers carried a wounded man on a blanket.", [("a wounded man", 1, 1, "injured")]),
        (
            "One of the injured guards, Diego Cuenca, told local radio.",
            [("One of the injured guards", 1, 1, "injured")],
        ),
        # a sentence (a full stop at its end) is no headline list: the verb has its object
        (
            "Two soldiers killed three civilians wounded in an earlier raid.",
            [("killed three civilians", 3, 3, "killed")],
        ),
        # a headline-like list in body text: the next count is a clause of its own
        (
            "Twelve people killed 20 wounded as bomb hits market.",
            [("Twelve people killed", 12, 12, "killed")],
        ),
        (
            "Three soldiers were killed and two militants wounded.",
            [
                ("Three soldiers were killed", 3, 3, "killed"),
                ("two militants wounded", 2, 2, "injured"),
            ],
        ),
        (
            "Four attackers were killed and two soldiers wounded.",
            [
                ("Four attackers were killed", 4, 4, "killed"),
                ("two soldiers wounded", 2, 2, "injured"),
            ],
        ),
        # a passive with its agent after it: the counted are the harmed
        (
            "Two soldiers were killed by militants who shot them at close range.",
            [("Two soldiers were killed", 2, 2, "killed")],
        ),
        # a reflexive: they died by their own hand, still counted dead
        (
            "Four fighters killed themselves rather than surrender.",
            [("Four fighters killed", 4, 4, "killed")],
        ),
        # a historical toll after a year
        (
            "In 1994, two militias killed 800,000 people.",
            [("killed 800,000 people", 800000, 800000, "killed")],
        ),
        # animals, sport, things: no people counted as doers or harmed
        ("Three bears killed two hikers in the park.", [("killed two hikers", 2, 2, "killed")]),
        ("Two dogs killed a sheep.", []),
        ("Arsenal killed off Chelsea 3-1.", []),
        ("Three strikers shot wide in the second half.", []),
        # a court's account: the harmed are the figure, the accused are not
        (
            "Two men shot dead two others, the court heard.",
            [("shot dead two others", 2, 2, "killed")],
        ),
        # a place named with a number holds no count
        (
            "The 40 Martyrs Cemetery holds two soldiers killed in 1999.",
            [("two soldiers killed", 2, 2, "killed")],
        ),
        (
            "Two rescuers pulled three children from the rubble.",
            [],
        ),
        (
            "Three rescuers were injured when the wall collapsed.",
            [("Three rescuers were injured", 3, 3, "injured")],
        ),
    ],
)
def test_subject_reading_kept_where_no_people_object(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Three soldiers killed one day after the ceasefire",
            [("Three soldiers killed", 3, 3, "killed")],
        ),
        (
            "Two killed, five hurt in Lagos blast",
            [("Two killed", 2, 2, "killed"), ("five hurt", 5, 5, "injured")],
        ),
        (
            "Four civilians killed, two soldiers wounded in raid",
            [("Four civilians killed", 4, 4, "killed"), ("two soldiers wounded", 2, 2, "injured")],
        ),
        ("Four civilians killed in raid", [("Four civilians killed", 4, 4, "killed")]),
        (
            "Five soldiers killed the same day as talks resume",
            [("Five soldiers killed", 5, 5, "killed")],
        ),
        ("Gunmen kill three soldiers in Borno", [("kill three soldiers", 3, 3, "killed")]),
        # a list with no comma: two counts, each with its participle, are two figures
        (
            "Two soldiers killed three civilians wounded in blast",
            [("Two soldiers killed", 2, 2, "killed"), ("three civilians wounded", 3, 3, "injured")],
        ),
        (
            "- 12 civilians killed 30 injured",
            [("12 civilians killed", 12, 12, "killed"), ("30 injured", 30, 30, "injured")],
        ),
        # ... but with no counted subject the verb has its object
        (
            "Gunmen killed three civilians wounded in blast",
            [("killed three civilians", 3, 3, "killed")],
        ),
        (
            "Five militants killed three soldiers near border",
            [("killed three soldiers", 3, 3, "killed")],
        ),
    ],
)
def test_headline_lists_keep_their_figures(headline: str, expected: list[tuple]) -> None:
    assert headline_figures(headline) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Three civilians killed residents flee Mopti",
        "Four soldiers killed civilians claim",
        "Five people injured bystanders tell of panic",
    ],
)
def test_headline_next_clause_keeps_the_counted_subject(headline: str) -> None:
    # a bare plural after the verb that opens the headline's next clause is no object: the
    # count before the verb keeps its figure
    (found,) = headline_figures(headline)
    assert found[0].startswith(headline.split()[0] + " ")
    assert found[1] == found[2] == {"Three": 3, "Four": 4, "Five": 5}[headline.split()[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Two soldiers killed militants in retaliation.",
        "Two soldiers wounded him before fleeing.",
        "Two men killed police officer in Kano",
    ],
)
def test_bare_object_closing_its_phrase_makes_doers(sentence: str) -> None:
    assert figures(sentence) == []


def test_four_were_reported_killed_one_day_after() -> None:
    assert figures("Four were reported killed one day after the ceasefire.") == [
        ("Four were reported killed", 4, 4, "killed")
    ]


# Part B: predicates the rules did not read. A pronoun or an adverb between the auxiliary
# and the harm, "got" before the harm, a passive "stabbed" (a knife wound, injured), the
# headline's one person stabbed, and "the third" pronounced dead where the dead are.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Two soldiers were themselves wounded in the exchange.",
            [("Two soldiers were themselves wounded", 2, 2, "injured")],
        ),
        (
            "Three villagers were likewise killed.",
            [("Three villagers were likewise killed", 3, 3, "killed")],
        ),
        (
            "About 300 families were once again displaced by the floods.",
            [("About 300 families were once again displaced", 300, 300, "displaced")],
        ),
        (
            "Two policemen were both wounded.",
            [("Two policemen were both wounded", 2, 2, "injured")],
        ),
        (
            "Two civilians were again killed on Monday.",
            [("Two civilians were again killed", 2, 2, "killed")],
        ),
        (
            "Two officers were themselves shot.",
            [("Two officers were themselves shot", 2, 2, "injured")],
        ),
        (
            "Three gunmen were themselves shot dead.",
            [("Three gunmen were themselves shot dead", 3, 3, "killed")],
        ),
        (
            "Two soldiers were themselves among the dead.",
            [("Two soldiers were themselves among the dead", 2, 2, "killed")],
        ),
        (
            "Three teachers had also been abducted.",
            [("Three teachers had also been abducted", 3, 3, "other")],
        ),
        (
            "Two soldiers got killed in the crossfire.",
            [("Two soldiers got killed", 2, 2, "killed")],
        ),
        (
            "Three protesters got injured when police charged.",
            [("Three protesters got injured", 3, 3, "injured")],
        ),
        ("A man got killed near the market.", [("A man got killed", 1, 1, "killed")]),
        (
            "Two guards got shot and wounded.",
            [("Two guards got shot and wounded", 2, 2, "injured")],
        ),
        (
            '"Two of my sons got killed," she said.',
            [("Two of my sons got killed", 2, 2, "killed")],
        ),
        (
            "Two men were stabbed outside the mosque.",
            [("Two men were stabbed", 2, 2, "injured")],
        ),
        ("A guard was stabbed in the neck.", [("A guard was stabbed", 1, 1, "injured")]),
        (
            "Both men were stabbed outside the bar.",
            [("Both men were stabbed", 2, 2, "injured")],
        ),
        (
            "Two men were stabbed to death outside the mosque.",
            [("Two men were stabbed to death", 2, 2, "killed")],
        ),
        (
            "Two of them died at the scene. The third was pronounced dead at the hospital.",
            [
                ("Two of them died", 2, 2, "killed"),
                ("third was pronounced dead", 1, 1, "killed"),
            ],
        ),
        (
            "Two people were pronounced dead at the scene.",
            [("Two people were pronounced dead", 2, 2, "killed")],
        ),
        ("A soldier later died of wounds.", [("A soldier later died", 1, 1, "killed")]),
    ],
)
def test_predicates_read(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # words that only look like the new predicates
        ("Three soldiers were themselves responsible for the deaths.", []),
        ("Two soldiers were both awarded medals.", []),
        ("Two soldiers were once again deployed to the border.", []),
        ("Two lawyers were likewise disbarred.", []),
        ("The three men were themselves gunmen.", []),
        # "got" only right before the harm; "get" says what happens, not what happened
        ("Three soldiers got the wounded out of the vehicle.", []),
        ("Two people get killed there every week.", []),
        # animals, things, a metaphor
        ("Two dogs were stabbed.", []),
        ("Two horses were stabbed in the stable.", []),
        ("Three tyres were stabbed with a knife.", []),
        ("Three MPs were stabbed in the back by their own party.", []),
        ("Two players got injured in the match.", []),
        # the one stabbed fought back: the people he killed are the figure (review64b)
        (
            "A guard was stabbed and killed two of the attackers.",
            [("killed two of the attackers", 2, 2, "killed")],
        ),
        # a court's account: never the accused; the guard is no figure either, the active
        # "stabbed" without "to death" being read nowhere (as LEXCAS64 left it)
        ("Three men stabbed a guard, the court heard.", []),
        # a rate, in the present
        ("A woman is stabbed every hour, the charity says.", []),
        # pronounced dead, of things, or away from where the dead are
        ("The bridge was pronounced safe.", []),
        ("The third was declared a dead end.", []),
        ("Two bills were tabled. The second was pronounced dead in committee.", []),
    ],
)
def test_predicates_not_read(sentence: str, expected: list[tuple]) -> None:
    assert figures(sentence) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Polish soldier stabbed at Belarus border fence",
            [("Polish soldier stabbed", 1, 1, "injured")],
        ),
        ("Teacher stabbed to death in Lagos", [("Teacher stabbed to death", 1, 1, "killed")]),
        ("Official stabbed in the back by colleagues", []),
        ("Man stabbed a guard in Lagos", []),
        (
            "Two soldiers got killed, three hurt in ambush",
            [("Two soldiers got killed", 2, 2, "killed"), ("three hurt", 3, 3, "injured")],
        ),
    ],
)
def test_headline_predicates(headline: str, expected: list[tuple]) -> None:
    assert headline_figures(headline) == expected
