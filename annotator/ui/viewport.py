"""A scroll area's viewport made from Python, so that reading it costs nothing at start-up.

The first time Python asks a QAbstractScrollArea for the viewport Qt made,
PySide must find the Python class of a QWidget it has never seen: it resolves
every QtWidgets class that could be it, creating their Python types and about
50-80 enum types, a fifth of a bare PySide6 window's whole start-up (issue 16).
A viewport created here is already known to PySide, so `viewport()` just
returns it. It is set up as Qt sets up its own.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Replace `area`'s viewport by one made here (call it from the constructor); returns it."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    area.setViewport(viewport)
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport
