"""A named court or legislature that is only where something is said or held, "in" it as
"at" it, is a place (guideline, session 32 point 4: "appeared at Lisburn Magistrates'
Court"), as a legislature is where a speech is made (issue 15, WIRE21: dev 289 "their trial
opened in the Durban High Court", 421 "stated in the National Assembly"); one that acts or
is appealed to is a party. Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Their trial opened in the Nakuru High Court on Monday.", "High Court"),
        (
            "As the minister told lawmakers in the National Assembly on Friday, talks had failed.",
            "Assembly",
        ),
        ("The case was heard in the Federal High Court in Abuja last week.", "High Court"),
    ],
)
def test_a_court_or_legislature_named_as_a_venue_is_a_place(text: str, name: str) -> None:
    assert not [span for span in suggested_texts(text) if name in span]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Nakuru High Court ruled on Monday that the detentions were unlawful.",
            "Nakuru High Court",
        ),
        ("He said he would appeal to the Supreme Court of Kenya.", "Supreme Court of Kenya"),
        ("The National Assembly extended the state of emergency on Friday.", "National Assembly"),
    ],
)
def test_a_court_or_legislature_that_acts_is_a_party(text: str, name: str) -> None:
    assert name in suggested_texts(text)
