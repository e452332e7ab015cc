"""`actor_surname_mentions` and a person's name written after "the".

A name some person rule took ("loyal to Bako Lenga") and that the text later writes after
"the" ("the Bako Lenga had taken the road") is no person there. It was typed as a body only
by default; now it is a body only where the text or the name says so (a description or
apposition, a body's kind word), and otherwise it is not suggested at all: an organisation
nothing in the text names is a false span in the training data.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest


def actor_spans(text: str) -> list[tuple[str, object]]:
    return [
        (text[s.start : s.end], s.attributes.get("type")) for s in suggest(text, labels=["ACTOR"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fighters loyal to Bako Lenga attacked the village. Residents said the Bako Lenga had"
        " taken the road.",
        "Mayor Tiro Amadou visited the camp. Residents said the Tiro Amadou had closed the market.",
    ],
)
def test_a_person_name_after_the_with_nothing_naming_a_body_is_not_retyped(text: str) -> None:
    found = actor_spans(text)
    assert all(kind == "person" for _, kind in found), found
    assert len(found) == 1, found


def test_a_name_after_the_that_the_text_describes_keeps_its_body_type() -> None:
    text = (
        "Dimitri Varo leads the group. Later the Comuneros del Sur, a smaller armed group, said"
        " it had withdrawn. The Comuneros del Sur accused the army."
    )
    assert ("Comuneros del Sur", "armed group") in actor_spans(text)


def test_a_name_after_the_holding_a_bodys_kind_word_is_still_a_body() -> None:
    text = (
        "Fighters loyal to Bako Lenga attacked the village. Residents said the Bako Lenga"
        " Movement had taken the road."
    )
    kinds = dict(actor_spans(text))
    assert kinds.get("Bako Lenga Movement") in {"organisation", "armed group"}, kinds
