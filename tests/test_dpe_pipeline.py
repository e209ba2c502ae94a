"""DPE end to end: tiers built from a task's references by real callgrind counts, re-measured in a run, matched."""
from __future__ import annotations

import json
import re
import shutil

import pytest

from effbench.inputs import InputCache
from effbench.records import Settings
from effbench.report import load_source
from effbench.report_html import html
from effbench.run import execute_run, score_run
from effbench.samples import load_samples
from effbench.sandbox.counting import detect_counter
from effbench.sandbox.process import ProcessRunner
from effbench.tasks import load_suite, load_task
from effbench.tiers import build_tier_file, load_tier_file, save_tier_file

from .conftest import FIXTURE_TASKS, write_samples

TASK = "prefix-max"


@pytest.fixture(scope="module")
def tasks_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("tasks")
    shutil.copytree(FIXTURE_TASKS / TASK, root / TASK)
    task = load_task(root / TASK)
    runner = ProcessRunner(slot=3, counter=detect_counter())
    try:
        # a generous cut-off: under callgrind on a loaded machine the slowest tier may take a while
        tf = build_tier_file(task, [(r.name, r.code) for r in task.references], runner, level=1,
                             cache=InputCache(root / "cache"), cap_floor=300.0)
    finally:
        runner.close()
    save_tier_file(task, tf)
    return root


def test_tier_file_orders_the_references_by_count(tasks_dir):
    tf = load_tier_file(load_task(tasks_dir / TASK))
    assert [t.name for t in tf.tiers] == ["rescan", "accumulate", "loop"]
    costs = [t.cost for t in tf.tiers]
    assert costs == sorted(costs, reverse=True)
    assert [t.score for t in tf.tiers] == pytest.approx([100 / 3, 200 / 3, 100.0])
    assert tf.measure == "instructions" and tf.built["counter"] == "callgrind" and tf.eligible is False


def run_dpe(tasks_dir, tmp_path, rows, measure="instructions", repeats=1):
    suite = {t.id: t for t in load_suite(tasks_dir)}
    samples = load_samples(write_samples(tmp_path / "samples.jsonl", rows), suite)
    return execute_run([suite[TASK]], samples, Settings(measure=measure, repeats=repeats), tmp_path / "out", [1],
                       InputCache(tmp_path / "cache"), scoring={"dpe_min_correct": 1})


def test_each_reference_as_a_sample_lands_in_its_own_tier(tasks_dir, tmp_path):
    task = load_task(tasks_dir / TASK)
    rows = [{"task_id": TASK, "model": r.name, "solution": r.code} for r in task.references]
    rows.append({"task_id": TASK, "model": "wrong", "solution": "def prefix_max(nums):\n    return nums\n"})
    board = run_dpe(tasks_dir, tmp_path, rows).leaderboard
    got = {m: (v["DPS"], v["DPS_norm"]) for m, v in board["models"].items()}
    assert got["loop"] == (100.0, 100.0)
    assert got["accumulate"] == pytest.approx((200 / 3, 200 / 3))
    # rescan re-measured in the run counts the same as its own representative: a tie earns the tier
    assert got["rescan"] == pytest.approx((100 / 3, 100 / 3))
    assert got["wrong"] == (None, None)  # incorrect samples are excluded from DPS
    assert board["models"]["wrong"]["pass@k"]["1"] == 0.0
    # the HTML report's per-sample tier is the match that made the DPS above
    page = html(load_source(tmp_path / "out"))
    rows = page.split("<tr data-mark=")[1:]
    tiers = {re.search(r"</span>([^<]+)</td>", row).group(1): re.search(r'<td class="tier">([^<]*)<', row).group(1)
             for row in rows}
    assert tiers == {"loop": "100 · 3/3", "accumulate": "67 · 2/3", "rescan": "33 · 1/3", "wrong": "–"}


def test_min_correct_threshold_and_zero(tasks_dir, tmp_path):
    task = load_task(tasks_dir / TASK)
    rows = [{"task_id": TASK, "model": "m", "solution": task.expert.code}]
    report = run_dpe(tasks_dir, tmp_path, rows)
    assert report.leaderboard["models"]["m"]["DPS"] == 100.0
    strict = score_run(tmp_path / "out", scoring={"dpe_min_correct": 2}).leaderboard
    assert strict["models"]["m"]["DPS"] is None and strict["models"]["m"]["dpe_tasks"] == 0
    zero = score_run(tmp_path / "out", scoring={"dpe_min_correct": 0}).leaderboard
    assert zero["models"]["m"]["DPS"] == 100.0


def test_representatives_out_of_order_make_the_task_unscorable_not_a_crash(tasks_dir, tmp_path):
    broken = tmp_path / "tasks"
    shutil.copytree(tasks_dir / TASK, broken / TASK)
    path = broken / TASK / "tiers.json"
    data = json.loads(path.read_text())
    data["tiers"][0]["code"], data["tiers"][2]["code"] = data["tiers"][2]["code"], data["tiers"][0]["code"]
    path.write_text(json.dumps(data))
    task = load_task(broken / TASK)
    board = run_dpe(broken, tmp_path, [{"task_id": TASK, "model": "m", "solution": task.expert.code}]).leaderboard
    assert "out of order" in board["dpe_unscorable_tasks"][TASK]
    assert board["models"]["m"]["eff@k"]["1"] > 0  # eff@k is still scored


def test_failing_representative_is_reported(tasks_dir, tmp_path):
    broken = tmp_path / "tasks"
    shutil.copytree(tasks_dir / TASK, broken / TASK)
    path = broken / TASK / "tiers.json"
    data = json.loads(path.read_text())
    data["tiers"][1]["code"] = "def prefix_max(nums):\n    raise ValueError\n"
    path.write_text(json.dumps(data))
    task = load_task(broken / TASK)
    board = run_dpe(broken, tmp_path, [{"task_id": TASK, "model": "m", "solution": task.expert.code}]).leaderboard
    assert "representative 1 failed" in board["dpe_unscorable_tasks"][TASK]


def test_timing_mode_reports_tier_confidence(tasks_dir, tmp_path):
    task = load_task(tasks_dir / TASK)
    rows = [{"task_id": TASK, "model": "m", "solution": task.expert.code}]
    board = run_dpe(tasks_dir, tmp_path, rows, measure="cpu", repeats=3).leaderboard
    entry = board["models"]["m"]["tasks"][TASK]
    assert 0.0 <= entry["tier_confidence"] <= 1.0 and entry["dps"] is not None
