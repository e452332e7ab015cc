"""Hostile and broken input: every importer, random and mutated files, names with SQL in them."""

from __future__ import annotations

import ast
import json
import socket
import urllib.request
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator.core.model import AnnotatedDocument, Document
from annotator.formats.common import ReadOptions
from annotator.formats.readers import READERS
from annotator.services.importing import import_file
from annotator.store.db import open_db
from annotator.store.repository import Repository
from tests.conftest import REPO
from tests.safety.conftest import file_state

VALID = {
    ".txt": b"Title\n\nAna said hello in Kyiv.\n",
    ".html": b"<html><head><title>T</title></head><body><p>Ana said hello.</p></body></html>",
    ".jsonl": json.dumps(
        {"text": "Ana said hello.", "spans": [{"start": 0, "end": 3, "label": "ACTOR"}]}
    ).encode()
    + b"\n",
    ".csv": b"title,text\nT,Ana said hello.\n",
    ".conll": b"Ana B-ACTOR\nsaid O\nhello O\n",
    ".ann": b"T1\tACTOR 0 3\tAna\n",
}


def base_for(suffix: str) -> bytes:
    if suffix in (".md", ".markdown"):
        return VALID[".txt"]
    if suffix == ".htm":
        return VALID[".html"]
    if suffix in (".json", ".native", ".doccano", ".labelstudio"):
        return VALID[".jsonl"]
    if suffix in (".iob", ".bio"):
        return VALID[".conll"]
    if suffix == ".brat":
        return VALID[".ann"]
    return VALID[suffix]


MUTATIONS = st.one_of(
    st.tuples(st.just("truncate"), st.floats(0, 1)),
    st.tuples(st.just("nul"), st.integers(0, 200)),
    st.tuples(st.just("latin1"), st.just(0)),
    st.tuples(st.just("utf16"), st.just(0)),
    st.tuples(st.just("random"), st.binary(max_size=300)),
    st.tuples(st.just("insert"), st.binary(min_size=1, max_size=20)),
    st.tuples(st.just("nest"), st.integers(10, 50_000)),
    st.tuples(st.just("huge_line"), st.integers(10_000, 300_000)),
    st.tuples(st.just("offsets"), st.integers(-5, 10**9)),
)


def mutate(data: bytes, how: tuple[str, object]) -> bytes:
    kind, arg = how
    if kind == "truncate":
        return data[: int(len(data) * float(arg))]  # type: ignore[arg-type]
    if kind == "nul":
        at = int(arg) % (len(data) + 1)  # type: ignore[call-overload]
        return data[:at] + b"\x00" + data[at:]
    if kind == "latin1":
        return data.decode("utf-8").replace("Ana", "Ánä").encode("latin-1")
    if kind == "utf16":
        return data.decode("utf-8").encode("utf-16-le")
    if kind == "random":
        return bytes(arg)  # type: ignore[arg-type]
    if kind == "insert":
        return data[: len(data) // 2] + bytes(arg) + data[len(data) // 2 :]  # type: ignore[arg-type]
    if kind == "nest":
        depth = int(arg)  # type: ignore[call-overload]
        return b'{"text": "a", "meta": ' + b"[" * depth + b"]" * depth + b"}\n"
    if kind == "huge_line":
        return b"x" * int(arg) + data  # type: ignore[call-overload]
    if kind == "offsets":
        number = str(arg).encode()
        return data.replace(b"3", number).replace(b"0", number)
    raise AssertionError(kind)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "corpus.db"
    repo = Repository(open_db(path))
    repo.import_documents([AnnotatedDocument(Document.from_text("Existing text.", "E"))], "ana")
    repo.db.close()
    return path


def check_import(db_path: Path, file_path: Path, suffix: str) -> None:
    before = file_state(db_path)
    repo = Repository(open_db(db_path))
    try:
        outcome = import_file(
            repo, file_path, ReadOptions(annotator="ana"), format_name=suffix.lstrip(".")
        )
        if outcome.failed or outcome.problems:
            assert outcome.problems, "a failed import must say why"
            for problem in outcome.problems:
                assert str(file_path) in str(problem), f"the message names no file: {problem}"
        if outcome.failed:
            assert list(repo.db.conn.iterdump()) == before[1]
    finally:
        repo.db.close()
    if outcome.failed:
        assert file_state(db_path) == before


SUFFIXES = sorted(READERS)


@pytest.mark.parametrize("suffix", SUFFIXES)
@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(how=MUTATIONS)
def test_mutated_files_never_crash_an_importer(
    hostile_db: Path, tmp_path: Path, suffix: str, how: tuple[str, object]
) -> None:
    path = tmp_path / f"input{suffix}"
    path.write_bytes(mutate(base_for(suffix), how))
    check_import(hostile_db, path, suffix)


@pytest.mark.slow
@pytest.mark.parametrize("suffix", sorted(set(READERS) - {".native", ".labelstudio", ".doccano"}))
def test_a_ten_megabyte_single_line_file(hostile_db: Path, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"big{suffix}"
    path.write_bytes(b"ab cd " * (10 * 1024 * 1024 // 6))
    check_import(hostile_db, path, suffix)


def test_html_import_fetches_nothing_and_runs_no_script(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        pytest.fail("the HTML importer tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><link rel=stylesheet href='http://example.invalid/a.css'>"
        "<script src='http://example.invalid/x.js'></script>"
        "<script>document.write('INJECTED')</script></head><body>"
        "<img src='http://example.invalid/p.png'><iframe src='http://example.invalid'></iframe>"
        "<p>Ana &lt;b&gt;said&lt;/b&gt; hello.</p></body></html>",
        "utf-8",
    )
    outcome = import_file(repo, page, ReadOptions(annotator="ana"))
    assert not outcome.failed, outcome.problems
    text = repo.document(repo.document_ids()[-1]).text
    assert "INJECTED" not in text
    assert "document.write" not in text
    assert "Ana <b>said</b> hello." in text


NASTY = 'Robert\'); DROP TABLE spans;-- "quoted" \x07 <b>bold</b> %s {0} ?'


def test_names_and_metadata_with_sql_and_control_characters_are_stored_verbatim(
    repo: Repository,
) -> None:
    repo.ensure_annotator(NASTY)
    assert NASTY in repo.annotators()
    repo.set_setting(NASTY, NASTY)
    assert repo.setting(NASTY) == NASTY
    document = Document.from_text("Some text.", NASTY, meta={NASTY: NASTY})
    repo.import_documents([AnnotatedDocument(document)], NASTY)
    stored = repo.document(document.id)
    assert stored.title == NASTY
    assert stored.meta == {NASTY: NASTY}
    assert repo.db.execute("SELECT count(*) FROM spans").fetchone()[0] == 0  # table still there


@pytest.mark.gui
def test_markup_and_nasty_names_are_shown_as_plain_text(qtbot, gui_window) -> None:
    from PySide6 import QtGui
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    window = gui_window
    text = "<b>Not bold</b> <script>alert(1)</script> &amp; done"
    document = Document.from_text(text + "\n", NASTY)
    window.repo.import_documents([AnnotatedDocument(document)], "ana")
    window.documents.reload()
    window.open_document(document.id)
    assert window.article.toPlainText().startswith(text)

    def shown(label: object) -> str:
        raw = label.text()  # type: ignore[attr-defined]
        rich = label.textFormat() == Qt.TextFormat.RichText or (  # type: ignore[attr-defined]
            label.textFormat() == Qt.TextFormat.AutoText  # type: ignore[attr-defined]
            and QtGui.Qt.mightBeRichText(raw)
        )
        if not rich:
            return str(raw)
        rendered = QTextDocument()
        rendered.setHtml(raw)
        return rendered.toPlainText()

    assert shown(window.annotator_label).endswith("ana")
    window.safety._say(NASTY)  # the banner shows whatever it is told as plain text
    assert shown(window.safety.banner.label) == NASTY
    assert shown(window.title_label) == NASTY


# Interpolated expressions allowed inside SQL text: fixed identifiers and placeholder lists only.
# Per file: fragments built in the same function from fixed text and "?" placeholders.
ALLOWED_IN = {
    # `selected`: column names taken from the constant _SPAN_COLUMNS
    "annotator/store/layers.py": {"who", "', '.join(selected)"},
    # fixed clauses with ? values; `select`: the two fixed SELECTs of the import's id check
    # `int(pages)`: read back from PRAGMA cache_size (Repository.larger_page_cache)
    "annotator/store/repository.py": {"' AND '.join(clauses)", "select", "int(pages)"},
    "annotator/store/merge.py": {"self.columns", "self.table"},
    "annotator/store/search.py": {"by"},
    # fixed range conditions with ? values, chosen by the folded text's first letters
    "annotator/store/actors.py": {"' OR '.join(clauses)"},
    "annotator/store/transaction.py": {"int(timeout_ms)"},  # read back from PRAGMA busy_timeout
    "annotator/store/backup.py": {"int(timeout_ms)"},  # likewise, around the checkpoint
    # status-bar words ("Select a QUOTE first, then press S"), not SQL: the key's name
    "annotator/ui/annotation.py": {
        "self.keys.then_press('speaker')",
        "self.keys.then_press('attributes')",
    },
    # status-bar words ("Select the text to accept it as QUOTE"), not SQL: a label's name
    "annotator/ui/review_controller.py": {"label_name"},
}
ALLOWED = {
    "_SPAN_COLUMNS",
    "where",
    "marks",
    "table",
    "column",
    "BUSY_TIMEOUT_MS",
    "savepoint",
    "migrations.migrations_table",
    "table_name",
    "placeholders",
    "columns",
}
SQL_WORDS = ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM", "CREATE ", "PRAGMA ", " WHERE ")


def _sql_interpolations() -> list[str]:
    found = []
    for path in sorted((REPO / "annotator").rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            text, parts = "", []
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value
                    for v in node.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
                parts = [
                    ast.unparse(v.value) for v in node.values if isinstance(v, ast.FormattedValue)
                ]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                # "... WHERE x = '" + value + "'": concatenation counts too.
                operands, stack = [], [node]
                while stack:
                    item = stack.pop()
                    if isinstance(item, ast.BinOp) and isinstance(item.op, ast.Add):
                        stack += [item.right, item.left]
                    else:
                        operands.append(item)
                text = "".join(
                    o.value
                    for o in operands
                    if isinstance(o, ast.Constant) and isinstance(o.value, str)
                )
                parts = [
                    ast.unparse(o)
                    for o in operands
                    if not isinstance(o, ast.Constant | ast.JoinedStr)
                ]
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
                if isinstance(node.left, ast.Constant) and isinstance(node.left.value, str):
                    text, parts = node.left.value, [ast.unparse(node.right)]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Constant)
                and isinstance(node.func.value.value, str)
            ):
                text, parts = node.func.value.value, [ast.unparse(a) for a in node.args]
            if any(word in text.upper() for word in SQL_WORDS):
                for part in parts:
                    relative = str(path.relative_to(REPO))
                    if part in ALLOWED_IN.get(relative, ()):
                        continue
                    if part not in ALLOWED and "'?'" not in part:
                        found.append(f"{path.relative_to(REPO)}:{node.lineno}: {{{part}}}")
    return found


def test_no_sql_is_built_from_values_by_string_formatting() -> None:
    assert _sql_interpolations() == []
