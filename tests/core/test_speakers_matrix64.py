"""Speaker attribution combining uniformly across layout, verb, speaker form and what
stands between (task SPKGRAM64, scripts/speaker_matrix.py).

Every passage is written for this file (invented people and events; real states and
bodies) and drives the real suggester.
"""

from __future__ import annotations

from scripts.speaker_matrix import report, run_matrix
from tests.core.suggest_probes import suggested_speaker as _speaker

# ------------- a quote paragraph after a paragraph whose last sentence a description says


def test_the_ministry_said_that_then_a_quote_paragraph_links_to_the_ministrys_state() -> None:
    text = (
        "Ethiopia's foreign ministry summoned the Sudanese envoy on Tuesday. The ministry "
        "said on Wednesday that the border talks would resume in Gondar.\n\n"
        '"We expect an answer before the end of the week."'
    )
    assert _speaker(text, "We expect an answer") == "Ethiopia"


def test_the_group_told_an_outlet_then_a_quote_paragraph_links_to_the_group() -> None:
    text = (
        "Hayat Tahrir al-Sham shelled two villages near Saraqib on Monday. The group told "
        "Reuters that its fighters had pulled back by nightfall.\n\n"
        '"Our men did what was asked of them."'
    )
    assert _speaker(text, "Our men did") == "Hayat Tahrir al-Sham"


def test_a_spokesman_for_a_body_then_a_quote_paragraph_links_to_the_body() -> None:
    text = (
        "A spokesman for the Nigerian Army, speaking from Maiduguri, said that troops had "
        "reached the burned market at dawn.\n\n"
        '"The road to the market is open and patrols will continue."'
    )
    assert _speaker(text, "The road to the market") == "Nigerian Army"


def test_she_told_an_outlet_then_a_quote_paragraph_links_to_her_not_the_outlet() -> None:
    text = (
        "Ana Duarte Lobo, a nurse at the clinic in Pemba, counted the wounded on Friday. "
        "She told Reuters that the generator had failed twice in the night.\n\n"
        '"We stitched wounds by the light of our phones."'
    )
    assert _speaker(text, "We stitched wounds") == "Ana Duarte Lobo"


def test_an_anonymous_speaker_then_a_quote_paragraph_stays_unlinked() -> None:
    text = (
        "Heavy fighting was reported near Kidal on Sunday. A trader who asked not to be "
        "named told the BBC that the soldiers had left the town.\n\n"
        '"They took our goats and the fuel we had stored."'
    )
    assert _speaker(text, "They took our goats") is None


def test_a_description_that_speaks_of_no_one_keeps_the_quote_paragraph_unlinked() -> None:
    # No speech verb in the description's sentence: nobody is said to speak.
    text = (
        "Ethiopia's foreign ministry summoned the Sudanese envoy on Tuesday. The meeting "
        "lasted an hour.\n\n"
        '"Nothing was agreed."'
    )
    assert _speaker(text, "Nothing was agreed") is None


def test_a_body_with_its_acronym_said_that_then_a_quote_paragraph_links_to_the_acronym() -> None:
    text = (
        "The World Food Programme (WFP) said on Tuesday that its convoy had reached "
        "Kadugli after four days on the road.\n\n"
        '"The trucks carry enough flour for a month, no more."'
    )
    assert _speaker(text, "The trucks carry") == "WFP"


def test_an_opening_phrase_then_the_ministry_said_then_a_quote_paragraph() -> None:
    text = (
        "Ghana's interior ministry sent police reinforcements to Bawku on Saturday. "
        "Speaking in Accra on Sunday, the ministry said that the curfew would be "
        "extended.\n\n"
        '"Nobody should be on the streets after dark."'
    )
    assert _speaker(text, "Nobody should be on") == "Ghana"


# --------------- "was quoted as saying" after the quote reads its subject as "said" does


def test_the_ministry_was_quoted_as_saying_skips_a_state_named_in_between() -> None:
    text = (
        "Mali's defence ministry announced a curfew in Gao on Friday. Algeria's government "
        'said it had not been told of the operation. "The curfew protects the market '
        'traders," the ministry was quoted as saying.'
    )
    assert _speaker(text, "The curfew protects") == "Mali"


def test_she_was_quoted_as_saying_links_to_the_woman_not_the_state_in_between() -> None:
    text = (
        "Halima Sule Danjuma, the head of a women's cooperative in Maradi, lost her stall in "
        "the fire. Niger's government promised to rebuild the market. "
        '"We have heard such promises before," she was quoted as saying.'
    )
    assert _speaker(text, "We have heard such") == "Halima Sule Danjuma"


def test_the_group_was_quoted_as_saying_links_to_the_group() -> None:
    text = (
        "The Arakan Army said it had taken a police post near Maungdaw. Bangladesh closed "
        'two border crossings on Sunday. "The post is ours and will stay ours," the group '
        "was quoted as saying by a local outlet."
    )
    assert _speaker(text, "The post is ours") == "Arakan Army"


def test_a_name_was_quoted_as_saying_keeps_the_name() -> None:
    # The control: a name before the auxiliary was right before the change too.
    text = (
        "Niger's government promised to rebuild the market. "
        '"We have heard such promises before," Halima Sule Danjuma was quoted as saying.'
    )
    assert _speaker(text, "We have heard such") == "Halima Sule Danjuma"


# ---------------- an unnamed speaker's turn goes on past a person named after the quote


def test_a_quote_after_an_unnamed_officials_attribution_stays_unlinked() -> None:
    text = (
        'Rwandan troops left the Gisenyi crossing on Thursday. "The post was empty when we '
        'arrived," a senior customs officer said. "Nobody had warned us." Jean-Pierre '
        "Habimana, who runs a lorry depot nearby, said the post had been abandoned for a week."
    )
    assert _speaker(text, "Nobody had warned us") is None


def test_a_quote_after_one_residents_attribution_is_not_the_next_named_persons() -> None:
    text = (
        'Floodwater reached the market in Beledweyne overnight. "We carried the children to '
        'the mosque roof," one resident told the BBC. "The water kept rising until dawn." '
        "Abdirahman Farah Ali, the district commissioner, said boats would arrive on Friday."
    )
    assert _speaker(text, "The water kept rising") is None


def test_a_quote_standing_alone_before_a_named_speaker_still_links_forward() -> None:
    # The control: no unnamed attribution before the quote, the name after it says it.
    text = (
        "Floodwater reached the market in Beledweyne overnight.\n\n"
        '"The water kept rising until dawn." Abdirahman Farah Ali, the district '
        "commissioner, said boats would arrive on Friday."
    )
    assert _speaker(text, "The water kept rising") == "Abdirahman Farah Ali"


# ------------------------------------------------------------------------- the matrix


def test_the_matrix_runs_and_reports_its_cells() -> None:
    cells = run_matrix(layouts=["after", "intro-para"], verbs=["said", "told"])
    assert cells
    assert {c.layout for c in cells} == {"after", "intro-para"}
    assert all(c.status in {"ok", "S", "A", "Q"} for c in cells)
    text = report(cells)
    assert text.startswith(f"cells {len(cells)}:")
    assert "by layout:" in text
    assert "layout x form" in text
