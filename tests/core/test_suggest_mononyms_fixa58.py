"""FIXA58: review findings on MONO28's one-word names (`actor_mononym_in_slot`).

Sentences written for these tests (invented people and events, real places and bodies).
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts

_BEFORE = "Gunmen killed nine people in a raid on a village near Maumere on Sunday, police said. "


def _found(sentence: str) -> list[str]:
    return suggested_texts(_BEFORE + sentence)


def test_identified_thing_is_no_person() -> None:
    # A1: what is identified is a weapon, a ship, a disease: no person
    assert "Brevanko" not in _found("Analysts identified the rocket as Brevanko.")
    found = _found("Experts identified the shell casings as Torvash and Melkoran.")
    assert "Torvash" not in found
    assert "Melkoran" not in found
    assert "Selvara" not in _found("The navy identified the tanker as Selvara, a bulk carrier.")
    assert "Dravenka" not in _found("Medics identified the fever as Dravenka.")


def test_identified_people_still_named() -> None:
    # the gap names people: the dead, a person's noun, an object pronoun, who identified them
    assert "Taruni" in _found("Relatives identified the dead man as Taruni.")
    assert "Taruni" in _found("Police identified the officer as Taruni.")
    assert "Taruni" in _found("Police identified him as Taruni.")
    assert "Taruni" in _found("The victim was identified by neighbours as Taruni.")


_HEAD = "River bursts its banks in eastern Indonesia\n\n"
_BODY = (
    "\n\nAt least 11 people died on Monday when a river burst its banks after days of rain, "
    "officials said.\n"
)


def _top(line: str) -> list[str]:
    return suggested_texts(_HEAD + line + _BODY)


def test_no_writer_from_a_line_without_a_byline_word() -> None:
    # A3: a one-word line with no "By" is a section's name or a dateline's place
    assert "World" not in _top("World\n\nKupang, East Nusa Tenggara | Tue, December 2, 2026")
    assert "Insight" not in _top("Insight/Staff Reporter")
    found = _top("Sumba | The Jakarta Post | 3 December 2026")
    assert "Sumba" not in found
    assert "Jakarta Post" in found
    found = _top("Politics | Regions | The Jakarta Post")
    assert "Politics" not in found
    assert "Jakarta Post" in found
    found = _top("Politics 3 December 2026 | The Jakarta Post")
    assert "Politics" not in found
    assert "Jakarta Post" in found
    # the same line with "By" still names its writer
    assert "Taruni" in _top("By Taruni | The Jakarta Post | 3 December 2026")


def test_no_person_named_after_a_group_or_a_channel() -> None:
    # A2: what goes by / uses / is known as the name is a group, a channel, a unit
    assert "Karvosti" not in _found("A militia that goes by the name Karvosti blocked the road.")
    assert "Mellanor" not in _found(
        "The Telegram channel, which uses the name Mellanor, said the depot burned."
    )
    assert "Veldrak" not in _found("Fighters from a unit of volunteers known as Veldrak said.")


def test_person_named_after_a_person_s_noun_still_taken() -> None:
    assert "Taruni" in _found("A rebel commander who goes by the name Taruni said he was hurt.")
    assert "Taruni" in _found(
        "A spokesman for the group who uses the name Taruni said the fighters withdrew."
    )
    assert "Taruni" in _found("A drone pilot known as Taruni said the road was cut.")


def test_one_names_opening_with_a_non_ascii_capital() -> None:
    # A7: names opening with Ö, Ü, É are one-word names too
    assert "Ünal" in _found("Police named him as Ünal.")
    found = _top("By Élodie and Søren | AFP")
    assert "Élodie" in found
    assert "Søren" in found
    assert "Ömer" in _top("By Ömer | Anadolu | 03.12.2026")
