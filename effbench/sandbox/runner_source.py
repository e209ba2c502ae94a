"""Where the in-sandbox runner (``runners/``, installed as ``effbench_runners``) is on the host, its files, and a
digest of them.

Every sandbox runs these files (the process sandbox mounts the directory, the docker images mount or copy it), and
instruction counts depend on their bytes: the heap a counted child inherits and the measured region's own code.
Hence the digest in every run's metadata (``runner.runners``), which ``effbench compare`` requires to match: the
digest a run's worker tells of the files it runs (an image may hold other files than these), computed by the same
function as here.
"""
from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from effbench.errors import InfrastructureError
from effbench.hash_seed import HASH_SEED
from effbench.sandbox import owned_dirs
from effbench_runners import digest

RUNNERS_DIR = Path(__file__).resolve().parent.parent.parent / "runners"
STAGED_PREFIX = "effbench-runners-"
SHM = Path("/dev/shm")  # where the copies are made, where there is one (staged says why)
MOUNTED = "/opt/effbench-runners"  # where every sandbox mounts them (process.SANDBOX_RUNNERS)


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


def staged() -> Path:
    """The directory every worker of this process mounts as its runners' (both sandboxes): a copy of the runner's
    files (:func:`runner_files`) and their bytecode, compiled once per process for the copy, and nothing else.

    What a worker's import system finds there moves instruction counts: the directory's listing, which it keeps in
    the worker's heap, and whether it loads bytecode or compiles the source (with the runners compiled by compileall,
    the fixture task's loop counted 110,517 instructions instead of 110,308).  The runners' own directory has the
    cache the host writes whenever it imports a runner module with bytecode writing on, Python's default (an
    editable install's first command, a later one that imports another runner module, a test): mounted itself, it
    made a count depend on what had run before it (in CI, the same sweep counted higher once another test had
    imported one).  The bytecode here is always there, so a worker never compiles the runners (under callgrind, a
    counting worker's imports cost 177 million instructions with it and 281 million without), and is the same bytes
    from one effbench process to the next: it is compiled by a fresh interpreter, the worker's, with the worker's
    hash seed (marshal marks the objects it writes by their reference counts, which in effbench's own process follow
    whatever that had loaded).  It is made in /dev/shm where there is one, whatever $TMPDIR says: the order in
    which a directory lists its files is its file system's, and that listing is in the worker's heap too."""
    root = runners_dir()
    key = f"{root}\0{runners_digest(root)}"
    with _LOCK:
        path = _STAGED.get(key)
        if path is None or not path.is_dir():
            if not _STAGED:
                atexit.register(_remove_staged, os.getpid())
            path = _STAGED[key] = _stage(root)
    return path


_STAGED: dict[str, Path] = {}
_LOCK = threading.Lock()


def copy_runner_files(root: Path, dest: Path) -> None:
    """Copy the runner's files (:func:`runner_files`) under *root* into the directory *dest*, with their time stamps
    (which bytecode records), and nothing else."""
    for path in runner_files(root):
        target = dest / path.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)


def _stage(root: Path) -> Path:
    parent = SHM if SHM.is_dir() else Path(tempfile.gettempdir())
    owned_dirs.reap(STAGED_PREFIX, (parent,), _remove)
    path = None
    try:
        path = owned_dirs.make(STAGED_PREFIX, parent)
        copy_runner_files(root, path)
        _compile(root, path)
        for where, folders, files in os.walk(path):  # readable by the worker's uid, which is not ours
            for name in folders:
                os.chmod(os.path.join(where, name), 0o755)
            for name in files:
                os.chmod(os.path.join(where, name), 0o644)
        os.chmod(path, 0o755)
    except BaseException as exc:
        if path is not None:
            _remove(path)
        if isinstance(exc, OSError):
            raise InfrastructureError(f"cannot make a copy of the runner's files in {parent}: {exc}") from None
        raise
    return path


def _compile(root: Path, path: Path) -> None:
    """Compile the copy at *path* of the runner's files under *root* in a fresh interpreter, the worker's
    (process.interpreter's binary), with the worker's hash seed (:func:`staged` says why)."""
    try:
        done = subprocess.run([os.path.realpath(sys.executable), "-s", "-S", "-c", _COMPILE, str(path), MOUNTED],
                              env={"PYTHONHASHSEED": HASH_SEED}, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        raise InfrastructureError(f"compiling the runner's files of {root} took over 120 s") from None
    if done.returncode:
        raise InfrastructureError(f"cannot compile the runner's files of {root}: "
                                  f"{(done.stderr or done.stdout).strip()[-300:]}")


# Compiled under the path the worker imports them from: the import system rewrites a code object's file name
# where it differs, nested code objects included, which would be the worker's work (and vary with this copy's name).
_COMPILE = ("import compileall, sys\n"
            "sys.exit(0 if compileall.compile_dir(sys.argv[1], ddir=sys.argv[2], quiet=1) else 1)")


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


def _remove_staged(owner: int) -> None:
    """At exit, the copies this process made (a child forked from it that exits normally runs this too, and its
    parent's workers may be using them)."""
    if os.getpid() == owner:
        for path in list(_STAGED.values()):
            _remove(path)
