"""A site's name heading an outlet's page above its headline (its masthead) is no actor,
while the same outlet named under the headline (a byline or credit) or in the story is
(issue 15, ORGS18: mastheads were suggested as media on outlet pages). Invented pages."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

KNOWN = {"Lakeside Herald": "media", "Mvita Today": "media", "Mvita": "state"}
HEADLINE = "Gunmen kill five traders on Orvel road, police say"
BODY = (
    "Gunmen killed five traders on the road to Orvel on Tuesday, police said, in the "
    "third attack on the route this month.\n\n"
    '"They were ambushed at dawn," said police commander Peter Otieno.\n'
)


def _actors(text: str) -> list[str]:
    found = suggest(text, known_actors=KNOWN, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    "top",
    [
        "Lakeside Herald",
        "The Lakeside Herald",
        "LAKESIDE HERALD",
        "Lakeside Herald\nRegional",
        "Lakeside Herald | News | Politics",
        "Lakeside Herald\nDecember 3, 2026",
    ],
)
def test_the_masthead_above_the_headline_is_no_actor(top: str) -> None:
    text = top + "\n\n" + HEADLINE + "\n\n" + BODY
    assert _actors(text) == ["Peter Otieno"]


def test_a_state_inside_the_masthead_is_no_actor_either() -> None:
    text = "Mvita Today\n\n" + HEADLINE + "\n\n" + BODY
    assert _actors(text) == ["Peter Otieno"]


def test_the_outlet_under_the_headline_and_in_the_story_stays_an_actor() -> None:
    text = (
        "Lakeside Herald\n\n"
        + HEADLINE
        + "\nBy Joseph Kamau, Lakeside Herald\n\n"
        + BODY
        + "The commander told the Lakeside Herald that patrols would be doubled.\n"
    )
    assert _actors(text) == [
        "Joseph Kamau",
        "Lakeside Herald",
        "Peter Otieno",
        "Lakeside Herald",
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # a headline opening the page names its actor
        ("Lakeside Herald says five traders killed\n\n" + BODY, "Lakeside Herald"),
        # a page of one line has no masthead
        ("Lakeside Herald", "Lakeside Herald"),
        # a dateline's outlet after a dash is the report's credit
        ("Lakeside Herald - Orvel, Dec. 3\n\n" + HEADLINE + "\n\n" + BODY, "Lakeside Herald"),
    ],
)
def test_an_actor_opening_the_page_otherwise_stays(text: str, actor: str) -> None:
    assert actor in _actors(text)
