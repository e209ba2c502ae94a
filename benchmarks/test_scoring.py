"""Scoring a large run from its records (eff@k, pass@k, DPE with its robust tier match, bootstrap intervals): what
``effbench score RUN`` computes, without the store, on a run made up in memory (no sandbox, no run directory).

About 95 % of the time goes into DPE's robust tier match (a bootstrap over the repeats in pure Python)."""
from __future__ import annotations

from bench_common import cpu_clocked, synthetic_run
from effbench.measuring.run import score_records


@cpu_clocked
def test_score_a_large_run(benchmark):
    meta, samples, records = synthetic_run()
    scoring = {"dpe_min_correct": 1, "dpe_max_profile": 20}
    scored = benchmark(score_records, meta, samples, records, meta["ks"], scoring)
    board = scored.board
    assert len(board["models"]) == 4 and not board["unscorable_tasks"] and not board["dpe_unscorable_tasks"]
    for model in board["models"].values():
        assert model["n_tasks"] == 8 and 0 < model["eff@k"]["1"] < 1.5 and model["DPS"] is not None
        assert model["ci95"]["eff@k"]["1"][0] <= model["eff@k"]["1"] <= model["ci95"]["eff@k"]["1"][1]
    benchmark.extra_info.update(samples=len(samples), records=len(records))
