"""The Ray executor: ``effbench run --executor ray [--ray-address ADDRESS]`` spreads work units over a Ray cluster.

A unit (one task: its expert, tier representatives and samples, :mod:`.unit`) is a Ray task needing one CPU.  The
worker measures it in a sandbox slot of its own node (a core it holds by a lock file, so two units on one node
never share a core), into an in-memory store seeded with what the run store already holds for that task, and
returns only the new records and expected outputs.  Only the driver writes the run store: a unit's results are
appended as it finishes, so a rerun of the same command re-measures nothing that was returned, and a unit whose
worker or node died is resubmitted by Ray (``max_retries``) from what the driver had, never blamed on samples.

Every node needs effbench installed and the task suite at the path the driver loaded it from (the built-in suite
ships in the package; a ``--tasks-dir`` must be on shared storage): the worker checks the task's content hash.
run.json records which node measured each task (``nodes``).  In instructions mode, a node whose interpreter or
counter differs from the run's is refused in one line: its counts must never be mixed with the others'.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from collections.abc import Callable

from effbench.measuring import machine
from effbench.errors import EffbenchError, InfrastructureError, SetupError
from effbench.tasks.inputs import InputCache
from effbench.measuring.progress import Progress
from effbench.measuring.records import RunRecord, Settings
from effbench.measuring.store import RunStore
from effbench.measuring.unit import WorkUnit, measure_unit, open_slot, slot_info

SLOT_LOCKS = Path("/tmp/effbench-slots")  # one lock file per core of a node: who holds it measures on that core
MAX_RETRIES = 2  # a unit whose worker process or node died is resubmitted this many times
# What must be the same on every node for instruction counts to be comparable (the executor's hello, sandbox.client)
COUNT_IDENTITY = ("runner", "counter", "python", "implementation", "executable")


def check_ray(where: str = "--executor ray") -> None:
    """Ray is an optional extra: say how to get it, before anything is measured."""
    try:
        import ray  # noqa: F401
    except ImportError:
        raise SetupError(f"{where} needs Ray: pip install 'effbench[ray]'") from None


class MemoryStore:
    """A worker's run store for one unit: the driver's records and expected outputs of the task, plus what this
    worker measures (kept apart, to be returned)."""

    def __init__(self, records: list[RunRecord], expected: dict):
        self._records = {r.key: r for r in records}
        self._expected = dict(expected)
        self.new_records: list[RunRecord] = []
        self.new_expected: list[tuple] = []

    def get(self, key: tuple) -> RunRecord | None:
        return self._records.get(key)

    def records(self) -> list[RunRecord]:
        return list(self._records.values())

    def append(self, record: RunRecord) -> None:
        self._records[record.key] = record
        self.new_records.append(record)

    def load_expected(self, task_id: str) -> dict:
        return dict(self._expected)

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None:
        # A copy, as the run store's text is: holding the caller's objects would raise their reference counts, and
        # marshal (which builds the null program's input, measure.null_program) flags objects by reference count,
        # which moved the null program's instruction counts (by ~0.1 %) on a Ray worker.
        encoded_value = json.loads(json.dumps(encoded_value))
        self._expected[(phase, level, test)] = encoded_value
        self.new_expected.append((phase, level, test, encoded_value))


@dataclass
class UnitResult:
    task_id: str
    records: list[dict]
    expected: list[tuple]
    unscorable: list[str] = field(default_factory=list)
    node: dict = field(default_factory=dict)
    runner: dict = field(default_factory=dict)


class _CoreLock:
    """Hold one core of this node for a unit: the first free lock file of the usable cores, else wait for one."""

    def __init__(self) -> None:
        from effbench.measuring.parallel import usable_cpus
        self.cpus = usable_cpus()
        self.fh: TextIO | None = None
        self.index = 0

    def __enter__(self) -> _CoreLock:
        SLOT_LOCKS.mkdir(mode=0o700, exist_ok=True)
        if not any(self._take(i, blocking=False) for i in range(len(self.cpus))):
            self._take(os.getpid() % len(self.cpus), blocking=True)
        return self

    def _take(self, index: int, blocking: bool) -> bool:
        fh = open(SLOT_LOCKS / f"core-{self.cpus[index]}.lock", "a")  # noqa: SIM115 - held while the slot is in use
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            fh.close()
            return False
        self.fh, self.index = fh, index
        return True

    def __exit__(self, *exc) -> None:
        if self.fh is not None:
            self.fh.close()


def measure_remote(unit: WorkUnit, settings: Settings, records: list[dict], expected: dict,
                   content_hash: str) -> UnitResult:
    """What a Ray worker runs: one unit in a slot of this node, into a :class:`MemoryStore`."""
    if unit.task.content_hash()[:16] != content_hash:
        raise InfrastructureError(f"ray node {machine.describe()['hostname']}: its copy of task {unit.task.id} at "
                                  f"{unit.task.path} differs from the driver's (install the same suite on every node)")
    store = MemoryStore([RunRecord.from_dict(r) for r in records], expected)
    unscorable: list[str] = []
    with _CoreLock() as core:
        slot = open_slot(settings, core.index, core.cpus[core.index])
        try:
            info = slot_info(slot)
            measure_unit(unit, slot, store, settings, InputCache(), Progress(), unscorable.append)
        finally:
            slot.close()
    node = dict(machine.describe(), ray_node=_node_id(), core=core.cpus[core.index])
    return UnitResult(unit.task.id, [r.to_dict() for r in store.new_records], store.new_expected, unscorable, node,
                      info)


def _node_id() -> str | None:
    try:
        import ray
        return ray.get_runtime_context().get_node_id()
    except Exception:  # noqa: BLE001 - outside Ray (tests call measure_remote directly)
        return None


def run_ray(units: list[WorkUnit], settings: Settings, store: RunStore, progress: Progress,
            on_unscorable: Callable[[str], None] | None, address: str | None,
            on_runner: Callable[[dict], None]) -> None:
    """Submit every unit to the cluster at *address* (None: start one on this machine for the run), and write what
    comes back into *store* as each unit finishes."""
    import ray
    started_here = not ray.is_initialized()
    if started_here:
        from effbench.measuring.parallel import usable_cpus
        options: dict[str, Any] = dict(include_dashboard=False, log_to_driver=False,
                                       logging_level=logging.WARNING)
        if address:
            options["address"] = address
        else:
            options["num_cpus"] = len(usable_cpus())
        try:
            ray.init(**options)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise InfrastructureError(f"ray: cannot reach the cluster at {address or 'a new local one'} "
                                      f"({str(exc).splitlines()[0][:300]})") from None
    remote = ray.remote(num_cpus=1, max_retries=MAX_RETRIES, retry_exceptions=False)(measure_remote)
    meta = store.read_meta()
    hashes = {tid: info["content_hash"] for tid, info in meta["tasks"].items()}
    identity = _identity(meta.get("runner")) if meta.get("runner") and settings.measure == "instructions" else None
    pending = {}
    try:
        for unit in units:
            tid = unit.task.id
            records = [r.to_dict() for r in store.records() if r.task == tid]
            ref = remote.remote(unit, settings, records, store.load_expected(tid), hashes[tid])
            pending[ref] = unit
        nodes = dict(meta.get("nodes") or {})
        while pending:
            done, _ = ray.wait(list(pending), num_returns=1)
            unit = pending.pop(done[0])
            result = _result(ray, done[0], unit)
            if settings.measure == "instructions":
                identity = identity or _identity(result.runner)
                if _identity(result.runner) != identity:
                    raise InfrastructureError(f"ray: node {result.node.get('hostname')} counts instructions with "
                                              f"{_identity(result.runner)}, the run with {identity}: counts from "
                                              "different interpreters or counters are never mixed")
            _write(store, result)
            nodes[result.task_id] = result.node
            _record_nodes(store, nodes)
            if not meta.get("runner"):
                on_runner(result.runner)
                meta["runner"] = result.runner
            for message in result.unscorable:
                if on_unscorable:
                    on_unscorable(message)
            progress.phase("done", result.task_id)
            progress.advance(unit.steps)
    except BaseException:
        for ref in pending:
            ray.cancel(ref, force=True)
        raise
    finally:
        if started_here:
            ray.shutdown()


def _identity(runner: dict | None) -> tuple:
    return tuple((runner or {}).get(k) for k in COUNT_IDENTITY)


def _result(ray, ref, unit: WorkUnit) -> UnitResult:
    """The unit's result; an effbench error raised on the worker is raised here as itself."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        cause = getattr(exc, "cause", None)
        if isinstance(cause, EffbenchError):
            raise cause from None
        raise InfrastructureError(f"ray: task {unit.task.id} failed on its worker: "
                                  f"{str(cause or exc).splitlines()[0][:300]}") from None
    except ray.exceptions.RayError as exc:  # worker or node lost more than MAX_RETRIES times
        raise InfrastructureError(f"ray: task {unit.task.id} lost ({type(exc).__name__}: "
                                  f"{str(exc).splitlines()[0][:200]}); finished tasks are kept, rerun to resume") \
            from None


def _write(store: RunStore, result: UnitResult) -> None:
    """Expected outputs first, then the records that relied on them (the order a local run writes them in)."""
    for phase, level, test, value in result.expected:
        store.save_expected(result.task_id, phase, level, test, value)
    for row in result.records:
        store.append(RunRecord.from_dict(row))


def _record_nodes(store: RunStore, nodes: dict) -> None:
    meta = store.read_meta()
    meta["nodes"] = nodes
    store.write_json("run.json", meta)
