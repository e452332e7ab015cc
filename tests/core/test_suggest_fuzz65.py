"""Repeated real shapes (FUZZ65): a page that says one thing again and again must get the
same suggestions in every repeat, in time linear in its length, and never raise.

Walks back over the mentions for a person (or for a body) stepped over every mention of
the other kind one at a time, so a page of many bodies and no person read back to its
start for every quote; and the check for a caption's credit after an outlet's name read
its whole line, twice, for every outlet on it (a page of one paragraph)."""

from __future__ import annotations

from annotator.core.suggest import actors, suggest
from annotator.core.suggest.speakers import _Mentions
from annotator.core.suggestion import Suggestion
from annotator.services.suggesting import load_gazetteer

_GOVERNOR = (
    "The provincial governor, Amina Yusuf, visited the camp. "
    '"We counted the tents again," the governor told Radio Kalinga. '
)
_BODY_QUOTE = '"The roads are closed," the Red Cross said. '


def _speakers(text: str) -> list[str | None]:
    found = suggest(text, gazetteer=load_gazetteer())
    return [
        None if s.speaker is None else text[s.speaker[0] : s.speaker[1]]
        for s in found
        if s.label == "QUOTE"
    ]


def test_a_role_holder_is_found_past_hundreds_of_bodies_speaking() -> None:
    text = _GOVERNOR + _BODY_QUOTE * 300 + '"We will rebuild," the governor told Radio Kalinga.'
    speakers = _speakers(text)
    assert len(speakers) == 302
    assert speakers[0] == speakers[-1] == "Amina Yusuf"
    assert set(speakers[1:-1]) == {"Red Cross"}


def test_a_quote_told_by_an_unnamed_official_names_nobody_in_every_repeat() -> None:
    turn = (
        '"We are talking to the elders of both families so that the guns will be silent," '
        "the mayor told Radio Kalinga by phone on Wednesday."
    )
    for separator in (" ", "\n\n", "; "):
        speakers = _speakers(separator.join([turn] * 200))
        assert speakers == [None] * 200


def _mention(start: int, end: int, kind: str) -> Suggestion:
    return Suggestion(start, end, "ACTOR", {"type": kind}, rule="test")


def test_walks_back_for_a_kind_step_over_the_other_kind() -> None:
    person = _mention(0, 5, "person")
    bodies = [_mention(10 + 10 * i, 15 + 10 * i, "organisation") for i in range(5000)]
    mentions = _Mentions([person, *bodies])
    assert mentions.nearest_before(60_000, person=True) is person
    assert mentions.nearest_before(60_000, person=False) is bodies[-1]
    assert mentions.nearest_before(5, person=False) is None
    assert mentions.previous_of_kind(len(bodies), person=True) == 0
    assert mentions.previous_of_kind(-1, person=True) == -1
    assert mentions.organisations_before(60_000, 2) == bodies[-2:]


def _credit_tail(text: str, name: str = "Reuters") -> bool:
    start = text.rfind(name)
    return actors.in_a_credit_tail(text, start, start + len(name))


def test_a_credit_after_a_long_line_of_sentences_is_still_a_credit() -> None:
    line = "Some words make a sentence here. " * 300
    assert _credit_tail(line + "Photo: Naw Eh Wah / Reuters")
    assert _credit_tail(line + "(Reuters photo)\n\nNext paragraph.")
    assert not _credit_tail(line + "Reuters said the road was shut.")
    assert not _credit_tail(line + "Photo: " + "word " * 10 + "Reuters")


def test_a_tail_of_long_tokens_is_read_to_its_sentence() -> None:
    # a token longer than the window read first: the line is read as before
    assert _credit_tail("One two three four. " + "Y" * 500 + " photo by Reuters")
    assert not _credit_tail("One two. " + "Y" * 500 + " photo by Reuters")
    assert not _credit_tail("y" * 500 + " photo by Reuters")
    assert not _credit_tail("a " * 300 + "Reuters photo")


def _figures(text: str) -> list[tuple[str, object, object, object]]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["CASUALTY"])
    return [
        (
            text[s.start : s.end],
            s.attributes.get("count_low"),
            s.attributes.get("count_high"),
            s.attributes.get("kind"),
        )
        for s in found
    ]


def test_a_graded_part_in_sentences_joined_without_a_stop_is_read_once_each() -> None:
    # "...; ..." and "...once.The agency": one "sentence" of the whole page, read whole for
    # the harm before every "many of them" (quadratic: 107 KB took 6.9 s)
    turn = (
        "The agency said about 3,200 people had been displaced by noon, many of them "
        "already displaced once from other districts."
    )
    for separator in ("; ", "", " "):
        figures = _figures(separator.join([turn] * 300))
        assert figures == [("about 3,200 people had been displaced", 3200, 3200, "displaced")] * 300


def test_a_part_after_a_long_unstopped_run_is_still_read_against_its_harm() -> None:
    run = "the convoy passed the market, the school, the mosque and the river crossing, " * 40
    assert _figures(run + "gunmen killed at least six civilians, four of them beheaded.") == [
        ("killed at least six civilians", 6, None, "killed")
    ]
    assert _figures(run + "the attackers wounded 12 people, two of whom died.") == [
        ("wounded 12 people", 12, 12, "injured"),
        ("two of whom died", 2, 2, "killed"),
    ]


def test_figures_on_long_lines_stop_at_each_line_break() -> None:
    # each start's line break is looked up once per line, not read to the page's end
    line = "Gunmen killed 12 villagers on the road; " * 50 + "thousands flee"
    text = (line + "\n\nat least 4 people were wounded in the market.\n") * 3
    figures = _figures(text)
    assert figures.count(("killed 12 villagers", 12, 12, "killed")) == 150
    assert figures.count(("thousands flee", 2000, None, "displaced")) == 3
    assert figures.count(("at least 4 people were wounded", 4, None, "injured")) == 3
    assert len(figures) == 156


def test_a_table_of_labels_after_a_long_line_of_label_words() -> None:
    line = "Officials listed the killed and the wounded by district; " * 40
    text = "Report\n\n" + line + "\n\nKilled: 12\nWounded: 30\n- Missing: 4\n"
    assert _figures(text) == [
        ("Killed: 12", 12, 12, "killed"),
        ("Wounded: 30", 30, 30, "injured"),
        ("Missing: 4", 4, 4, "missing"),
    ]
