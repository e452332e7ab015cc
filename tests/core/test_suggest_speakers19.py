"""Speakers named again right after their quote (issue 15, session 50): a quote that ends
its sentence, attributed before it, then the next sentence opening with the same person's
later name and a verb of saying ('"... here." Mr X said the ...') links to that later name,
the mention right after the quote that attributes it, as the guideline's "nearest mention
that attributes it" says. Someone else named there, or the name set off by a clause
("X, who ..., said"), leaves the link where it was.

Every sentence here is invented for its test (invented people; real places), never an
article's own.
"""

from __future__ import annotations

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer


def _speaker_at(text: str, quote_words: str) -> tuple[int, int] | None:
    """The (start, end) of the speaker suggested for the quote starting `quote_words`."""
    for s in suggest(text, gazetteer=load_gazetteer()):
        if s.label == "QUOTE" and text[s.start : s.end].startswith(quote_words):
            return s.speaker
    raise AssertionError(f"no quote starting {quote_words!r}")


def _at(text: str, words: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return start, start + len(words)


def test_a_surname_saying_after_a_quote_set_after_said_colon_takes_the_link() -> None:
    text = (
        "Major Tendai Rukundo Sibanda, who leads the district's police, said: "
        '"The road is open again. We patrol it every night." '
        "Sibanda said two trucks had been stopped on Monday."
    )
    assert _speaker_at(text, "The road is open") == _at(text, "Sibanda", 1)


def test_a_titled_surname_after_a_continued_quote_takes_the_link() -> None:
    text = (
        '"We counted the tents twice," said Amara Kelleway-Osei, who runs the camp. '
        '"Nobody has come since Friday." '
        "Ms Kelleway-Osei said the well had run dry."
    )
    assert _speaker_at(text, "Nobody has come") == _at(text, "Kelleway-Osei", 1)


def test_a_middle_name_used_as_surname_takes_the_link() -> None:
    text = (
        'Baraka Odhiambo Wekesa, a trader in Garissa, said: "They took the goats and the '
        'water tank." Odhiambo told reporters the herders had left.'
    )
    assert _speaker_at(text, "They took") == _at(text, "Odhiambo", 1)


def test_someone_else_named_next_keeps_the_quote_with_its_speaker() -> None:
    text = (
        'Baraka Odhiambo Wekesa, a trader in Garissa, said: "They took the goats and the '
        'water tank." Halima Nuru Abdi said the herders had left.'
    )
    assert _speaker_at(text, "They took") == _at(text, "Baraka Odhiambo Wekesa")


def test_a_surname_set_off_by_a_clause_keeps_the_quote_with_its_speaker() -> None:
    text = (
        'Baraka Odhiambo Wekesa, a trader in Garissa, said: "They took the goats and the '
        'water tank." Wekesa, who has lived there for years, said the herders had left.'
    )
    assert _speaker_at(text, "They took") == _at(text, "Baraka Odhiambo Wekesa")


def test_a_quote_running_on_in_its_sentence_keeps_its_speaker() -> None:
    text = (
        'Baraka Odhiambo Wekesa, a trader in Garissa, said the raiders were "well armed '
        'and in a hurry" Wekesa said.'
    )
    assert _speaker_at(text, "well armed") == _at(text, "Baraka Odhiambo Wekesa")


def test_the_same_name_again_after_a_continued_quote_keeps_the_first() -> None:
    text = (
        '"The bridge is down," Wekesa said at the camp. "We wait for the boats." '
        "Wekesa said the herders had left."
    )
    assert _speaker_at(text, "We wait") == _at(text, "Wekesa")


# ------------------------- "the SP said": the title the abbreviation stands for, bracketed


def test_the_sp_is_the_superintendent_named_after_a_bracketed_district() -> None:
    text = (
        "Superintendent of Police (Lakhimpur) Rina Bordoloi Hazarika said the gunmen fled "
        'north. "Our teams are searching the tea gardens," the SP said.'
    )
    assert _speaker_at(text, "Our teams") == _at(text, "Rina Bordoloi Hazarika")


def test_the_igp_is_the_inspector_general_named_after_a_bracketed_zone() -> None:
    text = (
        "Inspector General of Police (Zone-II) T.K. Sangma told reporters that two teams "
        'were sent. "The gunmen used the river to escape," the IGP said.'
    )
    assert _speaker_at(text, "The gunmen") == _at(text, "T.K. Sangma")


def test_the_sp_is_nobody_when_the_bracketed_title_is_another() -> None:
    text = (
        "Deputy Commissioner (Lakhimpur) Tapan Kumar Roy said the gunmen fled north. "
        '"We found three bodies by the road," the SP said.'
    )
    assert _speaker_at(text, "We found") is None
