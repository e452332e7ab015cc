"""Headlines abbreviate the compass word opening a state's name ("N. Korea", "S. Sudan"):
the generated list of states holds those forms (issue 15, ACTORS16). Invented sentences."""

from __future__ import annotations

from tests.conftest import REPO
from tests.core.suggest_probes import suggested_types

STATES = REPO / "resources" / "gazetteers" / "world_states.txt"


def test_abbreviated_compass_names_are_listed() -> None:
    listed = set(STATES.read_text("utf-8").splitlines())
    assert {"N. Korea", "S. Korea", "S. Sudan", "N. Macedonia", "S. Africa"} <= listed
    assert "W. Sahara" not in listed  # only states' own names, never a territory's


def test_an_abbreviated_state_acting_in_a_headline_is_tagged() -> None:
    text = "S. Korea fires warning shots as troops cross border line\n\nSEOUL - Troops fired."
    assert suggested_types(text).get("S. Korea") == "state"


def test_an_abbreviated_nationality_stays_untagged() -> None:
    # guard: "N. Korean troops" is a nationality before its people
    assert "N. Korea" not in suggested_types("N. Korean troops crossed the line on Monday.")
