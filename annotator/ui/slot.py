"""A widget's place in its parent's layout that tells the parent of a change only when the
widget's size hints changed (issue 16)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QWidget


class Slot(QWidget):
    """Holds one widget, `held`, which fills it; the slot takes the held widget's size
    hints in its parent's layout.

    A widget whose text or contents change asks its parent's layout to be worked out
    again, even when its size hints stay the same, and that request climbs from layout to
    layout up to the window: each one is laid out again, and what moves is repainted
    (issue 16). Here the request stops at the slot, which has no layout: it passes the
    request on only when the held widget's size hints did change (a longer text, a new
    font, a page of other height), and the held widget stands where the parent's layout
    puts the slot, as it stood there itself. A held widget with a layout of its own still
    lays out its children at every request, within its own bounds.
    """

    def __init__(self, held: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.held = held
        held.setParent(self)
        # The held widget's size hints when the parent was last told of them. While the
        # slot is hidden, Qt posts it no request at all: it tells the parent when shown.
        self._told = (QSize(), QSize())

    def sizeHint(self) -> QSize:
        return self.held.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return self.held.minimumSizeHint()

    def hasHeightForWidth(self) -> bool:
        return self.held.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return self.held.heightForWidth(width)

    def _tell_parent(self) -> None:
        self._told = (self.held.sizeHint(), self.held.minimumSizeHint())
        self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            if (self.held.sizeHint(), self.held.minimumSizeHint()) != self._told:
                self._tell_parent()  # the parent lays itself out again, as it must
            return True
        return super().event(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._tell_parent()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.held.setGeometry(self.rect())
        super().resizeEvent(event)
