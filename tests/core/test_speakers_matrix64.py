"""Speaker attribution after '"...," X was quoted as saying' (task SPKGRAM64, kept by
FIXR64C), and the smoke test of the probe matrix scripts/speaker_matrix.py.

Every passage is written for this file (invented people and events; real states and
bodies) and drives the real suggester. The quote-paragraph rules of SPKGRAM64
(`_described_subject_said`, `_unnamed_turn_goes_on`) were removed after review64c with
their tests; the shapes they misfired on are the matrix script's SHAPES table.
"""

from __future__ import annotations

from scripts.speaker_matrix import SHAPES, report, run_matrix, run_shapes, shapes_report
from tests.core.suggest_probes import suggested_speaker as _speaker

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
    # The control (paired with the three above): a name before the auxiliary was right
    # before the change too.
    text = (
        "Niger's government promised to rebuild the market. "
        '"We have heard such promises before," Halima Sule Danjuma was quoted as saying.'
    )
    assert _speaker(text, "We have heard such") == "Halima Sule Danjuma"


# ------------------------------------------------------------------------- the matrix


def test_the_matrix_sub_grid_the_passive_change_fixes_is_all_right() -> None:
    # After the quote, "was quoted as saying", another actor named in the sentence
    # before: 13 cells; main got 10 (the ministry, she and the group went to Somalia).
    cells = run_matrix(layouts=["after"], verbs=["quoted"], betweens=["actor-before"])
    assert len(cells) == 13
    wrong = [(c.form, c.expected, c.got) for c in cells if c.status != "ok"]
    assert wrong == []
    text = report(cells)
    assert text.startswith("cells 13: right 13,")
    assert "expecting a mention: right 11/11" in text


def test_the_shapes_table_reports_each_review_shape() -> None:
    # A declared control, paired with the sub-grid test above: it passes on main too, and
    # failed with the removed quote-paragraph rules (SHAPES 0/13 at d2e0f2be).
    cells = run_shapes()
    assert len(cells) == len(SHAPES)
    text = shapes_report(cells)
    assert f"/{len(SHAPES)}:" in text
    # The feature lede whose speaker is named after her quotes keeps its forward link
    # (review64c F7, broken by the removed `_unnamed_turn_goes_on`).
    lede = next(c for c in cells if c.form.startswith("F7 feature lede"))
    assert lede.status == "ok"
