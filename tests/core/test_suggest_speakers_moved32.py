"""Speaker classes from the misses of articles 252-267 once they moved to dev (session 32).

Each test states one general form with sentences written for the test (invented people
and events; real places and bodies), never the articles' own sentences.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ----------------------- "X, <an aside naming another body>, has warned that ..."


def test_an_auxiliary_after_an_aside_keeps_the_subject_before_the_aside() -> None:
    text = (
        "Frontex, the EU's border agency, has warned that smugglers were "
        '"using ever more dangerous routes".'
    )
    assert _speaker(text, "using ever") == "Frontex"


def test_an_adverb_and_an_auxiliary_after_an_aside_keep_the_subject() -> None:
    text = (
        "The World Food Programme, the UN's food agency, had earlier said the camps in "
        'Tawila were "on the brink of famine".'
    )
    assert _speaker(text, "on the brink") == "World Food Programme"


def test_a_body_named_in_apposition_is_still_the_subject_after_an_auxiliary() -> None:
    text = 'The UN human rights office, OHCHR, has said the raids were "unlawful".'
    assert _speaker(text, "unlawful") == "OHCHR"
