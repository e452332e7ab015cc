"""SPK31: general attribution shapes met in dev batch 882-889, on sentences written for
these tests (invented people and events; real places and bodies), driving the real
suggester."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

_LEAD = "KABUL, Dec 5 (Reuters) - Gunmen attacked a clinic in Kunar province on Friday.\n\n"


# --- '"...," the <Title> said': the person the text gave that title ---

_PESHAWAR = "PESHAWAR, Dec 5 (Reuters) - Militants attacked a police post in Bannu on Friday.\n\n"


def test_the_sp_is_the_person_whose_bracketed_title_it_is() -> None:
    text = (
        _PESHAWAR + "The firing began at dawn, said Abdul Karim Yousafzai, superintendent of "
        "police (SP) of Bannu. Residents said two houses burned. "
        '"We found four bodies," the SP said.\n'
    )
    assert suggested_speaker(text, "We found") == "Abdul Karim Yousafzai"


def test_the_ugaas_is_the_person_that_title_stands_before() -> None:
    text = (
        _PESHAWAR + "The elders are led by Ugaas Xasan Cabdi Warfaa, who said the families "
        'would stay. "Our grandfathers farmed this land," the Ugaas said.\n'
    )
    assert suggested_speaker(text, "Our grand") == "Xasan Cabdi Warfaa"


def test_a_title_nobody_was_given_names_nobody() -> None:
    text = (
        _PESHAWAR + "The firing began at dawn, said Abdul Karim Yousafzai, a shopkeeper. "
        'Residents said two houses burned. "We found four bodies," the SP said.\n'
    )
    assert suggested_speaker(text, "We found") is None


def test_the_ig_is_not_the_deputy_inspector_general() -> None:
    text = (
        "PESHAWAR, Pakistan, Dec 5 (Reuters) - Gunmen attacked a police post in Khyber "
        "Pakhtunkhwa on Friday.\n\nThe regional deputy inspector general of police, Tariq "
        'Mehmood Shah, visited the post on Saturday.\n\n"We will find the attackers," the IG '
        "said."
    )
    assert suggested_speaker(text, "We will find") != "Tariq Mehmood Shah"
