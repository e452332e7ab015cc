"""SQLite storage through sqlite-utils: opening, migrations, the repository. All SQL lives here.

sqlite-utils itself is imported only when something needs more than a plain
connection (see store.connection): the window's first frame does not.
"""
