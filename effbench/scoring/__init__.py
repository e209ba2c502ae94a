"""Pure scoring math: ENAMEL's eff@k, Codex's pass@k and EvalPerf's DPE (with its task curation).

No I/O and no dependencies on the rest of effbench, so every formula can be
tested (and audited) in isolation.

The names below are re-exported from their modules and imported when first used (as :mod:`effbench` does its API):
importing any module of this package runs this file first, and the command line, which imports a few constants
from here at start-up, should not pay for numpy (curation, the DPE bootstrap) before a command needs it.
"""
from __future__ import annotations

import importlib

#: Each re-exported name and the module of this package that defines it.
_HOMES = {
    "curate": "curation",
    **dict.fromkeys(["Match", "Tier", "TierOrderError", "build_tiers", "dpe_eligible", "match_tier",
                     "match_tier_sound", "measurably_slower", "order_problem", "suite_dps", "task_dps"], "dpe"),
    **dict.fromkeys(["RobustMatch", "match_tier_robust"], "dpe_robust"),
    **dict.fromkeys(["eff_at_k", "hodges_lehmann", "level_score", "mean_over_tasks", "pass_at_k",
                     "sample_efficiency", "time_limit"], "efficiency"),
}
__all__ = sorted(_HOMES)


def __getattr__(name: str) -> object:
    if name in _HOMES:
        return getattr(importlib.import_module(f"{__name__}.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
