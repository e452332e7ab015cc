"""Speakers (issue 15, SPK26b): classes of dev speaker misses that generalise, checked with
the real suggester on sentences written for these tests (invented events and people; real
states and bodies)."""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker

# ---------- "the group said" after a body introduced as "The rights group X (ACR)"


def test_the_group_is_the_body_introduced_by_the_noun_right_before_its_name() -> None:
    text = (
        "Police said the crowd was led by activists of the party's student wing, the "
        "Bangladesh Chhatra League (BCL).\n\n"
        "The rights group Ain o Salish Kendra (ASK) asked the interim government for an "
        'inquiry. "Every death must be investigated," the group said.'
    )
    assert suggested_speaker(text, "Every death must") == "ASK"


def test_the_group_without_such_a_description_keeps_the_armed_group() -> None:
    # the body named before is not introduced as a group: the armed group named earlier
    # stays the one "the group" stands for
    text = (
        "Police said the crowd was led by activists of the party's student wing, the "
        "Bangladesh Chhatra League (BCL).\n\n"
        "Ain o Salish Kendra (ASK) asked the interim government for an inquiry. "
        '"We did not attack anyone," the group said.'
    )
    assert suggested_speaker(text, "We did not attack") == "BCL"
