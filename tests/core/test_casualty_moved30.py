"""CASUALTY classes the misses of articles 220-235 showed once they moved to dev (session
30). Every sentence here is made up for the test; none is an article's own."""

from __future__ import annotations

import pytest

from annotator.core.casualty import parse_casualty
from annotator.core.suggest import casualties as rules
from tests.core.suggested import casualties

BODY = "Report\n\n"  # the first line of a text is read as its headline


def _found(sentence: str) -> dict[str, tuple[object, object, object, object]]:
    return {
        phrase: (a.get("count_low"), a.get("count_high"), a.get("kind"), a.get("victims"))
        for phrase, a in casualties(BODY + sentence).items()
    }


# ----------------------- one person named by a rank or an office, counted with a group

# (nouns the suggester takes as victims whose singular is no person on its own in a count)
_NOT_COUNTED_ALONE = {"family", "chief", "fan", "mp", "naxal", "sub-leader", "passer-by"}


@pytest.mark.parametrize(
    "noun", sorted(set(rules._VICTIM_SINGULAR_WORDS.split()) - _NOT_COUNTED_ALONE)
)
def test_every_singular_victim_noun_counts_one_beside_a_counted_group(noun: str) -> None:
    article = "an" if noun[0] in "aeiou" else "a"
    count = parse_casualty(f"killed {article} {noun} and three of the gunmen")
    assert (count.low, count.high) == (4, 4)


def test_a_sergeant_and_part_of_the_attackers_are_summed() -> None:
    found = _found("The gun battle killed a police sergeant and three of the gunmen.")
    assert found["killed a police sergeant and three of the gunmen"][:2] == (4, 4)


def test_a_mayor_and_counted_councillors_are_summed() -> None:
    found = _found("A mayor and two councillors were killed in the ambush.")
    assert found["A mayor and two councillors were killed"][:3] == (3, 3, "killed")
