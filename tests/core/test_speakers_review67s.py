"""REVIEW67S: hostile probes of the SPK67 speaker rules (invented people and sentences):
each rule read only the opening words of a clause, or any ", and", or any "replied:", and
took the speaker named later in the clause away."""

from __future__ import annotations

import pytest

from tests.core.suggest_probes import suggested_speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # "Fighters / troops / gunmen loyal to X" opening a clause whose speaker comes later
        (
            "Fighters loyal to Khalifa Haftar seized the airport on Monday, LNA spokesman Ahmed "
            'Mismari told reporters: "The airport is under our control."',
            "The airport",
            "Ahmed Mismari",
        ),
        (
            "Troops loyal to the government retook the town, army spokesman Colonel Ali Musa "
            'said: "The town is ours."',
            "The town",
            "Ali Musa",
        ),
        (
            "Forces loyal to President Salva Kiir clashed with the SPLA-IO on Sunday, the UN "
            'Mission in South Sudan said: "Civilians are fleeing."',
            "Civilians",
            "UN Mission in South Sudan",
        ),
        (
            "Gunmen loyal to the warlord stormed the village overnight, Governor Amina Yusuf "
            'told AFP: "We have sent police."',
            "We have sent",
            "Amina Yusuf",
        ),
        (
            "Soldiers loyal to the junta arrested Ali Musa on Friday, and his lawyer Grace "
            'Akello said: "He has done nothing wrong."',
            "He has done",
            "Grace Akello",
        ),
        (
            "The commander of forces loyal to General Khalifa Haftar, Colonel Ali Musa, said: "
            '"We hold the airport."',
            "We hold",
            "Ali Musa",
        ),
        (
            "Supporters loyal to opposition leader Ali Musa marched in Nairobi on Saturday, "
            'police spokesman Grace Akello said: "Twelve people were arrested."',
            "Twelve people",
            "Grace Akello",
        ),
        # ... while the rule's own forms still have no link
        ('Fighters loyal to Ahmed Massoud said: "We hold the valley."', "We hold", None),
        ('Fighters loyal to the ousted president said: "We hold the valley."', "We hold", None),
        # an unnamed journalist opening a clause whose speaker comes later
        (
            "A reporter from Channels Television asked about the strike, and the RSF said: "
            '"We did not fire."',
            "We did not",
            "RSF",
        ),
        (
            "A correspondent for Al Jazeera suffered shrapnel wounds in the strike, the "
            'Palestinian Red Crescent said: "He is stable."',
            "He is stable",
            "Palestinian Red Crescent",
        ),
        (
            "A journalist with the BBC was wounded in the strike, Hamas said in a statement: "
            '"The journalist was targeted."',
            "The journalist",
            "Hamas",
        ),
        ('A reporter from the state-owned broadcaster asked: "Will you stay?"', "Will", None),
        # ... and "a Reuters journalist", which the newsroom nouns added to the unnamed nouns
        # let open any clause
        (
            "A Reuters journalist was killed in the strike, the Committee to Protect Journalists "
            'said: "He was wearing a press vest."',
            "He was wearing",
            "Committee to Protect Journalists",
        ),
        (
            "A BBC reporter was briefly detained at the border, the Israel Defense Forces said: "
            '"He entered a closed military zone."',
            "He entered",
            "Israel Defense Forces",
        ),
        (
            'A Reuters reporter who was at the scene said: "There were bodies everywhere."',
            "There were",
            None,
        ),
        # ", and" followed by no subject of its own: the first clause's subject goes on
        (
            'Amina Yusuf fled Khartoum in May, and in June told Reuters: "We lost everything."',
            "We lost",
            "Amina Yusuf",
        ),
        (
            "Amina Yusuf was released on Friday, and later that day told reporters: "
            '"I was beaten."',
            "I was beaten",
            "Amina Yusuf",
        ),
        (
            'Ali Musa was elected in 2019, and last week said: "I will not run again."',
            "I will",
            "Ali Musa",
        ),
        (
            'Ali Musa was wounded in the blast, and speaking from hospital told AFP: "I could not '
            'see."',
            "I could",
            "Ali Musa",
        ),
        # ... and a subject after a time phrase still speaks
        (
            'Ali Musa had been missing for a week, and on Sunday his family said: "We found him."',
            "We found",
            None,
        ),
        # a question the replier asks himself
        ('"Why would I leave?" Danladi replied calmly: "This is my home."', "Why would", "Danladi"),
        (
            '"Where would we go?" Amina Yusuf replied: "We have nothing left."',
            "Where would",
            "Amina Yusuf",
        ),
        ('"Will you stay?" Danladi replied: "We will."', "Will you", None),
        # a bare body noun before the aside naming the body that issued the statement
        (
            'Police, in a statement issued by the Lagos State Police Command, said: "Three '
            'suspects were arrested."',
            "Three suspects",
            "Lagos State Police Command",
        ),
        (
            'The military, in a statement released by the Defence Headquarters, said: "The '
            'terrorists were neutralised."',
            "The terrorists",
            "Defence Headquarters",
        ),
        ('The hostage, in a video released by Hamas, said: "Please help us."', "Please", None),
        # "the RSF's spokesman" named before under another word, or named right after
        (
            'RSF spokesperson Al-Fateh Qurashi denied the claims. "Our forces have no presence in '
            "the area,\" the RSF's spokesman said.",
            "Our forces",
            "Al-Fateh Qurashi",
        ),
        (
            '"Our forces have no presence in the area," the RSF\'s spokesman said. The '
            "spokesman, Al-Fateh Qurashi, added that the army had lied.",
            "Our forces",
            "Al-Fateh Qurashi",
        ),
        (
            'The RSF denied any role. "Our forces have no presence in the area," the RSF\'s '
            "spokesman said.",
            "Our forces",
            "RSF",
        ),
    ],
)
def test_spk67_rules_keep_a_speaker_named_later_in_the_clause(
    text: str, quote: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, quote) == speaker
