"""SPK66: a person's name with a nickname in marks inside it is one ACTOR span ('Halima
Omar "Mama Redio" Said'), on sentences written for these tests (invented people), driving
the real suggester; the hostile neighbours keep a quote, an outlet or a date out of it."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker, suggested_texts

_LEAD = "NAIROBI, Dec 6 (Reuters) - Protests continued in the capital.\n\n"


@pytest.mark.parametrize(
    "name",
    [
        'Halima Omar "Mama Redio" Said',
        'Ibrahim Alhassane dit "Doubi" Maïga',
        'Adamu "Kachalla Dogo" Bello',
        "Faadumo Xasan \u201cDheere\u201d Cilmi",
        'John Kamau "The General" Otieno',
    ],
)
def test_a_nickname_inside_a_persons_name_is_one_span(name: str) -> None:
    text = _LEAD + f"One of the traders, {name}, said the market would stay shut.\n"
    assert name in suggested_texts(text)


def test_a_nicknamed_name_before_its_possessive_is_one_span() -> None:
    text = _LEAD + 'Police searched John Kamau "Spider" Otieno\'s house on Friday.\n'
    assert 'John Kamau "Spider" Otieno' in suggested_texts(text)


def test_the_nicknamed_name_is_the_speaker() -> None:
    text = (
        _LEAD + 'One of its presenters, Halima Omar "Mama Redio" Said, said on air: "People '
        'have stopped travelling."\n'
    )
    assert suggested_speaker(text, "People have stopped") == 'Halima Omar "Mama Redio" Said'


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # hostile: an outlet after a verb, a chant, a weekday, a title-case headline
        ('John Kamau told "Al Jazeera" Tuesday that the army had withdrawn.', "John Kamau"),
        ('John Kamau "Spider" Monday was arrested.', "John Kamau"),
        ('John Kamau called the raid "a disgrace" on Monday.', "John Kamau"),
    ],
)
def test_no_nickname_span_past_a_verb_a_date_or_a_quote(sentence: str, kept: str) -> None:
    found = suggested_texts(_LEAD + sentence + "\n")
    assert kept in found
    assert not any('"' in name for name in found)


def test_a_title_case_headline_takes_no_nickname() -> None:
    text = 'Villagers Hail John Kamau "Hero" Award\n\n' + _LEAD
    assert not any('"' in name for name in suggested_texts(text))


def test_a_quote_after_a_name_keeps_its_speaker() -> None:
    text = _LEAD + 'John Kamau called the raid "a disgrace" on Monday.\n'
    assert suggested_speaker(text, "a disgrace") == "John Kamau"


# --- review66s: a title or a body after a person's name and a word in marks ---


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ('Voters backed Ahmed Nur "Peace First" Party candidate in the poll.', "Ahmed Nur"),
        ('In a new book by Ahmed Nur "Blood River" Press, 2019, the war is told.', "Ahmed Nur"),
        ('Guests included Ahmed Nur "Big Brother" Africa winner, and his wife.', "Ahmed Nur"),
        ('Mourners bury Moussa Keita\n"Justice" Now, the crowd chanted.', "Moussa Keita"),
    ],
)
def test_review66s_no_nickname_before_a_body_or_a_line_break(text: str, person: str) -> None:
    found = suggested_texts(text)
    assert person in found
    assert not any('"' in p for p in found)


def test_review66s_many_nicknamed_names_are_each_one_span() -> None:
    # (the spans inside are found by bisect: 400 KB of such names was 6-8x 200 KB)
    text = _LEAD + 'Halima Omar "Mama Redio" Said, a farmer; ' * 200 + "\n"
    found = suggested_texts(text)
    assert found.count('Halima Omar "Mama Redio" Said') == 200
    assert "Redio" not in found
