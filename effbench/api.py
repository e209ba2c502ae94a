"""The public Python API: measure samples as ``effbench run`` does, and get typed results back.

    import effbench
    result = effbench.evaluate("samples.jsonl", tasks=["pair-sum-count"], measure="instructions")
    print(result.models["my-model"].pass_at_1, result.run_dir)

:func:`evaluate` is the command's own path, not a second one: ``effbench run`` also checks its arguments and picks
its tasks and samples with :func:`plan_run`, then measures with :func:`effbench.measuring.run.execute_run`.  So the run
directory is the same, a run started here resumes from the command line (and the other way round), and bad input
is refused the same way, before anything is measured: an :class:`~effbench.errors.EffbenchError` whose message is
the line the command would print.  What a run leaves unscored (an expert that fails, a sample the sandbox failed
twice on) is not an exception here: it is in :attr:`Evaluation.unscorable` and :attr:`Evaluation.infra`, beside the
scores of everything else, as the command prints the leaderboard before it exits 3.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from effbench.errors import EffbenchError, SampleError
from effbench.measuring.disk_writes import write_file
from effbench.measuring.progress import make_progress
from effbench.measuring.records import MEASURES, Settings, check_alpha
from effbench.measuring.rules import NAMES as RULES
from effbench.measuring.run_dir import check_out
from effbench.measuring.executors import API_NAMES, Executor
from effbench.measuring.run import RunReport, execute_run, score_run
from effbench.sandbox import SANDBOXES, preflight
from effbench.sandbox.counting import COUNTERS
from effbench.sandbox.docker_sandbox import docker_available
from effbench.tasks.inputs import InputCache
from effbench.tasks.samples import FORMATS as SAMPLE_FORMATS, Sample, load_samples, samples_name, unnamed_samples_hash
from effbench.tasks.task import Task, default_tasks_dir, load_suite, unknown_ids

# A samples file or EvalPlus folder, or the rows themselves (what one line of a samples file holds).
SamplesSource = str | os.PathLike | Iterable[Mapping[str, object]]
_DEFAULTS = Settings()  # one home for the defaults: the settings themselves


@dataclass(frozen=True)
class RunPlan:
    """What a run measures, checked: the tasks (sorted by id), the samples, the settings, the DPE scoring and who
    measures (the executor: never part of the run's identity, a resumed run may use another)."""

    tasks: tuple[Task, ...]
    samples: tuple[Sample, ...]
    settings: Settings
    scoring: Mapping[str, object]
    executor: Executor
    unnamed: str | None = None  # the whole samples file's unnamed samples (samples.unnamed_samples_hash)


def plan_run(samples: Path, suite: Mapping[str, Task], task_ids: Sequence[str] | None = None, *,
             measure: str = "cpu", counter: str = "auto", runner: str = "process", repeats: int | None = None,
             alpha: float | None = None, seed: int | None = None, rules: str = "effbench",
             samples_format: str = "auto", model: str | None = None, scoring: Mapping[str, object] | None = None,
             jobs: int | None = None, executor: str | None = None, ray_address: str | None = None,
             names: Mapping[str, str] = API_NAMES, warn: Callable[[str], None] | None = None,
             note: Callable[[str], None] | None = None) -> RunPlan:
    """Read *samples* against *suite*, keep those of *task_ids* (default: every task they name), choose the
    executor (:meth:`Executor.choose`; *names* spells its options in messages), resolve the ``auto`` runner and
    check that this machine can measure so (:mod:`effbench.sandbox.preflight`): every refusal is one
    :class:`EffbenchError` line, raised before anything is measured or a run directory exists."""
    _choice("measure", measure, MEASURES)
    _choice("counter", counter, COUNTERS)
    _choice("runner", runner, SANDBOXES)
    _choice("rules", rules, RULES)
    _choice("samples format", samples_format, SAMPLE_FORMATS)
    repeats = _DEFAULTS.repeats if repeats is None else repeats
    if isinstance(repeats, bool) or not isinstance(repeats, int) or not 1 <= repeats <= 100:
        raise EffbenchError(f"repeats must be an integer from 1 to 100, got {repeats!r}")
    alpha = check_alpha(_DEFAULTS.alpha if alpha is None else alpha, "alpha")
    seed = _DEFAULTS.seed if seed is None else seed
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise EffbenchError(f"seed must be an integer, got {seed!r}")
    chosen = Executor.choose(executor, ray_address, jobs, measure, warn=warn, names=names)
    loaded = load_samples(samples, dict(suite), fmt=samples_format, model=model, warn=warn)
    unnamed = unnamed_samples_hash(loaded)  # of the whole file: its shards' runs say so alike
    if task_ids:
        if unknown := unknown_ids(task_ids, suite):
            raise EffbenchError(f"unknown task id(s): {unknown}")
        loaded = [s for s in loaded if s.task_id in task_ids]
        if not loaded:
            raise EffbenchError(f"{samples}: no samples for the tasks {', '.join(task_ids)}")
    if runner == "auto":
        runner = "docker" if docker_available() else "process"
        if note:
            note(f"runner auto -> {runner}")
    preflight.check(runner, measure, counter)  # kernel settings, tools, permissions: one line, before measuring
    unsealed = preflight.unsealed_counter(runner, measure, counter)
    if unsealed and warn:
        warn(unsealed)
    settings = Settings(measure=measure, repeats=repeats, alpha=alpha, seed=seed, runner=runner, counter=counter,
                        rules=rules)
    tasks = tuple(suite[t] for t in sorted({s.task_id for s in loaded}))
    return RunPlan(tasks, tuple(loaded), settings, MappingProxyType(dict(scoring or {})), chosen, unnamed)


def _choice(what: str, value: object, allowed: Sequence[str]) -> None:
    if value not in allowed:
        raise EffbenchError(f"{what} must be one of {', '.join(allowed)}, got {value!r}")


# ---------------------------------------------------------------- results
def _by_k(scores: Mapping[str, float | None]) -> Mapping[int, float | None]:
    return MappingProxyType({int(k): v for k, v in sorted(scores.items(), key=lambda kv: int(kv[0]))})


@dataclass(frozen=True)
class TaskScore:
    """One model on one task (the leaderboard's per-task entry).  ``pass_at_k``/``eff_at_k`` hold the k that the
    task's sample count allows; ``dps`` is None where DPE did not score the task (no tier file, none correct)."""

    task_id: str
    n: int
    passed: int
    pass_at_k: Mapping[int, float | None]
    eff_at_k: Mapping[int, float | None]
    dps: float | None
    dps_norm: float | None

    @classmethod
    def from_entry(cls, task_id: str, entry: Mapping) -> TaskScore:
        return cls(task_id, entry["n"], entry["passed"], _by_k(entry["pass@k"]), _by_k(entry["eff@k"]),
                   entry.get("dps"), entry.get("dps_norm"))


@dataclass(frozen=True)
class ModelScore:
    """One model's suite scores: unweighted means over its tasks; None where not every task allows that k, and DPS
    None where no task has enough correct samples (``dpe_min_correct``)."""

    model: str
    n_tasks: int
    n_samples: int
    pass_at_k: Mapping[int, float | None]
    eff_at_k: Mapping[int, float | None]
    dps: float | None
    dps_norm: float | None
    tasks: Mapping[str, TaskScore]

    @property
    def pass_at_1(self) -> float | None:
        return self.pass_at_k.get(1)

    @property
    def eff_at_1(self) -> float | None:
        return self.eff_at_k.get(1)

    @classmethod
    def from_entry(cls, model: str, entry: Mapping) -> ModelScore:
        return cls(model, entry["n_tasks"], entry["n_samples"], _by_k(entry["pass@k"]), _by_k(entry["eff@k"]),
                   entry.get("DPS"), entry.get("DPS_norm"),
                   MappingProxyType({t: TaskScore.from_entry(t, e) for t, e in entry["tasks"].items()}))


@dataclass(frozen=True)
class Evaluation:
    """A scored run: the models' scores, what was left out, the run directory (``leaderboard.json``,
    ``results.jsonl``, ``tasks.json``; ``effbench report`` reads it) and the leaderboard JSON itself."""

    run_dir: Path
    measure: str
    models: Mapping[str, ModelScore]
    unscorable: Mapping[str, str]   # task id -> why its expert (or DPE) could not be scored
    infra: int                      # samples left out after the sandbox failed twice (a rerun retries them)
    incomplete: int                 # samples not fully measured (an interrupted run: rerun to resume)
    leaderboard: Mapping

    @property
    def complete(self) -> bool:
        """Every sample and task scored: what ``effbench run`` exits 0 for."""
        return not (self.unscorable or self.infra or self.incomplete)

    @classmethod
    def from_report(cls, report: RunReport) -> Evaluation:
        board = report.leaderboard
        return cls(Path(report.out), board["meta"]["measurement"]["mode"],
                   MappingProxyType({m: ModelScore.from_entry(m, e) for m, e in board["models"].items()}),
                   MappingProxyType(dict(report.unscorable)), report.infra, report.incomplete, board)


# ---------------------------------------------------------------- entry points
def evaluate(samples: SamplesSource, *, tasks: Sequence[str] | None = None, tasks_dir: str | os.PathLike | None = None,
             out: str | os.PathLike | None = None, measure: str = "cpu", ks: Sequence[int] = (1,),
             repeats: int | None = None, alpha: float | None = None, seed: int | None = None,
             runner: str = "process", counter: str = "auto", rules: str = "effbench", model: str | None = None,
             samples_format: str = "auto", dpe_min_correct: int | None = None, dpe_max_profile: int | None = None,
             jobs: int | None = None, executor: str | None = None, ray_address: str | None = None,
             progress: bool = False) -> Evaluation:
    """Measure *samples* on the suite (or *tasks* of it) and score them, as ``effbench run`` does.

    *samples* is a samples file or EvalPlus folder (any format ``effbench run`` reads), or the rows themselves:
    mappings with ``task_id``, ``solution`` or ``completion``, and optional ``model`` and ``sample_id``.  Rows are
    written to ``OUT.samples.jsonl`` beside the run directory (as ``effbench run --example`` does) and read by the
    same reader, so an error names that file and line (row i is line i + 1).  *out* defaults to
    ``runs/<samples name>`` (``runs/evaluate`` for rows); a run directory that holds this run is resumed.
    *tasks_dir* replaces the built-in suite.  The other arguments are ``effbench run``'s options; repeats, alpha and
    seed default to :class:`~effbench.measuring.records.Settings`' defaults, the DPE thresholds to EvalPerf's, and
    *jobs*, *executor* and *ray_address* to the command's (local slots: every core counting instructions, one
    timing).
    """
    ks = list(ks) if isinstance(ks, Iterable) else ks
    if not isinstance(ks, list) or not ks or any(isinstance(k, bool) or not isinstance(k, int) or k < 1 for k in ks):
        raise EffbenchError(f"ks must be positive integers, got {ks!r}")
    task_ids = _task_ids(tasks)
    if out is not None and not isinstance(out, (str, os.PathLike)):
        raise EffbenchError(f"out must be a path, got {type(out).__name__} {out!r}"[:200])
    scoring = {}
    for key, value, least in (("dpe_min_correct", dpe_min_correct, 0), ("dpe_max_profile", dpe_max_profile, 1)):
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int) or value < least:
                raise EffbenchError(f"{key} must be an integer of at least {least}, got {value!r}")
            scoring[key] = value
    path = Path(samples) if isinstance(samples, (str, os.PathLike)) else None
    run_dir = Path(out) if out is not None else Path("runs") / (samples_name(path) if path else "evaluate")
    check_out(run_dir, "out")
    suite = {t.id: t for t in load_suite(Path(tasks_dir) if tasks_dir is not None else default_tasks_dir())}
    source = Path(samples) if isinstance(samples, (str, os.PathLike)) else _write_rows(samples, run_dir)
    plan = plan_run(source, suite, task_ids, measure=measure, counter=counter, runner=runner,
                    repeats=repeats, alpha=alpha, seed=seed, rules=rules, samples_format=samples_format, model=model,
                    scoring=scoring, jobs=jobs, executor=executor, ray_address=ray_address)
    report = execute_run(list(plan.tasks), list(plan.samples), plan.settings, run_dir, sorted(set(ks)), InputCache(),
                         progress=make_progress(not progress), scoring=dict(plan.scoring), executor=plan.executor,
                         unnamed=plan.unnamed)
    return Evaluation.from_report(report)


def score(run_dir: str | os.PathLike, ks: Sequence[int] | None = None) -> Evaluation:
    """Rescore a run directory from its records (nothing is measured), as ``effbench score`` does."""
    return Evaluation.from_report(score_run(Path(run_dir), list(ks) if ks else None))


def _task_ids(tasks) -> list[str] | None:
    """*tasks* as a list of ids: a str is one id (a str is a sequence of its letters, which were read as ids)."""
    if not tasks:
        return None
    ids = [tasks] if isinstance(tasks, str) else list(tasks) if isinstance(tasks, Iterable) else tasks
    if not isinstance(ids, list) or not all(isinstance(t, str) for t in ids):
        raise EffbenchError(f"tasks must be task ids (strings), got {tasks!r}"[:200])
    return ids


def _write_rows(rows: Iterable[Mapping[str, object]], run_dir: Path) -> Path:
    if isinstance(rows, (Mapping, bytes)) or not isinstance(rows, Iterable):
        raise SampleError(f"samples: expected a path or an iterable of rows (mappings), got {type(rows).__name__}")
    lines = []
    for i, row in enumerate(rows):
        if not isinstance(row, Mapping):
            raise SampleError(f"samples row {i}: expected a mapping (task_id, solution...), got {type(row).__name__}")
        try:
            lines.append(json.dumps(dict(row)) + "\n")
        except (TypeError, ValueError) as exc:
            raise SampleError(f"samples row {i}: not JSON-serialisable ({exc})") from None
    path = run_dir.parent / f"{run_dir.name}.samples.jsonl"
    write_file(path, "".join(lines))
    return path


__all__ = ["evaluate", "score", "Evaluation", "ModelScore", "TaskScore", "EffbenchError"]
