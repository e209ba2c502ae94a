"""Which samples of a finished run to profile, and on which test: pure, from the run's own files.

Each chosen sample is profiled on the highest timed level it finished with a right answer (the task's top level,
unless a limit T stopped it before: a sample that takes an hour there would not be profiled in any useful time), on
the test where its scored cost there was highest, and the expert on the same test, so the two profiles compare the
same work.  A sample with no such run (it failed first) is profiled on the top level, test 0.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from effbench.errors import EffbenchError
from effbench.measuring.records import PASSED, REF_PREFIX, RunRecord
from effbench.reports.plots import sample_mark


@dataclass(frozen=True)
class Selection:
    slowest: int = 0                                  # per task, the passed samples with the lowest efficiency
    over_limit: bool = False                          # every passed sample a level's limit T stopped
    worst: tuple[tuple[str, int], ...] = ()           # (model, k): per task, that model's k least efficient
    ids: tuple[str, ...] = ()                         # sample keys or sample ids, whatever their status

    @property
    def empty(self) -> bool:
        return not (self.slowest or self.over_limit or self.worst or self.ids)


@dataclass(frozen=True)
class Target:
    task: str
    subject: str      # "sample" | "expert"
    key: str          # sample key, or ref:<expert>
    model: str
    sample_id: str
    level: int
    test: int


@dataclass
class Plan:
    targets: list[Target] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)   # what was asked for but cannot be profiled, and why


def parse_worst(text: str) -> tuple[str, int]:
    """``MODEL:K`` (the model name may hold colons: K is after the last one)."""
    model, sep, k = text.rpartition(":")
    if not sep or not model or not k.isdigit() or int(k) < 1:
        raise EffbenchError(f"--worst {text!r}: expected MODEL:K with K a positive whole number")
    return model, int(k)


def timed_levels(hardness: list[float]) -> list[int]:
    return [lvl for lvl, h in enumerate(hardness) if h > 0]


def top_level(hardness: list[float]) -> int:
    timed = timed_levels(hardness)
    return timed[-1] if timed else len(hardness) - 1


Runs = Callable[[str, str], Iterable[RunRecord]]  # (task, subject) -> its records (RecordGroups.runs)


def plan(results: list[dict], runs: Runs, run_meta: dict, selection: Selection) -> Plan:
    """Targets for every chosen sample, plus each task's expert on the tests they use.  Unknown ids are bad input.
    *runs* gives a subject's records: only the chosen samples' are read (records.jsonl read whole for them held
    all 700,000 records of a run of ten thousand samples, about 1 GB, to profile a few)."""
    out = Plan()
    by_key = {r["key"]: r for r in results}
    by_sample_id: dict[str, list[dict]] = {}
    for r in results:
        by_sample_id.setdefault(r["sample_id"], []).append(r)
    chosen: dict[str, dict] = {}
    for ident in selection.ids:
        rows = [by_key[ident]] if ident in by_key else by_sample_id.get(ident, [])
        if not rows:
            raise EffbenchError(f"--sample {ident!r}: no sample with that key or sample id in this run")
        chosen.update((r["key"], r) for r in rows)
    models = {r["model"] for r in results}
    for model, _ in selection.worst:
        if model not in models:
            raise EffbenchError(f"--worst: no model {model!r} in this run (models: {', '.join(sorted(models))})")
    tasks = run_meta["tasks"]
    for tid in sorted({r["task_id"] for r in results}):
        timed = timed_levels(tasks[tid]["hardness"])
        passed = sorted((r for r in results if r["task_id"] == tid and r["status"] == PASSED),
                        key=lambda r: (r["efficiency"], r["key"]))
        picks = passed[:selection.slowest]
        if selection.over_limit:
            picks += [r for r in passed if sample_mark(r, timed)[0] == "stopped"]
        for model, k in selection.worst:
            picks += [r for r in passed if r["model"] == model][:k]
        chosen.update((r["key"], r) for r in picks)
    measure = run_meta["settings"]["measure"]
    experts: set[tuple[str, int, int]] = set()
    for key, r in sorted(chosen.items()):
        tid = r["task_id"]
        if tid not in tasks:
            out.skipped.append(f"{key}: task {tid} is not in this run")
            continue
        cost = _costs(runs(tid, key), measure)
        reached = [lvl for lvl in timed_levels(tasks[tid]["hardness"]) if lvl in cost]
        level = reached[-1] if reached else top_level(tasks[tid]["hardness"])
        mine = cost.get(level, {})
        test = max(mine, key=lambda t: (mine[t], -t)) if mine else 0
        out.targets.append(Target(tid, "sample", key, r["model"], r["sample_id"], level, test))
        experts.add((tid, level, test))
    for tid, level, test in sorted(experts):
        out.targets.append(Target(tid, "expert", REF_PREFIX + tasks[tid]["expert"], "", "expert", level, test))
    return out


def _costs(records: Iterable[RunRecord], measure: str) -> dict[int, dict[int, float]]:
    """A subject's level -> test -> its highest scored cost, over the runs that finished with a right answer
    (within T or not)."""
    out: dict[int, dict[int, float]] = {}
    for rec in records:
        cost = rec.cost(measure)
        if rec.phase in ("level", "confirm") and cost is not None and rec.correct:
            tests = out.setdefault(rec.level, {})
            tests[rec.test] = max(tests.get(rec.test, 0.0), float(cost))
    return out
