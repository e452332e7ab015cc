"""The state check's tests of form (`state_check.place_by_form`): a one-word state name
next to a separator of page furniture, after a place it locates, or in a list of other
articles is a place, whichever rule proposed it. The sentences are invented.
"""

from __future__ import annotations

from annotator.core.suggest import default_rules, state_check, suggest
from annotator.services.suggesting import load_gazetteer

WITHOUT_CHECK = [r for r in default_rules() if r != state_check.RULE_NAME]
HEAD = "Attack on police post\n\nGunmen attacked a police post overnight, officials said.\n\n"
TAIL = "\n\nThe police said they had arrested two men.\n"


def _states(text: str, rules: list[str] | None = None) -> list[tuple[int, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), rules=rules)
    return [(s.start, text[s.start : s.end]) for s in found if s.label == "ACTOR"]


def _form(text: str, name: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return state_check.place_by_form(text, start, start + len(name), load_gazetteer())


def test_a_state_after_the_town_it_locates_is_dropped_and_a_state_acting_kept() -> None:
    for line, name in (
        ("Abdi Farah, a trader from Beledweyne, Somalia, said the road was closed.", "Somalia"),
        ("The convoy reached Bunia, Congo, on Friday.", "Congo"),
        ('Thousands fled into Mizoram, India. "The villages are empty," a priest said.', "India"),
    ):
        text = HEAD + line + TAIL
        mention = (text.index(name), name)
        assert mention in _states(text, WITHOUT_CHECK)
        assert mention not in _states(text)
    acting = "Kenya said it would respond. Somalia, Ethiopia and Kenya signed the accord."
    acting = HEAD + acting + TAIL
    assert _states(acting) == _states(acting, WITHOUT_CHECK)
    assert len(_states(acting)) == 4


def test_a_state_in_a_section_path_is_dropped() -> None:
    text = "Kenya accuses Somalia over raid\n\nPolitics | Kenya\n\n"
    text += "Kenya accused Somalia on Thursday."
    path = (text.index("Kenya\n\nKenya"), "Kenya")
    assert path in _states(text, WITHOUT_CHECK)
    found = _states(text)
    assert path not in found
    assert (text.rindex("Kenya"), "Kenya") in found


def test_the_forms_of_a_place() -> None:
    dateline = "Talks stall\n\nKhartoum/Cairo (dpa) - Sudan said on Friday it would talk."
    assert _form(dateline, "Khartoum") == _form(dateline, "Cairo") == "separator"
    assert _form(dateline, "Sudan") == ""
    assert _form("ADEN, Yemen (AP) - Gunmen attacked a post.", "Yemen") == "apposition"
    assert _form("Nisa Daoh\n\nPattani, Thailand\n\nA ranger was shot.", "Thailand") == "apposition"
    related = (
        "The army said it had retaken the town.\n\nRelated stories\n"
        "Kenya says it has retaken a border post\nSomalia and Ethiopia trade blame\n"
    )
    assert _form(related, "Kenya") == _form(related, "Ethiopia") == "related"
    assert _form("Also read: Uruguay closes 2025 with fewer homicides", "Uruguay") == "related"


def test_a_state_after_a_body_an_opening_word_or_another_state_is_no_apposition() -> None:
    assert _form("The talks involve the EU, Turkey, and Greece.", "Turkey") == ""
    assert _form("Talks were held. However, Ethiopia, which hosts them, said no.", "Ethiopia") == ""
    assert _form("They came from Burkina Faso, Mali.", "Mali") == ""
    assert _form("Delegates of Kenya, Uganda, and Rwanda met.", "Uganda") == ""
    # a paragraph under a related-articles label, but no short headline: a sentence
    long_line = "Related: " + "x" * 200 + "\n" + "Kenya said it would talk. " * 8 + "\n"
    assert _form(long_line, "Kenya") == ""


def _features(text: str, name: str) -> list[str]:
    article = state_check.Article(text)
    start = text.index(name)
    i = article.index_of(start, start + len(name))
    assert i is not None
    return article.features(i)


def test_a_states_bodies_and_dealings_are_read_by_kind() -> None:
    assert "poss=body" in _features("Police said Chad's defence ministry had denied it.", "Chad")
    assert "poss=body" in _features("Officials said Peru's immigration institute agreed.", "Peru")
    assert "poss=body" not in _features("Fighting spread to Chad's eastern provinces.", "Chad")
    assert "body-of" in _features("The government of Colombia said no.", "Colombia")
    assert "body-of" not in _features("The north of Colombia is calm.", "Colombia")
    assert "dealing-prep" in _features("Troops came at the request of Maputo.", "Maputo")
    assert "dealing-prep" in _features("The truce held under pressure from Beijing.", "Beijing")
    assert "dealing-prep" not in _features("The convoy came from Beijing.", "Beijing")
