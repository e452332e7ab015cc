"""Speakers (issue 15, SPK28): classes of attribution grammar that real news pages use
(translated communiques, court reports, parliamentary sittings, briefings), checked with
the real suggester on sentences written for these tests (invented events and people; real
states and bodies)."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

# ---------- a communique whose issuer the text names with it


def test_the_communique_of_a_ministry_is_that_ministrys() -> None:
    text = (
        "BAMAKO, Dec 2 (AFP) - Eleven soldiers were killed near Boni, the army said.\n\n"
        "The communique of the Ministry of Defence and Veterans, read on ORTM by an officer, "
        "was set out in five points. The first point said a column of the Malian Armed "
        'Forces (FAMa) had been attacked "by a large number of terrorists on motorbikes".\n\n'
        'The statement read: "The wounded have been evacuated to Sévaré."'
    )
    assert suggested_speaker(text, "by a large number") == "Ministry of Defence and Veterans"
    assert suggested_speaker(text, "The wounded have") == "Ministry of Defence and Veterans"


def test_a_body_that_published_a_communique_past_an_aside_issued_it() -> None:
    text = (
        "GAO, Dec 2 (AFP) - A drone struck a well north of Gao, local officials said.\n\n"
        "The Azawad Liberation Front (FLA), a coalition of armed movements from the north, "
        "published a numbered communique on Wednesday. The first point of the communique "
        'said: "Seven herders were killed at the well of In-Tadeyni."'
    )
    assert suggested_speaker(text, "Seven herders") == "FLA"
