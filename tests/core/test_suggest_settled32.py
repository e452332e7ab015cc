"""The rules against the guideline points settled in session 32 (sample_articles/README.md,
"Open points settled (session 32)"). Sentences are invented for the test."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types


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
