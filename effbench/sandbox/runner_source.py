"""Where the in-sandbox runner (``runners/``, installed as ``effbench_runners``) is on the host, its files, and a
digest of them.

Every sandbox runs these files (the process sandbox mounts the directory, the docker images mount or copy it), and
instruction counts depend on their bytes: the heap a counted child inherits and the measured region's own code.
Hence the digest in every run's metadata (``runner.runners``), which ``effbench compare`` requires to match: the
digest a run's worker tells of the files it runs (an image may hold other files than these), computed by the same
function as here.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from effbench.sandbox import owned_dirs
from effbench_runners import digest

RUNNERS_DIR = Path(__file__).resolve().parent.parent.parent / "runners"
STAGED_PREFIX = "effbench-runners-"


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


def stage() -> Path:
    """A fresh directory holding a copy of the runner's files (:func:`runner_files`) and nothing else, for one
    worker to mount as its runners' directory; :func:`unstage` removes it.

    What a worker's import system finds in that directory moves instruction counts: its listing, which it keeps in
    the worker's heap, and a bytecode cache (``__pycache__``), which it loads instead of compiling the source (with
    the runners compiled by compileall, the fixture task's loop counted 110,517 instructions instead of 110,308).
    The host writes that cache itself whenever it imports a runner module with bytecode writing on, Python's
    default: the first `effbench` command of an editable install, a later one that imports another runner module,
    a test.  Mounting the directory itself so made a count depend on what had run before it (in CI, the same sweep
    counted higher once another test had imported one)."""
    tmp = Path(tempfile.gettempdir())
    owned_dirs.reap(STAGED_PREFIX, (tmp,), unstage)
    path = owned_dirs.make(STAGED_PREFIX, tmp)
    try:
        root = runners_dir()
        for rel in digest.runner_files(str(root)):
            target = path.joinpath(*rel.split("/"))
            for folder in reversed(target.relative_to(path).parents[:-1]):
                if not (path / folder).is_dir():
                    os.mkdir(path / folder)
                    os.chmod(path / folder, 0o755)
            shutil.copy2(root / rel, target)  # with its time stamp: the worker's import system reads it
            os.chmod(target, 0o644)
        os.chmod(path, 0o755)  # the worker's uid is not ours
    except BaseException:
        unstage(path)
        raise
    return path


def unstage(path: Path | None) -> None:
    if path is not None:
        shutil.rmtree(path, ignore_errors=True)
