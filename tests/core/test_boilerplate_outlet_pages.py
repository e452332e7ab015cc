"""Page furniture of regional outlets' English pages: a masthead over a section label,
a "Section | date" stamp, inline "Also read:" links between paragraphs, and the comment
policy, channel promotions and subscriber notices closing the page.

The pages are made up for these tests; the outlets and places are invented.
"""

from __future__ import annotations

from annotator.core.boilerplate import boilerplate_ranges
from tests.core.boilerplate_page import pieces

HEADLINE = "Gunmen kill six traders on the road to Lorvane market"
BODY = (
    "Gunmen killed six traders on Tuesday on the road to the market of Lorvane, the "
    "district police said, blaming a local militia for the attack.\n\n"
    '"They stopped the lorry and shot the men," said Teodor Malesk, a driver who escaped.\n\n'
    "The district has seen a rise in attacks on traders since the start of the year.\n"
)


def test_a_masthead_over_a_breadcrumb_with_an_ampersand_is_furniture() -> None:
    text = "The Valley Courier\n\nRegion > Crime & Justice\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == ["The Valley Courier\n\nRegion > Crime & Justice"]


def test_a_masthead_with_a_bar_over_a_home_link_is_furniture() -> None:
    text = "Lakeside24 | English edition\n\nHome / Security\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == ["Lakeside24 | English edition\n\nHome / Security"]


def test_a_section_and_its_subsection_above_the_headline_are_furniture() -> None:
    text = "Lorvane Today\n\nNews | Security\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == ["Lorvane Today\n\nNews | Security"]


def test_a_section_with_a_date_stamp_above_the_headline_is_furniture() -> None:
    text = "Society | 03.11.2026, 09:15 | 4,120 views\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == ["Society | 03.11.2026, 09:15 | 4,120 views"]


def test_a_headline_with_a_bar_is_not_a_section_label() -> None:
    text = "Lorvane | Gunmen kill six traders on the road to the market\n\n" + BODY
    assert boilerplate_ranges(text) == []


def test_a_masthead_alone_over_the_headline_stays_text() -> None:
    text = "The Valley Courier\n\n" + HEADLINE + "\n\n" + BODY
    assert boilerplate_ranges(text) == []


def test_an_also_read_link_between_paragraphs_is_furniture() -> None:
    link = "Also Read: Army reopens the road to Lorvane after two weeks"
    paragraphs = BODY.split("\n\n")
    text = HEADLINE + "\n\n" + "\n\n".join([*paragraphs[:2], link, *paragraphs[2:]])
    assert pieces(text) == [link]


def test_a_sentence_opening_with_also_read_stays_text() -> None:
    line = "Related: the governor said 12 people had been arrested after the attack."
    paragraphs = BODY.split("\n\n")
    text = HEADLINE + "\n\n" + "\n\n".join([paragraphs[0], line, *paragraphs[1:]])
    assert boilerplate_ranges(text) == []


def test_a_short_url_under_the_headline_is_furniture() -> None:
    text = HEADLINE + "\n\nTeodor Malesk\n\nShort Url\nhttps://lv.example/k3x9\n\n" + BODY
    assert pieces(text) == ["Short Url\nhttps://lv.example/k3x9"]


def test_comment_policy_and_channel_promotions_close_the_page() -> None:
    end = (
        "Categories: Security, Region.\n\n"
        "Follow The Valley Courier's Google News channel for all the latest news\n\n"
        "Comments\n\n"
        "Comments posted here do not reflect the views of The Valley Courier.\n\n"
        "Commenting for this story is now closed.\n"
        "If you have a Facebook account, become a fan and comment on our Facebook Page!"
    )
    text = HEADLINE + "\n\n" + BODY + "\n" + end
    assert pieces(text) == [end]


def test_a_notice_of_moderation_and_an_agency_sign_off_are_furniture() -> None:
    for end in (
        "Comments are moderated. Any insulting remark will be deleted.",
        "==Meridian",
        "Meridian Wire's website carries only part of the stories offered to subscribers.",
    ):
        text = HEADLINE + "\n\n" + BODY + "\n" + end
        assert pieces(text) == [end]


def test_a_newsroom_line_asking_for_support_closes_the_page() -> None:
    end = (
        "Lorvane Today is an independent newsroom. Support our journalism: donate today.\n\n"
        "Subscribe to our newsletter"
    )
    text = HEADLINE + "\n\n" + BODY + "\n" + end
    assert pieces(text) == [end]


def test_a_last_paragraph_with_a_sentence_about_support_stays_text() -> None:
    last = "The toll could rise. Support for the militia has grown in the hills, officials said."
    text = HEADLINE + "\n\n" + BODY + "\n" + last + "\n\nSubscribe to our newsletter"
    assert pieces(text) == ["Subscribe to our newsletter"]
