"""Take the planned profiles: each target in a sandboxed run of its own, never a scored one.

The runs use the process sandbox with the same confinement as scored runs (bubblewrap, the per-run child's uid,
limits and seccomp filter).  In instructions mode a callgrind worker of its own (``worker.py``) hands back
callgrind's whole dump; in timing modes the ordinary worker runs the cProfile wrapper (:mod:`.cprofile`).  A run that
fails, or whose profile cannot be read, becomes that target's profile with status ``failed`` and the reason.
"""
from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from effbench.errors import EffbenchError
from effbench.tasks.input_worker import encode_args
from effbench.tasks.inputs import InputCache
from effbench.measuring.rules import EFFBENCH, rules_for
from effbench.sandbox import base
from effbench.sandbox.client import WorkerDied
from effbench.sandbox.process import ProcessSandbox
from effbench.measuring.store import RunStore, StoreError
from effbench.tasks.task import Task
from . import callgrind, cprofile
from . import store as profile_store
from .model import Profile, ProfileError
from .select import Plan, Selection, Target, plan

SLOT = 3  # a sandbox slot of its own (uids and private /tmp per slot): never the scored workers'
METHODS = {
    "callgrind": ("instructions", "callgrind's per-function instruction counts of the measured region (deterministic; "
                                  "CPython's C functions, builtins named as in Python, Python code as the eval loop)"),
    "cprofile": ("seconds", "cProfile inside the sandboxed child (deterministic, Python-level, on the CPU clock; "
                            "wall clock in wall mode; its overhead inflates many small calls, and the sample could "
                            "reach it)"),
}


def profiler_for(measure: str) -> str:
    return "callgrind" if measure == "instructions" else "cprofile"


@dataclass
class Timing:
    """Wall seconds each profiling run took (the worker's start-up not included), for the note on its cost."""
    seconds: float
    target: Target


class Collector:
    def __init__(self, settings_measure: str, rules: str, seed: int, profiler: str, timeout: float,
                 cache: InputCache | None = None):
        self.measure, self.rules, self.seed = settings_measure, rules_for(rules), seed
        self.profiler, self.timeout = profiler, timeout
        self.cache = cache or InputCache()
        self.runner = (ProcessSandbox(SLOT, counter="callgrind", program=callgrind.WORKER) if profiler == "callgrind"
                       else ProcessSandbox(SLOT))
        self.timings: list[Timing] = []

    def close(self) -> None:
        self.runner.close()

    def profile(self, task: Task, target: Target, code: str) -> Profile:
        unit, method = METHODS[self.profiler]
        prof = Profile(task.id, target.subject, target.key, target.model, target.sample_id, target.level,
                       target.test, self.measure, self.profiler, method, unit)
        inputs = self.cache.level_inputs(task, target.level, self.seed)
        if target.test >= len(inputs):
            return prof.failed(f"level {target.level} has no test {target.test}")
        inp = inputs[target.test]
        self.runner.put_input(inp.key, inp.blob)
        limits = base.Limits.for_wall(self.timeout, task.memory_mb)
        program = self.rules.program(code)
        try:
            self.runner.start()  # outside the timing: the cost per profile, not the worker's start-up
        except (WorkerDied, ValueError) as exc:
            return prof.failed(f"the profiling worker did not start: {exc}")
        started = time.monotonic()
        try:
            if self.profiler == "callgrind":
                return self._callgrind(prof, program, task.entry_point, inp.key, limits)
            return self._cprofile(prof, program, task.entry_point, inp.key, limits)
        except (WorkerDied, ValueError) as exc:
            self.runner.restart_quietly()
            return prof.failed(f"the profiling worker stopped: {exc}")
        except ProfileError as exc:
            return prof.failed(str(exc))
        finally:
            self.timings.append(Timing(time.monotonic() - started, target))

    def _callgrind(self, prof: Profile, program: str, entry: str, key: str, limits: base.Limits) -> Profile:
        ex, reply = self.runner.execute_once(program, entry, [key], limits)
        if ex.status != base.OK:
            return prof.failed(_ended(ex))
        prof.total, prof.functions, prof.arcs = callgrind.parse(callgrind.reply_dump(reply))
        return prof

    def _cprofile(self, prof: Profile, program: str, entry: str, key: str, limits: base.Limits) -> Profile:
        token = "effbench-profile-" + secrets.token_hex(8)
        self.runner.put_input(token, encode_args([token], "profile token"))
        wrapped = cprofile.wrap(program, entry, token, self.measure)
        ex, _ = self.runner.execute_once(wrapped, cprofile.ENTRY, [key, token], limits)
        if ex.status != base.OK or ex.outputs is None:
            return prof.failed(_ended(ex))
        prof.total, prof.functions, prof.arcs = cprofile.parse(ex.outputs[-1])
        return prof


def _ended(ex: base.Execution) -> str:
    first = ex.detail.splitlines()[0] if ex.detail else ""
    return f"the profiling run ended {ex.status}" + (f": {first}"[:300] if first else "")


def check_tasks(tasks: dict[str, Task], run_meta: dict, wanted: set[str]) -> None:
    """The tasks a profile needs must be the run's own (same content), or the inputs would not be the same."""
    for tid in sorted(wanted):
        if tid not in tasks:
            raise EffbenchError(f"task {tid} of the run is not in the task suite searched (the installed "
                               f"suite, unless --tasks-dir names another): pass the --tasks-dir the run used")
        want = (run_meta["tasks"].get(tid) or {}).get("content_hash")
        if want and tasks[tid].content_hash()[:16] != want:
            raise EffbenchError(f"task {tid} changed since the run (content hash {tasks[tid].content_hash()[:16]} "
                                f"vs {want}); profile with the suite the run used (--tasks-dir)")


@dataclass
class Outcome:
    profiles: list[Profile]
    skipped: list[str]
    timings: list[Timing]


def profile_run(run_dir: Path, tasks: dict[str, Task], selection: Selection, profiler: str | None = None,
                timeout: float = 600.0, on_profile=None) -> Outcome:
    """Profile what *selection* picks in the finished run at *run_dir*, store it (profiles/) and return it.
    Bad input (unknown ids, a changed task, the run in use by another command) raises EffbenchError before anything
    runs.  The run's lock is held from the first read to the last write, as ``run`` and ``score`` hold it: taken
    only to save, a ``run`` or ``score`` of the same directory in the meantime rewrote the results the profiles
    were chosen from, or held the lock when they were saved, and minutes of profiles were lost in one line."""
    store = RunStore(Path(run_dir))
    store.read_meta()  # a run directory, before a lock file is made in it
    with store.locked() as rs:
        return _profile_locked(rs, tasks, selection, profiler, timeout, on_profile)


def choose(rs: RunStore, meta: dict, selection: Selection) -> Plan:
    """What to profile in the finished run of *rs*: from its results, and the records of the samples chosen alone
    (records.jsonl read a subject at a time: read whole, a run of ten thousand samples took about 1 GB)."""
    try:
        results = rs.read_lines("results.jsonl")
        if not rs.has("records.jsonl"):
            raise StoreError(f"{rs.root / 'records.jsonl'}: no such file")
        with rs.record_groups() as groups:
            return plan(results, groups.runs, meta, selection)
    except StoreError as exc:
        raise EffbenchError(f"{rs.root}: not a finished run ({exc})") from None


def _profile_locked(rs: RunStore, tasks: dict[str, Task], selection: Selection, profiler: str | None,
                    timeout: float, on_profile) -> Outcome:
    run_dir = rs.root
    meta = rs.read_meta()
    the_plan = choose(rs, meta, selection)
    check_tasks(tasks, meta, {t.task for t in the_plan.targets})
    settings = meta["settings"]
    profiler = profiler or profiler_for(settings["measure"])
    codes = rs.sample_code()
    collector = Collector(settings["measure"], settings.get("rules", EFFBENCH), int(settings["seed"]), profiler,
                          timeout)
    profiles: list[Profile] = []
    try:
        for target in the_plan.targets:
            task = tasks[target.task]
            code = task.expert.code if target.subject == "expert" else codes[target.key]
            prof = collector.profile(task, target, code)
            profiles.append(prof)
            if on_profile:
                on_profile(prof)
    finally:  # what was finished is kept, on a Ctrl-C or a failure too (each profile can take minutes)
        collector.close()
        experts = {(p.task, p.level, p.test): p.ident for p in profiles if p.subject == "expert"}
        profile_store.save(run_dir, profiles, experts)
    return Outcome(profiles, the_plan.skipped, collector.timings)
