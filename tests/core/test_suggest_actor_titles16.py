"""Offices of elected, local, church and court officials before a name stay out of the
person's span, as "Governor" does (issue 15, ACTORS16). Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    "title", ["Prefect", "Congresswoman", "Sarpanch", "Coroner", "Archdeacon", "Headman"]
)
def test_an_office_before_a_name_is_no_part_of_it(title: str) -> None:
    text = f"Shops stayed shut on Monday. {title} Nadia Orlova Benitez told reporters six died."
    assert suggested_texts(text) == ["Nadia Orlova Benitez"]


def test_an_office_word_closing_a_name_stays() -> None:
    # guard: a surname spelt like an office is the person's
    text = "Shops stayed shut on Monday. Nadia Warden told reporters that six people died."
    assert suggested_texts(text) == ["Nadia Warden"]


def test_a_retired_mark_after_no_rank_makes_no_person() -> None:
    # guard: only a rank before the brackets makes the name after them a person's
    assert suggested_texts("The Sector (Rtd) Command said it was ready to deploy.") == []
