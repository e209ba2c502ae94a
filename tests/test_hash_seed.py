"""The host's task processes hash strings with effbench's fixed seed, whatever the user's PYTHONHASHSEED says.

Found by reading: they inherited the host's environment, so, PYTHONHASHSEED unset, every input process and checker
process hashed strings with a random seed of its own.  A generator drawing from a set of strings made other inputs
in every run (which the input cache then kept as the inputs of that seed), and a checker iterating one judged the
same output differently.  Here the user's seed is set to two values in turn (as a random one would differ); the real
input and checker processes are started each time.
"""
from __future__ import annotations

import marshal
import subprocess
import sys
from pathlib import Path

import pytest

from effbench.hash_seed import HASH_SEED
from effbench.tasks.checker_process import CheckBudget, CheckerProcess
from effbench.tasks.input_process import InputProcess

pytestmark = pytest.mark.sandbox  # starts the input and checker processes

WORDS = "WORDS = {f'w{i}' for i in range(64)}  # iterated in string-hash order\n"
GENERATOR = WORDS + "def generate(size, rng):\n    return [[rng.choice(list(WORDS)) for _ in range(size)]]\n"
CHECKER = WORDS + "def check(args, output, expected):\n    return output == ' '.join(WORDS)\n"
USER_SEEDS = ("1", "2")


class Files:
    """The task as the input process asks for it (:class:`~effbench.tasks.input_process.TaskFiles`)."""

    def __init__(self, path: Path):
        self.path, self.memory_mb = path, 64

    def module_name(self, name: str) -> str:
        return f"effbench_task_hash_seed.{name}"

    def inputs_hash(self) -> str:
        return "fixed"


def order_under(seed: str) -> str:
    """The order a fresh interpreter with PYTHONHASHSEED=*seed* iterates WORDS in."""
    code = WORDS + "print(' '.join(WORDS), end='')"
    return subprocess.run([sys.executable, "-c", code], env={"PYTHONHASHSEED": seed}, capture_output=True,
                          text=True, check=True).stdout


def test_a_generator_drawing_from_a_set_of_strings_makes_the_same_inputs_whatever_the_users_hash_seed(
        tmp_path, monkeypatch):
    (tmp_path / "generator.py").write_text(GENERATOR)
    assert len({order_under(seed) for seed in USER_SEEDS}) > 1  # the generator does depend on the seed
    made = []
    for seed in USER_SEEDS:
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        process = InputProcess()  # a command's input process, started under this user's environment
        try:
            made.append(process.generate(Files(tmp_path), "generator.py", 200, 12345, 0))
        finally:
            process.close()
    assert made[0] == made[1], "the inputs changed with the user's PYTHONHASHSEED"
    assert len(set(marshal.loads(made[0])[0])) > 1


def test_a_checker_iterating_a_set_of_strings_judges_alike_whatever_the_users_hash_seed(tmp_path, monkeypatch):
    """Two outputs: the order under effbench's seed (accepted by a checker hashing with it) and the order under the
    first user's seed (accepted by one hashing with the user's).  Each verdict must be the fixed seed's, not merely
    the same under both users' seeds (a checker hashing with some third seed would judge alike, and wrongly)."""
    (tmp_path / "checker.py").write_text(CHECKER)
    fixed, users = order_under(HASH_SEED), order_under(USER_SEEDS[0])
    assert fixed != users  # the two outputs tell the seeds apart
    verdicts = []
    for seed in USER_SEEDS:
        monkeypatch.setenv("PYTHONHASHSEED", seed)
        checker = CheckerProcess(tmp_path / "checker.py", "effbench_task_hash_seed.checker", CheckBudget(), 64)
        try:
            verdicts.append((checker(None, fixed, None), checker(None, users, None)))
        finally:
            checker.close()
    assert verdicts == [(True, False)] * len(USER_SEEDS), f"not judged as with effbench's seed: {verdicts}"
