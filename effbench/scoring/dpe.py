"""EvalPerf's Differential Performance Evaluation (DPE), plus a noise-aware match.

EvalPerf (Liu et al., "Evaluating Language Models for Efficient Code
Generation", COLM 2024) does not compare a sample against one reference.
For each task it profiles a large pool of correct solutions on one
performance-exercising input and groups them into *performance tiers*:

* Sort the pool's costs from slowest to fastest and cut between neighbours
  a (slower) and b whenever the relative gap (a - b) / a exceeds
  base + sqrt(10000 / a). The sqrt term demands bigger relative gaps between
  cheap solutions, whose costs are dominated by fixed overhead and noise.
  The constant is EvalPerf's minimum-work threshold in *CPU instructions*:
  feed costs on that scale (costs below 10_000 can never be split).
* Each tier is represented by its slowest member, and scores the
  cumulative percentage of the pool in that tier and all slower tiers: a
  sample matching the fastest tier beats (or ties) 100% of the pool.
* A task is used only if the pool splits into at least 4 tiers at the
  stricter base 0.2 (otherwise the task does not discriminate efficiency).
* A correct sample is matched by scanning tiers from fastest to slowest and
  taking the first whose representative cost is >= the sample's cost. Its
  DPS is that tier's score; DPS_norm = 100 * (tier index + 1) / #tiers
  ignores how crowded the tiers are. A sample slower than every
  representative scores 0.
* The suite score is the unweighted mean over tasks with enough correct
  samples (EvalPerf's ``min_correct``, 10 by default).

EvalPerf's curation filters (which tasks are fit for DPE at all) live in
``scoring.curation``.

Two extensions of our own for noisy timing modes (not part of EvalPerf):
``match_tier_sound`` decides the tier from the repeats with a one-sided
Mann-Whitney U test (a sample earns a tier unless it is *measurably* slower
than the representative), and ``match_tier_robust`` (``scoring.dpe_robust``,
with numpy) reports how sure a tier assignment is; see their docstrings.

Everything here is pure: no I/O, no imports from the rest of effbench.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from collections.abc import Mapping, Sequence

from effbench.scoring.efficiency import hodges_lehmann

__all__ = [
    "Tier",
    "Match",
    "TierOrderError",
    "SPLIT_WEIGHT",
    "build_tiers",
    "dpe_eligible",
    "match_tier",
    "task_dps",
    "suite_dps",
    "match_tier_sound",
    "measurably_slower",
    "order_problem",
    "SOUND_ALPHA",
]

#: EvalPerf's minimum meaningful work (CPU instructions) in the split threshold.
SPLIT_WEIGHT = 10_000.0
#: Significance level of ``match_tier_sound``'s test: how sure "the sample is slower" must be to deny a tier.
SOUND_ALPHA = 0.01
MIN_CORRECT = 10   # EvalPerf's min_correct: a task counts in a suite DPS with this many correct samples
MAX_PROFILE = 20   # EvalPerf's max_profile: at most this many correct samples per model and task are scored
# EvalPerf's defaults as effbench's run settings, also its lazy handling of representatives out of order and its
# curation (a task its filters drop is left out of DPS; scoring.curation)
DPE_DEFAULTS = {"dpe_min_correct": MIN_CORRECT, "dpe_max_profile": MAX_PROFILE, "dpe_strict_order": False,
                "dpe_include_ineligible": False}


@dataclass(frozen=True)
class Tier:
    representative_cost: float  # the slowest (largest) member's cost
    score: float  # cumulative % of the pool in this tier and all slower ones
    members: tuple[float, ...]  # member costs, slowest first


@dataclass(frozen=True)
class Match:
    tier: int | None  # index into slowest->fastest tiers; None = slower than all
    dps: float
    dps_norm: float


class TierOrderError(ValueError):
    """Representatives are not strictly decreasing (slowest first).

    EvalPerf asserts this order and crashes otherwise; the harness reports
    such a task as unscorable instead. ``positions`` holds each offending
    (i, i + 1) pair of indices.
    """

    def __init__(self, positions: Sequence[tuple[int, int]], values: Sequence[float]):
        self.positions = tuple(positions)
        detail = ", ".join(
            f"({i}, {j}): {_shown(values[i])} <= {_shown(values[j])}" for i, j in self.positions
        )
        super().__init__(
            "tier representatives must be strictly decreasing (slowest first); "
            f"violated at positions {detail}"
        )


def _shown(value: float) -> str:
    """A cost as a message shows it: a count whole, a time to nine significant digits (a clock's nanoseconds),
    without the binary float's tail (0.12565732200000002)."""
    return f"{value:.9g}" if isinstance(value, float) else str(value)


def _split_threshold(a: float, base: float) -> float:
    return base + math.sqrt(SPLIT_WEIGHT / a)


def build_tiers(costs: Sequence[float], base: float = 0.1) -> list[Tier]:
    """Cluster a pool of solution costs into tiers, slowest tier first.

    Implements EvalPerf's 1-D adaptive segmentation exactly (see the module
    docstring). Scores are computed as 100 * cumulative_count / pool_size,
    rather than by summing per-tier percentages, so the fastest tier scores
    exactly 100.0.
    """
    vals = [float(c) for c in costs]
    if not vals:
        raise ValueError("cannot build tiers from an empty pool")
    for c in vals:
        if not math.isfinite(c) or c <= 0:
            raise ValueError(f"costs must be positive and finite, got {c!r}")
    base = float(base)
    if not math.isfinite(base) or base < 0:
        raise ValueError(f"base must be a non-negative number, got {base!r}")
    vals.sort(reverse=True)
    groups: list[list[float]] = [[vals[0]]]
    for a, b in zip(vals, vals[1:]):
        if (a - b) / a > _split_threshold(a, base):
            groups.append([b])
        else:
            groups[-1].append(b)
    n = len(vals)
    tiers = []
    seen = 0
    for g in groups:
        seen += len(g)
        tiers.append(Tier(representative_cost=g[0], score=100.0 * seen / n, members=tuple(g)))
    return tiers


def dpe_eligible(costs: Sequence[float], min_tiers: int = 4, base: float = 0.2) -> bool:
    """EvalPerf's task filter: the pool must split into >= min_tiers tiers at base 0.2.

    The stricter base only decides eligibility; scoring tiers use base 0.1.
    This is only EvalPerf's fourth filter: ``scoring.curation.curate`` applies all four.
    """
    return len(build_tiers(costs, base)) >= min_tiers


def _check_tiers(representatives: Sequence[float], scores: Sequence[float], check_order: bool = True) -> list[float]:
    reps = [float(r) for r in representatives]
    if len(reps) != len(scores):
        raise ValueError(f"{len(reps)} representatives but {len(scores)} scores")
    if not reps:
        raise ValueError("no tiers to match against")
    for r in reps:
        if not math.isfinite(r):
            raise ValueError(f"representative cost must be finite, got {r!r}")
    bad = [(i, i + 1) for i in range(len(reps) - 1) if not reps[i] > reps[i + 1]]
    if bad and check_order:
        raise TierOrderError(bad, reps)
    return reps


def order_problem(representatives: Sequence[float]) -> TierOrderError | None:
    """The order violation among representatives (slowest first), or None if they are strictly decreasing."""
    bad = [(i, i + 1) for i in range(len(representatives) - 1)
           if not float(representatives[i]) > float(representatives[i + 1])]
    return TierOrderError(bad, [float(r) for r in representatives]) if bad else None


def match_tier(cost: float, representatives: Sequence[float], scores: Sequence[float], *,
               check_order: bool = True) -> Match:
    """Match one sample's cost to a tier, exactly as EvalPerf does.

    ``representatives`` and ``scores`` go slowest -> fastest. Scanning from
    the fastest tier, the sample earns the first tier whose representative
    is at least as expensive (ties earn the tier: matching the slowest member
    of a tier means being in it). ``check_order=False`` is EvalPerf's lazy
    mode: representatives out of order are matched by the same scan instead
    of raising ``TierOrderError``.
    """
    reps = _check_tiers(representatives, scores, check_order)
    cost = float(cost)
    if not math.isfinite(cost):
        raise ValueError(f"cost must be finite, got {cost!r}")
    n = len(reps)
    for j in range(n - 1, -1, -1):
        if cost <= reps[j]:
            return Match(tier=j, dps=float(scores[j]), dps_norm=100.0 * (j + 1) / n)
    return Match(tier=None, dps=0.0, dps_norm=0.0)


def task_dps(matches: Sequence[Match]) -> tuple[float, float] | None:
    """Mean (DPS, DPS_norm) over a task's profiled samples; None if there are none."""
    if not matches:
        return None
    n = len(matches)
    return (
        math.fsum(m.dps for m in matches) / n,
        math.fsum(m.dps_norm for m in matches) / n,
    )


def suite_dps(
    per_task: Mapping[str, tuple[float, float]],
    correct_counts: Mapping[str, int],
    min_correct: int = MIN_CORRECT,
) -> tuple[float, float] | None:
    """Unweighted mean (DPS, DPS_norm) over tasks with >= min_correct correct samples.

    EvalPerf skips tasks where the model produced too few correct samples,
    since a DPS from one or two samples is mostly noise. Every task in
    ``per_task`` must have a count in ``correct_counts`` (a missing count is a
    harness bug, not "zero"). Returns None if no task qualifies.
    """
    missing = sorted(t for t in per_task if t not in correct_counts)
    if missing:
        raise ValueError(f"no correct-sample count for tasks: {missing}")
    kept = [v for t, v in per_task.items() if correct_counts[t] >= min_correct]
    if not kept:
        return None
    n = len(kept)
    return math.fsum(v[0] for v in kept) / n, math.fsum(v[1] for v in kept) / n


def measurably_slower(sample: Sequence[float], representative: Sequence[float], alpha: float = SOUND_ALPHA) -> bool:
    """Is *sample* measurably slower than *representative*, from their repeated costs?

    A one-sided Mann-Whitney U test (``scipy.stats.mannwhitneyu``, alternative
    "greater") at level *alpha*: it uses every repeat rather than one
    estimate of each, and needs no normality.  With so few repeats that even
    complete separation could not reach *alpha* (the smallest exact p-value is
    1 / C(n + m, n)), the test cannot decide and the rule falls back to
    EvalPerf's comparison of the two estimates (Hodges-Lehmann).
    """
    a = [float(x) for x in sample]
    b = [float(x) for x in representative]
    if not a or not b:
        raise ValueError("both series need at least one measurement")
    if 1.0 / math.comb(len(a) + len(b), len(a)) >= alpha:
        return hodges_lehmann(a) > hodges_lehmann(b)
    if min(a) == max(a) == min(b) == max(b):
        return False  # identical constant series (scipy's variance would be zero)
    from scipy.stats import mannwhitneyu  # imported lazily: scipy is slow to import and only timing modes need it

    p = float(mannwhitneyu(a, b, alternative="greater").pvalue)
    return p < alpha


def match_tier_sound(sample_costs: Sequence[float], representative_costs: Sequence[Sequence[float]],
                     scores: Sequence[float], alpha: float = SOUND_ALPHA) -> Match:
    """Tier matching for timing modes: a sample earns a tier unless it is measurably slower than its representative.

    Why: in cpu and wall modes two runs of the same code differ, so
    EvalPerf's ``cost <= representative`` on two point estimates makes a
    sample that *is* as fast as a representative (the representative itself,
    the expert) lose its tier about half of the time.  Scanning from the
    fastest tier as EvalPerf does, the sample earns the first tier whose
    representative it is not ``measurably_slower`` than.  The caller checks
    the representatives' order (``order_problem``); this scan does not need it.
    """
    level = float(alpha)
    if not 0.0 < level < 1.0:
        raise ValueError(f"alpha must be in (0, 1), got {alpha!r}")
    reps = [list(r) for r in representative_costs]
    if len(reps) != len(scores):
        raise ValueError(f"{len(reps)} representatives but {len(scores)} scores")
    if not reps:
        raise ValueError("no tiers to match against")
    n = len(reps)
    for j in range(n - 1, -1, -1):
        if not measurably_slower(sample_costs, reps[j], level):
            return Match(tier=j, dps=float(scores[j]), dps_norm=100.0 * (j + 1) / n)
    return Match(tier=None, dps=0.0, dps_norm=0.0)
