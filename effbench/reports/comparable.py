"""What makes two runs' scores the same kind of number, beside the measurement mode and the rule profile: the one
home of that rule for ``effbench leaderboard`` (which runs may share a ranking), ``effbench compare`` (which runs
may be compared, :func:`refusal`: after a run, and before it for ``compare --check``, the GitHub Action's first
step) and ``effbench history`` (where a model's line breaks).

eff@k is ENAMEL's e_l = max(0, T - t) / (T - t*) with T = alpha * the expert's slowest level, so alpha sets its
scale: the same code, 1.5x the expert, scores 0.64 under alpha 2 and 0.82 under alpha 3.  The estimator makes a
level's time of its repeats (``min`` reads lower than Hodges-Lehmann, the sample's and the expert's alike, but e_l is
not a ratio).  A suite DPS is the mean over the tasks the DPE settings let in (``dpe_min_correct``, strict order,
EvalPerf's curation).  Repeats, seed, machine and runner change how precise a score is, not what it means: runs that
differ only there may share a table, each listed with its own.
"""
from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Side:
    """One side of ``effbench compare`` as far as whether it can be compared: a scored run or board, or (*planned*)
    a run still to be made, described by its options.  :func:`refusal` judges both kinds by the same rule, so the
    check before a run refuses exactly what compare would refuse once the run is done, not an hour later."""

    label: str
    mode: str
    rules: str
    scales: frozenset[tuple]            # the eff_scale items of each of its runs
    ks: tuple[str, ...]                 # the ks it has an eff@k at (planned: the ks it asks for), smallest first
    setups: frozenset[tuple] | None = None  # instructions mode: what counts depend on (None: unknown before a run)
    planned: bool = False
    records: bool = True  # a run directory (or a run to come): its per-task times compare without any eff@k

    def tense(self, done: str, planned: str) -> str:
        """*done* said of a scored side, *planned* of a run to come."""
        return planned if self.planned else done


def scales_of(metas: list[dict]) -> frozenset[tuple]:
    """The :func:`eff_scale` of each run metadata in *metas*, as a set (runs of one board share it)."""
    return frozenset(tuple(eff_scale(meta).items()) for meta in metas)


def _describe(items: frozenset[tuple]) -> str:
    return "; ".join(" ".join(str(part) for part in item if part) or "unknown" for item in sorted(items, key=str))


def _scale(items: frozenset[tuple]) -> str:
    return "; ".join(", ".join(f"{k} {v}" for k, v in item) for item in sorted(items, key=str))


def refusal(base: Side, new: Side) -> str | None:
    """Why *new* cannot be compared with *base* (None if it can): another mode, other rules, eff@k on another scale
    (alpha, estimator), no eff@k at a k both have (a side without any: only between two run directories,
    which compare task by task), or instruction
    counts made by another interpreter build, counter backend or in-sandbox runner."""
    if base.mode != new.mode:
        return (f"{base.label}: measured {base.mode}, {new.label} {new.tense('measured', 'measures')} {new.mode}: "
                "they cannot be compared")
    if base.rules != new.rules:
        return (f"{base.label}: scored under {base.rules} rules, {new.label} {new.tense('scored under', 'uses')} "
                f"{new.rules} rules: runs under different rules score differently and cannot be compared")
    if base.scales != new.scales:  # the same code scores another eff@1 under another alpha or estimator
        return (f"cannot compare {base.label} ({_scale(base.scales)}) with {new.label} ({_scale(new.scales)}): "
                "eff@k under another alpha or estimator is another number")
    for side in (base, new):
        if not side.ks and not (base.records and new.records):  # a leaderboard holds nothing else to compare
            return (f"{side.label}: no eff@k at any k (no task has as many scored samples as a k it was scored at), "
                    "and a leaderboard file has no per-task times: nothing to compare (`effbench score RUN_DIR --k 1` "
                    "rescores a run at k = 1)")
    if base.ks and new.ks and not set(base.ks) & set(new.ks):
        return (f"{base.label}: scored eff@k at k = {', '.join(base.ks)}, {new.label} "
                f"{new.tense('scored eff@k at', 'asks for')} k = {', '.join(new.ks)}: no k in common to compare")
    if base.mode == "instructions" and None not in (base.setups, new.setups) and base.setups != new.setups:
        assert base.setups is not None and new.setups is not None
        return (f"cannot compare the instruction counts of {base.label} ({_describe(base.setups)}) with {new.label} "
                f"({_describe(new.setups)}): another interpreter build, counter backend or in-sandbox runner counts "
                "differently")
    return None
