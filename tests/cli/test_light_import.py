"""`annotator gui` starts without importing what only other commands use.

The CLI offers its format choices from name lists; a command imports its
readers and writers when it runs. These tests check the import graph in a
fresh interpreter (sys.modules), and that the lists name exactly the formats
the readers and writers provide.
"""

from __future__ import annotations

import json
import subprocess
import sys

from annotator import cli
from tests.conftest import REPO

# What a window's start never needs: the readers and writers of every format, the
# import and export services.
HEAVY = (
    "annotator.formats.readers",
    "annotator.formats.registry",
    "annotator.formats.brat",
    "annotator.formats.labelstudio",
    "annotator.formats.conll",
    "annotator.formats.detect",
    "annotator.services.importing",
    "annotator.services.exporting",
)


def _modules_after(statement: str) -> set[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    return set(json.loads(result.stdout))


def test_importing_the_cli_imports_no_reader_writer_or_service() -> None:
    loaded = _modules_after("import annotator.cli")
    assert not loaded & set(HEAVY)
    assert not any(name.startswith("PySide6") for name in loaded)


def test_import_choices_are_the_readers_suffixes() -> None:
    from annotator.formats.readers import READERS

    assert sorted(cli.IMPORT_FORMATS) == sorted(suffix[1:] for suffix in READERS)


def test_export_choices_are_the_registered_writers() -> None:
    from annotator.formats.registry import FORMATS

    assert list(cli.EXPORT_FORMATS) == list(FORMATS)
