"""Writing a file whole or not at all, for the files kept in the cache folder."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path


def write_whole(path: Path, chunks: Iterable[bytes], *, prefix: str) -> None:
    """Write `chunks` to `path` whole or not at all: into a temporary file (named
    `prefix`...) in the same folder, then renamed over `path`, so another process
    writing the same file at the same time, or a kill, never leaves half of one.
    Creates the folder; raises OSError (the temporary file removed)."""
    import tempfile  # not at import: the start-up keeps PySide's support code without it

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=prefix)
    try:
        with os.fdopen(fd, "wb") as out:
            out.writelines(chunks)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
