"""Regular expressions compiled once per machine instead of once per process.

Compiling a pattern is Python code (the `re` module's parser and code generator), and
the suggestion rules compile many large ones: about 550 at their import and the 14
casualty phrase patterns (360 kB of text) as they are prepared, about 1 s of one core
in each process that suggests, on the user's wait for the session's first suggestions.
What compiling produces is plain data (the flags, a list of integers the matching
engine runs, and the groups' names), so it is kept (`compiled_forms`, written by the
caller wherever it keeps such things) and given back to a later process (`remember`),
which builds the very same pattern object from it in microseconds: equal to what
`re.compile` makes (`re.Pattern` equality compares the flags, the pattern text and the
engine's code). `compile_pattern` is that compile; `built_from_forms` routes
`re.compile` through it while modules that compile at their top level are imported.

The forms belong to one build of Python's matching engine: they are keyed by it, and
anything that does not fit is compiled the ordinary way. No file I/O here.
"""

from __future__ import annotations

import array
import importlib
import json
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Final

# The engine's code is private to this version of CPython: a form made by another
# interpreter (or another build of the engine) is never used.
ENGINE: Final = (
    f"{sys.implementation.cache_tag} {sys.version} {getattr(sys.modules.get('_sre'), 'MAGIC', '')}"
)

# What `re` compiles a pattern into: (flags, code, groups, groupindex, indexgroup). The
# code is kept as 4-byte items (as a list of ints it took several times the memory): an
# array when compiled here, a view into the kept data when remembered (no copy of it).
Form = tuple[int, "array.array[int] | memoryview", int, dict[str, int], tuple[str | None, ...]]

# Forms by key (`_key`): those given back by `remember` and those made here.
_FORMS: dict[str, Form] = {}
# The keys of the patterns built in this process: the forms worth writing (a form of an
# earlier version of a pattern is left behind).
_USED: set[str] = set()
# Whether a pattern was compiled the ordinary way since the forms were last written.
_NEW: list[bool] = [False]


def _sha256() -> Any:
    """The SHA-256 constructor of Python's own build (`_sha2` from 3.12, `_sha256` before):
    hashlib loads OpenSSL as it is imported (3 to 6 ms of the session's first suggestion
    job, which needed nothing else of it). The same digests either way."""
    for name in ("_sha2", "_sha256"):
        try:
            return importlib.import_module(name).sha256
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


_SHA256: Final = _sha256()


def sha256(data: bytes = b"") -> Any:
    """`hashlib.sha256(data)`, without importing hashlib (see `_sha256`)."""
    return _SHA256(data)


def _key(source: str, flags: int) -> str:
    return str(sha256(f"{flags}:{source}".encode("utf-8", "surrogatepass")).hexdigest())


def _engine() -> tuple[Any, Any, Any] | None:
    """`re`'s parser, code generator and the engine's constructor, where this interpreter
    has them as CPython 3.11+ does (private to `re`: None elsewhere)."""
    try:
        parser = importlib.import_module("re._parser")
        compiler = importlib.import_module("re._compiler")
        engine = importlib.import_module("_sre")
        return parser.parse, compiler._code, engine.compile
    except (ImportError, AttributeError):
        return None


def _engine_agrees(parts: tuple[Any, Any, Any] | None) -> tuple[Any, Any, Any] | None:
    """`parts`, if the pattern they build from a probe equals `re.compile`'s: private steps
    that work differently in this interpreter are never used."""
    if parts is None:
        return None
    probe = r"(?P<n>\d+(?:,\d{3})*) (?i:killed|dead)\b|[^\W\d]+?(?=\s)"
    try:
        parse, generate, build = parts
        built = _built(build, probe, _form(parse, generate, probe, 0))
    except Exception:  # any failure: the ordinary compile only
        return None
    return parts if built == re.compile(probe) else None


def compile_pattern(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from a form `remember`ed when there is one; otherwise
    compiled here, its form kept for `compiled_forms`. Raises what `re.compile` raises."""
    flags = int(flags)
    if _ENGINE is None or flags & re.DEBUG:
        return _REAL_COMPILE(source, flags)  # not re.compile: it may be this function
    parse, generate, build = _ENGINE
    key = _key(source, flags)
    form = _FORMS.get(key)
    if form is not None:
        try:
            built = _built(build, source, form)
        except (RuntimeError, TypeError, ValueError, OverflowError):
            del _FORMS[key]  # a form this engine refuses: compiled again below
        else:
            _USED.add(key)
            return built
    try:
        form = _form(parse, generate, source, flags)
        pattern = _built(build, source, form)
    except Exception:  # private steps that may change with Python
        # A bad pattern raises the same error here; anything the private steps do
        # differently in this interpreter only means the ordinary compile.
        return _REAL_COMPILE(source, flags)
    _FORMS[key] = form
    _USED.add(key)
    _NEW[0] = True
    return pattern


def _form(parse: Any, generate: Any, source: str, flags: int) -> Form:
    """What re._compiler.compile makes before it hands over to the engine."""
    parsed = parse(source, flags)
    code = generate(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        array.array("I", code),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _built(build: Any, source: str, form: Form) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = form
    if isinstance(code, memoryview):
        # The engine takes a list: an array's tolist makes it with about a fifth fewer
        # instructions than a memoryview's (a copy of the bytes first costs far less).
        copied = array.array("I")
        copied.frombytes(code.cast("B"))
        code = copied
    # The engine checks the code it is given (it refuses malformed code with RuntimeError).
    pattern: re.Pattern[str] = build(source, flags, code.tolist(), groups, groupindex, indexgroup)
    return pattern


def remember(data: bytes) -> int:
    """Take the forms `compiled_forms` wrote (in this or an earlier process); returns how
    many were taken. Data of another engine, or damaged, is ignored (0): those patterns
    are compiled the ordinary way."""
    try:
        newline = data.index(b"\n")
        header = json.loads(data[:newline])
        if not isinstance(header, dict) or header.get("engine") != ENGINE:
            return 0
        size = array.array("I").itemsize
        if size != header["itemsize"]:
            return 0
        body = memoryview(data)[newline + 1 :]
        if len(body) % size:
            return 0
        # Each form's code is a view of the data's items, not a copy: copying them into
        # arrays was most of the work here (about 5 ms of the first job for 6.8 MB), and
        # some forms are not used until much later, or at all, in this process.
        items = body.cast("I")
        taken: dict[str, Form] = {}
        at = 0
        for key, flags, groups, groupindex, indexgroup, length in header["forms"]:
            if not (isinstance(key, str) and isinstance(length, int) and length >= 0):
                return 0
            code = items[at : at + length]
            if len(code) != length:
                return 0
            at += length
            form = (
                int(flags),
                code,
                int(groups),
                {str(name): int(index) for name, index in groupindex.items()},
                tuple(None if name is None else str(name) for name in indexgroup),
            )
            # The groups' names must fit the group count (the engine checks only the code).
            if len(form[4]) != form[2] + 1 or any(not 0 < i <= form[2] for i in form[3].values()):
                return 0
            taken[key] = form
        if at != len(items):
            return 0
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError, OverflowError):
        return 0  # nested too deep for json, or numbers too large for the engine's items
    _FORMS.update(taken)
    return len(taken)


def compiled_forms() -> Iterator[bytes]:
    """The forms of the patterns built in this process, for a later `remember` (their
    bytes joined), in pieces: a header, then each pattern's code (a few MB in all)."""
    keys = sorted(_USED)
    forms = []
    for key in keys:
        flags, code, groups, groupindex, indexgroup = _FORMS[key]
        forms.append([key, flags, groups, groupindex, list(indexgroup), len(code)])
    header = {"engine": ENGINE, "itemsize": array.array("I").itemsize, "forms": forms}
    _NEW[0] = False
    yield json.dumps(header).encode() + b"\n"
    for key in keys:
        yield _FORMS[key][1].tobytes()


def compiled_here() -> bool:
    """Whether a pattern was compiled the ordinary way since the forms were last taken
    by `compiled_forms` (then they are worth writing again)."""
    return _NEW[0]


_REAL_COMPILE: Final = re.compile
_ENGINE: Final = _engine_agrees(_engine())
_PATCHED = threading.Lock()
_DEPTH: list[int] = [0]


def _compile_through_forms(pattern: Any, flags: Any = 0) -> Any:
    if isinstance(pattern, str):
        return compile_pattern(pattern, flags)
    return _REAL_COMPILE(pattern, flags)  # bytes, or a compiled pattern


@contextmanager
def built_from_forms() -> Iterator[None]:
    """Within (in every thread): `re.compile` of a str pattern is `compile_pattern`, the
    same pattern, built from its remembered form when there is one. For the import of
    modules that compile hundreds of patterns at their top level (the rules), which are
    not written to call `compile_pattern` themselves. Nests, from several threads too."""
    with _PATCHED:
        if _DEPTH[0] == 0:
            re.compile = _compile_through_forms
        _DEPTH[0] += 1
    try:
        yield
    finally:
        with _PATCHED:
            _DEPTH[0] -= 1
            if _DEPTH[0] == 0:
                re.compile = _REAL_COMPILE
