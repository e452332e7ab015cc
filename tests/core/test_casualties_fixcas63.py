"""FIXCAS63: general casualty shapes that recur across the dev set's misses.

Sentences invented for these tests (people and events made up; states, places and bodies
real), run through the real suggester.
"""

from __future__ import annotations

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
        "The clinic in Bor had bandages for gunshot and machete wounds but no surgeon.",
        # cuts to pay, and wounds of a possessive, of old, of war or of the mind (review63a F6)
        "About 250 nurses were treated for cuts to their allowances, the union said in Kano.",
        "Some 2,000 teachers were treated for cuts in their salaries, the board said.",
        "Eight widows with their own wounds of loss met in Tripoli.",
        "The 40 men with old war wounds marched through Yerevan on Sunday.",
        "Nine patients with chronic foot wounds were seen by the clinic in Mopti.",
    ],
)
def test_no_injury_without_people_wounded(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # ... the twins, people hurt in the event, stay injured
        (
            "About 250 nurses were treated for cuts after the blast, the union said in Kano.",
            ("About 250 nurses were treated for cuts", 250, 250, "injured"),
        ),
        (
            "The 40 men with stab wounds were taken to the hospital in Yerevan.",
            ("40 men with stab wounds", 40, 40, "injured"),
        ),
        (
            "Nine patients with machete and bullet wounds were seen by the clinic in Mopti.",
            ("Nine patients with machete and bullet wounds", 9, 9, "injured"),
        ),
    ],
)
def test_injured_twins_of_the_refusals(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # ... and a possessive AFTER the wound word is the body part's, not the wound's kind
        # (review63c C2)
        (
            "Three soldiers with gunshot wounds in their legs were flown to Goma.",
            ("Three soldiers with gunshot wounds", 3, 3, "injured"),
        ),
        (
            "Four men with gunshot wounds to their legs were taken to hospital in Jos.",
            ("Four men with gunshot wounds", 4, 4, "injured"),
        ),
        (
            "Two children with shrapnel wounds to her face and arms arrived in Rafah.",
            ("Two children with shrapnel wounds", 2, 2, "injured"),
        ),
        (
            "Five people with wounds to their heads were treated in Aden.",
            ("Five people with wounds", 5, 5, "injured"),
        ),
        (
            "Nine people with knife wounds on their arms were treated in Bunia.",
            ("Nine people with knife wounds", 9, 9, "injured"),
        ),
        (
            "Two women with burns on their hands were treated in Khan Younis.",
            ("Two women with burns", 2, 2, "injured"),
        ),
        (
            "Seven people with injuries to their legs were taken to Mosul.",
            ("Seven people with injuries", 7, 7, "injured"),
        ),
        (
            "Four men with gunshot wounds and their wives were taken to hospital.",
            ("Four men with gunshot wounds", 4, 4, "injured"),
        ),
        (
            "Two men with serious wounds in their chests died later.",
            ("Two men with serious wounds", 2, 2, "injured"),
        ),
    ],
)
def test_a_possessive_after_the_wound_is_read_no_more(
    text: str, figure: tuple[object, ...]
) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # cuts to a body part or in a place are wounds; only cuts to pay are not (review63c C3)
        (
            "Ten patients were treated for cuts to the head and face.",
            ("Ten patients were treated for cuts", 10, 10, "injured"),
        ),
        (
            "Ten patients were treated for cuts on their arms and legs.",
            ("Ten patients were treated for cuts", 10, 10, "injured"),
        ),
        (
            "Four villagers were treated for cuts in the clinic at Bunia.",
            ("Four villagers were treated for cuts", 4, 4, "injured"),
        ),
    ],
)
def test_cuts_to_the_body_are_wounds(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 3,000 workers were treated for cuts to the state wages, the union said in Kano.",
        "About 900 families were treated for cuts in their food rations, aid groups said.",
        "Some 400 veterans were treated for cuts to pensions in Lviv.",
    ],
)
def test_cuts_to_pay_are_no_wounds(text: str) -> None:
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
        "Ten soldiers were returned in the swap of units at the front.",
        # an exchange of shares, gunfire or bodies, or a students' or staff's one (review63a F5)
        "About 150 employees were released in the exchange of shares between the two banks.",
        "The 25 traders were freed in an exchange of gunfire that went on for hours.",
        "Some 90 officials were released in a staff exchange programme with Rwanda.",
        "The 14 students returned in an exchange programme from Norway to Malawi.",
        "The 11 civilians returned in the exchange of bodies, the mediators said.",
    ],
)
def test_no_captives_freed(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the twins: an exchange of prisoners, and "exchanges" (review63a F5)
        (
            "The 25 traders were freed in an exchange of prisoners near Bakhmut.",
            ("25 traders were freed", 25, 25, "other"),
        ),
        (
            "Last year 70 soldiers freed in exchanges went back to their units.",
            ("70 soldiers freed", 70, 70, "other"),
        ),
    ],
)
def test_captives_freed_twins(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


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
        "The firm relocated 300 people to its new headquarters in Nairobi.",
        # troops redeployed, staff transferred, prisoners moved (review63a F4, F11)
        "The command relocated 4,000 troops to the northern front near Kharkiv.",
        "About 600 soldiers were relocated to the frontier with Chad.",
        "The mining company relocated 250 employees to Lubumbashi in March.",
        "The ministry said 1,800 civil servants were relocated to the new capital.",
        "Some 30 of the 45 judges were relocated to a new court in Kano.",
        "About 35 diplomats were relocated to Nairobi after the embassy closed.",
        "The 55 prisoners were relocated to a jail in Gitega.",
        "More than 70 detainees were relocated to another prison after the riot.",
    ],
)
def test_no_displacement_in_a_move(text: str) -> None:
    assert _figures(text) == []
    # ... the same sentence said of the people living there is a displacement
    for worker in ("employees", "troops", "soldiers", "civil servants", "judges", "diplomats"):
        text = text.replace(worker, "residents")
    text = text.replace("prisoners", "villagers").replace("detainees", "families")
    if "headquarters" not in text and "for work" not in text:
        assert [f for f in _figures(text) if f[3] == "displaced"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an adverb between the auxiliary and the verb (review63a F11)
        (
            "Some 400 families were forcibly relocated from the hill villages in Chin State.",
            ("Some 400 families were forcibly relocated", 400, 400, "displaced"),
        ),
        (
            "About 900 residents were temporarily relocated after the shelling of Marhanets.",
            ("About 900 residents were temporarily relocated", 900, 900, "displaced"),
        ),
        (
            "Around 250 households had to be relocated after the floods in Jowhar.",
            ("Around 250 households had to be relocated", 250, 250, "displaced"),
        ),
    ],
)
def test_people_relocated_with_an_adverb(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # people evacuated near a plant, a factory, offices: displaced as on main (F2)
        (
            "Officials evacuated 3,000 residents living near the Kursk nuclear plant.",
            ("evacuated 3,000 residents", 3000, 3000, "displaced"),
        ),
        (
            "The mayor evacuated 900 people living around the fertiliser factory in Homs.",
            ("evacuated 900 people", 900, 900, "displaced"),
        ),
        (
            "Police evacuated 60 people from the offices of the radio station in Goma.",
            ("evacuated 60 people", 60, 60, "displaced"),
        ),
        (
            "Rescuers evacuated 8,000 people, the UN offices in Geneva said.",
            ("evacuated 8,000 people", 8000, 8000, "displaced"),
        ),
    ],
)
def test_evacuated_near_a_plant_is_displacement(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)


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


@pytest.mark.parametrize(
    "text",
    [
        # ... nor found wanting, lacking or unfit (review63c C1)
        "Another body was found wanting by the auditors in Juba.",
        "Another body was found lacking in independence, the monitors said.",
        "A second body was found unfit to oversee the truce, the monitors said.",
    ],
)
def test_a_body_found_wanting_is_no_death(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a body found "that evening" or "to have been dumped" is one dead person (review63c C1)
        (
            "A third body was found that evening near the river.",
            ("A third body", 1, 1, "killed"),
        ),
        (
            "A fourth body was found that morning in the forest near Bunia.",
            ("A fourth body", 1, 1, "killed"),
        ),
        (
            "Another body was found that night in the river at Kisangani.",
            ("Another body", 1, 1, "killed"),
        ),
        (
            "A second body was discovered that afternoon in the debris.",
            ("A second body", 1, 1, "killed"),
        ),
        (
            "Another body was found that day near the checkpoint.",
            ("Another body", 1, 1, "killed"),
        ),
        (
            "Another body was found to have been dumped in the river.",
            ("Another body", 1, 1, "killed"),
        ),
        (
            "Another body was found to be decomposing in the river, police said.",
            ("Another body", 1, 1, "killed"),
        ),
        (
            "A fourth body was found to be that of a missing soldier.",
            ("A fourth body", 1, 1, "killed"),
        ),
    ],
)
def test_a_body_found_that_evening_is_one_dead(text: str, figure: tuple[object, ...]) -> None:
    assert figure in _figures(text)
