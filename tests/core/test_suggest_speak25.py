"""Speakers named before the quote by a description of a body named before (issue 15,
SPEAK25): the classes the untuned runs of the two newest development batches (742-765,
776-785) showed failing, checked with the real suggester on sentences written for these
tests (invented events and people; real states and bodies)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

# ---------- "the <noun>'s <unit> said": the body named before by its name's last word


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The Tigray Interim Administration accused Asmara of blocking aid. In a statement, "
            'the administration\'s cabinet said: "The people of Irob cannot wait any longer."',
            "The people of Irob",
            "Tigray Interim Administration",
        ),
        (
            "Syrian Civil Defence said its teams had pulled four people from the rubble. In a "
            "statement on Sunday, the civil defence's media office said: \"Our teams worked "
            'through the night."',
            "Our teams",
            "Syrian Civil Defence",
        ),
    ],
)
def test_an_owner_named_by_its_last_word_speaks_through_its_unit(
    text: str, quote: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote) == speaker


def test_an_owner_noun_naming_no_body_before_is_nobody() -> None:
    # no body named before ends in "administration": not the army named before
    text = (
        "The Syrian Arab Army said it had repelled the attack. In a statement, the "
        'administration\'s cabinet said: "The people cannot wait any longer."'
    )
    assert suggested_speaker(text, "The people cannot") is None
    # a unit that is a person named is that person, not the owner
    text = (
        "The Tigray Interim Administration accused Asmara of blocking aid. The "
        'administration\'s spokesman, Haile Tsegay, said: "The people of Irob cannot wait."'
    )
    assert suggested_speaker(text, "The people of Irob") == "Haile Tsegay"


# ---- "the mission" after "X's <Named> Mission (ACRONYM)": the mission, not its owner X


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "The African Union's Monitoring, Verification and Compliance Mission (AU-MVCM) said "
            'on Thursday that it was "gravely concerned" by the fighting. In a statement posted '
            'on its website, the mission urged "all parties to exercise maximum restraint".',
            "all parties",
            "AU-MVCM",
        ),
        (
            "The European Union's Monitoring, Liaison and Verification Mission (EUMLVM) said on "
            'Tuesday that it was "alarmed" by the shooting. In a statement, the mission called '
            'on "both sides to return to the talks".',
            "both sides",
            "EUMLVM",
        ),
    ],
)
def test_the_owner_of_a_named_body_is_not_the_body_described(
    text: str, quote: str, speaker: str
) -> None:
    assert suggested_speaker(text, quote) == speaker


def test_a_subject_owning_no_named_body_stays_the_body_described() -> None:
    text = (
        'The African Union said on Thursday that it was "gravely concerned" by the fighting. '
        'In a statement posted on its website, the mission urged "all parties to exercise '
        'maximum restraint".'
    )
    assert suggested_speaker(text, "all parties") == "African Union"
