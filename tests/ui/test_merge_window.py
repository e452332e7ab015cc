"""File > Merge database… in the window: progress with Cancel, and a result that lists everything.

Also: every message, label and tooltip that can carry stored or outside text
(titles, file names, labels, annotator names, a colleague's rows) shows it as
plain text, never as markup.
"""

from __future__ import annotations

import ast
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

import annotator.store.merge as merge_module
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store import actors as registry
from annotator.store.db import open_db
from annotator.store.repository import Repository
from annotator.ui import messages
from annotator.ui.jobs import summary_box
from tests.conftest import REPO

pytestmark = pytest.mark.gui

HOSTILE = "<img src=x><b>bold</b>"


def _rendered(tooltip: str) -> str:
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def _dump(repo: Repository) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for table in ("documents", "spans", "relations", "labels", "annotators", "actors"):
        rows += [(table, *r) for r in repo.db.execute(f"SELECT * FROM {table} ORDER BY 1")]
    return rows


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of a database that is open in the window (SQLite's backup API)."""
    with sqlite3.connect(source) as ours, sqlite3.connect(target) as theirs:
        ours.backup(theirs)
    theirs.close()
    ours.close()


def _colleague(window, tmp_path: Path, documents: int = 30) -> Path:
    """Ben's file: our documents plus new ones, each with Ben's spans."""
    path = tmp_path / "ben.db"
    _copy(Path(window.repo.path), path)
    repo = Repository(open_db(path))
    new = [
        Document.from_text(f"Report {n}\n\nAt least {n} civilians died in Davra.\n", f"Report {n}")
        for n in range(documents)
    ]
    repo.import_documents([AnnotatedDocument(d) for d in new], "ben")
    for document in new:
        start = document.text.index("At least")
        repo.add_span(Span(new_id(), document.id, start, start + 8, "CASUALTY", "ben"))
    repo.db.close()
    return path


def test_cancel_in_the_merge_progress_dialog_leaves_the_database_unchanged(
    qtbot, window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    colleague = _colleague(window, tmp_path)
    before = _dump(window.repo)
    real = merge_module.merge_database
    held: list[str] = []

    def merge_held_at_spans(repo, other, **kw):  # type: ignore[no-untyped-def]
        # Hold the merge inside its transaction, after their documents were written,
        # until the user presses Cancel: the test cannot race the worker thread.
        report, cancel = kw["progress"], kw["cancel"]

        def progress(done: int, total: int, table: str) -> None:
            report(done, total, table)
            if table == "spans" and not held:
                held.append(table)
                cancel.wait(20)

        return real(repo, other, **{**kw, "progress": progress})

    monkeypatch.setattr(merge_module, "merge_database", merge_held_at_spans)
    window.files.merge_database(str(colleague))
    dialog = window.files.merge_progress
    qtbot.waitUntil(lambda: dialog.isVisible() and bool(held), timeout=10_000)
    assert dialog.labelText() == "Merging ben.db…"
    with qtbot.waitSignal(window.files.statusMessage, timeout=20_000) as shown:
        dialog.findChild(QPushButton).click()
    assert shown.args[0] == "Merge cancelled: nothing was changed."
    window.jobs.wait()
    assert _dump(window.repo) == before
    assert window.jobs.last_message is None
    assert not dialog.isVisible()


def test_a_merge_lists_refused_rows_and_actor_merges_in_plain_text(window, tmp_path: Path) -> None:
    ana = registry.create_actor(window.repo, HOSTILE, "person", by="ana")
    front = registry.create_actor(window.repo, "Free Valdor Front", "armed group", by="ana")
    colleague = _colleague(window, tmp_path, documents=2)
    with sqlite3.connect(colleague) as theirs:
        theirs.execute("PRAGMA ignore_check_constraints = ON")
        for n in range(60):
            theirs.execute(
                "INSERT INTO labels (name, color, hotkey, description, attributes, position) "
                "VALUES (?, 'red; background:url(x)', '', '', '[]', ?)",
                [f"{HOSTILE}{n}", 100 + n],
            )
        # Their merge of two of OUR actors: never applied, only listed.
        theirs.execute("UPDATE actors SET merged_into = ? WHERE id = ?", [front.id, ana.id])
    theirs.close()
    window.files.merge_database(str(colleague), wait=True)
    box = window.files.last_summary
    assert box is not None
    assert box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    text = box.text()
    assert "2 documents" in text
    assert "60 rows refused" in text
    assert f"not applied: ben.db merged the actor '{HOSTILE}'" in text
    assert f"refused: label {HOSTILE}0: " in text
    assert re.search(r"… and \d+ more$", text)
    assert text.count("\n") < 60
    assert box.icon() == QMessageBox.Icon.Warning
    assert registry.actor(window.repo, ana.id).merged_into is None


def test_message_boxes_show_stored_text_literally(qtbot, window) -> None:
    box = messages.message_box(window, QMessageBox.Icon.Warning, "Export", f"{HOSTILE}.jsonl")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == f"{HOSTILE}.jsonl"
    summary = summary_box(
        window, "Import", HOSTILE, [f"{HOSTILE} {n}\nsecond line" for n in range(3)]
    )
    qtbot.addWidget(summary)
    assert summary.textFormat() == Qt.TextFormat.PlainText
    assert f"{HOSTILE} 0 second line" in summary.text()
    failure = window.jobs.show_failure("Merge", f"{HOSTILE}: cannot read this database")
    assert failure.textFormat() == Qt.TextFormat.PlainText
    assert failure.text().startswith(HOSTILE)


def test_an_import_summary_and_its_progress_show_file_names_literally(
    window, tmp_path: Path
) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    name = "<img src=x><b>bold.csv"  # a file name cannot hold the "/" of </b>
    (folder / name).write_text("no text column here\n1\n", "utf-8")
    window.files.import_paths([str(folder)], wait=True)
    label = window.files.import_dialog.findChild(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText
    box = window.files.last_summary
    assert box is not None
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert name in box.text()


def test_tooltips_of_lists_and_tables_show_stored_text_literally(window) -> None:
    text = f"{HOSTILE}\n\nThe {HOSTILE} brigade said so.\n"
    document = Document.from_text(text, HOSTILE)
    window.repo.import_documents([AnnotatedDocument(document)], "ana")
    covered = f"The {HOSTILE} brigade"
    start = document.text.index(covered)
    end = start + len(covered)
    window.repo.add_span(Span(new_id(), document.id, start, end, "ACTOR", "ana"))
    window.documents.reload()
    row = window.documents.row_of(document.id)
    assert row is not None
    tip = window.documents.data(window.documents.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip) == HOSTILE
    window.open_document(document.id)
    spans = window.tags.model
    tip = spans.data(spans.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert _rendered(tip) == covered
    search = window.corpus.search
    search.query_edit.setText("brigade")
    search.run()
    hit = search.model.data(search.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert _rendered(hit).startswith(f"{HOSTILE}: ")


def test_no_static_message_box_can_render_stored_text_as_markup() -> None:
    # QMessageBox's static functions guess rich text: they may only show a fixed sentence;
    # anything built from values goes through annotator.ui.messages (plain text).
    offenders = []
    for path in [*sorted((REPO / "annotator" / "ui").glob("*.py")), REPO / "annotator" / "app.py"]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "QMessageBox"
                and node.func.attr in ("warning", "question", "information", "critical", "about")
                and not (
                    len(node.args) >= 3
                    and isinstance(node.args[2], ast.Constant)
                    and isinstance(node.args[2].value, str)
                )
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []


def test_the_window_tags_while_the_cli_merges_into_the_same_file(
    qtbot, window, tmp_path: Path
) -> None:
    # A large colleague file, so that the CLI's one merge transaction takes a while.
    colleague = tmp_path / "colleague.db"
    repo = Repository(open_db(colleague))
    documents = [
        Document.from_text(f"Report {n}\n\n" + "Shelling near the market. " * 40, f"Report {n}")
        for n in range(4000)
    ]
    repo.import_documents(
        [
            AnnotatedDocument(d, [Span(new_id(), d.id, 0, 6 + len(str(n)), "ACTOR", "ben")])
            for n, d in enumerate(documents)
        ],
        "ben",
    )
    repo.db.close()
    merge = subprocess.Popen(
        [sys.executable, "-m", "annotator", "merge", str(colleague), "--db", window.repo.path],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )

    def merge_holds_the_write_lock() -> bool:
        probe = sqlite3.connect(window.repo.path, timeout=0)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.rollback()
            return False
        except sqlite3.OperationalError:
            return True
        finally:
            probe.close()

    # Tag only once the merge is inside its transaction, so that the two really meet.
    qtbot.waitUntil(
        lambda: merge.poll() is not None or merge_holds_the_write_lock(), timeout=60_000
    )
    assert merge.poll() is None, merge.communicate()
    text = window.session.document.text
    words = ["Brezna", "Defence", "Minister", "Ilse", "civilians", "killed", "reporters"]
    words += ["Free", "Valdor", "Front", "FVF", "denied"]
    during = 0
    for word in words:
        start = text.index(word)
        window.article.select_text(start, start + len(word))
        # Counted when the key is pressed: the tag then waits for the merge's lock,
        # so the merge may well have ended by the time the key returns.
        during += merge.poll() is None
        qtbot.keyClick(window.article, "3")
        qtbot.wait(50)
    out, err = merge.communicate(timeout=120)
    assert merge.returncode == 0, err
    assert "4000 documents" in out
    assert "locked" not in err + out
    assert during >= 1, "the merge ended before the window began tagging"
    # Edits the file refused while the merge held it are retried until they are saved.
    qtbot.waitUntil(
        lambda: window.safety.retry() and not window.session.edits.pending, timeout=30_000
    )
    stored = window.repo.db.execute(
        "SELECT text FROM span_view WHERE annotator = 'ana' AND document_id = ?",
        [window.session.document_id],
    ).fetchall()
    assert sorted(r[0] for r in stored) == sorted(words)
    assert (
        window.repo.db.execute("SELECT count(*) FROM spans WHERE annotator = 'ben'").fetchone()[0]
        == 4000
    )
    assert window.repo.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_window_import_says_how_it_read_a_doccano_file(window, tmp_path: Path) -> None:
    text = "Protest 😢 in Kyiv: Ana Lopes said 👨\u200d👩\u200d👧 families left Odesa."
    entities = []
    for n, name in enumerate(["Kyiv", "Ana Lopes", "Odesa"], start=1):
        start = text.index(name)
        units = len(text[:start].encode("utf-16-le")) // 2
        entities.append(
            {"id": n, "label": "ACTOR", "start_offset": units, "end_offset": units + len(name)}
        )
    path = tmp_path / "from-doccano.jsonl"
    path.write_text(json.dumps({"text": text, "entities": entities}, ensure_ascii=False), "utf-8")
    window.files.import_paths([str(path)], wait=True)
    box = window.files.last_summary
    assert box is not None
    assert box.icon() == QMessageBox.Icon.Information
    assert "note: " in box.text()
    assert "doccano offsets read as UTF-16 units" in box.text()


def test_a_conflict_in_the_merge_summary_shows_both_versions(window, tmp_path: Path) -> None:
    document = window.session.document
    start = document.text.index("Free Valdor Front")
    span = window.repo.add_span(
        Span(new_id(), document.id, start, start + 17, "ACTOR", "ana", {"type": "armed group"})
    )
    colleague = tmp_path / "ben.db"
    _copy(Path(window.repo.path), colleague)
    theirs = Repository(open_db(colleague))
    theirs.update_span(span.id, by="ana", attributes={"type": "organisation"})
    theirs.db.close()
    window.files.merge_database(str(colleague), wait=True)
    box = window.files.last_summary
    assert box is not None
    # What differs, as `annotator merge` prints it (the line named only the ids).
    line = next(line for line in box.text().splitlines() if line.startswith("conflict:"))
    assert f"span {span.id} in document {document.id}: ours [{start}, {start + 17}) ACTOR" in line
    assert "armed group" in line
    assert "organisation" in line
