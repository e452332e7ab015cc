"""Issue 15, WIRE25B: documents and meetings named as actors, written as
invented sentences with other names.

- A name with its bracketed acronym names a document or a meeting, not a body, when its
  head is a meeting's word ("the Lusaka Border Talks (LBT)", "the Geneva International
  Discussions (GID)") or a memorandum, or when it is an "of" compound whose last word is a
  document's or a meeting's and whose head is no body's ("the Cessation of Hostilities
  Agreement (CoHA)", "a Status of Forces Agreement (SOFA)"): neither the name, nor its
  acronym, nor the acronym's later mentions, is an actor.
- A body's word as the head keeps the name a body, whatever its last word ("the Mission
  to Monitor the Ceasefire Agreement (MMCA)", "the Ministry of Peace Building (MPB)").
- A capital after "the" (and perhaps a year) before a meeting's or a document's noun names
  where the talks are held or the text was signed, not a government ("the Doha talks",
  "the 2019 Nairobi talks", "the Addis Ababa agreement"); a capital with no "the" may talk
  or sign ("Bangkok talks of peace", "Kinshasa signed the agreement").
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts

BODY = "Report\n\n"


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "Both armies have breached the Cessation of Hostilities Agreement (CoHA) since"
            " March, monitors said. Under the CoHA, heavy weapons must be withdrawn.",
            "Cessation of Hostilities Agreement",
            "CoHA",
        ),
        (
            "Kenya and Somalia signed a Status of Forces Agreement (SOFA) on Friday. The SOFA"
            " covers troops in Gedo.",
            "Status of Forces Agreement",
            "SOFA",
        ),
        (
            "Delegates walked out of the Lusaka Border Talks (LBT) on Tuesday. The LBT will"
            " resume next month.",
            "Lusaka Border Talks",
            "LBT",
        ),
        (
            "Armenia raised the shooting at the Geneva International Discussions (GID) on"
            " Monday, the ministry said.",
            "Geneva International Discussions",
            "GID",
        ),
        (
            "Under the Memorandum of Understanding (MoU), Chad will patrol the river bank.",
            "Memorandum of Understanding",
            "MoU",
        ),
    ],
)
def test_a_document_or_meeting_defined_with_its_acronym_is_no_body(
    sentence: str, name: str, acronym: str
) -> None:
    found = suggested_texts(BODY + sentence)
    assert name not in found
    assert acronym not in found


@pytest.mark.parametrize(
    ("sentence", "name", "acronym"),
    [
        (
            "The Joint Mission to Monitor the Ceasefire Agreement (JMMCA) said on Monday"
            " that both sides had pulled back.",
            "Joint Mission to Monitor the Ceasefire Agreement",
            "JMMCA",
        ),
        (
            "The Ministry of Peace Building (MPB) said on Monday that talks would resume.",
            "Ministry of Peace Building",
            "MPB",
        ),
    ],
)
def test_a_body_named_after_a_document_stays_a_body(sentence: str, name: str, acronym: str) -> None:
    found = suggested_texts(BODY + sentence)
    assert name in found
    assert acronym in found


# A meeting or a document named after the city where it is held or signed, with "the"
# before the city, names no government; a capital that acts, or talks, still does.
@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        ("The Doha talks were due to resume next week, mediators said.", "Doha"),
        ("Delegates walked out of the 2019 Nairobi talks on Monday.", "Nairobi"),
        ("Both sides have breached the Addis Ababa agreement since June.", "Addis Ababa"),
        ("The Tehran summit ended without a joint statement.", "Tehran"),
    ],
)
def test_a_capital_naming_a_meeting_or_a_document_is_no_government(
    sentence: str, capital: str
) -> None:
    assert capital not in suggested_texts(BODY + sentence)


@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        ("Bangkok talks of peace while its soldiers patrol the villages.", "Bangkok"),
        ("Kinshasa signed the agreement with the rebels on Friday.", "Kinshasa"),
    ],
)
def test_a_capital_that_acts_stays_a_government(sentence: str, capital: str) -> None:
    assert capital in suggested_texts(BODY + sentence)
