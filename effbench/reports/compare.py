"""``effbench compare BASE NEW``: the regression gate.  A change is flagged only when it is both larger than the
threshold and statistically significant, because timing noise alone moves numbers by a few percent and a gate that
cries wolf gets switched off.

Per model and task (both sides run directories): the sample times at the hardest level both runs measured (every
repeat of every test of every sample of that model), each divided by the median time of the expert re-measured on
the same test *in the same run*.  That division cancels what differs between two runs and is not the code: another
machine, another CPU frequency, another load (``--raw`` compares plain times instead, for two runs on one quiet
machine).  Change = median(new) / median(base) - 1, tested with the two-sided **Mann-Whitney U** test (scipy) on
those values.  More time is worse.  The test sees the noise within a run; drift between runs that the expert does
not share is what the threshold is for.  In ``instructions`` mode a count is deterministic, so the change is the
ratio of the summed counts and needs no test.  A model that passes fewer samples of a task than before, or whose
samples now go over the limit T at a level they used to finish, is a regression outright: correctness needs no
statistics, and T is alpha times the expert's slowest level (2x by default), so crossing it is no noise of a few
percent.

Per model (always; the only rows when a side is a leaderboard file): eff@k over the tasks both sides scored, at the
k the reports show (:func:`effbench.reports.source.lead_k`: eff@1 unless the runs were made with other ``--k``).
Change = mean(new) / mean(base) - 1, significant when the **bootstrap over tasks** 95 % interval of the mean paired
difference excludes 0 (at least ``MIN_TASKS`` tasks; fewer cannot support an interval).  Less efficiency is worse.

What BASE has and NEW lacks is named, never passed over: a model of BASE absent from NEW, and a task BASE scored
for a model that NEW did not (unscorable there: an interrupted run, an expert that failed) are rows of their own
(verdict ``missing``) and a line in every output (:func:`missing_line`).  They do not fail the gate: exit 1 says
"NEW measured worse than BASE", and what NEW did not measure was measured neither worse nor better; a pull request
that drops or renames a model would otherwise fail until the baseline (the base branch's run, which it cannot
change) catches up.  A workflow that wants a vanished model to fail reads ``missing`` in ``--format json``.

Exit status (CLI): 1 when something regressed, 0 otherwise (a missing model or task included), 2 on bad input.
"""
from __future__ import annotations

import json
import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import asdict, dataclass
from pathlib import Path

from scipy.stats import mannwhitneyu

from effbench.errors import EffbenchError
from effbench.reports.board import board_mode, board_rules, boards_of, is_run_dir, load_board, run_metas
from effbench.reports.comparable import Side, refusal, scales_of
from effbench.reports.counting_setup import counting_setups, planned_setups
from effbench.measuring.records import PASSED, REF_PREFIX, SCORED, Settings
from effbench.measuring.score import measurement_meta
from effbench.measuring.store import RunStore
from effbench.reports.source import Source, lead_k, load_source, scored_ks
from effbench.scoring.outcomes import settle
from effbench.scoring.uncertainty import bootstrap_mean_interval
from effbench.tables import text_table

MIN_TASKS = 4
SUITE = "(suite)"  # the task of a per-model row
EXPERT = "\0expert"  # the key of the expert's costs (no model can be named so)
ALPHA = 0.05


class CompareError(EffbenchError):
    """Two results that cannot be compared."""


@dataclass
class Row:
    model: str
    task: str            # "(suite)" for the per-model row
    metric: str
    base: float | None
    new: float | None
    change: float | None  # relative: +0.10 = 10 % more of the metric
    test: str
    p: float | None
    verdict: str          # regression | improvement | same | not significant | not tested | missing (not in NEW)

    def to_dict(self) -> dict:
        return asdict(self)


def parse_threshold(text: str) -> float:
    """'5%' or '0.05' -> 0.05; a bare number above 1 is read as percent."""
    raw = str(text).strip()
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise CompareError(f"threshold {text!r} is not a number or a percentage (e.g. 5%)") from None
    if not raw.endswith("%") and value > 1:
        value /= 100
    if not 0 <= value < 10:
        raise CompareError(f"threshold {text!r} out of range")
    return value


def check_baseline(path: Path, settings: Settings, ks: Collection[int]) -> tuple[str, str]:
    """Refuse, before anything is measured, a baseline that :func:`compare` would refuse only once the new run is
    done (a CI job of an hour, then one line): not a run directory or leaderboard, several sections, or one that
    the run to come (its *settings*, asking for *ks*) cannot be compared with, by compare's own rule
    (:func:`effbench.reports.comparable.refusal`).  Returns the baseline's mode and rule profile.  What needs the
    new run (the models the two share) can only be checked by compare itself."""
    path = Path(path)
    if path.is_dir() and not is_run_dir(path) and is_run_dir(path / "run"):
        raise CompareError(f"{path}: not a run directory (no run.json); {path / 'run'} is one (an out-dir of the "
                           "GitHub Action, or its artifact, holds its run directory in run/)")
    board = _one_board(Source(load_board(path), str(path)))
    planned = Side("the new run", settings.measure, settings.rules,
                   scales_of([{"measurement": measurement_meta(settings, {})}]),
                   tuple(str(k) for k in sorted(ks)), planned_setups(settings), planned=True)
    why = refusal(side_of(board, str(path), is_run_dir(path)), planned)
    if why:
        raise CompareError(why)
    return board_mode(board), board_rules(board)


def side_of(board: dict, label: str, records: bool) -> Side:
    """What :func:`~effbench.reports.comparable.refusal` judges of a scored board (one of :func:`_one_board`);
    *records*: it is a run directory's."""
    mode = board_mode(board)
    return Side(label, mode, board_rules(board), scales_of(run_metas(board)), tuple(scored_ks(board)),
                frozenset(counting_setups(board)) if mode == "instructions" else None, records=records)


def _one_board(source: Source) -> dict:
    boards = boards_of(source.board)
    if len(boards) != 1:
        raise CompareError(f"{source.label}: holds {len(boards)} separate sections; compare one run or merged board")
    return boards[0]


def _verdict(change: float | None, significant: bool | None, threshold: float, worse_if_up: bool) -> str:
    if change is None:
        return "not tested"
    worse = change > threshold if worse_if_up else change < -threshold
    better = change < -threshold if worse_if_up else change > threshold
    if not (worse or better):
        return "same"
    if not significant:  # None: no test possible
        return "not significant"
    return "regression" if worse else "improvement"


# ---------------------------------------------------------------- per model (suite)
def suite_rows(base: dict, new: dict, threshold: float, alpha: float, deterministic: bool,
               exclude: Collection[str] = (), k: str | None = None) -> list[Row]:
    """Per model, eff@k over the tasks both boards scored, but those in *exclude* (:func:`changed_tasks`), at *k*
    (default: the boards' :func:`lead_k`; none shared, no rows)."""
    k = k or lead_k(base, new)
    if k is None:
        return []
    rows = []
    for model in sorted(set(base["models"]) & set(new["models"])):
        b_tasks, n_tasks = base["models"][model]["tasks"], new["models"][model]["tasks"]
        common = [t for t in sorted(set(b_tasks) & set(n_tasks)) if t not in exclude
                  and b_tasks[t]["eff@k"].get(k) is not None and n_tasks[t]["eff@k"].get(k) is not None]
        if not common:
            continue
        bv = [b_tasks[t]["eff@k"][k] for t in common]
        nv = [n_tasks[t]["eff@k"][k] for t in common]
        b_mean, n_mean = math.fsum(bv) / len(bv), math.fsum(nv) / len(nv)
        # from 0, no relative change: 0 again is none, more has no ratio (not tested)
        change = n_mean / b_mean - 1 if b_mean else (0.0 if n_mean == 0 else None)
        if deterministic:
            test, significant = "deterministic", True
        elif len(common) < MIN_TASKS:
            test, significant = f"too few tasks for a bootstrap ({len(common)} < {MIN_TASKS})", None
        else:
            diffs = [n - b for n, b in zip(nv, bv)]
            interval = bootstrap_mean_interval(diffs, level=1 - alpha)
            assert interval is not None  # at least MIN_TASKS differences
            lo, hi = interval
            test, significant = f"bootstrap over {len(common)} tasks: diff CI [{lo:+.3f}, {hi:+.3f}]", lo > 0 or hi < 0
        if change is None:
            test = f"eff@{k} was 0 before: no relative change"
        rows.append(Row(model, SUITE, f"eff@{k}", b_mean, n_mean, change, test, None,
                        _verdict(change, significant, threshold, worse_if_up=False)))
    return rows


# ---------------------------------------------------------------- per model and task (run directories)
def _costs(source: Source) -> dict[tuple[str, str], dict[tuple[int, int], list[float]]]:
    """(model, task) -> (level, test) -> every ok measurement of that model's samples there; the expert's under
    (EXPERT, task)."""
    assert source.run_dir is not None, "per-task costs come from a run directory"
    owner = {(r["task_id"], r["key"]): (r["model"], r["task_id"]) for r in source.results}
    for task, info in source.run_meta["tasks"].items():
        owner[(task, REF_PREFIX + info["expert"])] = (EXPERT, task)
    measure = source.run_meta["settings"]["measure"]
    out: dict = defaultdict(lambda: defaultdict(list))
    # a reader (never truncates a torn last line), one subject's records at a time: every line is read and checked,
    # and only the costs are kept (each list's order differs from the file's; its median and rank test do not)
    with RunStore(source.run_dir, readonly=True).record_groups() as groups:
        for task, subject in groups.all_keys():
            runs = groups.runs(task, subject)
            who = owner.get((task, subject))
            for rec in settle(runs) if who is not None else ():
                cost = rec.cost(measure)
                if rec.phase == "level" and rec.status == "ok" and rec.level >= 1 and cost is not None:
                    out[who][(rec.level, rec.test)].append(cost)
    return out


def _pass_counts(source: Source) -> dict[tuple[str, str], tuple[int, int]]:
    counts: dict = defaultdict(lambda: [0, 0])
    for r in source.results:
        if r["status"] in SCORED:
            c = counts[(r["model"], r["task_id"])]
            c[0] += r["status"] == PASSED
            c[1] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def _reach(source: Source) -> dict[tuple[str, str], float]:
    """Mean over a model's passed samples of a task of how many scored levels finished within the limit."""
    reached: dict = defaultdict(list)
    for r in source.results:
        if r["status"] == PASSED:
            hardness = source.run_meta["tasks"][r["task_id"]]["hardness"]
            reached[(r["model"], r["task_id"])].append(
                sum(t is not None for t, h in zip(r["level_times"], hardness) if h > 0))
    return {k: sum(v) / len(v) for k, v in reached.items()}


def task_rows(base: Source, new: Source, threshold: float, alpha: float, deterministic: bool,
              raw: bool = False, exclude: Collection[str] = ()) -> list[Row]:
    rows = []
    b_costs, n_costs = _costs(base), _costs(new)
    b_pass, n_pass = _pass_counts(base), _pass_counts(new)
    b_reach, n_reach = _reach(base), _reach(new)
    for key in sorted(set(b_pass) & set(n_pass)):
        model, task = key
        if task in exclude:
            continue
        (bp, bn), (np_, nn) = b_pass[key], n_pass[key]
        if np_ / nn < bp / bn:
            rows.append(Row(model, task, "pass rate", bp / bn, np_ / nn, np_ / nn / (bp / bn) - 1 if bp else None,
                            f"fewer passing samples ({bp}/{bn} -> {np_}/{nn})", None, "regression"))
            continue
        if key in b_reach and key in n_reach and n_reach[key] != b_reach[key]:
            worse = n_reach[key] < b_reach[key]
            rows.append(Row(model, task, "levels within T", b_reach[key], n_reach[key],
                            n_reach[key] / b_reach[key] - 1 if b_reach[key] else None,
                            "over the limit T at a level it used to finish" if worse
                            else "within the limit T at a level it did not finish", None,
                            "regression" if worse else "improvement"))
            continue
        b, n = b_costs.get(key, {}), n_costs.get(key, {})
        both = set(b) & set(n)
        if not both:
            continue
        level = max(lvl for lvl, _ in both)
        tests = sorted(t for lvl, t in both if lvl == level)
        unit = "instructions" if deterministic else "time"
        metric = f"{unit} @ level {level}"
        if deterministic:
            b_sum = math.fsum(statistics.median(b[(level, t)]) for t in tests)
            n_sum = math.fsum(statistics.median(n[(level, t)]) for t in tests)
            change = n_sum / b_sum - 1 if b_sum else None
            rows.append(Row(model, task, metric, b_sum, n_sum, change, "deterministic", None,
                            _verdict(change, True, threshold, worse_if_up=True)))
            continue
        b_ref, n_ref = b_costs.get((EXPERT, task), {}), n_costs.get((EXPERT, task), {})
        if not raw and not all(b_ref.get((level, t)) and n_ref.get((level, t)) for t in tests):
            continue
        b_scale = {t: statistics.median(b_ref[(level, t)] if not raw else b[(level, t)]) for t in tests}
        n_scale = b_scale if raw else {t: statistics.median(n_ref[(level, t)]) for t in tests}
        bx = [c / b_scale[t] for t in tests for c in b[(level, t)]]
        nx = [c / n_scale[t] for t in tests for c in n[(level, t)]]
        b_med, n_med = statistics.median(bx), statistics.median(nx)
        change = n_med / b_med - 1
        p = float(mannwhitneyu(bx, nx, alternative="two-sided").pvalue)
        test = f"Mann-Whitney U, {len(bx)} vs {len(nx)} runs"
        if raw:
            base_time = math.fsum(b_scale.values()) / len(b_scale)
            rows.append(Row(model, task, metric, base_time * b_med, base_time * n_med, change, test, p,
                            _verdict(change, p < alpha, threshold, worse_if_up=True)))
        else:
            rows.append(Row(model, task, f"time/expert @ level {level}", b_med, n_med, change, test, p,
                            _verdict(change, p < alpha, threshold, worse_if_up=True)))
    return rows


def compare(base_path: Path, new_path: Path, threshold: float = 0.05, alpha: float = ALPHA,
            raw: bool = False) -> list[Row]:
    base, new = load_source(base_path), load_source(new_path)
    b_board, n_board = _one_board(base), _one_board(new)
    why = refusal(side_of(b_board, base.label, base.run_dir is not None),
                  side_of(n_board, new.label, new.run_dir is not None))
    if why:
        raise CompareError(why)
    deterministic = board_mode(b_board) == "instructions"
    k = lead_k(b_board, n_board)
    changed = changed_tasks(b_board, n_board)
    rows = suite_rows(b_board, n_board, threshold, alpha, deterministic, changed, k)
    if base.run_dir is not None and new.run_dir is not None:
        rows += task_rows(base, new, threshold, alpha, deterministic, raw, changed)
    models = sorted(set(b_board["models"]) & set(n_board["models"]))
    rows += [Row(model, task, f"eff@{k or '1'}", None, None, None,
                 f"task content changed ({was} → {now}): not compared", None, "not tested")
             for task, (was, now) in changed.items() for model in models
             if task in b_board["models"][model]["tasks"] and task in n_board["models"][model]["tasks"]]
    if not rows:
        raise CompareError(f"{base.label} and {new.label} share no model with scored tasks")
    return rows + missing_rows(b_board, n_board, k or "1", changed)


def missing_rows(base: dict, new: dict, k: str, exclude: Collection[str] = ()) -> list[Row]:
    """A row (verdict ``missing``) per model of *base* that *new* lacks, and per task *base* scored for a model
    both have that *new* has no eff@k of (but those in *exclude*, already said to have changed)."""
    rows = [Row(model, SUITE, f"eff@{k}", base["models"][model]["eff@k"].get(k), None, None,
                "not in NEW: none of its samples were scored there", None, "missing")
            for model in sorted(set(base["models"]) - set(new["models"]))]
    unscorable = new.get("unscorable_tasks", {})
    for model in sorted(set(base["models"]) & set(new["models"])):
        b_tasks, n_tasks = base["models"][model]["tasks"], new["models"][model]["tasks"]
        for task in sorted(set(b_tasks) - set(exclude)):
            if b_tasks[task]["eff@k"].get(k) is not None and n_tasks.get(task, {}).get("eff@k", {}).get(k) is None:
                why = (f"unscorable in NEW: {unscorable[task]}" if task in unscorable
                       else f"not scored in NEW (no sample of it, or fewer than {k} scored)")
                rows.append(Row(model, task, f"eff@{k}", b_tasks[task]["eff@k"][k], None, None, why, None, "missing"))
    return rows


def missing_of(rows: list[Row]) -> dict[str, list[str]]:
    """The models and the tasks of BASE that NEW lacks (the ``missing`` rows)."""
    gone = [r for r in rows if r.verdict == "missing"]
    return {"models": sorted({r.model for r in gone if r.task == SUITE}),
            "tasks": sorted({r.task for r in gone if r.task != SUITE})}


def missing_line(rows: list[Row], name: Callable[[str], str] = str) -> str:
    """'not in NEW, ...: model a; task t2' ('' when NEW has everything BASE scored): said under every output, each
    model's and task's name shown by *name* (Markdown escapes them: they are samples' text)."""
    missing = missing_of(rows)
    parts = [f"{kind} {', '.join(map(name, names))}" for kind, names in (("model", missing["models"]),
                                                                          ("task", missing["tasks"])) if names]
    return f"not in NEW, so not compared (and not failed): {'; '.join(parts)}" if parts else ""


def changed_tasks(base: dict, new: dict) -> dict[str, tuple[str, str]]:
    """Tasks of both boards whose content differs (``meta.task_hashes``; a schema-2 board has none to tell): task
    id -> (base hash, new hash).  An edited task measures something else, so no verdict is drawn from it, as the
    history breaks its line there; the other tasks still compare."""
    b, n = base["meta"].get("task_hashes") or {}, new["meta"].get("task_hashes") or {}
    return {t: (b[t], n[t]) for t in sorted(b.keys() & n.keys()) if b[t] != n[t]}


# ---------------------------------------------------------------- output
HEAD = ("model", "task", "metric", "base", "new", "change", "p", "verdict", "test")


def _cells(row: Row) -> list[str]:
    def num(v):
        return "–" if v is None else f"{v:.4g}"
    return [row.model, row.task, row.metric, num(row.base), num(row.new),
            "–" if row.change is None else f"{row.change:+.1%}", "–" if row.p is None else f"{row.p:.3g}",
            row.verdict.upper() if row.verdict == "regression" else row.verdict, row.test]


def format_text(rows: list[Row], threshold: float, alpha: float = ALPHA) -> str:
    table = text_table([list(HEAD)] + [_cells(r) for r in rows])
    return "\n".join([table, "", summary_line(rows, threshold, alpha), *filter(None, [missing_line(rows)])]) + "\n"


def format_json(rows: list[Row], threshold: float, alpha: float = ALPHA) -> str:
    return json.dumps({"threshold": threshold, "alpha": alpha,
                       "regressions": sum(r.verdict == "regression" for r in rows), "missing": missing_of(rows),
                       "rows": [r.to_dict() for r in rows]}, indent=2) + "\n"


def summary_line(rows: list[Row], threshold: float, alpha: float = ALPHA) -> str:
    bad = sum(r.verdict == "regression" for r in rows)
    good = sum(r.verdict == "improvement" for r in rows)
    return (f"{bad} regression(s), {good} improvement(s) beyond {threshold:.1%} and significant at "
            f"alpha = {alpha:g} (or deterministic)")
