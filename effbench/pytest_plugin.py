"""A pytest plugin for task authors: ``pytest tasks/`` (or ``pytest --effbench-tasks DIR``) checks every task folder
with the checks of ``effbench tasks validate``, one test item per check, so a task author gets pytest's selection
(``-k reference``), reporting and ``-x`` in the tool they already use.

Registered through the ``pytest11`` entry point (named ``effbench.pytest_plugin`` like the module, so that
``-p effbench.pytest_plugin`` is a no-op where the entry point already loaded it).  The checks themselves live in
:mod:`effbench.tasks.validate`; this module only maps them to items.

A folder holding ``task.toml`` becomes items only when it, or the folder directly above it, was named on the command
line (or with ``--effbench-tasks``): a project's own test run, which collects ``testpaths``, never picks up the task
folders its fixtures hold (``pytest tests/`` does not collect ``tests/fixtures/tasks/*`` either).

Items per task, in order: ``manifest`` (loads, enough reference tiers, a tiers.json that reads), ``generator``
(deterministic), ``expert`` (agrees with the hand cases, runs on every generated input, answers the same when run
again), ``checker`` (accepts the expert's output, rejects a perturbed one on at least one input), ``reference[NAME]``
per other tier (agrees with the expert), and, unless ``--effbench-fast``, ``tier-order`` (the tiers' CPU cost falls
in their declared order).  The expert runs once per
task; the items after it compare against its outputs.
"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from effbench.tasks.inputs import SEED

if TYPE_CHECKING:
    from effbench.tasks.inputs import InputCache
    from effbench.tasks.task import Task

DEFAULT_SEED = SEED


def pytest_addoption(parser) -> None:
    group = parser.getgroup("effbench", "effbench task checks (effbench tasks validate as test items)")
    group.addoption("--effbench-tasks", action="append", default=[], metavar="DIR", type=_folder,
                    help="Check the task folders in DIR (or the task folder DIR); repeatable.")
    group.addoption("--effbench-fast", action="store_true",
                    help="Levels 0 and 1 only and no tier timing, as `effbench tasks validate --fast`.")
    group.addoption("--effbench-seed", type=int, default=DEFAULT_SEED, help="Seed of the generated inputs.")
    group.addoption("--effbench-runner", default="process", choices=("process", "docker"),
                    help="The sandbox the references run in.")


def _folder(value: str) -> str:
    """A ``--effbench-tasks`` value, refused as pytest refuses any bad option value (a usage error, exit 4) if it is
    empty: ``Path("")`` is the current folder, so ``--effbench-tasks=$UNSET`` quietly collected whatever was there."""
    if not value:
        raise argparse.ArgumentTypeError("an empty path (give a folder of tasks, or a task folder)")
    return value


def _named_on_command_line(config) -> bool:
    source = getattr(config, "args_source", None)
    return source is None or source.name != "TESTPATHS"


def pytest_configure(config) -> None:
    dirs = [str(Path(d)) for d in config.getoption("effbench_tasks", [])]
    if dirs:
        config.args = list(config.args) + dirs if _named_on_command_line(config) else dirs
    config.stash[_STATE] = _State(config)


def pytest_unconfigure(config) -> None:
    state = config.stash.get(_STATE, None)
    if state is not None:
        state.close()


def _roots(config) -> set[Path]:
    roots = {Path(d).resolve() for d in config.getoption("effbench_tasks", [])}
    if _named_on_command_line(config):
        roots |= {Path(str(a).split("::")[0]).resolve() for a in config.args}
    return roots


def pytest_collect_file(file_path: Path, parent):
    if file_path.name != "task.toml":
        return None
    roots = _roots(parent.config)
    folder = file_path.parent.resolve()
    if folder in roots or folder.parent in roots or file_path.resolve() in roots:
        return TaskFile.from_parent(parent, path=file_path)
    return None


class _State:
    """One sandbox for the session, started on first use; it holds one task's inputs at a time."""

    def __init__(self, config):
        self.config = config
        self._runner = None
        self.loaded = None   # the TaskFile whose inputs the runner holds
        self.cache: InputCache | None = None

    def started_runner(self):
        from effbench.tasks.inputs import InputCache
        from effbench.sandbox import make_sandbox
        if self._runner is None:
            self._runner = make_sandbox(self.config.getoption("effbench_runner"))
            self._runner.start()
            self.cache = InputCache()
        return self._runner

    def close(self) -> None:
        if self._runner is not None:
            self._runner.close()
            self._runner = None


_STATE = pytest.StashKey[_State]()


class TaskFile(pytest.File):
    """A task folder (its manifest is the collected file)."""

    def collect(self):
        from effbench.errors import EffbenchError
        from effbench.tasks.task import load_task
        self.task: Task | None = None
        self.load_error: Exception | None = None
        self._baseline = self._baseline_error = None
        try:
            self.task = load_task(self.path.parent)
        except EffbenchError as exc:
            self.load_error = exc
            yield self._item("manifest", "manifest")
            return
        yield self._item("manifest", "manifest")
        for check in ("generator", "expert", "checker"):
            yield self._item(check, check)
        for ref in self.task.references:
            if not ref.expert:
                yield self._item(f"reference[{ref.name}]", "reference", ref)
        for name, code in self.task.pool:
            yield self._item(f"pool[{name}]", "pool", (name, code))
        if not self.config.getoption("effbench_fast"):
            yield self._item("tier-order", "tier-order")

    def _item(self, name: str, check: str, ref=None) -> TaskCheck:
        """One check's item, its node id given as the string pytest's cache keeps.  pytest 9.2 reads a cached id's
        ``[...]`` as parameters (pytest-dev/pytest#15045) while an item's own id keeps the brackets in its name, so
        ``reference[NAME]`` never matched its cache entry: ``--lf`` left a failing reference out and ``--sw`` lost
        its place.  An id made from the string is parsed the way the cache's is (older pytest keeps it as it is)."""
        return TaskCheck.from_parent(self, name=name, nodeid=f"{self.nodeid}::{name}", check=check, ref=ref)

    @property
    def levels(self):
        from effbench.tasks.validate import checked_levels
        assert self.task is not None, "levels are asked for only by the checks of a loaded task"
        return checked_levels(self.task, self.config.getoption("effbench_fast"))

    def baseline(self):
        """The expert's outputs, made once per task (by the first item that needs them) and loaded into the runner
        whenever another task's inputs are there."""
        from effbench.tasks.validate import ValidationError, run_expert
        state = self.config.stash[_STATE]
        runner = state.started_runner()
        if self._baseline_error is not None:
            raise ValidationError(f"needs the expert's outputs, and the expert failed: {self._baseline_error}")
        if self._baseline is None:
            assert self.task is not None, "the expert runs only for a loaded task"
            assert state.cache is not None, "started_runner makes the cache"
            try:
                self._baseline = run_expert(self.task, runner, state.cache, self.levels,
                                            self.config.getoption("effbench_seed"))
            except Exception as exc:
                self._baseline_error = exc
                raise
            state.loaded = self
        elif state.loaded is not self:
            self._baseline.load_into(runner)
            state.loaded = self
        return runner, self._baseline


class TaskCheck(pytest.Item):
    """One check of one task."""

    def __init__(self, *, check: str, ref=None, **kwargs):
        super().__init__(**kwargs)
        self.check, self.ref = check, ref

    def runtest(self) -> None:
        from effbench.tasks import validate
        parent = self.parent
        assert isinstance(parent, TaskFile), "a TaskCheck is collected only under a TaskFile"
        if self.check == "manifest" and parent.load_error is not None:
            raise parent.load_error
        task = parent.task
        assert task is not None, "every check but a failed manifest's runs on a loaded task"
        if self.check == "manifest":
            validate.check_manifest(task)
        elif self.check == "generator":
            validate.check_generator(task, parent.levels, self.config.getoption("effbench_seed"))
        elif self.check == "expert":
            parent.baseline()
        elif self.check == "checker":
            validate.check_checker(task, parent.baseline()[1])
        elif self.check == "reference":
            runner, baseline = parent.baseline()
            validate.check_reference(task, self.ref, runner, baseline)
        elif self.check == "pool":
            runner, baseline = parent.baseline()
            name, code = self.ref
            validate.check_pool_member(task, name, code, runner, baseline)
        elif self.check == "tier-order":
            runner, baseline = parent.baseline()
            self.user_properties.append(("tier_order", validate.check_reference_order(task, runner, baseline)))

    def repr_failure(self, excinfo, style=None):
        from effbench.errors import EffbenchError
        if isinstance(excinfo.value, EffbenchError):
            parent = self.parent
            task = parent.task.id if isinstance(parent, TaskFile) and parent.task else self.path.parent.name
            return f"task {task}: {self.name}: {excinfo.value}"
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        """Where pytest reports the item: the manifest's first line.  The line must be a number: pytest reports an
        item skipped by a marker (a conftest's, or pytest-benchmark's ``--benchmark-only``) at its location, and
        a location without one ended the whole session in an INTERNALERROR."""
        return self.path, 0, f"{self.path.parent.name}::{self.name}"
