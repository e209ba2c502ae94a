"""What a report is made from (:class:`Source`) and the cells every report format shows the same way.

``effbench report`` makes what a person reads (Markdown for a GitHub job summary, one HTML page) and what a chart
tool reads (github-action-benchmark's ``customSmallerIsBetter`` list, pytest-benchmark's JSON); see
:mod:`effbench.reports.render`.  A report is made from a run directory or from a leaderboard file.  A run
directory also gives the per-sample outcomes (``results.jsonl``), the re-measured expert (``tasks.json``) and
the DPE tier representatives (``records.jsonl``): the plots of sample times and the benchmark list need them,
the leaderboard tables do not.  Everything is read through a read-only run store: a report never changes a run.
Numbers are shown with their bootstrap 95 % interval over tasks, because two models 0.02 apart on six tasks are
usually not different, and a table that hides that invites the wrong conclusion.
"""
from __future__ import annotations

import functools
import statistics
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from effbench.errors import EffbenchError
from effbench.measuring.records import DPE_TIER_PREFIX, RunRecord
from effbench.measuring.score import settled
from effbench.measuring.store import RunStore
from effbench.reports.board import board_mode, board_rules, is_run_dir, load_board, read_run, run_metas
from effbench.reports.comparable import SCALE_DPE, table_scale
from effbench.scoring.complexity_summary import SHARE_COLUMN
from effbench.scoring.dpe import DPE_DEFAULTS
from effbench.scoring.memory import SCORES


class ReportError(EffbenchError):
    """A report that cannot be made from what was given."""


@dataclass
class Source:
    """Everything a report can use; the run-directory parts are empty for a leaderboard file."""

    board: dict
    label: str
    run_dir: Path | None = None
    results: list = field(default_factory=list)        # results.jsonl rows
    reference: dict = field(default_factory=dict)      # tasks.json "reference"
    run_meta: dict = field(default_factory=dict)       # run.json
    tier_costs: dict = field(default_factory=dict)     # task -> [(tier score, level, cost)]


def load_source(path: Path) -> Source:
    path = Path(path)
    if not (path.is_dir() and is_run_dir(path)):
        return Source(load_board(path), str(path))
    run = read_run(path, outcomes=True)
    assert run.results is not None and run.tasks is not None and run.meta is not None  # outcomes=True reads them
    source = Source(run.board, str(path), path, run.results, run.tasks.get("reference", {}), run.meta)
    source.tier_costs = _tier_costs(source)
    return source


@contextmanager
def settled_runs(source: Source) -> Iterator[Callable[[str, str], list[RunRecord]]]:
    """The run's records as scoring reads them: a (task, subject) at a time, by scoring's one rule
    (:func:`~effbench.measuring.score.settled`), so a report holds one subject's records, not the run's, and
    shows what the leaderboard scored.  Read-only; no records for a leaderboard file."""
    if source.run_dir is None:
        yield lambda task, subject: []
        return
    with RunStore(source.run_dir, readonly=True).record_groups() as groups:
        yield functools.partial(settled, groups)


def _tier_costs(source: Source) -> dict:
    """Per task, each DPE tier representative's median cost on the tier input, as measured in this run: (its tier
    score, the level, the cost), slowest tier first."""
    measure = source.run_meta["settings"]["measure"]
    out: dict[str, list] = {}
    with settled_runs(source) as read:
        for task, info in sorted(source.run_meta["tasks"].items()):
            tiers = info.get("tiers")
            for i, score in enumerate(tiers["scores"] if tiers else []):
                costs = [float(cost) for rec in read(task, f"{DPE_TIER_PREFIX}{i}")
                         if rec.status == "ok" and (rec.level, rec.test) == (tiers["level"], tiers["test"])
                         and (cost := rec.cost(measure)) is not None]
                if costs:
                    out.setdefault(task, []).append((score, tiers["level"], statistics.median(costs)))
    return out


# ---------------------------------------------------------------- shared helpers
def shown_ks(board: dict) -> list[str]:
    """The k values some model has a score for (a k no task can estimate is only noise in a table)."""
    ks = {k for m in board["models"].values() for metric in ("pass@k", "eff@k")
          for k, v in m[metric].items() if v is not None}
    return sorted(ks, key=int)


def lead_k(*boards: dict) -> str | None:
    """The k every report, ``compare`` and ``history`` shows eff@k (and pass@k) at: the smallest k at which each of
    *boards* (those with any score) has an eff@k for some model.  eff@1 unless a run asked for other ks: a run made
    with `--k 5` has no eff@1, and a table of eff@1 would be empty.  None when the boards share no scored k (a run
    with `--k 1` and one with `--k 5`: no number of one is comparable with the other's)."""
    shared: set[str] | None = None
    for board in boards:
        ks = set(scored_ks(board))
        if ks:
            shared = ks if shared is None else shared & ks
    return min(shared, key=int) if shared else None


def report_k(board: dict) -> str:
    """The k a report's per-task tables, heatmaps and sentences about eff@k show: :func:`lead_k`, or 1 for a board
    no model has an eff@k in (every cell is then '–', and eff@1 is what the reader expects to see named)."""
    return lead_k(board) or "1"


def scored_ks(board: dict) -> list[str]:
    """The ks at which some model of *board* has an eff@k, smallest first."""
    return sorted({k for m in board["models"].values() for k, v in m["eff@k"].items() if v is not None}, key=int)


def ranked(board: dict) -> list[tuple[str, dict]]:
    """The models best first, as every report lists them: by eff@k at :func:`lead_k`; a model whose score cannot
    be estimated (k over a task's scored samples) after every score, a real 0 included; ties by name."""
    k = lead_k(board)

    def key(item: tuple[str, dict]) -> tuple[bool, float, str]:
        value = item[1]["eff@k"].get(k) if k else None
        return value is None, -(value or 0.0), item[0]
    return sorted(board["models"].items(), key=key)


def coverage_notes(board: dict) -> list[str]:
    """Per model (ranked), what its scores leave out and over which tasks they are means, said beside every table:
    samples the sandbox lost or an interrupted run never finished are left out (never scored 0), and a model
    measured on fewer of the board's tasks (a shard that did not run, a samples file without them) has suite scores
    over its own tasks only.  The leaderboard JSON counts both (``n_infra``, ``n_incomplete``, ``n_tasks``); a
    table ranked without them reads as if every model had been measured alike."""
    tasks = {t for m in board["models"].values() for t in m["tasks"]}
    notes = []
    for name, m in ranked(board):
        lost = [f"{n} {what}" for n, what in ((m["n_infra"], "lost to infrastructure failures"),
                                              (m["n_incomplete"], "not fully measured")) if n]
        if lost:
            lost[0] = lost[0].replace(" ", " sample(s) ", 1)
            notes.append(f"{name}: {' and '.join(lost)} are left out of its scores (a rerun of its run measures "
                         "them)")
        if m["n_tasks"] < len(tasks):
            notes.append(f"{name}: scored on {m['n_tasks']} of the board's {len(tasks)} tasks; its suite scores are "
                         "means over those")
    return notes


def fmt(value, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def fmt_ci(value, interval, digits: int = 3) -> str:
    if value is None:
        return "–"
    if not interval:
        return fmt(value, digits)
    return f"{value:.{digits}f} [{interval[0]:.{digits}f}, {interval[1]:.{digits}f}]"


def columns(board: dict) -> list[tuple[str, str, str | None, int]]:
    """(header, metric, k, digits) for every score column of the leaderboard table; the memory ratios and the
    complexity share only when some model has them."""
    ks = shown_ks(board)
    cols: list[tuple[str, str, str | None, int]] = [(f"pass@{k}", "pass@k", k, 3) for k in ks]
    cols += [(f"eff@{k}", "eff@k", k, 3) for k in ks]
    if any(m.get("DPS") is not None for m in board["models"].values()):
        tag = dps_tag(board)
        cols += [(f"DPS{tag}", "DPS", None, 1), (f"DPS_norm{tag}", "DPS_norm", None, 1)]
    if any(m.get("memory") for m in board["models"].values()):
        cols += [(key, key, None, 2) for key in MEMORY_SCORES]
    if any(m.get("complexity") for m in board["models"].values()):
        cols.append((COMPLEXITY_SHARE, COMPLEXITY_SHARE, None, 2))
    return cols


MEMORY_SCORES = SCORES               # a model's "memory" entry (effbench.scoring.memory)
COMPLEXITY_SHARE = SHARE_COLUMN      # its "complexity" entry (effbench.scoring.complexity_summary)


def first_meta(board: dict) -> dict:
    """The run metadata of a board (of its first run if merged: the runs of one board agree on modes)."""
    return run_metas(board)[0]


def dpe_meta(board: dict) -> dict:
    return first_meta(board).get("dpe") or {}


def dps_tag(board: dict) -> str:
    """The mode and matching rule DPS was scored under, short, for a column header: " (cpu, sound)"."""
    dpe = dpe_meta(board)
    if not dpe:
        return ""
    return f" ({dpe['mode']}, {dpe['matching'].split(':')[0]})"


def dps_note(board: dict) -> str:
    """One sentence on what DPS means in this board: mode, matching rule, order handling, curation."""
    dpe = dpe_meta(board)
    counts = f"DPS counts tasks with ≥ {_scoring(board).get('dpe_min_correct', '?')} correct samples"
    if not dpe:
        return counts + "."
    return (f"{counts}, measured in {dpe['mode']} mode; tier matching: {dpe['matching']}; representatives out "
            f"of order: {dpe['order']}; tasks EvalPerf's curation drops: {dpe['ineligible']}.")


def cell(model: dict, metric: str, k: str | None) -> tuple[float | None, list | None]:
    if metric in MEMORY_SCORES:
        memory = model.get("memory") or {}
        return memory.get(metric), (memory.get("ci95") or {}).get(metric)
    if metric == COMPLEXITY_SHARE:
        return (model.get("complexity") or {}).get("at_expert_class_or_better"), None
    if k is None:
        return model.get(metric), model["ci95"].get(metric)
    return model[metric].get(k), model["ci95"][metric].get(k)


def memory_note(board: dict) -> str:
    """What the memory columns mean in this board ('' when it has none and no run lacked a peak)."""
    memory = first_meta(board).get("memory") or {}  # measured in the run's mode, which merged runs share
    unmeasured = sum((m.get("memory") or {}).get("runs_without_peak", 0) for m in run_metas(board))
    missing = (f" {unmeasured} scored run(s) had no peak reading (the sandbox's kernel refused to reset the "
               "high-water mark) and are left out." if unmeasured else "")
    if not any(m.get("memory") for m in board["models"].values()):
        return f"No memory scores:{missing}" if missing else ""
    return (f"NMU: a passed sample's peak memory above its baseline over the expert's on the same tests of the same "
            "run "
            f"(EffiBench's NMU, above baseline); NPTMU: the same for peak × cost ({memory.get('PTMU_unit', '?')}), "
            f"an upper bound of EffiBench's memory-time integral; measured in {memory.get('mode', '?')} mode, mean "
            "over tasks; lower is better, 1 is the expert.") + missing


def complexity_note(board: dict) -> str:
    """What the complexity column and table mean in this board ('' when it has none)."""
    if not any(m.get("complexity") for m in board["models"].values()):
        return ""
    mode = " and ".join(sorted({str(m["complexity"].get("mode")) for m in run_metas(board)
                                if m.get("complexity")})) or "?"
    return (f"{COMPLEXITY_SHARE}: the share of a model's samples whose complexity class, inferred from a size sweep "
            f"in {mode} mode, is the expert's or better (a sample with no class counts as not).")


def complexity_rows(board: dict) -> tuple[list[str], list[tuple[str, str, list[tuple[str, bool]]]]]:
    """Per task, each model's inferred classes beside the expert's: the models (ranked) and one row per task
    (task, the expert's class, per model (its classes with counts, whether any is worse than the expert's))."""
    names = [n for n, m in ranked(board) if (m.get("complexity") or {}).get("tasks")]
    tasks = sorted({t for n in names for t in board["models"][n]["complexity"]["tasks"]})
    rows = []
    for tid in tasks:
        entries = [board["models"][n]["complexity"]["tasks"].get(tid) for n in names]
        expert = next((e["expert_class"] for e in entries if e and e["expert_class"]), None)
        cells = []
        for e in entries:
            if not e:
                cells.append(("", False))
                continue
            counts = {**e["classes"], "no class": e["unclassified"]}
            shown = [c if count == 1 else f"{c} ×{count}" for c, count in counts.items() if count]
            cut = f" ({e['cut_short']} cut short by a limit)" if e.get("cut_short") else ""
            cells.append((", ".join(shown) + cut, e["at_or_better"] < e["classified"]))
        rows.append((tid, expert or "–", cells))
    return names, rows


def section_title(board: dict) -> str:
    """What one section of a board of separate sections holds: the sections differ in one of these (the mode, the
    rules, what the scores mean: :mod:`effbench.reports.comparable`, or a task's content, hence the suite hash).
    DPE settings are named only where they are not the defaults."""
    scale = table_scale(first_meta(board))
    dpe = [f"{k} {scale[k]}" for k in SCALE_DPE if scale[k] != DPE_DEFAULTS[k]]
    return ", ".join([board_mode(board), f"{board_rules(board)} rules", f"α = {scale['alpha']:g}", scale["estimator"],
                      *dpe, f"suite `{board['meta']['suite_hash']}`"])


def meta_lines(board: dict) -> list[str]:
    """One line per source run: what was measured, how, where and with what."""
    if board["kind"] == "merged":
        return [f"{run['source']}: {describe_meta(run['meta'])}" for run in board["meta"]["runs"]]
    return [describe_meta(board["meta"])]


def describe_meta(meta: dict) -> str:
    m = meta["measurement"]
    machine = meta.get("machine") or {}
    runner = meta.get("runner") or {}
    how = (f"**{m['mode']}** ({m.get('backend') or '?'}), {m['repeats']} repeat(s), {m['estimator']}, "
           f"α = {m['alpha']:g}")
    where = f"{machine.get('cpu', '?')} ({machine.get('cores', '?')} cores), kernel {machine.get('kernel', '?')}"
    sandbox = runner.get("runner", "?")
    if runner.get("image_id"):
        sandbox += f" image {runner.get('image', '')} {runner['image_id'][:19]}"
    return (f"{how} · {where} · Python {machine.get('python', '?')} · runner {sandbox} · "
            f"effbench {meta.get('effbench_version', '?')} · suite `{meta.get('suite_hash', '?')}` · "
            f"{(meta.get('created') or '?')[:10]}")


def _scoring(board: dict) -> dict:
    return first_meta(board).get("scoring", {})


def uncertainty_meta(board: dict) -> dict:
    return first_meta(board).get("uncertainty", {})
