"""What a task's own code (generator.py, cases.py, checker.py) leaves around it: nothing.  Its prints are not
effbench's output, the checker's no more than the generator's, and a file it writes into its working directory is
not left in the user's: ``effbench run`` as a subprocess from a directory of its own, real input and checker
processes, the process sandbox.

Found by a review: a custom checker's prints went to effbench's own stderr (the input process discarded the
generator's), and a generator, cases.py or checker.py that wrote ``open("scratch", "w")`` left the file in the
directory the user ran effbench from."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import write_samples
from .hostile import EXPERT, prefix_max_variant

pytestmark = pytest.mark.sandbox  # runs effbench, its input and checker processes, and the process sandbox

ROOT = Path(__file__).resolve().parent.parent
LEAVE = "open({name!r}, 'w').write('left')\n"
SAYS = "print('checker-says-out')\nprint('checker-says-err', file=sys.stderr)\n"
CHECKER = ("import sys\n" + LEAVE.format(name="left-by-checker-load") +
           "def check(args, output, expected):\n" +
           "".join("    " + line + "\n" for line in (SAYS + LEAVE.format(name="left-by-check")).splitlines()) +
           "    return output == expected\n")


def suite(tmp_path: Path) -> tuple[Path, Path]:
    """The prefix-max fixture with a custom checker that prints and writes files, as do its generator and
    cases.py (at load and when called)."""
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    folder = prefix_max_variant(tasks, "t", "custom", CHECKER)
    gen = folder / "generator.py"
    gen.write_text(LEAVE.format(name="left-by-generator-load") + gen.read_text().replace(
        "def generate(size, rng):\n", "def generate(size, rng):\n    " + LEAVE.format(name="left-by-generate")))
    assert "left-by-generate" in gen.read_text()
    cases = folder / "cases.py"
    cases.write_text(LEAVE.format(name="left-by-cases") + cases.read_text())
    samples = write_samples(tmp_path / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    return tasks, samples


@pytest.mark.parametrize("relative", [False, True], ids=["absolute-paths", "relative-paths"])
def test_the_task_codes_files_and_the_checkers_prints_are_not_left_with_the_user(tmp_path, relative):
    """*relative*: the suite and samples given relative to the directory effbench runs from (the task's code runs
    in another, and must still be found)."""
    cwd, tmp = tmp_path / "cwd", tmp_path / "tmp"
    cwd.mkdir()
    tmp.mkdir()
    tasks, samples = suite(cwd if relative else tmp_path)
    if relative:
        tasks, samples = tasks.relative_to(cwd), samples.relative_to(cwd)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EFFBENCH_CACHE": str(tmp_path / "cache"), "TMPDIR": str(tmp)}
    done = subprocess.run([sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tasks),
                           "--out", str(tmp_path / "out"), "--repeats", "1", "--k", "1", "--quiet"],
                          cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert "checker-says" not in done.stdout + done.stderr, done.stderr[-2000:]
    assert sorted(os.listdir(cwd)) == (["samples.jsonl", "tasks"] if relative else [])
    assert not list((cwd if relative else tmp_path).glob("tasks/t/left-by-*"))
    # nor left in a temporary directory of its own once the command is done
    assert not [p for p in tmp.rglob("*") if "left-by-" in p.name or "effbench-task-" in p.name], \
        sorted(tmp.rglob("*"))
