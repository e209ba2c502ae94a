"""The end-to-end time of a small run: the fixture task (prefix-max), two samples, three repeats, through the
process sandbox, from a fresh run directory to its scored leaderboard (inputs generated beforehand, as a suite's
second run finds them)."""
from __future__ import annotations

import itertools
import json
from pathlib import Path

from effbench.tasks.inputs import InputCache
from effbench.measuring.records import Settings
from effbench.measuring.run import execute_run
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "tasks"
ROUNDS = 3


def test_small_run(benchmark, tmp_path):
    suite = {t.id: t for t in load_suite(FIXTURES)}
    sol = FIXTURES / "prefix-max" / "solutions"
    rows = [{"task_id": "prefix-max", "model": name, "solution": (sol / f"{name}.py").read_text()}
            for name in ("loop", "accumulate")]
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    samples = load_samples(path, suite)
    cache = InputCache(tmp_path / "inputs")
    task = suite["prefix-max"]
    cache.case_inputs(task)
    for level in range(len(task.levels)):   # generated once, untimed: a suite's second run finds them cached
        cache.level_inputs(task, level, Settings().seed)
    outs = (tmp_path / f"run{i}" for i in itertools.count())

    def run():
        return execute_run([suite["prefix-max"]], samples, Settings(repeats=3), next(outs), [1], cache)

    report = benchmark.pedantic(run, rounds=ROUNDS)
    assert set(report.leaderboard["models"]) == {"loop", "accumulate"} and not report.unscorable
