"""What an imported ENAMEL task runs on the host: ENAMEL's generator and checker behind effbench's interfaces.

ENAMEL's generator is ``generate_input(size, lid, cid)`` drawing from the *global* ``random`` module, run after the
prompt in a scope that also holds ``random``, ``string``, ``time`` and ENAMEL's helper functions; ENAMEL seeds
``random`` per test.  Its checker is ``__check(input, answer, output)`` run after the prompt completed with ``pass``.
This module gives them that scope (ENAMEL's own helpers, :mod:`.enamel_datautils`) and adapts them:

* ``EnamelSource.level0_cases()``: ENAMEL's level 0, exactly as ENAMEL numbers it (lid 0, cid 0..n-1, the global
  ``random`` seeded with ``seed ^ index ^ cid``), as the task's hand cases -- that is where ENAMEL's generators put
  their edge cases;
* ``EnamelSource.generate(level, rng, index)``: test *index* of a scored level, for effbench's
  ``generate(size, rng, index)``: ENAMEL's ``cid`` is the test's index in its level, as in ENAMEL, and the global
  ``random`` is seeded from ``rng``: deterministic per (run seed, task, level, test), like every effbench input;
  or, for a task imported with ``--enamel-draws``, seeded exactly as ENAMEL seeds that test (the same draws);
* ``EnamelChecker``: ``check(args, output, expected)`` calling ``__check(input, answer, output)``.

The global ``random`` state is saved and restored around each call, so effbench's own use of it is untouched.
A generator that iterates over a set of strings (ENAMEL's problems 7, 64, 80...) draws differently under each hash
seed; such a task's source carries ``hash_seed`` and its inputs are made in a child interpreter started with
``PYTHONHASHSEED`` set to it (in this process when it already runs with that seed).
"""
from __future__ import annotations

import builtins
import json
import marshal
import os
import random
import string
import subprocess
import sys
import time
from collections.abc import Callable

from effbench.errors import TaskError
from effbench.importers import enamel_datautils

HELPERS = {k: v for k, v in vars(enamel_datautils).items() if not k.startswith("__")}  # random, string, rand_*...


def _scope() -> dict:
    return {"__builtins__": builtins, "__name__": "__enamel__", "random": random, "string": string, "time": time,
            **HELPERS}


def _run_source(source: str, what: str) -> dict:
    scope = _scope()
    try:
        exec(compile(source, f"<ENAMEL {what}>", "exec", dont_inherit=True), scope)
    except Exception as exc:
        raise TaskError(f"ENAMEL {what} failed to load: {type(exc).__name__}: {exc}") from None
    return scope


class EnamelSource:
    """An ENAMEL problem's input generator with the problem's place in ENAMEL (index, sizes, tests, seed).

    *enamel_draws*: levels 1-3 use ENAMEL's own seed for each test instead of one from effbench's run seed.
    *hash_seed*: the ``PYTHONHASHSEED`` the generator must run under (None: it does not depend on it)."""

    def __init__(self, prompt: str, generator: str, input_levels: list[int], tests: list[int], index: int,
                 seed: int, enamel_draws: bool = False, hash_seed: int | None = None):
        self.prompt, self.source = prompt, generator
        self.sizes, self.tests, self.index, self.seed = list(input_levels), list(tests), index, seed
        self.enamel_draws, self.hash_seed = enamel_draws, hash_seed
        self._fn = None

    def _generate_input(self):
        if self._fn is None:
            fn = _run_source(self.prompt + "\n" + self.source, "input generator").get("generate_input")
            if not callable(fn):
                raise TaskError("ENAMEL input generator defines no generate_input(size, lid, cid)")
            self._fn = fn
        return self._fn

    def enamel_seed(self, lid: int, cid: int) -> int:
        """The seed ENAMEL's harness gives test *cid* of level *lid*: its seed ^ problem index ^ the test's number
        counted over all levels (``Evaluator.make_tests``)."""
        return self.seed ^ self.index ^ (sum(self.tests[:lid]) + cid)

    def call(self, seed: int, lid: int, cid: int) -> list:
        """ENAMEL's input for (lid, cid) with the global ``random`` seeded with *seed*: the argument list."""
        return self.calls([(seed, lid, cid)])[0]

    def calls(self, jobs: list[tuple[int, int, int]]) -> list[list]:
        """call() for each (seed, lid, cid), under the task's hash seed (one child interpreter for all of them)."""
        if self.hash_seed is not None and not _runs_with_hash_seed(self.hash_seed):
            return _in_child(self, jobs)
        return [self._call_here(*job) for job in jobs]

    def _call_here(self, seed: int, lid: int, cid: int) -> list:
        fn = self._generate_input()
        saved = random.getstate()
        try:
            random.seed(seed)
            args = fn(size=self.sizes[lid], lid=lid, cid=cid)
        finally:
            random.setstate(saved)
        if not isinstance(args, (tuple, list)):
            raise TaskError(f"ENAMEL generate_input must return the argument tuple, got {type(args).__name__}")
        return list(args)

    def generate(self, level: int, rng: random.Random, index: int | None = None) -> list:
        """Test *index* of *level*, as ENAMEL's generator makes its test ``cid = index`` (ENAMEL's generators put
        their worst cases at chosen cids); the global ``random`` is seeded from *rng*, i.e. from effbench's seed,
        or with ENAMEL's own seed for that test when the task was imported with ENAMEL's draws."""
        if not 0 <= level < len(self.sizes):
            raise TaskError(f"ENAMEL task has levels 0-{len(self.sizes) - 1}, asked for {level}")
        cid = index if index is not None else rng.randrange(max(1, self.tests[level]))
        seed = self.enamel_seed(level, cid) if self.enamel_draws else rng.getrandbits(64)
        return self.call(seed, level, cid)

    def level0_cases(self) -> list[dict]:
        return [{"args": args} for args in self.calls([(self.enamel_seed(0, k), 0, k) for k in range(self.tests[0])])]


def _runs_with_hash_seed(hash_seed: int) -> bool:
    """This interpreter hashes strings with PYTHONHASHSEED=hash_seed (0 turns randomisation off)."""
    if hash_seed == 0:
        return not sys.flags.hash_randomization
    return os.environ.get("PYTHONHASHSEED") == str(hash_seed)  # as inherited at start-up; nobody re-sets it here


def _in_child(source: EnamelSource, jobs: list) -> list[list]:
    """Run the generator in a fresh interpreter under the task's hash seed; inputs come back marshalled."""
    job = {"prompt": source.prompt, "generator": source.source, "sizes": source.sizes, "tests": source.tests,
           "index": source.index, "seed": source.seed, "jobs": jobs}
    env = dict(os.environ, PYTHONHASHSEED=str(source.hash_seed), PYTHONPATH=os.pathsep.join(filter(None, sys.path)))
    done = subprocess.run([sys.executable, "-m", __name__], input=json.dumps(job).encode(), env=env,
                          capture_output=True)
    if done.returncode != 0:
        last = (done.stderr.decode(errors="replace").strip().splitlines() or ["(no message)"])[-1]
        raise TaskError(f"ENAMEL input generator failed under PYTHONHASHSEED={source.hash_seed}: {last}")
    return marshal.loads(done.stdout)


def _child_main() -> None:
    job = json.loads(sys.stdin.buffer.read())
    source = EnamelSource(job["prompt"], job["generator"], job["sizes"], job["tests"], job["index"], job["seed"])
    sys.stdout.buffer.write(marshal.dumps([source._call_here(*j) for j in job["jobs"]]))


class EnamelChecker:
    """effbench's ``check(args, output, expected)`` over ENAMEL's ``__check(input, answer, output)``."""

    def __init__(self, prompt: str, checker: str):
        self.source = prompt + "\n    pass\n" + checker  # ENAMEL completes the prompt with `pass` before it
        self._fn: Callable[..., object] | None = None

    def __call__(self, args, output, expected) -> bool:
        if self._fn is None:
            fn = _run_source(self.source, "checker").get("__check")
            if not callable(fn):
                raise TaskError("ENAMEL checker defines no __check(input, answer, output)")
            self._fn = fn
        try:
            return bool(self._fn(None if args is None else tuple(args), expected, output))
        except Exception:  # ENAMEL counts a checker that raises on an output as rejecting it
            return False


def sibling_source(module_file: str) -> EnamelSource:
    """The EnamelSource of the generator.py next to *module_file* (cases.py reuses it: one copy of the source)."""
    import importlib.util
    from pathlib import Path
    path = Path(module_file).resolve().parent / "generator.py"
    spec = importlib.util.spec_from_file_location("effbench_enamel_generator", path)
    assert spec is not None and spec.loader is not None, f"{path}: a .py file always has a spec with a loader"
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.SOURCE


if __name__ == "__main__":
    _child_main()
