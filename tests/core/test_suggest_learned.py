"""The learned ACTOR gap filler (rule `actor_learned`): its decoding, its place among the
rules, its training and its weights file.

What is proved here holds for any honest training: the models are trained in the test on a
few invented documents (or written by hand to push the decoder where it must not go), never
read from the shipped weights, except in the tests of the shipped file itself, which assert
only what any reasonable weights give (valid types, extents inside the gaps).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.cli import cli
from annotator.core.errors import InputError
from annotator.core.packaged import packaged_files
from annotator.core.schema import default_schema
from annotator.core.suggest import base, default_rules, learned, registry, suggest
from annotator.core.suggest.base import RULE_ACTOR_EXTENTS, Rule, SuggestContext, Suggestion
from annotator.services.suggesting import load_gazetteer
from tests.conftest import load_script

REPO = Path(__file__).resolve().parents[2]


def _actor_types() -> set[str]:
    spec = default_schema().label("ACTOR").attribute("type")
    assert spec is not None
    return set(spec.choices)


ACTOR_TYPES = _actor_types()


# ----------------------------------------------------------------- models made here

GIVEN = ["Tariq", "Amara", "Josefa", "Kwame", "Nadia", "Ilya", "Rosa", "Bilal"]
FAMILY = ["Ndovu", "Kessler", "Oduya", "Marsh", "Quispe", "Haddad", "Lindqvist", "Obi"]
PLACES = ["Lubowa", "Tessin", "Karu", "Moreno"]
BODIES = ["Civil Defence", "Water Board", "Relief Council", "Road Authority"]


def _tiny_gold() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """Invented documents: a person of shape "Xxxx Xxxx-Xxxx" speaks, a body of shape
    "<Place> <Xxxx> <Xxxx>" reports; a place alone is no actor."""
    documents = []
    for i in range(16):
        person = f"{GIVEN[i % 8]} {FAMILY[i % 8]}-{FAMILY[(i + 3) % 8]}"
        place = PLACES[i % 4]
        body = f"{PLACES[(i + 1) % 4]} {BODIES[i % 4]}"
        text = (
            f"Fighting resumed near {place} on Monday. {person} said the road was closed.\n\n"
            f"In {place}, shops stayed shut, and {person} told reporters it would last. "
            f"The {body} said water was short."
        )
        spans = []
        for name, kind in ((person, "person"), (body, "organisation")):
            at = 0
            while (found := text.find(name, at)) >= 0:
                spans.append((found, found + len(name), kind))
                at = found + 1
        documents.append((text, sorted(spans)))
    return documents


@pytest.fixture(scope="module")
def trained() -> learned.Model:
    """A model trained here, in a fraction of a second, on the invented documents."""
    return learned.train(_tiny_gold(), {}, epochs=8, seed=3)


TYPES = ("person", "organisation")
TAGS = ["O"] + [f"{p}-{k}" for k in TYPES for p in ("B", "I")]


def _hand_model(**bias: int) -> learned.Model:
    """A model that only has a bias for each tag named (B_person=1, I_organisation=5 ...):
    whatever the text, each scored token prefers the same tags, so the decoder alone stands
    between it and an invalid sequence."""
    pairs = [[TAGS.index(name.replace("_", "-")), weight] for name, weight in bias.items()]
    return learned.Model(TAGS, {"b": pairs})


# Every word that can open a name is a one-word person: a span on each capitalised word.
EVERY_CAPITAL = _hand_model(B_person=100_000)
# Once a name is open, it goes on as long as the decoder lets it.
LONGEST_RUNS = _hand_model(B_person=100_000, I_person=200_000)


@pytest.fixture
def use_model(monkeypatch: pytest.MonkeyPatch) -> Callable[[learned.Model], None]:
    """Make the rule use `model` instead of the shipped one, with no margin."""

    def use(model: learned.Model) -> None:
        monkeypatch.setattr(learned, "packaged_model", lambda: model)
        monkeypatch.setattr(learned, "margin", 0.0)

    return use


def _valid(tags: list[str]) -> bool:
    """Every I-<type> follows a B-<type> or an I-<type> of the same type."""
    before = "O"
    for tag in tags:
        if tag.startswith("I-") and before[2:] != tag[2:]:
            return False
        before = tag
    return True


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


WORDS = ["The", "Army", "of", "al", "-", "Qaeda", "'s", ".", ",", "\n", "U.N", "Ms", "14th",
         "Kavenda", "said", "\u201c", "Front", "and", "the", "Jund", "(", ")", "KRTV", "é",
         "16,412", "Obi", ":", '"', "I"]  # fmt: skip
TEXTS = st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join)


# ----------------------------------------------------------------- decoding


@settings(max_examples=60, deadline=None)
@given(
    text=TEXTS, preferred=st.sampled_from(["I_person", "I_organisation", "B_person+I_organisation"])
)
def test_the_tags_are_a_valid_bio_sequence_whatever_the_weights_prefer(
    text: str, preferred: str
) -> None:
    # Weights that prefer an I- tag everywhere, or another type's I- after a B-: the
    # decoder never lets an I- follow an O or a tag of another type.
    model = _hand_model(**dict.fromkeys(preferred.split("+"), 1000))
    tagged, margins = model.tag(learned.prepare(text, {}))
    assert len(tagged) == len(margins) == len(learned.model_tokens(text))
    assert _valid([model.tags[t] for t in tagged])


@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_the_tags_of_a_trained_model_are_a_valid_sequence_whatever_the_text(
    text: str, trained: learned.Model
) -> None:
    tagged, _margins = trained.tag(learned.prepare(text, load_gazetteer()))
    assert _valid([trained.tags[t] for t in tagged])
    for start, end, kind in trained.spans(text, load_gazetteer(), margin=-1e9):
        assert 0 <= start < end <= len(text)
        assert kind in TYPES


@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_a_span_opens_only_on_a_word_that_can_open_a_name_and_stops_at_punctuation(
    text: str,
) -> None:
    # LONGEST_RUNS would run a name over the whole text if the decoder let it.
    tokens = learned.model_tokens(text)
    for start, end, _kind in LONGEST_RUNS.spans(text, {}, margin=-1e9):
        words = [text[a:b] for a, b in tokens if start <= a and b <= end]
        first = words[0]
        assert first != first.lower() or first[:1].isdigit() or first == "al", words
        assert not {",", ":", '"', "\u201c"} & set(words[1:]), words
        assert "\n" not in text[start:end], words


def test_a_name_runs_on_until_a_comma_a_quote_mark_or_a_line_break() -> None:
    text = 'Kavenda Civil Defence of the Water Board, Amara Obi "said"\nThe Army'
    found = [text[a:b] for a, b, _k in LONGEST_RUNS.spans(text, {}, margin=-1e9)]
    assert found == ["Kavenda Civil Defence of the Water Board", "Amara Obi", "The Army"]
    each = [text[a:b] for a, b, _k in EVERY_CAPITAL.spans(text, {}, margin=-1e9)]
    assert each == ["Kavenda", "Civil", "Defence", "Water", "Board", "Amara", "Obi", "The", "Army"]


@settings(max_examples=40, deadline=None)
@given(text=TEXTS)
def test_the_spans_are_the_b_i_runs_of_the_tags_with_their_type(
    text: str, trained: learned.Model
) -> None:
    prepared = learned.prepare(text, {})
    tagged, _margins = trained.tag(prepared)
    names = [trained.tags[t] for t in tagged]
    runs = []
    for i, name in enumerate(names):
        if name.startswith("B-"):
            j = i + 1
            while j < len(names) and names[j] == "I-" + name[2:]:
                j += 1
            runs.append((prepared.tokens[i][0], prepared.tokens[j - 1][1], name[2:]))
    assert trained.spans(text, {}, margin=-1e9) == runs


def test_a_higher_margin_keeps_only_spans_the_model_is_surer_of(trained: learned.Model) -> None:
    text = (
        "Shelling hit Karu overnight. Ebere Azikiwe-Nwosu said the clinic was full, and the "
        "Tessin Relief Council said Kwame Oduya-Marsh was safe."
    )
    every = trained.spans(text, {}, margin=-1e9)
    assert every
    _tagged, margins = trained.tag(learned.prepare(text, {}))
    sure = sorted(set(margins) - {float("inf")})
    for cut in sure:
        kept = trained.spans(text, {}, margin=cut / learned.SCALE)
        assert set(kept) <= set(every)
    assert trained.spans(text, {}, margin=sure[-1] / learned.SCALE) == []


def test_the_tokens_split_a_possessive_and_a_hyphen_so_a_span_edge_falls_between_them() -> None:
    text = "Russia's Houthi-run al-Qaeda"
    words = [text[s:e] for s, e in learned.model_tokens(text)]
    assert words == ["Russia", "'s", "Houthi", "-", "run", "al", "-", "Qaeda"]


# ----------------------------------------------------------------- among the rules

SAMPLE = "Shelling hit Karu overnight. Amara Obi, a nurse, said the Karu Water Board had no fuel."


@pytest.fixture
def fixed_rule(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[tuple[int, int]]], str]:
    """Register a rule that proposes ACTOR spans at given extents; returns its name."""

    def register(extents: list[tuple[int, int]]) -> str:
        def find(ctx: SuggestContext) -> Iterator[Suggestion]:
            for start, end in extents:
                yield Suggestion(start, end, "ACTOR", {"type": "state"}, "test_fixed_actors")

        rule = Rule("test_fixed_actors", "ACTOR", "test", find, enabled_by_default=False)
        monkeypatch.setitem(base._REGISTRY, rule.name, rule)
        return rule.name

    return register


def test_the_model_fills_only_the_gaps_the_rules_leave(
    use_model: Callable[[learned.Model], None],
    fixed_rule: Callable[[list[tuple[int, int]]], str],
) -> None:
    use_model(LONGEST_RUNS)
    name = SAMPLE.index("Amara")
    board = SAMPLE.index("Water Board")
    rule = fixed_rule([(name + 6, name + 9), (board, board + 5)])  # "Obi", "Water"
    alone = [(s.start, s.end) for s in suggest(SAMPLE, gazetteer={}, rules=["actor_learned"])]
    assert (name, name + 9) in alone  # "Amara Obi": over the rule's extent
    found = suggest(SAMPLE, gazetteer={}, rules=[rule, "actor_learned"])
    theirs = [(s.start, s.end) for s in found if s.rule == rule]
    mine = [(s.start, s.end) for s in found if s.rule == "actor_learned"]
    assert theirs == [(name + 6, name + 9), (board, board + 5)]
    assert mine  # "Shelling", "Karu", "Amara", "Board" ... are gaps still
    assert not any(_overlaps(m, t) for m in mine for t in theirs), mine


def test_the_rule_reads_only_the_gaps_it_is_given(
    use_model: Callable[[learned.Model], None],
) -> None:
    # The rule itself honours the other rules' extents, not only suggest()'s filter.
    use_model(LONGEST_RUNS)
    name = SAMPLE.index("Amara")
    open_ctx = SuggestContext(SAMPLE, gazetteer={})
    assert (name, name + 9) in [(s.start, s.end) for s in learned.actor_learned(open_ctx)]
    closed = SuggestContext(SAMPLE, gazetteer={})
    closed.memo[RULE_ACTOR_EXTENTS] = [(name + 6, name + 9)]
    got = [(s.start, s.end) for s in learned.actor_learned(closed)]
    assert (name, name + 5) in got  # "Amara" alone: the gap before "Obi"
    assert not any(_overlaps(g, (name + 6, name + 9)) for g in got), got


ARTICLE_TEXTS = sorted((REPO / "sample_articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLE_TEXTS[:4], ids=lambda p: p.name)
def test_on_an_article_the_model_s_spans_never_overlap_a_rule_s_actor_span(
    path: Path, use_model: Callable[[learned.Model], None]
) -> None:
    use_model(EVERY_CAPITAL)  # a span on every capitalised word the rules leave
    text = path.read_text("utf-8")
    found = suggest(text, gazetteer=load_gazetteer(), rules=[*default_rules(), "actor_learned"])
    actors = [s for s in found if s.label == "ACTOR"]
    mine = [(s.start, s.end) for s in actors if s.rule == "actor_learned"]
    others = [(s.start, s.end) for s in actors if s.rule != "actor_learned"]
    assert mine
    assert others
    assert not any(_overlaps(m, o) for m in mine for o in others)


def test_each_suggestion_carries_the_type_its_tags_gave(
    trained: learned.Model, use_model: Callable[[learned.Model], None]
) -> None:
    use_model(trained)
    text = (
        "Shelling hit Karu overnight. Ebere Azikiwe-Nwosu said the clinic was full.\n\n"
        "The Moreno Relief Council said water was short."
    )
    found = suggest(text, gazetteer={}, rules=["actor_learned"])
    by_extent = {text[s.start : s.end]: s.attributes for s in found}
    assert by_extent == {
        "Ebere Azikiwe-Nwosu": {"type": "person"},
        "Moreno Relief Council": {"type": "organisation"},
    }
    assert all(s.label == "ACTOR" for s in found)


def test_nothing_is_suggested_in_page_furniture(
    use_model: Callable[[learned.Model], None],
) -> None:
    use_model(EVERY_CAPITAL)
    furniture = (SAMPLE.index("Amara"), len(SAMPLE))
    before = suggest(SAMPLE, gazetteer={}, rules=["actor_learned"], boilerplate=[])
    assert any(_overlaps((s.start, s.end), furniture) for s in before)
    found = suggest(SAMPLE, gazetteer={}, rules=["actor_learned"], boilerplate=[furniture])
    assert found
    assert not any(_overlaps((s.start, s.end), furniture) for s in found), found
    # The rule itself, run alone, reads none of it either.
    alone = list(learned.actor_learned(SuggestContext(SAMPLE, gazetteer={}, skip=(furniture,))))
    assert alone
    assert not any(_overlaps((s.start, s.end), furniture) for s in alone), alone


def test_the_rule_is_off_until_named(use_model: Callable[[learned.Model], None]) -> None:
    rule = registry()["actor_learned"]
    assert (rule.label, rule.fills_gaps, rule.enabled_by_default) == ("ACTOR", True, False)
    assert rule.available
    assert "actor_learned" not in default_rules()
    use_model(EVERY_CAPITAL)
    assert not any(s.rule == "actor_learned" for s in suggest(SAMPLE, gazetteer={}))
    named = suggest(SAMPLE, gazetteer={}, rules=[*default_rules(), "actor_learned"])
    assert any(s.rule == "actor_learned" for s in named)


# ----------------------------------------------------------------- training


def test_training_reproduces_the_gold_it_was_trained_on(trained: learned.Model) -> None:
    for text, spans in _tiny_gold():
        assert trained.spans(text, {}, margin=0.0) == spans


def test_training_learns_the_name_shapes_it_was_shown(trained: learned.Model) -> None:
    text = (
        "Shelling hit Karu overnight. Ebere Azikiwe-Nwosu said the clinic was full. "
        "The Tessin Relief Council said water was short."
    )
    found = {text[a:b]: kind for a, b, kind in trained.spans(text, {}, margin=0.0)}
    assert found == {"Ebere Azikiwe-Nwosu": "person", "Tessin Relief Council": "organisation"}


def test_an_untrained_model_tags_nothing() -> None:
    # The learning, not the decoder, finds the names above.
    untrained = learned.train(_tiny_gold(), {}, epochs=0, seed=3)
    assert untrained.spans(_tiny_gold()[0][0], {}, margin=-1e9) == []


_TRAIN_IN_A_PROCESS = """
import sys
from tests.core.test_suggest_learned import _tiny_gold
from annotator.core.suggest import learned
model = learned.train(_tiny_gold(), {}, epochs=4, seed=int(sys.argv[1]), meta={"a": 1})
sys.stdout.buffer.write(learned.dump(model))
"""


def _train_in_a_process(seed: int, hash_seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", _TRAIN_IN_A_PROCESS, str(seed)],
        cwd=REPO,
        env=env,
        capture_output=True,
        check=True,
    )
    return done.stdout


def test_training_gives_the_same_bytes_for_a_seed_in_any_process() -> None:
    # Two processes whose sets and dicts of strings iterate in different orders.
    first = _train_in_a_process(5, "1")
    assert first == _train_in_a_process(5, "2")
    assert learned.load(first).meta == {"a": 1}
    here = learned.dump(learned.train(_tiny_gold(), {}, epochs=4, seed=5, meta={"a": 1}))
    assert here == first


def _gold_file(folder: Path) -> Path:
    path = folder / "gold.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for number, (text, spans) in enumerate(_tiny_gold(), start=500):
            record = {
                "text": text,
                "meta": {"file": f"{number}-some-town.txt"},
                "spans": [
                    {"start": a, "end": b, "label": "ACTOR", "attributes": {"type": k}}
                    for a, b, k in spans
                ],
            }
            out.write(json.dumps(record) + "\n")
    return path


def test_the_training_script_records_a_command_that_makes_the_same_bytes_again(
    tmp_path: Path,
) -> None:
    script = load_script("train_actor_model")
    gold = _gold_file(tmp_path)
    args = ["--epochs", "3", "--seed", "4", "--date", "2026-12-04", "--exclude", "510-515"]
    assert script.main([str(gold), "--out", str(tmp_path / "a.json.gz"), *args]) == 0
    first = (tmp_path / "a.json.gz").read_bytes()
    meta = learned.load(first).meta
    assert meta["gold_sha256"] == hashlib.sha256(gold.read_bytes()).hexdigest()
    assert meta["gazetteer_sha256"] == script.gazetteer_digest(load_gazetteer())
    assert meta["articles"] == 10
    assert meta["left_out"] == list(range(510, 516))
    assert (meta["date"], meta["epochs"], meta["seed"], meta["prune"]) == ("2026-12-04", 3, 4, 1)
    assert "source" in meta
    again = shlex.split(meta["command"])
    assert again[:2] == ["python", "scripts/train_actor_model.py"]
    assert script.main([*again[2:], "--out", str(tmp_path / "b.json.gz")]) == 0
    assert (tmp_path / "b.json.gz").read_bytes() == first


def test_the_training_script_shows_a_model_s_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = load_script("train_actor_model")
    out = tmp_path / "m.json.gz"
    out.write_bytes(learned.dump(learned.Model(TAGS, {}, {"seed": 7})))
    assert script.main(["--show", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out) == {"seed": 7}
    out.write_bytes(b"junk")
    assert script.main(["--show", "--out", str(out)]) == 1
    assert "not an actor model" in capsys.readouterr().err


def test_the_training_script_refuses_the_held_out_gold(tmp_path: Path) -> None:
    script = load_script("train_actor_model")
    folder = tmp_path / "heldout"
    folder.mkdir()
    gold = _gold_file(folder)
    assert script.main([str(gold), "--out", str(tmp_path / "m.json.gz")]) == 2
    assert not (tmp_path / "m.json.gz").exists()


# ----------------------------------------------------------------- the weights file


def test_a_model_written_and_read_back_tags_the_same(trained: learned.Model) -> None:
    again = learned.load(learned.dump(trained))
    assert (again.tags, again.weights, again.meta) == (
        trained.tags,
        {f: [list(p) for p in pairs] for f, pairs in trained.weights.items()},
        trained.meta,
    )
    for text, _spans in _tiny_gold()[:4]:
        assert again.spans(text, {}, margin=0.0) == trained.spans(text, {}, margin=0.0)


def _packed(body: object) -> bytes:
    return gzip.compress(json.dumps(body).encode("utf-8"))


GOOD = {"format": learned.FORMAT, "tags": TAGS, "weights": {"b": [[1, 5]]}, "meta": {}}
BROKEN = {
    "not gzip": b"not gzip",
    "cut short": learned.dump(learned.Model(TAGS, {"b": [(1, 5)]}))[:-12],
    "gzip of no JSON": gzip.compress(b"\xff{"),
    "a JSON list": _packed([1, 2]),
    "JSON nested too deep to read": gzip.compress(b"[" * 200_000 + b"]" * 200_000),
    "no format": _packed({k: v for k, v in GOOD.items() if k != "format"}),
    "no tags": _packed({**GOOD, "tags": None}),
    "tags without O": _packed({**GOOD, "tags": TAGS[1:]}),
    "an I- tag without its B-": _packed({**GOOD, "tags": ["O", "I-person"]}),
    "a tag twice": _packed({**GOOD, "tags": [*TAGS, "O"]}),
    "weights not an object": _packed({**GOOD, "weights": [["b", 1]]}),
    "a tag index out of range": _packed({**GOOD, "weights": {"b": [[99, 5]]}}),
    "a negative tag index": _packed({**GOOD, "weights": {"b": [[-1, 5]]}}),
    "a weight that is no integer": _packed({**GOOD, "weights": {"b": [[1, "5"]]}}),
    "a pair of three": _packed({**GOOD, "weights": {"b": [[1, 5, 6]]}}),
    "meta not an object": _packed({**GOOD, "meta": [1]}),
}


@pytest.mark.parametrize("data", BROKEN.values(), ids=BROKEN.keys())
def test_a_corrupt_or_hostile_weights_file_is_refused_with_a_reason(data: bytes) -> None:
    assert learned.load(_packed(GOOD)).tags == TAGS  # the good one beside them loads
    with pytest.raises(ValueError, match=r"^not an actor model \(.+\)$"):
        learned.load(data)


def test_a_file_that_unpacks_too_large_is_refused_before_it_is_read_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(learned, "MAX_MODEL_BYTES", 1000)
    padded = json.dumps(GOOD) + " " * 2000
    with pytest.raises(ValueError, match="over 1,000 bytes unpacked"):
        learned.load(gzip.compress(padded.encode("utf-8")))


def test_a_model_of_another_format_is_refused_naming_both_formats() -> None:
    with pytest.raises(ValueError, match="format 2; this version reads format 1"):
        learned.load(_packed({**GOOD, "format": 2}))


@pytest.fixture
def model_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The rule reads its weights from this folder's models/ (the cache emptied before and
    after, so that no other test sees this folder's model)."""
    (tmp_path / "models").mkdir()
    monkeypatch.setattr(learned, "packaged_files", lambda: tmp_path)
    learned.packaged_model.cache_clear()
    yield tmp_path / "models" / "actor_model.json.gz"
    learned.packaged_model.cache_clear()


def test_a_broken_or_missing_shipped_file_is_reported_naming_it(model_folder: Path) -> None:
    with pytest.raises(InputError, match="cannot read the actor model") as missing:
        learned.packaged_model()
    assert missing.value.file == str(model_folder)
    model_folder.write_bytes(_packed({**GOOD, "format": 2}))
    with pytest.raises(InputError, match="format 2; this version reads format 1") as old:
        learned.packaged_model()
    assert old.value.file == str(model_folder)
    assert "train_actor_model.py" in str(old.value)


def test_evaluate_with_a_broken_model_says_so_without_a_traceback(
    model_folder: Path, tmp_path: Path
) -> None:
    model_folder.write_bytes(b"\x1f\x8b not really gzip")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": SAMPLE, "spans": []}) + "\n", "utf-8")
    result = CliRunner().invoke(
        cli, ["evaluate", "--gold", str(gold), "--add-rule", "actor_learned", "--quiet"]
    )
    assert result.exit_code == 1, result.output
    assert result.output.startswith(f"annotator: {model_folder}: not an actor model")
    assert "Traceback" not in result.output
    assert "bug" not in result.output


# ----------------------------------------------------------------- the shipped weights


def test_the_shipped_weights_load_and_record_how_to_make_them_again() -> None:
    data = packaged_files().joinpath(*learned.MODEL_PATH).read_bytes()
    assert len(data) < 1_000_000
    model = learned.load(data)
    assert learned.packaged_model().tags == model.tags
    assert {t[2:] for t in model.tags if t != "O"} <= ACTOR_TYPES
    meta = model.meta
    assert len(meta["gold_sha256"]) == 64
    assert meta["articles"] > 0
    command = shlex.split(meta["command"])
    assert command[:2] == ["python", "scripts/train_actor_model.py"]
    assert command[command.index("--seed") + 1] == str(meta["seed"])
    assert "+changes" not in meta["source"]  # trained from a committed state


PARAGRAPH = (
    "KARU, Lubowa (Wire) \u2014 Gunmen attacked a convoy of the Tessin Relief Council near "
    "Karu on Monday, killing four drivers, the Lubowa interior ministry said. Ebere "
    "Azikiwe-Nwosu, who heads the council's Karu office, said the Moreno Road Authority had "
    'closed the highway. "We cannot reach the camps," she told Radio Lubowa. The army\'s '
    "14th Brigade and fighters of the Jund al-Tessin front exchanged fire overnight."
)


def test_the_shipped_weights_tag_a_paragraph_inside_the_gaps_with_valid_types(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(learned, "margin", 0.0)  # as many of the model's spans as it has
    model = learned.packaged_model()
    gazetteer = load_gazetteer()
    prepared = learned.prepare(PARAGRAPH, gazetteer)
    tagged, _margins = model.tag(prepared)
    assert _valid([model.tags[t] for t in tagged])
    assert model.spans(PARAGRAPH, gazetteer, margin=-1e9)  # it tags some name
    edges = {e for token in prepared.tokens for e in token}
    found = suggest(PARAGRAPH, gazetteer=gazetteer, rules=[*default_rules(), "actor_learned"])
    actors = [s for s in found if s.label == "ACTOR"]
    mine = [s for s in actors if s.rule == "actor_learned"]
    for s in mine:
        assert s.attributes["type"] in ACTOR_TYPES
        assert {s.start, s.end} <= edges
        assert not any(_overlaps((s.start, s.end), (o.start, o.end)) for o in actors if o != s)
