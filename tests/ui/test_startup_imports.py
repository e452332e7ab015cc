"""`annotator gui`'s first frame loads only what it shows (issue 16: start in a blink).

The real command runs in a fresh process under bench/startup_probe.py, which
writes the names of the loaded modules once the window's first frame has been
painted and the event loop has served it. Each module listed here cost the
first frame a noticeable part of a bare PySide6 window's whole start-up when
it was loaded before it; a change that brings one back fails here, naming it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.app import NO_PAINT_THREADS
from annotator.core.model import AnnotatedDocument, Document, Span, new_id
from annotator.store.db import open_db
from annotator.store.repository import Repository

REPO = Path(__file__).resolve().parents[2]

# module (and its submodules) -> why the first frame must not load it
NOT_BEFORE_THE_FIRST_FRAME = {
    "click": "the command line: `annotator gui` is read by annotator.launch",
    "annotator.cli": "every command's options (click)",
    "annotator.cli_contract": "the command-line contract (click)",
    "sqlite_utils": "an up-to-date database opens with plain sqlite3 (store.connection)",
    "dateutil": "comes with sqlite-utils",
    "pluggy": "comes with sqlite-utils",
    "pandas": "never needed by the window",
    "numpy": "never needed by the window",
    "spacy": "exports and the spaCy rule only",
    "annotator.core.agreement": "review mode and agreement figures only",
    "annotator.core.tokenize": "agreement and token exports only",
    "annotator.core.suggest": "suggestions are off until switched on, and run on a thread",
    "annotator.formats": "import and export only",
    "annotator.services.importing": "File > Import only",
    "annotator.services.exporting": "File > Export only",
    "annotator.ui.search_panel": "built when its dock is first shown",
    "annotator.ui.consistency_panel": "built when its dock is first shown",
    "annotator.ui.actor_registry": "built when its dock is first shown",
    "annotator.ui.export_dialog": "File > Export only",
    "annotator.ui.shortcuts": "the F1 sheet only",
    "annotator.ui.review_panel": "review mode only: built when it first opens",
    "hashlib": "content ids and backup folders (imports, snapshots): it loads OpenSSL",
    "_strptime": "reading snapshot names: the opening snapshot starts after the first frame",
    "getpass": "the default annotator name: a first start without a name only",
    "html": "tooltips are escaped without it (its table of entities)",
    "queue": "imports only (store.repository's read-ahead thread)",
}
if sys.platform == "linux":
    NOT_BEFORE_THE_FIRST_FRAME["platformdirs"] = (
        "the user's folders are found from $XDG_*/$HOME (annotator.paths), about 20 M instructions"
    )

# QtWidgets and QtGui classes whose Python type (with its enum types, about a
# millisecond each) the first frame must not build -> why. QCalendarWidget stands for the
# whole module: a scroll area's viewport that PySide did not make itself builds every
# class once Python reads it (ui/viewport.py).
NOT_BUILT_BEFORE_THE_FIRST_FRAME = {
    "QCalendarWidget": "nothing shows one; built only when every class is (a viewport sweep)",
    "QMessageBox": "messages are built when one is shown (ui/messages.py)",
    "QFileDialog": "File > Import, Merge, Save a copy only",
    "QDialogButtonBox": "dialogs only",
    "QListWidget": "the restore dialog only",
    "QTextBrowser": "the F1 sheet only",
    "QProgressDialog": "long jobs only (ui/workers.py imports it when one starts)",
    "QAbstractSpinBox": "the text-field check asks Qt by class name (ui/keys.py)",
    "QStyle": "about 600 enum members: the span table's first frame is painted by Qt's own "
    "delegate (ui/span_table_view.py), the docks' title icons come when first shown",
    "QStyleOptionViewItem": "the span table's own delegate only, in place after the first frame",
    "QIcon": "QAction(text, parent) weighs the icon overload: actions get their text by setText",
    "QGradient": "QPainter.fillRect and QBrush(QColor) weigh the gradient overloads (169 presets)",
    "QImage": "QBrush(QColor) weighs the image overload: brushes are made with their style",
    "QStandardItemModel": "the review panel (built when review mode opens) and the choosers",
    "QListView": "the review panel's annotator list and the choosers",
    "QGridLayout": "the review panel only",
}


def _first_frame(tmp_path: Path, db: Path) -> tuple[set[str], set[str], str, list[str]]:
    """(modules loaded, QtWidgets classes built) when the first frame is served, the
    garbage collector ("enabled" or "disabled") one loop turn later, and the names of
    the process's threads at the served frame."""
    out, listed, built = tmp_path / "frame.t", tmp_path / "modules.txt", tmp_path / "qt.txt"
    collector, threads = tmp_path / "gc.txt", tmp_path / "threads.txt"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ANNOTATOR_", "XDG_", "BENCH_")) and key != NO_PAINT_THREADS
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        ANNOTATOR_NAME="ana",
        BENCH_MODULES=str(listed),
        BENCH_QT_CLASSES=str(built),
        BENCH_GC=str(collector),
        BENCH_THREADS=str(threads),
        PYTHONPATH=str(REPO),
    )
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.startup_probe",
            str(out),
            "annotator",
            "gui",
            "--db",
            str(db),
        ],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert float(out.read_text("utf-8")) > 0  # a main window painted, and the loop served it
    return (
        set(listed.read_text("utf-8").split()),
        set(built.read_text("utf-8").split()),
        collector.read_text("utf-8").strip(),
        threads.read_text("utf-8").splitlines(),
    )


@pytest.mark.gui
def test_the_first_frame_loads_no_module_and_builds_no_qt_class_it_does_not_show(
    tmp_path: Path,
) -> None:
    db = tmp_path / "corpus.db"
    repo = Repository(open_db(db))
    documents = [Document.from_text(f"Shelling hit town {n}.\n", f"Report {n}") for n in range(3)]
    # The first document's spans are the analyst's own: the span table paints rows.
    repo.import_documents(
        [
            AnnotatedDocument(
                document,
                [
                    Span(new_id(), document.id, 0, 8, "CASUALTY", "ana"),
                    Span(new_id(), document.id, 13, 17, "ACTOR", "ana"),
                ],
            )
            for document in documents
        ],
        "ana",
    )
    repo.db.close()
    modules, classes, collector, _threads = _first_frame(tmp_path, db)
    assert "annotator.ui.main_window" in modules  # the window itself was measured
    loaded = {
        heavy: why
        for heavy, why in NOT_BEFORE_THE_FIRST_FRAME.items()
        if any(name == heavy or name.startswith(f"{heavy}.") for name in modules)
    }
    assert loaded == {}
    assert "QMainWindow" in classes  # the built classes were read
    built = {name: why for name, why in NOT_BUILT_BEFORE_THE_FIRST_FRAME.items() if name in classes}
    assert built == {}
    # Paused for the start-up (annotator.launch), on again once the document is painted
    # (the article says so from a zero timer, just after the served frame).
    assert collector == "enabled"


@pytest.mark.gui
def test_the_first_frame_is_painted_without_waking_a_thread(tmp_path: Path) -> None:
    # Enough documents for the list's scroll bar: Qt's raster painter handed each tall
    # fill of a scroll bar to a pool of threads in 64-line strips and waited for them
    # (issue 16: some 480 context switches before the first frame). app.run has it
    # paint them on the GUI thread.
    db = tmp_path / "corpus.db"
    repo = Repository(open_db(db))
    documents = [Document.from_text(f"Shelling hit town {n}.\n", f"Report {n}") for n in range(80)]
    repo.import_documents([AnnotatedDocument(document) for document in documents], "ana")
    repo.db.close()
    modules, _classes, _collector, threads = _first_frame(tmp_path, db)
    assert "annotator.ui.main_window" in modules  # the window itself was measured
    assert threads[1:] == []  # the main thread alone


@pytest.mark.gui
def test_pyside_is_told_the_same_answers_it_would_read_from_each_modules_source() -> None:
    # app.spare_pyside_source_scans registers, before the window's modules load, whether
    # each module uses PySide6, so that PySide does not read every module's source to
    # find out. The answers must be the ones PySide's own check gives.
    import importlib
    import pkgutil

    import annotator
    from annotator import app

    feature = sys.modules.get("shibokensupport.feature")
    uses_pyside = getattr(feature, "_mod_uses_pyside", None)
    if uses_pyside is None:
        pytest.skip("this PySide6 does not read module sources at import")
    for found in pkgutil.walk_packages(annotator.__path__, "annotator."):
        if found.name != "annotator.__main__":  # that one runs the command line
            importlib.import_module(found.name)
    told = app.pyside_usage(sorted(sys.modules))
    assert "annotator.ui.main_window" in told
    assert "annotator.store.repository" in told
    assert "json" in told
    read = {name: 0 if uses_pyside(sys.modules[name]) else -1 for name in told}
    assert told == read
    app.spare_pyside_source_scans()
    known = feature.pyside_feature_dict  # type: ignore[union-attr]
    assert known["annotator.ui.article_view"] == 0
    assert known["annotator.core.model"] == -1


@pytest.mark.gui
def test_the_style_state_flags_written_out_for_the_span_table_are_qts_own() -> None:
    # span_delegate and span_table_view write QStyle's state flags out as ints, so that
    # importing them does not build QStyle's Python type before the first frame.
    from PySide6.QtWidgets import QStyle

    from annotator.ui import span_delegate, span_table_view

    flag = QStyle.StateFlag
    assert flag.State_HasFocus.value == span_delegate._FOCUS
    assert flag.State_Selected.value == span_delegate._SELECTED
    assert flag.State_Active.value == span_delegate._ACTIVE
    assert flag.State_Enabled.value == span_delegate._ENABLED
    assert flag.State_Selected.value == span_table_view._SELECTED


@pytest.mark.gui
def test_the_span_table_takes_its_own_delegate_once_its_first_frame_is_painted(
    qtbot, corpus: Repository
) -> None:
    from annotator.ui.main_window import MainWindow
    from annotator.ui.span_delegate import SpanCellDelegate

    first = corpus.document_ids()[0]
    corpus.add_span(Span(new_id(), first, 0, 4, "ACTOR", "ana"))
    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    assert window.session.document_id == first
    table = window.tags.table
    assert table.model().rowCount() > 0  # the first document's spans are rows to paint
    assert not isinstance(table.itemDelegate(), SpanCellDelegate)  # Qt's own, for now
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: isinstance(table.itemDelegate(), SpanCellDelegate))


@pytest.mark.gui
def test_a_span_table_never_painted_takes_its_own_delegate_at_the_first_row_added(
    qtbot, corpus: Repository
) -> None:
    from annotator.ui.main_window import MainWindow
    from annotator.ui.span_delegate import SpanCellDelegate

    window = MainWindow(corpus, "ana", db_label="test")
    qtbot.addWidget(window)
    document = window.session.document
    assert document is not None
    rows = window.tags.model.rowCount()
    window.session.add_span(Span(new_id(), document.id, 0, 4, "ACTOR", "ana"))
    assert window.tags.model.rowCount() == rows + 1
    assert isinstance(window.tags.table.itemDelegate(), SpanCellDelegate)
