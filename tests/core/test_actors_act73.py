"""ACT73: ACTOR classes seen in more than one independent blind batch (CAS36-CAS50).

- A state's name as a figure's label is no actor: a table row's first cell before a
  number's cell ("Burkina Faso | 141 | 612", CAS49 1064, CAS50 1073). (A list item's count
  in brackets, "Somalia (2,590)", and a line holding only the name, a section heading, were
  taken out by REVIEW73F: one dev gold sentence each, and agents' lists lost their states;
  tests/core/test_actors_review73f.py.)
  Never a year in brackets, a name that acts after its bracket, a dateline's or a byline's
  cell, or a hard-wrapped line that ends on the name.
- A word after a title that names no one: a law ("the Finance Bill", CAS42 1007, CAS48
  1051). A person so named ("Bill Clinton") keeps the name. (A post's qualifier, "the
  Minister Delegate for ...", CAS50 1070, was taken out by REVIEW73F: one dev gold
  sentence.) (A rank's grade, "Sergeant First Class X", was taken out
  again: its pattern changed one dev gold sentence only.)
- A hospital where the wounded are is a place, also after a city's possessive ("at
  Peshawar's Lady Reading Hospital (LRH)", and its acronym wherever it stands: CAS43 1011)
  or named by its branch of medicine ("At the National Institute of Ophthalmology": CAS42
  1006, CAS48 1053); never such a body that speaks, nor one given as a source.
- The Human Rights Activists News Agency (HRANA), Iran's rights monitor, is an
  organisation, not an outlet (gazetteer; CAS41 1001, CAS46 1039); Kenya's Independent
  Policing Oversight Authority (IPOA) is a state body (gazetteer; CAS42 1007, CAS48 1051).

Each case asserts the exact spans and types suggested.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

# (text, every ACTOR suggested: text and type, in text order)
_FIGURE_LABELS = [
    (
        "Country | 2021 | 2026\nNigeria | 23,100 | 25,300\n"
        "Democratic Republic of the Congo | 3,800 | 6,400\nSouth Sudan | 3,300 | 4,900\n",
        [],
    ),
    (
        "Fatalities by country, October\nCountry | Events | Reported fatalities\n"
        "Burkina Faso | 141 | 612\nMali | 97 | 344\n",
        [],
    ),
    ("| Mali | 97 | 344 |\n| Niger | 58 | 227 |\n", []),
]
_FIGURE_LABELS_HOSTILE = [
    (
        "Nigeria said 12 soldiers were killed. Chad (which sent 2,000 troops) said it would stay.",
        [("Nigeria", "state"), ("Chad", "state")],
    ),
    (
        "Sudan accused the RSF of killing 40 civilians.\nEthiopia rejected the claim.",
        [("Sudan", "state"), ("RSF", "armed group"), ("Ethiopia", "state")],
    ),
    (
        "Rwanda (via its army) denied backing the M23.",
        [("Rwanda", "state"), ("M23", "armed group")],
    ),
    (
        "Russia | 3 December 2026\nMoscow said its forces had taken two villages.",
        [("Moscow", "state")],
    ),
    (
        "BEIJING, Dec 3 (Reuters) - China urged Myanmar to hold talks.",
        [("Reuters", "media"), ("China", "state"), ("Myanmar", "state")],
    ),
    (
        "The joint statement was signed by Kenya, Uganda (represented by its foreign minister) "
        "and Tanzania.",
        [("Kenya", "state"), ("Uganda", "state"), ("Tanzania", "state")],
    ),
    (
        "Mali (2) and Niger (1) voted against the resolution, while Chad abstained.",
        [("Niger", "state"), ("Chad", "state")],
    ),
    (
        "Tehran has signed defence pacts with Russia (2021) and China (2023), officials said.",
        [("Tehran", "state"), ("Russia", "state"), ("China", "state")],
    ),
    (
        "Sanctions were imposed by the United States (2018), the EU and Britain.",
        [("United States", "state"), ("EU", "organisation"), ("Britain", "state")],
    ),
    (
        "Strikes hit the north.\n\nIsrael\nsaid on Tuesday it had killed 12 militants.",
        [("Israel", "state")],
    ),
    (
        "Chad | Press release | 3 December 2026\nChad said 12 soldiers were killed.",
        [("Chad", "state")],
    ),
    ("Kenya beat Uganda (2-1) in Kampala.", [("Kenya", "state")]),
    (
        "- Sudan (12), Chad (3) and Niger (1) reported cholera deaths.",
        [("Chad", "state"), ("Niger", "state")],
    ),
]
_TITLE_WORDS = [
    (
        "Last year's protests against the Finance Bill left at least 60 dead, according to the "
        "KNCHR.",
        [("KNCHR", "organisation")],
    ),
    (
        "since the demonstrations over the Finance Bill in 2024, in which more than 60 people "
        "were killed.",
        [],
    ),
    ("Protests over the Finance Bill 2024 turned deadly.", []),
]
_TITLE_WORDS_HOSTILE = [
    ("Former US President Bill Clinton said the deal was fair.", [("Bill Clinton", "person")]),
    ("Senator Bill Cassidy said 12 soldiers were killed.", [("Bill Cassidy", "person")]),
    ("Governor Bill Lee said the storm killed two people.", [("Bill Lee", "person")]),
    ("Sergeant Bill Adams, 31, was wounded.", [("Bill Adams", "person")]),
    ("Mayor Bill de Blasio said police would investigate.", [("Bill de Blasio", "person")]),
    (
        "First Class Cricket Association said the match was called off.",
        [("First Class Cricket Association", "organisation")],
    ),
    (
        "Parliament passed the Security Bill on Tuesday, and the Prevention of Terrorism Act "
        "was amended.",
        [],
    ),
]

_HOSPITALS = [
    (
        "Two more policemen succumbed to their injuries at Peshawar's Lady Reading Hospital "
        "(LRH), officials said. LRH spokesperson Hamid Zaman Khattak said the hospital had "
        "received 19 injured.",
        [("Hamid Zaman Khattak", "person")],
    ),
    (
        "Data from the National Institute of Ophthalmology, which the team reviewed, show "
        "that the hospital alone treated 581 patients.",
        [],
    ),
    ("At the National Institute of Ophthalmology in Dhaka, doctors said they had treated 800.", []),
    (
        "He was treated at the National Institute of Traumatology and Orthopaedic "
        "Rehabilitation (NITOR) in Dhaka.",
        [],
    ),
    ("The injured were moved to Karachi's Jinnah Postgraduate Medical Centre (JPMC).", []),
    ("Three of the wounded were flown to Lahore's Punjab Institute of Cardiology.", []),
    ("In Mosul's Al-Jumhuri Teaching Hospital (JTH), doctors amputated two legs.", []),
    ("At Nairobi's Kenyatta National Hospital, 12 patients died.", []),
]
_HOSPITALS_HOSTILE = [
    (
        "The Pakistan Institute of Medical Sciences (PIMS) said it had received 14 bodies.",
        [("Pakistan Institute of Medical Sciences", "organisation"), ("PIMS", "organisation")],
    ),
    (
        "The National Institute of Cardiology said 3 patients died.",
        [("National Institute of Cardiology", "organisation")],
    ),
    (
        "A spokesman for the Royal College of Paediatrics said children were at risk.",
        [("Royal College of Paediatrics", "organisation")],
    ),
    (
        "Researchers at the Institute of Tropical Medicine said the outbreak had spread.",
        [("Institute of Tropical Medicine", "organisation")],
    ),
    (
        "According to the Pakistan Medical Association (PMA), 12 doctors were killed.",
        [("Pakistan Medical Association", "organisation"), ("PMA", "organisation")],
    ),
    (
        "At Human Rights Watch, researchers said 40 people died.",
        [("Human Rights Watch", "organisation")],
    ),
    (
        "In Geneva, the World Health Organization (WHO) said 12 health workers were killed.",
        [("World Health Organization", "organisation"), ("WHO", "organisation")],
    ),
    (
        "At the Kenya National Commission on Human Rights (KNCHR), officials said 12 died.",
        [("Kenya National Commission on Human Rights", "organisation"), ("KNCHR", "organisation")],
    ),
]

_LISTED = [
    (
        "The Human Rights Activists News Agency (HRANA) said security forces had arrested "
        "at least 650 people. HRANA said 12 were executed.",
        [
            ("Human Rights Activists News Agency", "organisation"),
            ("HRANA", "organisation"),
            ("HRANA", "organisation"),
        ],
    ),
    ("According to HRANA, 312 people were arrested.", [("HRANA", "organisation")]),
    (
        "The Independent Policing Oversight Authority (IPOA) said it had opened 12 "
        "investigations. IPOA chairperson Ahmed Issack Hassan said officers had shot 40 people.",
        [
            ("Independent Policing Oversight Authority", "state"),
            ("IPOA", "state"),
            ("IPOA", "state"),
            ("Ahmed Issack Hassan", "person"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    _FIGURE_LABELS
    + _FIGURE_LABELS_HOSTILE
    + _TITLE_WORDS
    + _TITLE_WORDS_HOSTILE
    + _HOSPITALS
    + _HOSPITALS_HOSTILE
    + _LISTED,
)
def test_act73_spans_and_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected
