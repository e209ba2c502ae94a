"""A run judged over the limit T is measured once more before it stops a sample (timing modes only).

The sandbox, the checker, the store and the scorer are real.  The one stand-in is the clock: a VM's timing spike
cannot be produced on demand, so a wrapper around the real process runner overwrites the CPU time of chosen runs
with a value far over T (and says how many it did)."""
from __future__ import annotations

import dataclasses
import json

import pytest

import effbench.measuring.unit as run_module  # where the run makes its sandboxes
from effbench.tasks.inputs import InputCache
from effbench.measuring.records import Settings
from effbench.measuring.run import execute_run
from effbench.tasks.samples import load_samples
from effbench.sandbox.process import ProcessSandbox
from effbench.measuring.store import RunStore
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS, write_samples

TASK = "prefix-max"
SAMPLE = (FIXTURE_TASKS / TASK / "solutions" / "loop.py").read_text() + "\n# the expert, submitted as a sample\n"
SETTINGS = Settings(repeats=2, alpha=3.0)


class SpikyClock:
    """The real process runner, except that the sample's first *spikes* runs on one input report 100 s of CPU."""

    def __init__(self, spike_key: str, spikes: int):
        self.inner, self.spike_key, self.left = ProcessSandbox(slot=0), spike_key, spikes
        self.name = self.inner.name

    def __getattr__(self, attr):
        return getattr(self.inner, attr)

    def execute(self, code, entry, keys, limits):
        ex = self.inner.execute(code, entry, keys, limits)
        if code == SAMPLE and keys == [self.spike_key] and self.left > 0 and ex.status == "ok":
            self.left -= 1
            ex = dataclasses.replace(ex, cpu_time=100.0)
        return ex


def run_with_spikes(tmp_path, monkeypatch, spikes: int):
    task = load_suite(FIXTURE_TASKS, [TASK])[0]
    cache = InputCache(tmp_path / "cache")
    spike_key = cache.level_inputs(task, 1, SETTINGS.seed)[0].key
    clock = SpikyClock(spike_key, spikes)
    monkeypatch.setattr(run_module, "make_sandbox", lambda *a, **k: clock)
    samples = load_samples(write_samples(tmp_path / "s.jsonl", [{"task_id": TASK, "model": "m", "solution": SAMPLE}]),
                           {TASK: task})
    execute_run([task], samples, SETTINGS, tmp_path / "out", [1], cache)
    assert clock.left == 0, "the stand-in clock did not spike as many runs as asked"
    outcome = json.loads((tmp_path / "out" / "results.jsonl").read_text())
    records = RunStore(tmp_path / "out", readonly=True).read_records()
    return outcome, [r for r in records if r.level == 1 and r.test == 0 and r.repeat == 0]


@pytest.mark.sandbox
def test_one_spike_is_remeasured_with_its_pair_and_does_not_stop_the_sample(tmp_path, monkeypatch):
    outcome, runs = run_with_spikes(tmp_path, monkeypatch, 1)
    by = {(r.subject.split(":")[0] if ":" in r.subject else "sample", r.phase): r for r in runs}
    assert by[("sample", "level")].status == "timeout" and by[("sample", "level")].correct
    assert by[("sample", "confirm")].status == "ok"
    assert by[("pair", "confirm")].status == "ok"  # the expert was re-measured beside the re-measurement
    assert outcome["status"] == "passed" and outcome["failure"] == ""
    assert all(t is not None for t in outcome["level_times"][1:])
    assert outcome["efficiency"] > 0.5


@pytest.mark.sandbox
def test_a_confirmed_timeout_stops_the_sample_as_enamel_does(tmp_path, monkeypatch):
    outcome, runs = run_with_spikes(tmp_path, monkeypatch, 2)
    confirm = [r for r in runs if r.phase == "confirm" and ":" not in r.subject]
    assert [r.status for r in confirm] == ["timeout"]
    assert outcome["status"] == "passed"
    assert outcome["failure"] == "timeout on level 1 test 0"
    assert outcome["level_times"][1:] == [None, None, None]
    assert outcome["efficiency"] == 0.0


def test_instruction_counts_are_never_remeasured():
    from effbench.measuring.plan import TaskEvaluation
    from effbench.measuring.records import RunRecord
    ev = TaskEvaluation.__new__(TaskEvaluation)
    ev.task = load_suite(FIXTURE_TASKS, [TASK])[0]
    rec = RunRecord(TASK, "m", "level", 1, 0, 0, "timeout", correct=True)
    ev.settings = Settings(measure="instructions")
    assert not ev._worth_confirming(rec)
    ev.settings = Settings(measure="cpu")
    assert ev._worth_confirming(rec)
    assert not ev._worth_confirming(dataclasses.replace(rec, correct=False))  # killed at the wall deadline
    assert not ev._worth_confirming(dataclasses.replace(rec, level=0))


@pytest.mark.parametrize("phase", ["level", "dpe"])
def test_settle_leaves_records_without_confirmations_alone(phase):
    from effbench.measuring.records import RunRecord
    from effbench.scoring.outcomes import settle
    runs = [RunRecord(TASK, "m", phase, 1, 0, 0, "ok", cpu_time=1.0)]
    assert settle(runs) is runs
