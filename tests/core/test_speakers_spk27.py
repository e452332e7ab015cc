"""Speakers (issue 15, SPK27): classes of dev speaker misses that generalise, checked with
the real suggester on sentences written for these tests (invented events and people; real
states and bodies)."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

# ---------- a protected witness, named by a code or with the name withheld, is nobody


def test_a_witness_identified_only_by_a_code_is_no_named_speaker() -> None:
    text = (
        "Omar Haidari Nasser, 51, has pleaded not guilty to all charges.\n\n"
        "The witness, identified only by the code K-7, testified with his voice distorted. "
        "Led by the prosecution, he said the soldiers had burned the houses. "
        '"We ran into the orchards and waited there until the morning," he said.'
    )
    assert suggested_speaker(text, "We ran into") is None


def test_a_witness_whose_name_the_judge_ordered_withheld_is_no_named_speaker() -> None:
    text = (
        "Pedro Ramírez Ochoa, 44, is accused of ordering the killings in Chocó.\n\n"
        "The first witness, a nurse whose name the judge ordered withheld, spoke from "
        "behind a curtain. She said the men arrived after midnight. "
        '"They took my brother from the clinic," she told the court.'
    )
    assert suggested_speaker(text, "They took my") is None


def test_a_witness_named_after_the_code_is_still_the_speaker() -> None:
    # the code comes first, the name after it: the pronoun stands for the named witness
    text = (
        "The witness, identified only by the code K-7 in earlier hearings, is Samir "
        "Haddad Karimi, a baker from Homs.\n\n"
        'He said the soldiers came at night. "We ran into the orchards," he said.'
    )
    assert suggested_speaker(text, "We ran into") == "Samir Haddad Karimi"


# ---------- "The statement, <aside>, urged ..." and "The <noun>'s statement said ..."

_KNU_POST = (
    "In a statement posted on its Facebook page, the Karen National Union (KNU) said the "
    'shelling had hit a school in Hpapun. "No fighters were in the village," it said.\n\n'
    "Thai officials said 300 villagers had crossed the Moei river overnight.\n\n"
)


def test_a_statement_with_an_aside_before_its_verb_is_its_issuers() -> None:
    text = _KNU_POST + (
        "The statement, which was issued in Burmese and English, urged the United Nations "
        'to "send monitors to the border".'
    )
    assert suggested_speaker(text, "send monitors") == "KNU"


def test_a_statement_owned_by_a_bodys_noun_is_that_bodys() -> None:
    text = _KNU_POST + (
        "The union's statement, signed by its chairman, described the shelling as "
        '"a crime against farmers".'
    )
    assert suggested_speaker(text, "a crime against") == "KNU"


def test_an_aside_naming_the_sender_gives_the_sender() -> None:
    text = _KNU_POST + (
        "The letter, sent on Monday by the Ministry of Foreign Affairs of Thailand, said "
        'Bangkok would "not allow its territory to be used by armed groups".'
    )
    assert suggested_speaker(text, "not allow its") == "Ministry of Foreign Affairs of Thailand"
