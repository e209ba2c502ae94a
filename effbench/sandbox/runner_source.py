"""Where the in-sandbox runner (``runners/``, installed as ``effbench_runners``) is on the host, its files, and a
digest of them.

Every sandbox runs these files (the process sandbox mounts the directory, the docker images mount or copy it), and
instruction counts depend on their bytes: the heap a counted child inherits and the measured region's own code.
Hence the digest in every run's metadata (``runner.runners``), which ``effbench compare`` requires to match: the
digest a run's worker tells of the files it runs (an image may hold other files than these), computed by the same
function as here.
"""
from __future__ import annotations

from pathlib import Path

from effbench_runners import digest

RUNNERS_DIR = Path(__file__).resolve().parent.parent.parent / "runners"


def runners_dir() -> Path:
    if (RUNNERS_DIR / "executor.py").is_file():
        return RUNNERS_DIR
    import effbench_runners  # installed without the source tree
    return Path(effbench_runners.__file__).resolve().parent


def runner_files(root: Path | None = None) -> list[Path]:
    """Every file of the runner under *root* (default: :func:`runners_dir`), as the sandbox sees them."""
    root = root or runners_dir()
    return [root / rel for rel in digest.runner_files(str(root))]


def runners_digest(root: Path | None = None) -> str:
    """The digest of the runner's files under *root* (default: :func:`runners_dir`): what a worker of the process
    sandbox, which mounts them, tells in its hello (one function for both: ``effbench_runners.digest``)."""
    return digest.runners_digest(str(root or runners_dir()))
