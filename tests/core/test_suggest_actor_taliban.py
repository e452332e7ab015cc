"""The Taliban govern Afghanistan (since August 2021) and wires name them as its
government: a state's body wherever they stand, with their government word left out;
the Pakistani Taliban stay an armed group (issue 15). Sentences are invented.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types as _types


def test_the_taliban_are_typed_as_the_government_they_are() -> None:
    assert _types("The Taliban government denied sheltering the fighters.") == {"Taliban": "state"}
    assert _types("Kabul's Taliban authorities closed the crossing.").get("Taliban") == "state"
    assert (
        _types("The Afghan Taliban administration said it would respond.").get("Afghan Taliban")
        == "state"
    )


def test_the_taliban_after_of_or_from_are_no_place() -> None:
    for text in (
        "A spokesman of the Taliban said the talks would resume.",
        "Thousands fled from the Taliban in 2021.",
    ):
        assert _types(text).get("Taliban") == "state", text


def test_the_pakistani_taliban_are_an_armed_group() -> None:
    text = "The Pakistani Taliban, or TTP, claimed the bombing of the police post."
    assert _types(text).get("Pakistani Taliban") == "armed group"
    assert _types(text).get("TTP") == "armed group"
