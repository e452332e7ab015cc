"""WIRE26a (issue 15): a list of links under a heading alone on its line, set in the body,
is page furniture, as it is at the page's end. Link titles are invented; the states and
armed groups they name are real.
"""

from __future__ import annotations

import pytest

from tests.core.boilerplate_page import BODY, HEADLINE, pieces
from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize("heading", ["Read more", "Related stories:", "Also read", "See also"])
def test_a_list_of_links_under_its_heading_in_the_body_is_furniture(heading: str) -> None:
    links = (
        "Houthis say they downed a drone over Marib\n"
        "Aden's power cuts return as fuel ships wait offshore"
    )
    text = HEADLINE + "\n\n" + BODY + "\n\n" + heading + "\n" + links + "\n\n" + BODY
    assert pieces(text) == [heading + "\n" + links]
    assert not [n for n in suggested_texts(text) if n in ("Houthis", "Aden")]


def test_a_heading_word_over_the_bodys_prose_stays_text() -> None:
    # a heading's word over a paragraph that ends with a stop: no list under it
    text = HEADLINE + "\n\n" + BODY + "\n\nRelated\n\n" + BODY
    assert pieces(text) == []
    # ... and a sentence opening with the heading's words is the body's
    line = "Read more closely, the police statement named no suspect."
    text = HEADLINE + "\n\n" + BODY + "\n\n" + line + "\n\n" + BODY
    assert pieces(text) == []
