"""Outlet pages' furniture that dev 650-661 (issue 15, PAGES19) showed the rules missing: a
photo's credit closing its caption's line, a gallery's "Photos:" headline, comment counts in
brackets, an opinion page's disclaimer, a newsletter's browser and forwarding lines, channel
promotions, a correspondent "of" the outlet, "You may also like:" links. Invented pages."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.boilerplate_page import BODY, HEADLINE, pieces


@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Lakeside Herald",
        "Photo: Joseph Kamau / Lakeside Herald",
        "Image credit: Orvel County Police",
        "(Meridian Wire photo)",
        "[Joseph Kamau/Meridian Wire]",
        "[Courtesy of the Lakeside Relief Committee]",
    ],
)
def test_a_photos_credit_closing_its_caption_is_furniture(credit: str) -> None:
    caption = "[Photo] Traders queue at the Orvel market on Wednesday. " + credit
    text = HEADLINE + "\n\n" + BODY + "\n\n" + caption + "\n\n" + BODY
    assert pieces(text) == [credit]


def test_a_credit_after_a_caption_without_a_stop_is_furniture() -> None:
    caption = "Traders at the Orvel market on Wednesday (Meridian Wire photo)"
    text = HEADLINE + "\n\n" + BODY + "\n\n" + caption + "\n\n" + BODY
    assert pieces(text) == ["(Meridian Wire photo)"]


def test_nothing_is_suggested_in_a_captions_credit() -> None:
    caption = "[Photo] Traders queue at the Orvel market on Wednesday. Photo: Lakeside Herald"
    text = HEADLINE + "\n\n" + BODY + "\n\n" + caption
    found = suggest(
        text,
        known_actors={"Lakeside Herald": "media"},
        gazetteer=load_gazetteer(),
        labels=["ACTOR"],
    )
    assert [text[s.start : s.end] for s in found if s.start >= len(text) - 20] == []


@pytest.mark.parametrize(
    "line",
    [
        # the body's own sentences and captions without a credit stay text
        "He showed reporters a photo: the shop had burned to the ground.",
        "[Photo] Traders queue at the Orvel market on Wednesday.",
        "[3/8] Traders queue at the Orvel market on Wednesday.",
        "The council said the photo was taken in 2019 (a claim residents deny).",
    ],
)
def test_a_line_without_a_closing_credit_stays_text(line: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY
    assert pieces(text) == []


def test_a_gallerys_photos_headline_stays_text_under_the_masthead() -> None:
    headline = "Photos: Families return to Orvel after a week of fighting"
    text = "Lakeside Herald\n\nNews | Gallery | Conflict\n\n" + headline + "\n\n" + BODY
    assert pieces(text) == ["Lakeside Herald\n\nNews | Gallery | Conflict"]


@pytest.mark.parametrize(
    "bottom",
    [
        "Comments (12) \u00b7 Please read our comment policy before commenting.",
        "The views expressed are those of the author and not of the Lakeside Herald.",
        "Lakeside Herald is now on WhatsApp. Join our channel for the latest news.",
        "Joseph Kamau is an Orvel-based correspondent of the Lakeside Herald.",
        "The Lakeside Herald is a nonprofit newsroom. Support our work.",
        # (seen closing dev 319, 347, 425 and 492)
        "JKL // MN",
        "Note from the author:\nHi, this is Amina, the author of this story. If you value "
        "this reporting, support the Lakeside Herald.",
        "Download The Lakeside Herald Daily News App for the latest news.",
        "If you see a mistake, please select the text and press Ctrl+Enter.",
    ],
)
def test_an_outlet_line_closing_the_page_is_furniture(bottom: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + bottom
    assert pieces(text) == [bottom]


@pytest.mark.parametrize(
    "last",
    [
        "The minister is now on leave, officials said.",
        "Kamau, a correspondent of many years, said the road had never been this bad.",
        "The views of residents were not sought before the curfew, the council said.",
        '"If you value your life, leave the valley," the commander told the elders.',
        "The group is on Telegram.",
        "If you see an army truck on the road, you turn back, drivers said.",
    ],
)
def test_the_storys_own_last_line_stays_text(last: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + last
    assert pieces(text) == []


def test_a_newsletters_browser_and_forwarding_lines_are_furniture() -> None:
    top = (
        "View this email in your browser\n\nLakeside Herald | Morning Brief\n\n"
        "Thursday, 4 December 2026\n\nForwarded this email? Subscribe here for free."
    )
    text = top + "\n\nGood morning. This week: " + BODY
    assert "\n\n".join(pieces(text)) == top


def test_a_you_may_also_like_link_between_paragraphs_is_furniture() -> None:
    link = "YOU MAY ALSO LIKE: Army retakes the Orvel road: what comes next?"
    text = HEADLINE + "\n\n" + BODY + "\n\n" + link + "\n\n" + BODY
    assert pieces(text) == [link]


def test_a_long_promotion_paragraph_closing_the_page_is_furniture() -> None:
    bottom = (
        "Share this article\n\nBecome a member of the Lakeside Herald\n\n"
        "Support our journalism and become more involved in our community. Help us deliver "
        "informative, accessible, independent journalism that you can trust and that holds "
        "to account those who govern the towns and villages along the lake shore.\n\nJoin"
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + bottom
    assert pieces(text) == [bottom]


def test_a_long_last_paragraph_of_prose_stays_text() -> None:
    last = (
        "Support for the ceasefire has grown among traders on the Orvel road, who say the "
        "attacks have cut their income by half this year, and the county assembly is due to "
        "debate a motion on Thursday that would fund more patrols along the route to the lake."
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + last
    assert pieces(text) == []


def test_a_long_link_title_after_its_heading_is_furniture() -> None:
    link = (
        "Read more: What is the United Traders' Defence Council, the armed alliance that "
        "controls most of the Orvel road?"
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + link + "\n\n" + BODY
    assert pieces(text) == [link]


@pytest.mark.parametrize(
    "note",
    ["(Adds police chief's comment, background)", "(Updates toll in paragraph 3)"],
)
def test_a_wires_update_note_between_paragraphs_is_furniture(note: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + note + "\n\n" + BODY
    assert pieces(text) == [note]


def test_a_bracketed_aside_of_the_body_stays_text() -> None:
    aside = "(Additional patrols were sent to the Orvel road on Wednesday, police said.)"
    text = HEADLINE + "\n\n" + BODY + "\n\n" + aside + "\n\n" + BODY
    assert pieces(text) == []
