"""Page furniture of scraped news pages: above the headline, under it and at the end.

The pages are made up for these tests in the shapes news sites use: breadcrumbs
and a skip link above the headline, a date and share buttons between the headline
and the body, topic lists, licensing links and agency sign-offs at the end.
"""

from __future__ import annotations

from annotator.core.boilerplate import boilerplate_ranges
from annotator.core.suggest import suggest
from annotator.services.suggesting import load_gazetteer
from tests.core.boilerplate_page import pieces

HEADLINE = "Shelling of market kills 9 in Kassala, officials say"
STANDFIRST = "Residents said the shells landed as traders were opening their stalls on Friday."
BODY = (
    "KASSALA, May 3 (Meridian Wire) - Shelling killed nine civilians in a market in "
    "eastern Sudan on Friday, local officials said, blaming the Rapid Support Forces.\n\n"
    '"We buried them before noon," said Amira Saleh, a teacher.\n'
)


def test_a_skip_link_and_breadcrumbs_above_the_headline_are_one_block() -> None:
    text = "Skip to main content\nAdvertisement\nWorld\nMiddle East\n\n" + HEADLINE + "\n\n" + BODY
    assert pieces(text) == ["Skip to main content\nAdvertisement\nWorld\nMiddle East"]


def test_breadcrumbs_alone_are_not_furniture_without_a_furniture_line() -> None:
    text = "Sudan\n\n" + HEADLINE + "\n\n" + BODY
    assert boilerplate_ranges(text) == []


def test_the_date_and_share_buttons_under_the_headline_are_furniture() -> None:
    text = (
        HEADLINE
        + "\n\n"
        + STANDFIRST
        + "\n\nPublished On 3 May 2026\n3 May 2026\nUpdated 2 hours ago\nShare\nSave\n\n"
        + BODY
    )
    assert pieces(text) == ["Published On 3 May 2026\n3 May 2026\nUpdated 2 hours ago\nShare\nSave"]


def test_a_dated_line_with_a_time_and_zone_is_furniture_under_the_headline() -> None:
    text = HEADLINE + "\nMay 3, 2026, 10:42 AM GMT\n\n" + BODY
    assert pieces(text) == ["May 3, 2026, 10:42 AM GMT"]


def test_prose_that_starts_like_a_date_line_stays_text() -> None:
    lines = [
        "Published on Monday, the report said 40 people were killed in the raids.",
        "Updated figures from the ministry showed 40 dead and 12 wounded in the town.",
    ]
    for line in lines:
        text = HEADLINE + "\n\n" + line + "\n\n" + BODY
        assert boilerplate_ranges(text) == [], line


def test_a_date_line_deep_in_the_body_is_not_looked_at() -> None:
    paragraph = "Paragraph {} of the report goes on about the war."
    paragraphs = "\n\n".join(paragraph.format(i) for i in range(15))
    text = HEADLINE + "\n\n" + paragraphs + "\n\n3 May 2026\n\n" + BODY
    assert boilerplate_ranges(text) == []


def test_topics_licensing_and_standards_lines_at_the_end_are_one_block() -> None:
    footer = (
        "Our Standards: The Meridian Trust Principles., opens new tab\n\n"
        "Suggested Topics:\nAfrica\nSudan\n"
        "Purchase Licensing Rights, opens new tab\n"
    )
    text = HEADLINE + "\n\n" + BODY + "\n" + footer
    assert pieces(text) == [footer.rstrip("\n")]


def test_an_agency_sign_off_closes_the_article_as_furniture() -> None:
    for sign_off in ("burs-kd/jm", "kd/jm/bc"):
        text = HEADLINE + "\n\n" + BODY + "\n" + sign_off + "\n"
        assert pieces(text) == [sign_off], sign_off


def test_a_credit_line_before_the_furniture_joins_it() -> None:
    # Session 31, point 1: the closing credit line is furniture too (it stayed text before).
    credit = "Reporting by Amira Saleh; Editing by Tom Hale"
    text = HEADLINE + "\n\n" + BODY + "\n" + credit + "\nSuggested Topics:\nSudan\n"
    assert pieces(text) == [credit + "\nSuggested Topics:\nSudan"]


def test_nothing_is_suggested_in_the_topics_under_an_article() -> None:
    text = HEADLINE + "\n\n" + BODY + "\nSuggested Topics:\nAfrica\nSudan\nEthiopia\n"
    found = suggest(text, gazetteer=load_gazetteer())
    topics = text.index("Suggested Topics")
    actors = [text[s.start : s.end] for s in found if s.label == "ACTOR"]
    assert "Rapid Support Forces" in actors
    assert all(s.end <= topics for s in found)


def test_a_short_headline_above_a_date_line_stays_text() -> None:
    # A headline of one or two words looks like a section name; with the date line under
    # it, both used to be taken as one block of furniture above the body.
    text = "Kassala shelling\n3 May 2026\n\n" + BODY
    assert pieces(text) == ["3 May 2026"]


def test_a_short_headline_after_a_skip_link_and_breadcrumbs_stays_text() -> None:
    text = "Skip to main content\nWorld\nSudan\nKassala shelling\nShare\n\n" + BODY
    assert pieces(text) == ["Skip to main content\nWorld\nSudan", "Share"]


def test_an_explore_more_topic_list_at_the_end_is_furniture() -> None:
    """A topic list under "Explore more on these topics" is links, not prose: nothing in
    it is suggested ("Ethiopia" there is no actor)."""
    footer = "Explore more on these topics\nEthiopia\nAfrica\nDrones"
    text = HEADLINE + "\n\n" + BODY + "\n" + footer + "\n"
    assert pieces(text) == [footer]
    found = suggest(text, gazetteer=load_gazetteer())
    assert all(s.end <= text.index("Explore more") for s in found)


def test_prose_that_asks_to_explore_more_stays_text() -> None:
    line = "Explore more of the valley and you find the burned granaries, farmers said."
    text = HEADLINE + "\n\n" + BODY + "\n" + line + "\n"
    assert boilerplate_ranges(text) == []


def test_a_press_release_contact_block_and_a_reporters_address_are_furniture() -> None:
    contacts = (
        "For more information on this topic, please contact:\n"
        "In Bamako, Awa Traore, traore@example.org, +223 20 00 00 00\n"
        "In Geneva, Lena Moor, moor@example.org"
    )
    text = HEADLINE + "\n\n" + BODY + "\n" + contacts + "\n"
    assert pieces(text) == [contacts]
    found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
    assert all(s.end <= text.index("For more") for s in found)
    text = HEADLINE + "\n\n" + BODY + "\nsaleh@example.com\n"
    assert pieces(text) == ["saleh@example.com"]
    # ... while a paragraph that quotes an address stays text
    tip = "Tips can be sent to the unit at tips@example.org, it said."
    text = HEADLINE + "\n\n" + BODY + "\n" + tip + "\n"
    assert boilerplate_ranges(text) == []


def test_a_closing_wire_credit_line_is_furniture_and_nothing_on_it_is_suggested() -> None:
    """Session 31, point 1: "Reporting by ...; Editing by ..." and "<Agency> writer X in Y
    contributed to this report" are the story's production record: no actor there."""
    for credit in (
        "Reporting by Nadia Karim in Kassala; Writing by Tom Reed; Editing by Ana Ruiz",
        "(Reporting by the Meridian bureau in Khartoum; Editing by the Africa desk)",
        "(Additional reporting by Omar Bakri in Port Sudan)",
        "Meridian Wire writer Omar Bakri in Kassala, Sudan, contributed to this report.",
        "A Meridian Wire writer in Khartoum contributed to this report.",
    ):
        text = HEADLINE + "\n\n" + BODY + "\n" + credit + "\n"
        assert pieces(text) == [credit], credit
        found = suggest(text, gazetteer=load_gazetteer(), labels=["ACTOR"])
        assert all(s.end <= text.index(credit) for s in found), credit


def test_a_last_paragraph_about_reporting_by_others_stays_text() -> None:
    """Only the credit's shape is furniture: a sentence closed by its stop stays text."""
    line = "Reporting by the monitors found 40 more graves near Kassala last month."
    text = HEADLINE + "\n\n" + BODY + "\n" + line + "\n"
    assert boilerplate_ranges(text) == []


def test_a_furniture_phrase_inside_a_short_line_makes_it_furniture_at_the_end() -> None:
    # The phrases looked for anywhere in a line (not only at its start), each with words
    # before it; their one scan of the line must find each of them, and the address only
    # in a line with an "@" in it.
    tails = [
        "The Courier 2026. All rights reserved.",
        "Get the Sahel briefing in your inbox",
        "Our weekly newsletter on the Horn of Africa",
        "Terms for republishing our stories",
        "Kassala coverage, opens new tab",
        "Write to the desk at desk@courier.example",
    ]
    for tail in tails:
        text = HEADLINE + "\n\n" + BODY + "\n" + tail + "\n"
        assert pieces(text) == [tail], tail


def test_a_short_line_with_those_words_in_other_order_stays_text() -> None:
    # The same words, but not the phrases: "inbox" without "in your", "reserved" without
    # "all rights", an "@" that is no address.
    for line in [
        "Her inbox was full of threats, she said",
        "Seats reserved for all the families",
        "The group posted @ midnight",
    ]:
        text = HEADLINE + "\n\n" + BODY + "\n" + line + "\n"
        assert boilerplate_ranges(text) == [], line


def test_a_read_also_list_and_an_editor_line_closing_the_page_are_furniture() -> None:
    tail = (
        "Editor: Wulan Sari\n\nRead also:\nTwo soldiers wounded in Puncak shootout\n"
        "Church leaders in Nabire call for talks"
    )
    text = HEADLINE + "\n\n" + BODY + "\n" + tail
    assert pieces(text) == [tail]
    # the related headline's count is no suggestion
    found = suggest(text, gazetteer=load_gazetteer())
    assert not any(s.start >= text.index("Editor:") for s in found)


def test_an_editor_named_inside_a_sentence_is_no_furniture() -> None:
    text = HEADLINE + "\n\n" + BODY + "\nThe editor: a man who never wrote a word, she said.\n"
    assert boilerplate_ranges(text) == []
