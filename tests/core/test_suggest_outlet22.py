"""Issue 15, OUTLET22: outlets and people in the attribution slot, written as invented
sentences with names other than the dev articles' own.

- In the outlet slot ("told X that", "told X by phone", "speaking to X"), a first word
  that is, or is shaped like, a nationality ("Kenyan", "Meridian", "Mimi") does not bar an
  outlet's name when a masthead's word closes the run ("Standard", "Wire", "Info"): the
  name is an outlet, never a person. Without a masthead's word the nationality still
  says "not an outlet's name" ("told Russian state media").
- An outlet's note on its own practice closing the page ("X corrects errors promptly",
  "X's reporting from Y relies on sources", "Translated from the French by the X
  newsroom") is page furniture: no actor in it.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
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


# An outlet's note on its own practice closing the page is furniture (the guideline leaves
# it untagged), though the outlet was named in a slot higher up.
HEAD = (
    "Gunmen kill five near Mopti\n\n"
    "Gunmen killed five people in a village near Mopti on Tuesday, a local official told "
    "Studio Tamani by phone.\n\n"
    '"They came at night," the official said.\n\n'
)


def _outlets_after(text: str, start: int) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.start >= start]


@pytest.mark.parametrize(
    "closing",
    [
        "Studio Tamani corrects errors promptly. To report an error, write to the desk.",
        "Translated from the French by the Studio Tamani newsroom.",
        "Studio Tamani's reporting from central Mali relies on sources who speak at great "
        "risk. Their names are withheld for their safety.",
    ],
)
def test_an_outlets_note_on_its_own_practice_closing_the_page_is_furniture(
    closing: str,
) -> None:
    assert _outlets_after(HEAD + closing + "\n", len(HEAD)) == []


@pytest.mark.parametrize(
    "closing",
    [
        "Studio Tamani could not independently verify the claims.",
        # the same words in the body, with a paragraph after them, are text
        "Studio Tamani's reporting from the town relies on sources, the official told "
        "Studio Tamani.\n\nThe army did not comment.",
    ],
)
def test_the_outlet_in_the_bodys_own_sentences_stays(closing: str) -> None:
    assert "Studio Tamani" in _outlets_after(HEAD + closing + "\n", len(HEAD))
