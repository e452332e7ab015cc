"""Files shipped with annotator (schema, gazetteers, stylesheet), found installed or from source.

The wheel installs the top-level `resources/` folder as the package
`annotator.resources`. When Python runs from the repository root
(`python -m annotator ...`), the source folder `annotator/` shadows the
installed package and has no `resources` inside it; the folder beside it is
then the same data.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from importlib.abc import Traversable

# The name to `pip install` (the import package and the command are `annotator`; that
# name on PyPI is an unrelated project). Kept equal to pyproject.toml's by a test.
DISTRIBUTION: Final = "conflict-annotator"
INSTALL_SPACY: Final = f'pip install "{DISTRIBUTION}[spacy]"'


def packaged_files() -> Traversable:
    """The root of the shipped resources, installed or in a source checkout.

    Found beside this package's own files (never from the working directory):
    the installed `annotator/resources/`, else the checkout's `resources/`
    next to `annotator/`. Only a package that is not a folder on disk (a zip)
    goes through importlib.resources, whose machinery cost the window's start
    about 1% of its instructions (issue 16).
    """
    package = Path(__file__).resolve().parent.parent
    for folder in (package / "resources", package.parent / "resources"):
        if (folder / "schema.json").is_file():
            return folder
    from importlib import resources

    return resources.files("annotator.resources")
