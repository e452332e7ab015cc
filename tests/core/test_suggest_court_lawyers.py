"""ACTOR: the lawyers of a courtroom named by their role in lower case before the name
("Defence counsel X Y", "defence advocate X Y", "solicitor X Y"), as "lawyer X Y" was;
sentences written for these tests (invented people and cases)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Defence counsel Marek Zielinski objected to the question.", "Marek Zielinski"),
        ("Defence counsel Hélène Dufresne-Mbaye asked for a pause.", "Hélène Dufresne-Mbaye"),
        ("The defence advocate Thabo Mokoena called two witnesses.", "Thabo Mokoena"),
        ("Solicitor Aoife Brennan said her client would appeal.", "Aoife Brennan"),
    ],
)
def test_a_court_lawyer_s_role_before_a_name_leaves_the_name(text: str, name: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert not any(s.lower().startswith(("defence", "counsel", "solicitor")) for s in found)


def test_counsel_without_a_name_after_is_no_actor() -> None:
    text = "The judge reminded counsel that the witness could ask for a pause at any time."
    assert suggested_texts(text) == []
