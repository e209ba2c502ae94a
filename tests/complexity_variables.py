"""What the tests of tasks' [complexity_variables] facts share: a built-in task, the classes its references'
declarations read as with its table, and the seed of its complexity sweep."""
from __future__ import annotations

from effbench.scoring.declared import declared_class
from effbench.tasks.task import default_tasks_dir, load_task


def _task(task_id: str):
    return load_task(default_tasks_dir() / task_id)


def _declared_classes(task) -> dict[str, str]:
    """Each reference's class as the declaration reader reads it with the task's variable table."""
    return {r.name: declared_class(r.complexity, task.complexity_variables)[0] for r in task.references}


def _sweep_seed(task_id: str) -> int:
    """The seed effbench complexity gives the generator at every size of a task's sweep (common random numbers)."""
    from effbench.measuring.complexity_sweep import SWEEP_LEVEL, SweepPlan
    from effbench.tasks.inputs import derive_seed
    return derive_seed(SweepPlan().seed, task_id, SWEEP_LEVEL, 0)
