"""Speaker proposals: attribution after, before, around and without the quote."""

from __future__ import annotations

from annotator.core.suggest import Suggestion, suggest


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


# -- ranking the speakers offered by hand (S on a quote) ---------------------------------


def _actor(text: str, name: str, kind: str, nth: int = 0) -> Suggestion:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Suggestion(start, start + len(name), "ACTOR", {"type": kind})


def test_rank_speakers_puts_the_attributed_mention_first_and_leaves_out_the_quote() -> None:
    from annotator.core.suggest.speakers import rank_speakers

    text = (
        "The FVF struck. "
        '"Valdor will not leave," the defence minister Ilse Marović told reporters. '
        "Lenvia said nothing."
    )
    quote_start = text.index("Valdor")
    quote = (quote_start, quote_start + len("Valdor will not leave,"))
    actors = [
        _actor(text, "FVF", "armed group"),
        _actor(text, "Valdor", "state"),
        _actor(text, "Ilse Marović", "person"),
        _actor(text, "Lenvia", "state"),
    ]
    ranked = rank_speakers(text, quote, actors)
    assert [text[c.start : c.end] for c in ranked] == ["Ilse Marović", "FVF", "Lenvia"]
    assert [c.attributed for c in ranked] == [True, False, False]
    assert ranked[1].distance < ranked[0].distance  # nearer, but not the one the text names
    assert ranked[0].context.endswith("told reporters.")
    assert ranked[1].context == "The FVF struck."
    assert [c.index for c in ranked] == [2, 0, 3]


def test_rank_speakers_cuts_a_long_context_around_the_mention() -> None:
    from annotator.core.suggest.speakers import rank_speakers

    filler = "word " * 60
    text = f'{filler}Marović spoke {filler}today. "We stay," she said.'
    quote_start = text.index("We stay")
    ranked = rank_speakers(
        text, (quote_start, quote_start + 8), [_actor(text, "Marović", "person")]
    )
    (only,) = ranked
    assert only.attributed  # "she said": the nearest person named before
    assert "Marović spoke" in only.context
    assert only.context.startswith("…")
    assert only.context.endswith("…")
    assert len(only.context) <= 102
