"""A masthead carrying its tagline on the page's first line, above the headline, is page
furniture by itself ("Orvel Herald - Latest Kenyan News", "Orvel24 | English edition",
"Orvel.ke news agency", "Orvel Times (Kenya)"); an outlet's name opening the headline itself
("Reuters - Gunmen kill 5"), or a first line over the body's prose, stays text. Invented
pages (issue 15, mast25)."""

from __future__ import annotations

import pytest

from annotator.core.text import headline
from tests.core.boilerplate_page import BODY, HEADLINE, pieces
from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "masthead",
    [
        "Orvel Herald - Latest Kenyan News",
        "Lakeside Daily \u2013 Kenyan News Agency",
        "Orvel24 | English edition",
        "Orvel.ke news agency",
        "OrvelPress. East African News Agency",
        "Lakeside Herald: Kenya's Leading News Website",
        "Orvel Times (Kenya)",
        "OrvelNow (Kenya)",
    ],
)
def test_a_masthead_with_its_tagline_above_the_headline_is_furniture(masthead: str) -> None:
    text = masthead + "\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == [masthead]
    assert headline(text) == HEADLINE
    assert not [name for name in suggested_texts(text) if name in masthead]


@pytest.mark.parametrize(
    "first",
    [
        # an outlet's name opening the headline itself: a verb or a figure in lower case
        "Reuters - Gunmen kill 5 traders on Orvel road",
        "Lakeside Herald: reporter wounded in Orvel ambush",
        # a title-case headline closed by a kind word, over the body's prose
        "Kenya: Gunmen Attack Orvel Radio",
        # a place in brackets after a name that is no masthead's
        "Orvel (Kenya)",
    ],
)
def test_a_first_line_that_is_the_headline_stays_text(first: str) -> None:
    text = first + "\n\n" + BODY
    assert pieces(text) == []
    assert headline(text) == first
