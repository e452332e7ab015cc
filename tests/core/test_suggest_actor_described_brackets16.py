"""A bracketed acronym after a body described in lower case names that body, as one in
commas does (issue 15, ACTORS16): "the state's anti-terrorism prosecutor's office (PNAT)".
Every sentence is invented."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts, suggested_types


def test_a_bracketed_acronym_after_a_described_state_body() -> None:
    text = (
        "Chile's national anti-corruption prosecutor's office (FNAC) took over the case on "
        "Monday. The FNAC said it would question the guards."
    )
    assert suggested_texts(text).count("FNAC") == 2
    assert suggested_types(text)["FNAC"] == "state"


def test_a_bracketed_acronym_after_a_thing_is_no_actor() -> None:
    # guard: a place or a thing described, not a body
    text = "She presents the news on a local radio station (KFM) in the town of Kora."
    assert "KFM" not in suggested_texts(text)
