"""EvalPerf's tier match with a confidence: the bootstrap over repeated costs (an extension of our own to DPE,
:mod:`effbench.scoring.dpe`).

Apart from ``scoring.dpe`` because it is the one part of DPE that needs numpy, whose import (about 30 ms) the
command line's start-up should not pay for a constant of DPE's.  Pure: no I/O.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from collections.abc import Sequence

import numpy as np

from effbench.scoring.dpe import Match, match_tier
from effbench.scoring.efficiency import hodges_lehmann

#: Number of bootstrap resamples used by ``match_tier_robust``.
BOOTSTRAP_RESAMPLES = 1000


@dataclass(frozen=True)
class RobustMatch(Match):
    confidence: float  # bootstrap probability that ``tier`` is the right tier
    reliable: bool = True  # confidence >= the level requested by the caller


def _hl_rows(x: np.ndarray) -> np.ndarray:
    """Hodges-Lehmann estimate of every row of a 2-D array (same arithmetic as
    ``hodges_lehmann``: Walsh averages (a + b) / 2, then their median)."""
    b, m = x.shape
    if m == 1:
        return x[:, 0].copy()
    ia, ib = np.triu_indices(m)
    out = np.empty(b)
    step = max(1, 2_000_000 // len(ia))  # bound the Walsh matrix's memory
    for s in range(0, b, step):
        chunk = x[s : s + step]
        out[s : s + step] = np.median((chunk[:, ia] + chunk[:, ib]) / 2.0, axis=1)
    return out


def _bootstrap_hl(values: Sequence[float], rng: random.Random, resamples: int) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    m = len(arr)
    idx = np.asarray(rng.choices(range(m), k=m * resamples), dtype=np.intp)
    return _hl_rows(arr[idx].reshape(resamples, m))


def match_tier_robust(
    sample_costs: Sequence[float],
    representative_costs: Sequence[Sequence[float]],
    scores: Sequence[float],
    confidence: float = 0.95,
    *,
    resamples: int = BOOTSTRAP_RESAMPLES,
    check_order: bool = True,
) -> RobustMatch:
    """Tier matching for noisy cost measurements, with a confidence estimate.

    Why: EvalPerf counts CPU instructions, which are nearly deterministic.
    With wall-clock or other noisy costs, a single measurement that lands
    near a tier boundary is a coin toss: rerunning could move the sample a
    whole tier and change its DPS by tens of points.

    Method:
    1. Both the sample and every representative are measured repeatedly.
       Each series is summarised by its Hodges-Lehmann estimate (robust to
       the occasional slow outlier run), and the tier is assigned by
       ``match_tier`` on those estimates. So with zero-spread repeats this is
       exactly ``match_tier``; out-of-order representative estimates raise
       ``TierOrderError``.
    2. ``confidence`` of the result is a bootstrap estimate of the
       probability that this tier is right: ``resamples`` times, every series
       is resampled with replacement (independently, since they are separate
       measurements), the HL estimates are recomputed and the sample is
       re-matched with the same fastest-to-slowest scan (without the order
       check: resampled representatives may cross, which is itself evidence
       of low confidence). The reported value is the fraction of resamples
       landing in the assigned tier ("slower than every tier" counts as a
       tier). The generator is ``random.Random(0)``, so results are
       reproducible.
    3. ``reliable`` is ``confidence >= `` the requested ``confidence`` level;
       the harness can flag or re-measure unreliable matches.
    """
    level = float(confidence)
    if not 0.0 < level <= 1.0:
        raise ValueError(f"confidence level must be in (0, 1], got {confidence!r}")
    if resamples < 1:
        raise ValueError(f"resamples must be >= 1, got {resamples}")
    series = [list(map(float, sample_costs))] + [list(map(float, r)) for r in representative_costs]
    for i, s in enumerate(series):
        if not s:
            what = "sample_costs" if i == 0 else f"representative_costs[{i - 1}]"
            raise ValueError(f"{what} is empty")
    point = match_tier(
        hodges_lehmann(series[0]), [hodges_lehmann(r) for r in series[1:]], scores, check_order=check_order
    )

    rng = random.Random(0)
    boot = [_bootstrap_hl(s, rng, resamples) for s in series]
    sample_b = boot[0]
    reps_b = np.stack(boot[1:], axis=1)  # (resamples, n_tiers), slowest first
    ok = sample_b[:, None] <= reps_b
    n_tiers = reps_b.shape[1]
    fastest_ok = n_tiers - 1 - np.argmax(ok[:, ::-1], axis=1)
    tiers_b = np.where(ok.any(axis=1), fastest_ok, -1)
    assigned = -1 if point.tier is None else point.tier
    conf = float(np.count_nonzero(tiers_b == assigned)) / resamples
    return RobustMatch(
        tier=point.tier,
        dps=point.dps,
        dps_norm=point.dps_norm,
        confidence=conf,
        reliable=conf >= level,
    )
