"""Honorifics before a name as the dev gold writes them (session 46): the Amharic "Ato" and
"Woizero" stay out of the span, as "Mr" and "Mrs" do; the Burmese "Daw", "U" and "Ko" stay
inside it. Sentences are invented.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_texts


def test_an_amharic_honorific_stays_out_of_the_name() -> None:
    found = suggested_texts('"The road is closed," said Ato Dawit Haile Mekonnen, a driver.')
    assert "Dawit Haile Mekonnen" in found
    assert not any(name.startswith("Ato") for name in found)


def test_a_burmese_honorific_stays_inside_the_name() -> None:
    found = suggested_texts('"We hid in the monastery," said Daw Nu Nu Yin, a teacher.')
    assert "Daw Nu Nu Yin" in found
