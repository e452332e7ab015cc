"""Importing files and folders: one transaction per file, bad records, idempotence, counts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from annotator.core.errors import StoreConstraint
from annotator.core.model import AnnotatedDocument, Document, Relation, Span
from annotator.formats.common import ReadOptions
from annotator.services.importing import import_paths
from annotator.store.repository import Repository

TEXT = 'Minister Ana L\u00f3pes said: "We counted 408 dead in Kharvelo."'


def _dump(repo: Repository) -> str:
    return "\n".join(repo.db.conn.iterdump())


def _record(text: str = TEXT, **extra: Any) -> dict[str, Any]:
    start = text.index("Ana")
    return {"text": text, "spans": [{"start": start, "end": start + 9, "label": "ACTOR"}], **extra}


def _write_jsonl(path: Path, *records: dict[str, Any] | str) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _options(repo: Repository, annotator: str = "ana") -> ReadOptions:
    return ReadOptions(annotator=annotator, schema=repo.schema())


def _span_count(repo: Repository) -> int:
    return int(repo.db.execute("SELECT count(*) FROM spans").fetchone()[0])


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / "one.txt").write_text("Shelling hits market\n\nAt least 12 killed.\n", "utf-8")
    (folder / "nested" / "two.md").write_text("# Ceasefire talks\n\nTalks resume.\n", "utf-8")
    (folder / "nested" / "deeper" / "three.html").write_bytes(b"<p>Aid convoy arrives.</p>")
    (folder / "nested" / "notes.docx").write_bytes(b"PK\x03\x04 not ours")
    _write_jsonl(folder / "nested" / "deeper" / "four.jsonl", {"text": TEXT})
    (folder / "five.csv").write_text("text\nFirst row.\nSecond row.\n", "utf-8")
    return folder


def test_folders_are_imported_recursively_with_known_file_types_only(
    repo: Repository, corpus: Path
) -> None:
    report = import_paths(repo, [corpus], _options(repo))
    assert report.ok
    assert sorted(Path(f.path).name for f in report.files) == [
        "five.csv",
        "four.jsonl",
        "one.txt",
        "three.html",
        "two.md",
    ]
    assert (report.imported, report.spans, report.skipped, report.failed) == (6, 0, 0, 0)
    assert repo.stats().documents == 6
    assert report.summary() == (
        "imported 6 documents (0 spans), 0 already present, 0 records skipped, 0 files failed"
    )
    assert report.unsupported == [str(corpus / "nested" / "notes.docx")]


def test_reimport_is_idempotent(repo: Repository, corpus: Path) -> None:
    import_paths(repo, [corpus], _options(repo))
    spans_before = _span_count(repo)
    again = import_paths(repo, [corpus], _options(repo))
    assert (again.imported, again.existing, again.spans) == (0, 6, 0)
    assert repo.stats().documents == 6
    assert _span_count(repo) == spans_before == 0


def test_imported_spans_carry_the_annotator_and_provenance(
    repo: Repository, tmp_path: Path
) -> None:
    import_paths(repo, [_write_jsonl(tmp_path / "a.jsonl", _record())], _options(repo, "bob"))
    (doc_id,) = repo.document_ids()
    (span,) = repo.spans(doc_id)
    assert (span.annotator, span.provenance) == ("bob", "imported")
    assert span.covered(repo.document(doc_id).text) == "Ana L\u00f3pes"
    assert "bob" in repo.annotators()


def test_non_strict_skips_bad_records_and_imports_good_ones(
    repo: Repository, tmp_path: Path
) -> None:
    path = _write_jsonl(
        tmp_path / "mixed.jsonl",
        _record(),
        "{broken",
        {"text": "Second article.", "spans": [{"start": 0, "end": 99, "label": "ACTOR"}]},
        {"text": "Third article."},
    )
    report = import_paths(repo, [path], _options(repo))
    assert (report.imported, report.skipped, report.failed, report.ok) == (2, 2, 0, False)
    assert sorted(p.line for p in report.problems()) == [2, 3]
    assert all(p.file == str(path) for p in report.problems())
    assert repo.stats().documents == 2


def test_strict_failure_leaves_database_byte_for_byte_unchanged(
    repo: Repository, tmp_path: Path
) -> None:
    import_paths(
        repo, [_write_jsonl(tmp_path / "first.jsonl", {"text": "Earlier article."})], _options(repo)
    )
    before = _dump(repo)
    path = _write_jsonl(tmp_path / "mixed.jsonl", _record(), "{broken", {"text": "Fine."})
    report = import_paths(repo, [path], _options(repo), strict=True)
    assert (report.imported, report.failed, report.ok) == (0, 1, False)
    assert any("--strict" in str(p) for p in report.problems())
    assert _dump(repo) == before


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("binary.txt", b"\x00\x01\x02binary"),
        ("empty.txt", b""),
        ("cp1252.txt", "na\u00efve \u201cquote\u201d".encode("cp1252")),
        ("bad.jsonl", b"{broken\n[1, 2]\n"),
        ("nocol.csv", b"body\nText.\n"),
        ("hidden.html", b"<script>x()</script>"),
        ("unknown.pdf", b"%PDF-1.4"),
    ],
)
def test_failed_import_leaves_database_unchanged(
    repo: Repository, tmp_path: Path, name: str, data: bytes
) -> None:
    (tmp_path / "good.txt").write_text("Earlier article.\n", "utf-8")
    import_paths(repo, [tmp_path / "good.txt"], _options(repo))
    before = _dump(repo)
    path = tmp_path / name
    path.write_bytes(data)
    report = import_paths(repo, [path], _options(repo))
    assert report.failed == 1
    assert report.problems()
    assert all(p.file == str(path) for p in report.problems())
    assert _dump(repo) == before


def test_a_write_the_database_refuses_is_rolled_back_whole(repo: Repository) -> None:
    """A failure inside the write (a relation to a span that does not exist) undoes it all."""
    before = _dump(repo)
    doc = Document.from_text(TEXT, title="t")
    span = Span("a1", doc.id, 9, 18, "ACTOR", "ana")
    dangling = Relation("r1", "no-such-quote", "a1", "speaker", "ana")
    with pytest.raises(StoreConstraint, match="FOREIGN KEY"):
        repo.import_documents([AnnotatedDocument(doc, [span], [dangling])], "ana")
    assert _dump(repo) == before


def test_missing_file_is_reported_and_others_still_import(repo: Repository, tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("An article.\n", "utf-8")
    report = import_paths(repo, [tmp_path / "missing.txt", tmp_path / "good.txt"], _options(repo))
    assert (report.imported, report.failed) == (1, 1)
    (problem,) = report.problems()
    assert "no such file" in str(problem)


def test_duplicate_texts_in_one_file_are_counted_as_present(
    repo: Repository, tmp_path: Path
) -> None:
    path = _write_jsonl(tmp_path / "dup.jsonl", {"text": "Same."}, {"text": "Same."})
    report = import_paths(repo, [path], _options(repo))
    assert (report.imported, report.existing) == (1, 1)


def test_progress_is_reported_and_can_stop_the_import(repo: Repository, corpus: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, path: str) -> bool:
        seen.append((done, total))
        return done < 2

    report = import_paths(repo, [corpus], _options(repo), progress=progress)
    assert len(report.files) == 2
    assert seen[:3] == [(0, 5), (1, 5), (2, 5)]
    assert seen[-1] == (2, 5)


# -- ids that collide, events, folders ------------------------------------------------

OTHER = "Ben Okafor said the convoy reached Kyiv on Tuesday."


def _events(repo: Repository) -> int:
    return int(repo.db.execute("SELECT count(*) FROM events").fetchone()[0])


def _quote_and_speaker(text: str, span_ids: tuple[str, str], relation_id: str) -> dict[str, Any]:
    said = text.index("said")
    return {
        "text": text,
        "spans": [
            {"id": span_ids[0], "start": 0, "end": said - 1, "label": "ACTOR"},
            {"id": span_ids[1], "start": said + 5, "end": len(text) - 1, "label": "QUOTE"},
        ],
        "relations": [
            {"id": relation_id, "head_id": span_ids[1], "child_id": span_ids[0], "label": "speaker"}
        ],
    }


def test_a_span_id_used_by_another_document_is_renumbered_and_reported_not_dropped(
    repo: Repository, tmp_path: Path
) -> None:
    first = _write_jsonl(tmp_path / "first.jsonl", _quote_and_speaker(TEXT, ("s1", "s2"), "r1"))
    second = _write_jsonl(tmp_path / "second.jsonl", _quote_and_speaker(OTHER, ("s1", "s2"), "r1"))
    import_paths(repo, [first], _options(repo))
    report = import_paths(repo, [second], _options(repo))
    assert report.ok
    assert report.spans == 2
    notes = report.notes()
    assert any("span id 's1'" in n and "another document" in n for n in notes), notes
    assert any("relation id 'r1'" in n for n in notes), notes
    other_id = next(d for d in repo.document_ids() if "Ben" in repo.document(d).text)
    spans = repo.spans(other_id)
    assert sorted(s.label for s in spans) == ["ACTOR", "QUOTE"]
    assert all(s.id not in ("s1", "s2") for s in spans)
    # the relation in the second file links the second file's spans, never across documents
    (relation,) = repo.relations(other_id)
    assert {relation.head_id, relation.tail_id} == {s.id for s in spans}
    rows = repo.db.execute(
        "SELECT count(*) FROM relations r JOIN spans h ON h.id = r.head_id "
        "JOIN spans t ON t.id = r.tail_id WHERE h.document_id != t.document_id"
    ).fetchone()[0]
    assert rows == 0


def test_renumbering_is_stable_so_a_second_reimport_adds_nothing(
    repo: Repository, tmp_path: Path
) -> None:
    first = _write_jsonl(tmp_path / "first.jsonl", _quote_and_speaker(TEXT, ("s1", "s2"), "r1"))
    second = _write_jsonl(tmp_path / "second.jsonl", _quote_and_speaker(OTHER, ("s1", "s2"), "r1"))
    import_paths(repo, [first, second], _options(repo))
    before = _dump(repo)
    again = import_paths(repo, [first, second], _options(repo))
    assert (again.imported, again.spans) == (0, 0)
    assert _dump(repo) == before


def test_a_span_id_used_twice_in_one_file_keeps_both_spans(
    repo: Repository, tmp_path: Path
) -> None:
    path = _write_jsonl(
        tmp_path / "twice.jsonl",
        _quote_and_speaker(TEXT, ("dup", "q1"), "r1"),
        _quote_and_speaker(OTHER, ("dup", "q2"), "r2"),
    )
    report = import_paths(repo, [path], _options(repo))
    assert report.ok
    assert report.spans == 4
    assert _span_count(repo) == 4
    assert any("'dup' (line 2)" in n for n in report.notes()), report.notes()
    for doc_id in repo.document_ids():
        (relation,) = repo.relations(doc_id)
        ends = {s.id for s in repo.spans(doc_id)}
        assert {relation.head_id, relation.tail_id} == ends


def test_reimporting_a_known_file_records_no_event(repo: Repository, corpus: Path) -> None:
    import_paths(repo, [corpus], _options(repo))
    events = _events(repo)
    assert events >= 1
    import_paths(repo, [corpus], _options(repo))
    import_paths(repo, [corpus / "one.txt"], _options(repo))
    assert _events(repo) == events


def test_many_files_share_one_event_per_commit_not_one_each(
    repo: Repository, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n:02}.txt").write_text(f"Article number {n}\n\nBody {n}.\n", "utf-8")
    report = import_paths(repo, [folder], _options(repo))
    assert report.imported == 40
    assert _events(repo) < 5
    (data,) = repo.db.execute(
        "SELECT data FROM events WHERE action = 'documents.import' ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert json.loads(data)["documents_added"] >= 1


def test_a_failing_file_in_a_shared_transaction_leaves_nothing_and_others_stay(
    repo: Repository, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_text("First article\n\nBody.\n", "utf-8")
    _write_jsonl(folder / "b.jsonl", {"text": "Fine record."}, "{broken")
    (folder / "c.txt").write_text("Third article\n\nBody.\n", "utf-8")
    report = import_paths(repo, [folder], _options(repo), strict=True)
    assert [Path(f.path).name for f in report.files if f.failed] == ["b.jsonl"]
    titles = sorted(repo.document_titles().values())
    assert titles == ["First article", "Third article"]


def test_folder_import_takes_articles_and_says_what_it_left_out(
    repo: Repository, tmp_path: Path
) -> None:
    folder = tmp_path / "sample"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "one.txt").write_text(
        "Shelling hits market\n\nAt least 12 killed.\n", "utf-8"
    )
    (folder / "README.md").write_text("# About these articles\n\nRead me.\n", "utf-8")
    (folder / "LICENSE").write_text("MIT", "utf-8")
    (folder / "CHANGELOG.md").write_text("# Changes\n", "utf-8")
    _write_jsonl(folder / "gold.jsonl", _record())
    _write_jsonl(folder / "export.jsonl", {"text": TEXT})
    (folder / "export.jsonl.manifest.json").write_text('{"tool": "annotator"}', "utf-8")
    for name in ("report.pdf", "notes.docx", "draft.text"):
        (folder / name).write_bytes(b"not ours")
    (folder / ".hidden.txt").write_text("Hidden\n\nNot for import.\n", "utf-8")
    report = import_paths(repo, [folder], _options(repo))
    assert report.ok
    assert report.imported == 1
    assert list(repo.document_titles().values()) == ["Shelling hits market"]
    notes = "\n".join(report.notes())
    for left_out in ("README.md", "CHANGELOG.md", "gold.jsonl", "export.jsonl"):
        assert left_out in notes
    assert "holds annotations" in notes
    assert "an export of annotator" in notes
    for unsupported in ("report.pdf", "notes.docx", "draft.text", "LICENSE"):
        assert unsupported in notes
    assert ".hidden.txt" not in notes


def test_a_gold_file_named_directly_is_imported_under_the_annotator_given(
    repo: Repository, tmp_path: Path
) -> None:
    gold = _write_jsonl(tmp_path / "gold.jsonl", _record())
    report = import_paths(repo, [gold], _options(repo, "gold"))
    assert report.spans == 1
    assert report.summary().endswith("spans filed under gold (1)")


def test_spans_are_filed_under_the_annotator_the_file_names(
    repo: Repository, tmp_path: Path
) -> None:
    record = _record()
    record["spans"][0]["annotator"] = "carla"
    path = _write_jsonl(
        tmp_path / "named.jsonl", record, _record(OTHER.replace("Ben", "Ana Lópes"))
    )
    report = import_paths(repo, [path], _options(repo, "ana"))
    assert report.spans_by_annotator() == {"ana": 1, "carla": 1}
    assert "spans filed under ana (1), carla (1)" in report.summary()


def test_an_empty_folder_is_an_error(repo: Repository, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    report = import_paths(repo, [empty], _options(repo))
    assert not report.ok
    assert report.failed == 1
    assert "holds no file annotator can import" in str(report.problems()[0])


def test_metadata_keeps_the_name_relative_to_the_folder_never_the_absolute_path(
    repo: Repository, tmp_path: Path, corpus: Path
) -> None:
    single = tmp_path / "single.txt"
    single.write_text("Single article\n\nBody.\n", "utf-8")
    import_paths(repo, [corpus, single], _options(repo))
    sources = sorted(repo.document(d).source for d in repo.document_ids())
    assert "one.txt" in sources
    assert "nested/two.md" in sources
    assert "nested/deeper/three.html" in sources
    assert "single.txt" in sources
    assert not any(str(tmp_path) in s for s in sources)


def test_an_unexpected_reader_failure_is_a_problem_for_that_file_and_the_run_goes_on(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.formats import readers

    def broken(data: bytes, name: str, options: ReadOptions) -> Any:
        raise KeyError("surprise")

    monkeypatch.setitem(readers.READERS, ".csv", broken)
    (tmp_path / "a.csv").write_text("text\nRow.\n", "utf-8")
    (tmp_path / "b.txt").write_text("Fine article\n\nBody.\n", "utf-8")
    report = import_paths(repo, [tmp_path / "a.csv", tmp_path / "b.txt"], _options(repo))
    assert report.failed == 1
    assert report.imported == 1
    (problem,) = report.problems()
    assert problem.file == str(tmp_path / "a.csv")
    assert "KeyError" in problem.reason
    assert report.failures() == [f"{tmp_path / 'a.csv'}: {problem.reason}"]


# -- folders of articles: many files a savepoint, read ahead in a thread ------------------


def _articles_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(12):
        (folder / f"{n:02}-story.txt").write_text(f"Story {n}\n\nBody of story {n}.\n", "utf-8")
    (folder / "03-again.txt").write_text("Story 3\n\nBody of story 3.\n", "utf-8")  # a duplicate
    (folder / "05-blank.txt").write_text("  \n\n ", "utf-8")  # fails: only whitespace
    (folder / "06-latin.txt").write_bytes(b"Caf\xe9 \xff\xfe\n")  # fails: not UTF-8
    _write_jsonl(folder / "07-records.jsonl", {"text": "A record between the articles."})
    (folder / "08-page.html").write_bytes(b"<h1>Page</h1><p>An HTML page.</p>")
    (folder / "09-notes.md").write_text("# Notes\n\nA Markdown article.\n", "utf-8")
    return folder


def _documents_in_order(repo: Repository) -> list[tuple[Any, ...]]:
    sql = "SELECT id, sha256, title, text, source, published, meta FROM documents ORDER BY seq"
    return [tuple(row) for row in repo.db.execute(sql)]


def _outcomes(report: Any) -> list[tuple[Any, ...]]:
    return [
        (Path(f.path).name, f.failed, f.documents_added, f.documents_existing,
         [p.reason for p in f.problems])
        for f in report.files
    ]  # fmt: skip


@pytest.mark.parametrize("batch", [1, 3, 250])
def test_a_folder_of_articles_gives_the_same_rows_and_outcomes_as_importing_file_by_file(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    from annotator.services import importing
    from annotator.store.db import open_db

    fresh_repo = Repository(open_db(tmp_path / "file-by-file.db"))
    folder = _articles_folder(tmp_path)
    present = "Story 7\n\nBody of story 7.\n"  # already in both databases
    for target in (repo, fresh_repo):
        target.import_documents([AnnotatedDocument(Document.from_text(present, "Story 7"))], "ana")
    monkeypatch.setattr(importing, "ARTICLE_BATCH", batch)
    report = import_paths(repo, [folder], _options(repo))
    # The same files, one `import_file` each: the path the window takes.
    one_by_one = importing.ImportReport(
        files=[
            importing.import_file(fresh_repo, p.path, _options(fresh_repo), source=p.source)
            for p in importing.plan_paths([folder]).files
        ]
    )
    assert _outcomes(report) == _outcomes(one_by_one)
    assert (report.imported, report.existing, report.failed) == (14, 2, 2)
    assert _documents_in_order(repo) == _documents_in_order(fresh_repo)
    assert report.summary() == one_by_one.summary()


def test_long_articles_are_written_a_few_at_a_time_in_file_order_each_counted(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services import importing

    monkeypatch.setattr(importing, "ARTICLE_BATCH_CHARS", 100)  # two or three files a batch
    folder = tmp_path / "long"
    folder.mkdir()
    for n in range(30):
        (folder / f"{n:02}.txt").write_text(f"Headline {n}\n\n" + "word " * (5 + n), "utf-8")
    report = import_paths(repo, [folder], _options(repo))
    assert [f.documents_added for f in report.files] == [1] * 30
    sources = [row[4] for row in _documents_in_order(repo)]
    assert sources == [f"{n:02}.txt" for n in range(30)]
    files = sum(
        json.loads(data)["files"]
        for (data,) in repo.db.execute("SELECT data FROM events WHERE action = 'documents.import'")
    )
    assert files == 30
