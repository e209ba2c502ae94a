"""``effbench complexity``'s pipeline: tasks and samples in, sweeps measured, classes derived, one JSON document out.

The document (``complexity.json``) holds the sweeps as measured (sizes, costs, peaks) next to what is derived from
them (classes, confidences, residuals, the per-sample and per-model verdicts, the references' accuracy), so the
derived part can be recomputed from it without measuring again
(:func:`effbench.scoring.complexity_summary.derive_document`, pure like the rest of scoring).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from effbench.clock import utc_now
from effbench.measuring import machine, run_setup
from effbench.version import __version__
from effbench.measuring.complexity_sweep import SubjectSweep, SweepPlan, TaskSweeper
from effbench.errors import EffbenchError
from effbench.measuring.store import StoreError
from effbench.schema_check import first_problem
from effbench.sandbox import make_sandbox
from effbench.sandbox.counting import detect_counter
from effbench.scoring.complexity import CLASSES
from effbench.scoring.complexity_summary import REF_PREFIX, classify, derive_document
from effbench.tasks.task import Task


def run_sweeps(tasks: list[Task], samples: list, plan: SweepPlan, runner_name: str = "process",
               counter: str = "auto", references: bool = True,
               echo: Callable[[str], None] = lambda line: None, prior: dict | None = None,
               checkpoint: Callable[[dict], object] | None = None, prior_from: Path | None = None) -> dict:
    """Sweep every reference (if *references*) and every sample of *tasks*; returns the complexity document.  With
    *prior* (an earlier document, see :func:`prior_sweeps`) a subject it holds is continued from its sweep there
    (TaskSweeper.extend) rather than measured again from the first size.  *checkpoint* is given the document so
    far (its sweeps, ``meta.partial``; the classes are derived once, at the end) after each task: a sweep of the
    suite takes an hour, and one killed part-way is then continued from what it wrote (``--extend`` on it measures
    only each kept sweep's top again).  The sweeping worker is held to the setup *prior* recorded
    (:func:`check_sweep_setup`; *prior_from*: the file it was read from, for the refusal) before it measures."""
    earlier = prior_sweeps(prior, plan) if prior is not None else {}
    sweepers = [TaskSweeper(t, None, plan) for t in tasks]
    for s in sweepers:
        s.prepare()  # every generator runs before the sandbox starts
    backend = detect_counter(counter) if plan.measure == "instructions" else None
    runner = sweep_sandbox(runner_name, backend)
    sweeps = []
    try:
        runner.start()
        told = dict(runner.info())
        if prior is not None:
            check_sweep_setup(prior, told, prior_from)
        for i, (sweeper, task) in enumerate(zip(sweepers, tasks)):
            sweeper.runner = runner
            runner.drop_inputs()
            sweeper._sent.clear()
            subjects: list[tuple[str, str, bool]] = [(REF_PREFIX + r.name, r.code, r.expert)
                                                     for r in task.references if r.expert]
            if references:
                subjects += [(REF_PREFIX + r.name, r.code, False) for r in task.references if not r.expert]
            subjects += [(s.key, s.code, False) for s in samples if s.task_id == task.id]
            for subject, code, is_expert in subjects:
                try:
                    before = earlier.get((task.id, subject))
                    result = (before and sweeper.extend(before, subject, code, is_expert)) \
                        or sweeper.sweep(subject, code, is_expert)
                except EffbenchError as exc:  # the expert failed on a size: the task has no classes
                    echo(f"effbench: {exc}")
                    break
                if is_expert and result.failure:
                    echo(f"effbench: task {task.id}: expert {subject} cannot be swept: {result.failure}")
                    break
                sweeps.append(result.to_dict())
                c = classify(result.to_dict(), plan.common_inputs)
                echo(f"{task.id:32} {subject[:40]:40} {c.cls or '-':8} "
                     f"{'' if c.confidence is None else f'{c.confidence:.2f}':5} {len(result.points):3} sizes  "
                     f"{c.problem or result.stopped}{extended_note(result, before)}")
            if checkpoint is not None:
                done = tasks[:i + 1]
                checkpoint(_document(done, samples, plan, runner_name, backend, told, prior, sweeps,
                                     partial=f"{len(done)} of {len(tasks)} tasks"))
    finally:
        runner.close()
    return _document(tasks, samples, plan, runner_name, backend, told, prior, sweeps)


def reads_parts(runner_name: str, backend: str | None) -> bool:
    return runner_name == "process" and backend == "callgrind"


def sweep_sandbox(runner_name: str, backend: str | None):
    """The sweep's sandbox: counting with callgrind in the process sandbox, the profiling worker, whose runs carry
    the count's parts by function (effbench.profiling.parts); any other runner or counter, the scored worker (its
    sweeps are classified from the total alone, as the document's ``meta.parts`` says)."""
    if reads_parts(runner_name, backend):
        from effbench.profiling.parts import PartsSandbox
        return PartsSandbox(slot=1)
    return make_sandbox(runner_name, slot=1 if backend else 0, counter=backend)


def _document(tasks: list[Task], samples: list, plan: SweepPlan, runner_name: str, backend: str | None,
              worker: dict, prior: dict | None, sweeps: list[dict], partial: str = "") -> dict:
    meta = {"effbench_version": __version__,
            "created": utc_now(),
            "plan": plan.to_dict(), "counter": backend, "runner": runner_name, "machine": machine.describe(),
            "worker": worker,
            "parts": reads_parts(runner_name, backend),
            "classes": list(CLASSES),
            "tasks": {t.id: task_meta(t) for t in tasks},
            "models": {s.key: s.info.model for s in samples}}
    if prior is not None:
        meta["extended_from"] = {"created": prior["meta"].get("created"), "effbench_version":
                                 prior["meta"].get("effbench_version"),
                                 **{k: prior["meta"]["plan"][k] for k in EXTENDABLE}}
    if partial:  # the measurements only: nothing scores a partial document, and every reader derives it anew
        return {"meta": {**meta, "partial": partial}, "sweeps": list(sweeps)}
    return derive_document({"meta": meta, "sweeps": sweeps})


# What may differ between a document and the one that continues it: how far sweeps go, not which inputs they see.
EXTENDABLE = ("count_budget", "run_timeout")


def prior_sweeps(prior: dict, plan: SweepPlan) -> dict[tuple[str, str], SubjectSweep]:
    """The sweeps of *prior* by (task, subject), checked to be continuable under *plan*: instructions mode, the same
    plan but for EXTENDABLE, a count budget at least as large, and the worker that swept them recorded (a document
    before effbench recorded it may have been counted by any interpreter, counter or runner files, as a run
    recorded before a setup field is never resumed).  Anything else is the user's error, raised before anything is
    measured."""
    try:
        before, sweeps = prior["meta"]["plan"], prior["sweeps"]
        mine = plan.to_dict()
        if plan.measure != "instructions" or before.get("measure") != "instructions":
            raise EffbenchError("--extend: only instructions-mode sweeps can be continued (counts, not timings)")
        differ = sorted(k for k in mine if k not in EXTENDABLE and before.get(k) != mine[k])
        if differ:
            raise EffbenchError(f"--extend: the earlier document's plan differs in {', '.join(differ)} "
                                f"({', '.join(f'{k}={before.get(k)!r}' for k in differ)})")
        if float(before["count_budget"]) > plan.count_budget:
            raise EffbenchError(f"--extend: --count-budget {plan.count_budget:.3g} is below the earlier "
                                f"document's {float(before['count_budget']):.3g}")
        earlier = {(d["task"], d["subject"]): SubjectSweep.from_dict(d) for d in sweeps}
    except (KeyError, TypeError, ValueError) as exc:
        raise EffbenchError(f"--extend: not a complexity document ({type(exc).__name__}: {exc})") from None
    worker = prior["meta"].get("worker")
    if not isinstance(worker, dict) or not worker:  # {} records nothing: check_runner would compare nothing
        raise EffbenchError("--extend: the earlier document does not record the worker that counted it (made by "
                            f"effbench {prior['meta'].get('effbench_version', 'unknown')}, before documents recorded "
                            "it): its counts cannot be shown to come from this interpreter, counter and runner "
                            "files; sweep afresh (without --extend)")
    return earlier


# A continued sweep's refusal: what the user can do about it, for either command that continues one.
SWEEP_REMEDY = "a sweep never mixes counts of two setups: continue it with the recorded setup, or sweep afresh " \
               "(complexity without --extend; run --complexity once that file is removed)"


def check_sweep_setup(prior: dict, told: Mapping, prior_from: Path | None) -> None:
    """Refuse to continue *prior*'s sweeps with a worker (*told*: its description) that counts with another setup
    than the one that counted them (:func:`.run_setup.check_runner`'s counting rule, the one a resumed run obeys):
    the top size's re-measure (TaskSweeper.extend) lets through a drift under EXTEND_TOLERANCE, and other runner
    files moved the tops of the fixture task's sweeps by -0.16 % to +0.04 %, so a class was fitted to counts of
    two harnesses.  :func:`prior_sweeps` made sure *prior* records its worker."""
    run_setup.check_runner(prior_from or Path("--extend"), "instructions", prior["meta"]["worker"], told,
                           recorder="its sweeps", remedy=SWEEP_REMEDY)


def extended_note(result: SubjectSweep, before: SubjectSweep | None) -> str:
    if before is None:
        return ""
    if not result.extended:
        return "  (swept afresh: the earlier sweep could not be continued)"
    return f"  (continued from {result.extended['from_points']} sizes, top {result.extended['top_drift']:+.2%})"


def task_meta(task: Task) -> dict:
    """What a complexity document keeps of a task to judge its sweeps: the expert, the references' declarations and
    how their variables grow with the size (``[complexity_variables]``)."""
    return {"expert": REF_PREFIX + task.expert.name, "declared": {r.name: r.complexity for r in task.references},
            "variables": dict(task.complexity_variables)}


def format_summary(doc: dict) -> str:
    """The closing lines: the references' accuracy and the per-model shares, with the measurement mode."""
    mode = doc["meta"]["plan"]["measure"]
    lines = []
    acc = doc["accuracy"]
    if acc["compared"]:
        lines.append(f"references ({mode}): {acc['matched']} of {acc['compared']} inferred as declared "
                     f"({100 * acc['share']:.0f} %); declared in n alone: {acc['single_matched']} of "
                     f"{acc['single_compared']}; {len(acc['excluded'])} without a comparable class")
    for model, m in doc["models"].items():
        share = m["at_expert_class_or_better"]
        lines.append(f"model {model or '-'} ({mode}): {m['samples']} sample(s), "
                     f"{'-' if share is None else f'{100 * share:.0f} %'} at the expert's class or better")
    return "\n".join(lines)


DOCUMENT = "complexity.json"  # in a run directory: written by ``effbench run --complexity``, read by score_run


def read_document(store) -> dict:
    """A run directory's complexity document (*store*: its RunStore), if it has the shape effbench writes
    (``schemas/complexity.schema.json``, every cost finite, a point's parts within its cost); else one StoreError
    naming the file.  Every report of a run whose leaderboard is rescored re-derives the classes from it, and a
    sweep of another shape ended that in a KeyError, TypeError or AttributeError deep in the fit."""
    doc = store.read_json(DOCUMENT)
    problem = first_problem(doc, "complexity") or _parts_problem(doc["sweeps"])
    if problem:
        raise StoreError(f"{store.root / DOCUMENT}: not a complexity document ({problem})")
    return doc


def _parts_problem(sweeps: list[dict]) -> str | None:
    """A rule across a point's fields that its schema cannot say: the count's parts by function sum to no more than
    the count (every number being finite is first_problem's rule)."""
    for i, sweep in enumerate(sweeps):
        for p in sweep.get("points", []):
            if p.get("parts") and sum(p["parts"].values()) > p["cost"]:
                return f"sweeps[{i}]: size {p['size']}'s parts are over its cost"
    return None
