"""People written with initials before their surname (issue 15; `scripts/perturb_check
--kinds names-initials`: ACTOR recall .978 -> .983, speaker .970 -> .977). Invented names."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker, suggested_texts
from tests.core.suggest_probes import suggested_types as _types


def test_a_titled_name_with_initials_and_its_surname_later() -> None:
    text = (
        "Report\n\nPresident A.J. Kirunda spoke to the nation on Monday. Later, Kirunda "
        "visited the camp."
    )
    types = _types(text)
    assert types["A.J. Kirunda"] == "person"
    assert suggested_texts(text).count("Kirunda") == 1


def test_initials_after_a_byline_word_a_role_or_an_apposition() -> None:
    text = (
        "From O.N. Balogun, Sokoto\n\nGunmen attacked the village. The territory's "
        'administrator, Y. Mbeki, said: "They went from house to house."'
    )
    types = _types(text)
    assert types["O.N. Balogun"] == "person"
    assert types["Y. Mbeki"] == "person"
    assert suggested_speaker(text, "They went from") == "Y. Mbeki"


def test_initials_that_spell_a_state_a_time_or_follow_a_capitalised_word_are_no_name() -> None:
    text = (
        "Report\n\nThe U.S. Embassy issued a warning. They met at 9 A.M. Monday. It was "
        "Plan B. Rebels fled."
    )
    types = _types(text)
    assert not any(name.startswith(("S. ", "M. ", "B. ")) for name in types)
    # (the state's mission named with it is the state's one name, never a person's)
    assert types.get("U.S. Embassy") in (None, "state")
    assert "A.M. Monday" not in types


def test_a_title_s_chain_before_initials_is_no_body() -> None:
    text = "Report\n\nBijapur Superintendent of Police M.Y. Tirkey said two rifles were recovered."
    types = _types(text)
    assert types["M.Y. Tirkey"] == "person"
    assert not any("Superintendent" in name for name in types)
