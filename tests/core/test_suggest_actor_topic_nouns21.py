"""A state's name before a noun naming a matter about it ("the Chad file", "the Niger
dispute", "the Palestine question") or a mission sent there ("the Haiti mission") is that
matter's topic, a place, as "the Sudan situation" is; its own bodies and agents after it
("the U.S. mission to the U.N.", "Benin soldiers") still act (issue 15, WIRE21: dev 706,
708, 711, 713). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A diplomat who handled the South Sudan file for years said talks were stalled.", "Sudan"),
        ("A senior official handling the Chad file at the ministry said Paris agreed.", "Chad"),
        ("A junta that has turned the Chad file into a tool for its own survival.", "Chad"),
        ('"For us the Burkina Faso dispute is politics in the capital," a trader said.', "Burkina"),
        ("The Central African Republic mission, launched in 2014, was extended.", "Central"),
        ("The Haiti mission, first deployed in 2024, was extended on Friday.", "Haiti"),
        ("The minister said the Palestine question would top the summit agenda.", "Palestine"),
        ("Rebels have turned the Sudan issue into a bargaining chip, he said.", "Sudan"),
    ],
)
def test_a_state_naming_the_topic_of_a_matter_is_a_place(text: str, name: str) -> None:
    assert not [span for span in suggested_texts(text) if name in span]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The U.S. mission to the U.N. said it would veto the draft.", "U.S."),
        ("Chad rejected the claims and said talks would go on.", "Chad"),
        ("Officials said 15 Benin soldiers were wounded in the attack.", "Benin"),
        ("Iran files complaint with UN over strike", "Iran"),
        ("Russia disputes the account of the attack, officials said.", "Russia"),
        ("Kenya and Somalia dispute the maritime border, officials said.", "Somalia"),
        ("Rwanda, Uganda issue joint statement on border", "Uganda"),
    ],
)
def test_a_state_before_its_own_body_or_as_subject_still_acts(text: str, name: str) -> None:
    assert [span for span in suggested_texts(text) if name in span]
