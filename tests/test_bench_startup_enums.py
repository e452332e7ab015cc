"""bench/startup_enums.py names the line of ours that made PySide build each enum type."""

from __future__ import annotations

from bench.startup_enums import BARE_SCRIPT, NOT_OURS, REPO, only_ours, qt_namespace, site_of


def test_a_type_is_put_on_the_innermost_line_of_annotator_code() -> None:
    frames = [
        (str(REPO / "bench" / "startup_probe.py"), 110),
        (str(REPO / "annotator" / "app.py"), 320),
        (str(REPO / "annotator" / "ui" / "messages.py"), 13),
        ("/venv/lib/python3.11/site-packages/shibokensupport/feature.py", 80),
        ("/usr/lib/python3.11/enum.py", 700),
    ]

    assert site_of(frames) == "annotator/ui/messages.py:13"


def test_the_bare_window_script_is_a_site_and_pyside_alone_is_not_ours() -> None:
    assert site_of([(str(BARE_SCRIPT), 9), ("/usr/lib/python3.11/enum.py", 1)]) == (
        "bench/startup_bare.py:9"
    )
    assert site_of([(str(REPO / "bench" / "startup_probe.py"), 110)]) == NOT_OURS
    assert site_of([("/elsewhere/annotator/app.py", 1)]) == NOT_OURS


def test_only_types_the_bare_window_lacks_are_counted_by_line() -> None:
    bare = [{"type": "PySide6.QtWidgets.QFrame.Shape", "members": 7, "site": "bench/x.py:9"}]
    ours = [
        {"type": "PySide6.QtWidgets.QFrame.Shape", "members": 7, "site": "annotator/a.py:1"},
        {"type": "PySide6.QtCore.Qt.Key", "members": 471, "site": "annotator/m.py:13"},
        {"type": "PySide6.QtCore.Qt.Orientation", "members": 2, "site": "annotator/m.py:13"},
        {"type": "PySide6.QtGui.QFont.Weight", "members": 9, "site": "annotator/v.py:38"},
    ]

    assert only_ours(ours, bare) == {"annotator/m.py:13": 2, "annotator/v.py:38": 1}
    assert [n["type"] for n in qt_namespace(ours)] == [
        "PySide6.QtCore.Qt.Key",
        "PySide6.QtCore.Qt.Orientation",
    ]
