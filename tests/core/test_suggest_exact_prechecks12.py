"""Cheaper ways to the same suggestions (issue 16, PERF12): each rewrite finds what the
code it replaced found, on random text made of the pieces that matter and on every sample."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.core.suggest import actors, casualties
from annotator.core.suggest.base import SuggestContext

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def _sample_texts() -> list[str]:
    paths = sorted(SAMPLES.glob("*.txt")) + sorted((SAMPLES / "dev").glob("*.txt"))
    return [path.read_text("utf-8") for path in paths]


def _spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


# A table's labels and figures, near misses of them, and the line breaks and marks around.
_LABEL_PIECES = st.sampled_from(
    [
        *("Killed", "killed", "Injured", "Deaths", "dead", "Civilians", "Health", "workers"),
        *("in", "custody", "of", "12", "more than 40", "three", "1,200", "x", "A"),
        *(":", " - ", " \u2013 ", "\u2014", "-", "* ", "\u2022 ", ",", ";", "(", "\t"),
        *("\n", "\n\n", " ", "  ", "\r", "\u017f", "\u212a", "KILLED", "Kidnapped", "\u0301"),
        *("arre\u017fted", "\u212ailled", "Mi\u017f\u017fing", "dEaD", "-\n", "*\n\n"),
    ]
)
# ... and whole label lines put together from their parts, some of them broken.
_LABEL_LINE = st.tuples(
    st.sampled_from(["", "- ", "* ", "\u2022 ", "-\n", "Civilians ", "Health workers ", "x"]),
    st.sampled_from(["Killed", "DEAD", "injured", "Mi\u017f\u017fing", "\u212aidnapped", "said"]),
    st.sampled_from(["", " in custody", " of children", " in"]),
    st.sampled_from([": ", " - ", " \u2013 ", "\n- ", ":", " ", "\t:\t"]),
    st.sampled_from(["23", "more than 40", "three", "1,200", "x", ""]),
    st.sampled_from(["", "\n", " (UN)", ", ", "; ", " people", "\n\n"]),
).map("".join)
_LABEL_TEXT = st.lists(st.one_of(_LABEL_PIECES, _LABEL_LINE), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=_LABEL_TEXT)
def test_labels_tried_at_line_starts_are_those_the_pattern_finds_anywhere(text: str) -> None:
    pattern = casualties._LABEL_THEN_NUMBER.compiled
    found = casualties._label_lines(SuggestContext(text))
    assert _spans(found) == _spans(pattern.finditer(text))


def test_labels_tried_at_line_starts_in_every_sample_are_those_found_anywhere() -> None:
    pattern = casualties._LABEL_THEN_NUMBER.compiled
    for text in _sample_texts():
        found = casualties._label_lines(SuggestContext(text))
        assert _spans(found) == _spans(pattern.finditer(text))


def test_a_table_s_labels_are_found_on_every_line_and_at_the_very_start() -> None:
    # (invented) the first line, a line after a blank one, and the last line without a break
    text = "Killed: 23\nSomething else: 4\n\n- Injured \u2013 more than 40\nDeaths in custody: 6"
    phrases = [m.group("phrase") for m in casualties._label_lines(SuggestContext(text))]
    assert phrases == ["Killed: 23", "Injured \u2013 more than 40", "Deaths in custody: 6"]
    assert [m.group() for m in casualties._label_lines(SuggestContext("A note: killed: 3"))] == []


def test_every_label_word_is_an_anchor_word_that_the_pieces_tried_are_read_from() -> None:
    assert casualties._LABEL_WORDS <= casualties._ANY_ANCHOR
    label = casualties._LABEL_THEN_NUMBER.compiled.pattern
    assert all(word in label for word in casualties._LABEL_WORDS)


def test_a_bullet_s_label_on_a_later_line_is_found() -> None:
    # (invented) the bullet's space runs over a line break
    text = "Figures\n-\n  Wounded: 7\n\u2022 Missing \u2013 2"
    phrases = [m.group("phrase") for m in casualties._label_lines(SuggestContext(text))]
    assert phrases == ["Wounded: 7", "Missing \u2013 2"]


def test_a_label_is_never_found_inside_a_line() -> None:
    text = "The report said that killed: 12 were"
    assert list(casualties._label_lines(SuggestContext(text))) == []
    assert re.search("killed", text) is not None


def test_a_body_s_short_forms_are_read_from_its_words_once() -> None:
    # (invented names) its head words after the first, and the capitalised head before "for"
    full = "Valmora Observatory for Civic Rights"
    assert actors._short_forms_of(full) == (("Valmora Observatory",), None)
    assert actors._short_forms_of(full) is actors._short_forms_of(full)
    assert actors._short_forms_of("Popular Orvel Mobilisation Forces") == (
        ("Orvel Mobilisation Forces", "Mobilisation Forces"),
        None,
    )
    # ... and its name before a kind word a later mention writes in lower case
    assert actors._short_forms_of("Kata Front") == ((), ("Kata", "Kata", "front"))


def test_a_body_with_a_possessive_or_no_organisation_word_has_no_short_form() -> None:
    assert actors._short_forms_of("Orvel's Civic Council") == ((), None)
    assert actors._short_forms_of("Valmora Highlands") == ((), None)
    assert actors._short_forms_of("Council") == ((), None)


# A byline line's parts near an article's top, and what may stand around them.
_BYLINE_PIECES = st.sampled_from(
    [
        *("By: ", "By ", "Amina Wekesa", "Joseph Kiprono Otieno", "Van der Berg", "Setiawan"),
        *(" in Hanoi", " and ", " in Beijing", " |", ", RNZ Pacific Journalist", " with "),
        *("Reuters, AFP", " - Correspondent", " - Senior Reporter", "x", "\n", "\n\n", " "),
        *("Storm kills 3", "é", "\u0301", "-", "'"),
    ]
)


# ... and whole byline lines put together from their parts.
_BYLINE_LINE = st.tuples(
    st.sampled_from(["\n", "\n\n", "By: ", "x ", ""]),
    st.sampled_from(["Amina Wekesa", "Joseph Kiprono Otieno", "Ana de Souza", "Setiawan"]),
    st.sampled_from(
        [
            *(" in Hanoi", " in Hanoi and Lan Tran in Beijing", ", BBC News Correspondent", ""),
            *(" with Reuters, AFP", " - Staff Writer", " - Correspondent", " said"),
        ]
    ),
    st.sampled_from(["\n", " |", "", " ", "\nStorm"]),
).map("".join)


@settings(max_examples=500, deadline=None)
@given(
    text=st.lists(st.one_of(_BYLINE_PIECES, _BYLINE_LINE), max_size=12).map("".join),
    top=st.integers(0, 300),
)
def test_bylines_tried_at_line_starts_are_those_the_pattern_finds_anywhere(
    text: str, top: int
) -> None:
    top = min(top, len(text))
    found = actors._plain_byline_lines(text, top)
    assert _spans(found) == _spans(actors._PLAIN_BYLINE.finditer(text, 0, top))


def test_bylines_tried_at_line_starts_in_every_sample_are_those_found_anywhere() -> None:
    for text in _sample_texts():
        top = min(len(text), 800)
        found = actors._plain_byline_lines(text, top)
        assert _spans(found) == _spans(actors._PLAIN_BYLINE.finditer(text, 0, top))
