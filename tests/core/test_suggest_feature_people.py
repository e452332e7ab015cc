"""People and speakers in long-form prose: features, profiles, interviews (FEAT20).

Every sentence here is invented for the test."""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _actors(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [text[s.start : s.end] for s in found if s.label == "ACTOR"]


def _speaker(text: str, quote_words: str) -> str | None:
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return None if s.speaker is None else text[s.speaker[0] : s.speaker[1]]
    raise AssertionError(f"no quote starting {quote_words!r}")


HEAD = "Waiting by the river\n\nTAMBERG (AFP) - "


def test_one_name_with_an_age_in_commas_is_a_person() -> None:
    text = HEAD + "In a school on the edge of town I met Safiya, 41, who had walked for days.\n"
    assert "Safiya" in _actors(text)


def test_one_word_before_a_list_of_ages_is_no_person() -> None:
    text = HEAD + "The farmer lost three sons, Zaid, aged 16, 19 and 24, in the raid.\n"
    assert "Zaid" not in _actors(text)
    text = HEAD + "By Sunday, 40, and possibly more, had fled the valley.\n"
    assert "Sunday" not in _actors(text)


def test_a_kin_or_elder_honorific_stays_out_of_the_name() -> None:
    text = (
        HEAD + "The eldest, Hajj Musa, keeps the list. Teacher Amos opens the school. "
        "Uncle Bakr sells tea, and Grandmother Nima bakes bread. Comandante Ruiz left.\n"
    )
    found = _actors(text)
    for name in ("Musa", "Amos", "Bakr", "Nima", "Ruiz"):
        assert name in found
    assert not any(w in " ".join(found) for w in ("Hajj", "Teacher", "Uncle", "Grandmother"))
