"""ENAMEL-style efficiency scoring (eff@k) and the classic pass@k.

ENAMEL (Qiu et al., "How Efficient is LLM-Generated Code? A Rigorous &
High-Standard Benchmark") scores a generated program against an expert
reference on a ladder of input "levels" of increasing size:

* Each level l has a hardness weight h_l. Level 0 is a plain correctness level
  with h_0 = 0: it gates the sample but carries no efficiency weight.
* The time budget T is a multiple alpha (2 by default) of the reference's
  slowest weighted level time. Anything slower than T is treated as a timeout.
* A level score e_l = max(0, T - t) / (T - t*) maps "as fast as the reference"
  to 1 and "at the budget" to 0. It is deliberately *not* clipped at 1:
  beating the expert must be rewarded, otherwise the metric saturates.
* A sample's efficiency is the hardness-weighted mean of its level scores;
  a level that timed out / ran out of memory / was never reached scores 0.
* eff@k is the expected best efficiency among k samples drawn without
  replacement from n, estimated without bias from all n samples (the
  efficiency analogue of Codex's unbiased pass@k). Incorrect samples enter
  with score 0.

Timing noise is handled by the harness with robust location estimates; the
Hodges-Lehmann estimator lives here because it is pure math shared with the
DPE module.

Everything here is pure: no I/O, no imports from the rest of effbench.
"""

from __future__ import annotations

import math
from statistics import median
from collections.abc import Mapping, Sequence

__all__ = [
    "hodges_lehmann",
    "time_limit",
    "level_score",
    "sample_efficiency",
    "eff_at_k",
    "pass_at_k",
    "mean_over_tasks",
]


def _finite(x: float, what: str) -> float:
    x = float(x)
    if not math.isfinite(x):
        raise ValueError(f"{what} must be finite, got {x!r}")
    return x


def hodges_lehmann(xs: Sequence[float]) -> float:
    """Hodges-Lehmann location estimate: the median of all Walsh averages.

    The Walsh averages are (x_a + x_b) / 2 for every a <= b, the a == b
    "pairs" included, so there are n(n+1)/2 of them. We compute all of them
    exactly (n is small: a few dozen timing repeats).

    Why HL rather than mean or median: timings are right-skewed with
    occasional huge outliers (a context switch, a GC pause). The mean chases
    outliers; the median throws away most of the information. HL has a 29%
    breakdown point and ~95% of the mean's efficiency under Gaussian noise,
    e.g. HL([1, 1, 1, 1, 1, 100]) == 1.0 while the mean is 17.5.
    """
    vals = [_finite(x, "hodges_lehmann input") for x in xs]
    n = len(vals)
    if n == 0:
        raise ValueError("hodges_lehmann of an empty sequence")
    walsh = [(vals[a] + vals[b]) / 2.0 for a in range(n) for b in range(a, n)]
    return float(median(walsh))


def time_limit(
    ref_level_times: Sequence[float],
    hardness: Sequence[float],
    alpha: float = 2.0,
) -> float:
    """ENAMEL's time budget T = alpha * max_{l: h_l > 0} t*_l.

    The budget is tied to the reference's *slowest* scored level so that a
    solution that is a constant factor slower than the expert still gets
    partial credit on every level, while an asymptotically worse one runs
    out of budget on the hard levels. Levels with zero hardness (the
    correctness level) do not influence the budget.
    """
    if len(ref_level_times) != len(hardness):
        raise ValueError(
            f"ref_level_times has {len(ref_level_times)} levels, "
            f"hardness has {len(hardness)}"
        )
    alpha = _finite(alpha, "alpha")
    if alpha <= 0:
        raise ValueError(f"alpha must be positive, got {alpha}")
    scored = []
    for t, h in zip(ref_level_times, hardness):
        h = _finite(h, "hardness")
        if h < 0:
            raise ValueError(f"hardness must be non-negative, got {h}")
        if h > 0:
            t = _finite(t, "reference level time")
            if t < 0:
                raise ValueError(f"reference level time must be >= 0, got {t}")
            scored.append(t)
    if not scored:
        raise ValueError("no level has positive hardness")
    return alpha * max(scored)


def level_score(t: float, t_ref: float, limit: float) -> float:
    """ENAMEL's per-level score e_l = max(0, T - t) / (T - t*).

    Linear in the sample's time: 1 when the sample matches the reference,
    0 at (or beyond) the budget T, and above 1 when the sample beats the
    reference (intentionally unclipped, see the module docstring).
    """
    t = _finite(t, "t")
    t_ref = _finite(t_ref, "t_ref")
    limit = _finite(limit, "limit")
    if limit <= t_ref:
        raise ValueError(f"limit ({limit}) must exceed the reference time ({t_ref})")
    return max(0.0, limit - t) / (limit - t_ref)


def sample_efficiency(
    level_times: Sequence[float | None],
    ref_level_times: Sequence[float],
    hardness: Sequence[float],
    alpha: float = 2.0,
) -> float:
    """Hardness-weighted efficiency of one (correct) sample.

    e = sum_l h_l e_l / sum_l h_l over levels with h_l > 0. ``level_times[l]``
    is None when that level timed out, ran out of memory or was not reached
    (ENAMEL stops at the first failing level); such levels score 0. Level 0
    (hardness 0) only gates correctness and contributes nothing here.
    """
    if not (len(level_times) == len(ref_level_times) == len(hardness)):
        raise ValueError(
            f"length mismatch: level_times={len(level_times)}, "
            f"ref_level_times={len(ref_level_times)}, hardness={len(hardness)}"
        )
    limit = time_limit(ref_level_times, hardness, alpha)
    num = []
    den = []
    for t, t_ref, h in zip(level_times, ref_level_times, hardness):
        h = float(h)
        if h <= 0:
            continue
        e = 0.0 if t is None else level_score(t, t_ref, limit)
        num.append(h * e)
        den.append(h)
    # With every e == 1, num and den hold identical values in identical order,
    # so fsum returns identical totals and the ratio is exactly 1.
    return math.fsum(num) / math.fsum(den)


def eff_at_k(scores: Sequence[float], k: int) -> float:
    """ENAMEL's unbiased eff@k: expected max score over a random k-subset.

    With the n scores sorted ascending e_(1) <= ... <= e_(n), the r-th
    smallest is the maximum of exactly C(r-1, k-1) of the C(n, k) subsets,
    so eff@k = sum_{r=k..n} C(r-1, k-1) / C(n, k) * e_(r).

    The binomials overflow floats for n in the thousands, so we build the
    weights by their ratio instead: w_n = k/n and
    w_{r-1} = w_r * (r - k) / (r - 1). Weights only shrink going down, so
    underflow (if any) harmlessly affects negligible terms. Special cases
    fall out exactly: k = 1 gives the mean, k = n gives the max, and on 0/1
    scores the result equals pass@k.
    """
    vals = sorted(_finite(s, "score") for s in scores)
    n = len(vals)
    if isinstance(k, bool) or int(k) != k:
        raise ValueError(f"k must be an integer, got {k!r}")
    k = int(k)
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if k > n:
        raise ValueError(f"k ({k}) exceeds the number of samples ({n})")
    terms = []
    w = k / n
    for r in range(n, k - 1, -1):
        terms.append(w * vals[r - 1])
        if r > k:
            w *= (r - k) / (r - 1)  # ratio first: exactly 1.0 when k == 1
    return math.fsum(terms)


def pass_at_k(n: int, c: int, k: int) -> float:
    """Codex's unbiased pass@k = 1 - C(n-c, k) / C(n, k).

    Computed as 1 - prod_{i=n-c+1..n} (1 - k/i), which never forms a
    binomial. If fewer than k samples are incorrect, every k-subset contains
    a correct one and the answer is exactly 1. Factors are multiplied from
    i = n downwards so that adding one more correct sample multiplies the
    product by one more factor <= 1; pass@k is then monotone in c even in
    floating point.
    """
    for name, v in (("n", n), ("c", c), ("k", k)):
        if isinstance(v, bool) or int(v) != v:
            raise ValueError(f"{name} must be an integer, got {v!r}")
    n, c, k = int(n), int(c), int(k)
    if k < 1:
        raise ValueError(f"k must be >= 1, got {k}")
    if k > n:
        raise ValueError(f"k ({k}) exceeds the number of samples ({n})")
    if not 0 <= c <= n:
        raise ValueError(f"c must be in [0, n={n}], got {c}")
    if n - c < k:
        return 1.0
    prod = 1.0
    for i in range(n, n - c, -1):
        prod *= 1.0 - k / i
    return 1.0 - prod


def mean_over_tasks(values: Mapping[str, float]) -> float:
    """Unweighted mean over tasks (each task counts once); NaN when empty.

    NaN rather than 0 for "no tasks": an empty suite has no score, and a 0
    would be indistinguishable from a genuinely terrible model.
    """
    vals = [float(v) for v in values.values()]
    if not vals:
        return float("nan")
    return math.fsum(vals) / len(vals)
