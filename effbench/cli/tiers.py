"""``effbench tiers``: build and show DPE tier files (tasks/<id>/tiers.json)."""
from __future__ import annotations

from pathlib import Path

import click

from effbench.cli.options import FiniteFloat, check_suite_writable, show, tasks_dir_option
from effbench.errors import EffbenchError
from effbench.tasks.task import DPE_TIERS_FILE, default_tasks_dir, load_suite


@click.group()
def tiers() -> None:
    """EvalPerf-style performance tiers of tasks."""


@tiers.command("build")
@click.argument("task_ids", nargs=-1, required=True)
@click.option("--pool", type=click.Path(path_type=Path), default=None,
              help="Samples JSONL whose solutions form the pool (default: the task's references and its pool/ folder).")
@click.option("--measure", type=click.Choice(["instructions", "cpu"]), default="instructions", show_default=True)
@click.option("--base", "base_ratio", type=FiniteFloat(min=0), default=0.1, show_default=True,
              help="EvalPerf's split threshold base (0.1 for exported tiers).")
@tasks_dir_option
def tiers_build(task_ids, pool, measure, base_ratio, tasks_dir):
    """Measure a pool of correct solutions and write tasks/<id>/tiers.json.

    Tasks with the exact or float checker only: a task with a custom one (every imported ENAMEL or EvalPerf task) is
    refused, since the build checks outputs without the input's arguments."""
    from effbench.measuring.dpe_tiers import build_dpe_tier_file, check_buildable
    from effbench.tasks.dpe_tier_file import save_dpe_tier_file
    from effbench.tasks.samples import load_samples
    from effbench.sandbox import make_sandbox
    from effbench.sandbox.counting import detect_counter

    suite = load_suite(tasks_dir or default_tasks_dir(), list(task_ids))
    for task in suite:  # refused now, not after minutes of measuring; the file is replaced through a new one
        check_buildable(task)
        check_suite_writable([task.path / DPE_TIERS_FILE, task.path], "tier file", tasks_dir,  # beside it
                             "build the tiers")
    samples = load_samples(pool, {t.id: t for t in suite}, keep_unknown_tasks=True) if pool else []
    pools = {task.id: [(s.key, s.code) for s in samples if s.task_id == task.id] if pool else
             [(r.name, r.code) for r in task.references] + list(task.pool) for task in suite}
    empty = [task_id for task_id, members in pools.items() if not members]
    if empty:  # said now, not after the tasks before it were measured
        raise EffbenchError(f"{pool}: no solutions for task(s) {', '.join(empty)}")
    runner = make_sandbox("process", slot=1, counter=detect_counter() if measure == "instructions" else None)
    try:
        for task in suite:
            members = pools[task.id]
            tf = build_dpe_tier_file(task, members, runner, measure=measure, base_ratio=base_ratio)
            path = save_dpe_tier_file(task, tf)
            show(f"{task.id}: {len(tf.tiers)} tiers from {tf.built['correct']} profiled of {len(members)} "
                 f"({'DPE-eligible' if tf.eligible else 'not DPE-eligible: ' + '; '.join(tf.reasons)}) -> {path}")
            for name, reason in tf.built["left_out"].items():
                show(f"  left out {name}: {reason}")
    finally:
        runner.close()


@tiers.command("show")
@click.argument("task_id")
@tasks_dir_option
def tiers_show(task_id, tasks_dir):
    """Print a task's tier file."""
    from effbench.measuring.dpe_tiers import unbuildable
    from effbench.tasks.dpe_tier_file import load_dpe_tier_file
    task = load_suite(tasks_dir or default_tasks_dir(), [task_id])[0]
    tf = load_dpe_tier_file(task)
    if tf is None:  # the build is suggested only where it can work: a custom checker's task was sent to a refusal
        why = unbuildable(task)
        raise EffbenchError(f"task {task_id} has no tier file, and none can be built: {why}" if why else
                            f"task {task_id} has no tier file (effbench tiers build {task_id})")
    # an import's tier file (EvalPerf's row) has no build date: it said "built None"
    made = (f"built {tf.built['date']}" if tf.built.get("date") else
            f"imported from {tf.built['from']}" if tf.built.get("from") else "build date unknown")
    show(f"{task_id}: input level {tf.level} test {tf.test}, {tf.measure} ({tf.unit}), base {tf.base}, {made}")
    for i, t in enumerate(tf.tiers):
        show(f"  tier {i}: {t.name:28} cost {t.cost:14.4g}  score {t.score:6.2f}  members {t.members}")
    for name, reason in tf.built.get("left_out", {}).items():  # tier files built before it was recorded have none
        show(f"  left out of the build: {name}: {reason}")
    show("  DPE-eligible" if tf.eligible else
         "  not DPE-eligible" + "".join(f"\n    {r}" for r in tf.reasons))


COMMANDS = [tiers]
