"""More of an outlet page's furniture (issue 15, ORGS18): its app and channel promotions,
republishing and disclaimer lines, its line about itself and its reporter's bio closing the
page, a dated line with its weekday under the headline. Invented pages."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.boilerplate_page import BODY, HEADLINE, pieces


@pytest.mark.parametrize(
    "bottom",
    [
        "Get the Lakeside Herald app",
        "Join Lakeside Herald on Telegram",
        "This story was first published by the Lakeside Herald.",
        "First published in the Lakeside Herald.",
        "Support Lakeside Herald's journalism. Donate today.",
        "Disclaimer: the views of our readers are not those of the Lakeside Herald.",
        "Posted in Regional News",
        "Print this article",
        "Like this:\nLike Loading...",
        "Trending\nTraders demand more patrols on Orvel road",
        "Send your news tips to the Lakeside Herald desk",
        "Lakeside Herald is an independent newspaper based in Kisumu.",
        "The Lakeside Herald is one of the oldest dailies in the region.",
        "Joseph Kamau is a senior reporter at the Lakeside Herald.",
        "Amina del Campo is a freelance journalist based in Orvel.",
        "The author is a correspondent for the Lakeside Herald in Orvel.",
    ],
)
def test_an_outlet_line_closing_the_page_is_furniture(bottom: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + bottom
    assert pieces(text) == [bottom]


def test_nothing_is_suggested_in_the_reporters_bio() -> None:
    bio = "Joseph Kamau is a senior reporter at the Lakeside Herald."
    text = HEADLINE + "\nBy Joseph Kamau\n\n" + BODY + "\n\n" + bio
    found = suggest(
        text,
        known_actors={"Lakeside Herald": "media"},
        gazetteer=load_gazetteer(),
        labels=["ACTOR"],
    )
    assert [s.start for s in found if s.start >= len(text) - len(bio)] == []


@pytest.mark.parametrize("date", ["Tuesday, December 3, 2026", "Tue 3 December 2026 10:42"])
def test_a_dated_line_with_its_weekday_under_the_headline_is_furniture(date: str) -> None:
    text = HEADLINE + "\n" + date + "\n\n" + BODY
    assert pieces(text) == [date]


@pytest.mark.parametrize(
    "last",
    [
        # the story's own last sentences, about an outlet or a reporter who is its subject
        "The Lakeside Herald said it would appeal against the ban on its reporters.",
        "Kamau, who is a reporter, was released on bail on Wednesday evening.",
        "Police said the Orvel road would be closed to traffic until Friday.",
        "Posted in a video on Tuesday, the claim could not be verified.",
    ],
)
def test_the_storys_own_last_line_stays_text(last: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + last
    assert pieces(text) == []


@pytest.mark.parametrize(
    "sign_off",
    [
        "EFE",
        "(LAKESIDE 24 with AFP)",
        "(Lakeside Herald/Reuters)",
        "\u2014 Orvel Wire",
        "dpa ab/cd xx a3 efg",
    ],
)
def test_a_wires_sign_off_closing_the_story_is_furniture(sign_off: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + sign_off + "\n\nShare"
    assert pieces(text) == [sign_off + "\n\nShare"]


def test_the_outlets_credit_under_the_headline_and_a_crosshead_stay_text() -> None:
    text = HEADLINE + "\nLHNS\n\n" + BODY + "\n\nBACKGROUND\n\n" + BODY
    assert pieces(text) == []


def test_a_press_releases_contact_line_and_notes_above_its_about_block_are_furniture() -> None:
    end = (
        "Notes to editors:\n- The LRC has worked in Orvel since 2006.\n"
        "- Photos are available on request.\n\nAbout the Lakeside Relief Committee\n"
        "The Lakeside Relief Committee helps people hit by conflict.\n\n"
        "For more information or to arrange interviews, contact the LRC press office."
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + end
    assert pieces(text) == [end]


def test_a_last_line_naming_a_country_the_largest_contributor_stays_text() -> None:
    last = "Lenvia is the largest contributor of troops to the mission."
    assert pieces(HEADLINE + "\n\n" + BODY + "\n\n" + last) == []
