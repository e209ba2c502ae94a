"""What the harness's benchmarks share (benchmarks/test_*.py): the trivial sample, and a large synthetic run."""
from __future__ import annotations

import random
import time

import pytest

from effbench.measuring.records import PAIR_PREFIX, REF_PREFIX, DPE_TIER_PREFIX, RunRecord, SampleInfo, Settings
from effbench.sandbox.base import Limits

TRIVIAL = "def f(x):\n    return x + 1\n"
LIMITS = Limits(wall_limit=5)
RUNNERS = ("process", "docker")


def cpu_clocked(test):
    """For in-process work: timed by this process's CPU clock (``time.process_time``), which load on the machine
    barely moves, and marked ``cpu_clock``: the benchmarks .ci/run gates on."""
    return pytest.mark.cpu_clock(pytest.mark.benchmark(timer=time.process_time)(test))


def needs(name: str) -> None:
    from effbench.sandbox.docker_sandbox import docker_available
    if name == "docker" and not docker_available():
        pytest.skip("no Docker engine answers (the docker runner's benchmarks need one)")


# ---------------------------------------------------------------- a large run, made up in memory
TESTS = (3, 2, 2, 2)
HARDNESS = (0, 3, 3, 4)
EXPERT_TIMES = (1e-4, 0.004, 0.012, 0.04)
TIER_FACTORS = (8.0, 3.0, 1.5, 1.0)      # DPE representatives, slowest first


def synthetic_run(n_tasks: int = 8, n_models: int = 4, per_model: int = 5, repeats: int = 6, seed: int = 0):
    """(run.json meta, samples, records) of a cpu-mode run as the harness writes it: the expert, four DPE tier
    representatives, and per sample the hand cases, every level's repeats and the expert's paired runs.  Samples are
    0.8-4x the expert; one in eight gives a wrong answer, one in eight goes over the limit at the top level."""
    rng = random.Random(seed)
    settings = Settings(repeats=repeats)
    tasks = [f"task-{i:03d}" for i in range(n_tasks)]
    meta = {"effbench_version": "0.1.0", "created": "2026-01-01T00:00:00+00:00", "settings": settings.to_dict(),
            "ks": [1, per_model], "scoring": {"dpe_min_correct": 1, "dpe_max_profile": 20},
            "suite_hash": "0" * 16, "samples_hash": "f" * 16, "machine": {}, "runner": {"runner": "process"},
            "tasks": {t: {"tests": list(TESTS), "hardness": list(HARDNESS), "expert": "exp",
                          "content_hash": "0" * 16,
                          "tiers": {"level": 3, "test": 0, "scores": [10.0, 30.0, 60.0, 100.0], "measure": "cpu",
                                    "eligible": True}} for t in tasks}}
    records: list[RunRecord] = []

    def runs(task, subject, factor, levels=range(len(TESTS)), status="ok", stop_at=None):  # noqa: B008 - a range
        records.append(RunRecord(task, subject, "cases", -1, 0, 0, status, 1e-4, 1.2e-4, 20000, correct=True))
        if status != "ok":
            return
        for level in levels:
            for test in range(TESTS[level]):
                for rep in range(1 if HARDNESS[level] == 0 else repeats):
                    t = factor * EXPERT_TIMES[level] * (1 + 0.1 * test) * (1 + rng.gauss(0, 0.02))
                    over = stop_at is not None and level >= stop_at
                    records.append(RunRecord(task, subject, "level", level, test, rep, "timeout" if over else "ok",
                                             t, t * 1.1, 20000, correct=not over))
                    if over:
                        return

    samples = []
    for task in tasks:
        runs(task, REF_PREFIX + "exp", 1.0)
        for i, factor in enumerate(TIER_FACTORS):
            runs(task, f"{DPE_TIER_PREFIX}{i}", factor, levels=[3])
        for m in range(n_models):
            for s in range(per_model):
                key = f"model-{m}/{task}/{s}"
                samples.append(SampleInfo(key, task, f"model-{m}", str(s), len(samples) + 1))
                kind = rng.randrange(8)
                runs(task, key, rng.uniform(0.8, 4.0), status="wrong_answer" if kind == 0 else "ok",
                     stop_at=3 if kind == 1 else None)
                runs(task, PAIR_PREFIX + key, 1.0, levels=range(1, len(TESTS)))
    return meta, samples, records
