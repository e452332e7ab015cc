"""The rules against the guideline points settled in session 32 (sample_articles/README.md,
"Open points settled (session 32)"). Sentences are invented for the test."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts, suggested_types


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish forces took control of the town on Sunday.",
        "The convoy was ambushed by Baloch forces near the pass.",
        "Residents said Fulani forces had burnt the granaries.",
    ],
)
def test_a_stateless_peoples_forces_are_not_a_party(text: str) -> None:
    """Point 5: the adjective of a people with no state of its own before forces names who
    the fighters are, not a party: nothing is suggested."""
    assert suggested_texts(text) == []


def test_a_force_named_after_a_peoples_adjective_is_still_tagged() -> None:
    """Point 5: "Kurdish Peshmerga forces" -> `Peshmerga`, the adjective left out."""
    assert suggested_texts("Kurdish Peshmerga forces retook the village.") == ["Peshmerga"]


def test_the_forces_of_a_region_at_war_stay_one_party() -> None:
    """Point 5: "Tigrayan forces" (a region's government at war) stays one span."""
    assert suggested_types("Tigrayan forces advanced on the town.") == {
        "Tigrayan forces": "armed group"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The two men appeared at Belfast Magistrates' Court on Monday charged with murder.",
        "A 34-year-old man appeared before Kampala High Court on Friday.",
        "Charges will be filed at the Ruiru Law Courts on Tuesday.",
        "Protesters gathered outside the Lahore High Court.",
    ],
)
def test_a_court_named_only_as_a_venue_is_not_tagged(text: str) -> None:
    """Point 4: a named court that is only where a hearing is held, a defendant appears or
    charges are filed is a place."""
    assert suggested_texts(text) == []


def test_a_court_appealed_to_is_still_tagged() -> None:
    """Point 4: a court appealed to is a party."""
    text = "He said he would appeal to the Court of Cassation."
    assert suggested_texts(text) == ["Court of Cassation"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Supreme Court of Nepal ordered the journalist's release.",
            "Supreme Court of Nepal",
            "state",
        ),
        ("The Cairo Criminal Court sentenced nine men to death.", "Cairo Criminal Court", "state"),
        (
            "The National Prosecuting Authority said it would appeal.",
            "National Prosecuting Authority",
            "state",
        ),
        (
            "The Permanent Court of Arbitration ruled on the dispute.",
            "Permanent Court of Arbitration",
            "organisation",
        ),
        (
            "The European Court of Human Rights ruled on Monday.",
            "European Court of Human Rights",
            "organisation",
        ),
        (
            "The Lawyers' Association for Court Reform said the ruling was unjust.",
            "Lawyers' Association for Court Reform",
            "organisation",
        ),
    ],
)
def test_a_national_court_or_prosecution_service_is_the_state(
    text: str, name: str, kind: str
) -> None:
    """Point 4 (and session 30 point 6): a named national court or prosecution service is
    `state`; a court of several states stays `organisation`, and so does a body that only
    holds the word."""
    assert suggested_types(text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Communist Party of Nepal (Maoist Centre) won the most seats in the district.",
            "Communist Party of Nepal (Maoist Centre)",
        ),
        (
            "The National Socialist Council of Nagaland (Khaplang-Yung Aung) denied it.",
            "National Socialist Council of Nagaland (Khaplang-Yung Aung)",
        ),
        ("Leaders of the CPN (Maoist Centre) met on Monday.", "CPN (Maoist Centre)"),
    ],
)
def test_a_bracket_naming_a_faction_stays_inside_the_name(text: str, name: str) -> None:
    """Point 12: brackets naming a faction or wing in words belong to the party's one
    span, in its full name and its short form."""
    assert suggested_texts(text) == [name]


def test_a_bracketed_acronym_and_a_listed_gloss_stay_apart() -> None:
    """Point 12: an acronym in brackets is its own span; a state's name in brackets is a
    gloss, not part of the name."""
    assert suggested_texts("The People's Democratic Party (PDP) won the vote.") == [
        "People's Democratic Party",
        "PDP",
    ]
    assert suggested_texts("The Awami League (Bangladesh) issued a statement.") == ["Awami League"]


def test_a_listed_name_with_its_bracket_keeps_its_listed_type() -> None:
    """Point 12: the whole bracketed name, when listed, takes the list's type."""
    text = "Police blamed the Communist Party of India (Maoist) for the ambush."
    assert suggested_types(text) == {"Communist Party of India (Maoist)": "armed group"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers of the National Intelligence and Security Agency (Nisa) said so.",
            "National Intelligence and Security Agency",
        ),
        ("Troops of the Rapid Action Battalion (Rab) were deployed.", "Rapid Action Battalion"),
    ],
)
def test_an_acronym_in_lower_case_is_no_faction(text: str, name: str) -> None:
    """Point 12: "(Nisa)" holds the initials of the words before it: an acronym."""
    assert name in suggested_texts(text)


def test_a_bodys_name_in_its_own_language_is_tagged_as_the_body_and_speaks() -> None:
    """Point 11: "<Body>, known in <language> as <Name>, said": the name in the apposition
    is tagged with the body's type, and the quote links to it."""
    text = (
        "The Rapid Support Forces, known in Arabic as Al-Daam Al-Sarie, said: "
        '"Our fighters hold the town."'
    )
    assert suggested_types(text) == {
        "Rapid Support Forces": "armed group",
        "Al-Daam Al-Sarie": "armed group",
    }
    assert suggested_speaker(text, "Our fighters") == "Al-Daam Al-Sarie"


def test_a_persons_name_in_another_language_stays_a_person() -> None:
    """Point 11 is about bodies: a person's other name stays a person's."""
    text = "Rony Desir, known in Creole as Ti Gason, said he was innocent."
    assert suggested_types(text)["Ti Gason"] == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The commission sent its recommendations to Nepal last week.", "Nepal"),
        ("The report's recommendations to Kinshasa were ignored.", "Kinshasa"),
    ],
)
def test_a_state_sent_recommendations_is_tagged(text: str, name: str) -> None:
    """Point 3: a state, or its capital, another body sends recommendations to is the
    party expected to act: `state`."""
    assert suggested_types(text) == {name: "state"}
