"""An outlet that carried a body's words ("a communique read on Tele Tchad") is not the
body a later "the ministries said" describes (review65m found dev 914's quote given to the
outlet once media65 tagged it)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_types

_READ_ON = (
    "Niger's ministries of the interior and of defence said in a joint communique read on "
    "Tele Sahel that the attackers had fled across the border. "
)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            _READ_ON + '"The forces pursued the criminals to the border," the two ministries said.',
            "The forces",
            "Niger",
        ),
        # ... while a description of the outlet itself still names it
        (
            "The statement was read on Tele Sahel on Monday evening. "
            '"We received it at noon," the broadcaster said.',
            "We received",
            "Tele Sahel",
        ),
    ],
)
def test_an_outlet_that_carried_the_words_is_no_body_described(
    text: str, quote: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        # a listed outlet, then "Today": the outlet and the day (review65m)
        ("The spokesman told BBC Today that the offensive had stalled.", "BBC"),
        ("He told Sky News Today that the strike was over.", "Sky News"),
        # ... while an unlisted masthead keeps its "Now" (media65)
        ("A witness told Myanmar Now that six were killed.", "Myanmar Now"),
    ],
)
def test_a_listed_outlet_then_today_is_the_outlet(sentence: str, outlet: str) -> None:
    assert suggested_types(sentence) == {outlet: "media"}
