"""Speaker proposals: attribution after, before, around and without the quote."""

from __future__ import annotations

from annotator.core.suggest import suggest


def speakers(text: str) -> list[tuple[str, str | None]]:
    found = suggest(text, labels=["QUOTE", "ACTOR"])
    return [
        (text[s.start : s.end], text[s.speaker[0] : s.speaker[1]] if s.speaker else None)
        for s in found
        if s.label == "QUOTE"
    ]


def _speaker_extent(text: str, quote: str) -> tuple[int, int] | None:
    for s in suggest(text, labels=["QUOTE", "ACTOR"]):
        if s.label == "QUOTE" and text[s.start : s.end] == quote:
            return s.speaker
    raise AssertionError(quote)


def test_name_then_verb_after_the_quote() -> None:
    text = "\u201cThe wells are dry,\u201d Nadia Ferraro told aid workers."
    assert speakers(text) == [("The wells are dry,", "Nadia Ferraro")]


def test_verb_then_name_after_the_quote_skips_titles() -> None:
    text = '"We will rebuild," said Dr. Oren Vasquez, the district health chief.'
    assert speakers(text) == [("We will rebuild,", "Oren Vasquez")]


def test_according_to_names_the_speaker() -> None:
    text = 'Supplies would last "a week at most", according to Priya Raman, a logistics officer.'
    assert speakers(text) == [("a week at most", "Priya Raman")]


def test_name_and_verb_before_the_quote_with_a_colon() -> None:
    text = 'Colonel Anders Holm told reporters: "The crossing stays closed."'
    assert speakers(text) == [("The crossing stays closed.", "Anders Holm")]


def test_a_pronoun_points_to_the_nearest_named_person_before() -> None:
    text = (
        "Governor Tomas Reyes visited the shelter. \u201cWe need blankets,\u201d he said, "
        "\u201cand we need them tonight.\u201d"
    )
    found = dict(speakers(text))
    assert found["We need blankets,"] == "Tomas Reyes"


def test_the_charity_said_points_to_the_organisation_named_before() -> None:
    text = (
        "The Harbour Relief Society (HRS) ran the clinic. "
        "\u201cOur staff are exhausted,\u201d the charity said."
    )
    assert speakers(text) == [("Our staff are exhausted,", "HRS")]


def test_an_unnamed_official_gives_no_speaker() -> None:
    text = 'Mayor Lena Osei spoke first. "Nobody will be evicted," an official said.'
    assert speakers(text) == [("Nobody will be evicted,", None)]


def test_a_standalone_quote_continues_the_previous_speaker() -> None:
    text = '"The shelling stopped," said Karl Ionescu. "Then the looting started."'
    assert speakers(text) == [
        ("The shelling stopped,", "Karl Ionescu"),
        ("Then the looting started.", "Karl Ionescu"),
    ]


def test_a_standalone_quote_after_a_sentence_takes_its_subject() -> None:
    text = (
        "Engineer Mira Sandoval, 52, said the dam had cracked overnight. "
        '"We have perhaps two days."'
    )
    assert speakers(text) == [("We have perhaps two days.", "Mira Sandoval")]


def test_a_quote_inside_a_sentence_belongs_to_the_subject_of_the_verb_before_it() -> None:
    text = (
        "Foreign Minister Ivo Kral, speaking on Radio Sol Norte, called the vote "
        '"a farce" and left.'
    )
    assert speakers(text) == [("a farce", "Ivo Kral")]


def test_an_organisation_subject_skips_an_aside() -> None:
    text = (
        "The Delta Front (DF), quoted by the Morning Ledger newspaper, called the deal "
        '"a betrayal".'
    )
    assert speakers(text) == [("a betrayal", "DF")]  # the nearest mention before the aside


def test_the_speaker_is_an_extent_of_a_suggested_actor() -> None:
    text = '"Enough," said Hana Sato.'
    speaker = _speaker_extent(text, "Enough,")
    assert speaker is not None
    actor_extents = {(s.start, s.end) for s in suggest(text) if s.label == "ACTOR"}
    assert speaker in actor_extents


def test_speakers_are_proposed_even_when_only_quotes_are_asked_for() -> None:
    text = '"Enough," said Hana Sato.'
    (quote,) = suggest(text, labels=["QUOTE"])
    assert quote.speaker == (text.index("Hana"), len(text) - 1)
