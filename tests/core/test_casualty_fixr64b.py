"""FIXR64B: what review64b found in LEXCAS64's casualty fills, fixed or narrowed.

Each negative (the reviewer's rows and our own) stands next to a positive of the same
shape, so that a test cannot pass by finding nothing. Sentences are invented (invented
people and events; real places and bodies)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_figures

BODY = "Report\n\n"  # a headline line first, so that the sentence is read as body text

Figure = tuple[str, object, object, object]


def _figures(sentence: str) -> list[Figure]:
    return suggested_figures(BODY + sentence)


# --- F1: "N martyrs" only in lower case, never a name, a place or after a year ----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The health office gave a first toll of five martyrs, two of them nurses.",
            [("five martyrs", 5, 5, "killed")],
        ),
        (
            "The region has given more than 1,200 martyrs since the war began.",
            [("more than 1,200 martyrs", 1201, None, "killed")],
        ),
    ],
)
def test_martyrs_in_lower_case_count_the_dead(sentence: str, expected: list[Figure]) -> None:
    assert _figures(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name inside a right figure neither cuts it nor retypes it (base's answer)
        (
            "Three members of the Al-Aqsa Martyrs Brigades were wounded in the raid.",
            [("Three members of the Al-Aqsa Martyrs Brigades were wounded", 3, 3, "injured")],
        ),
        (
            "Three fighters of the Yarmouk Martyrs Brigade were captured on Sunday.",
            [("Three fighters of the Yarmouk Martyrs Brigade were captured", 3, 3, "other")],
        ),
        (
            "Two Al-Aqsa Martyrs Brigades commanders were arrested in Nablus.",
            [("Two Al-Aqsa Martyrs Brigades commanders were arrested", 2, 2, "other")],
        ),
        # names of places and units with a number, and a year: no figure
        ("He was buried in the 40 Martyrs Cemetery in Homs on Tuesday.", []),
        ("Patients were moved to the Three Martyrs Hospital in Gaza City.", []),
        ("The militia, known as the 313 Martyrs Battalion, seized the checkpoint.", []),
        ("Residents renamed the street 14 Martyrs Street.", []),
        ("The 2011 martyrs were remembered at a ceremony.", []),
        ("A march left from the 7 martyrs square after prayers.", []),
    ],
)
def test_martyrs_in_a_name_or_after_a_year_is_no_toll(
    sentence: str, expected: list[Figure]
) -> None:
    assert _figures(sentence) == expected


# --- F2: people no list names take only the predicates said of people ---------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Six cassava sellers were lynched near Bunia on Friday.",
            ("Six cassava sellers were lynched", 6, 6, "killed"),
        ),
        (
            "Three borehole drillers were hacked to death near Marsabit.",
            ("Three borehole drillers were hacked to death", 3, 3, "killed"),
        ),
        (
            "Forty squatters were evicted from their homes by soldiers.",
            ("Forty squatters were evicted from their homes", 40, 40, "displaced"),
        ),
    ],
)
def test_unlisted_people_keep_the_predicates_only_people_take(
    sentence: str, expected: Figure
) -> None:
    assert expected in _figures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # things, animals and institutions (review64b's rows)
        "Some 5,000 manuscripts perished when the library burned in Timbuktu.",
        "Two giraffes were electrocuted by power lines in Kenya.",
        "Two transformers were electrocuted during the storm.",
        "Twenty kittens were buried alive.",
        "Twelve dolphins were maimed by the nets.",
        "Twelve fields drowned in the flood.",
        "Three tankers were held hostage by pirates off Somalia.",
        "Thirteen percentages were rounded up to the nearest whole number.",
        "Four samples were taken to hospital for testing.",
        "Two bills were fatally wounded by the amendments.",
        "Two bidders succumbed to the temptation of lower prices.",
        "Ten companies were made homeless by the merger.",
        "Twelve investors lost their lives' savings.",
        "Forty rhinos were slaughtered by poachers last year.",
        "Three leopards were lynched by villagers.",
        "Five hyenas were gunned down by rangers.",
        "Two effigies were hanged from the bridge by protesters.",
        "Six tenants were evicted by the landlord.",
    ],
)
def test_things_animals_and_institutions_are_no_unlisted_people(sentence: str) -> None:
    assert _figures(sentence) == []


# --- F3/F9: a closed list of adverbs in the link; never "nearly" -------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four bus conductors were critically injured in Kaduna.",
            [("Four bus conductors were critically injured", 4, 4, "injured")],
        ),
        (
            "Seven cattle traders were seriously wounded near Kasese.",
            [("Seven cattle traders were seriously wounded", 7, 7, "injured")],
        ),
        (
            "Twelve villagers were reportedly killed in the blast.",
            [("Twelve villagers were reportedly killed", 12, 12, "killed")],
        ),
        ("Ten thousand jobs were effectively killed by the reform.", []),
        ("Three bills were quietly killed in committee on Tuesday.", []),
        ("Two million voters were effectively displaced by the redistricting.", []),
        ("12 stalls were partly displaced.", []),
        ("Twelve gold panners were nearly killed when the pit collapsed.", []),
        ("Nine bus conductors were nearly burned alive.", []),
        # ... the listed people too: the harm that was not done
        ("Twelve villagers were nearly killed in the blast.", []),
        ("Six pilgrims were nearly crushed to death.", []),
    ],
)
def test_how_badly_links_but_effectively_or_nearly_does_not(
    sentence: str, expected: list[Figure]
) -> None:
    assert _figures(sentence) == expected


# --- F4/F5: the kind of "beheadings"; "executes" works and papers -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            BODY + "Rights groups condemned the beheadings of nine herders in Cabo Delgado.",
            [("beheadings of nine herders", 9, 9, "killed")],
        ),
        (
            "Junta executes four activists in Yangon\n\nBody.",
            [("executes four activists", 4, 4, "killed")],
        ),
        ("Contractor executes 14 projects in Kaduna\n\nBody.", []),
        (
            BODY + "The monitors documented 45 extrajudicial executions in Borno.",
            [("45 extrajudicial executions", 45, 45, "killed")],
        ),
        (BODY + "The company completed 14 executions of contracts in May.", []),
        (BODY + "The court ordered 12 executions of judgments against the firm.", []),
    ],
)
def test_beheadings_are_killings_and_executed_works_are_no_figure(
    text: str, expected: list[Figure]
) -> None:
    assert suggested_figures(text) == expected


# --- F12: "stabbed": never the metaphor, and killed when the victim died ------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Four villagers were stabbed in the back during the raid.",
            [("Four villagers were stabbed", 4, 4, "injured")],
        ),
        ("Two lawmakers were stabbed in the back by their own party.", []),
        ("Three ministers were stabbed in the back by the coalition.", []),
        ("Two voters were stabbed in the back by the reform.", []),
        ("He said 2 colleagues were stabbed in the back politically.", []),
        (
            "A policeman was stabbed several times and died in hospital.",
            [("A policeman was stabbed several times and died", 1, 1, "killed")],
        ),
        (
            "A woman was stabbed in the neck and killed.",
            [("A woman was stabbed in the neck and killed", 1, 1, "killed")],
        ),
        # things are no people (the unlisted path no longer takes "stabbed")
        ("Twelve tyres were stabbed overnight.", []),
        ("Four posters were stabbed with knives.", []),
    ],
)
def test_stabbed_is_a_wound_a_killing_or_a_figure_of_speech(
    sentence: str, expected: list[Figure]
) -> None:
    assert _figures(sentence) == expected
