"""Every task of the shipped suite passes the fast form of `effbench tasks validate` (small levels, real sandbox)."""
from __future__ import annotations

import pytest

from effbench.tasks.inputs import InputCache
from effbench.tasks.task import default_tasks_dir, discover, load_task
from effbench.tasks.validate import validate_task

TASKS = [p.name for p in discover(default_tasks_dir())]


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    return InputCache(tmp_path_factory.mktemp("inputs"))


@pytest.mark.sandbox
@pytest.mark.parametrize("task_id", TASKS)
def test_task_validates_fast(task_id, runner, cache):
    task = load_task(default_tasks_dir() / task_id)
    summary = validate_task(task, runner, cache, fast=True, seed=998244353)
    assert "agree" in summary


def test_the_suite_is_not_empty():
    assert len(TASKS) >= 1


def test_catalogue_is_current():
    from effbench.tasks.catalogue import render
    from effbench.tasks.task import load_suite
    committed = (default_tasks_dir() / "README.md").read_text()
    assert committed == render(load_suite(default_tasks_dir())), \
        "tasks/README.md is stale: run `effbench tasks catalogue --write`"
