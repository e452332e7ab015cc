"""Review of STATE65 (review65t): guards for frames that misfired on hostile probes.
Invented sentences."""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def actor_spans(sentence: str) -> list[tuple[str, str]]:
    """Each ACTOR suggested for `sentence` (set in a small article): text and type."""
    lead = "Officials met on Monday.\n"
    text = lead + sentence + "\nThe talks will resume next week."
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [
        (text[s.start : s.end], str(s.attributes["type"]))
        for s in found
        if s.label == "ACTOR" and len(lead) <= s.start < len(lead) + len(sentence)
    ]


def test_a_capital_and_another_government_in_its_city_both_acting_keeps_the_capital() -> None:
    # the STATE65 armed-side alternative had taken the "in <City> both" tail from the
    # "the <kind> authorities" one
    found = actor_spans("Tripoli and the eastern authorities in Benghazi both named members.")
    assert ("Tripoli", "state") in found
    assert ("Kinshasa", "state") in actor_spans(
        "Kinshasa and the rebels in Goma both signed the framework."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Khartoum hit by shelling as army and RSF clash",
        "Kyiv hit by incoming missiles, mayor says",
        "Kyiv attacked by swarming drones overnight, officials say",
    ],
)
def test_a_headline_passive_before_an_ing_word_is_no_government(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[1] == "state"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Berlin responded by closing the three consulates.", "Berlin"),
        ("Moscow retaliated by banning imports of wine.", "Moscow"),
    ],
)
def test_a_capital_responding_by_a_means_still_acts(sentence: str, name: str) -> None:
    assert (name, "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("At NATO Turkey blocked the membership bid for months.", "Turkey"),
        ("Within ECOWAS Nigeria carries the most weight.", "Nigeria"),
        ("At the OSCE Russia blocked the budget.", "Russia"),
    ],
)
def test_a_state_acting_inside_a_body_named_by_its_acronym_acts(sentence: str, name: str) -> None:
    assert (name, "state") in actor_spans(sentence)


def test_an_agencys_office_stays_untagged() -> None:
    assert [
        s for s in actor_spans("OCHA Sudan said 25 million people need aid.") if s[1] == "state"
    ] == []
    assert [
        s for s in actor_spans("IOM Libya reported 1,200 interceptions.") if s[1] == "state"
    ] == []


@pytest.mark.parametrize(
    "sentence",
    [
        '"It was a massacre," said Paris, a resident of the camp.',
        '"We are ready to talk," said Lima, a local elder.',
    ],
)
def test_a_person_named_like_a_capital_closing_an_attribution_is_no_state(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[1] == "state"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ('"We will not negotiate under fire," said Kyiv.', "Kyiv"),
        ("Ceasefire Holding Along Border, Says Yerevan", "Yerevan"),
        ('"We will not negotiate," said Kyiv, adding that talks were over.', "Kyiv"),
    ],
)
def test_a_capital_closing_an_attribution_still_speaks(sentence: str, name: str) -> None:
    assert (name, "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "times"),
    [
        (
            "The lawyers defending Myanmar at the International Court of Justice denied it.",
            "Myanmar",
            1,
        ),
        ("Gambia, facing Myanmar in court, presented new evidence.", "Myanmar", 1),
        (
            "China shielded Russia from censure, defending Russia at the Security Council.",
            "Russia",
            2,
        ),
        ("Putin has turned Russia into a pariah state, the senator said.", "Russia", 1),
        ("Tehran has turned Iran into a threshold nuclear power, analysts said.", "Iran", 1),
    ],
)
def test_a_state_defended_or_faced_as_a_party_or_turned_into_a_kind_of_state_acts(
    sentence: str, name: str, times: int
) -> None:
    assert actor_spans(sentence).count((name, "state")) == times


@pytest.mark.parametrize(
    "sentence",
    [
        '"Anyone who touches it is touching Pakistan," the official said.',
        "They were sitting down, facing Bangladesh.",
    ],
)
def test_a_land_touched_faced_or_turned_into_a_place_stays_untagged(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[1] == "state"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Russia sits on the UN Security Council as a permanent member.", "Russia"),
        ("Iran sits at the negotiating table with the Europeans in Geneva.", "Iran"),
        ("Russia lies in every statement about the war, the minister said.", "Russia"),
        ("Qatar witnessed the signing of the agreement.", "Qatar"),
        ("Egypt witnessed the handover of the hostages at the crossing.", "Egypt"),
    ],
)
def test_a_state_at_a_council_or_table_or_witnessing_a_signing_acts(
    sentence: str, name: str
) -> None:
    assert (name, "state") in actor_spans(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Malawi lies along the Great Rift Valley.",
        "Malawi lies in southeastern Africa.",
        "Chad sits in the heart of the Sahel.",
        "Somalia experienced a severe drought in 2022.",
        "Ukraine witnessed a surge in attacks on its power grid.",
    ],
)
def test_where_a_country_lies_and_what_it_went_through_stay_untagged(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[1] == "state"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya edged Uganda 3-2 in the second-round vote for the council seat.",
        "Ukraine lost to Russia 18-20 per cent of its territory.",
    ],
)
def test_a_vote_or_a_share_after_a_score_verb_keeps_the_states(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[1] == "state"] != []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ghana beat Nigeria 2-1 on penalties in the final.",
        "Togo's national side drew with Benin 1-1.",
    ],
)
def test_teams_stay_untagged(sentence: str) -> None:
    assert [s for s in actor_spans(sentence) if s[1] == "state"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's delegates to the ruling party congress elected a new chairman.",
        "Nigeria's representatives at the World Cup were knocked out in the group stage.",
        "Ghana's decisions on the field cost them the match, the coach said.",
        "The UN missions of South Sudan and Mali face deep budget cuts.",
        "Sudan has no interest rate cap on commercial loans.",
        "Beijing's population policy has failed to lift the birth rate.",
    ],
)
def test_plural_bodies_of_a_party_or_team_and_other_near_misses(sentence: str) -> None:
    found = actor_spans(sentence)
    if sentence.startswith("Beijing"):
        assert ("Beijing", "state") in found  # the government's policy, not the city's
    else:
        assert [s for s in found if s[1] == "state" and s[0] != "Mali"] == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Chad's ministries of health and finance said the camp was safe.", "Chad"),
        ("The envoy rejected Portugal's demands for a ceasefire.", "Portugal"),
        ("The embassies of Canada and Norway issued travel warnings.", "Canada"),
        ("Ethiopia has no intention of invading Eritrea, the prime minister said.", "Ethiopia"),
        ("Tehran's population grew by a million in a decade.", None),
    ],
)
def test_the_state65_plurals_and_stances_still_act(sentence: str, name: str | None) -> None:
    found = actor_spans(sentence)
    if name is None:
        assert [s for s in found if s[1] == "state"] == []
    else:
        assert (name, "state") in found


def test_the_quote_feature_counts_marks_on_the_mentions_line_only() -> None:
    from annotator.core.suggest.state_check import Article

    text = 'He said "Chad\nwill act," and "Mali" then Niger'
    found = Article(text)
    assert found._marks_between('"', 0, len(text)) == 4
    assert found._marks_between('"', text.index("\n") + 1, text.index("Niger")) == 3


@pytest.mark.parametrize(
    ("sentence", "name", "tagged"),
    [
        ("Attempts to reach Eritrea for comment were unsuccessful.", "Eritrea", True),
        ("The US tried to reach Iran through Omani intermediaries.", "Iran", True),
        ("Migrants who reach Libya are often detained in camps.", "Libya", False),
        ("The migrants who do reach Yemen face detention.", "Yemen", False),
    ],
)
def test_a_government_reached_for_comment_acts_a_land_reached_does_not(
    sentence: str, name: str, tagged: bool
) -> None:
    assert ((name, "state") in actor_spans(sentence)) is tagged


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The embassies of Canada, Norway, Switzerland and the United States said in a joint "
            'statement that they were "deeply concerned".',
            "Canada",
        ),
        (
            "The EU Delegation to Libya and the embassies of France, Germany, Italy and the "
            'United States said in a joint statement that they were "deeply concerned".',
            "EU Delegation to Libya",
        ),
        (
            # (unchanged: an object before the list's first comma is no item)
            'After talks with Kenya, Norway and the US said they were "hopeful".',
            "Norway",
        ),
    ],
)
def test_a_list_of_states_after_their_bodies_is_led_by_its_first(
    sentence: str, speaker: str
) -> None:
    text = "Officials met on Monday.\n" + sentence
    found = suggest(text, gazetteer=load_gazetteer())
    quotes = [s for s in found if s.label == "QUOTE"]
    assert quotes
    assert all(
        q.speaker is not None and text[q.speaker[0] : q.speaker[1]] == speaker for q in quotes
    )
