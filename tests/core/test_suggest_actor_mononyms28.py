"""MONO28: people named by one word, taken where the page's grammar wants a person.

Sentences written for these tests (invented people and outlets' lines, real places).
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts, suggested_types

_HEAD = "Gunmen kill 11 in raid on Kupang market\n\n"
_BODY = (
    "\n\nAt least 11 traders were killed on Monday when gunmen opened fire at a market "
    "outside Kupang, police said.\n\nBy Tuesday, most of the stalls had been shut.\n"
)


def _byline(line: str) -> list[str]:
    return suggested_texts(_HEAD + line + _BODY)


def test_one_name_writers_after_by_and_a_bar() -> None:
    assert "Taruni" in _byline("By Taruni | The Jakarta Post | 3 December 2026")
    found = _byline("By Taruni and Wirasena\nAssociated Press")
    assert "Taruni" in found
    assert "Wirasena" in found


def test_no_byline_of_a_section_or_a_date_word() -> None:
    # (lines with no "By" give no writer at all since FIXA58; these shapes once did)
    assert "Politics" not in _byline("Politics 3 December 2026 | The Jakarta Post")
    assert "Exclusive" not in _byline("Exclusive | 3 December 2026")
    assert "Politics" not in _byline("Politics | Regions | The Jakarta Post")
    assert "Tuesday" not in _byline("By Tuesday and Wednesday")


_BEFORE = "Gunmen killed nine people in a raid on a village near Maumere on Sunday, police said. "


def _set_off(sentence: str) -> list[str]:
    return suggested_texts(_BEFORE + sentence)


def test_one_name_set_off_after_a_role_then_a_verb_of_saying() -> None:
    found = _set_off("Two elders in Maumere, Taruni and Wirasena, said the men came at dawn.")
    assert "Taruni" in found
    assert "Wirasena" in found
    assert "Taruni" in _set_off(
        "The Senior Divisional Officer (SDO) for Sikka, Taruni, confirmed the toll."
    )


def test_one_name_set_off_after_a_person_then_was() -> None:
    assert "Taruni" in _set_off("The girl shot on Sunday, Taruni, was walking to school.")
    assert "Taruni" in _set_off("Among the dead was a former MP, Taruni, whose car was hit.")


def test_no_person_set_off_after_a_body_or_a_place() -> None:
    party = suggested_types(_BEFORE + "The opposition leader's party, Koting, said it would march.")
    assert party.get("Koting") == "organisation"
    # a phrase in lower case, so that its last common noun ("town") is what decides; the
    # person set off after a farmer in the same text shows the rule ran
    found = _set_off(
        "Two traders in the main town, Koting, said prices had doubled. A farmer in the "
        "hills, Taruni, said the same."
    )
    assert "Koting" not in found
    assert "Taruni" in found


def test_one_names_after_the_words_that_give_a_name() -> None:
    found = _set_off("Police named them as Taruni and Wirasena.")
    assert "Taruni" in found
    assert "Wirasena" in found
    found = _set_off("The dead were identified as Taruni (41) and Wirasena (19), both traders.")
    assert "Wirasena" in found
    assert "Taruni" in _set_off("A fighter who goes by the name Taruni says recruits are young.")
    assert "Taruni" in _set_off(
        '"We lost the harvest," said Wirasena, a farmer known in the village as Taruni.'
    )


def test_no_person_known_as_after_a_place_nor_a_demonym_identified() -> None:
    assert "Koting" not in _set_off("They fled to a hamlet known as Koting.")
    assert "Russian" not in _set_off("The army said the men it identified as Russian had left.")


def test_one_name_after_an_office_s_title_chain_before_a_verb_of_saying() -> None:
    assert "Taruni" in _set_off(
        "Superintendent of Police (Sikka) Taruni said the shots came from a ridge."
    )
    assert "Taruni" in _set_off(
        "Minister of Internal Security Taruni told reporters the killers would be found."
    )


def test_no_person_after_a_title_chain_without_a_verb_of_saying() -> None:
    assert "Koting" not in _set_off("Superintendent of Police (Sikka) Koting station was shut.")
