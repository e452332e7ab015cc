"""ACT72B: places suggested as ACTOR on fresh prose, by an administrative unit's word.

The blind batches CAS44 ("in the Artibonite and Centre departments", 1019) and CAS46
("in Bui Division of the North-West region", "in Ndop, Ngoketunjia Division, and abducted",
1036) had a place read as an organisation because a body's word ("Centre", "Division")
ends its name. The guideline tags a region where it acts, never "the same region as a
place" (session 28, point a). The guard reads the unit's word and the grammar around it:

- names joined by "and" before a lower-case plural unit word (departments, regions,
  provinces, districts, states, counties, divisions, prefectures, governorates,
  municipalities, territories) are places;
- "<Place> Division" is a place with a lower-case region after it ("of the North-West
  region"), after a town and a comma ("Ndop, Ngoketunjia Division,") or after a
  preposition of place with no article ("in Fako Division"), when a clause's punctuation,
  a date or a new clause follows; an army's or police's division ("the army's Second
  Division", "the Homicide Division") and a division's own body ("the Bui Division
  council") stay.

Each case asserts every ACTOR suggested, text and type, in text order.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

# Places the unit's word marks: no place may be suggested.
_PLACES = [
    (
        '"The gangs are expanding into areas that had been spared until now, particularly '
        'in the Artibonite and Centre departments," the mission said.',
        [],
    ),
    ("Fighting spread to the Ouest and Centre departments.", []),
    ("- Artibonite and Centre departments: 5,400 people displaced", []),
    ("- Nord and Nord-Est departments: 1,200 displaced", []),
    (
        "Floods displaced 3,000 families across the Sud and Nippes departments, OCHA said.",
        [("OCHA", "organisation")],
    ),
    (
        "Separatist fighters ambushed a military convoy on the Kumbo-Oku road in Bui "
        "Division of the North-West region, sources said.",
        [],
    ),
    ("Clashes erupted in Menchum Division of the North West region on Friday.", []),
    ("Troops were deployed to Mayo-Sava Division of the Far North region.", []),
    (
        "Armed men stormed the Government Bilingual High School in Ndop, Ngoketunjia "
        "Division, and abducted four teachers.",
        [],
    ),
    ("Two soldiers were killed in Mbengwi, Momo Division, the army said.", []),
    (
        "Residents of Kumba, Meme Division, said the separatists had imposed a lockdown.",
        [],
    ),
    ("He was born in Kumbo, Bui Division.", []),
    ("Separatists imposed a lockdown in Fako Division, local officials said.", []),
    (
        "Nkambe, the chief town of Donga-Mantung Division in the North West Region, was hit.",
        [],
    ),
    ("Gunmen killed three farmers in Guma, Benue State, on Monday.", []),
    ("At least six people were killed in Lakki Marwat and Bannu districts, police said.", []),
]

# The same names, and bodies named with a unit's word, where they act: kept.
_ACTORS = [
    (
        "The Benue State Government said 30 people were killed.",
        [("Benue State Government", "state")],
    ),
    (
        "The Kaduna State government imposed a curfew on Sunday.",
        [("Kaduna State government", "state")],
    ),
    (
        "Jubaland accused Mogadishu of arming the militia.",
        [("Jubaland", "state"), ("Mogadishu", "state")],
    ),
    (
        "The Negros Occidental provincial government said it would help the evacuees.",
        [("Negros Occidental provincial government", "state")],
    ),
    (
        "The Borno State Police Command said six people were arrested.",
        [("Borno State Police Command", "state")],
    ),
    ("The Shan State Army said it had repelled the attack.", [("Shan State Army", "armed group")]),
    ("The Homicide Division said it was investigating.", [("Homicide Division", "organisation")]),
    (
        "The Bui Division council said it would rebuild the market.",
        [("Bui Division", "organisation")],
    ),
    (
        "The Interior Ministry departments said they were ready.",
        [("Interior Ministry", "state")],
    ),
    (
        "The Ministry of Health and Social Services regions reported cases.",
        [("Ministry of Health and Social Services", "state")],
    ),
    (
        "The Peace and Security Council states that the ceasefire holds.",
        [("Peace and Security Council", "organisation")],
    ),
    (
        "A statement from the Seventh Division said three suspects were killed.",
        [("Seventh Division", "state")],
    ),
    (
        "Troops of the army's Second Division, on patrol near Tibú, were ambushed.",
        [("Second Division", "state")],
    ),
    (
        "Its head is a fighter in the Hamza Division, one of the factions.",
        [("Hamza Division", "armed group")],
    ),
    (
        "He served in Hamza Division, a Turkish-backed faction, for two years.",
        [("Hamza Division", "armed group")],
    ),
    (
        "The Sultan Murad Division said its fighters had withdrawn.",
        [("Sultan Murad Division", "armed group")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _PLACES + _ACTORS)
def test_place_by_unit_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected
