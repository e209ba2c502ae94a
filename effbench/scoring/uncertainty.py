"""Bootstrap 95 % intervals over tasks for the suite scores (pure: no I/O).

Why over tasks: a suite score is an unweighted mean over tasks, and the tasks are a sample from the problems the
suite stands for.  Which tasks happen to be in the suite moves the score far more than timing noise does (that noise
is already squeezed by the repeats and the estimator), so the honest interval resamples tasks: draw as many tasks as
there are, with replacement, average, and repeat.  The interval is the percentile interval of those averages.

Every resample uses one fixed seed, so the same leaderboard always gets the same intervals (a leaderboard is rebuilt
by ``effbench score`` and must not change).  A bootstrap interval of a mean can miss the mean itself by a rounding
error (the resampled means are summed in a different order than the point estimate), so the interval is widened to
include the point estimate; with all tasks equal it is exactly zero wide.

The resampling itself is ``scipy.stats.bootstrap`` (percentile method), not a loop of our own; scipy is imported
where it is used, because every run and rescore builds a leaderboard and scipy.stats is slow to import.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

RESAMPLES = 2000
LEVEL = 0.95
SEED = 20240607
METHOD = "percentile bootstrap over tasks (scipy.stats.bootstrap)"


def describe() -> dict:
    """How the intervals were made: stored next to them, so a reader can reproduce them."""
    return {"method": METHOD, "level": LEVEL, "resamples": RESAMPLES, "seed": SEED}


def bootstrap_mean_interval(values: Sequence[float], point: float | None = None, resamples: int = RESAMPLES,
                            level: float = LEVEL, seed: int = SEED) -> list[float] | None:
    """Percentile bootstrap interval [lo, hi] of the mean of *values*; None when there are no values.

    *point* is the score the interval belongs to (default: the mean of *values*); the interval always contains it.
    """
    data = np.asarray([float(v) for v in values], dtype=float)
    if data.size == 0:
        return None
    if not np.all(np.isfinite(data)):
        raise ValueError("bootstrap over tasks needs finite per-task values")
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be in (0, 1), got {level!r}")
    if resamples < 1:
        raise ValueError(f"resamples must be >= 1, got {resamples}")
    centre = math.fsum(data.tolist()) / data.size if point is None else float(point)
    if np.all(data == data[0]):
        return [centre, centre]
    from scipy.stats import bootstrap
    result = bootstrap((data,), np.mean, n_resamples=resamples, confidence_level=level, method="percentile",
                       vectorized=True, rng=np.random.default_rng(seed))
    lo, hi = result.confidence_interval
    return [min(float(lo), centre), max(float(hi), centre)]


def suite_intervals(tasks: Mapping[str, dict], suite: Mapping[str, Any], ks: Sequence[int],
                    dpe_min_correct: int) -> dict:
    """The ``ci95`` block of one model: an interval for every suite score it has, None where the score is None.

    *tasks* is the model's per-task breakdown and *suite* its suite scores, as :func:`effbench.scoring.leaderboard.
    build_leaderboard` makes them; DPS is resampled over the tasks that count in it (enough correct samples).
    """
    out: dict = {"pass@k": {}, "eff@k": {}}
    for metric in ("pass@k", "eff@k"):
        for k in ks:
            point = suite[metric].get(str(k))
            values = [t[metric].get(str(k)) for t in tasks.values()]
            out[metric][str(k)] = (None if point is None or any(v is None for v in values)
                                   else bootstrap_mean_interval(values, point))
    counted = [t for t in tasks.values() if "dps" in t and t.get("dpe_correct", 0) >= dpe_min_correct]
    for key, field in (("DPS", "dps"), ("DPS_norm", "dps_norm")):
        point = suite.get(key)
        out[key] = None if point is None else bootstrap_mean_interval([t[field] for t in counted], point)
    return out
