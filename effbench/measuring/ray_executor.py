"""The Ray executor: ``effbench run --executor ray [--ray-address ADDRESS]`` spreads work units over a Ray cluster.

A unit (one task: its expert, tier representatives and samples, :mod:`.unit`) is a Ray task needing one CPU.  The
worker measures it in a sandbox slot of its own node (a core it holds by a lock file, so two units on one node
never share a core), into an in-memory store seeded with what the run store already holds for the samples it has
left to measure and for the reference (the driver replays the unit's plan from its store to find them,
:mod:`.replay`: a finished sample is not sent), and streams each new record and expected output to the driver as it
is measured (through a small inbox actor).  Only the driver writes the run store, appending what streams in, so a
rerun of the same command re-measures nothing that was measured, even by a unit that never finished.  A unit whose
worker or node died is resubmitted by the driver (:data:`MAX_RETRIES` times) with what the store holds by then, so
only what is missing is measured again, and it is never blamed on samples; anything a dead attempt still had in
flight is dropped (its attempt number is old).

Every node needs effbench installed and the task suite at the path the driver loaded it from (the built-in suite
ships in the package; a ``--tasks-dir`` must be on shared storage): the worker checks the task's content hash.
run.json records which node measured each task (``nodes``: from the unit's first word, ``finished`` once it
returned).  In instructions mode, a node whose interpreter or counter differs from the run's is refused in one line,
before any of its counts is kept: they must never be mixed with the others'.
"""
from __future__ import annotations

import fcntl
import json
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from collections import OrderedDict
from typing import Any, TextIO
from collections.abc import Callable, Iterable

from effbench.measuring import machine, ray_sigterm, run_setup
from effbench.errors import EffbenchError, InfrastructureError, SetupError
from effbench.measuring.ray_connect import check_reachable, check_token
from effbench.tasks.inputs import InputCache
from effbench.measuring.progress import Progress
from effbench.measuring.records import PAIR_PREFIX, RunRecord, Settings
from effbench.measuring.replay import records_for, samples_left
from effbench.measuring.store import RunStore
from effbench.tasks.samples import Sample
from effbench.measuring.unit import WorkUnit, keep_out_of_slots, measure_unit, open_slot, slot_info
from effbench.sandbox import host_paths

# Where each user's slot lock directory is: the same for every Ray worker of the node (not TMPDIR, which may vary)
SLOT_LOCK_ROOT = Path("/tmp")
MAX_RETRIES = 2  # a unit whose worker process or node died is resubmitted this many times
POLL_S = 0.5  # how often the driver drains the inbox while units run
HELD = 8  # subjects of samples a worker's store holds the records of (MemoryStore)


class MemoryStore:
    """A worker's run store for one unit: the driver's records and expected outputs of the task, plus what this
    worker measures, each passed to *on_new* as it is measured (``("expected", (phase, level, test, value))`` or
    ``("record", record_dict)``, in the order a local run writes them).

    Of the unit's *samples* (their keys), it holds the records of the :data:`HELD` subjects used last (a sample's,
    its pair's): the plan is done with a sample before it begins the next, and never reads it again (a worker
    measuring ten thousand samples held every record it measured).  The reference's subjects are held throughout.
    A sample's subject read again once dropped is an error, never a run measured twice."""

    def __init__(self, records: list[RunRecord], expected: dict, on_new: Callable[[tuple], None] | None = None,
                 samples: Iterable[str] = ()):
        self._groups: dict[tuple[str, str], dict[tuple, RunRecord]] = {}  # (task, subject) -> its records by key
        self._samples = {subject for key in samples for subject in (key, PAIR_PREFIX + key)}
        self._recent: OrderedDict[tuple[str, str], None] = OrderedDict()  # the samples' subjects held, oldest first
        self._dropped: set[tuple[str, str]] = set()
        for r in records:  # held until the plan has used them (the samples')
            self._groups.setdefault((r.task, r.subject), {})[r.key] = r
        # Kept as JSON text and decoded afresh by every load, as the run store's file is: values a caller holds
        # (Ray's copy of the arguments, a returned dict) raise reference counts, which marshal encodes, and the
        # null program's input (measuring.null_program) is marshalled from them: a resumed unit's null program
        # counted ~0.05 % more instructions on a Ray worker than in a local resume.
        self._expected = {key: json.dumps(value) for key, value in expected.items()}
        self._on_new = on_new or (lambda item: None)

    def _group(self, task: str, subject: str) -> dict[tuple, RunRecord]:
        group = (task, subject)
        if subject in self._samples:
            if group in self._dropped:
                raise RuntimeError(f"the plan read {subject!r} again after this worker dropped its records")
            self._recent[group] = None
            self._recent.move_to_end(group)
            if len(self._recent) > HELD:
                old, _ = self._recent.popitem(last=False)
                self._groups.pop(old, None)
                self._dropped.add(old)
        return self._groups.setdefault(group, {})

    def get(self, key: tuple) -> RunRecord | None:
        return self._group(key[0], key[1]).get(key)

    def runs(self, task: str, subject: str) -> list[RunRecord]:
        return list(self._group(task, subject).values())

    def append(self, record: RunRecord) -> None:
        self._group(record.task, record.subject)[record.key] = record
        self._on_new(("record", record.to_dict()))

    def before_measuring(self) -> None:
        pass  # what it was seeded with, the driver checked before it submitted the unit

    def load_expected(self, task_id: str) -> dict:
        return {key: json.loads(text) for key, text in self._expected.items()}

    def save_expected(self, task_id: str, phase: str, level: int, test: int, encoded_value) -> None:
        # Not the caller's objects (see __init__): holding them moved the null program's counts by ~0.1 %.
        text = json.dumps(encoded_value)
        self._expected[(phase, level, test)] = text
        self._on_new(("expected", (phase, level, test, json.loads(text))))


class Inbox:
    """The driver's mailbox (a Ray actor needing no CPU): workers put what they measure, the driver drains it."""

    def __init__(self) -> None:
        self._items: list[tuple] = []

    def put(self, item: tuple) -> None:
        self._items.append(item)

    def drain(self) -> list[tuple]:
        items, self._items = self._items, []
        return items


@dataclass
class UnitResult:
    """What a finished unit returns besides what it streamed (its counter and node came first, as ``hello``)."""
    task_id: str
    unscorable: list[str] = field(default_factory=list)


def slot_lock_dir() -> Path:
    """This user's lock files on this node, one per core: who holds one measures on that core.  Per user: a fixed
    shared path is private to whoever made it first (root's Ray run left one that a user's run could not open),
    and a path others may create first is theirs to fill.  Refused unless it is a directory of ours, closed to
    others (one line, before anything is measured on this node)."""
    path = SLOT_LOCK_ROOT / f"effbench-slots-{os.geteuid()}"
    try:
        path.mkdir(mode=0o700, exist_ok=True)
        info = path.lstat()
    except OSError as exc:
        raise SetupError(f"cannot make the Ray slot lock directory {path}: {exc.strerror}") from None
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o077:
        raise SetupError(f"{path} is not a directory of this user (uid {os.geteuid()}) closed to others "
                         f"(owner uid {info.st_uid}, mode {stat.filemode(info.st_mode)}): remove it")
    return path


class _CoreLock:
    """Hold one core of this node for a unit: the first free lock file of the usable cores, else wait for one."""

    def __init__(self) -> None:
        from effbench.measuring.parallel import usable_cpus
        self.cpus = usable_cpus()
        self.fh: TextIO | None = None
        self.index = 0
        self.dir = slot_lock_dir()

    def __enter__(self) -> _CoreLock:
        if not any(self._take(i, blocking=False) for i in range(len(self.cpus))):
            self._take(os.getpid() % len(self.cpus), blocking=True)
        return self

    def _take(self, index: int, blocking: bool) -> bool:
        fh = open(self.dir / f"core-{self.cpus[index]}.lock", "a")  # noqa: SIM115 - held while the slot is in use
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
                   content_hash: str, inbox: Any = None, attempt: int = 0,
                   kept_out: Iterable[str] = ()) -> UnitResult:
    """What a Ray worker runs: one unit in a slot of this node, into a :class:`MemoryStore` that streams to *inbox*
    (an :class:`Inbox` actor handle; each put waits for the inbox, so all of it is there when the unit returns).
    The first item is ``hello`` with the counter and the node, so the driver can refuse a node before it keeps
    any of its counts.  *kept_out*: the folders the driver's sandboxes would hide (its run store, samples, working
    directory...), hidden by this node's too (:func:`.unit.keep_out_of_slots`)."""
    if unit.task.content_hash()[:16] != content_hash:
        raise InfrastructureError(f"ray node {machine.describe()['hostname']}: its copy of task {unit.task.id} at "
                                  f"{unit.task.path} differs from the driver's (install the same suite on every node)")

    def send(item: tuple) -> None:
        if inbox is not None:
            import ray
            ray.get(inbox.put.remote((unit.task.id, attempt, *item)))

    store = MemoryStore([RunRecord.from_dict(r) for r in records], expected, send, [s.key for s in unit.samples])
    unscorable: list[str] = []
    cache = InputCache()
    keep_out_of_slots([unit], cache, kept_out)
    with _CoreLock() as core:
        slot = open_slot(settings, core.index, core.cpus[core.index])
        try:
            info = slot_info(slot)
            node = dict(machine.describe(), ray_node=_node_id(), core=core.cpus[core.index])
            send(("hello", (info, node)))
            measure_unit(unit, slot, store, settings, cache, Progress(), unscorable.append)
        finally:
            slot.close()
    return UnitResult(unit.task.id, unscorable)


def _node_id() -> str | None:
    try:
        import ray
        return ray.get_runtime_context().get_node_id()
    except Exception:  # noqa: BLE001 - outside Ray (tests call measure_remote directly)
        return None


def run_ray(units: list[WorkUnit], settings: Settings, store: RunStore, cache: InputCache, progress: Progress,
            on_unscorable: Callable[[str], None] | None, address: str | None,
            on_runner: Callable[[dict, str], None]) -> None:
    """Submit every unit to the cluster at *address* (None: start one on this machine for the run), and write what
    streams back into *store* as it is measured."""
    import ray
    started_here = not ray.is_initialized()
    sigterm = ray_sigterm.KeepSigterm()
    if started_here:
        from effbench.measuring.parallel import usable_cpus
        options: dict[str, Any] = dict(include_dashboard=False, log_to_driver=False,
                                       logging_level=logging.WARNING)
        if address:
            check_reachable(address)
            check_token(address)
            options["address"] = address
        else:
            options["num_cpus"] = len(usable_cpus())
        try:
            ray_sigterm.init(ray, options, sigterm)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise InfrastructureError(f"ray: cannot reach the cluster at {address or 'a new local one'} "
                                      f"({str(exc).splitlines()[0][:300]})") from None
    remote = ray.remote(num_cpus=1, max_retries=0)(measure_remote)
    try:
        with sigterm:
            _Driver(ray, remote, settings, store, cache, progress, on_unscorable, on_runner).run(units)
    finally:
        if started_here:
            ray.shutdown()


class _Driver:
    """Submits units, writes what streams in, resubmits a unit whose worker died from what the store holds then."""

    def __init__(self, ray, remote, settings: Settings, store: RunStore, cache: InputCache, progress: Progress,
                 on_unscorable: Callable[[str], None] | None, on_runner: Callable[[dict, str], None]):
        self.ray, self.remote, self.settings, self.store, self.progress = ray, remote, settings, store, progress
        self.cache = cache
        self.on_unscorable, self.on_runner = on_unscorable, on_runner
        self.meta = store.read_meta()
        self.hashes = {tid: info["content_hash"] for tid, info in self.meta["tasks"].items()}
        self.setups = run_setup.NodeSetups(store.root, settings.measure, self.meta)
        self.nodes = dict(self.meta.get("nodes") or {})
        self.attempts: dict[str, int] = {}
        self.pending: dict[Any, WorkUnit] = {}
        self.replayed: set[str] = set()  # tasks whose samples were all measured before (a resume): no work, to progress
        self.seeded: set[str] = set()  # tasks whose worker was sent records to go on from (a resume, a retry)
        self.inbox = ray.remote(num_cpus=0)(Inbox).remote()

    def run(self, units: list[WorkUnit]) -> None:
        left = [samples_left(unit, self.store, self.settings, self.cache) for unit in units]
        self.replayed = {unit.task.id for unit, samples in zip(units, left) if not samples}
        self.store.before_measuring()  # every record checked (those the replays did not read) before a worker runs
        try:
            for unit, samples in zip(units, left):
                self._submit(unit, samples)
            while self.pending:
                done, _ = self.ray.wait(list(self.pending), num_returns=1, timeout=POLL_S)
                self._take_streamed()
                if done:
                    self._finish(done[0], self.pending.pop(done[0]))
        except BaseException:
            for ref in self.pending:
                self.ray.cancel(ref, force=True)
            raise

    def _submit(self, unit: WorkUnit, left: list[Sample] | None = None) -> None:
        """Send the worker the samples of *unit* left to measure (by default, as the store has them now) and the
        records it replays them and the reference from."""
        tid = unit.task.id
        if left is None:
            left = samples_left(unit, self.store, self.settings, self.cache)
        records = records_for(unit, left, self.store)
        if records:
            self.seeded.add(tid)
        ref = self.remote.remote(WorkUnit(unit.task, left, unit.tier_file), self.settings, records,
                                 self.store.load_expected(tid), self.hashes[tid], self.inbox,
                                 self.attempts.setdefault(tid, 0), sorted(map(str, host_paths.kept_out())))
        self.pending[ref] = unit  # the whole unit: its steps are the progress made when it returns

    def _take_streamed(self) -> None:
        for task_id, attempt, kind, value in self.ray.get(self.inbox.drain.remote()):
            if attempt != self.attempts.get(task_id):
                continue  # in flight from an attempt whose worker died: its unit was resubmitted without it
            if kind == "hello":
                self._hello(task_id, *value)
            elif kind == "expected":
                self.store.save_expected(task_id, *value)
            else:
                self.store.append(RunRecord.from_dict(value))

    def _hello(self, task_id: str, runner: dict, node: dict) -> None:
        """A unit's first word: its node is checked (:class:`.run_setup.NodeSetups`) before any of its measurements
        is kept, and recorded as the task's."""
        self.setups.check(task_id, runner, node, self.nodes.get(task_id), task_id in self.seeded)
        if not self.meta.get("runner"):
            self.on_runner(runner, f"node {node.get('hostname')}")
            self.meta["runner"] = runner
        self.nodes[task_id] = node
        _record_nodes(self.store, self.nodes)

    def _finish(self, ref, unit: WorkUnit) -> None:
        result = _result(self.ray, ref, unit, retry=self.attempts[unit.task.id] < MAX_RETRIES)
        if result is None:  # its worker or node died: again, from what has streamed in
            self.attempts[unit.task.id] += 1
            self._submit(unit)
            return
        self.nodes[unit.task.id] = dict(self.nodes[unit.task.id], finished=True)  # its hello came first
        _record_nodes(self.store, self.nodes)
        for message in result.unscorable:
            if self.on_unscorable:
                self.on_unscorable(message)
        self.progress.phase("done", result.task_id)
        self.progress.advance(unit.steps, measured=unit.task.id not in self.replayed)


def _result(ray, ref, unit: WorkUnit, retry: bool) -> UnitResult | None:
    """The unit's result; an effbench error raised on the worker is raised here as itself; None when its worker or
    node was lost and *retry* allows another attempt."""
    try:
        return ray.get(ref)
    except ray.exceptions.RayTaskError as exc:
        cause = getattr(exc, "cause", None)
        if isinstance(cause, EffbenchError):
            raise cause from None
        raise InfrastructureError(f"ray: task {unit.task.id} failed on its worker: "
                                  f"{str(cause or exc).splitlines()[0][:300]}") from None
    except ray.exceptions.RayError as exc:  # the worker process or its node died
        if retry:
            return None
        raise InfrastructureError(f"ray: task {unit.task.id} lost ({type(exc).__name__}: "
                                  f"{str(exc).splitlines()[0][:200]}); finished tasks are kept, rerun to resume") \
            from None


def _record_nodes(store: RunStore, nodes: dict) -> None:
    meta = store.read_meta()
    meta["nodes"] = nodes
    store.write_json("run.json", meta)
