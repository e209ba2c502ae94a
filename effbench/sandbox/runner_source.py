"""Where the in-sandbox runner (``runners/``, installed as ``effbench_runners``) is on the host, its files, and a
digest of them.

Every sandbox runs these files (the process sandbox mounts the directory, the docker images mount or copy it), and
instruction counts depend on their bytes: the heap a counted child inherits and the measured region's own code.
Hence the digest in every run's metadata (``runner.runners``), which ``effbench compare`` requires to match.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

RUNNERS_DIR = Path(__file__).resolve().parent.parent.parent / "runners"


def runners_dir() -> Path:
    if (RUNNERS_DIR / "executor.py").is_file():
        return RUNNERS_DIR
    import effbench_runners  # installed without the source tree
    return Path(effbench_runners.__file__).resolve().parent


def runner_files(root: Path | None = None) -> list[Path]:
    """Every file of the runner under *root* (default: :func:`runners_dir`), as the sandbox sees them."""
    root = root or runners_dir()
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def runners_digest(root: Path | None = None) -> str:
    """The first 12 hex digits of a SHA-256 over the runner's file names and contents."""
    root = root or runners_dir()
    h = hashlib.sha256()
    for path in runner_files(root):
        data = path.read_bytes()
        h.update(path.relative_to(root).as_posix().encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()[:12]
