"""Honorifics before a name as the dev gold writes them (session 46): the Amharic "Ato" and
"Woizero" stay out of the span, as "Mr" and "Mrs" do; the Burmese "Daw", "U" and "Ko" stay
inside it. Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


def test_an_amharic_honorific_stays_out_of_the_name() -> None:
    found = suggested_texts('"The road is closed," said Ato Dawit Haile Mekonnen, a driver.')
    assert "Dawit Haile Mekonnen" in found
    assert not any(name.startswith("Ato") for name in found)


def test_a_burmese_honorific_stays_inside_the_name() -> None:
    found = suggested_texts('"We hid in the monastery," said Daw Nu Nu Yin, a teacher.')
    assert "Daw Nu Nu Yin" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"We will rebuild the bridge," said Hon. Farai Chikwanha, the MP for the area.',
            "Farai Chikwanha",
        ),
        ('"Nobody will be spared," Cde Tafadzwa Mlambo told supporters.', "Tafadzwa Mlambo"),
        ("Comrade Tinashe Gumbo said the ward had voted.", "Tinashe Gumbo"),
        ('"Nobody was hurt," said Shri Hari Prasad Adhikari, a villager.', "Hari Prasad Adhikari"),
        ("Général Abakar Mahamat Saleh said the army held the town.", "Abakar Mahamat Saleh"),
    ],
)
def test_a_style_or_untranslated_rank_before_the_name_stays_out(text: str, name: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert not any(f.endswith(name) and f != name for f in found)
