"""What makes two runs' scores the same kind of number, beside the measurement mode and the rule profile: the one
home of that rule for ``effbench leaderboard`` (which runs may share a ranking), ``effbench compare`` (which runs
may be compared) and ``effbench history`` (where a model's line breaks).

eff@k is ENAMEL's e_l = max(0, T - t) / (T - t*) with T = alpha * the expert's slowest level, so alpha sets its
scale: the same code, 1.5x the expert, scores 0.64 under alpha 2 and 0.82 under alpha 3.  The estimator makes a
level's time of its repeats (``min`` reads lower than Hodges-Lehmann, the sample's and the expert's alike, but e_l is
not a ratio).  A suite DPS is the mean over the tasks the DPE settings let in (``dpe_min_correct``, strict order,
EvalPerf's curation).  Repeats, seed, machine and runner change how precise a score is, not what it means: runs that
differ only there may share a table, each listed with its own.
"""
from __future__ import annotations

from effbench.scoring.dpe import DPE_DEFAULTS

# The DPE settings that decide which tasks a suite DPS is the mean of (runs rescore under others: effbench score).
SCALE_DPE = ("dpe_min_correct", "dpe_strict_order", "dpe_include_ineligible")


def eff_scale(meta: dict) -> dict:
    """What an eff@k of the run with metadata *meta* means besides its mode and rules: alpha and the estimator."""
    measurement = meta["measurement"]
    return {"alpha": measurement["alpha"], "estimator": measurement["estimator"]}


def table_scale(meta: dict) -> dict:
    """What must agree for two runs' models to be ranked in one table: :func:`eff_scale` and the DPE settings."""
    return {**eff_scale(meta), **{k: meta["scoring"].get(k, DPE_DEFAULTS[k]) for k in SCALE_DPE}}


def differences(a: dict, b: dict) -> str:
    """``key A vs B`` for each key whose value differs between *a* and *b*, joined by ``; `` ('' if none)."""
    return "; ".join(f"{k} {a.get(k)} vs {b.get(k)}" for k in sorted(a.keys() | b.keys()) if a.get(k) != b.get(k))
