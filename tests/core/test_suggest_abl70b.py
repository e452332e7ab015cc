"""ABL70B: session 69 sub-rules that changed no dev gold sentence and were kept because they
cover a closed class; these tests show the class with phrasings beyond the ones their own
tests used.

- FRAME69's possessive count in an inverted toll ("Among the dead were his two brothers"):
  the possessive determiners (his, her, my, our, their, its) after "were" / "are".
- ACT69's one initial before a surname after the words that give a name: "identified ... as",
  "named ... as", "a man named", "gave his name as" (South Indian initialled names).
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_casualties
from tests.core.suggest_probes import suggested_people as _people

_LEAD = "Gunmen attacked the village of Kabo on Tuesday. "


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Among the dead were her two sons.", ("Among the dead were her two sons", 2, 2)),
        (
            "Among the injured were my three brothers.",
            ("Among the injured were my three brothers", 3, 3),
        ),
        (
            "Among the dead were our two neighbours.",
            ("Among the dead were our two neighbours", 2, 2),
        ),
        (
            "Among the wounded are their four children, the family said.",
            ("Among the wounded are their four children", 4, 4),
        ),
    ],
)
def test_a_possessive_count_in_an_inverted_toll(sentence: str, expected: tuple) -> None:
    assert [f[:3] for f in suggested_casualties(sentence)] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Among the dead were his two cows.",
        "Among the dead were his two horses.",
        "Among the dead were his two cars.",
        "Among the missing were their 12 goats.",
    ],
)
def test_a_possessive_count_of_animals_or_things_is_no_figure(sentence: str) -> None:
    assert suggested_casualties(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Police identified the gunman as K. Thirunavukkarasu.", "K. Thirunavukkarasu"),
        ("Relatives named the dead man as Y. Venkata Ramana.", "Y. Venkata Ramana"),
        ("A man named P. Subbaiah was arrested.", "P. Subbaiah"),
        ("The victim gave his name as R. Senthilkumar.", "R. Senthilkumar"),
    ],
)
def test_one_initial_after_the_words_that_give_a_name(sentence: str, name: str) -> None:
    assert _people(_LEAD + sentence) == [name]
