"""A body's name in its own language after "known in <language> as" is an actor of the
body's type (issue 15, ACTORS16; the guideline: "the Civil Defence, known in Arabic as
Al-Difaa, said" -> `Al-Difaa`). Every sentence is invented."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_types


def test_a_bodys_name_in_its_own_language_is_tagged_with_its_type() -> None:
    text = "Five members of the General Security, known in Arabic as al-Amn al-Amm, died."
    assert suggested_types(text).get("al-Amn al-Amm") == "state"


def test_the_own_language_name_after_the_bodys_acronym() -> None:
    text = (
        "Three soldiers of the Rapid Response Battalion (RRB), known in French as the "
        "Bataillon d'Intervention Rapide, were killed on Tuesday."
    )
    found = suggested_types(text)
    # (the type the brackets' definition gives the acronym: the same body)
    assert found.get("Bataillon d'Intervention Rapide") == found.get("RRB") is not None


def test_a_places_or_a_persons_other_name_is_no_body() -> None:
    # guard: what is known so is no body
    assert suggested_types("The valley, known in Arabic as Sahl Hamra, was shelled.") == {}
