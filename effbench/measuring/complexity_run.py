"""``effbench complexity``'s pipeline: tasks and samples in, sweeps measured, classes derived, one JSON document out.

The document (``complexity.json``) holds the sweeps as measured (sizes, costs, peaks) next to what is derived from
them (classes, confidences, residuals, the per-sample and per-model verdicts, the references' accuracy), so the
derived part can be recomputed from it without measuring again
(:func:`effbench.scoring.complexity_summary.derive_document`, pure like the rest of scoring).
"""
from __future__ import annotations

import datetime
from collections.abc import Callable

from effbench.measuring import machine
from effbench.version import __version__
from effbench.measuring.complexity_sweep import SweepPlan, TaskSweeper
from effbench.errors import EffbenchError
from effbench.sandbox import make_sandbox
from effbench.sandbox.counting import detect_counter
from effbench.scoring.complexity import CLASSES
from effbench.scoring.complexity_summary import REF_PREFIX, classify, derive_document
from effbench.tasks.task import Task


def run_sweeps(tasks: list[Task], samples: list, plan: SweepPlan, runner_name: str = "process",
               counter: str = "auto", references: bool = True,
               echo: Callable[[str], None] = lambda line: None) -> dict:
    """Sweep every reference (if *references*) and every sample of *tasks*; returns the complexity document."""
    sweepers = [TaskSweeper(t, None, plan) for t in tasks]
    for s in sweepers:
        s.prepare()  # every generator runs before the sandbox starts
    backend = detect_counter(counter) if plan.measure == "instructions" else None
    runner = make_sandbox(runner_name, slot=1 if backend else 0, counter=backend)
    sweeps = []
    try:
        runner.start()
        for sweeper, task in zip(sweepers, tasks):
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
                    result = sweeper.sweep(subject, code, is_expert)
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
                     f"{c.problem or result.stopped}")
    finally:
        runner.close()
    meta = {"effbench_version": __version__,
            "created": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
            "plan": plan.to_dict(), "counter": backend, "runner": runner_name, "machine": machine.describe(),
            "classes": list(CLASSES),
            "tasks": {t.id: task_meta(t) for t in tasks},
            "models": {s.key: s.info.model for s in samples}}
    return derive_document({"meta": meta, "sweeps": sweeps})


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
