"""People named in many naming traditions, and the quotes they speak (NAMES22).

Every sentence here is invented for the test."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _people(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [
        text[s.start : s.end]
        for s in found
        if s.label == "ACTOR" and s.attributes.get("type") == "person"
    ]


HEAD = "Clashes in the east\n\nTOBRUK (AFP) - "


def test_a_kunya_inside_a_long_arabic_name_counts_as_one_name() -> None:
    text = (
        HEAD + "Sheikh Idris Abu Salim bin Omar al-Mansouri, a tribal elder, said the road "
        "was closed. Relatives said the lawyer Yusuf Hamed Umm Khalil Darwish had been "
        "taken to the prison.\n"
    )
    found = _people(text)
    assert "Idris Abu Salim bin Omar al-Mansouri" in found
    assert "Yusuf Hamed Umm Khalil Darwish" in found


def test_five_name_words_without_a_kunya_are_still_no_person() -> None:
    text = HEAD + "Residents said Tarek Hamed Salim Omar Khalil Darwish Road was closed.\n"
    assert "Tarek Hamed Salim Omar Khalil Darwish" not in _people(text)
