"""The learned check of the rules' one-word state suggestions (rule `actor_state_check`):
what it drops and keeps, its switch, its training and its weights file.

The sentences are invented. The tests of what the shipped model drops assert only what any
honest training gives: a capital read as a place by every cue the gold teaches ("near an
old X landmark") and as an actor by every cue ("X rejected the plan").
"""

from __future__ import annotations

import gzip
import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.errors import InputError
from annotator.core.packaged import packaged_files
from annotator.core.suggest import default_rules, registry, state_check, suggest
from annotator.core.suggest.base import Suggestion
from annotator.services.suggesting import load_gazetteer
from tests.conftest import load_script

WITHOUT_CHECK = [r for r in default_rules() if r != state_check.RULE_NAME]
KNOWN = {"Kigali": "state", "Wadiya": "state"}

# A capital another document tags, here the name of a place ("annotate all occurrences"
# proposes it all the same), then the same capital acting.
LANDMARK = (
    "Talks resume\n\n"
    "Officials met in a hotel near an old Kigali landmark on Monday to discuss the "
    "ceasefire. Kigali rejected the plan on Tuesday."
)


def _actors(text: str, rules: list[str] | None = None) -> list[tuple[int, str, str]]:
    found = suggest(text, gazetteer=load_gazetteer(), known_actors=KNOWN, rules=rules)
    return [(s.start, text[s.start : s.end], s.rule) for s in found if s.label == "ACTOR"]


def test_a_known_state_read_as_a_place_is_dropped_and_the_same_state_acting_kept() -> None:
    place = (LANDMARK.index("Kigali"), "Kigali", "actor_known_elsewhere")
    actor = LANDMARK.index("Kigali rejected")
    assert place in _actors(LANDMARK, WITHOUT_CHECK)
    found = _actors(LANDMARK)
    assert place not in found
    assert [(s, name) for s, name, _rule in found] == [(actor, "Kigali")]


def test_the_model_reads_the_context_of_each_mention() -> None:
    gazetteer = load_gazetteer()
    place = LANDMARK.index("Kigali")
    actor = LANDMARK.index("Kigali rejected")
    found = [
        Suggestion(place, place + 6, "ACTOR", {"type": "state"}, "actor_known_elsewhere"),
        Suggestion(actor, actor + 6, "ACTOR", {"type": "state"}, "actor_known_elsewhere"),
    ]
    scored = state_check.scores(LANDMARK, found, gazetteer)
    assert scored[(place, place + 6)] < -state_check.margin < scored[(actor, actor + 6)]
    assert state_check.vetoed(LANDMARK, found, gazetteer) == found[1:]


def test_a_state_the_rules_call_no_place_only_by_default_is_checked() -> None:
    # The middle of a list of places whose last has an adjective ("in Drevlia, Wadiya and
    # northern Karu"), a second "for" after "or" ("for the coast or for Wadiya"), "where
    # Wadiya comes in": no place pattern of the rules matched, nor any actor's; the model
    # reads them as places.
    for text in (
        "Aid cut\n\nDonors pledged more help to the camps in Drevlia, Wadiya and northern "
        "Karu on Monday.",
        "Exodus\n\nMany families have left for the coast or for Wadiya.",
        "Views\n\nHere is where Wadiya comes in, the analyst said.",
    ):
        place = (text.index("Wadiya"), "Wadiya", "actor_gazetteer")
        assert place in _actors(text, WITHOUT_CHECK)
        assert place not in _actors(text)


def test_where_the_default_is_the_guidelines_answer_the_check_leaves_it() -> None:
    # Guard: a verb's object (a state acted upon), states listed as subjects and a state
    # before a copula that no pattern of a land's matched are actors by the guideline;
    # the model, which reads them as places, is not asked.
    for text in (
        "Border row\n\nDrevlia closed the crossing. Drevlia's move angered Wadiya.",
        "Accord\n\nDrevlia, Wadiya, and Karu signed the border accord on Monday.",
        "Troops\n\nWadiya is the largest contributor of troops to the mission.",
    ):
        start = text.index("Wadiya")
        assert (start, "Wadiya", "actor_gazetteer") in _actors(text)
        assert _actors(text) == _actors(text, WITHOUT_CHECK)


def test_where_the_rules_matched_a_pattern_the_check_never_overrules_them() -> None:
    # Guard: "the backing of Wadiya", "the green light from Wadiya" are the rules' own
    # forms of a state acting; the model alone would call the second a place by more than
    # the margin (the first it reads as a dealing, "backing of"), but the rules' evidence
    # decides.
    gazetteer = load_gazetteer()
    for text, model_wrong in (
        ("Deal signed\n\nThe rebels advanced with the backing of Wadiya, officials said.", False),
        (
            "Deal signed\n\nThe rebels won the green light from Wadiya to advance, officials said.",
            True,
        ),
    ):
        start = text.index("Wadiya")
        extent = (start, start + 6)
        assert (start, "Wadiya", "actor_gazetteer") in _actors(text)
        assert _actors(text) == _actors(text, WITHOUT_CHECK)
        found = [Suggestion(*extent, "ACTOR", {"type": "state"}, "actor_gazetteer")]
        forced = state_check.scores(text, found, gazetteer, defaulted={extent})
        assert (forced[extent] < -state_check.defaulted_margin) == model_wrong
    # ... nor a capital, which the rules suggest only where a pattern says it governs.
    capital = LANDMARK.index("Kigali")
    by_rule = [Suggestion(capital, capital + 6, "ACTOR", {"type": "state"}, "actor_gazetteer")]
    extent = {(capital, capital + 6)}
    assert state_check.vetoed(LANDMARK, by_rule, gazetteer, defaulted=extent) == by_rule


def test_states_acting_are_kept_and_a_context_reading_rule_is_checked_only_by_the_memo() -> None:
    # Guard: states acting as subjects (no pattern of the rules either: checked, and kept),
    # and the gazetteer rule's suggestion of a place without the memo's word: kept.
    text = (
        "Border clashes\n\n"
        "Drevlia and Wadiya traded blame for the attack on Sunday. The Free Valdor Front "
        "denied any part in it, and Drevlia said it would send observers."
    )
    assert _actors(text) == _actors(text, WITHOUT_CHECK)
    place = LANDMARK.index("Kigali")
    by_rule = [Suggestion(place, place + 6, "ACTOR", {"type": "state"}, "actor_gazetteer")]
    assert state_check.vetoed(LANDMARK, by_rule, load_gazetteer()) == by_rule


def test_only_one_word_state_suggestions_are_scored() -> None:
    gazetteer = load_gazetteer()
    text = "Officials in Wadiya and the Free Valdor Front met near Karu."
    rule = "actor_known_elsewhere"
    found = [
        Suggestion(13, 19, "ACTOR", {"type": "state"}, rule),
        Suggestion(28, 45, "ACTOR", {"type": "armed group"}, rule),
        Suggestion(13, 19, "QUOTE", {}, rule),
    ]
    assert list(state_check.scores(text, found, gazetteer)) == [(13, 19)]
    # A text without any: no token is made and nothing changes.
    assert state_check.vetoed(text, found[1:], gazetteer) == found[1:]


def test_the_check_is_a_listed_rule_and_switched_off_by_leaving_it_out() -> None:
    rule = registry()[state_check.RULE_NAME]
    assert rule.label == "ACTOR"
    assert rule.enabled_by_default
    assert state_check.RULE_NAME in default_rules()
    listed = CliRunner().invoke(cli, ["suggest", "--list-rules"])
    assert state_check.RULE_NAME in listed.output
    place = (LANDMARK.index("Kigali"), "Kigali", "actor_known_elsewhere")
    assert place in _actors(LANDMARK, WITHOUT_CHECK)
    assert place not in _actors(LANDMARK)


def test_evaluate_without_the_rule_scores_the_rules_alone(tmp_path: Path) -> None:
    # Two articles, so that "annotate all occurrences" knows "Kigali" from the other.
    gold = tmp_path / "gold.jsonl"
    actor = LANDMARK.index("Kigali rejected")
    span = {"start": actor, "end": actor + 6, "label": "ACTOR", "attributes": {"type": "state"}}
    record = {"text": LANDMARK, "spans": [span]}
    other = "Kigali said on Monday it would attend."
    known = {"start": 0, "end": 6, "label": "ACTOR", "attributes": {"type": "state"}}
    lines = [json.dumps(record), json.dumps({"text": other, "spans": [known]})]
    gold.write_text("\n".join(lines) + "\n", "utf-8")

    def predicted(*extra: str) -> int:
        result = CliRunner().invoke(cli, ["evaluate", "--gold", str(gold), "--json", *extra])
        assert result.exit_code == 0, result.output
        return int(json.loads(result.output)["labels"]["ACTOR"]["predicted"])

    assert predicted("--without-rule", state_check.RULE_NAME) == predicted() + 1
    refused = CliRunner().invoke(cli, ["evaluate", "--gold", str(gold), "--without-rule", "x"])
    assert refused.exit_code == 2
    assert "unknown rule 'x'" in refused.output


# ----------------------------------------------------------------- training


def _gold_file(folder: Path) -> Path:
    """Invented articles: a state that says or accuses is an actor, one after "in" a place."""
    states = ["Wadiya", "Drevlia", "Ondara", "Lenvia", "Kharvelia", "Tamassa"]
    path = folder / "gold.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number in range(500, 512):
            a, b = states[number % 6], states[(number + 1) % 6]
            text = f"{a} accused {b} of shelling. Fighting in {b} went on, and {a} said so."
            spans = [(0, len(a)), (text.index(f"and {a}") + 4, text.index(f"and {a}") + 4 + len(a))]
            spans.append((len(a) + 9, len(a) + 9 + len(b)))
            record = {
                "text": text,
                "meta": {"file": f"{number}-some-town.txt"},
                "spans": [
                    {"start": s, "end": e, "label": "ACTOR", "attributes": {"type": "state"}}
                    for s, e in spans
                ],
            }
            out.write(json.dumps(record) + "\n")
    return path


def test_examples_are_actors_of_the_exact_extent_and_places_no_gold_touches() -> None:
    text = "Wadiya said the Wadiya Army crossed into Drevlia."
    found = list(state_check.examples_of(text, [(0, 6), (16, 27)], load_gazetteer()))
    # "Wadiya" inside "Wadiya Army" is set aside.
    assert [(text[s:e], actor) for s, e, _f, actor in found] == [
        ("Wadiya", True),
        ("Drevlia", False),
    ]


def test_training_twice_gives_the_same_bytes_and_a_command_to_make_them(tmp_path: Path) -> None:
    script = load_script("train_state_check")
    gold = _gold_file(tmp_path)
    args = ["--epochs", "3", "--seed", "4", "--date", "2026-12-04", "--exclude", "510-511"]
    assert script.main([str(gold), "--out", str(tmp_path / "a.json.gz"), *args]) == 0
    assert script.main([str(gold), "--out", str(tmp_path / "b.json.gz"), *args]) == 0
    first = (tmp_path / "a.json.gz").read_bytes()
    assert (tmp_path / "b.json.gz").read_bytes() == first
    model = state_check.load(first)
    assert model.meta["left_out"] == [510, 511]
    assert model.meta["examples"] == 10 * 4
    again = shlex.split(model.meta["command"])
    assert again[:2] == ["python", "scripts/train_state_check.py"]
    assert script.main([*again[2:], "--out", str(tmp_path / "c.json.gz")]) == 0
    assert (tmp_path / "c.json.gz").read_bytes() == first
    # What it learnt: "in X" is a place, "X accused" an actor.
    text = "Fighting in Lenvia went on. Lenvia accused Ondara."
    scored = state_check.scores(
        text,
        [
            Suggestion(12, 18, "ACTOR", {}, "actor_known_elsewhere"),
            Suggestion(28, 34, "ACTOR", {}, "actor_known_elsewhere"),
        ],
        load_gazetteer(),
        model,
    )
    assert scored[(12, 18)] < 0 < scored[(28, 34)]


def test_the_training_script_refuses_the_held_out_gold(tmp_path: Path) -> None:
    folder = tmp_path / "heldout"
    folder.mkdir()
    gold = _gold_file(folder)
    script = load_script("train_state_check")
    assert script.main([str(gold), "--out", str(tmp_path / "m.json.gz")]) == 2
    assert not (tmp_path / "m.json.gz").exists()
    folds = load_script("state_check_folds")
    (tmp_path / "s.json").write_text("{}", "utf-8")
    assert folds.main([str(tmp_path / "s.json"), "--gold", str(gold)]) == 2


# ----------------------------------------------------------------- the weights file


def _packed(body: object) -> bytes:
    return gzip.compress(json.dumps(body).encode("utf-8"), mtime=0)


GOOD = {"format": 1, "kind": "state check", "meta": {}, "weights": {"b": -5, "w-1=in": -900}}


def test_a_model_written_and_read_back_scores_the_same() -> None:
    model = state_check.Model({"b": -5, "w-1=in": -900, "opens": 40}, {"seed": 1})
    again = state_check.load(state_check.dump(model))
    assert (again.weights, again.meta) == (model.weights, model.meta)
    assert state_check.load(_packed(GOOD)).score(["b", "w-1=in"]) == pytest.approx(-0.905)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"junk", "not a state check model \\(not gzip'd JSON"),
        (gzip.compress(b"{not json", mtime=0), "not a state check model \\(not gzip'd JSON"),
        (_packed([1, 2]), "no 'kind'"),
        (_packed({**GOOD, "kind": "actor model"}), "no 'kind'"),
        (_packed({**GOOD, "format": 2}), "format 2; this version reads format 1"),
        (_packed({**GOOD, "weights": {"b": 0.5}}), "weights are not integers"),
        (_packed({**GOOD, "weights": {"b": True}}), "weights are not integers"),
        (_packed({**GOOD, "weights": {"b": 10**15}}), "weights are not integers"),
        (_packed({**GOOD, "weights": []}), "weights are not integers"),
        (_packed({**GOOD, "meta": "x"}), "meta is not an object"),
    ],
    ids=[
        "junk",
        "not-json",
        "a-list",
        "another-kind",
        "another-format",
        "float-weight",
        "bool-weight",
        "huge-weight",
        "weights-list",
        "meta-string",
    ],
)
def test_a_hostile_model_file_is_refused_saying_why(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        state_check.load(data)


def test_a_file_that_unpacks_too_large_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(state_check, "MAX_MODEL_BYTES", 1000)
    padded = json.dumps(GOOD) + " " * 2000
    with pytest.raises(ValueError, match="over 1,000 bytes unpacked"):
        state_check.load(gzip.compress(padded.encode("utf-8")))


@pytest.fixture
def model_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The check reads its weights from this folder's models/ (the cache emptied before
    and after, so that no other test sees this folder's model)."""
    (tmp_path / "models").mkdir()
    monkeypatch.setattr(state_check, "packaged_files", lambda: tmp_path)
    state_check.packaged_model.cache_clear()
    yield tmp_path / "models" / "state_check.json.gz"
    state_check.packaged_model.cache_clear()


def test_a_broken_or_missing_shipped_file_is_reported_naming_it(model_file: Path) -> None:
    with pytest.raises(InputError, match="cannot read the state check model") as missing:
        state_check.packaged_model()
    assert missing.value.file == str(model_file)
    model_file.write_bytes(_packed({**GOOD, "weights": {"b": "x"}}))
    with pytest.raises(InputError, match="weights are not integers") as bad:
        state_check.packaged_model()
    assert bad.value.file == str(model_file)
    assert "train_state_check.py" in str(bad.value)


def test_the_shipped_model_loads_small_and_records_how_to_make_it_again() -> None:
    data = packaged_files().joinpath(*state_check.MODEL_PATH).read_bytes()
    assert len(data) < 1_000_000
    meta = state_check.load(data).meta
    assert meta["examples"] > meta["actors"] > 0
    assert meta["left_out"] == []
    assert meta["runs"] == state_check.RUNS
    assert len(meta["gold_sha256"]) == 64
    assert shlex.split(meta["command"])[:2] == ["python", "scripts/train_state_check.py"]
    assert "+changes" not in meta["source"]  # trained from a committed state


def test_the_lines_around_a_mention_give_the_features_the_whole_text_gives() -> None:
    # Only the lines around the checked names are tokenised: the first and last words of
    # the text, a possessive ending a headline before a blank line, a line's second word
    # after "and" on a line of its own, a name whose next three words run over lines.
    gazetteer = load_gazetteer()
    text = (
        "Wadiya\n\nDrevlia's Karu\n\n\nPeople fled Wadiya\nand\n\nand Drevlia , said\nthey\n\n"
        "officials in Drevlia, Wadiya and Karu said.\nWadiya"
    )
    capitals = state_check._capitals(gazetteer)
    whole = state_check.Article(text, capitals)
    names = whole.mentions(state_check.state_names(gazetteer))
    extents = [whole.tokens[i] for i in names]
    assert len(extents) >= 6
    together = state_check.Article(text, capitals, around=extents)
    assert len(together.tokens) <= len(whole.tokens)
    for i, extent in zip(names, extents, strict=True):
        for article in (together, state_check.Article(text, capitals, around=[extent])):
            j = article.index_of(*extent)
            assert j is not None
            assert article.features(j) == whole.features(i), extent


def _doc_reads(text: str, name: str) -> list[str]:
    gazetteer = load_gazetteer()
    article = state_check.Article(text, state_check._capitals(gazetteer))
    i = article.mentions(frozenset({name}))[0]
    return [f for f in article.features(i) if f.startswith("doc=")]


def test_a_mention_reads_how_the_articles_other_mentions_of_the_name_stand() -> None:
    text = "Wadiya said talks would resume. Aid reached camps in Wadiya. Wadiya's army left."
    assert _doc_reads(text, "Wadiya") == ["doc=in", "doc=many", "doc=poss", "doc=says"]
    # Another name's mentions say nothing of this one; a name met once reads only itself.
    other = "Officials met near Karu. Drevlia said talks would resume in Drevlia."
    assert _doc_reads(other, "Karu") == []


def test_the_check_scores_a_mention_by_the_articles_other_mentions() -> None:
    gazetteer = load_gazetteer()
    model = state_check.Model({"doc=says": 3000, "doc=in": -3000})
    speaks = "Aid convoys reached the border. Wadiya said on Monday it would reopen it."
    lies = "Aid convoys reached the border. Fighting in Wadiya went on for a week."
    for text, expected in ((speaks, 3.0), (lies, -3.0)):
        start = text.index("Wadiya")
        found = [Suggestion(start, start + 6, "ACTOR", {"type": "state"}, "actor_known_elsewhere")]
        assert state_check.scores(text, found, gazetteer, model) == {(start, start + 6): expected}


def test_the_model_is_the_mean_of_perceptrons_shuffled_by_consecutive_seeds() -> None:
    examples = [
        (["b", "w-1=in"], False),
        (["b", "w+1=said"], True),
        (["b", "w-1=in", "opens"], False),
        (["b", "opens", "w+1=said"], True),
        (["b", "w-1=near"], False),
    ]
    runs = [state_check.train(examples, epochs=3, seed=7 + k, runs=1).weights for k in (0, 1)]
    both = state_check.train(examples, epochs=3, seed=7, runs=2).weights
    for feature in set(runs[0]) | set(runs[1]):
        mean = (runs[0].get(feature, 0) + runs[1].get(feature, 0)) / 2
        assert abs(both.get(feature, 0) - mean) <= 0.5
    assert state_check.train(examples, epochs=3, seed=7, runs=2).weights == both


def test_a_state_a_rules_pattern_called_an_actor_is_dropped_only_where_the_model_is_sure() -> None:
    # A rule's pattern called these one-word states actors (not by default, no checked
    # rule): the model overrules it only past `pattern_margin`, far wider than the others.
    gazetteer = load_gazetteer()
    assert state_check.pattern_margin is not None
    assert state_check.pattern_margin > state_check.defaulted_margin > state_check.margin
    place = "Aid\n\nThe camps in eastern Chad are full, aid workers in Chad said on Monday."
    acting = "Talks\n\nChad rejected the plan on Tuesday, and Chad said it would send observers."
    loose = "Visit\n\nThe convoy reached a village in the north of Chad near the border."
    for text, dropped in ((place, 2), (acting, 0), (loose, 0)):
        found = [
            Suggestion(i, i + 4, "ACTOR", {"type": "state"}, "actor_gazetteer")
            for i in range(len(text))
            if text.startswith("Chad", i)
        ]
        kept = state_check.vetoed(text, found, gazetteer)
        assert len(found) - len(kept) == dropped, text
        # `scores` reads them only when asked (`vetoed` asks while the margin is set).
        assert state_check.scores(text, found, gazetteer) == {}
    found = [Suggestion(26, 30, "ACTOR", {"type": "state"}, "actor_gazetteer")]
    assert place[26:30] == "Chad"
    assert state_check.vetoed(place, found, gazetteer, pattern_threshold=30.0) == found
    assert state_check.vetoed(place, found, gazetteer, pattern_threshold=5.0) == []


def test_the_real_suggester_keeps_states_acting_under_the_pattern_margin() -> None:
    # Guard, through the real suggester: states a pattern reads as acting stay.
    for text in (
        "Talks\n\nChad rejected the plan on Tuesday, and Chad said it would send observers.",
        "Row\n\nThe rebels advanced with the backing of Wadiya, officials said.",
    ):
        assert _actors(text) == _actors(text, WITHOUT_CHECK)
        assert any(rule == "actor_gazetteer" for _s, _n, rule in _actors(text))
