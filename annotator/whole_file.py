"""Writing a file whole or not at all, for the files kept in the cache folder, and a
kept file's header: what it was made from and whether it is whole."""

from __future__ import annotations

import contextlib
import json
import os
import zlib
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


def write_keyed(path: Path, body: bytes, *, key: str, layout: int, prefix: str) -> None:
    """Write `body` under a header line naming its `layout`, its `key` (what it was made
    from), its size and its crc32, whole or not at all (`write_whole`). Raises OSError."""
    header = {"format": layout, "key": key, "size": len(body), "crc32": zlib.crc32(body)}
    write_whole(path, [json.dumps(header).encode() + b"\n", body], prefix=prefix)


def read_keyed(path: Path, *, key: str, layout: int, max_bytes: int) -> bytes | None:
    """The body of a file `write_keyed` wrote with `key` and `layout`; None when there is
    none, or it is larger than `max_bytes`, or its header is not JSON, names another key
    or layout, or does not match the body's size and crc32 (a damaged file). The crc32
    tells a damaged file, not who wrote it: the body is still read as untrusted."""
    try:
        with path.open("rb") as kept:
            data = kept.read(max_bytes + 1)
    except OSError:
        return None
    if len(data) > max_bytes:
        return None
    newline = data.find(b"\n")
    if newline < 0:
        return None
    body = data[newline + 1 :]
    try:
        header = json.loads(data[:newline])
    except (ValueError, RecursionError):  # not JSON, or nested too deep for it
        return None
    if not (
        isinstance(header, dict)
        and header.get("format") == layout
        and header.get("key") == key
        and header.get("size") == len(body)
        and header.get("crc32") == zlib.crc32(body)
    ):
        return None
    return body
