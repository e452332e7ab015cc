"""REVIEW68S: guards on the SPK68 speaker rules, from hostile probes (invented people)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

_LEAD = "GENEVA, Dec 6 (Reuters) - Gunmen killed 12 people in the north, officials said.\n\n"


# (1) "it said" after "..., the <noun> said.": a noun of no kind (council, committee) takes
# a body whose name holds it, never the nearest body of another name.
def test_it_said_after_the_council_is_no_body_of_another_name() -> None:
    text = (
        _LEAD + "The World Health Organization said the hospital was out of fuel. A nurse "
        'was killed in the raid, the council said. "This must stop," it said.\n'
    )
    assert suggested_speaker(text, "This must stop") is None


def test_it_said_after_the_council_named_before_is_that_council() -> None:
    text = (
        _LEAD + "The Norwegian Refugee Council said its staff had been turned back. A boy "
        'was shot at the gate, the council said. "This must stop," it said.\n'
    )
    assert suggested_speaker(text, "This must stop") == "Norwegian Refugee Council"
