"""Tier separation over the suite, from a run of the reference tiers as pseudo-models.

    effbench tasks export-samples /tmp/tiers.jsonl --no-adversarial
    effbench run /tmp/tiers.jsonl --out RUN_DIR          # or reuse the README example's run directory
    python3 benchmarks/tier_separation.py RUN_DIR

For each task and each pair of adjacent tiers (slower, faster) it takes the top level's time of both (worst test of
the Hodges-Lehmann estimates over the repeats; in instructions mode the counts).  A slower tier that was stopped
before the top level (over ENAMEL's limit T = 2x the expert's) only gives a lower bound: its ratio is reported as
at least T / the faster tier's time.  Prints the median and the worst ratio between adjacent tiers.
"""
from __future__ import annotations

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from effbench.measuring.records import RunRecord, Settings  # noqa: E402
from effbench.scoring.outcomes import ESTIMATORS  # noqa: E402


def top_level_times(run_dir: Path) -> tuple[dict, dict]:
    meta = json.loads((run_dir / "run.json").read_text())
    settings = Settings.from_dict(meta["settings"])
    estimate = ESTIMATORS["min" if settings.measure == "instructions" else settings.estimator]
    limits = {t: v["limit"] for t, v in json.loads((run_dir / "tasks.json").read_text())["reference"].items()}
    per = defaultdict(list)
    for line in (run_dir / "records.jsonl").read_text().splitlines():
        r = RunRecord.from_dict(json.loads(line))
        top = len(meta["tasks"][r.task]["hardness"]) - 1
        if r.phase == "level" and r.level == top and r.status == "ok" and r.subject.startswith("reference-tier"):
            per[(r.task, r.subject.split("/")[0], r.test)].append(r.cost(settings.measure))
    times: dict = defaultdict(dict)
    for (task, model, _), values in per.items():
        rank = int(model.removeprefix("reference-tier"))
        times[task][rank] = max(times[task].get(rank, 0.0), estimate(values))
    return times, limits


def main() -> None:
    run_dir = Path(sys.argv[1])
    times, limits = top_level_times(run_dir)
    meta = json.loads((run_dir / "run.json").read_text())
    ratios, bounds = [], 0
    for task in sorted(meta["tasks"]):
        n_tiers = sum(1 for line in (run_dir / "samples.jsonl").read_text().splitlines()
                      if json.loads(line)["task_id"] == task and json.loads(line)["model"].startswith("reference-"))
        parts = []
        for rank in range(1, n_tiers):  # rank 1 = fastest
            fast, slow = times[task].get(rank), times[task].get(rank + 1)
            if fast is None:
                parts.append(f"tier{rank + 1}/tier{rank}: n/a")
                continue
            if slow is None:
                ratio, bound = limits[task] / fast, True
                bounds += 1
            else:
                ratio, bound = slow / fast, False
            ratios.append(ratio)
            parts.append(f"tier{rank + 1}/tier{rank} {'>=' if bound else ''}{ratio:.2f}x")
        print(f"{task:34} " + "; ".join(parts))
    print(f"\nadjacent-tier ratios at the top level over {len(times)} tasks ({len(ratios)} pairs, {bounds} of them "
          f"lower bounds because the slower tier went over T before the top level):")
    print(f"  median {statistics.median(ratios):.2f}x, worst {min(ratios):.2f}x, "
          f"pairs under 1.5x: {sum(r < 1.5 for r in ratios)}, under 1.0x (out of order): {sum(r < 1 for r in ratios)}")


if __name__ == "__main__":
    main()
