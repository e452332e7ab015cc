"""A site's navigation above the headline is page furniture: a <nav> line of links
("Home World Subscribe"), links between separators ("Home | World | Africa") or one to a
line, and skip links. Headlines that start with the same words stay text."""

from __future__ import annotations

import pytest

from annotator.core.boilerplate import boilerplate_ranges
from annotator.formats.html import read_html

HEADLINE = "Shelling of market kills 9 in Kassala, officials say"
BODY = (
    "KASSALA, May 3 (Meridian Wire) - Shelling killed nine civilians in a market in "
    "eastern Sudan on Friday, local officials said, blaming the Rapid Support Forces.\n\n"
    '"We buried them before noon," said Amira Saleh, a teacher.\n'
)


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in boilerplate_ranges(text)]


@pytest.mark.parametrize(
    "navigation",
    [
        "Home World Subscribe",
        "Home | World | Africa",
        "World › Africa › Sudan",
        "Home / World / Africa",
        "Politics • Business • Middle East • Opinion",
        "Home\nWorld\nAfrica",
        "Skip to content\nHome | World | Africa",
        "Jump to navigation\nOpen menu\nSign in",
    ],
)
def test_a_navigation_line_above_the_headline_is_furniture(navigation: str) -> None:
    text = navigation + "\n\n" + HEADLINE + "\n\n" + BODY
    assert _pieces(text) == [navigation]


@pytest.mark.parametrize(
    "headline",
    [
        "Home demolitions resume in Masafer Yatta",
        "Home Secretary Visits Kassala Market",
        "World Cup match in Kassala called off",
        "Live: shelling of Kassala market",
        "Sudan war | Day 400",
        "Africa's longest war enters its third year",
        "Search for survivors in Kassala",
        "By Amira Saleh | Meridian Wire | Kassala",
    ],
)
def test_a_headline_that_starts_like_navigation_stays_text(headline: str) -> None:
    for above in ("", "Skip to content\nHome | World | Africa\n\n"):
        text = above + headline + "\n\n" + BODY
        assert all(headline not in piece for piece in _pieces(text)), (above, headline)


def test_the_nav_element_of_an_imported_page_is_furniture() -> None:
    page = (
        "<html><head><title>Kassala</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/s">Subscribe</a></nav>'
        f"<h1>{HEADLINE}</h1><p>Share on Facebook Share on X Email</p>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in BODY.split("\n\n"))
        + "</body></html>"
    )
    text = read_html(page.encode(), "kassala.html").items[0].document.text
    assert _pieces(text) == ["Home World Subscribe", "Share on Facebook Share on X Email"]
