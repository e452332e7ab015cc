"""`annotator suggest` and `annotator evaluate`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import cli
from annotator.store.db import open_db
from annotator.store.repository import Repository

ARTICLE = (
    "Drone strike kills 4\n\n"
    'Governor Ada Brun said 4 people were killed. "We are afraid," Brun told reporters.\n'
)


def _gold(tmp_path: Path) -> Path:
    text = ARTICLE
    quote = text.index("We are")
    brun = text.index("Brun told")
    record = {
        "text": text,
        "spans": [
            {"start": quote, "end": quote + 14, "label": "QUOTE"},
            {"start": brun, "end": brun + 4, "label": "ACTOR", "attributes": {"type": "person"}},
        ],
        "relations": [
            {
                "label": "speaker",
                "head_span": {"start": quote, "end": quote + 14, "label": "QUOTE"},
                "child_span": {"start": brun, "end": brun + 4, "label": "ACTOR"},
            }
        ],
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    return path


def test_suggest_pre_annotates_into_the_suggester_layer(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, "utf-8")
    db = tmp_path / "c.db"
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(article), "--db", str(db)]).exit_code == 0
    result = runner.invoke(cli, ["suggest", "--db", str(db), "--label", "CASUALTY"])
    assert result.exit_code == 0, result.output
    assert "suggested 2 spans in 1 documents (CASUALTY 2)" in result.output
    repo = Repository(open_db(db))
    assert repo.stats().spans_per_annotator == {"suggester": 2}


def test_suggest_refuses_an_unknown_document_or_rule(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, "utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(article), "--db", db]).exit_code == 0
    result = runner.invoke(cli, ["suggest", "--db", db, "--document", "nope"])
    assert result.exit_code == 2
    assert "no document called 'nope'" in result.output
    result = runner.invoke(cli, ["suggest", "--db", db, "--rule", "nope"])
    assert result.exit_code == 2


def test_list_rules_says_how_to_enable_the_spacy_rule() -> None:
    result = CliRunner().invoke(cli, ["suggest", "--list-rules"])
    assert result.exit_code == 0
    assert "actor_spacy_entities" in result.output
    assert "quote_double_marks" in result.output


def test_evaluate_scores_fresh_rules_against_gold(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(_gold(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "QUOTE" in result.output
    assert "speaker attribution: 1/1" in result.output


def test_evaluate_json_scores_a_layer(tmp_path: Path) -> None:
    gold = _gold(tmp_path)
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["import", str(gold), "--db", db, "--annotator", "ana"]).exit_code == 0
    )
    result = runner.invoke(
        cli, ["evaluate", "--gold", str(gold), "--db", db, "--annotator", "ana", "--json"]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["labels"]["QUOTE"]["exact"]["f1"] == 1.0
    assert scores["speaker"]["accuracy"] == 1.0


def test_evaluate_with_a_missing_gold_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert "none.jsonl' does not exist" in result.output


def _corpus(tmp_path: Path, documents: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(documents):
        (folder / f"{n:03}.txt").write_text(
            f"Strike number {n}\n\nGovernor Ada Brun{n} said {n + 2} people were killed. "
            f'"We are afraid," Brun{n} told reporters.\n',
            "utf-8",
        )
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["import", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def _layer(db: Path) -> set[tuple[str, int, int, str, str]]:
    repo = Repository(open_db(db))
    return {
        (d, s.start, s.end, s.label, s.id)
        for d in repo.document_ids()
        for s in repo.spans(d, ["suggester"])
    }


def test_suggest_over_worker_processes_writes_the_same_layer_as_one_process(
    tmp_path: Path,
) -> None:
    one, many = tmp_path / "one", tmp_path / "many"
    one.mkdir()
    many.mkdir()
    db_one, db_many = _corpus(one, 40), _corpus(many, 40)
    runner = CliRunner()
    first = runner.invoke(cli, ["suggest", "--db", str(db_one), "--jobs", "1", "--quiet"])
    second = runner.invoke(cli, ["suggest", "--db", str(db_many), "--jobs", "2", "--quiet"])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert "in 40 documents" in second.output
    assert _layer(db_one) == _layer(db_many)
    assert len(_layer(db_many)) >= 40 * 4  # a casualty, a quote and two actors each


def test_evaluate_refuses_to_add_an_unknown_rule(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["evaluate", "--gold", str(_gold(tmp_path)), "--add-rule", "nope"]
    )
    assert result.exit_code == 2
    assert "unknown rule 'nope'" in result.output


def test_evaluate_prints_speaker_accuracy_by_attribution(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(_gold(tmp_path)), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "by attribution: after 1/1 (1.000)" in result.output


def _imported(tmp_path: Path) -> str:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, "utf-8")
    db = str(tmp_path / "c.db")
    assert CliRunner().invoke(cli, ["import", str(article), "--db", db]).exit_code == 0
    return db


def _suggested(db: str) -> list[tuple[int, int, str]]:
    repo = Repository(open_db(Path(db)))
    (document_id,) = repo.document_ids()
    return sorted((s.start, s.end, s.label) for s in repo.spans(document_id, ["suggester"]))


def test_suggest_add_rule_runs_it_with_the_default_rules(tmp_path: Path) -> None:
    plain, added = tmp_path / "plain", tmp_path / "added"
    plain.mkdir()
    added.mkdir()
    db_plain, db_added = _imported(plain), _imported(added)
    runner = CliRunner()
    assert runner.invoke(cli, ["suggest", "--db", db_plain, "--quiet"]).exit_code == 0
    result = runner.invoke(
        cli, ["suggest", "--db", db_added, "--add-rule", "quote_double_marks", "--quiet"]
    )
    assert result.exit_code == 0, result.output
    assert _suggested(db_added) == _suggested(db_plain)
    labels = {label for _, _, label in _suggested(db_added)}
    assert labels == {"ACTOR", "CASUALTY", "QUOTE"}


def test_suggest_add_rule_to_chosen_rules_runs_both(tmp_path: Path) -> None:
    db = _imported(tmp_path)
    result = CliRunner().invoke(
        cli,
        [
            "suggest",
            "--db",
            db,
            "--rule",
            "casualty_number_then_harm",
            "--add-rule",
            "quote_double_marks",
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    assert {label for _, _, label in _suggested(db)} == {"CASUALTY", "QUOTE"}


def test_a_rule_that_cannot_run_here_is_refused_with_how_to_enable_it(tmp_path: Path) -> None:
    from annotator.core.suggest import registry

    if registry()["actor_spacy_entities"].available:
        pytest.skip("a spaCy pipeline is installed here: the rule can run")
    db = _imported(tmp_path)
    for option in ("--rule", "--add-rule"):
        result = CliRunner().invoke(cli, ["suggest", "--db", db, option, "actor_spacy_entities"])
        assert result.exit_code == 2, option
        assert "not available" in result.output
        assert "spacy download en_core_web_sm" in result.output
        assert "--add-rule actor_spacy_entities" in result.output
    assert _suggested(db) == []


def test_suggest_add_rule_adds_a_rule_that_is_off_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rule added above is one of the defaults, so that test passes even if --add-rule
    # were ignored; the optional spaCy rule (off by default) shows that it is not. Its
    # "model" is a blank spaCy pipeline whose entity ruler knows one name no rule finds.
    import dataclasses

    spacy = pytest.importorskip("spacy")
    from annotator.core.suggest import base, spacy_entities

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns([{"label": "ORG", "pattern": "reporters"}])
    monkeypatch.setattr(spacy_entities, "installed_pipelines", lambda: ["blank_with_ruler"])
    monkeypatch.setattr(spacy_entities, "_pipeline", lambda name: nlp)
    rule = base._REGISTRY[spacy_entities.RULE_NAME]
    monkeypatch.setitem(base._REGISTRY, rule.name, dataclasses.replace(rule, available=True))
    plain, added = tmp_path / "plain", tmp_path / "added"
    plain.mkdir()
    added.mkdir()
    db_plain, db_added = _imported(plain), _imported(added)
    runner = CliRunner()
    assert runner.invoke(cli, ["suggest", "--db", db_plain, "--quiet"]).exit_code == 0
    result = runner.invoke(
        cli,
        ["suggest", "--db", db_added, "--add-rule", spacy_entities.RULE_NAME, "--quiet"],
    )

    assert result.exit_code == 0, result.output
    reporters = ARTICLE.index("reporters")
    assert (reporters, reporters + len("reporters"), "ACTOR") not in _suggested(db_plain)
    assert _suggested(db_added) == sorted(
        [*_suggested(db_plain), (reporters, reporters + len("reporters"), "ACTOR")]
    )


def test_suggest_keeps_the_compiled_forms_of_the_rule_modules_patterns_too(
    tmp_path: Path,
) -> None:
    # The command imported the rules before the services that build their module
    # patterns from kept forms: it compiled them and wrote the forms without them, so
    # the window's next session compiled them again.
    import os
    import subprocess
    import sys

    from tests.conftest import REPO

    db = _corpus(tmp_path, 40)  # over one batch: the rules prepared before the workers fork
    cache = tmp_path / "cache"
    subprocess.run(
        [sys.executable, "-m", "annotator", "suggest", "--db", str(db), "--jobs", "2", "--quiet"],
        env={**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(REPO)},
        check=True,
        capture_output=True,
        timeout=300,
    )
    (kept,) = (cache / "annotator").glob("compiled-patterns-*.bin")
    header = json.loads(kept.read_bytes().split(b"\n", 1)[0])
    assert len(header["forms"]) > 300  # the modules' ~550, not only the casualty phrases


def test_a_document_the_rules_fail_on_is_reported_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule that raises on one article costs that article only: the others are written,
    the failed one keeps its layer, and the command names it and exits with 1."""
    from annotator.services import suggesting

    runner = CliRunner()
    db = tmp_path / "c.db"
    for name, text in (("a.txt", ARTICLE), ("b.txt", ARTICLE.replace("Ada", "Eva") + "BOOM\n")):
        (tmp_path / name).write_text(text, "utf-8")
        assert runner.invoke(cli, ["import", str(tmp_path / name), "--db", str(db)]).exit_code == 0
    real = suggesting.suggest

    def failing(text: str, **kwargs: object) -> object:
        if "BOOM" in text:
            raise ValueError("a rule tripped")
        return real(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(suggesting, "suggest", failing)
    result = runner.invoke(cli, ["suggest", "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 1
    assert "suggested" in result.output
    assert "in 1 documents" in result.output
    assert "1 documents failed" in result.output
    assert "ValueError: a rule tripped" in result.stderr
    assert "Traceback" not in result.output + result.stderr
    repo = Repository(open_db(db))
    per_document = {d: len(repo.spans(d, ["suggester"])) for d in repo.document_ids()}
    assert sorted(n > 0 for n in per_document.values()) == [False, True]
