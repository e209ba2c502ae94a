"""Test inputs: hand cases and stress inputs from the task's generator, deterministic and cached on disk.

An input is stored as the ``marshal`` bytes of its argument list: that is what travels to the sandbox, and the cache
key is derived from the generator's source, the size and the seed, so editing a generator invalidates its inputs.
"""
from __future__ import annotations

import hashlib
import inspect
import marshal
import os
import random
from dataclasses import dataclass
from pathlib import Path

from effbench.tasks.checkers import make_checker
from effbench.errors import TaskError
from effbench.tasks.task import Task

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


def encode_args(args, where: str) -> bytes:
    if not isinstance(args, (list, tuple)):
        raise TaskError(f"{where}: must produce the argument list of one call, got {type(args).__name__}")
    try:
        return marshal.dumps(list(args))
    except ValueError as exc:
        raise TaskError(f"{where}: arguments must be builtin data (marshal: {exc})") from None


def default_cache_dir() -> Path:
    env = os.environ.get("EFFBENCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "effbench" / "inputs"


class InputCache:
    """Generates each input once per (generator source, size, seed) and keeps it on disk."""

    def __init__(self, root: Path | None = None, enabled: bool = True):
        self.root = Path(root) if root else default_cache_dir()
        self.enabled = enabled

    def case_inputs(self, task: Task) -> list[TestInput]:
        inputs = []
        for i, case in enumerate(task.cases()):
            blob = encode_args(case["args"], f"{task.path / 'cases.py'} case {i}")
            inputs.append(TestInput(_key(task.id, "case", blob), CASES_LEVEL, i, blob))
        return inputs

    def level_inputs(self, task: Task, level: int, seed: int) -> list[TestInput]:
        size, count = task.levels.sizes[level], task.levels.tests[level]
        source = (task.path / "generator.py").read_bytes()
        return [self._one(task, source, level, i, size, seed) for i in range(count)]

    def _one(self, task: Task, source: bytes, level: int, index: int, size: int, seed: int) -> TestInput:
        test_seed = derive_seed(seed, task.id, level, index)
        key = _key(task.id, "gen", source + f":{size}:{test_seed}".encode())
        path = self.root / task.id / f"{key}.marshal"
        if self.enabled and path.is_file():
            return TestInput(key, level, index, path.read_bytes())
        gen = task.generator()
        extra = {"index": index} if _takes_index(gen) else {}
        where = f"{task.path / 'generator.py'} (level {level}, test {index})"
        try:
            args = gen(size, random.Random(test_seed), **extra)
        except Exception as exc:  # noqa: BLE001 - task-author code: any failure is the task's, said in one line
            raise TaskError(f"{where}: generate raised {type(exc).__name__}: {str(exc)[:300]}") from None
        blob = encode_args(args, where)
        if self.enabled:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_bytes(blob)
            os.replace(tmp, path)
        return TestInput(key, level, index, blob)


def check_inputs(tasks: list[Task], seed: int, cache: InputCache, levels: int | None = None) -> None:
    """Make (or find in the cache) every input of *tasks*, and load their checkers, so that a broken generator,
    hand case or checker stops a command before anything is measured or a run directory is made.  *levels*: only
    the first that many levels (``tasks validate --fast``)."""
    for task in tasks:
        cache.case_inputs(task)
        for level in range(min(len(task.levels), len(task.levels) if levels is None else levels)):
            cache.level_inputs(task, level, seed)
        make_checker(task)


def _takes_index(gen) -> bool:
    """Generators may take the test's index in its level (``generate(size, rng, index)``), e.g. to put a worst case
    at test 0 as ENAMEL's generators do with their ``cid``."""
    try:
        return "index" in inspect.signature(gen).parameters
    except (TypeError, ValueError):
        return False


def _key(task_id: str, kind: str, data: bytes) -> str:
    return f"{task_id}-{kind}-" + hashlib.sha256(data).hexdigest()[:20]
