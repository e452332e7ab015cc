"""RST70S: speaker rules DEL70S deleted, restored because the annotation guideline
states their class in words (sample_articles/README.md):

- session 28, point g: "a quote from 'a spokesman' whose name the article gives only in a
  later sentence or paragraph ("The spokesman, Colonel X, ...") has a named speaker, and links
  to the mention that names him";

The sentences are probes written for this (wire, bullet, translated, Nigerian, Pakistani,
Kenyan, humanitarian styles), none from the dev articles, with hostile negatives (another
body's spokesman, a name further on in the appositive)."""

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
