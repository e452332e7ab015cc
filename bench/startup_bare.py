"""The start-up baseline: a bare PySide6 main window holding a plain text view.

Run by bench_startup.py through bench.startup_probe, like `annotator gui`.
"""

from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

app = QApplication.instance() or QApplication([])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit("A short article.\n\nNothing here.\n"))
window.resize(1400, 860)
window.show()
app.exec()
