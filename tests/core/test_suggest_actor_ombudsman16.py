"""A state's rights office named by its holder's title after "the" or a possessive is
the office, `state` (guideline, open point k; issue 15, ACTORS16). Invented sentences."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts, suggested_types


def test_a_states_ombudsman_before_an_aside_is_the_office() -> None:
    text = "Chile's Ombudsman, an oversight body set up in 2012, said it had visited the jail."
    assert suggested_types(text).get("Ombudsman") == "state"
    text = "The country's Public Defender, Ana Rios, said her staff had seen the detainees."
    assert "Public Defender" in suggested_texts(text)
    text = "He would ask the Protector of Citizens, the state's ombudsman, to visit them."
    assert "Protector of Citizens" in suggested_texts(text)


def test_the_title_before_a_name_or_the_offices_own_name_stays_as_it_was() -> None:
    # guard: a title before its holder's name, and the "Ombudsman's Office" as one name
    text = '"The roads are closed," Ombudsman Lucia Cardenas told reporters on Monday.'
    assert "Ombudsman" not in suggested_texts(text)
    text = "The Ombudsman's Office said 300 families had fled."
    assert suggested_texts(text) == ["Ombudsman's Office"]
