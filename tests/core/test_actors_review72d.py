"""REVIEW72D: guards on ACT72's four ACTOR rules, from hostile probes of ordinary prose.

- A unit after a capitalised plural possessive is a named force's, never typed "state" from
  the possessive ("the Rapid Support Forces' 5th Division").
- A place's strikes suffered, "command of" and "command economy" are no actor (ACT72's
  possessive rule that these probes caught was taken out by the lead).
- A named body before its purpose and kind: a search collective by its words; any other
  purpose only with a coded name ("SPNH-17"), never a place's, a city's or an event's
  victims' or families' group ("the New York police union", "the Grenfell Tower victims'
  group", "the MH17 victims' group", "the Kharkiv Oblast volunteer group").
- A byline desk line is an outlet's only where the words before "Bureau" name an outlet or a
  city, an acronym or one word after "By"/"The"; an agency's own line stays an organisation.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_actors

# (sentence, every ACTOR suggested: text and type, in text order)
_UNITS = [
    (
        "The Rapid Support Forces' 5th Division stormed the market in El Obeid, witnesses said.",
        [("Rapid Support Forces", "armed group")],
    ),
    (
        "The Syrian Democratic Forces' 1st Brigade took control of the dam.",
        [("Syrian Democratic Forces", "armed group")],
    ),
    # positives the rule keeps
    (
        "The militants' 2nd Brigade claimed the ambush in a statement on Telegram.",
        [("2nd Brigade", "armed group")],
    ),
    (
        "The separatists' 1st Army Corps shelled Donetsk overnight.",
        [("1st Army Corps", "armed group")],
    ),
    (
        "Soldiers of the army's 11th Corps shelled the village overnight, witnesses said.",
        [("11th Corps", "state")],
    ),
]
_STRIKES_AND_COMMAND = [
    ("The survivors of Pakistan's drone strikes era told their stories to the commission.", []),
    ("Lebanon's drone strikes toll rose to 40 as Israeli raids continued.", []),
    ("Yemen's air strikes victims say the coalition has never apologised.", []),
    ("India's command of the series was never in doubt after Kohli's century.", []),
    ("Australia's command of the match grew as the seamers took three quick wickets.", []),
    ("China's command economy collapsed in the 1980s.", []),
    ("Britain's command of the seas ended with the Second World War.", []),
]
_BODIES = [
    ("The MH17 victims' group said it would appeal the verdict.", []),
    ("The Boston Marathon victims' group held a vigil on the anniversary.", []),
    ("The Manchester Arena families' group said the inquiry had failed them.", []),
    ("The Rana Plaza victims' group demanded compensation from the brands.", []),
    ("The New York police union condemned the mayor's remarks.", []),
    ("The Los Angeles police union sued the city over vaccine mandates.", []),
    ("The Kharkiv Oblast volunteer group delivered food to Izium.", []),
    ("The Niger Delta relief group distributed food to flood victims.", []),
    ("The Khan Younis rescue group pulled 12 bodies from the rubble.", []),
    ("The Kharkiv Oblast search group found two bodies.", []),
    # positives the rule keeps
    (
        "The Mothers of the Disappeared search collective held a march.",
        [("Mothers of the Disappeared", "organisation")],
    ),
    (
        "The SPNH-17 police union said the deaths brought to 48 the number of officers killed.",
        [("SPNH-17", "organisation")],
    ),
]
_DESKS = [
    (
        "Arrests in Mombasa\n\nCounter Terrorism Bureau\n\nMOMBASA: Two suspects were held.",
        [("Counter Terrorism Bureau", "state")],
    ),
    (
        "Poaching rises\n\nKenya Wildlife Bureau\n\nNAIROBI: Ten elephants were killed.",
        [("Kenya Wildlife Bureau", "organisation")],
    ),
    (
        "Graft probe\n\nAnti-Graft Bureau\n\nThe bureau arrested two officials.",
        [("Anti-Graft Bureau", "organisation")],
    ),
    # positives the rule keeps
    (
        "Two killed\n\nBy Sudan Tribune Bureau\n\nKHARTOUM: Two people were killed.",
        [("Sudan Tribune", "media")],
    ),
    ("Blast kills four\n\nIslamabad Bureau\n\nQUETTA: Four people were killed.", []),
    (
        "Three soldiers killed\n\nBy Inquirer Mindanao Bureau\n\nMARAWI CITY: Three soldiers died.",
        [("Inquirer Mindanao", "media")],
    ),
    (
        "Arrests in Kano\n\nThe Counter Terrorism Bureau\n\nKANO: Two suspects were held.",
        [("Counter Terrorism Bureau", "state")],
    ),
    (
        "Three killed in Imphal firing\n\nIFP Bureau\n\nImphal, Dec 4: Two personnel were killed.",
        [("IFP", "media")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _UNITS + _STRIKES_AND_COMMAND + _BODIES + _DESKS)
def test_review72d_spans_and_types(text: str, expected: list[tuple[str, str]]) -> None:
    assert suggested_actors(text) == expected
