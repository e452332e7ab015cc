"""scripts/gold_link_check.py finds gold links that skip the mention attributing the quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script

SLIP = (
    "{A:person#ov|Oskar Venkel}, the district commissioner, arrived on Monday.\n\n"
    '"{Q>ov|We counted eleven houses burnt,}" {A:person|Venkel} told reporters.\n\n'
    '{A:person|Venkel} said: "{Q>ov|Nobody has come back.}"\n'
)


def test_a_link_to_the_first_mention_is_moved_to_the_name_after_the_quote(tmp_path: Path) -> None:
    check = load_script("gold_link_check")
    text, found = check.slips(SLIP)
    # both quotes: one attributed after it, one by the name opening its sentence
    assert [text[q.start : q.end] for q, _l, _a in found] == [
        "We counted eleven houses burnt,",
        "Nobody has come back.",
    ]
    assert all(text[a.start : a.end] == "Venkel" for _q, _l, a in found)
    fixed = check.fixed(SLIP, found)
    assert fixed == (
        "{A:person#ov|Oskar Venkel}, the district commissioner, arrived on Monday.\n\n"
        '"{Q>ova|We counted eleven houses burnt,}" {A:person#ova|Venkel} told reporters.\n\n'
        '{A:person#ova2|Venkel} said: "{Q>ova2|Nobody has come back.}"\n'
    )
    assert check.slips(fixed)[1] == []
    # the plain text is the same: only ids and links moved
    assert check.read_marks(fixed, "fixed").text == text


@pytest.mark.parametrize(
    "marked",
    [
        # the quote ends its sentence: "Venkel said ..." opens the next one (reported speech)
        "{A:person#ov|Oskar Venkel} spoke.\n\n"
        '"{Q>ov|We counted eleven houses.}" {A:person|Venkel} said the rest had fled.\n',
        # the attributing name opens the next paragraph
        "{A:person#ov|Oskar Venkel} spoke.\n\n"
        '"{Q>ov|We counted eleven houses,}"\n\n{A:person|Venkel} said later.\n',
        # a colon-introduced quote linked forward to the name opening the next paragraph
        # (the dev gold's convention), not back to the attributing name before it
        '{A:person|Venkel} told reporters: "{Q>ov2|Nobody has come back.}"\n\n'
        "{A:person#ov2|Venkel} said the road was closed.\n",
        # another speaker attributes it: not the same entity, left to the writer
        "{A:person#ov|Oskar Venkel} spoke.\n\n"
        '"{Q>ov|We counted eleven houses,}" {A:person|Mara Idrissou} said.\n',
    ],
)
def test_links_the_guideline_allows_are_left_alone(marked: str) -> None:
    assert load_script("gold_link_check").slips(marked)[1] == []


def test_held_out_files_are_counted_without_their_text(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    check = load_script("gold_link_check")
    folder = tmp_path / "heldout" / "marked"
    folder.mkdir(parents=True)
    (folder / "901-somewhere.txt").write_text(SLIP, "utf-8")
    assert check.main([str(folder)]) == 2
    assert check.main([str(folder), "--counts-only", "--fix"]) == 0
    shown = capsys.readouterr().out
    assert "901: 2" in shown
    assert "Venkel" not in shown
    assert "somewhere" not in shown
    assert check.slips((folder / "901-somewhere.txt").read_text("utf-8"))[1] == []
