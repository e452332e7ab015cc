"""One-word states that only modify a noun (issue 15, STATE25): a state or capital that
opens a noun phrase after "the" or a preposition, with a common noun after it ("security
for Chad oil project", "the Togo port of Lome", "the Niger file", "Compiled by Kampala
newsroom"), is a place by its form (`state_check.place_by_form` -> "modifier"), and any
rule's suggestion there is dropped; a state's body, agent or dealing after the name ("the
Kenya police", "with Qatar mediation"), a verb, a word of grammar or a complement after it
("in Sudan said", "urged Chad to", "backers in Tehran accountable"), a dealing or partner
before the preposition ("pressure on Iran oil buyers") and a body before one that is not
of place ("the government of Sudan rejects") are left to the rules. The sentences are
invented.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import default_rules, state_check, suggest
from annotator.services.suggesting import load_gazetteer

WITHOUT_CHECK = [r for r in default_rules() if r != state_check.RULE_NAME]
HEAD = "Border row flares\n\nOfficials met on Monday to discuss the border, a spokesman said.\n\n"


def _form(sentence: str, name: str) -> str:
    text = HEAD + sentence + "\n"
    start = text.index(name, len(HEAD))
    return state_check.place_by_form(text, start, start + len(name), load_gazetteer())


def _actors(text: str, rules: list[str] | None = None) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), rules=rules)
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Japan urges security for Chad oil project after rebels kill 9 villagers", "Chad"),
        ("Trade used to move between the Togo port of Lome and Mali.", "Togo"),
        ("He accused the junta of turning the Niger file into a tool of its survival.", "Niger"),
        ("(Compiled by Kampala newsroom; Editing by John Smith)", "Kampala"),
        ("He told the Minsk television channel that an inquiry was under way.", "Minsk"),
        ("Fighting in Sudan kills 40, aid groups say", "Sudan"),
        ("Traders said the Sudan route had been closed for a month.", "Sudan"),
        ("Thousands of refugees crossed to the Chad side of the border.", "Chad"),
    ],
)
def test_a_state_that_only_modifies_a_noun_is_a_place(sentence: str, name: str) -> None:
    assert _form(sentence, name) == "modifier"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The government of Sudan rejects the report.", "Sudan"),
        ("The ambassador to Kenya presented his credentials.", "Kenya"),
        ("Support for Ukraine remains strong, the minister said.", "Ukraine"),
        ("Pressure on Iran grows as talks stall.", "Iran"),
        ("Washington and its allies in Kyiv welcome the deal.", "Kyiv"),
        ("They would hold the militias and their backers in Tehran accountable.", "Tehran"),
        ("The U.S. condemned the attack, with Qatar mediation stalled.", "Qatar"),
        ("The mission of Burundi troops ends in December.", "Burundi"),
        ("The Kenya police said four men were held.", "Kenya"),
        ("Fighting in Sudan killed 40 people, aid groups said.", "Sudan"),
        ("The council urged Chad to investigate.", "Chad"),
        ("Officials in Mali said the road was closed.", "Mali"),
        ("Talks between Kenya and Uganda resumed on Friday.", "Kenya"),
        ("The Damascus generals refused to attend.", "Damascus"),
        ("The ceasefire with Moscow held for a week.", "Moscow"),
        ("A request for comment from Canberra went unanswered.", "Canberra"),
        ("Forces loyal to Damascus retook the town.", "Damascus"),
    ],
)
def test_a_state_acting_dealt_with_or_followed_by_a_verb_is_no_modifier(
    sentence: str, name: str
) -> None:
    assert _form(sentence, name) != "modifier"


def test_the_suggester_drops_a_modifying_state_and_keeps_an_acting_one() -> None:
    text = (
        HEAD + "Japan urges security for Chad oil project after rebels kill 9 villagers.\n\n"
        "Chad rejected the claim on Tuesday and said its army held the town.\n"
    )
    without = _actors(text, WITHOUT_CHECK)
    assert without.count("Chad") == 2
    assert _actors(text).count("Chad") == 1
    start = text.index("Chad rejected")
    kept = [
        s
        for s in suggest(text, gazetteer=load_gazetteer())
        if s.label == "ACTOR" and text[s.start : s.end] == "Chad"
    ]
    assert [s.start for s in kept] == [start]
