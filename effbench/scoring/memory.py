"""Memory scores after EffiBench: MU/NMU and a peak-times-cost stand-in for TMU/NTMU (pure: no I/O).

EffiBench's definitions: MU is the peak memory a solution uses; NMU is MU divided by the canonical solution's MU on
the same problem; TMU is the memory-time integral (memory_profiler samples the process's memory over the run);
NTMU is TMU divided by the canonical solution's.  Per model, each is averaged over problems.

What effbench records per run is the child's high-water mark (``peak_kb``, VmHWM read at the end, reset when the
baseline is read: runners/watch.py reset_peak, plus what its /tmp holds then: watch.tmpfs_held_kb, or the most its
resident size and files made together at the readings while it worked: watch.FilesSeen; README's "What the peak
counts" says what it leaves out) and its memory before the code ran (``base_kb``), not a time series, so:

* MU here is ``peak_kb - base_kb``: the memory the sample's own code added (EffiBench's MU includes the
  interpreter's).  Above-baseline is what the code is responsible for; the interpreter's share is the same for
  every subject and would pull every ratio towards 1.
* The memory-time integral cannot be computed from a peak.  The closest honest quantity is its upper bound, peak
  above baseline times the run's cost (``PTMU``: the area of the rectangle the integral lies under), in the run's
  measurement mode (KB x CPU seconds, KB x wall seconds, or KB x instructions): labelled as such, never as TMU, and
  never mixed across modes.
* Only passed samples are scored (EffiBench scores correct solutions alone), each normalised against the expert
  reference *of the same run*, on the same tests (every scored test, i.e. level >= 1 with hardness > 0, where both
  finished with the right answer, within the limit T or over it): NMU = sum of the sample's MU / sum of the
  expert's.  The sums make the biggest tests count most, as EffiBench's single large test does.  In timing modes the
  expert's runs are those measured beside the sample's (``pair:``, as for its time): a child's allocations may land
  in pages the worker already holds, which its peak does not see, so what a run adds depends a little on what the
  worker did before (the expert's first runs in a fresh worker added up to 160 KB on roman-numeral-total, later ones
  nothing, and the expert's own code scored NMU 0.17 against them).  Instructions mode pairs nothing: there the
  expert's own runs.
* Each MU is floored at ``FLOOR_KB`` (one page): an expert that adds nothing measurable must not make a ratio
  infinite.
* A run with no peak (a sandbox whose kernel refuses the reset: its mark would hold the worker's pages) has no MU:
  it is left out, and ``meta.memory.runs_without_peak`` says how many scored runs were.

Per model: the mean over tasks of the mean over that model's samples on the task, with the bootstrap interval over
tasks the other suite scores use (effbench.uncertainty).  Lower is better; 1 is the expert's.  The per-task means
are kept in the entry (``tasks``), as the other scores keep theirs, so that runs merged by task recompute the suite
figures (:func:`suite_memory`).
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import asdict, dataclass

from effbench.measuring.records import PASSED, RunRecord
from effbench.sandbox import base
from effbench.scoring.uncertainty import bootstrap_mean_interval

FLOOR_KB = 4.0
DEFINITION = {
    "MU": "peak memory above the run's baseline (KB), summed over the scored tests",
    "NMU": "the sample's MU / the expert's MU on the same tests in the same run (EffiBench's NMU, above baseline; "
           "in timing modes the expert's runs measured beside the sample's)",
    "PTMU": "peak above baseline x the run's cost, summed over the scored tests: an upper bound of EffiBench's TMU "
            "(the memory-time integral), which a peak cannot give",
    "NPTMU": "the sample's PTMU / the expert's on the same tests",
    "floor_kb": FLOOR_KB,
    "aggregate": "per model: mean over tasks of the mean over its passed samples; ci95 bootstrap over tasks; lower "
                 "is better",
}


SCORES = ("NMU", "NPTMU")  # a model's memory entry: the suite figures, their names in every table


@dataclass(frozen=True)
class MemoryScore:
    task: str
    sample: str
    model: str
    tests: int          # scored tests both the sample and the expert ran ok
    mu_kb: float
    nmu: float
    ptmu: float
    nptmu: float

    def to_dict(self) -> dict:
        return asdict(self)


def above_base(rec: RunRecord) -> float | None:
    """The memory a run's code added (KB, floored at FLOOR_KB); None when the run has no peak."""
    if rec.peak_kb is None or rec.base_kb is None:
        return None
    return max(float(rec.peak_kb - rec.base_kb), FLOOR_KB)


def _scored(rec: RunRecord, hardness: tuple, measure: str) -> bool:
    """A run whose memory counts: it finished with the right answer on a scored test (level >= 1, hardness > 0),
    within the limit T or, in timing modes, measured over it.  A run judged over T by a clock ran to its end, so its
    peak is the whole run's; left out, a sample that held 200 MB only at the top level, where that made it slower
    than T, scored the NMU of its lower levels (1.00 against an expert adding 6 MB).  A run killed at the deadline
    has no answer and is out.  In instructions mode a run over T is out too: whether it runs to its end under the
    counter or is killed first at the wall-clock backstop is the machine's load's doing, and instruction-mode
    scores must not move with load (found as a user: one slow sample's NPTMU read 141.75 in one run and 1.38 in its
    resumed twin, a run of 1.83 s against a 1.87 s backstop)."""
    over_t = rec.status == base.TIMEOUT and rec.correct is True and measure != "instructions"
    finished = rec.status == base.OK or over_t
    return rec.phase == "level" and finished and 1 <= rec.level < len(hardness) and hardness[rec.level] > 0


def _per_test(runs: list[RunRecord], hardness: tuple, measure: str) -> dict[tuple[int, int], tuple[float, float]]:
    """(level, test) -> (MU, MU x cost), the median repeat by MU (one repeat in instructions mode)."""
    by_test: dict = defaultdict(list)
    for r in runs:
        if _scored(r, hardness, measure):
            mu, cost = above_base(r), r.cost(measure)
            if mu is not None and cost is not None and math.isfinite(cost) and cost >= 0:
                by_test[(r.level, r.test)].append((mu, mu * cost))
    out = {}
    for key, values in by_test.items():
        values.sort()
        out[key] = values[len(values) // 2]
    return out


def sample_memory(task: str, sample: str, model: str, sample_runs: list[RunRecord], expert_runs: list[RunRecord],
                  hardness: tuple, measure: str) -> MemoryScore | None:
    """One sample's memory scores against the expert's runs; None when they share no scored test."""
    mine, theirs = _per_test(sample_runs, hardness, measure), _per_test(expert_runs, hardness, measure)
    shared = sorted(set(mine) & set(theirs))
    if not shared:
        return None
    mu = sum(mine[k][0] for k in shared)
    ptmu = sum(mine[k][1] for k in shared)
    mu_e = sum(theirs[k][0] for k in shared)
    ptmu_e = sum(theirs[k][1] for k in shared)
    return MemoryScore(task, sample, model, len(shared), mu, mu / mu_e, ptmu,
                       ptmu / ptmu_e if ptmu_e > 0 else (1.0 if ptmu == 0 else math.inf))


def task_memory(scores: list[MemoryScore]) -> dict:
    """One model's figures on one task: the mean over its samples (null where a ratio is not finite, which JSON
    cannot hold)."""
    out: dict = {"n_samples": len(scores)}
    for key in ("nmu", "nptmu"):
        mean = sum(getattr(s, key) for s in scores) / len(scores)
        out[key.upper()] = mean if math.isfinite(mean) else None
    return out


def suite_memory(tasks: dict[str, dict]) -> dict:
    """A model's memory entry from its per-task figures (:func:`task_memory`): NMU and NPTMU (mean over tasks),
    their intervals, the counts, and the per-task figures themselves, which let runs merged by task recompute the
    suite figures as one run over all the tasks would."""
    tasks = dict(sorted(tasks.items()))  # one order, whatever order the tasks came in: the same sums
    entry: dict = {"n_tasks": len(tasks), "n_samples": sum(t["n_samples"] for t in tasks.values()), "ci95": {}}
    for key in SCORES:
        per_task = [t[key] for t in tasks.values()]
        finite = all(v is not None for v in per_task)
        point = sum(per_task) / len(per_task) if finite else None
        entry[key] = point
        entry["ci95"][key] = bootstrap_mean_interval(per_task, point) if finite else None
    entry["tasks"] = tasks
    return entry


def model_memory(scores: list[MemoryScore]) -> dict[str, dict]:
    """Per model: NMU and NPTMU (mean over tasks of the per-task mean), their intervals, and the counts."""
    by_model: dict = defaultdict(lambda: defaultdict(list))
    for s in scores:
        by_model[s.model][s.task].append(s)
    return {model: suite_memory({t: task_memory(v) for t, v in tasks.items()})
            for model, tasks in sorted(by_model.items())}


def passed_sample_memory(outcome, runs: list[RunRecord], pair: list[RunRecord], expert: list[RunRecord],
                         hardness: tuple, measure: str) -> MemoryScore | None:
    """The memory score of one sample (its SampleOutcome, its settled *runs*): only a passed sample has one, as
    EffiBench scores only correct solutions (a sample wrong at one level had the memory of the levels it got right
    counted as if it had passed).  It is normalised by the expert's runs measured beside its own (*pair*, timing
    modes), which found the worker as the sample's did (the expert's first runs in a fresh worker added up to
    160 KB, later runs nothing: its code scored NMU 0.17 against itself); else by the expert's own runs
    (*expert*; instructions mode pairs nothing)."""
    if outcome.status != PASSED:
        return None
    return sample_memory(outcome.task_id, outcome.key, outcome.model, runs, pair or expert, hardness, measure)


def unmeasured_runs(runs: list[RunRecord], hardness: tuple, measure: str) -> int:
    """How many of *runs* (one subject's, settled) would score memory but have no peak: a sandbox whose kernel
    refuses to reset a child's high-water mark gives a baseline and no peak (runners/watch.py)."""
    return sum(1 for r in runs if _scored(r, hardness, measure) and r.peak_kb is None and r.base_kb is not None)


def attach_memory(board: dict, scores: list[MemoryScore], unmeasured: int, measure: str) -> dict:
    """Add each model's ``memory`` entry from its samples' *scores* (in the run's sample order) and the definitions
    to a run's board; *unmeasured*: the scored runs without a peak (:func:`unmeasured_runs`), said in
    ``meta.memory`` rather than passed over in silence."""
    scores = [s for s in scores if s.model in board.get("models", {})]
    for model, entry in model_memory(scores).items():
        board["models"][model]["memory"] = entry
    meta = board["meta"]["memory"] = {"mode": measure, **DEFINITION,
                                      "PTMU_unit": {"cpu": "KB x CPU s", "wall": "KB x wall s",
                                                    "instructions": "KB x instructions"}[measure]}
    if unmeasured:
        meta["runs_without_peak"] = unmeasured
    return board
