"""Issue 15, MEDIA25: outlets named where no outlet acts, by the form of the text around
them rather than by the outlet's name; invented sentences with real outlets' names.

- A caption's credit after the last sentence of its line ("... on Thursday. Photo: Musa
  Bello / Xinhua", "... (Anadolu photo)", "... [Musa Bello/Dawn]") names no actor: the
  guideline leaves credits untagged. The same outlet in the story, as a dateline or as a
  byline, stays an actor.
- An outlet on a line of no sentence after the story's last sentence ("Listen to X on 98.1
  FM", "X | Kaduna desk", "Story continues on X") is the page's closing furniture; a last
  paragraph that is a sentence ("X could not independently verify the claims.") is story.
- A capital or a region the gazetteer lists, before an outlet's kind word ("Mogadishu
  television", "the Lima daily"), is where the outlet is, not the outlet.
"""

from __future__ import annotations

import pytest

from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer

HEADLINE = "Gunmen kill five traders near Kafanchan, police say\n\n"


def _media(text: str) -> list[str]:
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    return [
        text[s.start : s.end]
        for s in found
        if s.label == "ACTOR" and s.attributes.get("type") == "media"
    ]


def _page(outlet: str, caption: str) -> str:
    return (
        HEADLINE
        + f"KADUNA, Nigeria ({outlet}) - Gunmen killed five traders on the road to Kafanchan "
        "on Tuesday, police said.\n\n"
        + caption
        + "\n\n"
        + f'"They were ambushed at dawn," police commander Peter Otieno told {outlet}.\n'
    )


@pytest.mark.parametrize("outlet", ["Xinhua", "Anadolu", "Dawn", "Premium Times", "Kyodo"])
@pytest.mark.parametrize(
    "credit",
    [
        "Photo: Musa Bello / {o}",
        "Photo: {o}",
        "({o} photo)",
        "[Musa Bello/{o}]",
        "{o}/Musa Bello",
        "(Photo by Musa Bello / {o})",
        "{o} File Photo",
        "(Video grab: {o})",
        "({o} via Getty Images)",
        "Courtesy of {o}",
    ],
)
def test_an_outlet_in_a_captions_credit_is_no_actor(outlet: str, credit: str) -> None:
    caption = "Residents flee Kafanchan on Wednesday morning. " + credit.format(o=outlet)
    # the dateline's and the slot's mentions only: none in the caption's credit
    assert _media(_page(outlet, caption)) == [outlet, outlet]


@pytest.mark.parametrize(
    "line",
    [
        # the outlet in the caption's own sentence acts
        "Residents told {o} on Wednesday that they fled Kafanchan",
        # a line without a sentence of four words before the outlet: a dateline
        "Abuja. {o}",
        # the tail holds a verb: a crosshead, not a credit
        "Kafanchan after the raid. Commander tells {o} army will return",
    ],
)
def test_an_outlet_outside_a_credits_tail_stays_an_actor(line: str) -> None:
    text = _page("Xinhua", line.format(o="Xinhua"))
    assert _media(text).count("Xinhua") == 3


@pytest.mark.parametrize("outlet", ["Xinhua", "Premium Times", "Radio Okapi"])
@pytest.mark.parametrize(
    "closing",
    [
        "Listen to {o} on 98.1 FM",
        "{o} | Kaduna desk",
        "Story continues on {o}",
        "Like {o} on Facebook",
        "Get {o} alerts on your phone",
        "Video: {o}",
        "Also on {o}",
    ],
)
def test_an_outlet_on_a_closing_line_of_no_sentence_is_no_actor(outlet: str, closing: str) -> None:
    text = _page(outlet, "Residents fled Kafanchan on Wednesday.") + "\n" + closing.format(o=outlet)
    assert _media(text) == [outlet, outlet]


@pytest.mark.parametrize(
    "closing",
    [
        "{o} could not independently verify the claims.",
        "The police did not respond to {o}'s request for comment. MB",
    ],
)
def test_an_outlet_in_the_storys_last_sentence_stays_an_actor(closing: str) -> None:
    text = (
        _page("Xinhua", "Residents fled Kafanchan on Wednesday.")
        + "\n"
        + closing.format(o="Xinhua")
    )
    assert _media(text) == ["Xinhua", "Xinhua", "Xinhua"]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Footage aired on Mogadishu television showed the wreckage.", "Mogadishu"),
        ("The governor told Kigali radio that 12 people had died.", "Kigali"),
        ("A reporter for the Manila daily said the road was closed.", "Manila"),
        ("The blast was reported by the Lima newspaper La República.", "Lima"),
    ],
)
def test_a_listed_capital_or_region_before_an_outlets_kind_is_no_outlet(
    sentence: str, place: str
) -> None:
    assert place not in _media(HEADLINE + sentence + "\n")


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("The governor told Kano TV that 12 people had died.", "Kano TV"),
        ("The junta's Myawaddy television said 12 rebels died.", "Myawaddy"),
        ("The Kurdish channel Rudaw reported 12 deaths.", "Rudaw"),
    ],
)
def test_an_outlet_named_before_its_kind_stays_an_outlet(sentence: str, outlet: str) -> None:
    assert outlet in _media(HEADLINE + sentence + "\n")
