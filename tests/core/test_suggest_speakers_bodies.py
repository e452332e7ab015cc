"""Speakers that are bodies named some way before their words: the body whose report or
statement "the report said" means, the body a sentence names in a relative clause after
"calls itself", a ministry named paragraphs before "In its statement, the ministry said".

Every sentence here is invented for its test (invented people; real states and groups),
never an article's own.
"""

from __future__ import annotations

from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------------------------------- "the report said": who said it in a report


def test_the_report_is_the_subject_that_issued_it_not_a_body_in_its_relative_clause() -> None:
    text = (
        "The UN Human Rights Office (OHCHR), which works with the peacekeeping mission "
        "MONUSCO, said in a report that 30 people had been killed. The office said soldiers "
        'had shot at least five young men. "Some were killed in front of their families," '
        "the report said."
    )
    assert _speaker(text, "Some were killed") == "OHCHR"


def test_the_report_of_a_body_named_alone_stays_that_body() -> None:
    text = (
        "Human Rights Watch said in a report on Tuesday that the raids were unlawful. "
        '"The killings were deliberate," the report said.'
    )
    assert _speaker(text, "The killings") == "Human Rights Watch"
