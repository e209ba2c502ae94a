"""Imported ENAMEL and EvalPerf tasks (tests/datasets.py's fixture files) run end to end in instructions mode, with
either runner: eff@k, pass@k and DPS checked against the definitions, computed here by hand from the recorded
counts."""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from effbench.sandbox.docker_sandbox import docker_available

from .datasets import ENAMEL_SAMPLES, EVALPLUS_SAMPLES, evalperf_rows, invoke


RUNNERS = ["process", pytest.param("docker", marks=pytest.mark.skipif(
    not docker_available(), reason="no Docker engine answers here, so the docker runner cannot start"))]


def run_cli(samples: Path, tasks_dir: Path, out: Path, runner: str, *extra):
    res = invoke("run", samples, "--tasks-dir", tasks_dir, "--out", out, "--measure", "instructions",
                 "--runner", runner, "--quiet", *extra, env={"EFFBENCH_CACHE": str(out.parent / "cache")})
    assert res.exit_code == 0, res.output + res.stderr
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    return (results, json.loads((out / "tasks.json").read_text()),
            json.loads((out / "leaderboard.json").read_text()), records)


@pytest.fixture(scope="module", params=RUNNERS)
def enamel_run(request, enamel_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"enamel-run-{request.param}") / "out"
    return run_cli(ENAMEL_SAMPLES, enamel_dir, out, request.param, "--k", "1,2")


def efficiency_by_hand(times, ref_times, hardness=(0, 3, 3, 4), alpha=2.0) -> float:
    limit = alpha * max(t for t, h in zip(ref_times, hardness) if h > 0)
    scores = [0.0 if t is None else max(0.0, limit - t) / (limit - r)
              for t, r, h in zip(times, ref_times, hardness) if h > 0]
    return sum(h * e for h, e in zip([h for h in hardness if h > 0], scores)) / sum(hardness)


def eff_at_k_by_hand(effs: list[float], k: int) -> float:
    """E[max of a random k-subset]: the r-th smallest is the max of C(r-1, k-1) of the C(n, k) subsets."""
    n, ordered = len(effs), sorted(effs)
    return sum(math.comb(r - 1, k - 1) * ordered[r - 1] for r in range(k, n + 1)) / math.comb(n, k)


@pytest.mark.sandbox
def test_enamel_end_to_end_scores_match_the_definitions(enamel_run):
    results, tasks, board, _ = enamel_run
    by_key = {r["key"]: r for r in results}
    status = {k: (r["status"], r["failure"]) for k, r in by_key.items()}
    assert status["default/enamel-toy-0/2"] == ("failed", "wrong_answer on hand cases")
    assert status["default/enamel-toy-2/2"] == ("failed", "wrong_answer on hand cases")
    for key in ("enamel-toy-0/0", "enamel-toy-0/1", "enamel-toy-1/0", "enamel-toy-2/0", "enamel-toy-2/1"):
        assert by_key["default/" + key]["status"] == "passed", by_key["default/" + key]
    # the quadratic sample of toy-1 runs out of budget (2x the expert's top level) before the top level
    quad = by_key["default/enamel-toy-1/1"]
    assert quad["status"] == "passed" and quad["failure"].startswith("timeout on level")
    assert quad["level_times"][3] is None
    for r in results:
        if r["status"] == "passed":
            ref = tasks["reference"][r["task_id"]]["level_times"]
            assert r["efficiency"] == pytest.approx(efficiency_by_hand(r["level_times"], ref), rel=1e-12)
    # the reference re-submitted as a sample scores exactly 1: it counts exactly what the expert counts
    for task in ("enamel-toy-0", "enamel-toy-1", "enamel-toy-2"):
        assert by_key[f"default/{task}/0"]["efficiency"] == 1.0
        assert by_key[f"default/{task}/0"]["level_times"] == tasks["reference"][task]["level_times"]
    model = board["models"]["default"]
    per_task = {}
    for task in ("enamel-toy-0", "enamel-toy-1", "enamel-toy-2"):
        effs = [r["efficiency"] for r in results if r["task_id"] == task]
        per_task[task] = [eff_at_k_by_hand(effs, k) for k in (1, 2)]
        assert model["tasks"][task]["eff@k"]["1"] == pytest.approx(per_task[task][0], rel=1e-12)
        assert model["tasks"][task]["eff@k"]["2"] == pytest.approx(per_task[task][1], rel=1e-12)
    assert model["eff@k"]["1"] == pytest.approx(sum(v[0] for v in per_task.values()) / 3, rel=1e-12)
    # pass@k: toy-0 and toy-2 have 2 of 3 right, toy-1 2 of 2
    assert model["pass@k"]["1"] == pytest.approx((2 / 3 + 1 + 2 / 3) / 3)
    assert model["pass@k"]["2"] == pytest.approx(1.0)


@pytest.fixture(scope="module", params=RUNNERS)
def evalperf_run(request, evalperf_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"evalperf-run-{request.param}") / "out"
    return run_cli(EVALPLUS_SAMPLES, evalperf_dir, out, request.param, "--k", "1", "--dpe-min-correct", "1")


def dps_by_hand(cost, reps, scores):
    """EvalPerf: the first tier, scanning from the fastest, whose representative costs at least as much."""
    for j in range(len(reps) - 1, -1, -1):
        if cost <= reps[j]:
            return scores[j], 100 * (j + 1) / len(reps)
    return 0.0, 0.0


@pytest.mark.sandbox
def test_evalperf_end_to_end_dps_matches_the_definitions(evalperf_run):
    _, _, board, records = evalperf_run
    models = board["models"]

    def cost(task, subject):
        """The subject's count on the DPE input: from its ENAMEL-plan run, else from its profiling run."""
        mine = sorted((r for r in records if r["task"] == task and r["subject"] == subject and r["level"] == 1
                       and r["instructions"] is not None and r["correct"]), key=lambda r: r["phase"] != "level")
        return mine[0]["instructions"] if mine else None

    for row in evalperf_rows():
        task = "evalperf-" + row["task_id"].lower().replace("/", "-")
        reps = [cost(task, f"tier:{i}") for i in range(len(row["reference"]))]
        assert reps == sorted(reps, reverse=True) and len(set(reps)) == len(reps)
        for i in range(len(reps)):
            # each reference re-submitted as a sample counts exactly what its representative counts, so it
            # earns its own tier: DPS = that tier's score, DPS_norm = 100 (i + 1) / tiers
            assert cost(task, f"tier-{i}/{task}/0") == reps[i]
            got = models[f"tier-{i}"]["tasks"][task]
            assert (got["dps"], got["dps_norm"]) == (row["scores"][i], 100 * (i + 1) / len(reps))
            assert dps_by_hand(reps[i], reps, row["scores"]) == (row["scores"][i], 100 * (i + 1) / len(reps))
    toy7 = evalperf_rows()[0]
    reps = [cost("evalperf-toy-7", f"tier:{i}") for i in range(3)]
    completion = cost("evalperf-toy-7", "completion/evalperf-toy-7/0")
    assert reps[1] < completion < reps[0]  # between tiers 0 and 1: it earns tier 0
    got = models["completion"]["tasks"]["evalperf-toy-7"]
    assert (got["dps"], got["dps_norm"]) == (toy7["scores"][0], 100 / 3)
    tier1 = [models["tier-1"]["tasks"][t]["dps"] for t in ("evalperf-toy-7", "evalperf-toy-8")]
    assert models["tier-1"]["DPS"] == pytest.approx(sum(tier1) / 2)  # the mean over its two tasks
    assert models["tier-2"]["eff@k"]["1"] == 1.0  # the expert against itself
    assert models["slowest"]["DPS"] == 0.0  # slower than the slowest tier: 0, as EvalPerf scores it
    assert models["wrong"]["DPS"] is None and models["wrong"]["pass@k"]["1"] == 0.0  # incorrect: not profiled
