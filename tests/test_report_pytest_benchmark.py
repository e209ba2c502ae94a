"""``effbench report --format pytest-benchmark``: a real (small) run exported in pytest-benchmark's JSON, read back by
``pytest-benchmark compare`` (the real CLI, as a subprocess) and checked against the records it was made from."""
from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys

import pytest

from .test_compare import fake_run
from .test_reports import invoke, real_run  # noqa: F401  (the module-scoped real run fixture)

COMPARE = shutil.which("pytest-benchmark")  # the console script; else the module


@pytest.fixture(scope="module")
def exported(real_run, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("pb") / "0001_effbench.json"
    res = invoke("report", real_run, "--format", "pytest-benchmark", "-o", out)
    assert res.exit_code == 0, res.output + res.stderr
    return out


def _compare(*args) -> subprocess.CompletedProcess:
    cmd = [COMPARE] if COMPARE else [sys.executable, "-m", "pytest_benchmark"]
    return subprocess.run(cmd + ["compare", *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.mark.sandbox
def test_one_benchmark_per_model_and_task_with_the_repeats(real_run, exported):  # noqa: F811
    data = json.loads(exported.read_text())
    assert set(data) >= {"machine_info", "commit_info", "benchmarks", "datetime", "version"}
    assert data["machine_info"]["processor"] == json.loads((real_run / "run.json").read_text())["machine"]["cpu"]
    by = {b["fullname"]: b for b in data["benchmarks"]}
    assert set(by) == {"effbench::prefix-max[fast]", "effbench::prefix-max[slow]"}
    fast, slow = by["effbench::prefix-max[fast]"], by["effbench::prefix-max[slow]"]
    # two passed samples x 3 repeats at the top level, each round the slowest test of that repeat
    assert fast["stats"]["rounds"] == 6 and len(fast["stats"]["data"]) == 6
    # the store's records: the last line of each key (a run re-measures a run it doubts, and keeps both lines)
    records = list({(r["task"], r["subject"], r["phase"], r["level"], r["test"], r["repeat"]): r for r in (
        json.loads(x) for x in (real_run / "records.jsonl").read_text().splitlines())}.values())
    fast_keys = {json.loads(x)["key"] for x in (real_run / "samples.jsonl").read_text().splitlines()
                 if json.loads(x)["model"] == "fast"}
    # as scored: a level run judged over T is measured once more (phase "confirm"), and that run stands in for it
    # (one read 0.000455 s, twice its neighbours, in a CI run: the host's noisy phase; its re-measurement 0.000268)
    confirmed = {(r["subject"], r["level"], r["test"], r["repeat"]): r for r in records if r["phase"] == "confirm"}
    top = [confirmed.get((r["subject"], r["level"], r["test"], r["repeat"]), r) for r in records
           if r["subject"] in fast_keys and r["phase"] == "level" and r["level"] == 3]
    rounds = sorted(max(r["cpu_time"] for r in top if (r["subject"], r["repeat"]) == key)
                    for key in {(r["subject"], r["repeat"]) for r in top})
    assert sorted(fast["stats"]["data"]) == pytest.approx(rounds)
    s = fast["stats"]
    assert s["min"] == min(rounds) and s["max"] == max(rounds)
    assert s["median"] == pytest.approx(statistics.median(rounds)) and s["ops"] == pytest.approx(1 / s["mean"])
    assert {"stddev", "iqr", "q1", "q3", "outliers", "iterations"} <= set(s)
    assert slow["stats"]["min"] > fast["stats"]["max"]  # O(n^2) against O(n) at n = 8000
    # the O(n^2) samples go over the limit T at the top level: they count as T there, and say so
    limit = json.loads((real_run / "tasks.json").read_text())["reference"]["prefix-max"]["limit"]
    assert slow["extra_info"]["samples_over_limit"] == 2 and slow["stats"]["data"] == [limit] * 6
    info = fast["extra_info"]
    assert info["model"] == "fast" and info["task"] == "prefix-max" and info["unit"] == "s" and info["level"] == 3
    board = json.loads((real_run / "leaderboard.json").read_text())
    assert info["eff@1"] == board["models"]["fast"]["tasks"]["prefix-max"]["eff@k"]["1"]
    assert fast["group"] == "prefix-max"


@pytest.mark.sandbox
def test_pytest_benchmark_compare_reads_it(exported, tmp_path):
    res = _compare(exported)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "Failed to load" not in res.stdout + res.stderr
    table = res.stdout
    assert "prefix-max[fast]" in table and "prefix-max[slow]" in table and "benchmark 'prefix-max'" in table
    # two files side by side (a run against itself, as `compare` does between saved runs)
    second = tmp_path / "0002_effbench.json"
    shutil.copy(exported, second)
    res = _compare(exported, second, "--group-by", "fullname")
    assert res.returncode == 0 and "Failed to load" not in res.stdout + res.stderr
    assert res.stdout.count("prefix-max[fast]") >= 2


@pytest.mark.sandbox
def test_github_action_benchmark_fields(exported):
    """github-action-benchmark's ``pytest`` tool reads fullname, stats.ops, stats.stddev, stats.mean, stats.rounds."""
    for bench in json.loads(exported.read_text())["benchmarks"]:
        assert isinstance(bench["fullname"], str)
        for key in ("ops", "stddev", "mean", "rounds"):
            assert isinstance(bench["stats"][key], (int, float)) and bench["stats"][key] >= 0


@pytest.mark.sandbox
def test_needs_a_run_directory(real_run):  # noqa: F811
    res = invoke("report", real_run / "leaderboard.json", "--format", "pytest-benchmark")
    assert res.exit_code == 2 and "run directory" in res.stderr


def test_instructions_mode_holds_counts(tmp_path):
    run = fake_run(tmp_path / "a", {"m": {"t1": 2.0}}, measure="instructions")
    res = invoke("report", run, "--format", "pytest-benchmark")
    assert res.exit_code == 0, res.stderr
    (bench,) = json.loads(res.output)["benchmarks"]
    assert bench["extra_info"]["unit"] == "instructions" and bench["stats"]["rounds"] == 1
    assert bench["stats"]["min"] == pytest.approx(2 * 0.04 * 1.1e9, rel=1e-6)


@pytest.mark.sandbox
def test_as_a_subprocess(real_run, tmp_path):  # noqa: F811
    out = tmp_path / "b.json"
    done = subprocess.run([sys.executable, "-m", "effbench", "report", str(real_run), "--format", "pytest-benchmark",
                           "-o", str(out)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(out.read_text())["benchmarks"]) == 2
