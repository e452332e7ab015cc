"""RST70S: two speaker rules DEL70S deleted, restored because the annotation guideline
states their class in words (sample_articles/README.md):

- session 28, point g: "a quote from 'a spokesman' whose name the article gives only in a
  later sentence or paragraph ("The spokesman, Colonel X, ...") has a named speaker, and links
  to the mention that names him";
- session 30, point 8: '"the prime minister's office said" (lower case, untagged, point c)
  links to the prime minister's nearest preceding named mention, else to the government's
  nearest mention'; the same point: '"the statement read / said / added" links to whoever
  the article says issued or said the statement' (session 55 point 8: "Where the article
  says the body issued the words ... they link to the body"), here for 'According to the
  statement, "..."'.

The sentences are probes written for this (wire, bullet, translated, Nigerian, Pakistani,
Kenyan, humanitarian styles), none from the dev articles, with hostile negatives (another
body's spokesman, a name further on in the appositive, a former or deputy holder, a lawyer
for the office, the office with no verb of saying)."""

import pytest

from tests.core.suggest_probes import suggested_speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"We hold the bridge," an army spokesman said. The spokesman, Colonel '
            "Amadou Sow, added that reinforcements had arrived.",
            "We hold the ",
            "Amadou Sow",
        ),
        (
            'A police spokesman said: "Nine people were detained overnight." The '
            "spokesman, Superintendent Mark Otieno, said the suspects would appear "
            "in court on Monday.",
            "Nine people ",
            "Mark Otieno",
        ),
        (
            '"The operation continues according to plan," a spokesman for the '
            "ministry said on Tuesday. The spokesman, Igor Konashenkov, did not "
            "give further details.",
            "The operatio",
            "Igor Konashenkov",
        ),
        (
            '"The hoodlums have been neutralised," a police spokesman told '
            "journalists in Maiduguri. The spokesman, DSP Ahmed Wakil, said "
            "investigations had commenced.",
            "The hoodlums",
            "Ahmed Wakil",
        ),
        (
            '"Two terrorists were killed in the exchange of fire," a military '
            "spokesman said. The spokesman, Major General Ahmed Sharif, said the "
            "area was being cleared.",
            "Two terroris",
            "Ahmed Sharif",
        ),
        (
            '"Access remains extremely limited," a UN spokeswoman said. The '
            "spokeswoman, Stephanie Tremblay, told reporters in New York that "
            "convoys were waiting.",
            "Access remai",
            "Stephanie Tremblay",
        ),
        (
            '"We will respond," a Houthi spokesman said on Sunday. "Our forces are '
            'ready," the spokesman, Yahya Saree, told Al Masirah television.',
            "We will resp",
            "Yahya Saree",
        ),
        (
            '- "Twelve bodies were recovered," a rescue spokesman said - The '
            "spokesman, Hassan Mahmoud, said the search would go on",
            "Twelve bodie",
            "Hassan Mahmoud",
        ),
    ],
)
def test_a_spokesman_named_in_the_next_sentence_is_the_speaker(
    text: str, words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            '"We lost everything," a farmer said. The spokesman, Colonel Amadou '
            "Sow, denied that the village had been shelled.",
            "We lost ever",
            None,
        ),
        (
            '"We hold the bridge," an army spokesman said. "They fled at night," a '
            "resident, Musa Ali, said. The police spokesman, Inspector Joel Mwangi,"
            " said two people were arrested.",
            "We hold the ",
            None,
        ),
        (
            '"We hold the bridge," an army spokesman said. The police spokesman, '
            "Inspector Joel Mwangi, said two people were arrested.",
            "We hold the ",
            None,
        ),
        (
            '"The situation is calm," a government spokesman said. The spokesman, '
            "whose name was withheld, said President William Ruto would visit.",
            "The situatio",
            None,
        ),
        (
            '"Ten attackers were killed," a spokesman for the rebels said. The '
            "spokesman for the army, Colonel Paul Njoroge, denied the claim.",
            "Ten attacker",
            None,
        ),
        (
            '"Nothing was found," army spokesman Colonel Amadou Sow said. The '
            "spokesman, a veteran of the 2012 campaign, said the search was over.",
            "Nothing was ",
            "Amadou Sow",
        ),
        (
            '"He is safe," a spokesman said. The spokesman, who spoke on condition '
            "of anonymity, said Colonel Amadou Sow had been moved.",
            "He is safe",
            None,
        ),
    ],
)
def test_no_link_to_another_spokesman_or_a_name_further_on(
    text: str, words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "President Bola Tinubu ordered an inquiry into the killings. The "
            "president's office said: \"The perpetrators will face the full weight "
            'of the law."',
            "The perpetra",
            "Bola Tinubu",
        ),
        (
            "Prime Minister Ariel Henry visited the wounded on Sunday. In a "
            "statement, the prime minister's office said: \"The state will not "
            'abandon the victims."',
            "The state wi",
            "Ariel Henry",
        ),
        (
            "The government of Ethiopia blamed the rebels for the massacre. The "
            "prime minister's office said: \"This is a heinous act against innocent "
            'civilians."',
            "This is a he",
            "Ethiopia",
        ),
        (
            "Kenyan President William Ruto flew to Mombasa on Friday. The "
            "president's press office said: \"He will meet the families of the "
            'victims."',
            "He will meet",
            "William Ruto",
        ),
        (
            "Prime Minister Anwar Ibrahim met President Joko Widodo in Jakarta. The"
            ' president\'s office said: "Both leaders condemned the attack."',
            "Both leaders",
            "Joko Widodo",
        ),
        (
            "President Muhammadu Buhari condemned the killing of 30 farmers in "
            'Borno. The president\'s office said: "No stone will be left unturned."',
            "No stone wil",
            "Muhammadu Buhari",
        ),
        (
            "- Prime Minister Pushpa Kamal Dahal cut short his visit - The prime "
            'minister\'s office said: "Rescue teams are on the way."',
            "Rescue teams",
            "Pushpa Kamal Dahal",
        ),
    ],
)
def test_the_office_of_a_prime_minister_or_president_is_its_holder_or_government(
    text: str, words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Former Prime Minister Imran Khan criticised the raid. The prime "
            'minister\'s office said: "The law will take its course."',
            "The law will",
            None,
        ),
        (
            "Deputy Prime Minister Ishaq Dar condemned the blast. The prime "
            'minister\'s office said: "An inquiry has been ordered."',
            "An inquiry h",
            None,
        ),
        (
            '"We were not consulted," a lawyer for the president\'s office said after the hearing.',
            "We were not ",
            None,
        ),
        (
            "Former President Alpha Conde was in exile. The former president's "
            'office said: "He condemns the killings."',
            "He condemns ",
            None,
        ),
        (
            "The prime minister's office was set on fire by protesters. \"We are "
            'shocked," a resident said.',
            "We are shock",
            None,
        ),
        (
            "Opposition leader Peter Dutton criticised the government's response. "
            'The prime minister\'s office said: "We will not be lectured."',
            "We will not ",
            None,
        ),
    ],
)
def test_a_former_or_deputy_holders_office_or_no_verb_of_saying_adds_no_holder(
    text: str, words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, words) == speaker


# session 30 point 8: a quote the article gives to "the statement" links to its issuer
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Nigerian Army said in a statement that troops had repelled an "
            'attack on Damboa. According to the statement, "the criminals fled with'
            ' gunshot wounds."',
            "the crimin",
            "Nigerian Army",
        ),
        (
            "Hamas issued a statement after the strike. According to the statement,"
            ' "the occupation will pay the price."',
            "the occupa",
            "Hamas",
        ),
        (
            "The Pakistan Army's media wing released a statement. According to the "
            'statement, "the terrorists were hiding in a compound."',
            "the terror",
            "Pakistan Army",
        ),
        (
            "The Kaduna State Police Command issued a statement on Sunday. "
            'According to the statement, "the bandits abducted 14 passengers."',
            "the bandit",
            "Kaduna State Police Command",
        ),
        (
            "UNICEF released a statement after the school was hit. According to the"
            ' statement, "at least 20 children were among the wounded."',
            "at least 2",
            "UNICEF",
        ),
        (
            "The Ministry of Defence of the Russian Federation published a "
            'communique. According to the communique, "the enemy lost up to 60 '
            'servicemen."',
            "the enemy ",
            "Ministry of Defence of the Russian Federation",
        ),
        (
            "Inter-Services Public Relations said in a statement that four soldiers"
            ' were martyred. According to the statement, "the area is being '
            'sanitised."',
            "the area i",
            "Inter-Services Public Relations",
        ),
        (
            'The Red Cross released a statement. According to the release, "our '
            'teams evacuated 300 wounded."',
            "our teams ",
            "Red Cross",
        ),
        (
            "- Boko Haram posted a statement online on Tuesday - According to the "
            'statement, "the fighters seized two armoured vehicles"',
            "the fighte",
            "Boko Haram",
        ),
        (
            "The Nigerian Army said in a statement that 12 bandits were killed. The"
            " bandits' leader, Bello Turji, denied the claim. According to the "
            'statement, "the troops recovered 20 rifles."',
            "the troops",
            "Nigerian Army",
        ),
        (
            "The IDF denied a statement released by Hamas. According to the "
            'statement, "the hostages were killed by the bombing."',
            "the hostag",
            "Hamas",
        ),
        (
            "Hamas said in a statement that the strike killed 30 people. The "
            'Israeli military declined to comment. According to the statement, "the'
            ' victims were displaced families."',
            "the victim",
            "Hamas",
        ),
        (
            "The Borno State Government issued a statement on the floods. Residents"
            ' said the water rose overnight. According to the statement, "over '
            '2,000 households have been displaced."',
            "over 2,000",
            "Borno State Government",
        ),
    ],
)
def test_according_to_the_statement_is_its_issuer(
    text: str, words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, words) == speaker


# hostile: no named issuer, a statement criticised, denied or doubted by another, a headline
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The army issued a statement on Monday. According to the statement, "
            '"twelve terrorists were neutralised during the operation."',
            "twelve ter",
            None,
        ),
        (
            "- The police put out a statement late on Friday - According to the "
            'statement, "three suspects have been arrested"',
            "three susp",
            None,
        ),
        (
            "The ministry of health said in a statement that 14 people died. "
            'According to the statement, "most of the victims were women."',
            "most of th",
            None,
        ),
        (
            "The rebels said the statement was a lie. According to the statement, "
            '"the village was cleared of fighters."',
            "the villag",
            None,
        ),
        (
            "Witnesses said gunmen stormed the village. According to the statement,"
            ' "no civilians were harmed."',
            "no civilia",
            None,
        ),
        (
            "Amnesty International criticised the army's statement. According to "
            'the statement, "no civilians were harmed."',
            "no civilia",
            None,
        ),
        (
            "Human Rights Watch rejected a statement issued by the ministry. "
            'According to the statement, "the detainees are well treated."',
            "the detain",
            None,
        ),
        (
            "Al-Shabaab claimed the attack. Witnesses said the gunmen fled. "
            'According to the statement, "the soldiers were ambushed at dawn."',
            "the soldie",
            None,
        ),
        (
            "The opposition leader, Raila Odinga, dismissed a police statement. "
            'According to the statement, "officers acted in self-defence."',
            "officers a",
            None,
        ),
        (
            "Reuters could not verify the statement. According to the statement, "
            '"the dam was destroyed by shelling."',
            "the dam wa",
            None,
        ),
        (
            "Army says 12 militants killed in North Waziristan. According to the "
            'statement, "the militants were involved in attacks on security '
            'forces."',
            "the milita",
            None,
        ),
        (
            'The rebels accused the army of lying. According to the statement, "the'
            ' rebels lost 40 men."',
            "the rebels",
            None,
        ),
    ],
)
def test_according_to_the_statement_with_no_issuer_named_has_no_link(
    text: str, words: str, speaker: str | None
) -> None:
    assert suggested_speaker(text, words) == speaker
