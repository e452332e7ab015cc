"""A site's name on the page's first line above its navigation, and a section pair
("Politics | Somalia") opening the page, are page furniture (issue 15: outlet and state
names there were suggested as actors). Invented pages."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.boilerplate_page import pieces

HEADLINE = "Gunmen kill 6 at cattle market in Lower Kora, officials say"
BODY = (
    "KORAMA, May 3 (Meridian Wire) - Gunmen killed six traders at a cattle market in "
    "the south of the country on Friday, local officials said.\n\n"
    '"They came at dawn," said Halima Dore, a trader.\n'
)


@pytest.mark.parametrize(
    "top",
    [
        "Lower Kora Evening Star\nHome / Regions / South",
        "Diário da Savana\nHome / Politics",
        "Politics | Somalia",
        "Conflicts | Sudan",
        "Kora Herald\nNEWS | South-East",
    ],
)
def test_a_masthead_or_section_pair_above_the_headline_is_furniture(top: str) -> None:
    text = top + "\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == [top]


def test_no_actor_is_suggested_in_the_masthead_or_section_pair() -> None:
    text = "Politics | Somalia\n\n" + HEADLINE + "\n\n" + BODY
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert "Somalia" not in {text[s.start : s.end] for s in found}


@pytest.mark.parametrize(
    "top",
    [
        # a headline's first line, not a masthead over navigation: text
        "Somalia and Kenya agree truce",
        # a masthead with no navigation under it stays (the guideline's byline outlet)
        "Lower Kora Evening Star",
        # a byline with a bar is no section pair
        "By Halima Dore | Kora Herald",
    ],
)
def test_a_headline_or_byline_at_the_top_stays_text(top: str) -> None:
    text = top + "\n\n" + HEADLINE + "\n\n" + BODY
    assert top not in pieces(text)


def test_a_pair_lower_down_is_no_navigation() -> None:
    # guard: two items divided by a bar under the headline are no section pair
    text = HEADLINE + "\n\nHalima Dore | Kora Herald\n\n" + BODY
    assert "Halima Dore | Kora Herald" not in pieces(text)
