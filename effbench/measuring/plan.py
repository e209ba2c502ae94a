"""Sandbox execution stage: run the expert reference and the samples of one task, check outputs, append records.

The plan per subject is ENAMEL's: hand cases (one batch), level 0 once per test (correctness only), then each level
l >= 1 with every test repeated R times.  A sample stops at its first failure; at a level >= 1, a timeout or memory
error stops it without failing it (the scorer gives that level and all later ones 0); in timing modes a run judged
over T is first measured once more, with its pair (phase ``confirm``), and stops the sample only if that run is over
T too: one spike of a noisy clock must not zero the rest of a sample's levels.  Every decision is taken from
records, whether just measured or loaded from the store, so a resumed run follows exactly the same path.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

from effbench_runners import wire

from effbench.tasks.checkers import CheckerError, make_checker, show
from effbench.errors import EffbenchError
from effbench.tasks.inputs import CASES_LEVEL, InputCache
from effbench.measuring.records import (FAILURES, NULL_SUBJECT, PAIR_PREFIX, REF_PREFIX, DPE_TIER_PREFIX, WRONG_ANSWER,
                                        RunRecord, Settings)
from effbench.measuring import passes as passes_
from effbench.measuring.null_program import null_input, null_program
from effbench.measuring.rules import rules_for
from effbench.tasks.samples import Sample
from effbench.sandbox import base
from effbench.measuring.store import RecordSink
from effbench.scoring.outcomes import CONFIRM, ReferenceProfile, harness_offsets, net_cost, reference_profile
from effbench.tasks.task import Task

MAX_REPR = 200


class TaskUnscorable(EffbenchError):
    """The task cannot be scored in this run (its expert reference failed): reported, never blamed on samples."""


def _outputs(ex: base.Execution) -> list:
    """The outputs of a run being judged: a judge sees only runs that ended OK, and those carry their outputs."""
    assert ex.outputs is not None, "an OK execution carries its outputs"
    return ex.outputs


def _wall(record: RunRecord) -> float:
    assert record.wall_time is not None, "a correct run was timed"
    return record.wall_time


def _short(value) -> str:
    return show(value, MAX_REPR)


def _verdict(judge):
    """A judge whose checker raised on an output has its answer: that output is wrong (a sample's failure, with the
    reason; for the expert, measure_reference makes the task unscorable with it), never an exception out of the run."""
    @functools.wraps(judge)
    def judged(self, ex: base.Execution, where: tuple) -> tuple[str, str]:
        try:
            return judge(self, ex, where)
        except CheckerError as exc:
            phase, level, test, _ = where
            return WRONG_ANSWER, str(exc) if phase == "cases" else f"level {level} test {test}: {exc}"
    return judged


class TaskEvaluation:
    def __init__(self, task: Task, sandbox: base.Sandbox, store: RecordSink, settings: Settings, cache: InputCache,
                 counting: base.Sandbox | None = None):
        self.task, self.sandbox, self.store, self.settings = task, sandbox, store, settings
        self.counting = counting  # the sandbox whose worker counts instructions, in instructions mode
        if settings.measure == "instructions" and counting is None:
            raise EffbenchError("instructions mode needs a counting sandbox")
        self.checker = make_checker(task)
        self.rules = rules_for(settings.rules)
        self.cases = task.cases()
        self.case_inputs = cache.case_inputs(task)
        self.level_inputs = [cache.level_inputs(task, lvl, settings.seed) for lvl in range(len(task.levels))]
        self.case_args = [c["args"] for c in self.cases]
        self.needs_args = task.checker == "custom"  # built-in checkers ignore the arguments: skip decoding them
        for r in filter(None, (sandbox, counting)):
            r.drop_inputs()
            for inp in self.case_inputs + [i for level in self.level_inputs for i in level]:
                r.put_input(inp.key, inp.blob)
        self.expected = {k: wire.decode_value(v) for k, v in store.load_expected(task.id).items()}
        self.profile: ReferenceProfile | None = None
        self.offsets: dict[tuple[int, int], float] = {}  # the harness's fixed cost per (level, test)
        self.passes: dict[tuple[int, int], int] = {}  # passes per timed run of (level, test) (measuring.passes)
        self.executions = 0  # runs made in a sandbox, not replayed from the store: how progress tells work done

    # ------------------------------------------------------------ plan
    def counted(self, level: int) -> bool:
        """Levels that score efficiency are counted in instructions mode; correctness runs never are."""
        return self.settings.measure == "instructions" and self.task.levels.hardness[level] > 0

    def repeats(self, level: int) -> int:
        return self.settings.repeats_at(self.task.levels.hardness[level])

    def _plan(self, subject: str, code: str, budget: Callable[[str, int], base.Limits],
              judge: Callable[[base.Execution, tuple], tuple[str, str]], paired: bool = False) -> RunRecord | None:
        """Run a subject through cases and levels; returns the first non-ok record (None if all were ok).

        *paired*: before (even repeats) or after (odd repeats) each scored run, the expert runs on the same input
        as subject ``pair:<subject>``, so the two see the same phase of a VM whose speed drifts over seconds."""
        keys = [i.key for i in self.case_inputs]
        # one batch; or, under rules that hold each case to the limit T (ENAMEL's level 0), one run per case
        batches = list(enumerate([k] for k in keys)) if self.rules.cases_limited and keys else [(0, keys)]
        for first, batch in batches:
            rec = self._run(subject, "cases", CASES_LEVEL, first, 0, code, batch, budget("cases", CASES_LEVEL), judge)
            if rec.status != base.OK:
                return rec
        for level, inputs in enumerate(self.level_inputs):
            limits = budget("level", level)
            pair = paired and self.task.levels.hardness[level] > 0
            for inp in inputs:
                for rep in range(self.repeats(level)):
                    rec = self._paired_run(subject, "level", level, inp, rep, code, limits, judge, pair)
                    if self._worth_confirming(rec):
                        rec = self._paired_run(subject, CONFIRM, level, inp, rep, code, limits, judge, pair)
                    if rec.status != base.OK:
                        return rec
        return None

    def _worth_confirming(self, rec: RunRecord) -> bool:
        """A right answer judged over T by a clock is measured once more before it stops the sample: a VM's slow
        phase or one preemption must not zero a level (outcomes.settle scores the re-measurement).  Counts are
        deterministic and a run killed at the wall deadline already had kill_factor times T: neither is retried."""
        return (rec.status == base.TIMEOUT and bool(rec.correct) and rec.level > 0
                and self.task.levels.hardness[rec.level] > 0 and not self.counted(rec.level))

    def _paired_run(self, subject: str, phase: str, level: int, inp, rep: int, code: str, limits: base.Limits,
                    judge, pair: bool) -> RunRecord:
        if pair and rep % 2 == 0:
            self._pair_run(subject, phase, level, inp, rep, limits)
        rec = self._run(subject, phase, level, inp.index, rep, code, [inp.key], limits, judge)
        if pair and rep % 2 == 1:
            self._pair_run(subject, phase, level, inp, rep, limits)
        return rec

    def _pair_run(self, subject: str, phase: str, level: int, inp, rep: int, limits: base.Limits) -> None:
        self._run(PAIR_PREFIX + subject, phase, level, inp.index, rep, self.task.expert.code, [inp.key], limits,
                  self._judge_representative)

    def _run(self, subject, phase, level, test, repeat, code, keys, limits, judge, passes=None) -> RunRecord:
        key = (self.task.id, subject, phase, level, test, repeat)
        old = self.store.get(key)
        if old is not None and old.status != base.INFRA:
            return old
        scored = phase in ("level", CONFIRM, "dpe")  # a run whose cost counts: counted, or timed in passes
        counted = scored and self.counted(level)
        sandbox = self.counting if counted else self.sandbox
        assert sandbox is not None, "instructions mode has a counting sandbox (checked in __init__)"
        if passes is None:
            passes = self.passes.get((level, test), 1) if scored else 1
        self.store.before_measuring()
        self.executions += 1
        ex = sandbox.execute(self.rules.program(code), self.task.entry_point, keys, limits.repeated(passes))
        ex = ex.per_pass(passes)
        status, detail = ex.status, ex.detail
        if status == base.OK:
            status, detail = judge(ex, (phase, level, test, repeat))
        elif (self.rules.overflow_ends_level and status == base.ERROR and ex.error_type == "OverflowError"
              and level > 0 and self.task.levels.hardness[level] > 0):
            status, detail = base.TIMEOUT, f"OverflowError, which ends the level under {self.rules.name}'s rules"
        correct = ex.status == base.OK and status != WRONG_ANSWER
        rec = RunRecord(self.task.id, subject, phase, level, test, repeat, status, ex.cpu_time, ex.wall_time,
                        ex.peak_kb, ex.base_kb, detail[:2000], ex.instructions,
                        sandbox.counter if counted else None, correct, passes)
        self.store.append(rec)
        return rec

    def _limits(self, wall: float, fixed: float | None = None) -> base.Limits:
        return base.Limits.for_wall(wall, self.task.memory_mb, fixed)

    # ------------------------------------------------------------ reference
    def measure_reference(self) -> ReferenceProfile:
        expert = self.task.expert
        subject = REF_PREFIX + expert.name
        t = self.settings.ref_timeout

        def budget(phase: str, level: int) -> base.Limits:
            counted = phase in ("level", "dpe") and self.counted(level)
            return self._limits(t * (self.settings.count_slowdown / 10 if counted else 1))

        self.calibrate(subject, budget)
        bad = self._plan(subject, expert.code, budget, self._learn)
        if bad is not None:
            where = "hand cases" if bad.phase == "cases" else f"level {bad.level} test {bad.test}"
            raise TaskUnscorable(f"task {self.task.id}: expert reference {expert.name!r} {bad.status} on {where}: "
                                 f"{bad.detail.splitlines()[0] if bad.detail else ''}")
        if self.rules.subtracts_harness(self.settings.measure):
            self.measure_null(budget)
        runs = self.store.runs(self.task.id, subject)
        self.profile = reference_profile(runs, self.task.levels.hardness, self.settings, self.offsets)
        return self.profile

    def calibrate(self, subject: str, budget: Callable[[str, int], base.Limits]) -> None:
        """Under rules with a ``min_run_time``, in timing modes: the passes each scored test's timed runs make, found
        by running the expert there with more and more passes (effbench.measuring.passes)."""
        target = self.rules.min_run_time
        if not target or self.settings.measure == "instructions":
            return
        for level, inputs in enumerate(self.level_inputs):
            if self.task.levels.hardness[level] == 0:
                continue
            for inp in inputs:
                begun = self.store.get((self.task.id, subject, "level", level, inp.index, 0))
                if begun is not None and self.store.get((self.task.id, subject, passes_.CALIBRATE, level, inp.index,
                                                         0)) is None:
                    # a run begun by an effbench that made one pass: resumed, it stays comparable with itself
                    self.passes[(level, inp.index)] = begun.passes
                    continue
                most, passes, step = passes_.cap(len(inp.blob)), 1, 0
                while True:
                    rec = self._run(subject, passes_.CALIBRATE, level, inp.index, step, self.task.expert.code,
                                    [inp.key], budget("level", level), self._learn, passes)
                    cost = rec.cost(self.settings.measure)
                    if rec.status != base.OK or cost is None:
                        raise TaskUnscorable(f"task {self.task.id}: expert reference {rec.status} on level {level} "
                                             f"test {inp.index} (calibrating its passes): {rec.detail[:200]}")
                    more = passes_.next_passes(passes, cost * passes, target, most)
                    if more is None:
                        break
                    passes, step = more, step + 1
                self.passes[(level, inp.index)] = passes

    def measure_null(self, budget: Callable[[str, int], base.Limits]) -> None:
        """The harness's fixed cost on each scored test: the null program (:func:`null_program`) run on the same
        input, as often and in the same mode as a subject, through the same measured region (code load, module body,
        call, encode of a result like the expert's).  Its estimate is subtracted from every subject's
        (outcomes.harness_offsets), so a microsecond expert is not diluted by the harness; what a subject does
        beyond it (its own code's load, its module body, its call, a costlier result) stays charged."""
        code = null_program(self.task)
        for level, inputs in enumerate(self.level_inputs):
            if self.task.levels.hardness[level] == 0:
                continue
            for inp in inputs:
                key = f"{inp.key}-null"
                blob = null_input(inp.args(), self.expected[("level", level, inp.index)])
                for r in filter(None, (self.sandbox, self.counting)):
                    r.put_input(key, blob)
                for rep in range(self.repeats(level)):
                    rec = self._run(NULL_SUBJECT, "level", level, inp.index, rep, code, [key],
                                    budget("level", level), lambda ex, where: (base.OK, ""))
                    if rec.status != base.OK:
                        raise TaskUnscorable(f"task {self.task.id}: the null program {rec.status} on level {level} "
                                             f"test {inp.index}: {rec.detail.splitlines()[0] if rec.detail else ''}")
        runs = self.store.runs(self.task.id, NULL_SUBJECT)
        self.offsets = harness_offsets(runs, self.settings)

    def measure_dpe_tiers(self, tier_file) -> None:
        """Re-measure every DPE tier representative on the tier file's input, in this run's mode (EvalPerf
        re-measures them too: costs from another machine or mode are not comparable)."""
        level, test = tier_file.level, tier_file.test
        inp = self.level_inputs[level][test]
        t = self.settings.ref_timeout * (self.settings.count_slowdown / 10 if self.counted(level) else 1)
        for i, tier in enumerate(tier_file.tiers):
            for rep in range(self.repeats(level)):
                rec = self._paired_run(f"{DPE_TIER_PREFIX}{i}", "level", level, inp, rep, tier.code,
                                       self._limits(t), self._judge_representative, self._paired())
                if rec.status != base.OK:
                    break

    def _paired(self) -> bool:
        """Timing modes pair a sample's scored runs with expert runs (its eff@k limit follows the VM's phase), and
        the DPE representatives' runs too: DPE matching compares each run to the expert run beside it
        (scoring.dpe_outcomes), so a sample and a representative measured minutes apart are not told apart by the
        VM's drift in between.  Counts do not drift."""
        return self.settings.paired and self.settings.measure != "instructions"

    def profile_for_dpe(self, sample: Sample, stop: RunRecord | None, tier_file) -> None:
        """EvalPerf profiles every correct sample on its input, however slow.  ENAMEL's plan may have stopped a
        correct sample (over T) before or during that input: then measure it there now, in a phase of its own,
        with a budget that only needs to tell "slower than the slowest representative"."""
        if stop is not None and (stop.status in FAILURES or stop.phase == "cases" or stop.level == 0
                                 or stop.status == base.INFRA):
            return
        level, test = tier_file.level, tier_file.test
        reps = self.repeats(level)
        have = [self.store.get((self.task.id, sample.key, "level", level, test, r)) for r in range(reps)]
        if all(r is not None and r.correct for r in have):
            return
        slowest = [r for r in self.store.runs(self.task.id, f"{DPE_TIER_PREFIX}0")
                   if r.phase == "level" and r.level == level and r.test == test and r.correct]
        if not slowest:
            return  # the representatives failed: the task is unscorable by DPE anyway
        costs = [r.cost(self.settings.measure) for r in slowest]
        # None: an uncounted level in instructions mode, where no run has a cost and none is held to a cap
        cost_cap = None if None in costs else max(c for c in costs if c is not None)
        wall = self.settings.kill_factor * max(_wall(r) for r in slowest) + self.settings.kill_slack

        def judge(ex: base.Execution, where: tuple) -> tuple[str, str]:
            status, detail = self._judge_representative(ex, where)
            cost = ex.cost(self.settings.measure)
            if status == base.OK and cost is not None and cost_cap is not None and cost > cost_cap:
                return base.TIMEOUT, "slower than the slowest tier representative"
            return status, detail

        inp, limits = self.level_inputs[level][test], self._limits(wall, self.settings.kill_slack)
        for rep in range(reps):
            if self._paired_run(sample.key, "dpe", level, inp, rep, sample.code, limits, judge,
                                self._paired()).status not in (base.OK, base.TIMEOUT):
                break

    @_verdict
    def _judge_representative(self, ex: base.Execution, where: tuple) -> tuple[str, str]:
        _, level, test, _ = where
        if not self.checker(self._args(level, test), _outputs(ex)[0], self.expected[("level", level, test)]):
            return WRONG_ANSWER, f"tier representative is wrong on level {level} test {test}"
        return base.OK, ""

    @_verdict
    def _learn(self, ex: base.Execution, where: tuple) -> tuple[str, str]:
        """Expert runs define the expected outputs (hand cases may state theirs; the expert must agree)."""
        phase, level, test, repeat = where
        if phase == "cases":
            for i, (case, out) in enumerate(zip(self.cases[test:], _outputs(ex)), test):
                expected = case.get("expected", out)
                if not self.checker(case["args"], out, expected):
                    return WRONG_ANSWER, f"hand case {i}: the case says {_short(expected)}, expert gave {_short(out)}"
                self._remember(("cases", CASES_LEVEL, i), expected)
            return base.OK, ""
        slot = ("level", level, test)
        if slot in self.expected:
            if not self.checker(self._args(level, test), _outputs(ex)[0], self.expected[slot]):
                return WRONG_ANSWER, f"expert is not deterministic on level {level} test {test}"
            return base.OK, ""
        self._remember(slot, _outputs(ex)[0])
        return base.OK, ""

    def _remember(self, slot: tuple[str, int, int], value) -> None:
        if slot not in self.expected:
            self.store.save_expected(self.task.id, *slot, wire.big_ints_in_hex(wire.encode_value(value)))
            self.expected[slot] = value

    def _args(self, level: int, test: int):
        return self.level_inputs[level][test].args() if self.needs_args else None

    # ------------------------------------------------------------ samples
    def measure_sample(self, sample: Sample) -> RunRecord | None:
        if self.profile is None:
            raise RuntimeError("measure_reference() first")
        s = self.settings
        # Killed from outside at kill_factor times the slowest wall time a passing run could take, plus slack.
        run_wall = s.kill_factor * s.alpha * self.profile.wall_max + s.kill_slack
        plain_wall = s.case_timeout if s.measure == "instructions" else run_wall

        def budget(phase: str, level: int) -> base.Limits:
            if phase == "cases":
                return self._limits(max(s.case_timeout, plain_wall * len(self.cases)))
            return self._limits(run_wall if self.counted(level) or s.measure != "instructions" else plain_wall,
                                s.kill_slack)

        return self._plan(sample.key, sample.code, budget, self._judge, self._paired())

    @_verdict
    def _judge(self, ex: base.Execution, where: tuple) -> tuple[str, str]:
        phase, level, test, _ = where
        if phase == "cases":
            outputs = _outputs(ex)
            if len(outputs) != (1 if self.rules.cases_limited else len(self.cases)):
                return WRONG_ANSWER, "wrong number of results"
            for i, out in enumerate(outputs, test):
                expected = self.expected[("cases", CASES_LEVEL, i)]
                if not self.checker(self.case_args[i], out, expected):
                    return WRONG_ANSWER, f"hand case {i}: expected {_short(expected)}, got {_short(out)}"
            return self._within_limit(ex, level, test) if self.rules.cases_limited else (base.OK, "")
        expected = self.expected[("level", level, test)]
        output = _outputs(ex)[0]
        if not self.checker(self._args(level, test), output, expected):
            return WRONG_ANSWER, f"level {level} test {test}: expected {_short(expected)}, got {_short(output)}"
        return self._within_limit(ex, level, test)

    def _within_limit(self, ex: base.Execution, level: int, test: int) -> tuple[str, str]:
        """A right answer that cost more than the limit T (plus the rules' tolerance) stops the sample there.  T is
        net of the harness's fixed cost, so is the run's cost (the hand cases have no null run: none subtracted)."""
        measured = ex.cost(self.settings.measure)
        if measured is not None:
            measured = net_cost(measured, self.offsets.get((level, test), 0.0))
        assert self.profile is not None, "samples are judged after measure_reference() (measure_sample checks)"
        limit = self.rules.stop_limit(self.profile.limit, self.settings.measure)
        if measured is not None and measured > limit:
            return base.TIMEOUT, f"{self.settings.measure} {measured:.4g} over the limit {limit:.4g}"
        return base.OK, ""
