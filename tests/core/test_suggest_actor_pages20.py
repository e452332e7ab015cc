"""Regional outlet pages (issue 15, PAGES20: dev 698-705). Invented sentences."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_texts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Adama T. Zongo\u00e9 said the road was closed.", "Adama T. Zongo\u00e9"),
        (
            "By Mariam K. Kabor\u00e9, Staff Reporter\n\nThe road was closed.",
            "Mariam K. Kabor\u00e9",
        ),
        (
            "Police chief Lucas R. Ba\u00f1\u00f3 told reporters the road was closed.",
            "Lucas R. Ba\u00f1\u00f3",
        ),
    ],
)
def test_a_surname_after_a_middle_initial_keeps_its_accented_last_letter(
    text: str, name: str
) -> None:
    assert name in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("John F. Okoro said the road was closed.", "John F. Okoro"),
        ("Adama T. Zongo said the road was closed.", "Adama T. Zongo"),
    ],
)
def test_a_surname_after_a_middle_initial_still_ends_where_it_did(text: str, name: str) -> None:
    found = suggested_texts(text)
    assert name in found
    assert not [span for span in found if span.startswith(name) and span != name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Ministry of Interior of the Government of National Unity said the road was shut.",
            "Ministry of Interior of the Government of National Unity",
        ),
        (
            "The Ministry of Defence of the Democratic Republic of the Congo denied the report.",
            "Ministry of Defence of the Democratic Republic of the Congo",
        ),
        (
            "The Ministry of Foreign Affairs of the Islamic Republic of Iran summoned the envoy.",
            "Ministry of Foreign Affairs of the Islamic Republic of Iran",
        ),
    ],
)
def test_a_listed_body_of_a_state_whose_name_holds_small_words_is_one_name(
    text: str, name: str
) -> None:
    """'<Body> of <State>' with capitals is one `state` span (guideline, session 31 point 6),
    also where the state's listed name holds "of" or "the" (dev 702)."""
    assert name in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "name", "state"),
    [
        (
            "The Ministry of Interior of Libya and Tunisia's coast guard met on Monday.",
            "Ministry of Interior of Libya",
            "Tunisia",
        ),
        (
            "The Ministry of Defence of Mali and Burkina Faso's army signed the pact.",
            "Ministry of Defence of Mali",
            "Burkina Faso",
        ),
    ],
)
def test_a_body_of_a_state_stops_at_its_state_before_a_list(
    text: str, name: str, state: str
) -> None:
    found = suggested_texts(text)
    assert name in found
    assert state in found


@pytest.mark.parametrize(
    ("text", "owner", "body"),
    [
        (
            "Investigators from Oaxaca's Public Security Secretariat (SSPO) found the car.",
            "Oaxaca",
            "Public Security Secretariat",
        ),
        (
            "Lawyers from Sonora's Public Prosecutor's Office (MPS) read the charges.",
            "Sonora",
            "Public Prosecutor's Office",
        ),
        (
            "Officers of Punjab's Counter Terrorism Department (CTD) raided the house.",
            "Punjab",
            "Counter Terrorism Department",
        ),
    ],
)
def test_a_regions_possessive_before_a_defined_body_is_its_own_span(
    text: str, owner: str, body: str
) -> None:
    """A region's possessive is tagged apart from its body (session 33, point 7; dev 315's
    "Santa Fe's Public Prosecutor's Office (MPA)"), as a state's is before an acronym's name."""
    found = suggested_texts(text)
    assert body in found
    assert not [span for span in found if span.endswith(body) and span != body]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Officers of the People's Defence Force (PDF) raided the house.",
            "People's Defence Force",
        ),
        ("Staff of the Women's Protection Unit (WPU) met the families.", "Women's Protection Unit"),
    ],
)
def test_a_possessive_that_names_no_place_stays_in_the_defined_name(text: str, name: str) -> None:
    assert name in suggested_texts(text)


@pytest.mark.parametrize(
    ("text", "part", "body"),
    [
        (
            "The Appeals Chamber of the Special Criminal Court ordered a retrial.",
            "Appeals Chamber",
            "Special Criminal Court",
        ),
        (
            "The Press Team of the State Administration Council denied the report.",
            "Press Team",
            "State Administration Council",
        ),
        (
            "The Southern Command of the Internal Security Operations Command sent rangers.",
            "Southern Command",
            "Internal Security Operations Command",
        ),
    ],
)
def test_a_part_of_a_state_body_and_the_body_are_two_spans(text: str, part: str, body: str) -> None:
    """'<part> of the <state body>' tags the part and the body apart, as '<unit> of the
    <army>' does (dev 539, 642, 643)."""
    found = suggested_texts(text)
    assert part in found
    assert body in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Investigation Team of the National Human Rights Commission visited the camp.",
            "Investigation Team of the National Human Rights Commission",
        ),
        (
            "The Ministry of Justice of the Transitional Government of Chad denied it.",
            "Ministry of Justice of the Transitional Government of Chad",
        ),
    ],
)
def test_a_body_that_is_no_part_of_a_state_body_stays_one_name(text: str, name: str) -> None:
    assert name in suggested_texts(text)
