"""What the suggester finds in a made-up sentence, shaped for the CASUALTY rule tests."""

from __future__ import annotations

from typing import Any

from annotator.core.suggest import suggest


def casualties(text: str) -> dict[str, dict[str, Any]]:
    """The CASUALTY suggestions of `text`: phrase -> attributes."""
    return {text[s.start : s.end]: dict(s.attributes) for s in suggest(text, labels=["CASUALTY"])}


# (count_low, count_high, kind, victims) of one CASUALTY suggestion.
Figure = tuple[object, object, object, object]

# A made-up sentence goes after this line: the first line of a text is read as its headline.
BODY = "Report\n\n"


def figures(text: str) -> dict[str, Figure]:
    """The CASUALTY suggestions of `text`: phrase -> (count_low, count_high, kind, victims)."""
    return {
        phrase: (a.get("count_low"), a.get("count_high"), a.get("kind"), a.get("victims"))
        for phrase, a in casualties(text).items()
    }


def body_figures(sentence: str) -> dict[str, Figure]:
    """`figures` of a sentence set in an article's body, after a headline line."""
    return figures(BODY + sentence)
