"""FIXCAS63: general casualty shapes that recur across the dev set's misses.

Sentences invented for these tests (people and events made up; states, places and bodies
real), run through the real suggester.
"""

from __future__ import annotations

import time

import pytest

from tests.core.suggest_probes import suggested_figures

_figures = suggested_figures


# --- the injured said by their wounds or their care: kinds of wound of two words, and cuts
# or bruises after "treated for" ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Five herders with gunshot and hunting knife wounds reached the clinic in Kapoeta.",
            ("Five herders with gunshot and hunting knife wounds", 5, 5, "injured"),
        ),
        (
            "Medics said three students with rubber bullet wounds were taken to Nairobi.",
            ("three students with rubber bullet wounds", 3, 3, "injured"),
        ),
        (
            "Six passengers were treated for cuts at a roadside clinic near Goma.",
            ("Six passengers were treated for cuts", 6, 6, "injured"),
        ),
        (
            "Police in Lagos said 14 traders were treated for bruises after the stampede.",
            ("14 traders were treated for bruises", 14, 14, "injured"),
        ),
    ],
)
def test_the_injured_said_by_their_wounds(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # cuts of pay or budgets, and wounds with no people counted
        "The ministry announced pay cuts for 4,000 teachers in Accra.",
        "Two unions were treated for months as outlaws before the cuts were reversed.",
        "The clinic in Bor had bandages for gunshot and machete wounds but no surgeon.",
        "Three of the four ambulances with oxygen tanks reached the border post.",
    ],
)
def test_no_injury_without_people_wounded(text: str) -> None:
    assert _figures(text) == []


# --- "neutralised N of them" is no figure (review63a F3: "them" is as often drones,
# missiles, boats or camps as armed men); "neutralised" with the people counted still is ---


@pytest.mark.parametrize(
    "text",
    [
        "Houthi fighters launched 22 drones and missiles; British frigates neutralised 19 of them.",
        "The gunmen fired 30 drones at Kherson overnight and air defences neutralised 26 of them.",
        "Jihadists planted nine roadside bombs near Gao and sappers neutralised seven of them.",
        "The rebels put up 25 candidates, and the tribunal eliminated ten of them.",
        "Bandits stormed Gidan Kaura at night; soldiers later neutralised four of them.",
    ],
)
def test_neutralised_of_them_is_no_figure(text: str) -> None:
    assert not [f for f in _figures(text) if f[0].startswith(("neutralised", "eliminated"))]


def test_neutralised_people_counted_is_still_a_killing() -> None:
    text = "Bandits stormed Gidan Kaura at night; soldiers later neutralised four bandits."
    assert ("neutralised four bandits", 4, 4, "killed") in _figures(text)


# --- people freed from captivity or in a prisoners' exchange, whatever their noun ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Kyiv said 120 Ukrainian soldiers were freed in the exchange on Friday.",
            ("120 Ukrainian soldiers were freed", 120, 120, "other"),
        ),
        (
            "Moscow said 95 Russian servicemen had been returned from captivity.",
            ("95 Russian servicemen had been returned from captivity", 95, 95, "other"),
        ),
        (
            "Sixty fishermen were released in a swap brokered by Qatar.",
            ("Sixty fishermen were released", 60, 60, "other"),
        ),
    ],
)
def test_people_freed_in_an_exchange(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # an exchange of fire frees no one; a release from hospital is no captivity
        "Two soldiers were released in an exchange of fire near Avdiivka.",
        "Forty soldiers were released from hospital in Dnipro on Monday.",
        "Ten soldiers returned from leave in the swap of units at the front.",
    ],
)
def test_no_captives_freed(text: str) -> None:
    assert _figures(text) == []


# --- people relocated by the authorities, as evacuated: displaced ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "About 2,500 villagers were relocated to a camp near Pemba after the raid.",
            ("About 2,500 villagers were relocated", 2500, 2500, "displaced"),
        ),
        (
            "The county relocated some 80 families from the riverbank after the shelling.",
            ("relocated some 80 families", 80, 80, "displaced"),
        ),
    ],
)
def test_people_relocated(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # a move of their own, a firm's move, things moved
        "Twelve families relocated to Kampala last year for work.",
        "The firm relocated 300 employees to its new headquarters in Nairobi.",
        "The bank relocated 40 offices to Kigali.",
    ],
)
def test_no_displacement_in_a_move(text: str) -> None:
    assert _figures(text) == []


# --- one person named by whose kin they were, a possessive noun before them, among the
# harmed: the possessive is left out, as "his" is ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "A fisherman in Sittwe said his neighbour's son was among the dead.",
            ("son was among the dead", 1, 1, "killed"),
        ),
        (
            "The chief's elder sister, Aye Mya, was among the wounded.",
            ("elder sister, Aye Mya, was among the wounded", 1, 1, "injured"),
        ),
    ],
)
def test_kin_named_by_a_possessive_among_the_harmed(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # among people who came to mourn or to speak, no harm
        "The chief's elder sister was among the mourners in Sittwe.",
        "The governor's spokesman was among those who spoke at the funeral.",
    ],
)
def test_kin_among_no_harmed_group(text: str) -> None:
    assert _figures(text) == []


# --- one more body, by "another" or an ordinal, found or recovered ---


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (
            "Firefighters said a ninth body was found under the market roof on Sunday.",
            ("a ninth body", 1, 1, "killed"),
        ),
        (
            "Divers recovered another body from the river near Kisumu on Tuesday.",
            ("another body", 1, 1, "killed"),
        ),
    ],
)
def test_one_more_body_found(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        # no finding; a body of people or of evidence
        "Every day somebody comes back with another body, the chief said.",
        "Another body, the national rights council, said it would investigate.",
        "The prosecutor found another body of evidence in the archive.",
    ],
)
def test_no_body_counted_without_a_finding(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # a body of people found at fault is no dead person (review63a F10)
        "Another body was found guilty of misusing the relief funds, the auditor said in Juba.",
        "A second body was found to have breached the truce terms, the monitors said.",
        "A third body was found responsible for the delays at the Rafah crossing.",
    ],
)
def test_a_body_found_at_fault_is_no_death(text: str) -> None:
    assert _figures(text) == []
    # ... its twin, the body found where it lay, is one dead person
    twin = text.split(" was found ")[0] + " was found in a ditch near Juba."
    assert (twin.split(" was found ")[0], 1, 1, "killed") in _figures(twin)


def test_many_bodies_in_one_long_sentence_stay_linear() -> None:
    # one sentence with no full stop: each body's attributes were read against the whole of
    # it (review63a F9: 25 KB took about 6 s of CPU; now a fraction of a second)
    unit = "a body body body another another body was found "
    text = unit * (25_000 // len(unit))
    _figures("Another body was found in Kisumu.")  # the gazetteer loaded first
    began = time.process_time()
    found = _figures(text)
    assert time.process_time() - began < 2.0
    assert len(found) > 400
