"""How ``effbench tasks validate`` runs a tier or pool member against the expert: a program that agrees everywhere
is checked in one run (the runs' fixed cost was over nine tenths of validating a task input by input), and one that
does not finish there is checked level by level, then input by input, where a wrong answer is still named by its
level and test and an input past its cut-off is still passed over."""
from __future__ import annotations

from pathlib import Path

import pytest

from effbench.errors import ValidationError
from effbench.tasks.inputs import InputCache
from effbench.tasks.task import load_task
from effbench.tasks.validate import check_pool_member, run_expert

FIXTURE = Path(__file__).parent / "fixtures" / "tasks" / "prefix-max"

pytestmark = pytest.mark.sandbox


@pytest.fixture(scope="module")
def checked(runner):
    """The fixture task's expert run on the hand cases and the fast levels (0 and 1), and a way to check a program
    against it that counts the runs it took."""
    task = load_task(FIXTURE)
    baseline = run_expert(task, runner, InputCache(enabled=False), range(2), 998244353)
    runs: list[list[str]] = []
    execute = runner.execute

    def counted(code, entry, keys, limits):
        runs.append(list(keys))
        return execute(code, entry, keys, limits)

    def check(code: str) -> list[list[str]]:
        runs.clear()
        runner.execute = counted
        try:
            check_pool_member(task, "member", code, runner, baseline)
        finally:
            del runner.execute
        return runs

    return task, baseline, check, runs


def _first_value(baseline, level: int, test: int) -> int:
    return baseline.level_inputs[level][test].args()[0][0]


def test_a_program_that_agrees_everywhere_is_checked_in_one_run(checked):
    task, baseline, check, runs = checked
    check(task.expert.code)
    every = [i.key for i in baseline.case_inputs] + [i.key for lvl in (0, 1) for i in baseline.level_inputs[lvl]]
    assert runs == [every]


def test_a_wrong_answer_found_in_the_one_run_is_named_by_its_level_and_test(checked):
    task, baseline, check, runs = checked
    marker = _first_value(baseline, 1, 1)
    assert marker not in {_first_value(baseline, 1, 0)} | {i.args()[0][0] for i in baseline.level_inputs[0]}
    wrong = task.expert.code + f"\n_real = prefix_max\ndef prefix_max(nums):\n" \
                               f"    out = _real(nums)\n    return out[1:] if nums and nums[0] == {marker} else out\n"
    with pytest.raises(ValidationError, match=r"^pool member member\.py disagrees with the expert at level 1 test 1$"):
        check(wrong)


def test_a_run_that_does_not_finish_is_checked_level_by_level_then_input_by_input(checked):
    """Level 1 test 1 spins past its cut-off (2 s of CPU), so neither the one run nor level 1's run finishes: the
    hand cases and level 0 are checked in a run each, level 1 input by input, where test 0's wrong answer is named."""
    task, baseline, check, runs = checked
    bad, slow = _first_value(baseline, 1, 0), _first_value(baseline, 1, 1)
    code = task.expert.code + f"\n_real = prefix_max\ndef prefix_max(nums):\n" \
                              f"    while nums and nums[0] == {slow}:\n        pass\n" \
                              f"    out = _real(nums)\n    return out[1:] if nums and nums[0] == {bad} else out\n"
    with pytest.raises(ValidationError, match=r"^pool member member\.py disagrees with the expert at level 1 test 0$"):
        check(code)
    hand = [i.key for i in baseline.case_inputs]
    level = {lvl: [i.key for i in baseline.level_inputs[lvl]] for lvl in (0, 1)}
    assert runs == [hand + level[0] + level[1], hand, level[0], level[1], level[1][:1]]
