"""The rules' compiled patterns, kept between processes in the user's cache folder.

Compiling the suggestion rules' regular expressions is the largest part of a process's
first suggestions (the module patterns as the rules are imported, the casualty phrase
patterns as they are prepared): about 1 s of one core. What compiling makes is kept
here (see `annotator.core.compiled_patterns`, which builds the same patterns from it),
so that only the first process after an install or a change of the rules compiles. A
missing, foreign, damaged or unwritable file only means compiling as usual.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotator.core import compiled_patterns
from annotator.whole_file import write_whole

log = logging.getLogger(__name__)

_READ = threading.Lock()
_READ_FROM: set[Path] = set()


def kept_patterns_file() -> Path:
    """Where the compiled patterns are kept (one file per Python build)."""
    from annotator.paths import cache_dir

    return cache_dir() / f"compiled-patterns-{sys.implementation.cache_tag}.bin"


def read_kept() -> None:
    """Take the kept forms, once per process and file."""
    path = kept_patterns_file()
    with _READ:
        if path in _READ_FROM:
            return
        _READ_FROM.add(path)
        with contextlib.suppress(OSError):  # none kept yet
            compiled_patterns.remember(path.read_bytes())


def write_kept() -> None:
    """Write the forms of the patterns built in this process when one had to be compiled
    here; whole or not at all (another process may write at the same time)."""
    if not compiled_patterns.compiled_here():
        return
    path = kept_patterns_file()
    try:
        write_whole(path, compiled_patterns.compiled_forms(), prefix=".patterns-")
    except OSError as exc:
        log.info("compiled patterns not kept in %s (%s)", path, exc)


@contextmanager
def patterns_kept() -> Iterator[None]:
    """Within: patterns with a kept form are built from it (those the rules compile as
    they run too); after: the forms are written back if one had to be compiled. Around
    preparing the rules."""
    read_kept()
    with compiled_patterns.built_from_forms():
        yield
    write_kept()


@contextmanager
def importing_rules() -> Iterator[None]:
    """Around the first import of the rule modules: their module-level patterns (about
    550) are built from kept forms too (written back once the rules are prepared)."""
    read_kept()
    with compiled_patterns.built_from_forms():
        yield
