"""The pipeline: tasks -> inputs (cached) -> sandboxed execution -> records (run store) -> scoring -> outputs.

:func:`execute_run` measures (resumable); :func:`score_run` derives every output file from the store alone, so it is
also what ``effbench score RUN_DIR`` does.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

from effbench.clock import utc_now
from effbench.version import __version__
from effbench.measuring import machine, provenance, run_setup
from effbench.errors import EffbenchError
from effbench.tasks.inputs import InputCache, check_inputs
from effbench.scoring.leaderboard import task_table
from effbench.measuring.parallel import run_local
from effbench.measuring.progress import INPUTS, Progress
from effbench.measuring.records import INCOMPLETE, Settings
from effbench.tasks.samples import Sample, samples_hash, unnamed_samples_hash
from effbench.measuring.executors import EXECUTORS, Executor
from effbench.measuring.ray_executor import run_ray
from effbench.measuring.store import RunStore
from effbench.scoring.dpe import DPE_DEFAULTS
from effbench.measuring.complexity_run import DOCUMENT, read_document
from effbench.scoring.complexity_summary import add_complexity_columns
from effbench.measuring.score import score_groups, score_records
from effbench.tasks.task import Task, suite_hash
from effbench.tasks.dpe_tier_file import load_dpe_tier_file
from effbench.measuring.unit import WorkUnit


@dataclass
class RunReport:
    out: Path
    leaderboard: dict
    unscorable: dict = field(default_factory=dict)
    infra: int = 0
    incomplete: int = 0




def _tier_meta(task: Task) -> dict | None:
    tf = load_dpe_tier_file(task)
    return None if tf is None else {"level": tf.level, "test": tf.test, "scores": [t.score for t in tf.tiers],
                                     "measure": tf.measure, "eligible": tf.eligible,
                                     "reasons": list(tf.reasons)}


def run_meta(tasks: list[Task], samples: list[Sample], settings: Settings, ks: list[int],
             scoring: dict | None = None, unnamed: str | None = None) -> dict:
    """run.json.  *unnamed*: the hash of the whole samples file's unnamed samples, when the run measures some of
    them (default: of those in *samples*)."""
    unnamed = unnamed or unnamed_samples_hash(samples)
    return {
        "effbench_version": __version__,
        "created": utc_now(),
        "settings": settings.to_dict(),
        "ks": ks,
        "scoring": {**DPE_DEFAULTS, **(scoring or {})},
        "suite_hash": suite_hash(tasks),
        "samples_hash": samples_hash(samples),
        **({"unnamed_samples": unnamed} if unnamed else {}),
        "machine": machine.describe(),
        "git": provenance.describe(),  # the commit measured: what orders a history of runs (effbench history)
        "tasks": {t.id: {"title": t.title, "statement": t.problem,  # the report's per-task section shows them
                         "tests": list(t.levels.tests), "hardness": list(t.levels.hardness),
                         "expert": t.expert.name, "content_hash": t.content_hash()[:16],
                         "tiers": _tier_meta(t)} for t in tasks},
    }


def execute_run(tasks: list[Task], samples: list[Sample], settings: Settings, out: Path, ks: list[int],
                cache: InputCache | None = None, progress: Progress | None = None,
                on_unscorable: Callable[[str], None] | None = None, scoring: dict | None = None,
                executor: Executor | None = None, timeline: list | None = None,
                unnamed: str | None = None) -> RunReport:
    """Measure (or resume) the run in *out*, then score it.  *executor*: local slots (``--jobs``, by default
    :meth:`Executor.choose`'s) or a Ray cluster; which one never changes a record's content, only who measures
    which task.  *timeline*: a list that gets the local slots' spans (:class:`.schedule.Span`).  *unnamed*: see
    :func:`run_meta`."""
    cache = cache or InputCache()
    executor = executor or Executor.choose(None, None, None, settings.measure)
    progress = progress or Progress()
    _check_inputs(tasks, settings.seed, cache, progress)  # a broken task stops the run before its directory exists
    store = RunStore(out)
    meta = run_meta(tasks, samples, settings, ks, scoring, unnamed)
    store.open_for_run(meta, [s.to_row() for s in samples])
    try:  # the directory stays this run's until it is scored
        _measure(tasks, samples, settings, store, cache, progress, on_unscorable, executor, timeline)
        return score_run(out, ks, scoring=scoring)
    finally:
        store.close()


def _check_inputs(tasks: list[Task], seed: int, cache: InputCache, progress: Progress) -> None:
    """check_inputs, a progress step per task: the progress display shows the inputs being made."""
    def begun(task: Task) -> None:
        if progress.where:
            progress.advance()
        progress.phase(INPUTS, task.id)

    progress.start(len(tasks), INPUTS)
    try:
        check_inputs(tasks, seed, cache, on_task=begun, twice=True)  # a generator's determinism too
        if progress.where:  # the last task's inputs are done too
            progress.advance()
    finally:
        progress.close()


def _measure(tasks: list[Task], samples: list[Sample], settings: Settings, store: RunStore, cache: InputCache,
             progress: Progress, on_unscorable: Callable[[str], None] | None, executor: Executor,
             timeline: list | None) -> None:
    by_task: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        by_task[s.task_id].append(s)
    units = [WorkUnit(t, by_task[t.id], load_dpe_tier_file(t)) for t in tasks if by_task.get(t.id)]
    progress.start(sum(u.steps for u in units))
    raised: BaseException | None = None
    try:
        setups = run_setup.WorkerSetups(store, settings.measure)
        if executor.kind == "ray":
            run_ray(units, settings, store, cache, progress, on_unscorable, executor.address, setups.record)
        else:
            run_local(units, settings, store, cache, progress, on_unscorable, executor.jobs, setups, timeline)
    except BaseException as exc:
        raised = exc
        raise
    finally:
        progress.close()
        if not isinstance(raised, run_setup.SetupChanged):
            _record_executor(store, executor, raised)


def _record_executor(store: RunStore, executor: Executor, raised: BaseException | None) -> None:
    """run.json says how the last invocation spread its work (not part of the run's identity: a resumed run may use
    other slots or a cluster; counts do not change, and the README says what times do).  Written once the
    invocation has measured (or was stopped, or failed, measuring), never by one whose workers were refused
    (:class:`.run_setup.SetupChanged`): a refused resume leaves the run directory as it found it, byte for byte
    (it was written first, so a refusal rewrote run.json).  When measuring raised (*raised*: an infrastructure
    error, a Ctrl-C), a failure to write it is a note on that exception, never the exception the user sees."""
    try:
        meta = store.read_meta()
        meta["executor"] = executor.describe()
        store.write_json("run.json", meta)
    except Exception as exc:
        if raised is None:
            raise
        raised.add_note(f"effbench: run.json's executor was not recorded: {exc}")


@dataclass
class Derived:
    """What scoring a run's records gives: the contents of results.jsonl, tasks.json and leaderboard.json."""
    results: list[dict]
    tasks: dict
    board: dict
    unscorable: dict
    infra: int
    incomplete: int


def derive(store: RunStore, ks: list[int] | None = None, scoring: dict | None = None) -> Derived:
    """Score the run in *store* in memory (a read-only store is enough); *ks* and *scoring* (DPE thresholds) may
    differ from the run's."""
    meta = store.read_meta()
    ks = ks or meta.get("ks", [1])
    scoring = {**DPE_DEFAULTS, **meta.get("scoring", {}), **(scoring or {})}
    with store.record_groups() as groups:
        scored = score_groups(meta, store.samples(), groups, ks, scoring)
    outcomes, profiles, unscorable = scored.outcomes, scored.profiles, scored.unscorable
    _attach_complexity(scored.board, store)
    tasks = {"reference": {t: {"level_times": p.level_times, "limit": p.limit, "wall_max": p.wall_max,
                               "harness_offset": {f"{lvl}/{test}": v for (lvl, test), v
                                                  in sorted(scored.offsets[t].items())}}
                           for t, p in profiles.items()},
             "unscorable": unscorable, "scores": task_table(outcomes, ks)}
    return Derived([o.to_dict() for o in outcomes], tasks, scored.board, unscorable,
                   infra=sum(o.status == "infra" for o in outcomes),
                   incomplete=sum(o.status == INCOMPLETE for o in outcomes))


def score_run(out: Path, ks: list[int] | None = None, scoring: dict | None = None) -> RunReport:
    """Derive every output from the store and write it to the run directory (``effbench score``)."""
    store = RunStore(out)
    store.read_meta()  # a folder that is no run's is refused before its lock file is made in it (it was left there)
    with store.locked():
        derived = derive(store, ks, scoring)
        store.write_lines("results.jsonl", derived.results)
        store.write_json("tasks.json", derived.tasks)
        store.write_json("leaderboard.json", derived.board)
    return RunReport(Path(out), derived.board, derived.unscorable, infra=derived.infra,
                     incomplete=derived.incomplete)


def _attach_complexity(board: dict, store: RunStore) -> None:
    """``effbench run --complexity`` left the sweeps in the run directory: their per-model share joins the board."""
    if store.has(DOCUMENT):
        add_complexity_columns(board, read_document(store))


__all__ = ["execute_run", "score_run", "derive", "score_records", "RunReport", "Derived", "Executor", "EXECUTORS",
           "EffbenchError"]
