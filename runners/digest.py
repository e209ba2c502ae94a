"""The digest of the runner's files (this directory), computed the same way on both sides of the sandbox.

Instruction counts depend on these files' bytes (the heap a counted child inherits, the measured region's own code),
so a run records their digest and ``effbench compare`` requires it to match.  The host computes it for the files it
would mount (effbench.sandbox.runner_source); a worker computes it for the files it runs, and tells it in its hello:
an image may hold other files than the host's.  One function here, which both sides import (stdlib only: the worker
has nothing else on its path), so that the two digests of the same files are equal.
"""
from __future__ import annotations

import hashlib
import os

SKIPPED = "__pycache__"  # written by whoever imports the files, not part of what they are


def runner_files(root: str) -> list[str]:
    """Every file under *root*, as paths relative to it with ``/`` between their parts, in the order of their parts
    (``images/Dockerfile`` before ``images.py``, as the directory tree lists them), ``__pycache__`` left out."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [name for name in dirnames if name != SKIPPED]
        rel = os.path.relpath(dirpath, root)
        for name in filenames:
            path = name if rel == "." else f"{rel.replace(os.sep, '/')}/{name}"
            if os.path.isfile(os.path.join(root, path)):
                found.append(path)
    return sorted(found, key=lambda path: path.split("/"))


def runners_digest(root: str) -> str:
    """The first 12 hex digits of a SHA-256 over the names and contents of the files under *root*.  Raises OSError
    where one cannot be read."""
    h = hashlib.sha256()
    for rel in runner_files(root):
        with open(os.path.join(root, rel), "rb") as fh:
            data = fh.read()
        h.update(rel.encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()[:12]


def told(root: str) -> dict:
    """What a worker running the files under *root* tells of them in its hello: ``runners``, their digest, or
    nothing where one cannot be read (a run then records none, and compare takes it for other files)."""
    try:
        return {"runners": runners_digest(root)}
    except OSError:
        return {}
