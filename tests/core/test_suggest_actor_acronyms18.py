"""An acronym no list holds, in the slots only a body fills (issue 15, ORGS18: found by
scripts/perturb_check.py's `acronyms` kind, which gives dev's bodies invented acronyms):
a body that answers or takes a stand, its people or force named after it, a kind word
before it, a relative clause after "The ACR", a heading's colon or "And" before it.
Every sentence is invented."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("The KPVL did not respond to a request for comment on Monday.", "KPVL"),
        ("The KPVL could not be reached for comment.", "KPVL"),
        ("The KPVL condemned the killing of the two teachers.", "KPVL"),
        ("The town is held by DVDC dissidents, officials said.", "DVDC"),
        ("A team of KLMN peacekeepers from Ghana has set up a base in the town.", "KLMN"),
        ("The TRZB force was replaced at the start of the year.", "TRZB"),
        ("Protection: KBNZ said four children were among the dead.", "KBNZ"),
        ("And DZGF says patrols will resume on the road to Tonj.", "DZGF"),
        ("In a statement, the Kuki-Zo body GLFS denied any part in the attack.", "GLFS"),
        ("The peacekeeping force VBNP said it had increased patrols.", "VBNP"),
        (
            "The GZRT, which the government lists as a terrorist organisation, announced a truce.",
            "GZRT",
        ),
        (
            "Earlier, the GLFR, one of the ethnic armed groups fighting the military, said "
            "the town had fallen.",
            "GLFR",
        ),
    ],
)
def test_an_unlisted_acronym_in_a_bodys_slot_is_an_actor(text: str, acronym: str) -> None:
    assert suggested_texts(text) == [acronym]


def test_its_dissidents_make_it_an_armed_group() -> None:
    types = suggested_types("The town is held by DVDC dissidents, officials said.")
    assert types == {"DVDC": "armed group"}


@pytest.mark.parametrize(
    "text",
    [
        "The IED killed two soldiers on the road to Tonj.",
        "The GDP, which fell by 3 percent last year, is expected to recover.",
        "Five ICU staff were hurt when the roof fell in.",
        "The army said an RPG hit the truck and the force of the blast shattered windows.",
        "A group of 20 students fled the school before dawn.",
    ],
)
def test_a_thing_written_in_capitals_is_no_actor(text: str) -> None:
    assert suggested_texts(text) == []
