"""ACT70: when a state's or capital's name is an actor, by the frame it stands in.

Two frames, each probed over states and capitals from every region (one-word, multi-word
and article-taking names), with hostile sentences in the same slots:

- a diplomatic note addresses the state or capital it goes to ("said in a note to
  Bishkek"): `state` (ACT70's "We have conveyed to Kathmandu ..." went: it changed one dev
  gold sentence; its hostile cases stay);
- a briefing's or bulletin's topic heading ("Turning to Lebanon:", "On Lebanon, ...",
  "And finally, Somalia.") names the matter turned to, not a party: nothing.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

_LEAD = "KHARTOUM (Reuters) - Fighting continued on Monday, officials said.\n\n"

_STATES = [
    "Sudan",
    "Chad",
    "Kenya",
    "Nigeria",
    "Myanmar",
    "Iran",
    "Colombia",
    "Ukraine",
    "Pakistan",
    "Ethiopia",
    "Israel",
    "Libya",
    "South Sudan",
    "Burkina Faso",
    "the Democratic Republic of Congo",
    "the Central African Republic",
    "the Philippines",
    "the United Arab Emirates",
    "Papua New Guinea",
    "Trinidad and Tobago",
]
_CAPITALS = [
    "Bishkek",
    "Kathmandu",
    "Khartoum",
    "N'Djamena",
    "Nairobi",
    "Abuja",
    "Tehran",
    "Kyiv",
    "Kinshasa",
    "Bangui",
    "Juba",
    "Islamabad",
    "New Delhi",
    "Addis Ababa",
    "Moscow",
    "Beijing",
    "Kigali",
    "Dushanbe",
]


def _bare(name: str) -> str:
    return name.removeprefix("the ")


def _the_name(text: str, name: str) -> list[tuple[str, str]]:
    """The suggested ACTORs that touch `name`'s words in `text`."""
    return [(t, k) for t, k in suggested_actors(text) if _bare(name) in t or t in _bare(name)]


# ---- a note or words conveyed to a government


@pytest.mark.parametrize("name", _STATES + _CAPITALS)
def test_a_note_to_a_state_or_capital_addresses_it(name: str) -> None:
    text = _LEAD + (
        f"Tajikistan's Foreign Ministry said in a note to {name} that several citizens "
        "had been detained."
    )
    assert _the_name(text, name) == [(_bare(name), "state")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The wounded were conveyed to {X} by helicopter.",
        "The bodies have been conveyed to {X} for burial.",
        "Nine injured soldiers conveyed to {X} are in a stable condition.",
        "The goods had been conveyed to {X} by road.",
    ],
)
@pytest.mark.parametrize("name", ["Abuja", "Nairobi", "Juba", "Kinshasa"])
def test_the_wounded_and_goods_conveyed_to_a_city_leave_it_a_place(
    sentence: str, name: str
) -> None:
    assert _the_name(_LEAD + sentence.format(X=name), name) == []


def test_a_note_to_readers_names_no_one() -> None:
    text = _LEAD + "The paper added a note to readers on Sunday, and a footnote to Kenya's figures."
    assert [a for a in suggested_actors(text) if a[0] != "Reuters"] == []


# ---- a topic heading in a briefing or a bulletin


@pytest.mark.parametrize(
    "sentence",
    [
        "Turning to {X}: since the ceasefire, the ministry has reported 300 deaths.",
        "QUESTION (Sami Abdallah, Al Jazeera): On {X}, UNIFIL said two peacekeepers were hurt.",
        "PRESENTER: And finally, {X}. The army says 17 fighters were killed.",
        "Now to {X}, where the rains have cut the main road.",
        "Moving on to {X}: the agency says 40,000 people have fled.",
    ],
)
@pytest.mark.parametrize("name", _STATES)
def test_a_topic_heading_names_no_actor(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "On Tuesday, {X} said it would close the border.",
        "Finally, {X} said it would retaliate.",
        "And finally, {X} has accused its neighbour of arming the rebels.",
    ],
)
@pytest.mark.parametrize("name", ["Sudan", "Chad", "Ukraine", "South Sudan", "the Philippines"])
def test_a_state_that_acts_after_an_opener_stays_an_actor(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == [(_bare(name), "state")]


def test_a_person_named_after_a_topic_opener_is_no_state() -> None:
    text = _LEAD + "Turning to Jordan Henderson, the coach said he was fit to play."
    assert ("Jordan", "state") not in suggested_actors(text)


# ---- a state visited, toured, entered or fled is a place


@pytest.mark.parametrize(
    "sentence",
    [
        "The president will visit {X} next week.",
        "The minister toured {X} last month.",
        "Thousands have fled {X} since January.",
        "Refugees fleeing {X} arrived in Cameroon on Friday.",
        "Troops entered {X} on Monday, the ministry said.",
        "The envoy visited {X} and Uganda last week.",
    ],
)
@pytest.mark.parametrize("name", _STATES)
def test_a_state_visited_or_fled_is_a_place(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "{CX} visited Chad to discuss the border.",
        "After the visit {X} agreed to reopen the crossing.",
        "The delegation visited {X}, which said it welcomed the talks.",
    ],
)
@pytest.mark.parametrize("name", ["South Sudan", "Burkina Faso", "the Philippines", "Kenya"])
def test_a_state_that_visits_or_speaks_after_a_visit_stays_an_actor(
    sentence: str, name: str
) -> None:
    text = _LEAD + sentence.format(X=name, CX=name[0].upper() + name[1:])
    assert _the_name(text, name) == [(_bare(name), "state")]


def test_a_us_state_or_a_person_after_a_travel_verb_is_no_actor() -> None:
    for sentence in ("Three bears were shot after they entered Georgia.", "Le Clos toured Jordan."):
        assert [a for a in suggested_actors(_LEAD + sentence) if a[1] == "state"] == []


# ---- a report, mission or meeting "on" a state: its topic


@pytest.mark.parametrize(
    "sentence",
    [
        "The council renewed the mandate of the fact-finding mission on {X}.",
        "The agency published its latest report on {X} on Friday.",
        "Donors met at a conference on {X} in Brussels.",
        "Get the latest news on {X} delivered to your inbox.",
        "The envoy gave a briefing on {X} to the council.",
    ],
)
@pytest.mark.parametrize("name", _STATES)
def test_a_report_or_mission_on_a_state_is_about_a_topic(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == []


def test_a_state_named_again_after_its_topic_acts() -> None:
    text = _LEAD + "The statement on Chad came hours before Chad said it had closed the border."
    chad = text.rindex("Chad")
    found = [(t, k) for t, k in suggested_actors(text) if t == "Chad"]
    assert found == [("Chad", "state")]
    assert text.index("Chad said") == chad


@pytest.mark.parametrize(
    "sentence",
    [
        "A report on {X}'s army found abuses.",
        "The EU imposed sanctions on {X} on Monday.",
        "Talks on {X} resumed in Jeddah, and {X} said it welcomed them.",
    ],
)
@pytest.mark.parametrize("name", ["Sudan", "South Sudan", "Kenya"])
def test_a_state_that_owns_a_body_or_is_sanctioned_stays_an_actor(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert (name, "state") in suggested_actors(text)


# ---- an adverb or a possessive determiner after a name is no noun the name modifies


@pytest.mark.parametrize("name", [*_CAPITALS, "Sudan", "Chad", "Ukraine", "Pakistan"])
def test_an_adverb_after_an_addressed_name_leaves_it_an_actor(name: str) -> None:
    text = _LEAD + f'"We have shared the evidence with {name} repeatedly," the general said.'
    assert _the_name(text, name) == [(name, "state")]


@pytest.mark.parametrize("name", ["Sudan", "Chad", "Kenya", "Iran", "Kinshasa", "Beijing"])
def test_a_possessive_determiner_after_an_addressed_name_leaves_it_an_actor(name: str) -> None:
    text = _LEAD + f'"We protested to {name} our strongest objections," the minister said.'
    assert _the_name(text, name) == [(name, "state")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia fired 40 drones at {X} overnight, the air force said.",
        "In {X} especially, deaths go uncounted.",
        "More than a million people remain displaced in {X} nearly a decade later.",
        "The {X} daily Al-Ayyam reported the attack.",
    ],
)
@pytest.mark.parametrize("name", ["Sudan", "Ukraine", "Iraq", "Kenya"])
def test_a_place_before_an_adverb_stays_a_place(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == []


# ---- a verb done to a party, in its base form after "to" or a modal


@pytest.mark.parametrize(
    "sentence",
    [
        "The council called on Washington to restrain {X}.",
        "The ministers agreed to punish {X}.",
        "Donors must not isolate {X}.",
        "The envoy urged the bloc to pressure {X}.",
    ],
)
@pytest.mark.parametrize("name", ["Sudan", "Chad", "Israel", "Iran", "Mali", "South Sudan"])
def test_a_state_a_verb_is_done_to_stays_an_actor(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == [(name, "state")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Migrants hope to reach {X}.",
        "He wanted to leave {X}.",
        "The rains will soak {X}.",
        "Tourists come to see {X}.",
        "He promised to rebuild {X}.",
        "Engineers want to electrify {X}.",
        "We will never forget {X}.",
    ],
)
@pytest.mark.parametrize("name", ["Sudan", "Kenya", "Libya", "Rwanda"])
def test_a_land_reached_seen_or_rebuilt_stays_a_place(sentence: str, name: str) -> None:
    text = _LEAD + sentence.format(X=name)
    assert _the_name(text, name) == []
