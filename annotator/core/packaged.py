"""Files shipped with annotator (schema, gazetteers, stylesheet), found installed or from source.

The wheel installs the top-level `resources/` folder as the package
`annotator.resources`. When Python runs from the repository root
(`python -m annotator ...`), the source folder `annotator/` shadows the
installed package and has no `resources` inside it; the folder beside it is
then the same data.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Final

# The name to `pip install` (the import package and the command are `annotator`; that
# name on PyPI is an unrelated project). Kept equal to pyproject.toml's by a test.
DISTRIBUTION: Final = "conflict-annotator"
INSTALL_SPACY: Final = f'pip install "{DISTRIBUTION}[spacy]"'


def packaged_files() -> Traversable:
    """The root of the shipped resources, installed or in a source checkout."""
    try:
        return resources.files("annotator.resources")
    except ModuleNotFoundError:
        source = Path(__file__).resolve().parent.parent.parent / "resources"
        if not (source / "schema.json").is_file():
            raise
        return source
