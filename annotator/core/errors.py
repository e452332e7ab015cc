"""Problems the user can fix, told apart from bugs.

Every exception here carries what the user needs to act: the file, the line
(1-based, when there is one) and the reason. The CLI and the window print
`str(error)`; anything that is not an `AnnotatorError` is a bug and is not
caught.
"""

from __future__ import annotations

from annotator.core.values import Record


class AnnotatorError(Record, Exception):
    """A problem caused by input or by the environment, with a readable reason.

    Equal to another of its class with the same reason, file and line, and
    shown by `repr` with them, as the dataclass it was.
    """

    __match_args__ = ("reason", "file", "line")

    def __init__(self, reason: str, file: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.file = file
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file if self.line is None else f"{self.file}, line {self.line}"
            where += ": "
        return where + self.reason


class InputError(AnnotatorError):
    """A file or record that cannot be read as the format it claims to be."""


class SchemaError(AnnotatorError):
    """A label, attribute or relation that the label schema does not allow."""


class SpanError(AnnotatorError):
    """A span whose offsets or label do not fit its document."""


class StoreError(AnnotatorError):
    """The database cannot be used: not SQLite, newer schema, damaged, read-only, locked.

    The store classifies every sqlite3/OSError failure into one of the
    subclasses below, so no module outside `annotator.store` sees sqlite3.
    """


class StoreUnavailable(StoreError):
    """The environment refused a write that may succeed later: the edit is kept and retried."""


class StoreBusy(StoreUnavailable):
    """Another program held the database beyond the busy timeout."""


class StoreFull(StoreUnavailable):
    """The disk (or the file system quota) is full."""


class StoreReadOnly(StoreUnavailable):
    """The file or its folder cannot be written (read-only medium, lost permission)."""


class StoreGone(StoreUnavailable):
    """The database file was removed, moved or replaced, or the disk cannot be reached."""


class StoreDamaged(StoreError):
    """The database file is corrupt; restore a backup. Not retried."""


class StoreConstraint(StoreError):
    """A write broke a rule of the schema (a bug or bad input, never retried)."""
