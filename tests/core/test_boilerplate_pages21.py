"""Outlet pages' furniture that dev 730-741 (issue 15, PAGES21) showed the rules missing:
bracketed photo credits ("(Credit: X)", "(Photo: X)"), "Photo courtesy:" lines and credits
whose name holds a dot, "Trending:" and "Also on <outlet>:" links, a closing syndication
credit with a particle in its outlet's name, "(With inputs from X)", "X staff contributed",
"This article first appeared in", an advertisement's "Click here" sentence, a five-word
masthead with "for" and "and" over the navigation, "By Our Staff Reporter". Invented pages."""

from __future__ import annotations

import pytest

from tests.core.boilerplate_page import BODY, HEADLINE, pieces
from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "credit",
    ["(Credit: Lakeside Herald)", "(Photo: Orvel Times)", "(Photo credit: Joseph Kamau)"],
)
def test_a_bracketed_credit_closing_a_caption_is_furniture(credit: str) -> None:
    caption = "[Photo] Traders queue at the Orvel market on Wednesday. " + credit
    text = HEADLINE + "\n\n" + BODY + "\n\n" + caption + "\n\n" + BODY
    assert pieces(text) == [credit]


def test_a_bracketed_aside_closing_a_sentence_stays_text() -> None:
    line = "The traders had paid the fee (a levy the council set in March)."
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY
    assert pieces(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Photo courtesy: Orvel Traders Union",
        "Photo: The market road near Orvel (Orvel.news/Archives)",
    ],
)
def test_a_photo_line_with_a_courtesy_or_a_dotted_credit_is_furniture(line: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\nTags: Orvel, traders"
    assert pieces(text) == [line + "\n\nTags: Orvel, traders"]
    assert "Orvel Traders Union" not in suggested_texts(text)


@pytest.mark.parametrize(
    "link",
    [
        "TRENDING: Governor opens new bridge over the Orvel river",
        "Also on Lakeside Herald: Traders demand escorts on county roads",
    ],
)
def test_trending_and_also_on_an_outlet_links_are_furniture(link: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + link + "\n\n" + BODY
    assert pieces(text) == [link]
    assert not [name for name in suggested_texts(text) if name in ("Governor", "Lakeside Herald")]


def test_a_sentence_saying_who_contributed_stays_text() -> None:
    line = "Meridian Wire staff said the traders contributed money for the funeral."
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY
    assert pieces(text) == []


def test_a_sentence_about_what_is_trending_stays_text() -> None:
    line = "Trending on social media, the video of the ambush drew anger across the county."
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY
    assert pieces(text) == []


@pytest.mark.parametrize(
    "closing",
    [
        "(Voice of Orvel / Meridian Wire)",
        "(With inputs from Meridian Wire)",
        "Lakeside Herald staff in Kisumu contributed to this report.",
        "Meridian Wire writer Ana Ruiz in Orvel, Kora, contributed.",
        "This article first appeared in French in Le Courrier d'Orvel.",
    ],
)
def test_a_closing_credit_or_republication_line_is_furniture(closing: str) -> None:
    text = HEADLINE + "\n\n" + BODY + "\n\n" + closing + "\n\nSign up for our newsletter"
    assert pieces(text) == [closing + "\n\nSign up for our newsletter"]
    assert suggested_texts(text).count("Meridian Wire") == 0


def test_an_advertisement_closing_the_page_is_furniture() -> None:
    text = (
        HEADLINE
        + "\n\n"
        + BODY
        + "\n\nClick here to join the Lakeside Herald WhatsApp Channel"
        + "\n\nTraders can now earn in dollars from home. Click here to learn how."
        + "\n\n\u00a9 2026 Lakeside Media Limited"
    )
    assert pieces(text)[-1].startswith("Click here to join")
    assert "Lakeside Herald" not in suggested_texts(text)


def test_a_last_paragraph_of_two_sentences_stays_text() -> None:
    last = "Traders closed their stalls on Wednesday. Markets will reopen on Friday."
    text = HEADLINE + "\n\n" + BODY + "\n\n" + last + "\n\n\u00a9 2026 Lakeside Media Limited"
    assert pieces(text) == ["\u00a9 2026 Lakeside Media Limited"]


def test_a_masthead_with_for_and_and_over_the_navigation_is_furniture() -> None:
    text = "Orvel Centre for News and Studies\n\nHome \u00bb News \u00bb Orvel\n\n" + (
        HEADLINE + "\n\n" + BODY
    )
    assert pieces(text)[0].startswith("Orvel Centre for News and Studies")
    assert "Orvel Centre for News and Studies" not in suggested_texts(text)


def test_a_headline_with_and_over_a_byline_is_no_masthead() -> None:
    text = "Traders and Drivers Protest\n\nBy Joseph Kamau\n\n" + BODY
    assert "Traders and Drivers Protest" not in "".join(pieces(text))


@pytest.mark.parametrize("byline", ["By Our Staff Reporter", "Our Bureau"])
def test_the_houses_own_byline_names_no_outlet(byline: str) -> None:
    text = HEADLINE + "\n\n" + byline + "\n\n" + BODY
    assert "Our" not in suggested_texts(text)


def test_a_desk_byline_still_names_its_outlet() -> None:
    text = HEADLINE + "\n\nLakeside Herald News Desk\n\n" + BODY
    assert "Lakeside Herald" in suggested_texts(text)


def test_a_translation_credit_naming_a_dialect_in_brackets_is_furniture() -> None:
    credit = "Translated from Kurdish (Sorani) by Lakeside Herald's English desk"
    text = HEADLINE + "\n\nBy Joseph Kamau\n" + credit + "\n\n" + BODY
    assert credit in pieces(text)
    assert "Lakeside Herald" not in suggested_texts(text)


def test_a_sentence_translated_from_a_language_in_brackets_stays_text() -> None:
    line = (
        "The letter, translated from Kurdish (Sorani) by the council, was read out on "
        "Sunday in the square."
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY
    assert pieces(text) == []
