"""Test inputs: hand cases and stress inputs from the task's generator, deterministic and cached on disk.

An input is stored as the ``marshal`` bytes of its argument list: that is what travels to the sandbox, and the cache
key is derived from the files that can make it (:meth:`~effbench.tasks.task.Task.inputs_hash`: the generator, the
data files and modules it may read), the size and the seed, so editing any of them makes its inputs afresh.
"""
from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from effbench.errors import TaskError
from effbench.sandbox.host_paths import keep_out
from effbench.tasks.checkers import make_checker
from effbench.tasks.input_process import INPUT_PROCESS
from effbench.tasks.task import Task, default_tasks_dir

CASES_LEVEL = -1  # the level number used for hand-written cases
SEED = 998244353  # ENAMEL's seed, the default of every run, validation and tier build: inputs derive from it


@dataclass(frozen=True)
class TestInput:
    key: str
    level: int
    index: int
    blob: bytes

    def args(self) -> list:
        return marshal.loads(self.blob)


def derive_seed(seed: int, task_id: str, level: int, index: int) -> int:
    """A per-test seed that does not depend on Python's hash randomisation."""
    digest = hashlib.sha256(f"{seed}:{task_id}:{level}:{index}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def default_cache_dir() -> Path:
    env = os.environ.get("EFFBENCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "effbench" / "inputs"


class InputCache:
    """Generates each input once per (files that make it, size, seed) and keeps it on disk."""

    def __init__(self, root: Path | None = None, enabled: bool = True):
        self.root = Path(root) if root else default_cache_dir()
        keep_out(self.root)  # inputs, and the expected outputs of hand cases: out of a sandbox's reach
        self.enabled = enabled
        self.problem = ""  # why the cache stopped being used, if it did (``effbench run`` says it: see _unusable)

    def _unusable(self, exc: OSError) -> None:
        """A cache that cannot be read or written (a HOME that is not there or not ours, as under ``docker run -u``)
        only costs time: inputs are made afresh, the same bytes.  ``effbench run`` says so once, in a warning; the
        other commands that make inputs (validate, complexity, profile, tier builds) go on without saying it."""
        self.enabled = False
        self.problem = (f"the input cache {self.root} cannot be used ({exc.strerror}): inputs are made afresh "
                        f"(set EFFBENCH_CACHE to a writable folder to keep them)")

    def case_inputs(self, task: Task) -> list[TestInput]:
        blobs = task.case_blobs()
        return [TestInput(_key(task.id, "case", blob), CASES_LEVEL, i, blob) for i, blob in enumerate(blobs)]

    def level_inputs(self, task: Task, level: int, seed: int, twice: bool = False) -> list[TestInput]:
        """*twice*: an input not found in the cache is made a second time and must have the same bytes (see
        :func:`check_inputs`)."""
        size, count = task.levels.sizes[level], task.levels.tests[level]
        made_from = task.inputs_hash()
        return [self._one(task, made_from, level, i, size, seed, twice) for i in range(count)]

    def _one(self, task: Task, made_from: str, level: int, index: int, size: int, seed: int,
             twice: bool = False) -> TestInput:
        test_seed = derive_seed(seed, task.id, level, index)
        key = _key(task.id, "gen", f"{made_from}:{size}:{test_seed}".encode())
        path = self.root / task.id / f"{key}.marshal"
        if self.enabled:
            try:
                if path.is_file() and _is_input(blob := path.read_bytes()):
                    return TestInput(key, level, index, blob)
            except OSError as exc:
                self._unusable(exc)
        where = f"{task.path / 'generator.py'} (level {level}, test {index})"
        blob = INPUT_PROCESS.generate(task, where, size, test_seed, index)
        if twice and INPUT_PROCESS.generate(task, where, size, test_seed, index) != blob:
            raise TaskError(f"{where}: generate is not deterministic: the same seed made other inputs the second "
                            "time (draw only from its rng)")
        if self.enabled:
            self._store(path, blob)
        return TestInput(key, level, index, blob)

    def _store(self, path: Path, blob: bytes) -> None:
        """Write *path* whole or not at all: through a temporary file of its own (two writers of one input never
        share one), removed if the write fails part way (a full disk)."""
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
            tmp = Path(name)
            os.fchmod(fd, 0o644)  # as a plain write makes it (mkstemp's 0600 would shut out others sharing the cache)
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            self._unusable(exc)
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    tmp.unlink()


def check_inputs(tasks: list[Task], seed: int, cache: InputCache, levels: int | None = None,
                 on_task: Callable[[Task], None] | None = None, twice: bool = False) -> None:
    """Make (or find in the cache) every input of *tasks*, and load their checkers, so that a broken generator,
    hand case or checker stops a command before anything is measured or a run directory is made.  *levels*: only
    the first that many levels (``tasks validate --fast``).  *on_task* is told of each task as it is begun (a run's
    progress: made afresh, a whole suite's inputs take minutes).

    *twice* (``effbench run``): each input of a user's task (``--tasks-dir``) not in the cache is made twice and
    compared, as ``tasks validate`` checks a generator, so that one drawing from anything but its rng is the task's
    error before it is measured and cached (a run of the same task, same hash, elsewhere measured other inputs).
    Only on first making, and not for the built-in suite, whose generators the project's own tests validate
    (tests/test_suite.py): its inputs took 306 s to make once on a loaded 2-core VM (2026-12-06; a task's median
    1.7 s, at most 18.8 s), and the README's first run on a cold cache would pay that again."""
    built_in = _built_in_suite()
    for task in tasks:
        if on_task is not None:
            on_task(task)
        cache.case_inputs(task)
        again = twice and (built_in is None or task.path.resolve().parent != built_in)
        for level in range(min(len(task.levels), len(task.levels) if levels is None else levels)):
            cache.level_inputs(task, level, seed, again)
        make_checker(task)


def _is_input(blob: bytes) -> bool:
    """A cached file that is no argument list (cut short or overwritten after it was written whole: another tool,
    a disk's error, a task's own code writing into the cache) is made again and replaced, never sent to the
    sandbox: there the expert crashed on it, and every later run reused it."""
    try:
        return isinstance(marshal.loads(blob), list)
    except (EOFError, ValueError, TypeError, MemoryError):
        return False


def _key(task_id: str, kind: str, data: bytes) -> str:
    return f"{task_id}-{kind}-" + hashlib.sha256(data).hexdigest()[:20]


def _built_in_suite() -> Path | None:
    """The built-in suite's folder, resolved; None where it is not installed (only ``--tasks-dir`` then)."""
    try:
        return default_tasks_dir().resolve()
    except TaskError:
        return None
