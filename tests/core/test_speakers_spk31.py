"""SPK31: general attribution shapes met in dev batch 882-889, on sentences written for
these tests (invented people and events; real places and bodies), driving the real
suggester."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_LEAD = "KABUL, Dec 5 (Reuters) - Gunmen attacked a clinic in Kunar province on Friday.\n\n"


# --- a person whose quote "he said" closed is no "she" later (learned gender) ---


def test_she_after_a_man_whose_quote_he_closed_goes_to_the_woman_named_before() -> None:
    text = (
        _LEAD + "A volunteer at the clinic, Farhad Noori, spoke after her colleague Leyla "
        'Sadat. "We carried the wounded on carts," he said. "Some waited three hours for '
        'a surgeon," she said.\n'
    )
    assert suggested_speaker(text, "Some waited") == "Leyla Sadat"


def test_she_in_a_later_paragraph_skips_the_man_who_spoke_last() -> None:
    text = (
        _LEAD + "Tawab Karimi, the village headman, said he had carried the wounded to a "
        'truck. "Two of them died on the way," he said.\n\n'
        "His wife, Zarmina Azizi, a teacher, was at the market when the shells fell.\n\n"
        '"I lay in the ditch until it was quiet," she said.\n'
    )
    assert suggested_speaker(text, "I lay") == "Zarmina Azizi"


def test_he_still_goes_on_with_the_man_who_spoke_last() -> None:
    # (what a pronoun taught only rules a person out; the same pronoun keeps him)
    text = (
        _LEAD + "Tawab Karimi, the village headman, said he had carried the wounded to a "
        'truck. "Two of them died on the way," he said.\n\n'
        "His wife, Zarmina Azizi, a teacher, was at the market when the shells fell.\n\n"
        '"We will bury them tomorrow," he said.\n'
    )
    assert suggested_speaker(text, "We will bury") == "Tawab Karimi"


# --- someone unnamed, an indefinite noun phrase, speaks in the sentence before ---

_SPOKESMAN = (
    "Provincial spokesman Tariq Wazir said an inquiry had been ordered. "
    '"We will not leave our police alone," the spokesman said.\n\n'
)


def test_he_after_an_unnamed_shopkeeper_with_a_clause_is_nobody_named() -> None:
    text = (
        _LEAD + _SPOKESMAN + "A shopkeeper, who did not want to be named, said he had closed "
        'early for a week. "Nobody is on the road after dark," he said.\n'
    )
    assert suggested_speaker(text, "Nobody is") is None


def test_he_after_an_unnamed_mechanic_from_a_town_is_nobody_named() -> None:
    text = (
        _LEAD + _SPOKESMAN + "A mechanic from Asadabad, whose garage stands by the road, said "
        'he had heard the blast. "We slept in the orchard with the children," he said.\n'
    )
    assert suggested_speaker(text, "We slept") is None


def test_he_after_an_unnamed_driver_with_a_relative_clause_is_nobody_named() -> None:
    text = (
        _LEAD + _SPOKESMAN + "A driver who works the Jalalabad road said he had been stopped "
        'twice. "They checked every phone in the bus," he said.\n'
    )
    assert suggested_speaker(text, "They checked") is None


def test_a_named_apposition_keeps_the_named_speaker() -> None:
    text = (
        _LEAD + _SPOKESMAN + "A shopkeeper, Gul Zaman Afridi, said he had closed early for a "
        'week. "Nobody is on the road after dark," he said.\n'
    )
    assert suggested_speaker(text, "Nobody is") == "Gul Zaman Afridi"
