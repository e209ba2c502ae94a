"""`tasks validate` keeps the tiers' top-level costs (``--costs-json``) and notes a task outside the suite's aims;
benchmarks/suite_tiers.py turns kept costs into the suite's figures."""
from __future__ import annotations

import errno
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.schema_check import first_problem
from effbench.errors import ValidationError
from effbench.tasks.tier_costs import ReferenceCost, describe_tier_order, write_cost_file

from .conftest import FIXTURE_TASKS

ROOT = Path(__file__).resolve().parent.parent


def cost(name: str, ms: float, capped: bool = False) -> ReferenceCost:
    return ReferenceCost(name, ms / 1000, capped)


def test_a_task_within_the_aims_has_no_note():
    text = describe_tier_order([cost("slow", 600), cost("mid", 200), cost("expert", 50)], 3)
    assert "slow 600.0ms > mid 200.0ms (3.00x)" in text and "note" not in text


@pytest.mark.parametrize("expert_ms, note", [(12.0, "expert 12.0ms at top, outside 20-1000 ms"),
                                             (1500.0, "expert 1500.0ms at top, outside 20-1000 ms")])
def test_an_expert_outside_20ms_to_1s_is_noted(expert_ms, note):
    text = describe_tier_order([cost("slow", expert_ms * 10), cost("expert", expert_ms)], 3)
    assert f"[note: {note}]" in text


def test_a_slowest_tier_under_5x_the_expert_is_noted_and_a_capped_one_is_not():
    assert "[note: slowest tier 4.0x the expert, under 5x]" in describe_tier_order(
        [cost("slow", 200), cost("mid", 100), cost("expert", 50)], 3)
    assert "note" not in describe_tier_order([cost("slow", 2000, capped=True), cost("expert", 50)], 3)


def test_tiers_out_of_order_still_fail():
    with pytest.raises(ValidationError, match="mid 40.0ms is not slower than expert 50.0ms"):
        describe_tier_order([cost("slow", 600), cost("mid", 40), cost("expert", 50)], 2)


def test_costs_json_with_fast_or_naming_a_folder_is_one_line_before_anything_runs(tmp_path):
    for args in (["--fast", "--costs-json", tmp_path / "c.json"], ["--costs-json", tmp_path]):
        res = CliRunner().invoke(main, ["tasks", "validate", "prefix-max", "--tasks-dir", str(FIXTURE_TASKS)]
                                 + [str(a) for a in args])
        assert res.exit_code == 2, res.output
        assert len(res.stderr.strip().splitlines()) == 1 and "--costs-json" in res.stderr
        assert "ok    prefix-max" not in res.output


def test_a_costs_file_write_cut_short_keeps_the_tasks_it_held(tmp_path, monkeypatch):
    """The file is rewritten whole after each task so that an interrupted validation keeps the tasks it finished
    (its schema says so); it was written in place, so a write cut short (a full disk here; a kill) left it
    truncated, every finished task lost and the file no JSON."""
    path = tmp_path / "costs.json"
    kept = {"t": {"category": "graphs", "tiers": [{"name": "a", "seconds": 1.0, "capped": False}]}}
    write_cost_file(path, kept)
    write_text = Path.write_text

    def disk_full(self, text, *args, **kwargs):
        write_text(self, text[:len(text) // 2], *args, **kwargs)
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(Path, "write_text", disk_full)
    with pytest.raises(OSError):
        write_cost_file(path, {**kept, "u": kept["t"]})
    monkeypatch.undo()
    assert json.loads(path.read_text()) == kept and [p.name for p in tmp_path.iterdir()] == ["costs.json"]


@pytest.mark.parametrize("text, says", [
    ('{"t": {"category": "graphs", "tiers": [{"name": "a", "seconds": "fast", "capped": false}]}}',
     "not a costs file: t.tiers[0].seconds: \"fast\" is not of type \"number\""),
    ('{"t": {"category": "graphs"}}', "not a costs file: t: \"tiers\" is a required property"),
    ('[1, 2]', "not a costs file: the top level: [1,2] is not of type \"object\""),
    ('{"t": ', "invalid JSON (Expecting value at column 7)"),
])
def test_suite_tiers_refuses_a_file_that_is_not_a_costs_file_before_it_measures_anything(tmp_path, capsys,
                                                                                           monkeypatch, text, says):
    """It read whatever JSON it was given and failed in the first figure that met a field of another shape (a
    KeyError, a TypeError), after --measure had timed every task: now one line, exit 2, before anything runs."""
    import benchmarks.suite_tiers as suite_tiers
    good, bad, out = tmp_path / "good.json", tmp_path / "bad.json", tmp_path / "measured.json"
    write_cost_file(good, {"u": {"category": "graphs", "tiers": [{"name": "a", "seconds": 1.0, "capped": False}]}})
    bad.write_text(text)
    monkeypatch.setattr(suite_tiers, "measure", lambda *args: pytest.fail("measured before the files were checked"))
    with pytest.raises(SystemExit) as exit_:
        suite_tiers.main([str(good), str(bad), "--measure", str(out)])
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"suite_tiers.py: error: {bad}: {says}\n")
    assert not out.exists()


@pytest.mark.sandbox
def test_costs_json_keeps_each_tier_and_suite_tiers_prints_the_suite_figures(tmp_path):
    out = tmp_path / "costs" / "fixture.json"
    res = CliRunner().invoke(main, ["tasks", "validate", "prefix-max", "--tasks-dir", str(FIXTURE_TASKS),
                                    "--costs-json", str(out)])
    assert res.exit_code == 0, res.output
    kept = json.loads(out.read_text())
    assert first_problem(kept, "task-costs") is None  # the shipped schema a consumer reads the file by
    tiers = kept["prefix-max"]["tiers"]
    assert [t["name"] for t in tiers] == ["rescan", "accumulate", "loop"] and kept["prefix-max"]["category"]
    assert tiers[0]["seconds"] > tiers[1]["seconds"] > tiers[2]["seconds"] > 0
    # a second file measured apart wins for the tasks it holds: the figures put both together
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"made-up": {"category": "strings", "tiers": [
        {"name": "a", "seconds": 1.0, "capped": False}, {"name": "b", "seconds": 0.5, "capped": False},
        {"name": "c", "seconds": 0.1, "capped": False}]}}))
    printed = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "suite_tiers.py"), str(out), str(other)],
                             capture_output=True, text=True, check=True).stdout
    expert_ms = tiers[2]["seconds"] * 1000
    assert "2 tasks, 4 adjacent tier pairs" in printed
    assert f"expert {expert_ms:8.1f} ms" in printed and "expert    100.0 ms   adjacent 2.00x, 5.00x" in printed
    ratios = sorted([2.0, 5.0, tiers[0]["seconds"] / tiers[1]["seconds"], tiers[1]["seconds"] / tiers[2]["seconds"]])
    assert f"worst {ratios[0]:.2f}x" in printed
    assert "in 20-1000 ms: " in printed and "(n=2)" in printed


# Measured here (load 6): cell-loops 0.44 s, row-difference 0.10 s, difference-accumulate 0.04 s (4.3x and 2.3x
# apart; 3.9x and 3.0x in benchmarks/baseline/suite-tier-costs.json), the slowest a fifth of the 2 s cut-off: 10 s
# for the script.  range-sum-queries was measured before: its slowest tier reached the cut-off, and the script took
# 51 s at load 6.
TIERED = "stamp-coverage"


@pytest.mark.sandbox
def test_suite_tiers_measure_times_the_tiers_in_declared_order_and_keeps_them(tmp_path):
    """On a task whose tiers sit far apart and far under the cut-off (2 s here; TIERED, above): a tier that reaches
    the cut-off on a CI machine slower than this one (max-subarray-sum's middle tier did) reads as equal to another
    capped one."""
    from effbench.tasks.task import default_tasks_dir, load_task
    out = tmp_path / "costs.json"
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "suite_tiers.py"), "--measure", str(out),
                           "--tasks", TIERED], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    kept = json.loads(out.read_text())
    assert first_problem(kept, "task-costs") is None
    tiers = kept[TIERED]["tiers"]
    declared = [r.name for r in load_task(default_tasks_dir() / TIERED).references]
    assert [t["name"] for t in tiers] == declared
    assert all(slow["seconds"] > fast["seconds"] > 0 for slow, fast in zip(tiers, tiers[1:]))
    assert "1 tasks, 2 adjacent tier pairs" in done.stdout and f"{TIERED}: " in done.stdout


def test_two_tiers_past_the_cut_off_give_no_ratio_rather_than_a_made_up_one(tmp_path, capsys):
    from benchmarks.suite_tiers import main as suite_tiers
    costs = tmp_path / "c.json"
    costs.write_text(json.dumps({"t": {"category": "graphs", "tiers": [
        {"name": "slowest", "seconds": 2.0, "capped": True}, {"name": "middle", "seconds": 2.0, "capped": True},
        {"name": "expert", "seconds": 0.05, "capped": False}]}}))
    assert suite_tiers([str(costs)]) == 0
    printed = capsys.readouterr().out
    assert "adjacent unknown (both cut off), >=40.00x" in printed
    assert "median 40.00x, worst 40.00x (t: middle / expert); not known, both tiers past the cut-off: " \
           "t: slowest / middle" in printed


@pytest.mark.sandbox
def test_the_cut_off_is_cpu_time_not_wall_time(runner):
    """A tier that waits (a busy machine does this to every run) is not cut off; one that computes past the cut-off
    is.  Wall time was the cut-off, and on a loaded machine validation called tiers out of order."""
    from effbench.tasks.inputs import InputCache
    from effbench.tasks.task import load_task
    from effbench.tasks.validate import _reference_cost, run_expert
    task = load_task(FIXTURE_TASKS / "prefix-max")
    baseline = run_expert(task, runner, InputCache(enabled=False), range(2), 998244353)
    key = baseline.level_inputs[1][0].key
    expert = task.expert.code
    waits = f"import time\n{expert}\n_real = {task.entry_point}\n" \
            f"def {task.entry_point}(*args):\n    time.sleep(1.5)\n    return _real(*args)\n"
    cost = _reference_cost(runner, task, waits, key, cap=1.0)
    assert cost is not None and cost < 0.5
    spins = f"def {task.entry_point}(*args):\n    while True:\n        pass\n"
    assert _reference_cost(runner, task, spins, key, cap=1.0) is None


def _three_tasks(tmp_path: Path) -> Path:
    """The fixture task under three ids, the last with a tier that is wrong on generated inputs."""
    import shutil
    suite = tmp_path / "tasks"
    for name in ("prefix-max", "prefix-max-b", "prefix-max-wrong"):
        shutil.copytree(FIXTURE_TASKS / "prefix-max", suite / name)
        toml = suite / name / "task.toml"
        toml.write_text(toml.read_text().replace('id = "prefix-max"', f'id = "{name}"'))
    (suite / "prefix-max-wrong" / "solutions" / "rescan.py").write_text(
        "def prefix_max(nums):\n    out = [max(nums[:i + 1]) for i in range(len(nums))]\n"
        "    return out[:-1] + [out[-1] + 1] if len(nums) > 9 else out\n")
    return suite


@pytest.mark.sandbox
def test_two_jobs_validate_every_task_once_and_keep_every_cost(tmp_path):
    """`--jobs 2` validates in two sandboxes at once: each task is reported once, a failing one fails the command
    as with one job, and the costs file holds every valid task (written from both slots)."""
    suite = _three_tasks(tmp_path)
    out = tmp_path / "costs.json"
    res = CliRunner().invoke(main, ["tasks", "validate", "--all", "--jobs", "2", "--tasks-dir", str(suite),
                                    "--costs-json", str(out)])
    reported = [line for line in res.output.splitlines() if line.startswith(("ok", "FAIL"))]
    lines = {line.split(":")[0].split()[-1]: line for line in reported}
    assert res.exit_code == 1 and "1 of 3 task(s) failed validation" in res.stderr, res.output + res.stderr
    assert len(reported) == 3 and sorted(lines) == ["prefix-max", "prefix-max-b", "prefix-max-wrong"]
    assert "warning: --jobs 2: tasks validated at once disturb each other's tier times" in res.stderr
    assert lines["prefix-max-wrong"].startswith("FAIL") and "tier rescan disagrees with the expert at level" in \
        lines["prefix-max-wrong"]
    assert lines["prefix-max"].startswith("ok") and lines["prefix-max-b"].startswith("ok")
    kept = json.loads(out.read_text())
    assert sorted(kept) == ["prefix-max", "prefix-max-b"] and first_problem(kept, "task-costs") is None
    assert all(t["seconds"] > 0 for task in kept.values() for t in task["tiers"])


@pytest.mark.parametrize("jobs", ["0", "999"])
def test_jobs_beyond_the_cores_is_one_line_before_anything_runs(jobs):
    res = CliRunner().invoke(main, ["tasks", "validate", "prefix-max", "--jobs", jobs,
                                    "--tasks-dir", str(FIXTURE_TASKS)])
    assert res.exit_code == 2, res.output
    assert len(res.stderr.strip().splitlines()) == 1 and f"--jobs {jobs}" in res.stderr
    assert "ok    prefix-max" not in res.output


@pytest.mark.sandbox
def test_a_costs_file_the_disk_refuses_mid_validation_is_one_line(tmp_path, monkeypatch):
    """A full disk once validation has begun (the file was written empty before it) was an OSError re-raised from the
    validating thread: a traceback.  The disk is made full by refusing the second write (a real full file system
    needs a mount of its own)."""
    from effbench.cli import tasks as cli_tasks
    writes = []

    def write(path, records):
        writes.append(dict(records))
        if len(writes) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        write_cost_file(path, records)

    monkeypatch.setattr(cli_tasks, "write_cost_file", write)
    out = tmp_path / "costs.json"
    res = CliRunner().invoke(main, ["tasks", "validate", "prefix-max", "--tasks-dir", str(FIXTURE_TASKS),
                                    "--costs-json", str(out)])
    assert res.exit_code == 3, res.output
    assert res.stderr.splitlines() == [f"effbench: error: --costs-json {out}: No space left on device; it holds "
                                       "the costs of the 0 task(s) validated before"]
    assert json.loads(out.read_text()) == {} and len(writes) == 2
