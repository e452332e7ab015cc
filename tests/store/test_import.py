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
    _write_jsonl(folder / "nested" / "deeper" / "four.jsonl", _record())
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
    assert (report.imported, report.spans, report.skipped, report.failed) == (6, 1, 0, 0)
    assert repo.stats().documents == 6
    assert report.summary() == (
        "imported 6 documents (1 spans), 0 already present, 0 records skipped, 0 files failed"
    )


def test_reimport_is_idempotent(repo: Repository, corpus: Path) -> None:
    import_paths(repo, [corpus], _options(repo))
    spans_before = _span_count(repo)
    again = import_paths(repo, [corpus], _options(repo))
    assert (again.imported, again.existing, again.spans) == (0, 6, 0)
    assert repo.stats().documents == 6
    assert _span_count(repo) == spans_before == 1


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
