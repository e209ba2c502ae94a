"""EvalPerf's task curation: which tasks' solution pools are fit to score DPE (pure: no I/O).

EvalPerf (evalplus ``perf/select_pe_tasks.py``) keeps a task only if its profiled pool passes four filters, in this
order; each constant below is EvalPerf's default:

1. **profile size**: at least ``MIN_PROFILE`` (10) correct solutions were profiled, none without a measurement.
   Fewer cannot make meaningful tiers.
2. **compute cost**: every solution costs at least ``MIN_INSTRUCTIONS`` (10,000 CPU instructions) on average over
   its repeats.  A task some solution solves in less is dominated by fixed overhead, not by the code's efficiency.
3. **coefficient of variation**: the 99th percentile, over solutions, of each solution's CV across its repeats
   (100 * population standard deviation / mean) is at most ``MAX_CV_PERCENT`` (5 %).  Noisier profiles cannot
   order solutions.  (A single deterministic count has CV 0.)
4. **clusters**: the solutions' mean costs split into at least ``MIN_TIERS`` (4) tiers at the stricter base
   ``ELIGIBILITY_BASE`` (0.2): otherwise the task does not discriminate efficiency.

EvalPerf drops a task at its first failed filter; :func:`curate` checks all four and returns every reason, so a
task author sees at once everything that keeps the task out.  The compute-cost threshold is on EvalPerf's scale
(instructions); tiers built from timings use nanoseconds (effbench.measuring.dpe_tiers), where it is a floor of 10 µs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np

from effbench.scoring.dpe import build_tiers

__all__ = ["MIN_PROFILE", "MIN_INSTRUCTIONS", "MAX_CV_PERCENT", "CV_PERCENTILE", "MIN_TIERS", "ELIGIBILITY_BASE",
           "Curation", "coefficient_of_variation", "curate"]

MIN_PROFILE = 10
MIN_INSTRUCTIONS = 10_000.0
MAX_CV_PERCENT = 5.0
CV_PERCENTILE = 99
MIN_TIERS = 4
ELIGIBILITY_BASE = 0.2


@dataclass(frozen=True)
class Curation:
    eligible: bool
    reasons: tuple[str, ...]  # empty when eligible; one line per failed filter otherwise
    tiers: int  # tiers at the eligibility base (0 if the pool is empty)


def coefficient_of_variation(costs: Sequence[float]) -> float:
    """EvalPerf's CV in percent: 100 * population standard deviation / mean."""
    if not costs:
        raise ValueError("cannot take the coefficient of variation of no measurements")
    arr = np.asarray(costs, dtype=float)
    return float(100.0 * np.std(arr) / np.mean(arr))


def curate(profiles: Sequence[Sequence[float] | None], *, min_profile: int = MIN_PROFILE,
           min_cost: float = MIN_INSTRUCTIONS, max_cv: float = MAX_CV_PERCENT, cv_percentile: float = CV_PERCENTILE,
           min_tiers: int = MIN_TIERS, base: float = ELIGIBILITY_BASE) -> Curation:
    """Apply EvalPerf's four filters to a pool: *profiles* holds, per correct solution, its repeated costs
    (``None`` or empty for a solution that could not be profiled)."""
    for p in profiles:
        for c in p or ():
            if c is not None and (not math.isfinite(c) or c <= 0):
                raise ValueError(f"costs must be positive and finite, got {c!r}")
    reasons = []
    complete = [list(map(float, p)) for p in profiles if p and None not in p]
    if len(complete) < len(profiles):
        reasons.append(f"profile size: {len(profiles) - len(complete)} of {len(profiles)} solutions "
                       "without a full measurement")
    if len(complete) < min_profile:
        reasons.append(f"profile size: {len(complete)} correct solutions profiled, fewer than {min_profile}")
    if not complete:
        return Curation(False, tuple(reasons), 0)
    means = [math.fsum(p) / len(p) for p in complete]
    if min(means) < min_cost:
        reasons.append(f"compute cost: a solution costs {min(means):.6g} < {min_cost:g}")
    cv = float(np.percentile([coefficient_of_variation(p) for p in complete], cv_percentile))
    if cv > max_cv:
        reasons.append(f"coefficient of variation: P{cv_percentile:g} CV = {cv:.1f}% > {max_cv:g}%")
    n_tiers = len(build_tiers(means, base))
    if n_tiers < min_tiers:
        reasons.append(f"clusters: {n_tiers} tiers at base {base:g}, fewer than {min_tiers}")
    return Curation(not reasons, tuple(reasons), n_tiers)
