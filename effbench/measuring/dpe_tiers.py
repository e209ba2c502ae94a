"""Building a task's DPE tier file (EvalPerf's performance tiers; the format is effbench.tasks.dpe_tier_file).

``build_dpe_tier_file`` measures a pool of solutions on the task's performance-exercising input (by default the top
level's first test) and splits it with EvalPerf's rule.  EvalPerf's split threshold sqrt(10000 / a) assumes
instruction counts, so CPU costs are expressed in nanoseconds when tiers are built from timings.
"""
from __future__ import annotations

import math

from effbench.clock import utc_now
from effbench.measuring import machine
from effbench.tasks.checkers import CheckerError, make_checker
from effbench.errors import EffbenchError, InfrastructureError
from effbench.tasks.inputs import SEED, InputCache
from effbench.sandbox import base
from effbench.scoring.curation import curate
from effbench.scoring.dpe import build_tiers
from effbench.scoring.efficiency import hodges_lehmann
from effbench.tasks.dpe_tier_file import DpeTier, DpeTierFile
from effbench.tasks.task import Task

SLOW_CAP = 20.0  # pool members may take this many times the expert's CPU time on the DPE input


def _cost(runner, task: Task, code: str, key: str, measure: str, repeats: int, limits: base.Limits,
          expected, checker) -> list[float] | str:
    """Costs of one solution's repeats on the input, or why it is left out: a member that is wrong there, fails,
    outruns the CPU cut-off or costs nothing is named with its reason (it was only counted, and "2 correct of 3"
    called a correct but slow member wrong).  A sandbox that failed is no member's fault: the build stops, exit 3."""
    values = []
    for _ in range(1 if measure == "instructions" else repeats):
        ex = _execute(runner, task, code, key, limits, "the pool")
        if ex.status == base.TIMEOUT:
            return (f"too slow to profile: over the cut-off of {limits.cpu_limit} s of CPU (or the "
                    f"{limits.wall_limit:g} s wall-clock backstop) on the DPE input")
        if ex.status != base.OK:
            detail = (ex.detail or ex.error_type or "").strip().splitlines()
            return f"{ex.status}: {detail[0][:120]}" if detail else ex.status
        if not _accepts(checker, ex.outputs[0], expected):
            return "wrong answer on the DPE input"
        cost = float(ex.instructions) if measure == "instructions" else ex.cpu_time * 1e9
        if cost <= 0:
            return f"no cost measured ({measure})"
        values.append(cost)
    return values


def _execute(runner, task: Task, code: str, key: str, limits: base.Limits, who: str):
    """One run on the DPE input; a sandbox that failed is no solution's fault, the expert's or a pool member's:
    the build stops, exit 3."""
    ex = runner.execute(code, task.entry_point, [key], limits)
    if ex.status == base.INFRA:
        raise InfrastructureError(f"task {task.id}: the sandbox failed while measuring {who}: {ex.detail[:200]}")
    return ex


def _accepts(checker, output, expected) -> bool:
    """A pool member is anyone's code: a checker raising on its output rejects it."""
    try:
        return checker(None, output, expected)
    except CheckerError:
        return False


def stage_dpe_input(runner, task: Task, level: int, test: int, seed: int = SEED,
                    cache: InputCache | None = None) -> str:
    """Make the task's DPE input and leave it the runner's only input; its key.  One home for this step, so that a
    tier build and anything that re-counts against a tier file (benchmarks/expert_dps.py) measure the same input."""
    inp = (cache or InputCache()).level_inputs(task, level, seed)[test]
    runner.drop_inputs()
    runner.put_input(inp.key, inp.blob)
    return inp.key


def unbuildable(task: Task) -> str | None:
    """Why :func:`build_dpe_tier_file` cannot build *task* a tier file, or None; `tiers build` says it before a
    sandbox starts, `tiers show` instead of suggesting the build.  A build judges each pool member's output on the
    DPE input against the expert's alone: the input's arguments are staged into the sandbox, never read on the host,
    so the checker is called without them (``args`` None).  A custom checker may need them (ENAMEL's reads the input
    to accept any right answer, and rejects everything given None), so its verdicts there would be wrong.  Every
    imported task (ENAMEL, EvalPerf) has one; EvalPerf's come with the tier file made from their row."""
    if task.checker == "custom":
        return ("it has a custom checker (checker.py); tier building supports the exact and float checkers only, "
                "as a build checks outputs without the input's arguments")
    return None


def check_buildable(task: Task) -> None:
    """Refuse, in one line, a task :func:`unbuildable` names (the build, and `tiers build` before a sandbox starts)."""
    why = unbuildable(task)
    if why:
        raise EffbenchError(f"task {task.id}: no tier file can be built: {why}")


def build_dpe_tier_file(task: Task, pool: list[tuple[str, str]], runner, measure: str = "instructions",
                    level: int | None = None, test: int = 0, base_ratio: float = 0.1, repeats: int = 6,
                    seed: int = SEED, cache: InputCache | None = None, wall: float = 600.0,
                    cap_floor: float = 2.0) -> DpeTierFile:
    """Measure *pool* (name, code) on the task's DPE input and split it into tiers (EvalPerf's rule)."""
    check_buildable(task)
    level = len(task.levels) - 1 if level is None else level
    key = stage_dpe_input(runner, task, level, test, seed, cache)
    checker = make_checker(task)
    limits = base.Limits.for_wall(wall, task.memory_mb)
    ref = _execute(runner, task, task.expert.code, key, limits, "the expert")
    if ref.status != base.OK:
        raise EffbenchError(f"task {task.id}: expert reference {ref.status} on the DPE input: {ref.detail[:200]}")
    expected = ref.outputs[0]
    # A pool member far slower than the expert on this input would take minutes (under a counter, hours): it is
    # left out, as EvalPerf leaves out solutions that fail to finish profiling.  The cut-off is CPU time (an
    # rlimit; under a counter the worker keeps it), with *wall* only as the backstop: a cut-off in wall time
    # dropped members on a loaded machine that a quiet one kept, so whether a task came out DPE-eligible depended
    # on what else the machine ran.
    cpu_cap = min(wall, max(cap_floor, SLOW_CAP * (ref.cpu_time or ref.wall_time or 0.0)))
    member_limits = base.Limits(wall_limit=wall, cpu_limit=math.ceil(cpu_cap), memory_mb=task.memory_mb)
    measured, profiles, left_out = [], [], {}
    for name, code in pool:
        costs = _cost(runner, task, code, key, measure, repeats, member_limits, expected, checker)
        if isinstance(costs, str):
            left_out[name] = costs
            continue
        measured.append((hodges_lehmann(costs), name, code))
        profiles.append(costs)
    if not measured:
        why = "; ".join(f"{name}: {reason}" for name, reason in left_out.items())
        raise EffbenchError(f"task {task.id}: no solution of the pool could be profiled ({why})")
    tiers = build_tiers([c for c, _, _ in measured], base=base_ratio)
    curation = curate(profiles)  # EvalPerf's filters, with its defaults; a pool member left out is not profiled
    entries = []
    for tier in tiers:
        cost, name, code = max((m for m in measured if m[0] in tier.members), key=lambda m: m[0])
        entries.append(DpeTier(name, cost, tier.score, len(tier.members), code))
    return DpeTierFile(
        task_id=task.id, level=level, test=test, base=base_ratio, measure=measure,
        unit="instructions" if measure == "instructions" else "ns",
        built={"date": utc_now(), "pool": len(pool), "correct": len(measured),
               "left_out": left_out,
               "counter": getattr(runner, "counter", None), "machine": machine.describe()["cpu"]},
        eligible=curation.eligible, reasons=curation.reasons, tiers=tuple(entries))
