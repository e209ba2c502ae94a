"""Pure scoring math: ENAMEL's eff@k, Codex's pass@k and EvalPerf's DPE (with its task curation).

No I/O and no dependencies on the rest of effbench, so every formula can be
tested (and audited) in isolation.
"""

from effbench.scoring.curation import curate
from effbench.scoring.dpe import (
                                  Match,
                                  RobustMatch,
                                  Tier,
                                  TierOrderError,
                                  build_tiers,
                                  dpe_eligible,
                                  match_tier,
                                  match_tier_robust,
                                  match_tier_sound,
                                  measurably_slower,
                                  order_problem,
                                  suite_dps,
                                  task_dps,
                                  )
from effbench.scoring.efficiency import (
                                         eff_at_k,
                                         hodges_lehmann,
                                         level_score,
                                         mean_over_tasks,
                                         pass_at_k,
                                         sample_efficiency,
                                         time_limit,
                                         )

__all__ = [
    "Match",
    "RobustMatch",
    "Tier",
    "TierOrderError",
    "build_tiers",
    "dpe_eligible",
    "eff_at_k",
    "hodges_lehmann",
    "level_score",
    "match_tier",
    "match_tier_robust",
    "match_tier_sound",
    "measurably_slower",
    "order_problem",
    "curate",
    "mean_over_tasks",
    "pass_at_k",
    "sample_efficiency",
    "suite_dps",
    "task_dps",
    "time_limit",
]
