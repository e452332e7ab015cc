"""`annotator search`, `annotator check` and `annotator actors`."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import cli
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store import actors as reg
from annotator.store.db import open_db
from annotator.store.repository import Repository

TEXTS = [
    "Brezna\n\nAt least 14 civilians were killed, the Free Valdor Front said.",
    "Tell Qasra\n\nThe Free Valdor Front denied it. At least 3 people died.",
]


def _corpus(path: Path) -> Repository:
    repo = Repository(open_db(path))
    docs = [Document.from_text(t, t.split("\n")[0]) for t in TEXTS]
    repo.import_documents([AnnotatedDocument(d) for d in docs], "ana")
    start = TEXTS[0].index("Free Valdor Front")
    span = repo.add_span(Span(new_id(), docs[0].id, start, start + 17, "ACTOR", "ana"))
    fvf = reg.create_actor(repo, "Free Valdor Front", "armed group", by="ana")
    reg.link_span(repo, span.id, fvf.id, by="ana")
    return repo


def test_search_prints_hits_and_json(db_path: Path) -> None:
    _corpus(db_path).db.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["search", r"at least \d+", "--regex", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "[At least 14]" in result.output
    result = runner.invoke(
        cli, ["search", "free valdor", "--phrase", "--json", "--db", str(db_path)]
    )
    hits = json.loads(result.output)
    assert [h["hit"] for h in hits] == ["Free Valdor", "Free Valdor"]
    result = runner.invoke(
        cli, ["search", "valdor", "--no-label", "ACTOR", "--json", "--db", str(db_path)]
    )
    assert len(json.loads(result.output)) == 1


def test_search_with_fts_syntax_in_the_query_is_safe(db_path: Path) -> None:
    _corpus(db_path).db.close()
    result = CliRunner().invoke(cli, ["search", 'NEAR("a" OR', "--db", str(db_path)])
    assert result.exit_code == 0, result.output


def test_check_exits_1_when_problems_exist(db_path: Path) -> None:
    _corpus(db_path).db.close()
    result = CliRunner().invoke(cli, ["check", "--db", str(db_path), "--json"])
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["counts"]["untagged"] == 1
    assert data["problems"][0]["text"] == "Free Valdor Front"


def test_check_exits_0_on_a_clean_corpus(db_path: Path) -> None:
    Repository(open_db(db_path)).db.close()
    result = CliRunner().invoke(cli, ["check", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "0 problems" in result.output


def test_actors_lists_the_registry(db_path: Path) -> None:
    _corpus(db_path).db.close()
    result = CliRunner().invoke(cli, ["actors", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    (actor,) = json.loads(result.output)["actors"]
    assert (actor["name"], actor["mentions"], actor["documents"]) == ("Free Valdor Front", 1, 1)
    text = CliRunner().invoke(cli, ["actors", "--db", str(db_path)]).output
    assert "Free Valdor Front\tarmed group\t1 mentions in 1 documents" in text
