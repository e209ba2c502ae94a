"""DPE per task from records (effbench.dpe_summary, pure): the paired expert runs correct the machine's drift between
the moment the representatives were measured and the moment the sample was; EvalPerf's lazy order handling."""
from __future__ import annotations

from effbench.dpe_summary import TierInfo, matching_rule, task_dpe
from effbench.records import PAIR_PREFIX, REF_PREFIX, TIER_PREFIX, RunRecord, SampleOutcome, Settings

TASK, LEVEL, TEST = "t", 2, 0
JITTER = [0.97, 0.99, 1.0, 1.01, 1.02, 1.04]


def runs(subject: str, cost: float, phase: str = "level") -> list[RunRecord]:
    return [RunRecord(TASK, subject, phase, LEVEL, TEST, i, "ok", cpu_time=cost * j, wall_time=cost * j,
                      correct=True) for i, j in enumerate(JITTER)]


def scenario(sample_cost: float, pair_cost: float | None, reps=(4e-3, 2e-3, 1e-3)) -> dict:
    """The expert costs 1 ms next to the representatives; it cost *pair_cost* interleaved with the sample."""
    by = {f"{TIER_PREFIX}{i}": runs(f"{TIER_PREFIX}{i}", c) for i, c in enumerate(reps)}
    by[REF_PREFIX + "expert"] = runs(REF_PREFIX + "expert", 1e-3)
    by["s1"] = runs("s1", sample_cost)
    if pair_cost is not None:
        by[PAIR_PREFIX + "s1"] = runs(PAIR_PREFIX + "s1", pair_cost)
    return by


def dps(by: dict, strict: bool = False, info=TierInfo(LEVEL, TEST, [30.0, 60.0, 100.0], "expert")):
    outcome = SampleOutcome("s1", TASK, "m", "0", "passed")
    return task_dpe(info, by, [outcome], Settings(measure="cpu"), max_profile=20, strict_order=strict)


def test_a_machine_slowed_down_does_not_cost_the_expert_its_tier():
    # the machine ran 30 % slower while the sample (the expert's code) was measured: so did the paired expert
    slowed = dps(scenario(1.3e-3, 1.3e-3))
    assert slowed.per_model["m"]["dps"] == 100.0 and slowed.problem is None
    # without the pairs nothing tells drift from slowness: 30 % over the representative is measurably slower
    assert dps(scenario(1.3e-3, None)).per_model["m"]["dps"] == 60.0


def test_a_slower_sample_stays_slower_after_the_correction():
    # the sample is 30 % slower than the expert beside it, on a steady machine
    assert dps(scenario(1.3e-3, 1e-3)).per_model["m"]["dps"] == 60.0


def test_profiling_phase_costs_are_not_corrected_by_level_pairs():
    by = scenario(1.3e-3, 1.3e-3)
    by["s1"] = runs("s1", 1.3e-3, phase="dpe")  # profiled after ENAMEL stopped it: no pair runs beside those
    assert dps(by).per_model["m"]["dps"] == 60.0


def test_representatives_out_of_order_lazy_and_strict():
    disordered = scenario(1e-3, 1e-3, reps=(4e-3, 1e-3, 2e-3))
    lazy = dps(disordered)
    assert lazy.problem is None and "out of order" in lazy.warning and lazy.per_model["m"]["dps"] == 100.0
    strict = dps(disordered, strict=True)
    assert "out of order" in strict.problem and strict.per_model == {}


def test_the_rule_is_named_per_mode():
    assert matching_rule("instructions").startswith("evalperf")
    assert matching_rule("cpu") == matching_rule("wall") and matching_rule("cpu").startswith("sound")
