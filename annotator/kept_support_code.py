"""PySide's own Python support code, kept compiled between processes (issue 16).

Importing PySide runs shiboken's signature support (`shibokensupport`: its signature
loader, parser, layout, mapping, .pyi generator and feature switches). It is shipped as
Python source zipped inside libshiboken and compiled from source by `compile()` at
every start: 13 modules, about 120 M instructions, a fifth of a bare PySide window's
whole start-up, the same work each time. Python keeps the bytecode of an ordinary
module in `__pycache__`; these have none. `kept_while_importing` keeps what those
`compile` calls make in the user's cache folder, keyed by the module's file name, its
compiler flags and its whole source, and hands it back next time instead of compiling:
the very code objects a `.pyc` file would give. Another PySide (other source), another
Python (another file), a missing, damaged or unwritable file only mean compiling as
usual. Every other `compile` call in the meantime is passed on unchanged.

The same modules then compile their regular expressions, three of them over 6,000
characters (the signature parser's and the .pyi generator's type patterns): about
110 M instructions more, in `re`'s Python parser and code generator. What those steps
make is plain data (flags, the engine's code as integers, the groups), kept in the
same file by the pattern's text and flags; `re.compile` of a kept pattern builds the
pattern from it with the engine's constructor (`_sre.compile`, which checks the code),
equal to what `re.compile` makes (`re.Pattern` equality compares the flags, the text
and the engine's code). These steps are private to CPython's `re`: they are used only
when they build what `re.compile` builds from a probe, as `core.compiled_patterns`
does for the suggestion rules' patterns.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import marshal
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)

# The flags `compile` takes over from the code calling it unless `dont_inherit` is set:
# the __future__ features' (CPython's PyCF_MASK; tests/test_kept_support_code.py checks
# it against `__future__`). Shiboken's loader has `from __future__ import annotations`.
FUTURE_FLAGS = 0x1FE0000

# The source files whose code is kept: shiboken's own, as its zip names them.
_KEPT_PREFIX = "shibokensupport/"


def kept_code_file() -> Path:
    """Where the compiled support code is kept (one file per Python build)."""
    from annotator.paths import cache_dir

    name = f"pyside-support-{sys.implementation.cache_tag}-{sys.hexversion:x}.marshal"
    return cache_dir() / name


def _read(path: Path) -> dict[Any, Any]:
    """The kept entries; none from a file someone else could have written: code in it
    runs (on POSIX: a file owned by another user, or writable by group or others)."""
    try:
        fd = os.open(path, os.O_RDONLY)
        try:
            status = os.fstat(fd)
            getuid = getattr(os, "getuid", None)
            if getuid is not None and (status.st_uid != getuid() or status.st_mode & 0o022):
                log.info("%s not read: not the user's own file", path)
                return {}
            with os.fdopen(fd, "rb") as source:
                fd = -1
                kept = marshal.loads(source.read())
        finally:
            if fd >= 0:
                os.close(fd)
    except (OSError, ValueError, EOFError, TypeError):  # none yet, or damaged
        return {}
    return kept if type(kept) is dict else {}


def _write(path: Path, kept: dict[Any, Any]) -> None:
    """Whole or not at all: another process may write at the same time."""
    from annotator.whole_file import write_whole

    try:
        write_whole(path, [marshal.dumps(kept)], prefix=".pyside-support-")
    except (OSError, ValueError) as exc:
        log.info("PySide's support code not kept in %s (%s)", path, exc)


# The key of a pattern's form in the kept file (code keys are (file name, flags)).
_PATTERN = "re"
# Flags whose compile does more than build the pattern: DEBUG prints it, TEMPLATE (1) warns.
_NOT_KEPT = int(re.DEBUG) | 1


def _pattern_steps() -> tuple[Any, Any, Any] | None:
    """`re`'s parser, code generator and the engine's constructor, when what they build
    from a probe equals what `re.compile` builds (else None: compile as usual)."""
    try:
        import importlib

        parser = importlib.import_module("re._parser")
        generator = importlib.import_module("re._compiler")
        engine = importlib.import_module("_sre")
        steps = (parser.parse, generator._code, engine.compile)
        probe = r"(?P<n>\d+(?:,\d{3})*) (?i:killed|dead)\b|[^\W\d]+?(?=\s)"
        if _built(steps, probe, _form(steps, probe, 0)) != re.compile(probe):
            return None
    except Exception:  # private steps that work differently here
        return None
    return steps


def _form(steps: tuple[Any, Any, Any], source: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` makes of `source` before it hands over to the engine."""
    parse, generate, _build = steps
    parsed = parse(source, flags)
    code = generate(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        tuple(map(int, code)),  # opcodes are int subclasses marshal refuses
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _built(steps: tuple[Any, Any, Any], source: str, form: tuple[Any, ...]) -> Any:
    flags, code, groups, groupindex, indexgroup = form
    return steps[2](source, flags, list(code), groups, dict(groupindex), indexgroup)


@contextlib.contextmanager
def kept_while_importing(path: Path | None = None) -> Iterator[None]:
    """Around the first `import PySide...` of a process: shiboken's support modules
    come from the kept code file (`path`, default `kept_code_file()`) when their
    source is the one kept; what had to be compiled is written back afterwards."""
    if path is None:
        try:
            path = kept_code_file()
        except Exception as exc:  # no cache folder (platformdirs refuses a relative $HOME)
            log.info("PySide's support code not kept: %s", exc)
            yield
            return
    kept = _read(path)
    made: dict[Any, Any] = {}
    original = builtins.compile

    def compile_or_keep(
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        *,
        _feature_version: int = -1,
    ) -> Any:
        if not dont_inherit:  # what `compile` called directly would take over from its caller
            flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
        if (
            type(source) is bytes
            and type(filename) is str
            and filename.startswith(_KEPT_PREFIX)
            and mode == "exec"
            and not flags & ~FUTURE_FLAGS
            and optimize == -1
            and _feature_version == -1
        ):
            key = (filename, flags)
            entry = kept.get(key)
            if type(entry) is tuple and len(entry) == 2 and entry[0] == source:
                code = entry[1]
                if type(code) is CodeType:
                    return code
            code = original(source, filename, mode, flags, True, optimize)
            made[key] = (source, code)
            return code
        return original(
            source, filename, mode, flags, True, optimize, _feature_version=_feature_version
        )

    compile_pattern = re.compile
    steps = _pattern_steps()

    def pattern_or_keep(source: Any, flags: Any = 0) -> Any:
        if steps is None or type(source) is not str:
            return compile_pattern(source, flags)
        flags = int(flags)
        if flags & _NOT_KEPT:
            return compile_pattern(source, flags)
        key = (_PATTERN, source, flags)
        form = kept.get(key)
        if type(form) is tuple and len(form) == 5:
            try:
                return _built(steps, source, form)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                pass  # a form this engine refuses: compiled again
        try:
            form = _form(steps, source, flags)
            pattern = _built(steps, source, form)
        except Exception:  # a bad pattern raises the same below; anything else: as usual
            return compile_pattern(source, flags)
        made[key] = form
        return pattern

    builtins.compile = compile_or_keep
    setattr(re, "compile", pattern_or_keep)  # noqa: B010 (mypy: not the overloads)
    try:
        yield
    finally:
        builtins.compile = original
        setattr(re, "compile", compile_pattern)  # noqa: B010
    if made:
        kept.update(made)
        _write(path, kept)
