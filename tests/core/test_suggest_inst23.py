"""Issue 15, INST23: multi-word state bodies, written as invented sentences with other
names and other states.

- A named operation the text names as a campaign (launched, begun or ended, given as a name
  "such as ...", or "Operation X, launched in 2019, ...") is what a force does, not a force
  that acts; one joined to such a name ("such as Operation X and Operation Y") is one too.
  A task force that acts ("troops of Operation X", "Operation X said") stays `state`.
- A region's force's command and a region's administration by its own word ("the Nampula
  provincial command", "the Samarkand regional khokimiyat") are `state`, as "the X regional
  administration" is; an armed group's regional command ("the NPA's Negros regional
  command") is not the region's, and a commander is a person's post.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts, suggested_types

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Chadian army said it had launched Operation Desert Falcon to hunt down the"
            " attackers.",
            "Operation Desert Falcon",
        ),
        (
            "Mozambique's defence forces began Operation Coastal Dawn last week after the raid.",
            "Operation Coastal Dawn",
        ),
        (
            "Operation Lake Shield, launched in 2019, mobilises some 900 soldiers and police.",
            "Operation Lake Shield",
        ),
        (
            "Past offensives have carried names such as Operation Sahel Storm and Operation"
            " Dune Rider.",
            "Operation Dune Rider",
        ),
        (
            "Past offensives have carried names such as Operation Sahel Storm and Operation"
            " Dune Rider.",
            "Operation Sahel Storm",
        ),
        # a listed operation too
        ("India launched Operation Sindoor in May, the ministry said.", "Operation Sindoor"),
    ],
)
def test_an_operation_named_as_a_campaign_is_no_actor(sentence: str, name: str) -> None:
    assert name not in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Troops of Operation Lake Shield killed 12 militants, the army said.",
            "Operation Lake Shield",
        ),
        (
            "The Niger state police and Operation Safe Haven said they had arrested three"
            " suspects.",
            "Operation Safe Haven",
        ),
        (
            "The post, part of Operation Desert Falcon, was attacked at dawn, the army said.",
            "Operation Desert Falcon",
        ),
    ],
)
def test_an_operation_that_acts_stays_a_state_actor(sentence: str, name: str) -> None:
    assert suggested_types(BODY + sentence).get(name) == "state"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The spokesman of the Nampula provincial command said four officers were hurt.",
            "Nampula provincial command",
        ),
        (
            "According to the press service of the Samarkand regional khokimiyat, 12 people were"
            " hurt.",
            "Samarkand regional khokimiyat",
        ),
    ],
)
def test_a_regions_command_or_khokimiyat_is_a_state_actor(sentence: str, name: str) -> None:
    assert suggested_types(BODY + sentence).get(name) == "state"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "In a statement, the NPA's Samar regional command said its fighters had withdrawn.",
            "Samar regional command",
        ),
        ("The Kwale County police commander said the men fled.", "Kwale County police command"),
    ],
)
def test_a_groups_regional_command_or_a_commander_is_no_regional_body(
    sentence: str, name: str
) -> None:
    assert not any(name in found for found in suggested_texts(BODY + sentence))


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Three soldiers were killed during Operation Red Lantern last year.",
            "Operation Red Lantern",
        ),
        ("The villages were cleared under Operation Dry Season in March.", "Operation Dry Season"),
        ("The strikes were carried out as part of Operation Iron Gate.", "Operation Iron Gate"),
    ],
)
def test_an_unlisted_operation_seen_doing_nothing_is_no_actor(sentence: str, name: str) -> None:
    assert name not in suggested_types(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The spokesman for Operation Red Lantern said 12 suspects were held.",
            "Operation Red Lantern",
        ),
        (
            "The post, which is part of Operation Iron Gate, was attacked at dawn.",
            "Operation Iron Gate",
        ),
        (
            "Operation Dry Season, the joint task force in the region, arrested 12 suspects.",
            "Operation Dry Season",
        ),
        ("Operation Dry Season's commander visited the camp.", "Operation Dry Season"),
    ],
)
def test_an_unlisted_operation_seen_acting_is_a_state_actor(sentence: str, name: str) -> None:
    assert suggested_types(BODY + sentence).get(name) == "state"
