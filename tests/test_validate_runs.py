"""How ``effbench tasks validate`` runs a tier or pool member against the expert: a program that agrees everywhere
is checked in one run (the runs' fixed cost was over nine tenths of validating a task input by input), largest input
first; whatever that run does not settle is judged level by level, then input by input, as a run (a child per test)
would judge it: a wrong answer is named by its level and test, an input past its cut-off is passed over, module state
shared between calls neither fails nor passes a program."""
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
    levels = [i.key for lvl in (0, 1) for i in baseline.level_inputs[lvl]]
    assert runs == [levels[::-1] + [i.key for i in baseline.case_inputs]]


def test_a_wrong_answer_found_in_the_one_run_is_named_by_its_level_and_test(checked):
    task, baseline, check, runs = checked
    marker = _first_value(baseline, 1, 1)
    assert marker not in {_first_value(baseline, 1, 0)} | {i.args()[0][0] for i in baseline.level_inputs[0]}
    wrong = task.expert.code + f"\n_real = prefix_max\ndef prefix_max(nums):\n" \
                               f"    out = _real(nums)\n    return out[1:] if nums and nums[0] == {marker} else out\n"
    with pytest.raises(ValidationError, match=r"^pool member member\.py disagrees with the expert at level 1 test 1$"):
        check(wrong)
    hand = [i.key for i in baseline.case_inputs]
    level = {lvl: [i.key for i in baseline.level_inputs[lvl]] for lvl in (0, 1)}
    assert runs == [level[1][::-1] + level[0][::-1] + hand, hand, level[0][::-1], level[1][::-1],
                    *[[k] for k in level[1]]]


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
    assert runs == [level[1][::-1] + level[0][::-1] + hand, hand, level[0][::-1], level[1][::-1], level[1][:1]]


def test_state_a_program_keeps_between_calls_is_judged_as_runs_of_one_test_judge_it(checked):
    """A run gives each test a child of its own, where validation's shared runs call the program several times in
    one: a program that is wrong on any call after a large one passes, as its runs would."""
    task, baseline, check, runs = checked
    code = task.expert.code + "\n_real = prefix_max\n_large = []\ndef prefix_max(nums):\n" \
                              "    out = _real(nums) if not _large else _real(nums)[1:]\n" \
                              "    _large.extend([1] if len(nums) > 100 else [])\n    return out\n"
    check(code)  # no ValidationError
    hand = [i.key for i in baseline.case_inputs]
    level = {lvl: [i.key for i in baseline.level_inputs[lvl]] for lvl in (0, 1)}
    assert runs == [level[1][::-1] + level[0][::-1] + hand, hand, level[0][::-1], level[1][::-1],
                    *[[k] for k in level[1]]]


def test_a_program_that_fails_cold_on_the_largest_input_is_not_warmed_by_the_smaller_ones(checked):
    """A program that fails on a large input when nothing ran before it in its process (a recursion whose cache the
    smaller inputs would fill), as its run of that test does, fails validation: the shared run takes the largest
    input first."""
    task, baseline, check, runs = checked
    code = task.expert.code + "\n_real = prefix_max\n_warm = []\ndef prefix_max(nums):\n" \
                              "    if len(nums) > 100 and not _warm:\n        raise RecursionError('cold')\n" \
                              "    _warm.append(1)\n    return _real(nums)\n"
    with pytest.raises(ValidationError, match=r"^pool member member\.py error at level 1 test 0: RecursionError"):
        check(code)
