"""False suggestions on the page's edges and false outlets (issue 15, EDGE23): a photo's
credit closing its caption whatever its label, an outlet's line about itself, a credit line
closing the page whatever role it credits. Invented pages and sentences, real places."""

from __future__ import annotations

import pytest

from annotator.core.boilerplate import boilerplate_ranges
from tests.core.suggest_probes import suggested_texts

TOP = (
    "Gunmen kill seven farmers in Orvel raid\n\nBy Amina Deng\n\n"
    "JUBA, Dec 3 (Meridian Wire) - Gunmen killed seven farmers in a raid on Orvel, the "
    "South Sudanese army said on Wednesday.\n\n"
    '"They came at night," a survivor told Highland Sentinel by telephone.\n\n'
)


def _furniture(text: str) -> list[str]:
    return [text[a:b] for a, b in boilerplate_ranges(text)]


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "Villagers gather at the site of the raid. Photo by Peter Lado for Highland Sentinel",
            "Photo by Peter Lado for Highland Sentinel",
        ),
        (
            "Villagers gather at the site of the raid. (Photo courtesy of Highland Sentinel)",
            "(Photo courtesy of Highland Sentinel)",
        ),
        (
            "Villagers gather at the site of the raid. Credit: Peter Lado/Highland Sentinel",
            "Credit: Peter Lado/Highland Sentinel",
        ),
        (
            "Villagers gather at the site of the raid. \u00a9 Highland Sentinel",
            "\u00a9 Highland Sentinel",
        ),
        (
            "Photo: Villagers gather at the site of the raid. Peter Lado/Meridian Wire",
            "Peter Lado/Meridian Wire",
        ),
        ("Mourners carry a coffin in Bor on Friday. Reuters/Joseph Wani", "Reuters/Joseph Wani"),
    ],
)
def test_a_caption_credit_is_furniture_whatever_its_label(caption: str, credit: str) -> None:
    text = TOP + caption + "\n\nThe army said it had sent troops to the area."
    assert credit in _furniture(text)
    found = suggested_texts(text)
    assert "Peter Lado" not in found
    assert "Joseph Wani" not in found
    assert found.count("Highland Sentinel") == 1  # the slot in the body, not the credit


@pytest.mark.parametrize(
    "line",
    [
        # prose with a slash after its stop is no credit: a verb, lower-case words
        "The army said it had retaken the town. Talks in Juba/Addis Ababa are due next week.",
        "The police chief resigned on Monday. He was replaced by his deputy.",
    ],
)
def test_prose_closing_a_line_is_no_caption_credit(line: str) -> None:
    text = TOP + line + "\n\nThe army said it had sent troops to the area."
    assert not any(line in f or f in line for f in _furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Highland Sentinel is a network of independent reporters in South Sudan.",
        "Highland Sentinel is an independent, reader-funded newsroom covering South Sudan.",
    ],
)
def test_an_outlet_describing_itself_on_the_last_line_is_furniture(line: str) -> None:
    text = TOP + line
    assert line in " ".join(_furniture(text))
    assert suggested_texts(text).count("Highland Sentinel") == 1


def test_a_body_described_as_a_network_in_the_last_line_keeps_its_span() -> None:
    # a network of associations is no outlet: the line is the report's
    line = "Tala Voices is a network of local associations that counts the dead."
    text = TOP + line
    assert not any(line in f for f in _furniture(text))


@pytest.mark.parametrize(
    "line",
    [
        "Written by Amina Deng. Edited by Samuel Okot.",
        "Story by Amina Deng, Highland Sentinel",
        "Produced by Highland Sentinel's conflict desk.",
        "Text and photos by Peter Lado",
    ],
)
def test_a_credit_line_closing_the_page_is_furniture(line: str) -> None:
    text = TOP + line
    assert line in " ".join(_furniture(text))
    found = suggested_texts(text)
    assert "Peter Lado" not in found
    assert "Samuel Okot" not in found


def test_the_same_credit_under_the_headline_is_a_byline() -> None:
    text = (
        "Gunmen kill seven farmers in Orvel raid\n\nWritten by Amina Deng\n\n"
        "Gunmen killed seven farmers in a raid on Orvel, the army said on Wednesday.\n\n"
        "The army said it had sent troops to the area."
    )
    assert "Amina Deng" in suggested_texts(text)
    # and at the bottom, a credit line with prose in it is the report's
    line = "Reporting by the Highland Sentinel suggests the toll is higher."
    assert not any(line in f for f in _furniture(TOP + line))


@pytest.mark.parametrize(
    ("text", "outlet", "place"),
    [
        (
            "The minister told the Tiraspol television channel TSV that an inquiry was opened.",
            "TSV",
            "Tiraspol",
        ),
        (
            "The spokesman told the Mogadishu television channel SNTV that the attack failed.",
            "SNTV",
            "Mogadishu",
        ),
        (
            "The mayor told the Bunia radio station Radio Candip that 12 died.",
            "Radio Candip",
            "Bunia",
        ),
    ],
)
def test_the_place_before_an_outlets_two_word_kind_is_no_outlet(
    text: str, outlet: str, place: str
) -> None:
    found = suggested_texts(text)
    assert outlet in found
    assert place not in found


def test_a_name_before_an_outlets_kind_with_no_name_after_stays_the_outlet() -> None:
    # "the Tala Voice radio station said": the outlet's name, then its kind
    assert "Tala Voice" in suggested_texts("The Tala Voice radio station said 12 had died.")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Sahel Weekly Digest | 1-7 December 2026\n\nAttacks rise in northern Burkina Faso\n\n"
            "At least 12 soldiers were killed near Djibo, according to the Sahel Weekly Digest.",
            "Sahel Weekly Digest",
        ),
        (
            "Gunmen killed five people in Gedo, the army said, according to the Horn Briefing.",
            "Horn Briefing",
        ),
        ("The figures were published in the Kivu Humanitarian Bulletin on Friday.", "Bulletin"),
    ],
)
def test_a_newsletters_or_bulletins_title_is_no_actor(text: str, title: str) -> None:
    assert not any(title in found for found in suggested_texts(text))


def test_an_outlet_whose_name_ends_like_a_report_keeps_its_span() -> None:
    # "Report", "Review", "Dispatch" close outlets' names too
    text = (
        'The council head told EVN Report that 40 families had arrived. "We need help," she said.'
    )
    assert "EVN Report" in suggested_texts(text)
