"""Issue 15, OUTLET22: outlets and people in the attribution slot, written as invented
sentences with names other than the dev articles' own.

- In the outlet slot ("told X that", "told X by phone", "speaking to X"), a first word
  that is, or is shaped like, a nationality ("Kenyan", "Meridian", "Mimi") does not bar an
  outlet's name when a masthead's word closes the run ("Standard", "Wire", "Info"): the
  name is an outlet, never a person. Without a masthead's word the nationality still
  says "not an outlet's name" ("told Russian state media").
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_types

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ('The lawmaker told Mimi Mefo Info that "our people are caught".', "Mimi Mefo Info"),
        ("A resident told Kenyan Standard that 12 people died.", "Kenyan Standard"),
        ("A farmer told the Rwandan Chronicle by phone that it burned.", "Rwandan Chronicle"),
        ("Speaking to Hiiraan Online by phone, the elder said it was shut.", "Hiiraan Online"),
    ],
)
def test_a_nationality_shaped_word_before_a_masthead_word_is_an_outlet(
    sentence: str, outlet: str
) -> None:
    assert suggested_types(BODY + sentence).get(outlet) == "media"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("A resident told Russian state media that 12 people died.", "Russian"),
        ("An official told Somali state television on Monday that 12 people died.", "Somali"),
    ],
)
def test_a_nationality_without_a_masthead_word_is_no_outlet(sentence: str, words: str) -> None:
    found = suggested_types(BODY + sentence)
    assert not any(words in name and kind == "media" for name, kind in found.items())
