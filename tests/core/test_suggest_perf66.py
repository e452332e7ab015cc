"""PERF66: cheaper paths through the actor rules that must find what the longer ones found.

Each new path is checked against the one it replaced on crafted text (the people's texts
searched once instead of each person in turn; a run's words read for a possessive only
where its text holds one), and the rules whose order of cheap tests changed keep their
suggestions on the sentences that reach each test.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import actors, casualties
from annotator.core.suggest.base import SuggestContext
from annotator.core.suggestion import Suggestion
from tests.core.suggest_probes import suggested_types


def _context_with_people(text: str, names: list[str]) -> SuggestContext:
    """A context whose people (`actors._people`) are each first occurrence of `names`."""
    ctx = SuggestContext(text)
    people = []
    for name in names:
        at = text.index(name)
        people.append(Suggestion(at, at + len(name), "ACTOR", {"type": "person"}, "test"))
    ctx.memo["people"] = people
    return ctx


def _every_person(ctx: SuggestContext, name: str) -> bool:
    """The test `_ends_a_person` replaced: each person's text in turn."""
    return any(ctx.text[p.start : p.end].endswith(name) for p in actors._people(ctx))


PEOPLE_TEXT = (
    "Abubakar Musa met Bola Tinubu and Ali Bangsamoro; Tinubu left. Ana-Maria Kis, "
    "O'Neill and Ngozi Okonjo-Iweala spoke."
)
PEOPLE = ["Abubakar Musa", "Bola Tinubu", "Ali Bangsamoro", "Tinubu", "Ana-Maria Kis", "O'Neill"]
# Every tail of every person's text, and names that end none of them: a word inside a
# name, a longer name, another case, a name with a line break, the empty name.
ASKED = sorted(
    {name[i:] for name in PEOPLE for i in range(len(name))}
    | {"Musa Abubakar", "Bola", "tinubu", "Bangsamoro government", "Okonjo-Iweala", "Kis\n"}
    | {"", "\n", "Tinubu\n", "Neill", "'Neill"}
)


@pytest.mark.parametrize("name", ASKED)
def test_a_name_ends_a_person_as_the_pass_over_every_person_says(name: str) -> None:
    ctx = _context_with_people(PEOPLE_TEXT, PEOPLE)
    assert actors._ends_a_person(ctx, name) == _every_person(ctx, name)


def test_a_person_across_a_line_break_is_asked_in_turn() -> None:
    text = "Amina\nYusuf and Bola Tinubu spoke."
    ctx = _context_with_people(text, ["Amina\nYusuf", "Bola Tinubu"])
    for name in ("Yusuf", "Amina\nYusuf", "Tinubu", "Amina", "\nYusuf", "Kis"):
        assert actors._ends_a_person(ctx, name) == _every_person(ctx, name), name


def test_no_person_ends_any_name() -> None:
    ctx = _context_with_people("Nobody is named here.", [])
    for name in ("", "Tinubu", "\n"):
        assert actors._ends_a_person(ctx, name) is False


def test_a_region_s_government_is_no_leader_s() -> None:
    # A leader's government names no region (a person of the text ends with the name) ...
    assert suggested_types(
        "The Tinubu government said the talks would resume. Bola Tinubu, the president, said so."
    ) == {"Tinubu": "person", "Bola Tinubu": "person"}
    # ... a region's does, and a name ending no person leaves it one
    assert suggested_types("The Mizoram government said the road was closed.") == {
        "Mizoram government": "state"
    }


def test_runs_by_end_are_the_runs_made_once() -> None:
    text = "The Free Valdor Front and the Ministry of Health said Ana Kis and Bo Li left."
    ctx = SuggestContext(text)
    by_end = actors._runs_by_end(ctx)
    assert dict(by_end) == {run.end: run for run in ctx.runs}
    assert actors._runs_by_end(ctx) is by_end


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the owner's possessive before the outlet, straight and curly
        ("Kenya's Standard newspaper reported the attack on Monday.", {"Standard": "media"}),
        (
            "The Islamic State\u2019s Amaq news agency said its fighters carried out the raid.",
            {"Islamic State": "armed group", "Amaq": "media"},
        ),
        # the possessive on the run's last word only: the owner, no outlet
        ("The CLA's radio said the road was closed.", {}),
        # no possessive at all
        ("The state broadcaster KTV said the curfew would hold.", {"KTV": "media"}),
    ],
)
def test_an_outlet_after_its_owner(text: str, expected: dict[str, str]) -> None:
    assert suggested_types(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship's name: no person, whether or not a title stands in it
        ("The supply vessel MV Chief Okoro docked on Monday.", {}),
        (
            "Defence Minister Ilse Marovi\u0107 said the army would stay.",
            {"Ilse Marovi\u0107": "person"},
        ),
        # one person's extent suggested twice, the rank left out of both
        (
            "Junior Sergeant Musa Audu said the post was attacked. Junior Sergeant Musa Audu "
            "told reporters the post held.",
            {"Musa Audu": "person"},
        ),
        # particles in a subject's name, and none
        (
            "Maria de los Santos walks to the market every morning with her son.",
            {"Maria de los Santos": "person"},
        ),
        ("Amina Yusuf and her husband fled the village.", {"Amina Yusuf": "person"}),
    ],
)
def test_people_keep_their_extents(text: str, expected: dict[str, str]) -> None:
    assert suggested_types(text) == expected


def _fresh_pattern(source: str) -> casualties.LazyPattern:
    """A lazy pattern of the test's own, left out of the patterns `compile_all` compiles."""
    pattern = casualties.LazyPattern(source)
    casualties.LazyPattern.made.remove(pattern)
    return pattern


def test_a_phrase_pattern_is_compiled_only_where_a_start_is_tried() -> None:
    # No number opens a phrase: the pattern is never compiled (a page without a figure
    # never pays for the large casualty patterns) ...
    idle = _fresh_pattern(r"(?P<phrase>\w+ soldiers were killed)")
    assert list(casualties.matches(SuggestContext("Headline\n\nBody."), idle, "number")) == []
    assert idle._compiled is None
    # ... and where one does, the compiled pattern finds what it finds
    text = "Three soldiers were killed."
    used = _fresh_pattern(r"(?P<phrase>\w+ soldiers were killed)")
    found = list(casualties.matches(SuggestContext(text), used, "number"))
    assert [m.group("phrase") for m in found] == ["Three soldiers were killed"]
    assert used._compiled is not None
