"""Issue 15, WIRE22: forms the untuned code of dev 742-753 read wrongly, written as
invented sentences.

- "the Armed Forces" standing alone is the generic noun capitalised by house style, like
  "the Army" (guideline, session 28 point b); named by its state, its place or a bracketed
  short name it is a body.
- A photo credit is page furniture whether its slash is spaced ("(Photo by X / AFP)") or an
  agency in capitals credits its photographer at the end of the caption's line ("EFE/X").
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        '"The road is open and the Armed Forces have taken over the checkpoints," he said.',
        "The Navy, the National Police and the Armed Forces will keep patrolling the coast.",
        "On Monday the General Staff of the Armed Forces said in a communique that it had won.",
    ],
)
def test_the_armed_forces_alone_is_the_generic_noun(sentence: str) -> None:
    assert "Armed Forces" not in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The Armed Forces of Ukraine said the attack was repelled.", "Armed Forces of Ukraine"),
        ("The Malian Armed Forces said the convoy had reached Kidal.", "Malian Armed Forces"),
        ("The Armed Forces (FAMa) said the convoy had reached Kidal.", "Armed Forces"),
    ],
)
def test_armed_forces_named_by_their_state_or_short_name_stay_a_body(
    sentence: str, name: str
) -> None:
    assert name in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            "A policeman guards the road near Sibi on Friday. (Photo by Karim Dawar / AFP)\n\n"
            "The governor said the road would reopen.",
            "AFP",
        ),
        (
            "Mothers wait outside the prison gates in Quito on Monday. EFE/Julia Vera\n\n"
            "The governor said the prison would reopen.",
            "EFE",
        ),
    ],
)
def test_an_agency_in_a_photo_credit_is_furniture(text: str, agency: str) -> None:
    assert agency not in suggested_texts(BODY + text)


@pytest.mark.parametrize(
    ("sentence", "agency"),
    [
        ("A police officer told AFP that the road to Sibi was closed on Friday.", "AFP"),
        ("The governor told EFE on Monday that the prison would reopen.", "EFE"),
    ],
)
def test_an_agency_in_the_prose_stays_an_actor(sentence: str, agency: str) -> None:
    assert agency in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "By Ana Ruiz and Omar Diallo\n\n2026-12-04\n\nGao, Mali\n\n"
            "Gunmen attacked a market on Thursday, police said.",
            "Mali",
        ),
        (
            "By Ana Ruiz\n\nYala, Thailand\n\nA ranger was killed on Thursday, police said.",
            "Thailand",
        ),
    ],
)
def test_a_state_closing_its_towns_line_is_where_the_report_is_from(text: str, state: str) -> None:
    assert state not in suggested_texts(BODY + text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Aid was pledged by Chad, Niger\n\nThe meeting ended on Friday.", "Niger"),
        ("The statement was signed by Kenya\n\nThe meeting ended on Friday.", "Kenya"),
    ],
)
def test_a_state_closing_a_line_after_another_state_or_a_verb_still_acts(
    text: str, state: str
) -> None:
    assert state in suggested_texts(BODY + text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The new port at Lamu is part of Beijing's Silk Corridor Initiative, officials said.",
        "The railway, part of its Green Corridor Initiative, was opened on Monday.",
    ],
)
def test_an_initiative_a_state_or_body_owns_is_its_programme(sentence: str) -> None:
    assert not [span for span in suggested_texts(BODY + sentence) if "Initiative" in span]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Global Initiative against Transnational Organized Crime said gangs had grown.",
            "Global Initiative against Transnational Organized Crime",
        ),
        (
            "The Sahel Peace Initiative said on Monday that talks would resume.",
            "Sahel Peace Initiative",
        ),
    ],
)
def test_an_initiative_named_on_its_own_stays_a_body(sentence: str, name: str) -> None:
    assert name in suggested_texts(BODY + sentence)
