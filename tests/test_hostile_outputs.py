"""Whatever a sample returns or forges is that sample's failure on the host, with the reason recorded, never a host
exception that stops the run (issue 11); outputs of any size that builtins hold are encoded (issue 13).

The pure parts (decoding, checkers, judging) are tested directly, then whole runs through the real process sandbox,
resumed.  The fuzz test is in test_hostile_fuzz.py."""
from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys
import time

import pytest

from effbench.tasks import checkers
from effbench.tasks.checkers import CheckerError, make_checker
from effbench.tasks.inputs import InputCache
from effbench.measuring.records import Settings
from effbench.measuring.run import execute_run
from effbench.tasks.samples import load_samples
from effbench.sandbox import base
from effbench.sandbox.outcome import interpret
from effbench.tasks.task import load_suite, load_task
from effbench_runners import wire

from .conftest import FIXTURE_TASKS, write_samples
from .hostile import ARITHMETIC_CHECKER, EXPERT, big_int_task, forging, prefix_max_variant

LIMITS = base.Limits(wall_limit=3.0)


def float_task():
    return dataclasses.replace(load_task(FIXTURE_TASKS / "prefix-max"), checker="float")


# ---------------------------------------------------------------- checkers
@pytest.mark.parametrize("output, expected, verdict", [
    (10 ** 400, 1.5, False),
    ([10 ** 400, 2], [1.0, 2], False),
    (10 ** 400, 10 ** 400, True),
    (10 ** 400 + 1, 10 ** 400, True),             # within the relative tolerance, in exact arithmetic
    (10 ** 400, 10 ** 400 * 2, False),
    (10 ** 400, float("inf"), False),
    (float("nan"), 10 ** 400, False),
    (-(10 ** 400), float("-inf"), False),
], ids=range(8))
def test_float_checker_takes_integers_beyond_the_float_range(output, expected, verdict):
    assert make_checker(float_task())(None, output, expected) is verdict


@pytest.mark.sandbox  # a custom checker judges in a process of its own
def test_a_custom_checker_that_raises_on_an_output_says_so(tmp_path):
    task = load_task(prefix_max_variant(tmp_path, "custom-arith", "custom", ARITHMETIC_CHECKER))
    check = make_checker(task)
    assert check(None, [1, 2], [1, 2]) is True
    with pytest.raises(CheckerError, match=r"checker raised TypeError: unsupported operand"):
        check(None, ["1", "2"], [1, 2])


# Checkers as task authors write them, instant on honest outputs, that a hostile output keeps busy: a minute here
# (finite, so that without a bound the test ends, and fails), hours in life.
SPINNING_CHECKER = ("import time\n"
                    "def check(args, output, expected):\n"
                    "    if len(output) > len(expected):\n"
                    "        end = time.monotonic() + 60\n"
                    "        while time.monotonic() < end:\n"
                    "            pass\n"
                    "    return output == expected\n")
SLEEPING_CHECKER = SPINNING_CHECKER.replace("while time.monotonic() < end:\n            pass", "time.sleep(60)")
HOARDING_CHECKER = ("def check(args, output, expected):\n"
                    "    hoard = bytearray(len(output) << 20)  # 1 MiB per item\n"
                    "    return output == expected and len(hoard) > 0\n")


@pytest.mark.sandbox
@pytest.mark.parametrize("checker_py, budget, reason", [
    (SPINNING_CHECKER, checkers.CheckBudget(cpu_s=1.0, wall_s=40.0), "checker used more than 1 CPU seconds"),
    (SLEEPING_CHECKER, checkers.CheckBudget(wall_s=3.0), r"checker did not answer within 3 s \(wall clock\)"),
    (HOARDING_CHECKER, checkers.CheckBudget(memory_mb=256), "checker raised MemoryError"),
], ids=["cpu", "wall", "memory"])
def test_a_custom_checker_verdict_is_bounded_and_the_next_one_is_given(tmp_path, monkeypatch, checker_py, budget,
                                                                        reason):
    monkeypatch.setattr(checkers, "CHECK_BUDGET", budget)
    task = load_task(prefix_max_variant(tmp_path, "custom-slow", "custom", checker_py,
                                        lambda manifest: manifest.replace("memory_mb = 256", "memory_mb = 32")))
    check = make_checker(task)
    assert check([[1, 2]], [1, 2], [1, 2]) is True
    start = time.monotonic()
    with pytest.raises(CheckerError, match=reason):
        check([[1, 2]], list(range(1000)), [1, 2])
    assert time.monotonic() - start < 45
    assert check([[1, 2]], [1, 2], [1, 2]) is True and check([[1, 2]], [2, 2], [1, 2]) is False


def nest(value, depth: int, kind=list):
    for _ in range(depth):
        value = kind([value])
    return value


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["exact", "float"])
def test_builtin_checkers_compare_structures_deeper_than_the_stack(kind):
    check = make_checker(dataclasses.replace(float_task(), checker=kind))
    assert check(None, nest([1, (2.0, {3: 4})], 50_000), nest([1, (2.0, {3: 4})], 50_000)) is True
    assert check(None, nest([1, (2.0, {3: 4})], 50_000), nest([1, (2.0, {3: 5})], 50_000)) is False


@pytest.mark.slow
def test_a_check_that_python_itself_cannot_finish_says_so():
    deep = nest(1, 100_000, lambda items: frozenset({tuple(items)}))  # set equality recurses in C
    with pytest.raises(CheckerError, match="RecursionError"):
        make_checker(float_task())(None, deep, nest(1, 100_000, lambda items: frozenset({tuple(items)})))


# ---------------------------------------------------------------- decoding
@pytest.mark.parametrize("data", [
    {"c": []}, {"c": [1.0]}, {"c": {}}, {"c": "ab"}, {"c": [10 ** 400, 0.0]}, {"c": [1.0, 2.0, 3.0]},
    {"c": [[], 1.0]}, {"c": None}, {"d": {"ab": 1}}, {"d": [[1]]}, {"d": [[[1], 2]]}, {"s": [[1]]}, {"t": 5},
    {"fs": [{"d": []}]}, {"i": "0x10"}, {"i": "-"}, {"i": 12}, {"i": "1_0"}, {"b": 5}, {"f": ["nan"]},
    {"c": [{"f": "nan"}, {"f": "bad"}]}, {"x": 1, "y": 2}, {},
])
def test_malformed_values_are_wire_errors(data):
    with pytest.raises(wire.WireError):
        wire.decode_value(data)


def test_values_too_deep_to_rebuild_are_wire_errors():
    data = []
    for _ in range(100_000):
        data = [data]
    with pytest.raises(wire.WireError, match="nested too deeply"):
        wire.decode_value(data)


@pytest.mark.parametrize("value", [10 ** 5000, -(7 ** 20000), [3 ** 30000, {(2 ** 9000, 1): 10 ** 4301}],
                                   2 ** 2000, -(2 ** 2000), 2 ** 2000 - 1, 2 ** 64], ids=range(7))
def test_integers_of_any_size_are_encoded(value):
    text = wire.dumps(wire.encode_value(value))  # json.dumps refuses a decimal int of more than 4,300 digits
    assert wire.decode_value(json.loads(text)) == value


def test_integers_are_decimal_unless_one_is_too_long_for_decimal():
    assert wire.dumps(wire.encode_value([2 ** 2000, 5])) == json.dumps([2 ** 2000, 5])  # the common, cheap path
    assert wire.dumps(wire.encode_value([10 ** 5000, 5])) == json.dumps([{"i": format(10 ** 5000, "x")}, 5])


def test_a_lowered_digit_limit_does_not_stop_the_encoding():
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(640)  # what a sample may do to the process that encodes its result
    try:
        text = wire.dumps(wire.encode_value((10 ** 700, {10 ** 650: [3]})))
    finally:
        sys.set_int_max_str_digits(old)
    assert wire.decode_value(json.loads(text)) == (10 ** 700, {10 ** 650: [3]})


HASH = 2 ** 61 - 1  # CPython hashes every multiple of this int to 0, and int hashes are not randomised


@pytest.mark.parametrize("tag", ["s", "fs", "d"])
def test_a_forged_hash_flood_is_refused_in_linear_time(tag):
    flood = [k * HASH for k in range(1, 20_001)]  # a set of these takes a host 12 s to build, quadratic in size
    body = [[k, 0] for k in flood] if tag == "d" else flood
    payload = frame({"kind": "ok", "outputs": [[{"t": [1, 2]}, {tag: body}]]})
    start = time.process_time()
    ex = interpret({"status": "done"}, payload, LIMITS, 1)
    assert ex.status == base.BAD_OUTPUT and "hash flood" in ex.detail
    assert time.process_time() - start < 2.0


@pytest.mark.slow
def test_big_honest_sets_and_dicts_are_rebuilt():
    value = [set(range(200_000)), {(i, -i): i for i in range(100_000)}, frozenset(range(-1, -3, -1))]
    assert wire.decode_value(json.loads(wire.dumps(wire.encode_value(value)))) == value


# ---------------------------------------------------------------- result frames
def frame(obj) -> bytes:
    return json.dumps(obj).encode()


@pytest.mark.parametrize("payload, inputs", [
    (frame({"kind": "ok", "outputs": []}), 1),                  # the forged empty outputs on a level run
    (frame({"kind": "ok", "outputs": [1, 2]}), 1),
    (frame({"kind": "ok", "outputs": [1]}), 3),
    (frame({"kind": "ok"}), 1),
    (frame({"kind": "ok", "outputs": "abc"}), 3),
    (frame({"kind": "ok", "outputs": {"a": 1}}), 1),
    (frame({"kind": "ok", "outputs": [{"c": []}]}), 1),         # the malformed complex
    (frame({"kind": "ok", "outputs": [{"c": [1e308, "x"]}]}), 1),
    (b'{"kind": "ok", "outputs": [' + b"1" * 5000 + b"]}", 1),  # a decimal int past the 4,300-digit limit
    (b'{"kind": "ok", "outputs": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}", 1),
    (b"\xff\xfe not json", 1), (b"[1, 2]", 1), (b"", 1),
])
def test_forged_ok_frames_are_bad_output(payload, inputs):
    ex = interpret({"status": "done"}, payload, LIMITS, inputs)
    assert ex.status == base.BAD_OUTPUT and ex.detail


def test_forged_fields_of_an_error_frame_are_ignored_not_raised():
    deep = []
    for _ in range(900):
        deep = [deep]
    ex = interpret({"status": "done"}, frame({"kind": "error", "phase": deep, "error_type": deep, "message": deep,
                                             "traceback": 10 ** 300, "base_kb": 10 ** 300}), LIMITS, 1)
    assert ex.status == base.ERROR and ex.base_kb is None and ex.error_type == "?"
    ex = interpret({"status": "done"}, frame({"kind": "ok", "outputs": [1], "base_kb": -5}), LIMITS, 1)
    assert ex.status == base.OK and ex.outputs == [1] and ex.base_kb is None


# ---------------------------------------------------------------- whole runs, in the real sandbox
HUGE = "def prefix_max(nums):\n    return [10 ** 400 for _ in nums]\n"
STRINGS = "def prefix_max(nums):\n    return [str(x) for x in nums]\n"
LONGER = "def prefix_max(nums):\n    return [0] * (len(nums) + 1)\n"
SETTINGS = Settings(repeats=1, alpha=3.0)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    tasks = tmp / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "float-max", "float")
    prefix_max_variant(tasks, "custom-max", "custom", ARITHMETIC_CHECKER)
    prefix_max_variant(tasks, "exact-max", "exact")
    prefix_max_variant(tasks, "spin-max", "custom", SPINNING_CHECKER)
    big_int_task(tasks)
    rows = [
        {"task_id": "float-max", "model": "expert", "solution": EXPERT},
        {"task_id": "float-max", "model": "huge", "solution": HUGE},
        {"task_id": "custom-max", "model": "expert", "solution": EXPERT},
        {"task_id": "custom-max", "model": "strings", "solution": STRINGS},
        {"task_id": "exact-max", "model": "expert", "solution": EXPERT},
        {"task_id": "exact-max", "model": "empty-frame", "solution": forging('{"kind": "ok", "outputs": []}')},
        {"task_id": "exact-max", "model": "bad-complex", "solution": forging('{"kind": "ok", "outputs": [{"c": []}]}')},
        {"task_id": "exact-max", "model": "deep-frame",
         "solution": forging('{"kind": "ok", "outputs": [' + "[" * 5000 + "]" * 5000 + "]}")},
        {"task_id": "spin-max", "model": "expert", "solution": EXPERT},
        {"task_id": "spin-max", "model": "longer", "solution": LONGER},
        {"task_id": "big-power", "model": "expert", "solution": "def big_power(n):\n    return 7 ** n\n"},
        {"task_id": "big-power", "model": "off-by-one", "solution": "def big_power(n):\n    return 7 ** n + 1\n"},
    ]
    suite = {t.id: t for t in load_suite(tasks)}
    samples = load_samples(write_samples(tmp / "samples.jsonl", rows), suite)
    args = (sorted(suite.values(), key=lambda t: t.id), samples, SETTINGS, tmp / "out", [1])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(checkers, "CHECK_BUDGET", checkers.CheckBudget(cpu_s=1.0, wall_s=40.0))
        report = execute_run(*args, InputCache(tmp / "cache"))
    return tmp, args, report


def results(out) -> dict[tuple, dict]:
    rows = map(json.loads, (out / "results.jsonl").read_text().splitlines())
    return {(r["task_id"], r["model"]): r for r in rows}


@pytest.mark.sandbox
def test_hostile_samples_fail_with_their_reason_and_the_run_goes_on(hostile_run):
    tmp, _, report = hostile_run
    got = results(tmp / "out")
    assert report.unscorable == {} and report.infra == 0
    for task in ("float-max", "custom-max", "exact-max", "spin-max", "big-power"):
        assert got[(task, "expert")]["status"] == "passed", got[(task, "expert")]
    assert got[("float-max", "huge")]["failure"] == "wrong_answer on hand cases"
    assert got[("custom-max", "strings")]["failure"] == "wrong_answer on hand cases"
    assert "checker raised TypeError" in got[("custom-max", "strings")]["detail"]
    assert got[("spin-max", "longer")]["failure"] == "wrong_answer on hand cases"
    assert "checker used more than 1 CPU seconds" in got[("spin-max", "longer")]["detail"]
    assert got[("exact-max", "empty-frame")]["failure"] == "bad_output on level 1 test 0"
    assert "0 output(s) for 1 input(s)" in got[("exact-max", "empty-frame")]["detail"]
    assert got[("exact-max", "bad-complex")]["failure"] == "bad_output on level 1 test 0"
    assert got[("exact-max", "deep-frame")]["failure"] == "bad_output on level 1 test 0"
    off = got[("big-power", "off-by-one")]
    assert off["failure"] == "wrong_answer on hand cases" and "too large to show" in off["detail"]


@pytest.mark.sandbox
def test_the_expert_of_a_huge_integer_is_remembered_exactly(hostile_run):
    tmp, _, _ = hostile_run
    lines = (tmp / "out" / "expected" / "big-power.jsonl").read_text().splitlines()
    values = {(e["phase"], e["level"], e["test"]): wire.decode_value(e["value"]) for e in map(json.loads, lines)}
    assert values[("cases", -1, 0)] == 7 ** 6000 and values[("cases", -1, 1)] == 1
    assert all(isinstance(v, int) and v.bit_length() > 14_000 for k, v in values.items() if k[0] == "level")


@pytest.mark.sandbox
def test_resuming_a_hostile_run_measures_nothing_again_and_stops_nowhere(hostile_run):
    tmp, args, report = hostile_run
    before = (tmp / "out" / "records.jsonl").read_text()
    again = execute_run(*args, InputCache(tmp / "cache"))
    assert (tmp / "out" / "records.jsonl").read_text() == before
    assert again.leaderboard["models"] == report.leaderboard["models"]
    assert math.isclose(again.leaderboard["models"]["expert"]["pass@k"]["1"], 1.0)


@pytest.mark.sandbox
def test_the_cli_runs_hostile_samples_to_the_end_as_a_subprocess(hostile_run):
    tmp, _, _ = hostile_run
    rows = [
        {"task_id": "big-power", "model": "expert", "solution": "def big_power(n):\n    return 7 ** n\n"},
        {"task_id": "custom-max", "model": "strings", "solution": STRINGS},
        {"task_id": "exact-max", "model": "empty-frame", "solution": forging('{"kind": "ok", "outputs": []}')},
    ]
    samples = write_samples(tmp / "cli-samples.jsonl", rows)
    cmd = [sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tmp / "tasks"), "--out",
           str(tmp / "cli-out"), "--repeats", "1", "--k", "1", "--quiet"]
    env = dict(os.environ, EFFBENCH_CACHE=str(tmp / "cache"))
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    got = results(tmp / "cli-out")
    assert got[("big-power", "expert")]["status"] == "passed"
    assert got[("custom-max", "strings")]["status"] == got[("exact-max", "empty-frame")]["status"] == "failed"


@pytest.mark.sandbox
def test_a_checker_that_raises_on_the_experts_output_makes_the_task_unscorable_with_the_reason(tmp_path):
    tasks = tmp_path / "tasks"
    tasks.mkdir()
    prefix_max_variant(tasks, "raising-check", "custom", "def check(args, output, expected):\n"
                                                         "    raise ValueError('boom')\n")
    suite = {t.id: t for t in load_suite(tasks)}
    rows = [{"task_id": "raising-check", "model": "expert", "solution": EXPERT}]
    samples = load_samples(write_samples(tmp_path / "samples.jsonl", rows), suite)
    report = execute_run(list(suite.values()), samples, SETTINGS, tmp_path / "out", [1], InputCache(tmp_path / "c"))
    assert report.unscorable == {"raising-check": "expert reference wrong_answer on hand cases: checker "
                                                  "raised ValueError: boom"}
