"""A task's stated signature against its references' entry function (effbench.tasks.signature), checked by
`tasks validate` and the pytest plugin's manifest item before anything runs."""
from __future__ import annotations

import shutil

import pytest

from effbench.errors import ValidationError
from effbench.tasks.signature import signature_problem
from effbench.tasks.task import default_tasks_dir, load_suite, load_task
from effbench.tasks.validate import check_manifest

from .conftest import FIXTURE_TASKS

SUITE = [t for t in load_suite(default_tasks_dir()) if not t.origin]


@pytest.mark.parametrize("task", SUITE, ids=[t.id for t in SUITE])
def test_every_task_of_the_suite_states_the_signature_its_references_take(task):
    """Found as a user: camel-to-snake's prompt began `def to_snake(names: list[str]) -> list[str]` where its
    statement and references take `text: str`, and a correct completion using `text` failed (NameError)."""
    assert signature_problem(task) is None


def _with_signature(tmp_path, signature: str):
    task_dir = tmp_path / "prefix-max"
    shutil.copytree(FIXTURE_TASKS / "prefix-max", task_dir)
    toml = task_dir / "task.toml"
    head, rest = toml.read_text().split("signature = ", 1)
    toml.write_text(head + f"signature = {signature!r}\n" + rest.split("\n", 1)[1])
    return load_task(task_dir)


@pytest.mark.parametrize("signature, says", [
    ("def prefix_max(values: list[int]) -> list[int]", "takes (values) but reference rescan's prefix_max takes (nums)"),
    ("def prefix_max(nums, *, key=None)", "takes (nums, *, key) but reference rescan's prefix_max takes (nums)"),
    ("def prefix_max(nums: list[int] -> list[int]", "is not a Python function head"),
    ("def running_max(nums: list[int]) -> list[int]", "is not the head of a function named prefix_max"),
])
def test_a_signature_the_references_do_not_take_fails_the_manifest_check_saying_how(tmp_path, signature, says):
    task = _with_signature(tmp_path, signature)
    with pytest.raises(ValidationError, match="^signature ") as failed:
        check_manifest(task)
    assert says in str(failed.value), str(failed.value)


def test_a_signature_with_other_annotations_or_defaults_is_the_same_signature(tmp_path):
    assert signature_problem(_with_signature(tmp_path, "def prefix_max(nums: 'list[int]' = ()) -> list")) is None


def test_a_task_that_states_no_signature_is_not_held_to_one(tmp_path):
    """The manifest's signature is optional (its prompt then takes any arguments): no signature, no mismatch."""
    task_dir = tmp_path / "prefix-max"
    shutil.copytree(FIXTURE_TASKS / "prefix-max", task_dir)
    toml = task_dir / "task.toml"
    toml.write_text("".join(line for line in toml.read_text().splitlines(keepends=True)
                            if not line.startswith("signature = ")))
    task = load_task(task_dir)
    assert task.signature == "def prefix_max(*args)" and signature_problem(task) is None
    check_manifest(task)
