"""The regression gate on synthetic run directories: records with chosen times, scored by the real pipeline
(``score_run``), so the comparison sees exactly what a run would write, without spending time measuring."""
from __future__ import annotations

import json
import math
import random
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.measuring import machine
from effbench.cli.main import main
from effbench.reports.compare import CompareError, compare, parse_threshold
from effbench.measuring.records import Settings
from effbench.measuring.run import score_run

REF_TIMES = [1e-3, 1e-2, 4e-2]     # the expert's per-level time (level 0 is correctness only)
HARDNESS = [0, 1, 2]
TESTS = [1, 2, 2]


def fake_run(out: Path, models: dict[str, dict[str, float]], measure: str = "cpu", repeats: int = 6,
             noise: float = 0.02, seed: int = 0, fail: tuple = (), suite_hash: str = "0123456789abcdef",
             machine_speed: float = 1.0, memory: dict[str, dict[str, float]] | None = None,
             classes: dict[str, dict[str, str]] | None = None, ks: tuple[int, ...] = (1,),
             samples: int = 1) -> Path:
    """A run directory whose samples take ``factor`` times the expert's time (with relative Gaussian noise);
    *models* maps model -> task -> factor; (model, task) pairs in *fail* give a wrong answer on the hand cases;
    *machine_speed* scales every time, the expert's too (a slower machine).  *memory* (model -> task -> factor)
    gives the runs a baseline and the samples that factor times the expert's memory above it; *classes* (model ->
    task -> complexity class, the expert's is ``n``) leaves the size sweeps ``run --complexity`` would have.
    Each model has *samples* alike samples of each task; the run is scored at *ks* (`run --k`)."""
    rng = random.Random(seed)
    tasks = sorted({t for per_task in models.values() for t in per_task})
    settings = Settings(measure=measure, repeats=repeats)
    meta = {"effbench_version": "0.1.0", "created": "2026-01-02T03:04:05+00:00", "settings": settings.to_dict(),
            "ks": list(ks), "scoring": {"dpe_min_correct": 10, "dpe_max_profile": 20}, "suite_hash": suite_hash,
            "samples_hash": "f" * 16, "machine": machine.describe(),
            "tasks": {t: {"tests": TESTS, "hardness": HARDNESS, "expert": "exp", "content_hash": "0" * 16,
                          "tiers": None} for t in tasks},
            "runner": {"runner": "process", "python": "3.11.7", "cpu_clock": "schedstat",
                       "counter": "callgrind" if measure == "instructions" else None}}
    records, samples_rows = [], []

    limit = 2.0 * max(t * (1 + 0.1 * (n - 1)) for t, h, n in zip(REF_TIMES, HARDNESS, TESTS) if h > 0)

    def add(task, subject, factor, status="ok", memory_factor=None):
        """Hand cases, then every level like the harness: a sample stops at its first run over the limit T."""
        def rec(phase, level, test, rep, cost, status="ok"):
            value = cost * machine_speed * (1 + rng.gauss(0, noise)) if measure != "instructions" else cost
            if not subject.startswith("ref:") and level >= 1 and cost > limit:
                status = "timeout"
            row = {"task": task, "subject": subject, "phase": phase, "level": level, "test": test, "repeat": rep,
                   "status": status, "cpu_time": value, "wall_time": value * 1.1, "peak_kb": 20000,
                   "correct": status == "ok"}
            if memory_factor is not None:
                row.update(base_kb=10000, peak_kb=10000 + int(400 * memory_factor * (1 + level + test)))
            if measure == "instructions":
                row.update(instructions=int(cost * 1e9), counter="callgrind")
            records.append(row)
            return status
        if rec("cases", -1, 0, 0, 1e-4, status) != "ok":
            return
        for level, (t, h, n) in enumerate(zip(REF_TIMES, HARDNESS, TESTS)):
            for test in range(n):
                reps = 1 if h == 0 or measure == "instructions" else repeats
                for rep in range(reps):
                    if rec("level", level, test, rep, factor * t * (1 + 0.1 * test)) != "ok":
                        return

    for task in tasks:
        add(task, "ref:exp", 1.0, memory_factor=1.0 if memory else None)
    for line, (model, per_task) in enumerate(sorted(models.items()), start=1):
        for task, factor in sorted(per_task.items()):
            for i in range(samples):
                key = f"{model}/{task}/{i}"
                samples_rows.append({"key": key, "task_id": task, "model": model, "sample_id": str(i), "line": line,
                                     "code": "pass"})
                add(task, key, factor, "wrong_answer" if (model, task) in fail else "ok",
                    (memory or {}).get(model, {}).get(task, 1.0) if memory else None)
    out.mkdir(parents=True)
    if classes:
        (out / "complexity.json").write_text(json.dumps(sweeps_document(tasks, samples_rows, classes)))
    (out / "run.json").write_text(json.dumps(meta))
    (out / "samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in samples_rows))
    (out / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    score_run(out)
    return out


def interrupted(run: Path, task: str) -> Path:
    """The run rescored as if stopped before its expert of *task* was measured at the levels: *task* is unscorable
    (what a resumable run interrupted part way leaves), its other tasks are scored as before."""
    records = [json.loads(line) for line in (run / "records.jsonl").read_text().splitlines()]
    kept = [r for r in records if not (r["task"] == task and r["subject"].startswith("ref:") and r["level"] >= 1)]
    (run / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in kept))
    (run / "leaderboard.json").unlink()
    score_run(run)
    return run


def sweeps_document(tasks: list[str], samples: list[dict], classes: dict[str, dict[str, str]]) -> dict:
    """The complexity document of ``run --complexity``: each subject's cost exactly its class's growth over 10
    doubling sizes (the expert's is n), so the fit names the class given."""
    growth = {"n": lambda n: n, "n log n": lambda n: n * math.log(n), "n^2": lambda n: n * n}
    sizes = [16 * 2 ** i for i in range(10)]

    def sweep(task, subject, cls):
        return {"task": task, "subject": subject, "failure": "",
                "points": [{"size": n, "cost": 1e5 + 10 * growth[cls](n)} for n in sizes]}
    rows = [sweep(t, "ref:exp", "n") for t in tasks]
    rows += [sweep(s["task_id"], s["key"], classes[s["model"]][s["task_id"]]) for s in samples
             if s["task_id"] in classes.get(s["model"], {})]
    return {"meta": {"plan": {"measure": "instructions"}, "counter": "callgrind",
                     "tasks": {t: {"expert": "ref:exp", "declared": {"exp": "O(n)"}} for t in tasks},
                     "models": {s["key"]: s["model"] for s in samples}},
            "sweeps": rows}


def verdicts(rows) -> dict[tuple[str, str], str]:
    return {(r.model, r.task): r.verdict for r in rows}


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_same_run_twice_is_no_regression(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.2, "t2": 1.5}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.2, "t2": 1.5}}, seed=2)
    rows = compare(base, new, 0.05)
    assert set(verdicts(rows).values()) == {"same"}
    res = invoke("compare", base, new)
    assert res.exit_code == 0, res.output + res.stderr
    assert "0 regression(s)" in res.output


def test_slower_task_is_flagged_with_mann_whitney(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.2, "t2": 1.5}, "other": {"t1": 1.0}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.2 * 1.3, "t2": 1.5}, "other": {"t1": 1.0}}, seed=2)
    rows = {(r.model, r.task): r for r in compare(base, new, 0.05)}
    slow = rows[("m", "t1")]
    assert slow.verdict == "regression" and slow.test.startswith("Mann-Whitney U, 12 vs 12")
    assert slow.p < 0.001 and slow.change == pytest.approx(0.3, abs=0.05)
    assert rows[("m", "t2")].verdict == "same" and rows[("other", "t1")].verdict == "same"
    res = invoke("compare", base, new, "--threshold", "5%")
    assert res.exit_code == 1
    line = next(x for x in res.output.splitlines() if x.startswith("m ") and " t1 " in x)
    assert "REGRESSION" in line and re.search(r"\+(2[5-9]|3[0-5])\.\d%", line)


def test_a_slower_machine_is_not_a_regression_unless_raw(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.2}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.2}}, seed=2, machine_speed=1.4)
    assert verdicts(compare(base, new, 0.05))[("m", "t1")] == "same"
    raw = next(r for r in compare(base, new, 0.05, raw=True) if r.task == "t1")
    assert raw.verdict == "regression" and raw.metric == "time @ level 2"
    assert invoke("compare", base, new, "--raw").exit_code == 1


def test_faster_task_is_an_improvement_not_a_failure(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 2.0}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, seed=2)
    assert verdicts(compare(base, new, 0.05))[("m", "t1")] == "improvement"
    assert invoke("compare", base, new).exit_code == 0


def test_change_below_the_threshold_is_not_flagged_even_if_significant(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, seed=1, noise=0.001)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.03}}, seed=2, noise=0.001)
    row = next(r for r in compare(base, new, 0.05) if r.task == "t1")
    assert row.p < 0.001 and row.verdict == "same"
    assert next(r for r in compare(base, new, 0.01) if r.task == "t1").verdict == "regression"


def test_large_but_noisy_change_is_not_significant(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, seed=1, repeats=1, noise=0.3)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.2}}, seed=2, repeats=1, noise=0.3)
    row = next(r for r in compare(base, new, 0.05) if r.task == "t1")
    assert row.p > 0.05 and row.verdict in ("not significant", "same")


def test_instructions_difference_needs_no_test(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0, "t2": 1.0}}, measure="instructions")
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.1, "t2": 1.0}}, measure="instructions")
    rows = {(r.model, r.task): r for r in compare(base, new, 0.05)}
    assert rows[("m", "t1")].verdict == "regression" and rows[("m", "t1")].test == "deterministic"
    assert rows[("m", "t1")].p is None and rows[("m", "t1")].change == pytest.approx(0.1, rel=1e-6)
    assert rows[("m", "t2")].verdict == "same"
    assert rows[("m", "(suite)")].test == "deterministic"


def test_going_over_the_limit_is_a_regression(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}, "other": {"t1": 3.0}})
    new = fake_run(tmp_path / "b", {"m": {"t1": 3.0}, "other": {"t1": 1.0}})  # T is 2x the expert's level 2
    rows = {(r.model, r.task): r for r in compare(base, new, 0.05)}
    assert rows[("m", "t1")].verdict == "regression" and rows[("m", "t1")].metric == "levels within T"
    assert (rows[("m", "t1")].base, rows[("m", "t1")].new) == (2, 1)
    assert rows[("other", "t1")].verdict == "improvement"


def test_failing_now_is_a_regression(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, fail=(("m", "t1"),))
    row = next(r for r in compare(base, new, 0.05) if r.task == "t1")
    assert row.verdict == "regression" and row.metric == "pass rate" and "1/1 -> 0/1" in row.test


def test_leaderboards_only_use_a_bootstrap_over_tasks(tmp_path):
    tasks = [f"t{i}" for i in range(6)]
    base = fake_run(tmp_path / "a", {"m": {t: 1.0 + 0.1 * i for i, t in enumerate(tasks)}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {t: 1.6 + 0.1 * i for i, t in enumerate(tasks)}}, seed=2)
    rows = compare(base / "leaderboard.json", new / "leaderboard.json", 0.05)
    assert [r.task for r in rows] == ["(suite)"]  # no per-task rows without the runs' times
    assert rows[0].verdict == "regression" and rows[0].test.startswith("bootstrap over 6 tasks")
    assert rows[0].change < -0.05
    few = compare(fake_run(tmp_path / "c", {"m": {"t1": 1.0, "t2": 1.0}}) / "leaderboard.json",
                  fake_run(tmp_path / "d", {"m": {"t1": 1.6, "t2": 1.6}}) / "leaderboard.json", 0.05)
    assert few[0].verdict == "not significant" and "too few tasks" in few[0].test


def test_json_and_markdown_output(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, seed=1)
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.5}}, seed=2)
    res = invoke("compare", base, new, "--format", "json", "-o", tmp_path / "c.json")
    assert res.exit_code == 1
    data = json.loads((tmp_path / "c.json").read_text())
    from .test_reports import FILES, errors  # it imports this module: not at the top
    assert errors(FILES + "compare", data) == []  # the schema a consumer of the file checks it against
    assert data["regressions"] == 1 and data["threshold"] == 0.05  # the task row (one task is too few for the suite)
    assert {r["task"]: r["verdict"] for r in data["rows"]} == {"t1": "regression", "(suite)": "not significant"}
    res = invoke("compare", base, new, "--format", "md")
    assert "| m | t1 | time/expert @ level 2 |" in res.output and "**REGRESSION**" in res.output


def test_mode_mismatch_is_one_clear_line(tmp_path):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    new = fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, measure="instructions")
    res = invoke("compare", base, new)
    assert res.exit_code == 2 and res.stderr.count("\n") == 1
    assert "measured cpu" in res.stderr and "measured instructions" in res.stderr
    with pytest.raises(CompareError):
        compare(base, new)


@pytest.mark.parametrize("text, value", [("5%", 0.05), ("0.05", 0.05), ("10", 0.10), ("0", 0.0)])
def test_threshold_parsing(text, value):
    assert parse_threshold(text) == pytest.approx(value)


def test_bad_threshold():
    with pytest.raises(CompareError, match="not a number"):
        parse_threshold("five")


def _with_runner(run_dir: Path, **changes) -> Path:
    """The run rescored as if another interpreter (or counter) had measured it."""
    meta = json.loads((run_dir / "run.json").read_text())
    meta["runner"].update(changes)
    (run_dir / "run.json").write_text(json.dumps(meta))
    score_run(run_dir)
    return run_dir


def counted_here(run_dir: Path, **changes) -> Path:
    """The run rescored as if the process runner had counted it here (this interpreter, its runner files, the counter
    this machine offers), but for *changes*."""
    import sys

    from effbench.sandbox.counting import detect_counter
    from effbench.sandbox.process import interpreter
    from effbench.sandbox.runner_source import runners_digest
    here = {"implementation": sys.implementation.name, "python": sys.version.split()[0],
            "executable": interpreter()[0], "runners": runners_digest(), "counter": detect_counter()}
    return _with_runner(run_dir, **{**here, **changes})


@pytest.mark.parametrize("changes", [{"python": "3.12.1"}, {"executable": "/usr/bin/python3.11"},
                                     {"counter": "perf"}, {"runners": "0123456789ab"}])
def test_instruction_counts_of_another_interpreter_or_backend_are_refused(tmp_path, changes):
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, measure="instructions")
    new = _with_runner(fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, measure="instructions"), **changes)
    for b, n in ((base, new), (base / "leaderboard.json", new / "leaderboard.json")):
        res = CliRunner().invoke(main, ["compare", str(b), str(n)])
        assert res.exit_code == 2, res.output
        lines = res.stderr.strip().splitlines()
        assert len(lines) == 1 and "cannot compare the instruction counts" in lines[0], res.stderr
        assert "interpreter build, counter backend or in-sandbox runner" in lines[0]
    # the same setup on both sides compares (counts are equal: no change)
    same = _with_runner(fake_run(tmp_path / "c", {"m": {"t1": 1.0}}, measure="instructions"), **changes)
    assert CliRunner().invoke(main, ["compare", str(new), str(same)]).exit_code == 0


def test_timings_of_another_interpreter_still_compare(tmp_path):
    # times are divided by the expert's in the same run: another interpreter is what that cancels
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    new = _with_runner(fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, seed=1), python="3.12.1")
    assert CliRunner().invoke(main, ["compare", str(base), str(new)]).exit_code == 0


def rescored_with(run_dir: Path, block: str, key: str, value) -> Path:
    """The run rescored as if run with another setting (run.json's ``settings`` or ``scoring`` *block*)."""
    meta = json.loads((run_dir / "run.json").read_text())
    meta[block][key] = value
    (run_dir / "run.json").write_text(json.dumps(meta))
    score_run(run_dir)
    return run_dir


def _under_rules(run_dir: Path, rules: str) -> Path:
    """The run rescored as if measured under another rule profile (``run --rules``)."""
    return rescored_with(run_dir, "settings", "rules", rules)


def test_runs_under_different_rules_are_refused_in_one_line(tmp_path):
    """ENAMEL's rules and effbench's score a run differently (level 0, the limit's tolerance, passes): their eff@1
    are other numbers, which `effbench leaderboard` never puts in one table and the history never joins by a line;
    compare compared them and could call the difference a regression."""
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}}, measure="instructions")
    new = _under_rules(fake_run(tmp_path / "b", {"m": {"t1": 1.0}}, measure="instructions"), "enamel")
    for b, n in ((base, new), (base / "leaderboard.json", new / "leaderboard.json")):
        res = invoke("compare", b, n)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (res.output, res.stderr)
        assert "effbench rules" in res.stderr and "enamel rules" in res.stderr
    same = _under_rules(fake_run(tmp_path / "c", {"m": {"t1": 1.0}}, measure="instructions"), "enamel")
    assert invoke("compare", new, same).exit_code == 0


@pytest.mark.parametrize("key, value", [("alpha", 3.0), ("estimator", "min")])
def test_runs_under_another_alpha_or_estimator_are_refused_in_one_line(tmp_path, key, value):
    """The same code (1.5x the expert) scores eff@1 0.64 under alpha 2 and 0.82 under alpha 3: compare called that
    a significant improvement, and the other way round a REGRESSION that fails a CI job."""
    models = {"m": {t: 1.5 for t in ("t1", "t2", "t3", "t4")}}
    base = fake_run(tmp_path / "a", models, noise=0.0)
    new = rescored_with(fake_run(tmp_path / "b", models, noise=0.0), "settings", key, value)
    for b, n in ((new, base), (base / "leaderboard.json", new / "leaderboard.json")):
        res = invoke("compare", b, n)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (res.output, res.stderr)
        assert f"{key} {value}" in res.stderr and "another alpha or estimator" in res.stderr


def test_a_model_that_fails_everything_in_both_runs_is_the_same(tmp_path):
    """eff@1 0 before and after is no change; compare said "not tested" (a relative change from 0 is undefined)."""
    runs = [fake_run(tmp_path / name, {"m": {"t1": 1.0}, "ok": {"t1": 1.0}}, measure="instructions",
                     fail=(("m", "t1"),)) for name in "ab"]
    suite = {r.model: r for r in compare(*runs) if r.task == "(suite)"}
    assert suite["m"].verdict == "same" and suite["m"].change == 0.0, suite["m"]
    rising = fake_run(tmp_path / "c", {"m": {"t1": 1.0}, "ok": {"t1": 1.0}}, measure="instructions")
    up = {r.model: r for r in compare(runs[0], rising) if r.task == "(suite)"}["m"]
    assert up.verdict == "not tested" and up.test == "eff@1 was 0 before: no relative change", up


def _task_changed(run_dir: Path, task: str, tests: list[int] | None = None) -> Path:
    """The run rescored as if *task*'s content had changed (another content hash; other test counts if given)."""
    meta = json.loads((run_dir / "run.json").read_text())
    meta["tasks"][task]["content_hash"] = "1" * 16
    (run_dir / "run.json").write_text(json.dumps(meta))
    score_run(run_dir)
    return run_dir


def test_a_task_whose_content_changed_is_not_compared(tmp_path):
    """A pull request that edits a task changes what its scores measure: compare judged the edited task like any
    other (a regression failed the gate), where the history breaks its line there.  It is now left out of every
    verdict, with a row saying why; the other tasks are compared as before."""
    tasks = {"t1": 1.0, "t2": 1.0, "t3": 1.0, "t4": 1.0}
    base = fake_run(tmp_path / "a", {"m": tasks}, measure="instructions")
    new = _task_changed(fake_run(tmp_path / "b", {"m": {**tasks, "t1": 3.0}}, measure="instructions"), "t1")
    for b, n in ((base, new), (base / "leaderboard.json", new / "leaderboard.json")):
        rows = compare(b, n)
        assert not any(r.verdict == "regression" for r in rows), rows
        t1 = [r for r in rows if r.task == "t1"]
        assert [r.verdict for r in t1] == ["not tested"] and "content changed" in t1[0].test, t1
        suite = next(r for r in rows if r.task == "(suite)")
        assert suite.verdict == "same" and suite.base == suite.new == 1.0, suite  # t2-t4 only
    res = invoke("compare", base, new, "--format", "md")
    assert res.exit_code == 0 and "content changed" in res.output


def test_check_takes_a_baseline_of_the_mode_and_refuses_what_compare_would(tmp_path):
    """`compare BASE --check MODE` (the GitHub Action, before it measures): what compare would refuse only once the
    new run is done is one line and exit 2 now."""
    base = fake_run(tmp_path / "a", {"m": {"t1": 1.0}})
    res = invoke("compare", base, "--check", "--measure", "cpu", "--threshold", "5 %")
    assert res.exit_code == 0 and "a baseline measured cpu" in res.output
    res = invoke("compare", base / "leaderboard.json", "--check")
    assert res.exit_code == 0, res.output
    usage = "give NEW, or --check [--measure MODE] [--rules PROFILE] [--k KS] without NEW"
    for args, message in [((base, "--check", "--measure", "instructions"),
                           "measured cpu, the new run measures instructions"),
                          ((base, "--check", "--measure", "CPU"), "Invalid value for '--measure': 'CPU'"),
                          ((base, "--check", "--threshold", "five"), "threshold 'five' is not a number"),
                          ((tmp_path, "--check"), f"{tmp_path}: not a run directory"),
                          ((tmp_path / "no", "--check"), "no such run directory or leaderboard file"),
                          ((base,), usage), ((base, base, "--check"), usage),
                          ((base, base, "--measure", "cpu"), usage)]:
        res = invoke("compare", *args)
        assert res.exit_code == 2 and res.stderr.count("\n") == 1 and message in res.stderr, (args, res.stderr)


def test_check_refuses_a_baseline_scored_under_other_rules(tmp_path):
    """compare refuses runs under different rule profiles, but only once the new run was done: --check --rules
    (the profile of the run to come; the GitHub Action reads it from its args) refuses such a baseline before."""
    enamel = _under_rules(fake_run(tmp_path / "a", {"m": {"t1": 1.0}}), "enamel")
    for base in (enamel, enamel / "leaderboard.json"):
        res = invoke("compare", base, "--check", "--measure", "cpu", "--rules", "effbench")
        assert res.exit_code == 2 and res.stderr.count("\n") == 1, (res.output, res.stderr)
        assert f"{base}: scored under enamel rules, the new run uses effbench rules" in res.stderr
        res = invoke("compare", base, "--check", "--rules", "enamel")
        assert res.exit_code == 0 and "a baseline measured cpu under enamel rules" in res.output, res.stderr
    plain = fake_run(tmp_path / "b", {"m": {"t1": 1.0}})
    res = invoke("compare", plain, "--check", "--rules", "enamel")
    assert res.exit_code == 2 and "scored under effbench rules, the new run uses enamel rules" in res.stderr
    res = invoke("compare", plain, plain, "--rules", "enamel")
    assert res.exit_code == 2 and "--check [--measure MODE] [--rules PROFILE]" in res.stderr


def test_check_points_from_the_actions_out_dir_to_its_run_directory(tmp_path):
    fake_run(tmp_path / "effbench-results" / "run", {"m": {"t1": 1.0}})
    res = invoke("compare", tmp_path / "effbench-results", "--check")
    assert res.exit_code == 2 and f"{tmp_path / 'effbench-results' / 'run'} is one" in res.stderr


def test_a_model_or_task_missing_from_new_is_named_in_every_output(tmp_path):
    """Found as a user: `compare r3 r6` (model `mine` in BASE, not in NEW) exited 0 with "0 regression(s), 1
    improvement(s)" and named `mine` nowhere, nor a task NEW could not score: a gate that passes without a word
    when a model vanishes reads as if it had been compared.  Each is now a row (verdict "missing") and a line in
    the text, Markdown and JSON; the exit status stays 0 (compare.py's docstring says why), and stderr says so."""
    tasks = {"t1": 1.0, "t2": 1.0}
    base = fake_run(tmp_path / "a", {"m": tasks, "gone": tasks}, measure="instructions")
    new = interrupted(fake_run(tmp_path / "b", {"m": tasks}, measure="instructions"), "t2")
    for b, n in ((base, new), (base / "leaderboard.json", new / "leaderboard.json")):
        missing = {(r.model, r.task): r for r in compare(b, n) if r.verdict == "missing"}
        assert set(missing) == {("gone", "(suite)"), ("m", "t2")}, missing
        assert missing["gone", "(suite)"].base == 1.0 and missing["gone", "(suite)"].new is None
        assert missing["m", "t2"].test.startswith("unscorable in NEW: expert reference not measured")
    line = "not in NEW, so not compared (and not failed): model gone; task t2"
    res = invoke("compare", base, new)
    assert res.exit_code == 0 and line in res.output, res.output
    assert res.stderr.count("\n") == 1 and "model gone" in res.stderr and "task t2" in res.stderr, res.stderr
    res = invoke("compare", base, new, "--format", "md")
    assert res.exit_code == 0 and line in res.output and "| gone | 1 | – |" in res.output, res.output
    res = invoke("compare", base, new, "--format", "json", "-o", tmp_path / "c.json")
    data = json.loads((tmp_path / "c.json").read_text())
    from .test_reports import FILES, errors  # it imports this module: not at the top
    assert errors(FILES + "compare", data) == []
    assert data["missing"] == {"models": ["gone"], "tasks": ["t2"]}
    assert {(r["model"], r["task"]) for r in data["rows"] if r["verdict"] == "missing"} == set(missing)
