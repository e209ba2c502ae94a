"""DPE per task from records (effbench.scoring.dpe_outcomes, pure): sound matching in a timing mode, EvalPerf's lazy
order handling."""
from __future__ import annotations

from effbench.scoring.dpe_outcomes import DpeTierInfo, matching_rule, task_dpe
from effbench.measuring.records import DPE_TIER_PREFIX, RunRecord, SampleOutcome, Settings

TASK, LEVEL, TEST = "t", 2, 0
JITTER = [0.97, 0.99, 1.0, 1.01, 1.02, 1.04]


def runs(subject: str, cost: float, phase: str = "level") -> list[RunRecord]:
    return [RunRecord(TASK, subject, phase, LEVEL, TEST, i, "ok", cpu_time=cost * j, wall_time=cost * j,
                      correct=True) for i, j in enumerate(JITTER)]


def scenario(sample_cost: float, reps=(4e-3, 2e-3, 1e-3)) -> dict:
    by = {f"{DPE_TIER_PREFIX}{i}": runs(f"{DPE_TIER_PREFIX}{i}", c) for i, c in enumerate(reps)}
    by["s1"] = runs("s1", sample_cost)
    return by


def dps(by: dict, strict: bool = False, info=DpeTierInfo(LEVEL, TEST, [30.0, 60.0, 100.0])):  # noqa: B008 - read only
    outcome = SampleOutcome("s1", TASK, "m", "0", "passed")
    return task_dpe(info, by, [outcome], Settings(measure="cpu"), max_profile=20, strict_order=strict)


def test_a_sample_as_fast_as_the_representative_earns_its_tier():
    # the same costs in another order: EvalPerf's comparison of two estimates is a tie, the test finds no slowdown
    by = scenario(1e-3)
    by["s1"] = [RunRecord(TASK, "s1", "level", LEVEL, TEST, i, "ok", cpu_time=1e-3 * j, correct=True)
                for i, j in enumerate(reversed(JITTER))]
    assert dps(by).per_model["m"]["dps"] == 100.0


def test_a_measurably_slower_sample_loses_the_tier():
    assert dps(scenario(1.3e-3)).per_model["m"]["dps"] == 60.0  # 30 % over the fastest representative
    assert dps(scenario(5e-3)).per_model["m"]["dps"] == 0.0  # slower than every representative


def test_profiling_phase_costs_count_when_the_level_runs_did_not_get_there():
    by = scenario(1e-3)
    by["s1"] = runs("s1", 1.3e-3, phase="dpe")  # profiled after ENAMEL stopped it
    assert dps(by).per_model["m"]["dps"] == 60.0


def test_representatives_out_of_order_lazy_and_strict():
    disordered = scenario(1e-3, reps=(4e-3, 1e-3, 2e-3))
    lazy = dps(disordered)
    assert lazy.problem is None and "out of order" in lazy.warning and lazy.per_model["m"]["dps"] == 100.0
    strict = dps(disordered, strict=True)
    assert "out of order" in strict.problem and strict.per_model == {}


def test_the_rule_is_named_per_mode():
    assert matching_rule("instructions").startswith("evalperf")
    assert matching_rule("cpu") == matching_rule("wall") and matching_rule("cpu").startswith("sound")
