"""Regional outlet pages (issue 15, PAGES20: dev 698-705). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Adama T. Zongo\u00e9 said the road was closed.", "Adama T. Zongo\u00e9"),
        (
            "By Mariam K. Kabor\u00e9, Staff Reporter\n\nThe road was closed.",
            "Mariam K. Kabor\u00e9",
        ),
        (
            "Police chief Lucas R. Ba\u00f1\u00f3 told reporters the road was closed.",
            "Lucas R. Ba\u00f1\u00f3",
        ),
    ],
)
def test_a_surname_after_a_middle_initial_keeps_its_accented_last_letter(
    text: str, name: str
) -> None:
    assert name in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John F. Okoro said the road was closed.", "John F. Okoro"),
        ("Adama T. Zongo said the road was closed.", "Adama T. Zongo"),
    ],
)
def test_a_surname_after_a_middle_initial_still_ends_where_it_did(text: str, name: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert not [span for span in found if span.startswith(name) and span != name]
