"""scripts/align_heldout_conventions.py on synthetic mark-up only (never a held-out file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.align_heldout_conventions import CLASSES, align, main
from scripts.build_gold import parse

# (class, marked before, marked after): one planted minority span each.
PLANTED = [
    (
        "forced_to_flee_from_count",
        "The raid {C:2000:-:displaced:unknown|forced thousands to flee} the town.",
        "The raid forced {C:2000:-:displaced:unknown|thousands to flee} the town.",
    ),
    (
        "forced_to_flee_from_count",
        "Gangs forced {C:17001:-:displaced:unknown|more than 17,000 to flee their homes}.",
        "Gangs forced {C:17001:-:displaced:unknown|more than 17,000 to flee} their homes.",
    ),
    (
        "freed_captives_from_verb",
        "Troops rescued {C:6:6:other:civilian|six of the abducted victims} on Sunday.",
        "Troops {C:6:6:other:civilian|rescued six of the abducted victims} on Sunday.",
    ),
    (
        "ends_at_casualty_word",
        "Police said {C:21:21:killed:combatant|21 killed in encounters} this year.",
        "Police said {C:21:21:killed:combatant|21 killed} in encounters this year.",
    ),
    (
        "ends_at_casualty_word",
        "There were {C:11:11:killed:unknown|11 deaths in custody} in May.",
        "There were {C:11:11:killed:unknown|11 deaths} in custody in May.",
    ),
    (
        "ends_at_casualty_word",
        "{C:1:1:injured:civilian|A 7-year-old boy was wounded by a stray bullet}.",
        "{C:1:1:injured:civilian|A 7-year-old boy was wounded} by a stray bullet.",
    ),
    (
        "ends_at_casualty_word",
        "{C:7:7:other:civilian|Seven people who had been held since 2022} were freed.",
        "{C:7:7:other:civilian|Seven people who had been held} since 2022 were freed.",
    ),
    (
        "number_of_from_number",
        "Volunteers put the number of {C:40:40:killed:unknown|dead at 40}.",
        "Volunteers put the {C:40:40:killed:unknown|number of dead at 40}.",
    ),
    (
        "number_of_from_number",
        "Officials put {C:25:25:injured:unknown|the number of wounded at 25}.",
        "Officials put the {C:25:25:injured:unknown|number of wounded at 25}.",
    ),
    (
        "among_the_dead_from_among",
        "Among the dead were {C:3:3:killed:combatant|three former fighters}.",
        "{C:3:3:killed:combatant|Among the dead were three former fighters}.",
    ),
    (
        "a_total_of_in",
        "A total of {C:23:23:killed:unknown|23 people were killed} on Friday.",
        "{C:23:23:killed:unknown|A total of 23 people were killed} on Friday.",
    ),
    (
        "of_them_out",
        "Soldiers recovered the {C:6:6:killed:unknown|bodies of six of them} later.",
        "Soldiers recovered the {C:6:6:killed:unknown|bodies of six} of them later.",
    ),
    (
        "quoted_harm_from_mark",
        'Police said they had "{C:11:11:killed:combatant|neutralized" 11 gang members}.',
        'Police said they had {C:11:11:killed:combatant|"neutralized" 11 gang members}.',
    ),
    (
        "bodies_without_burial",
        "Villagers {C:41:41:killed:unknown|buried 41 bodies} on the hill.",
        "Villagers buried {C:41:41:killed:unknown|41 bodies} on the hill.",
    ),
    (
        "bodies_without_burial",
        "The army kept {C:2:2:killed:unknown|the bodies of two of the dead} for days.",
        "The army kept the bodies of {C:2:2:killed:unknown|two of the dead} for days.",
    ),
    (
        "outlet_without_the_or_desk",
        "By {A:media|The Hindu Bureau}\n\nText.",
        "By The {A:media|Hindu} Bureau\n\nText.",
    ),
    (
        "outlet_without_the_or_desk",
        "{A:media|IFP Bureau}\n\nText.",
        "{A:media|IFP} Bureau\n\nText.",
    ),
    (
        "outlet_without_the_or_desk",
        "a report by {A:media|The New Humanitarian} said",
        "a report by The {A:media|New Humanitarian} said",
    ),
    (
        "title_out_of_person",
        "{A:person#q|Qari Abdul Rahim} said.",
        "Qari {A:person#q|Abdul Rahim} said.",
    ),
    (
        "region_of_a_governor_untagged",
        "The governor of {A:state|Norte de Santander}, {A:person|Ana Ruiz}, said.",
        "The governor of Norte de Santander, {A:person|Ana Ruiz}, said.",
    ),
]

PLANTED.append(
    (
        "some_n_is_n_to_n",
        "Fighting in May saw {C:400000:-:displaced:unknown|some 400,000 fled} the city.",
        "Fighting in May saw {C:400000:400000:displaced:unknown|some 400,000 fled} the city.",
    )
)

PLANTED.append(
    (
        "ends_at_casualty_word",
        "{C:3:3:killed:civilian|Three journalists killed in El Fasher on Monday} were named.",
        "{C:3:3:killed:civilian|Three journalists killed} in El Fasher on Monday were named.",
    )
)
PLANTED.append(
    (
        "ends_at_casualty_word",
        "Police said {C:17:17:killed:unknown|17 killed and 30 wounded in Kano}.",
        "Police said {C:17:17:killed:unknown|17 killed and 30 wounded} in Kano.",
    )
)

# Spans that already follow the convention, or near shapes that are no instance of a class.
ALREADY = [
    "The raid forced {C:2000:-:displaced:unknown|thousands to flee} the town.",
    "{C:100000:-:displaced:unknown|At least 100,000 people were forced to flee} their villages.",
    "Troops {C:6:6:other:civilian|rescued six of the abducted victims} on Sunday.",
    "Police said {C:21:21:killed:combatant|21 killed} in encounters this year.",
    # a count in words after "at" is the figure's own, no place (1100)
    "IHR put the {C:19:19:killed:unknown|number of dead at nineteen}.",
    "They were {C:3:3:killed:unknown|killed in the attack were three men}.",
    "The {C:9:9:killed:unknown|number of people killed in the attack has risen to nine}.",
    "{C:3:3:killed:combatant|Among the dead were three former fighters}.",
    "The total of {C:1164:1164:other:civilian|1,164 civilian casualties} is down.",
    'The army "{C:1:1:killed:combatant|neutralised one of them}".',
    '{C:5:5:killed:unknown|Five people were killed}, {Q>x|"They came at night,"} said '
    "{A:person#x|Ana Ruiz}.",
    "Police recovered the {C:2:2:killed:unknown|bodies of two men} from a house.",
    "The deputy governor of {A:organisation|Central Bank} said.",
    "{A:media|Daily Trust} reported.",
    "A statement by {A:media|Bureau} said.",
    "{C:400000:400000:displaced:unknown|Some 400,000 fled} the city.",
    "{C:31:31:killed:civilian|Killed in the strike were three villagers}.",
    "{C:9:9:killed:unknown|Gunmen killed at least nine people}.",
    "Officials put the {C:19:19:killed:unknown|number of dead at 19}.",
    "The {C:5:5:killed:unknown|five killed in attacks that wounded many} were named.",
    "{C:2000:-:displaced:unknown|some thousands fled} the city.",
    "{C:1:-:killed:unknown|some 1.5 million dead} in the war.",
]


# Session 72, point 1: a part of the same kind as the count before it says how, and is none.
PLANTED += [
    (
        "same_kind_part_out",
        "{C:9:9:killed:civilian|Nine villagers were killed}, {C:4:4:killed:civilian|four of them"
        " beheaded}, on Sunday.",
        "{C:9:9:killed:civilian|Nine villagers were killed}, four of them beheaded, on Sunday.",
    ),
    (
        "same_kind_part_out",
        "{C:11:11:injured:unknown|Eleven people were hurt}, {C:1:1:injured:unknown|one of them"
        " shot} in the leg.",
        "{C:11:11:injured:unknown|Eleven people were hurt}, one of them shot in the leg.",
    ),
]
ALREADY += [
    # another kind before the part: its own figure (session 32, point 8)
    "The clinic {C:23:23:injured:unknown|received 23 wounded}, {C:1:1:killed:unknown|one of"
    " whom died} overnight.",
    "Police {C:4:4:other:civilian|detained four villagers}, and {C:1:1:injured:civilian|one of"
    " them was shot}.",
    # no count before it in its sentence
    "The gunmen stopped two buses. {C:9:9:killed:civilian|Nine of them were killed}.",
]


def _plain(marked: str) -> str:
    return parse(marked, "t")[0]


@pytest.mark.parametrize(("name", "before", "after"), PLANTED)
def test_each_planted_minority_span_is_set_to_the_convention(name, before, after):
    new, found = align(before, "1", {name: CLASSES[name]})
    assert new == after
    assert [f.cls for f in found] == [name]
    assert _plain(new) == _plain(before)


@pytest.mark.parametrize(("name", "before", "after"), PLANTED)
def test_all_classes_together_make_only_the_planted_change(name, before, after):
    new, found = align(before, "1", CLASSES)
    assert new == after
    assert len(found) == 1


@pytest.mark.parametrize("marked", ALREADY)
def test_spans_that_follow_the_convention_are_left_alone(marked):
    new, found = align(marked, "1", CLASSES)
    assert found == []
    assert new == marked


def test_a_move_across_another_mark_is_skipped_not_made(capsys):
    # The brace would have to cross the quote's "}" to reach "Among": nesting would change.
    marked = "{Q|Among the dead were }{C:3:3:killed:combatant|three soldiers}."
    new, found = align(marked, "1", CLASSES)
    assert new == marked
    assert [(f.cls, f.applied) for f in found] == [("among_the_dead_from_among", False)]


def test_the_gold_of_the_rewritten_file_differs_only_in_the_moved_span():
    before = (
        '{A:person#k|Ana Ruiz} said: {Q>k|"Five died."} Volunteers put the number of '
        "{C:40:40:killed:unknown|dead at 40}. Among the dead were {C:3:3:killed:combatant|three "
        "soldiers}."
    )
    new, found = align(before, "1", CLASSES)
    text0, spans0, rel0 = parse(before, "a")
    text1, spans1, rel1 = parse(new, "b")
    assert text0 == text1
    assert rel0 == rel1
    moved = [(a, b) for a, b in zip(spans0, spans1, strict=True) if a != b]
    assert [text1[b["start"] : b["end"]] for _a, b in moved] == [
        "number of dead at 40",
        "Among the dead were three soldiers",
    ]
    assert len(found) == 2


def test_dev_marked_files_hold_no_candidate_of_any_class(capsys):
    dev = Path(__file__).resolve().parent.parent / "sample_articles" / "dev" / "marked"
    assert main([str(dev), "--counts-only"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(CLASSES)
    assert all(line.endswith(": 0 moved") for line in lines)


def test_fix_writes_the_file_and_counts_only_prints_no_text(tmp_path, capsys):
    folder = tmp_path / "heldout" / "marked"
    folder.mkdir(parents=True)
    (folder / "7-x.txt").write_text(PLANTED[0][1], "utf-8")
    assert main([str(folder)]) == 2  # a held-out folder without --counts-only is refused
    assert main([str(folder), "--counts-only", "--fix"]) == 0
    out = capsys.readouterr().out
    assert "forced_to_flee_from_count: 1 moved in 7" in out
    assert "raid" not in out
    assert (folder / "7-x.txt").read_text("utf-8") == PLANTED[0][2]
