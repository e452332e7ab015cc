"""The like-for-like start-up baseline: bench/startup_bare.py's bare window, importing
PySide6 inside annotator.kept_support_code.kept_while_importing as `annotator gui` does.

PySide compiles its own support code at every start; `annotator gui` keeps it compiled
(annotator/kept_support_code.py), which the plain bare window does not. Against this
window, which keeps it the same way (the benches warm the kept file with one uncounted
run, as they do ours), a ratio shows our own work only, not the kept file's gain.
"""

from annotator.kept_support_code import kept_while_importing

with kept_while_importing():
    from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit

app = QApplication.instance() or QApplication([])
window = QMainWindow()
window.setCentralWidget(QPlainTextEdit("A short article.\n\nNothing here.\n"))
window.resize(1400, 860)
window.show()
app.exec()
