"""What a run's measurements depend on besides the code, and the rule that one run never mixes two such setups.

Instruction counts depend on the interpreter build, the counter backend and the in-sandbox runner files (their digest:
``runners/digest.py``); times depend on the interpreter and the runner files too, on how CPU time is read, and on the
machine's CPU.  A run records what its workers told of themselves in their hello (run.json ``runner``) and the
machine that measured it (``machine``; on a Ray cluster, each task's node: ``nodes``).  A resumed run whose workers
tell another setup would mix measurements of two setups in one run and record only the last, so every worker that
joins it (each ``--jobs`` slot's, each Ray node's) is checked against the record before it measures anything, and
a difference is one line, exit 2: the user chose the setup, and rerunning changes nothing until they change it.

A run recorded before effbench kept a field (the runner files' digest, say) has none: its resume is refused, since
its workers may have run anything.  Reading such a run (``score``, ``report``, ``compare``) needs none of this.
Continued size sweeps (``complexity --extend``, a resumed ``run --complexity``) are held to the counting rule here
too, against the worker their document recorded (:func:`.complexity_run.check_sweep_setup`).
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from effbench.errors import EffbenchError, InfrastructureError
from effbench.measuring import machine
from effbench.sandbox import worker_setup

if TYPE_CHECKING:
    from effbench.measuring.store import RunStore

# What instruction counts depend on, of a worker's description (its hello: sandbox.worker_setup, and the runner): every
# Ray node of a counting run must agree on it too (ray_executor).  compare's counting setup leaves out the runner
# (process, or docker's offline image of this interpreter, count alike), which a run resumes with only when --runner
# auto picks the same.
COUNTING = ("runner", *worker_setup.COUNTING)
# What times depend on, of the worker: the counter is none, and the clock CPU times are read from counts instead.
TIMING = ("runner", *worker_setup.TIMING)
CPU = "cpu"  # the machine's field (measuring.machine.describe) that times depend on: the CPU model


class SetupChanged(EffbenchError):
    """A resumed run's workers (or a Ray node of a resumed task) measure with another setup than the run's."""


def runner_fields(measure: str) -> tuple[str, ...]:
    return COUNTING if measure == "instructions" else TIMING


RESUME = "one run never mixes measurements of two setups: resume it with the recorded setup, or measure into " \
         "another --out"


def _refuse(out: Path, what: list[str], where: str, recorder: str = "the run", remedy: str = RESUME) -> SetupChanged:
    at = f" ({where})" if where else ""
    return SetupChanged(f"{out}: its workers{at} would measure with another setup than {recorder} recorded: "
                        f"{'; '.join(what)}; {remedy}")


def check_runner(out: Path, measure: str, recorded: Mapping | None, told: Mapping, where: str = "",
                 recorder: str = "the run", remedy: str = RESUME) -> None:
    """Refuse a worker whose hello (*told*, what run.json's ``runner`` would record) differs from the run's recorded
    runner on a field *measure*'s measurements depend on.  None recorded: no worker of the run ever started, so
    nothing was measured and nothing can be mixed.  *recorder* and *remedy* word the refusal for another record
    than a run's (a complexity document's sweeps, continued: :mod:`.complexity_run`)."""
    if recorded:
        what = worker_setup.differences(recorded, told, runner_fields(measure), "recorded")
        if what:
            raise _refuse(out, what, where, recorder, remedy)


def measured_on(meta: Mapping) -> list[Mapping]:
    """The machines a run's times were taken on: each task's node (a Ray run's ``nodes``), else the run's
    ``machine``; none where it could not be described."""
    nodes = meta.get("nodes") or {}
    machines = list(nodes.values()) if nodes else [meta.get("machine")]
    return [m for m in machines if m]


def check_machine(out: Path, measure: str, recorded: list[Mapping], here: Mapping, where: str = "") -> None:
    """Refuse to add times taken *here* to a run whose times were taken on a machine of another CPU model (a
    score compares a sample with a reference and tier representatives timed earlier).  Counts do not depend on it."""
    if measure == "instructions":
        return
    for measured in recorded:
        what = worker_setup.differences(measured, here, (CPU,), "recorded")
        if what:
            raise _refuse(out, what, where)


class WorkerSetups:
    """A run's record of what measured it (run.json's ``runner`` and ``machine``), and the check of each local worker
    against it: the first slot to start records its description (:func:`.unit.slot_info`), every other (another
    slot's, a resumed run's) must agree with the record on what the run's measurements depend on, and leaves it as
    it is.  Ray's driver records its first node's (:class:`NodeSetups` checks the nodes)."""

    def __init__(self, store: RunStore, measure: str):
        self.store, self.measure = store, measure

    def check(self, told: Mapping, where: str = "") -> None:
        """Refuse *told* (a worker's description, from slot *where*) unless it agrees with the record (none: no
        worker of the run has started, nothing was measured)."""
        self._check(self.store.read_meta(), told, where)

    def record(self, told: Mapping, where: str = "") -> None:
        """:meth:`check`, and the run's first description recorded, with the machine it measures on (where measuring
        began: the run may have been made elsewhere, and measured nothing there)."""
        meta = self.store.read_meta()
        if not self._check(meta, told, where):
            meta["runner"] = dict(told)
            meta["machine"] = machine.describe()
            self.store.write_json("run.json", meta)

    def _check(self, meta: Mapping, told: Mapping, where: str) -> bool:
        """:meth:`check` against *meta*; whether it records a runner."""
        if not meta.get("runner"):
            return False
        check_runner(self.store.root, self.measure, meta["runner"], told, where)
        check_machine(self.store.root, self.measure, measured_on(meta), machine.describe(), where)
        return True


def counting_identity(runner: Mapping | None) -> tuple:
    """What must be the same on every node of a counting run, as a tuple of :data:`COUNTING` fields."""
    return tuple((runner or {}).get(k) for k in COUNTING)


class NodeSetups:
    """The rule for a Ray run's nodes, checked at each unit's first word (its hello) before any of its measurements
    is kept.  Counting, every node agrees with the setup the run recorded (a resumed run: :class:`SetupChanged`) and
    with this run's first node (else the cluster's nodes differ: infrastructure).  Timing, nodes may differ (a unit
    never spans two machines, and its scores are measured against its reference, timed there), but a unit that goes
    on from records, resumed or retried, must run where those were timed: on the CPU its last node had, or the
    run's machine where a local run measured it."""

    def __init__(self, out: Path, measure: str, meta: Mapping):
        self.out, self.measure = out, measure
        self.recorded = meta.get("runner") if measure == "instructions" else None
        self.identity = counting_identity(self.recorded) if self.recorded else None
        self.machine = meta.get("machine")

    def check(self, task_id: str, runner: Mapping, node: Mapping, last: Mapping | None, seeded: bool) -> None:
        """*runner*, *node*: the hello of task *task_id*'s worker; *last*: the node that measured the task before
        (None: none did, or a local run); *seeded*: the worker goes on from records of the task."""
        where = f"node {node.get('hostname')}"
        if self.measure == "instructions":
            check_runner(self.out, self.measure, self.recorded, runner, where)
            self.identity = self.identity or counting_identity(runner)
            if counting_identity(runner) != self.identity:
                raise InfrastructureError(f"ray: {where} counts instructions with {counting_identity(runner)}, the "
                                          f"run with {self.identity}: counts from different interpreters, counters "
                                          "or runner files are never mixed")
        elif seeded:
            before = last or self.machine
            check_machine(self.out, self.measure, [before] if before else [], node, f"{where}, task {task_id}")
