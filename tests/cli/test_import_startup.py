"""`annotator import` into a new database loads only what importing needs (issue 16).

The start-up is paid once per command and sits above the import's baseline: a new
file used to import sqlite-utils (and dateutil, pluggy) to run the migrations, and
every command imported urllib.request through the Label Studio module's XML quoting.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, runpy, sys
sys.argv = ['annotator', 'import', sys.argv[1], '--db', sys.argv[2], '--quiet',
            '--annotator', 'ana']
try:
    runpy.run_module('annotator', run_name='__main__', alter_sys=True)
except SystemExit as exc:
    code = exc.code
print(json.dumps({'exit': code, 'loaded': sorted(
    name for name in ('sqlite_utils', 'urllib.request', 'xml.sax.saxutils', 'dateutil')
    if name in sys.modules)}))
"""


def test_importing_into_a_new_database_loads_neither_sqlite_utils_nor_urllib(
    tmp_path: Path,
) -> None:
    article = tmp_path / "report.txt"
    article.write_text("Shelling in Kharvelo\n\nThe army said 12 civilians died.\n", "utf-8")
    database = tmp_path / "new.db"
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(article), str(database)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"exit": 0, "loaded": []}
    conn = sqlite3.connect(database)
    try:
        assert conn.execute("SELECT title FROM documents").fetchall() == [("Shelling in Kharvelo",)]
    finally:
        conn.close()
