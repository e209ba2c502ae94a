"""Complexity class of a cost-versus-size sweep (pure: no I/O).

Why a fit and not a ratio: a sweep's costs carry a fixed part (the harness, the call, an import) that hides the
growth at small sizes, and real code mixes terms (a linear pass plus a sort).  So every class ``g`` is fitted as a
least-squares model ``c0 + c1*n + c2*g(n)`` with non-negative coefficients (the linear term only for classes that
grow faster than n: reading the input is linear whatever the algorithm), and the classes are compared by BIC, which
charges each extra parameter ``log(m)`` for ``m`` sizes: a richer model must explain the data better to win.

Fits closer than ``RESOLUTION`` (0.5 % RMS), or than the sweep's own input noise, count as exact: below that, a
richer model only chases small-size effects or one input's luck (a sweep has one generated input per size, and
the cost of some algorithms moves by 5 % from one input of a size to the next), and BIC on near-exact data would
reward it without bound.  The input noise is measured per subject: the sweep runs it on extra inputs at one size
(used only for sweeps that draw each size from its own seed: see complexity_summary.classify).

Errors are relative (each point is weighted by ``1/cost``): costs span orders of magnitude across a geometric sweep
and the small sizes must count as much as the large ones.  Each class's column is scaled by its value at the largest
size so that ``2^n`` at n = 1000 does not overflow and the solver sees columns of like magnitude.

Only the sizes whose cost is at least ``FIXED_FACTOR`` times the smallest are fitted (when at least ``MIN_POINTS``
are): below that the fixed part dominates, and there small-size effects (CPython's cached small ints, a dict's first
resizes) bend the curve in ways no class describes.  A slow-growing sweep that never doubles is fitted whole.

The confidence is the BIC weight of the chosen class (``exp(-BIC/2)`` normalised over the rival classes, those
whose own growth term is used): 1.0 when no rival comes close, 0.5 when one ties.  The chosen fit's relative
residuals are kept with it, so a reader can see where it misses.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field, replace
from collections.abc import Callable, Sequence

import numpy as np

# Ordered by growth: a class's index is its rank ("worse than the expert's" compares ranks).
CLASSES: tuple[str, ...] = ("1", "log n", "n", "n log n", "n^2", "n^3", "2^n")
MIN_POINTS = 5          # below this a 3-parameter model leaves nothing to judge it by
EVIDENCE = 2.0          # BIC difference a faster-growing class needs over a slower one
MATERIAL = 0.2         # a class's own term must carry this share of the fitted cost at the largest size
FIXED_FACTOR = 2.0      # sizes costing less than this times the smallest cost are the fixed part's, not the growth's
RESOLUTION = 0.005      # relative misfit (RMS) below which fits are all as good: a model that explains the last
MSE_FLOOR = RESOLUTION ** 2  # half percent better has found structure (a dict's resizes), not a class


def _log(n: np.ndarray) -> np.ndarray:
    return np.log(n)


def _growth(name: str, n: np.ndarray) -> np.ndarray:
    """g(n) / g(max n), computed so that no intermediate overflows (2^n in log space)."""
    top = float(n.max())
    if name == "1":
        return np.ones_like(n)
    if name == "log n":
        return np.log(n) / math.log(top)
    if name == "n":
        return n / top
    if name == "n log n":
        return (n * np.log(n)) / (top * math.log(top))
    if name == "n^2":
        return (n / top) ** 2
    if name == "n^3":
        return (n / top) ** 3
    if name == "2^n":
        return np.exp2(n - top)
    raise ValueError(f"unknown complexity class {name!r}")


class ComplexityInputError(ValueError):
    """A sweep that cannot be fitted (too few sizes, non-positive or non-finite costs): said in one line."""


@dataclass(frozen=True)
class ClassFit:
    """One class's least-squares fit of the sweep."""

    name: str
    coefficients: list[float]   # c0, then c1 (linear, if used), then the class's own
    params: int
    mse: float                  # mean squared relative error
    bic: float
    share: float = 1.0          # the class's own term's part of the fitted cost at the largest size


@dataclass(frozen=True)
class Inference:
    """The class a sweep fits best, how sure, and how well it fits."""

    cls: str
    confidence: float            # BIC weight of the chosen class, in (0, 1]
    resolution: float            # the relative misfit below which fits counted as exact
    sizes: list[float]  # whole numbers stay ints in the JSON
    costs: list[float]
    residuals: list[float]       # relative residuals (cost - fit) / cost of the chosen fit, per size
    fits: list[ClassFit] = field(default_factory=list)

    @property
    def rank(self) -> int:
        return CLASSES.index(self.cls)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["rank"] = self.rank
        return data

    def decided_by_parts(self, cls: str, parts_confidence: float) -> Inference:
        """The same fits with *cls* chosen between n and n log n by the count's parts (see complexity_parts), its
        residuals the total's fit of that class.  The confidence is the total fit's BIC weight on the two classes
        together (how sure the total is that the class is one of them, not n^2 or 1) times the parts' confidence in
        their side of the boundary."""
        fits = {f.name: f for f in self.fits}
        chosen = fits[cls]
        either = sum(w for name, w in rival_weights(self.fits).items() if name in ("n", "n log n"))
        n = np.asarray(self.sizes, dtype=float)
        y = np.asarray(self.costs, dtype=float)
        fitted = _columns(cls, n) @ np.asarray(chosen.coefficients)
        return replace(self, cls=cls, confidence=either * parts_confidence, residuals=((y - fitted) / y).tolist())

    def curve(self, name: str | None = None) -> Callable[[np.ndarray], np.ndarray]:
        """The fitted cost as a function of size, for plots (default: the chosen class)."""
        fit = next(f for f in self.fits if f.name == (name or self.cls))
        sizes = np.asarray(self.sizes, dtype=float)

        def predict(n):
            n = np.asarray(n, dtype=float)
            cols = _columns(fit.name, np.concatenate([n, sizes]))[:, :fit.params][:len(n)]
            return cols @ np.asarray(fit.coefficients)
        return predict


def _columns(name: str, n: np.ndarray) -> np.ndarray:
    cols = [np.ones_like(n)]
    rank = CLASSES.index(name)
    if rank > CLASSES.index("n"):
        cols.append(_growth("n", n))
    if name != "1":
        cols.append(_growth(name, n))
    return np.column_stack(cols)


def rival_weights(fits: Sequence[ClassFit], material: float = MATERIAL) -> dict[str, float]:
    """The BIC weights (``exp(-BIC/2)``, normalised) of the classes that are candidates, by name.

    A class whose own growth term carries less than *material* of the fitted cost at the largest size is a lower
    class plus a small correction (an allocator's or a dict's drift), not evidence of that class: it is not a
    candidate, and not a rival in the confidence (else nested models would always split the weight)."""
    rivals = [f for f in fits if f.name == "1" or f.share >= material]
    low = min(f.bic for f in rivals)
    weights = {f.name: math.exp(-(f.bic - low) / 2) for f in rivals}
    total = sum(weights.values())
    return {name: w / total for name, w in weights.items()}


def check_sweep(sizes: Sequence[float], costs: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """The sweep as float arrays, sorted by size; raises :class:`ComplexityInputError` saying what is wrong."""
    if len(sizes) != len(costs):
        raise ComplexityInputError(f"{len(sizes)} sizes but {len(costs)} costs")
    n = np.asarray(sizes, dtype=float)
    y = np.asarray(costs, dtype=float)
    if not (np.all(np.isfinite(n)) and np.all(np.isfinite(y))):
        raise ComplexityInputError("sizes and costs must be finite numbers")
    if np.any(n < 1):
        raise ComplexityInputError(f"sizes must be >= 1, got {float(n.min()):g}")
    if np.any(y <= 0):
        raise ComplexityInputError(f"costs must be > 0, got {float(y.min()):g}")
    if len(np.unique(n)) != len(n):
        raise ComplexityInputError("each size may appear once")
    if len(n) < MIN_POINTS:
        raise ComplexityInputError(f"a sweep needs at least {MIN_POINTS} sizes, got {len(n)}")
    order = np.argsort(n)
    return n[order], y[order]


def fitted_part(n: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The sizes the growth shows in: from the first whose cost reaches FIXED_FACTOR times the smallest cost, if at
    least MIN_POINTS sizes are left; else all of them."""
    keep = y >= FIXED_FACTOR * y.min()
    if keep.sum() >= MIN_POINTS:
        start = int(np.argmax(keep))
        return n[start:], y[start:]
    return n, y


def fit_class(name: str, n: np.ndarray, y: np.ndarray, floor: float = MSE_FLOOR, free_fixed: bool = False) -> ClassFit:
    """Weighted (relative) non-negative least squares of one class's model; *free_fixed*: the fixed part c0 may be
    negative (one function's part of a count: see complexity_parts)."""
    # imported here, as scoring.dpe imports scipy.stats: every run and rescore imports this module (the leaderboard's
    # complexity columns), and scipy.optimize alone costs about half a second of start-up that only a sweep needs
    from scipy.optimize import lsq_linear
    a = _columns(name, n) / y[:, None]
    b = np.ones_like(y)
    # no coefficient may be negative: a negative fixed part would let a steeper class bend itself onto the data
    low = np.zeros(a.shape[1])
    if free_fixed:
        low[0] = -np.inf
    res = lsq_linear(a, b, bounds=(low, np.inf), method="bvls")
    rel = a @ res.x - b
    m = len(y)
    mse = max(float(np.mean(rel ** 2)), floor)
    k = a.shape[1]
    total = float(np.sum(res.x))  # every column is 1 at the largest size: the fitted cost there
    share = 1.0 if name == "1" else (float(res.x[-1]) / total if total > 0 else 0.0)
    return ClassFit(name, [float(c) for c in res.x], k, mse, m * math.log(mse) + k * math.log(m), share)


def infer(sizes: Sequence[float], costs: Sequence[float], classes: Sequence[str] = CLASSES,
          noise: float = 0.0, material: float | None = None) -> Inference:
    """The class of *classes* whose model fits the sweep best by BIC.

    *noise* is the relative spread of the cost between inputs of one size (a sweep has one input per size, so a
    misfit of that order is the inputs', not the class's): fits closer than ``max(RESOLUTION, noise)`` RMS all count
    as exact.

    Ties (equal BIC, e.g. exact data a simpler class fits as well) go to the class with fewer parameters, then the
    slower-growing one: a growth term the data does not need is not evidence of it."""
    n, y = check_sweep(sizes, costs)
    n, y = fitted_part(n, y)
    if n.max() > 1024 and "2^n" in classes:
        classes = [c for c in classes if c != "2^n"]  # 2^n over sizes this large cannot be a measured sweep
    if not (math.isfinite(noise) and noise >= 0):
        raise ComplexityInputError(f"noise must be a finite number >= 0, got {noise!r}")
    floor = max(RESOLUTION, noise) ** 2
    material = MATERIAL if material is None else material
    fits = [fit_class(c, n, y, floor) for c in classes]
    weights = rival_weights(fits, material)
    rivals = [f for f in fits if f.name in weights]
    # Occam's window: of the classes within EVIDENCE of the lowest BIC, the slowest-growing wins; a faster class
    # must fit better by at least that much ("positive evidence" on Kass and Raftery's scale) to be chosen.
    low = min(f.bic for f in rivals)
    best = min((f for f in rivals if f.bic <= low + EVIDENCE), key=lambda f: (CLASSES.index(f.name), f.bic))
    confidence = weights[best.name]
    fitted = _columns(best.name, n) @ np.asarray(best.coefficients)
    residuals = ((y - fitted) / y).tolist()
    return Inference(best.name, confidence, max(RESOLUTION, noise),
                     [int(v) if float(v).is_integer() else float(v) for v in n], y.tolist(), residuals, fits)


def worse(sample_class: str, expert_class: str) -> bool:
    """A sample is worse than the expert when its inferred class grows faster."""
    return CLASSES.index(sample_class) > CLASSES.index(expert_class)


def share_at_or_better(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Share of (sample class, expert class) pairs where the sample is at the expert's class or better."""
    if not pairs:
        return None
    return sum(not worse(s, e) for s, e in pairs) / len(pairs)
