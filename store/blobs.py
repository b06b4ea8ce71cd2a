"""Content-addressed files on disk: evidence of progress reports and the original files received.

A file with SHA-256 ``abcd…`` lives at ``<dir>/ab/abcd…``; the database keeps only the hash (and
the name it was received under), never the bytes. Writing the same content twice writes it once.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

from store.errors import InvalidData

_HEX64 = re.compile(r"[0-9a-f]{64}")


def blob_path(directory: Path, sha256: str) -> Path:
    """Where the file with content hash ``sha256`` is (or would be) stored under ``directory``.

    Raises:
        InvalidData: ``sha256`` is not 64 lower-case hex digits (so no path can escape ``directory``).
    """
    if not _HEX64.fullmatch(sha256 or ""):
        raise InvalidData(f"{sha256!r} is not a SHA-256 hex digest")
    return Path(directory) / sha256[:2] / sha256


def put_blob(directory: Path, name: str, data: bytes) -> dict[str, Any]:
    """Store ``data`` under ``directory`` by its SHA-256 (atomically; once); returns ``{sha256, name, size}``."""
    digest = hashlib.sha256(data).hexdigest()
    dest = blob_path(directory, digest)
    if not dest.exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(f"{digest}.{os.getpid()}.part")
        tmp.write_bytes(data)
        os.replace(tmp, dest)
    return {"sha256": digest, "name": name, "size": len(data)}


def has_blob(directory: Path | None, sha256: str) -> bool:
    """Whether ``directory`` holds the file with this hash (``False`` for no directory or a bad hash)."""
    if directory is None:
        return False
    try:
        return blob_path(directory, sha256).is_file()
    except InvalidData:
        return False
