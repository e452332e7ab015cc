"""General forms the untuned misses of articles 356-365 showed and the development set
shows too (issue 15, session 38).

Each test states one form with sentences written for the test (invented people, outlets'
words and events; real places), never the development articles' own.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts

# --------- a name of four words, or with a particle, opening a paragraph before a verb
# (given names no list holds: a listed one is found by the surname rules already)


@pytest.mark.parametrize(
    ("text", "quote", "name"),
    [
        (
            "SANTA MARTA, Colombia (Reuters) - Gunmen killed four people in a village.\n\n"
            "Yuli Marcela Ospina Quintero runs a bakery near the square.\n\n"
            '"We closed the doors and lay on the floor," she said.\n',
            "We closed",
            "Yuli Marcela Ospina Quintero",
        ),
        (
            "NOUAKCHOTT (Reuters) - Herders crossed the border this week.\n\n"
            "Sidi Brahim ould Mbarek lost 40 camels to the raiders.\n\n"
            '"They took everything we had on four legs," he said.\n',
            "They took",
            "Sidi Brahim ould Mbarek",
        ),
        (
            "CUCUTA, Colombia (Reuters) - Fighting closed the road.\n\n"
            "Dairo Enrique de la Hoz sold coffee at the bus stop for 20 years.\n\n"
            '"Now no bus comes," he said.\n',
            "Now no bus",
            "Dairo Enrique de la Hoz",
        ),
    ],
)
def test_a_long_or_particled_name_opening_a_paragraph_is_the_next_quotes_speaker(
    text: str, quote: str, name: str
) -> None:
    assert name in suggested_texts(text)
    assert suggested_speaker(text, quote) == name


def test_five_name_words_before_a_verb_are_no_one_person() -> None:
    text = (
        "BOGOTA (Reuters) - Troops were sent.\n\n"
        "Juan Carlos Perez Lopez Garcia sells maps by the port.\n\n"
        '"Nobody comes now," she said.\n'
    )
    assert "Juan Carlos Perez Lopez Garcia" not in suggested_texts(text)
