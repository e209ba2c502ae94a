"""``effbench tasks``: list, show, catalogue, export and validate the tasks of a suite."""
from __future__ import annotations

import json
from pathlib import Path

import click

from effbench.cli.options import (check_suite_writable, fail, ids, output, show, tasks_dir_option, writable,
                                  write_output)
from effbench.measuring.parallel import check_jobs
from effbench.tasks.catalogue import render
from effbench.tasks.examples import example_rows
from effbench.tasks.inputs import SEED, InputCache, check_inputs
from effbench.tasks.task import default_tasks_dir, load_suite
from effbench.tasks.tier_costs import cost_record, write_cost_file
from effbench.tasks.validate import FAST_LEVELS, validate_tasks


@click.group()
def tasks() -> None:
    """List, show and validate tasks."""


@tasks.command("list")
@tasks_dir_option
def tasks_list(tasks_dir):
    """One line per task: id, category, difficulty, tiers."""
    for task in load_suite(tasks_dir or default_tasks_dir()):
        tiers = " < ".join(r.complexity for r in reversed(task.references))
        click.echo(f"{task.id:34} {task.category:20} {task.difficulty:7} {tiers}")


@tasks.command("show")
@click.argument("task_id")
@tasks_dir_option
def tasks_show(task_id, tasks_dir):
    """Manifest summary and problem statement of one task."""
    task = load_suite(tasks_dir or default_tasks_dir(), [task_id])[0]
    click.echo(f"{task.id}: {task.title}  [{task.category}, {task.difficulty}]")
    click.echo(f"entry point: {task.signature}   checker: {task.checker}   memory: {task.memory_mb} MiB")
    click.echo(f"levels: sizes {list(task.levels.sizes)}, tests {list(task.levels.tests)}, "
               f"hardness {list(task.levels.hardness)}")
    for ref in task.references:
        click.echo(f"  tier {ref.name:24} {ref.complexity:14} {'(expert)' if ref.expert else ''}")
    click.echo("")
    show(task.problem.rstrip())  # imported data sets' statements are their text


@tasks.command("catalogue")
@click.option("--write", is_flag=True, help="Write tasks/README.md instead of printing.")
@tasks_dir_option
def tasks_catalogue(write, tasks_dir):
    """The catalogue of the suite (tasks/README.md), generated from the manifests."""
    root = tasks_dir or default_tasks_dir()
    if write:  # refused before the suite is read
        check_suite_writable([root / "README.md"], "catalogue", tasks_dir, "write the catalogue")
    text = render(load_suite(root))
    if write:
        write_output(text, root / "README.md")
    else:
        click.echo(text, nl=False)


@tasks.command("export-samples")
@click.argument("out", type=click.Path(path_type=Path), callback=output)
@click.option("--tasks", "task_ids", help="Comma-separated task ids (default: all).")
@click.option("--no-adversarial", is_flag=True, help="Only the reference tiers as pseudo-models.")
@tasks_dir_option
def tasks_export_samples(out, task_ids, no_adversarial, tasks_dir):
    """Write the reference tiers (plus a buggy and a timer-cheating model) as a samples file (OUT -: stdout)."""
    rows = example_rows(load_suite(tasks_dir or default_tasks_dir(), ids(task_ids)), not no_adversarial)
    write_output("".join(json.dumps(r) + "\n" for r in rows), out, f"{len(rows)} samples")  # said it twice


@tasks.command("validate")
@click.argument("task_ids", nargs=-1)
@click.option("--all", "all_tasks", is_flag=True, help="Validate every task of the suite.")
@click.option("--fast", is_flag=True, help="Small levels only, no tier timing (what CI runs on every task).")
@click.option("--seed", type=int, default=SEED, show_default=True)
@click.option("--costs-json", type=click.Path(path_type=Path), default=None, callback=writable,
              help="Keep each valid task's tier costs at the top level in this JSON file, rewritten after every "
                   "task (benchmarks/suite_tiers.py reads it). Not with --fast.")
@click.option("--jobs", type=int, default=1, show_default=True,
              help="Validate this many tasks at once, each sandbox pinned to a core of its own (at most the cores "
                   "this process may use). Tier times read higher than with one: for the order, not for figures.")
@tasks_dir_option
def tasks_validate(task_ids, all_tasks, fast, seed, costs_json, jobs, tasks_dir):
    """Prove tasks: schema, generator determinism, references agree, tiers ordered, checker sound."""
    if not task_ids and not all_tasks:
        raise click.UsageError("name task ids or pass --all")
    if costs_json and fast:
        fail("--costs-json needs the tier timing that --fast skips")
    check_jobs(jobs)
    if jobs > 1 and not fast:
        click.echo(f"effbench: warning: --jobs {jobs}: tasks validated at once disturb each other's tier times; "
                   "CPU times read higher than with one (README, Throughput)", err=True)
    suite = load_suite(tasks_dir or default_tasks_dir(), list(task_ids) or None)
    check_inputs(suite, seed, InputCache(), FAST_LEVELS if fast else None)  # a generator that raises: one line
    failures = validate_tasks(suite, fast=fast, seed=seed, echo=show,
                              on_valid=_cost_keeper(costs_json) if costs_json else None, jobs=jobs)
    if failures:
        fail(f"{failures} of {len(suite)} task(s) failed validation", 1)
    click.echo(f"{len(suite)} task(s) valid")


def _cost_keeper(path: Path):
    """A callback that adds each valid task's costs to *path* (JSON, rewritten whole each time, so an interrupted
    validation keeps every task it finished).  Written empty before anything is measured (the option's callback has
    refused a folder): one line and exit 2 if it cannot be."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_cost_file(path, {})
    except OSError as exc:
        fail(f"--costs-json {path}: {exc.strerror or exc}")
    kept: dict = {}

    def keep(task, result) -> None:
        kept[task.id] = cost_record(task, result.costs)
        try:
            write_cost_file(path, kept)
        except OSError as exc:  # a full disk, mid-validation: the machine's fault, in one line, and what is kept
            fail(f"--costs-json {path}: {exc.strerror or exc}; it holds the costs of the {len(kept) - 1} task(s) "
                 "validated before", 3)
    return keep


COMMANDS = [tasks]
