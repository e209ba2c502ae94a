"""``effbench run`` makes each input it does not find in the cache twice and compares the bytes, as ``effbench tasks
validate`` does: a generator that draws from anything but its ``rng`` (the global ``random``, the clock) is one line
naming the file, level and test, exit 2, before anything is measured.  Before, the run measured whatever came out,
cached it, and a run of the same task (same content hash) on another machine measured other inputs.

The cost is paid once per input, when it is first made: an input found in the cache is not made again (the suite's
inputs took 306 s to make once on a loaded 2-core VM, 2026-12-06: median 1.7 s a task, at most 18.8 s).
``effbench run`` through click's CliRunner, a real input process and process sandbox."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from effbench.cli.main import main

from .conftest import write_samples
from .hostile import EXPERT, prefix_max_variant

pytestmark = pytest.mark.sandbox  # the input process and the process sandbox

# each call counted in a file beside the suite (not in the task's folder: that would change the task's hash)
COUNTED = ("from pathlib import Path\n"
           "def generate(size, rng):\n"
           "    with open(Path(__file__).parents[2] / 'calls', 'a') as fh:\n"
           "        fh.write(f'{size}\\n')\n"
           "    return [[rng.randint(-10**6, 10**6) for _ in range(size)]]\n")


def run(tmp_path, tasks, samples, out: str):
    return CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(tasks), "--out", str(tmp_path / out),
                                     "--quiet", "--repeats", "1", "--k", "1"])


@pytest.fixture
def suite(tmp_path, monkeypatch):
    monkeypatch.setenv("EFFBENCH_CACHE", str(tmp_path / "cache"))
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    folder = prefix_max_variant(tasks, "t", "exact")
    samples = write_samples(tmp_path / "samples.jsonl", [{"task_id": "t", "model": "m", "solution": EXPERT}])
    return folder, samples


@pytest.mark.parametrize("at_size", [5, 3000])
def test_a_generator_that_is_not_deterministic_stops_the_run_in_one_line(tmp_path, suite, at_size):
    folder, samples = suite
    (folder / "generator.py").write_text(
        "import random\ndef generate(size, rng):\n"
        f"    spread = 10**6 + (random.randrange(10**9) if size == {at_size} else 0)\n"
        "    return [[rng.randint(-spread, spread) for _ in range(size)]]\n")
    level = [5, 1000, 3000, 8000].index(at_size)
    res = run(tmp_path, folder.parent, samples, "out")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert (f"{folder / 'generator.py'} (level {level}, test 0): generate is not deterministic" in res.stderr), \
        res.stderr
    assert not (tmp_path / "out").exists()


def test_each_input_is_made_twice_when_first_made_and_not_again_from_the_cache(tmp_path, suite):
    folder, samples = suite
    (folder / "generator.py").write_text(COUNTED)
    count = sum(int(n) for n in (folder / "task.toml").read_text().split("tests = [")[1].split("]")[0].split(","))
    calls = tmp_path / "calls"
    assert run(tmp_path, folder.parent, samples, "first").exit_code == 0
    assert len(calls.read_text().splitlines()) == 2 * count
    calls.unlink()
    assert run(tmp_path, folder.parent, samples, "second").exit_code == 0
    assert not calls.exists()


def test_the_built_in_suites_inputs_are_made_once(tmp_path, monkeypatch):
    """The built-in suite's generators are validated by the project's own tests (tests/test_suite.py); a run on a
    cold cache (the README's first command) makes each of its inputs once, a user's task's twice."""
    from effbench.tasks import inputs
    from effbench.tasks.task import default_tasks_dir, load_suite
    made: list[str] = []
    real = inputs.INPUT_PROCESS.generate

    def counted(task, *args):
        made.append(task.id)
        return real(task, *args)

    monkeypatch.setattr(inputs.INPUT_PROCESS, "generate", counted)
    built_in = load_suite(default_tasks_dir(), ["gcd-pair-sum"])
    inputs.check_inputs(built_in, 7, inputs.InputCache(tmp_path / "cache"), levels=2, twice=True)
    assert made and len(made) == sum(built_in[0].levels.tests[:2])
