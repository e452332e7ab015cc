"""Window geometry, splitter sizes and the article's font size, kept in QSettings.

Only view state lives in QSettings; whatever belongs to the corpus lives in SQLite.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QSplitter


def restore_view_state(window: QMainWindow, splitter: QSplitter, article: QPlainTextEdit) -> None:
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    else:
        window.resize(1400, 860)
    sizes = settings.value("window/splitter")
    if isinstance(sizes, QByteArray):
        splitter.restoreState(sizes)
    size = settings.value("view/font_size")
    if size is not None:
        font = article.font()
        font.setPointSizeF(float(size))
        article.setFont(font)


def save_view_state(window: QMainWindow, splitter: QSplitter, article: QPlainTextEdit) -> None:
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", splitter.saveState())
    settings.setValue("view/font_size", article.font().pointSizeF())
    settings.sync()
