"""One-word states in a list of places (issue 15, LIST24): a state listed with other
places after a word that governs places ("from Chad, Sudan and Libya", "into Ghana and
Togo", "citizens of X and Y", "the tri-junction of X, Y and Z") is a place by its form
(`state_check.place_by_form` -> "list"), and a rule's default or a blind rule's
suggestion there is dropped; a list after a dealing, a body or a partner ("pressure from
X and Y", "troops from X and Y", "allies from X and Y"), after "between" or an adjective,
of capitals, or followed by a verb is left to the rules. The sentences are invented.
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


def _states(text: str, rules: list[str] | None = None) -> list[tuple[int, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), rules=rules)
    return [(s.start, text[s.start : s.end]) for s in found if s.label == "ACTOR"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Refugees have crossed from Chad, Sudan and Libya this year.", "Sudan"),
        ("Refugees have crossed from Chad, Sudan and Libya this year.", "Libya"),
        ("Aid reached civilians in Burkina Faso, Mali and western Niger last week.", "Mali"),
        ("Cattle herders cross into Ghana and Togo every dry season.", "Togo"),
        ("Weapons were smuggled across Niger and Mali by night.", "Niger"),
        ("The river marks the border in the area bordering Zambia and Malawi.", "Malawi"),
        ("Most of the migrants were citizens of Eritrea and Ethiopia, the police said.", "Eritrea"),
        ("The villages lie at the tri-junction of Laos, Thailand and Cambodia.", "Thailand"),
        ("Raids have spread into the north of Benin and Togo.", "Benin"),
    ],
)
def test_a_state_in_a_list_governed_by_a_word_of_place_is_a_place(sentence: str, name: str) -> None:
    assert _form(sentence, name) == "list"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Kenya, Uganda and Burundi signed the accord on Friday.", "Uganda"),
        ("Talks between Kenya and Uganda resumed on Friday.", "Uganda"),
        ("The talks drew pressure from Ghana and Senegal, diplomats said.", "Senegal"),
        ("Troops from Ghana and Senegal will deploy next month.", "Senegal"),
        ("The army and its allies from Chad and Niger attacked the camp.", "Chad"),
        ("Neighbouring Rwanda and Uganda deny backing the rebels.", "Rwanda"),
        ("The junta won recognition of its claim from Spain, France and Morocco.", "France"),
        ("The convoy left from Cairo and Khartoum on Monday.", "Khartoum"),
        ("Fighting raged in Sudan and Chad said it would close its border.", "Chad"),
        ("The policy towards Russia and Ukraine has shifted, analysts said.", "Ukraine"),
    ],
)
def test_a_state_in_a_list_that_acts_or_is_dealt_with_is_no_place_by_form(
    sentence: str, name: str
) -> None:
    assert _form(sentence, name) == ""


def test_the_suggester_drops_a_defaulted_state_in_a_list_of_places_and_keeps_an_actor() -> None:
    sentence = "The villages lie at the tri-junction of Laos, Thailand and Cambodia."
    text = HEAD + sentence + "\n"
    listed = [(text.index(n, len(HEAD)), n) for n in ("Thailand", "Cambodia")]
    without = _states(text, WITHOUT_CHECK)
    assert all(m in without for m in listed)
    assert not any(m in _states(text) for m in listed)
    acting = HEAD + "Talks between Thailand and Cambodia resumed on Friday.\n"
    assert _states(acting) == _states(acting, WITHOUT_CHECK)
    assert (acting.index("Cambodia"), "Cambodia") in _states(acting)
