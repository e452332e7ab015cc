"""A site's navigation above the headline is page furniture: a <nav> line of links
("Home World Subscribe"), links between separators ("Home | World | Africa") or one to a
line, and skip links. Headlines that start with the same words stay text."""

from __future__ import annotations

import pytest

from annotator.formats.html import read_html
from tests.core.boilerplate_page import pieces

HEADLINE = "Shelling of market kills 9 in Kassala, officials say"
BODY = (
    "KASSALA, May 3 (Meridian Wire) - Shelling killed nine civilians in a market in "
    "eastern Sudan on Friday, local officials said, blaming the Rapid Support Forces.\n\n"
    '"We buried them before noon," said Amira Saleh, a teacher.\n'
)


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
    assert pieces(text) == [navigation]


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
        assert all(headline not in piece for piece in pieces(text)), (above, headline)


def test_the_nav_element_of_an_imported_page_is_furniture() -> None:
    page = (
        "<html><head><title>Kassala</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/s">Subscribe</a></nav>'
        f"<h1>{HEADLINE}</h1><p>Share on Facebook Share on X Email</p>"
        + "".join(f"<p>{paragraph}</p>" for paragraph in BODY.split("\n\n"))
        + "</body></html>"
    )
    text = read_html(page.encode(), "kassala.html").items[0].document.text
    assert pieces(text) == ["Home World Subscribe", "Share on Facebook Share on X Email"]


@pytest.mark.parametrize(
    "table",
    [
        "Province | Killed | Wounded\nKessel dam | 3 | 11",
        "Killed | Wounded | Missing\n3 | 11 | 2",
        "News Politics Economy\nThe ministry's three reports were cited.",
    ],
)
def test_navigation_shapes_count_only_above_the_headline_not_in_the_body(table: str) -> None:
    # A table of the article at its end reads like "Home | World | Africa"; it stays text.
    text = "Skip to content\nHome | World | Africa\n\n" + HEADLINE + "\n\n" + BODY + "\n\n" + table
    found = pieces(text)
    assert found[0] == "Skip to content\nHome | World | Africa"
    assert all(table.splitlines()[0] not in piece for piece in found), found
    assert all(table.splitlines()[-1] not in piece for piece in found), found
    # ... while the furniture the end really has is still found after such a table.
    closing = text + "\n\nShare this article\n\u00a9 2026 Meridian Wire"
    assert pieces(closing)[-1] == "Share this article\n\u00a9 2026 Meridian Wire"
