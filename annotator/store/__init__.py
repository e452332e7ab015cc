"""SQLite storage through sqlite-utils: opening, migrations, the repository. All SQL lives here."""
