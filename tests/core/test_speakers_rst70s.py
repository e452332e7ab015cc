"""RST70S: two speaker rules DEL70S deleted, restored because the annotation guideline
states their class in words (sample_articles/README.md):

- session 28, point g: "a quote from 'a spokesman' whose name the article gives only in a
  later sentence or paragraph ("The spokesman, Colonel X, ...") has a named speaker, and links
  to the mention that names him";
- session 30, point 8: '"the prime minister's office said" (lower case, untagged, point c)
  links to the prime minister's nearest preceding named mention, else to the government's
  nearest mention'.

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
