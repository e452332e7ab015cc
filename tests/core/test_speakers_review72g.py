"""REVIEW72G: guards on SPK72's three speaker changes, from hostile probes of ordinary news
prose on which they misfired (an adversarial review of branch spk72).

1. "division battalion regiment" ("the division said" -> the formation named before): with
   no formation named, "the division said" after "its division", "one of its battalions"
   is the owner's, as before SPK72 (SPK72 gave nobody), and still nobody's otherwise.
2. '"...," it said' after "According to X, ..." is X's only when the sentence goes on to no
   body speaking of its own ("the army said", "has denied", "issued a statement claiming").
3. '"...," X said, adding that ... "..."' is not X's quote when others name the words
   ("which doctors call", "what rights groups describe as").
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker

# 1. formation nouns: the formation named before, else the owner named with it
FORMATION = [
    (
        "The Nigerian Army said troops of its division in Maiduguri killed 20 insurgents near "
        'Bama. "The terrorists fled in disarray," the division said.',
        "The terrorists fled",
        "Nigerian Army",
    ),
    (
        "The Nigerian Army said soldiers from one of its battalions repelled an attack in "
        'Damboa. "Two soldiers were wounded," the battalion said.',
        "Two soldiers were",
        "Nigerian Army",
    ),
    (
        "The Wagner Group said a battalion of its fighters had reached Bakhmut. "
        '"The city is surrounded," the battalion said.',
        "The city is",
        "Wagner Group",
    ),
    (
        "The Islamic State claimed the attack on a battalion of the Iraqi army in Tarmiyah. "
        '"Five soldiers were killed," the battalion said.',
        "Five soldiers",
        "Iraqi army",
    ),
    (
        "Toyota Motor Corp said sales at its North American division rose in May. "
        '"Demand for hybrids is strong," the division said in a statement.',
        "Demand for hybrids",
        "Toyota Motor Corp",
    ),
    # hostile: no formation named and none owned: not the enemy named before
    (
        'NPA rebels ambushed an army patrol in Negros on Sunday. "The rebels fled after a '
        '30-minute firefight," the division said.',
        "The rebels fled",
        None,
    ),
    (
        'Boko Haram fighters attacked Damboa overnight. "We repelled them," the battalion said.',
        "We repelled them",
        None,
    ),
    # (positives SPK72 brought, kept)
    (
        "The Azov Regiment held the steel plant for weeks. "
        '"We will not surrender," a regiment spokesman said.',
        "We will not",
        "Azov Regiment",
    ),
    (
        "The 19th Infantry Division lost three soldiers in the ambush. "
        '"We repelled the attack," a division spokesman told reporters.',
        "We repelled",
        "19th Infantry Division",
    ),
    (
        "The 3rd Infantry Division said its troops clashed with NPA rebels in Negros. "
        'NPA rebels fled, the division said in a statement. "The NPA remains a threat," '
        "the statement said.",
        "The NPA remains",
        "3rd Infantry Division",
    ),
]

# 2. "According to X, ..." then "it said"
ACCORDING = [
    # hostile: a body of the sentence speaks of its own
    (
        "According to the UN, the Nigerian government has promised an inquiry into the "
        'killings in Benue. "We will bring the culprits to justice," it said.',
        "We will bring",
        "Nigerian government",
    ),
    (
        "According to Amnesty International, the Nigerian Army has denied the allegations of "
        'torture. "The report is baseless," it said.',
        "The report is",
        "Nigerian Army",
    ),
    (
        "According to the Syrian Observatory for Human Rights, Hayat Tahrir al-Sham issued a "
        'statement claiming the attack. "Our fighters struck the base," it said.',
        "Our fighters",
        "Hayat Tahrir al-Sham",
    ),
    (
        "According to the UN, the Sudanese army said it had retaken the bridge in Khartoum. "
        '"Our forces control the area," it said.',
        "Our forces",
        "Sudanese army",
    ),
    (
        "According to the World Health Organization, the Sudanese health ministry reported "
        '200 cholera deaths. "The outbreak is under control," it said.',
        "The outbreak",
        "Sudanese health ministry",
    ),
    # positives: the source goes on speaking
    (
        "According to the Sudanese Armed Forces, the RSF attacked El Fasher from three sides. "
        '"The RSF committed a massacre," it said.',
        "The RSF committed",
        "Sudanese Armed Forces",
    ),
    (
        "According to a UN report, the RSF killed 1,500 people in El Geneina. "
        '"The RSF denies any role," it said.',
        "The RSF denies",
        "UN",
    ),
    (
        "According to Israeli army figures, Hamas has lost 17,000 fighters since the war "
        'began. "Hamas is collapsing," it said.',
        "Hamas is",
        "Israeli army",
    ),
]

# 3. '"...," X said, adding that ... "..."'
ADDING = [
    # hostile: others name the words
    (
        '"Nobody is safe," the WHO said, adding that hospitals in Khartoum, which doctors call '
        '"death traps", were overwhelmed.',
        "death traps",
        None,
    ),
    (
        '"We repelled the attack," the Nigerian Army said, adding that hospitals in Maiduguri, '
        'which residents call "the last refuge", were full.',
        "the last refuge",
        None,
    ),
    (
        '"We have done nothing wrong," the Sudanese army said, adding that what rights groups '
        'describe as "a massacre" was a battle.',
        "a massacre",
        None,
    ),
    # positives: the first quote's speaker
    (
        "The Sudanese army's 6th Infantry Division in El Fasher said it had repelled three "
        'attacks. "The city remains in our hands," the division said, adding that the RSF had '
        'lost "hundreds of fighters".',
        "hundreds of fighters",
        "6th Infantry Division",
    ),
    (
        "The Appellate Division of the High Court in Dhaka upheld the sentences on Monday. "
        '"The appeals are dismissed," the division said, adding that the defence had failed to '
        'show "any error of law".',
        "any error of law",
        "Appellate Division of the High Court",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FORMATION + ACCORDING + ADDING)
def test_review72g_speaker(text: str, quote: str, speaker: str | None) -> None:
    assert suggested_speaker(text, quote) == speaker
