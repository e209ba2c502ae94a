"""Fuzz: random and hostile result frames and outputs through decoding, judging and every checker kind effbench has
(exact, float, a task author's custom checker, ENAMEL's and EvalPlus's imported checkers).  Only the documented
outcomes may come out: the frame is ``ok`` or one of the sample's failures, a judge answers ok or wrong answer with a
reason, a checker answers or raises CheckerError; never another exception.

Judging needs a TaskEvaluation: it is built on a real ProcessSandbox that is never started (judging runs nothing) and
a real run store in a temporary folder."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from effbench.tasks.checkers import CheckerError
from effbench.importers import import_enamel, import_evalperf
from effbench.tasks.inputs import CASES_LEVEL, InputCache
from effbench.measuring.plan import TaskEvaluation
from effbench.measuring.records import WRONG_ANSWER, Settings
from effbench.sandbox import base
from effbench.sandbox.outcome import interpret
from effbench.sandbox.process import ProcessSandbox
from effbench.measuring.store import RunStore
from effbench.tasks.task import load_task
from effbench_runners import wire

from .hostile import ARITHMETIC_CHECKER, prefix_max_variant
from .datasets import ENAMEL_CSV, EVALPERF_JSONL

FRAME_OUTCOMES = {base.OK, base.BAD_OUTPUT, base.ERROR, base.COMPILE_ERROR, base.MEMORY}
LIMITS = base.Limits(wall_limit=1.0)
FUZZ = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])


@pytest.fixture(scope="module")
def evaluations(tmp_path_factory) -> list[TaskEvaluation]:
    tmp = tmp_path_factory.mktemp("fuzz")
    tasks = tmp / "tasks"
    tasks.mkdir()
    folders = [prefix_max_variant(tasks, f"{kind}-max", kind, ARITHMETIC_CHECKER if kind == "custom" else None)
               for kind in ("exact", "float", "custom")]
    import_enamel(ENAMEL_CSV, tmp / "enamel")
    import_evalperf(EVALPERF_JSONL, tmp / "evalperf")
    folders += sorted((tmp / "enamel").glob("enamel-*"))[:2] + sorted((tmp / "evalperf").glob("evalperf-*"))[:1]
    runner = ProcessSandbox(slot=0)  # never started
    out = []
    for folder in folders:
        task = load_task(folder)
        ev = TaskEvaluation(task, runner, RunStore(tmp / "store"), Settings(), InputCache(tmp / "cache"))
        ev.expected.update({("cases", CASES_LEVEL, i): [1, 2.5, "x"] for i in range(len(ev.cases))})
        ev.expected[("level", 1, 0)] = [3, 1.0]
        out.append(ev)
    assert {ev.task.checker for ev in out} == {"exact", "float", "custom"}
    return out


# ---------------------------------------------------------------- strategies
TAGS = ["t", "d", "s", "fs", "b", "f", "c", "i", "x"]
HUGE = st.sampled_from([10 ** 400, -(10 ** 400), 2 ** 2000, 10 ** 4299, 2 ** 64, -(2 ** 63)])
SPECIAL_FLOATS = st.sampled_from([math.nan, math.inf, -math.inf, 1e308, -0.0, 5e-324])
json_scalars = (st.none() | st.booleans() | st.integers() | HUGE | st.floats() | SPECIAL_FLOATS
                | st.text(max_size=8) | st.sampled_from(["nan", "inf", "-inf", "ff", "-1a", "0x1", ""]))
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(TAGS) | st.text(max_size=3), inner, max_size=2),
    max_leaves=12)

hashables = st.recursive(st.none() | st.integers() | HUGE | st.text(max_size=4) | st.binary(max_size=4),
                         lambda inner: st.tuples(inner, inner) | st.frozensets(inner, max_size=2), max_leaves=4)
python_values = st.recursive(
    st.none() | st.booleans() | st.integers() | HUGE | st.floats() | SPECIAL_FLOATS | st.text(max_size=8)
    | st.binary(max_size=8) | st.complex_numbers(allow_nan=True, allow_infinity=True),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner) | st.dictionaries(hashables, inner, max_size=2)
    | st.sets(hashables, max_size=3) | st.frozensets(hashables, max_size=2),
    max_leaves=12)


def nest(value, depth: int):
    for _ in range(depth):
        value = [value]
    return value


deep_values = st.builds(nest, python_values, st.integers(1, 400))


def dumps(obj) -> bytes:
    return json.dumps(obj, allow_nan=True).encode()


ok_frames = st.builds(lambda outputs, extra: dumps({"kind": "ok", "outputs": outputs, **extra}),
                      st.lists(json_values, max_size=3) | json_values,
                      st.dictionaries(st.sampled_from(["base_kb", "phase", "kind"]), json_values, max_size=2))
honest_frames = st.builds(lambda values: dumps({"kind": "ok", "outputs": [wire.encode_value(v) for v in values]}),
                          st.lists(python_values | deep_values, min_size=1, max_size=2))
error_frames = st.builds(lambda fields: dumps({"kind": "error", **fields}),
                         st.dictionaries(st.sampled_from(["phase", "error_type", "message", "traceback", "base_kb",
                                                          "index"]), json_values | st.sampled_from(
                                             ["compile", "encode", "MemoryError", "SyntaxError"]), max_size=5))
raw_frames = (st.binary(max_size=64)
              | st.integers(1, 5000).map(lambda n: b'{"kind": "ok", "outputs": [' + b"[" * n + b"]" * n + b"]}")
              | st.integers(4200, 6000).map(lambda n: b'{"kind": "ok", "outputs": [' + b"9" * n + b"]}")
              | st.builds(lambda v: dumps(v), json_values))
frames = ok_frames | honest_frames | error_frames | raw_frames


# ---------------------------------------------------------------- properties
def judge_everywhere(ev: TaskEvaluation, ex: base.Execution) -> None:
    where = [("level", 1, 0, 0)]
    if len(ev.cases) == len(ex.outputs):
        where.append(("cases", CASES_LEVEL, 0, 0))
    for w in where:
        for judge in (ev._judge, ev._judge_representative, ev._learn):
            if judge is ev._judge_representative and w[0] == "cases":
                continue
            status, detail = judge(ex, w)
            assert status in (base.OK, WRONG_ANSWER) and isinstance(detail, str)


@pytest.mark.slow
@pytest.mark.sandbox  # custom checkers judge in a process of their own
@FUZZ
@given(payload=frames, inputs=st.integers(1, 3))
def test_any_result_frame_is_an_outcome_and_any_output_a_verdict(evaluations, payload, inputs):
    ex = interpret({"status": "done"}, payload, LIMITS, inputs)
    assert ex.status in FRAME_OUTCOMES and isinstance(ex.detail, str)
    assert ex.base_kb is None or 0 <= ex.base_kb < 1 << 40
    if ex.status != base.OK:
        return
    assert len(ex.outputs) == inputs
    for ev in evaluations:
        judge_everywhere(ev, base.Execution(base.OK, outputs=ex.outputs[:1]))
        if len(ev.cases) == inputs:
            judge_everywhere(ev, ex)


@pytest.mark.slow
@pytest.mark.sandbox
@FUZZ
@given(output=python_values | deep_values, expected=python_values)
def test_every_checker_answers_or_says_why_it_could_not(evaluations, output, expected):
    for ev in evaluations:
        check = ev.checker  # as a run has it: made once per task (a custom one's process serves every verdict)
        args = ev.level_inputs[1][0].args()
        try:
            assert check(args, output, expected) in (True, False)
        except CheckerError as exc:
            assert str(exc).startswith("checker raised ")
