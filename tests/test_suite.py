"""Every task of the shipped suite passes the fast form of `effbench tasks validate` (small levels, real sandbox)."""
from __future__ import annotations

import os

import pytest

from effbench.tasks.task import default_tasks_dir, discover, load_suite
from effbench.tasks.validate import validate_tasks

TASKS = [p.name for p in discover(default_tasks_dir())]


@pytest.fixture(scope="module")
def validated(tmp_path_factory) -> tuple[dict, dict]:
    """The whole suite validated fast once, as `effbench tasks validate --all --fast --jobs 2` does: two sandboxes,
    each on a core of its own, take tasks from one queue (half the time of one; nothing is timed in fast mode).
    Each task's test below reads its own result: what passed, and the line of what failed."""
    results: dict = {}
    failed: dict = {}

    def echo(line: str) -> None:
        if line.startswith("FAIL"):
            failed[line.split()[1].rstrip(":")] = line

    with pytest.MonkeyPatch.context() as patch:  # inputs made afresh, in a cache of the test's own
        patch.setenv("EFFBENCH_CACHE", str(tmp_path_factory.mktemp("inputs")))
        validate_tasks(load_suite(default_tasks_dir()), fast=True, seed=998244353, echo=echo,
                       jobs=min(2, os.cpu_count() or 1),
                       on_valid=lambda task, result: results.__setitem__(task.id, result))
    return results, failed


@pytest.mark.sandbox
@pytest.mark.parametrize("task_id", TASKS)
def test_task_validates_fast(task_id, validated):
    results, failed = validated
    assert task_id not in failed, failed[task_id]
    assert "agree" in results[task_id].summary and results[task_id].costs == ()


def test_the_suite_is_not_empty():
    assert len(TASKS) >= 1


def test_catalogue_is_current():
    from effbench.tasks.catalogue import render
    from effbench.tasks.task import load_suite
    committed = (default_tasks_dir() / "README.md").read_text()
    assert committed == render(load_suite(default_tasks_dir())), \
        "tasks/README.md is stale: run `effbench tasks catalogue --write`"


def test_catalogue_dpe_column_follows_each_tier_file(tmp_path):
    """The DPE column and the eligible counts are read from the tier files: a task whose file says it is not eligible
    (or that has none) is not counted, and the tier count and cost spread are the file's."""
    import json
    import shutil

    from effbench.tasks.catalogue import render
    from effbench.tasks.task import load_suite
    for task_id in ("count-primes", "kth-smallest", "pair-sum-count"):
        shutil.copytree(default_tasks_dir() / task_id, tmp_path / task_id)
    (tmp_path / "pair-sum-count" / "tiers.json").unlink()
    # every shipped tier file of these is eligible now: the test marks one as EvalPerf's curation would drop it
    dropped = json.loads((tmp_path / "kth-smallest" / "tiers.json").read_text())
    (tmp_path / "kth-smallest" / "tiers.json").write_text(json.dumps({**dropped, "eligible": False}))
    data = json.loads((tmp_path / "count-primes" / "tiers.json").read_text())
    costs = [t["cost"] for t in data["tiers"]]
    text = render(load_suite(tmp_path))
    assert "3 tasks, 1 with a DPE-eligible tier file" in text
    rows = {line.split("|")[1].strip(" `"): line.split("|")[-2].strip() for line in text.splitlines()
            if line.startswith("| `")}
    assert rows["count-primes"] == f"{len(costs)} tiers, {max(costs) / min(costs):.1f}x, eligible"
    assert rows["kth-smallest"].endswith(", not eligible")
    assert rows["pair-sum-count"] == "no tier file"


def test_catalogue_counts_each_category_and_the_spread_of_its_tier_files(tmp_path):
    """Per category: its tasks, the eligible ones, and min / median / max of its tier files' slowest-over-fastest
    cost; a category whose tasks have no tier file shows no spread instead of a made-up one."""
    import json
    import shutil

    from effbench.tasks.catalogue import render
    from effbench.tasks.task import load_suite
    for task_id in ("count-primes", "power-sum-mod", "modular-inverse-sum", "pair-sum-count"):
        shutil.copytree(default_tasks_dir() / task_id, tmp_path / task_id)
    (tmp_path / "pair-sum-count" / "tiers.json").unlink()
    spreads = []
    for task_id in ("count-primes", "power-sum-mod", "modular-inverse-sum"):
        costs = [t["cost"] for t in json.loads((tmp_path / task_id / "tiers.json").read_text())["tiers"]]
        spreads.append(max(costs) / min(costs))
    lo, mid, hi = sorted(spreads)
    rows = {line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
            for line in render(load_suite(tmp_path)).splitlines() if line.startswith("| ") and "`" not in line}
    assert rows["number-theory"] == ["3", "3", f"{lo:.1f}x / {mid:.1f}x / {hi:.1f}x"]
    assert rows["arrays-hashing"] == ["1", "0", "-"]
