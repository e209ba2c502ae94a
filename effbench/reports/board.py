"""Reading leaderboards, and merging runs into one (``effbench leaderboard``).

Why merging refuses: an eff@k measured in CPU time and one counted in instructions are different numbers, and so
are scores over tasks whose content differs.  Putting them in one table would rank models on incomparable scales, so
runs merge only when their measurement mode agrees and every task they share has the same content hash
(``meta.task_hashes``); ``--separate`` keeps incompatible runs in sections of their own instead.  The suite is
identified task by task, not by the hash of the subset a run measured, so a run split over machines by task (the
same settings, disjoint tasks) combines: a model found in several runs gets its per-task entries joined and its
suite scores recomputed over all of them, exactly as one run over the union would score it.  Such a model's runs
must have the same settings and may not share a task: which of two scores is the real one is not for the merger
to guess; model ``default`` (samples that named none) joins only the shards of one samples file.  Leaderboard
files of schema 2 carry no per-task hashes; they merge only with runs of the same suite hash.
Runs under different rule profiles (``--rules``: effbench's or ENAMEL's) never share a table either, nor do runs
whose scores mean other things (another alpha, estimator or DPE setting: :mod:`effbench.reports.comparable`).

A merged board keeps every source run's metadata (``meta.runs``) and each model says which runs it came from, so
nothing a single-run leaderboard records is lost.  Merged boards can be merged again.  The optional suite figures
(memory ratios, the share at the expert's complexity class) are joined like the others, from the per-task figures
their entries keep; a leaderboard file written before they kept them has none to join, and a model joined from it
goes without.  Complexity classes inferred in different modes are not joined into one share.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from effbench.clock import utc_now
from effbench.version import __version__
from effbench.errors import EffbenchError
from effbench import jsonfile
from effbench.measuring.rules import EFFBENCH
from effbench.measuring.store import RunStore, StoreError
from effbench.reports.comparable import SCALE_DPE, differences, table_scale
from effbench.schema_check import first_problem
from effbench.scoring.complexity_summary import suite_share
from effbench.scoring.leaderboard import READABLE_VERSIONS, SCHEMA_VERSION, model_entry
from effbench.scoring.memory import suite_memory
from effbench.tasks.samples import DEFAULT_MODEL, unnamed_join_refusal

# Optional suite figures of a model entry, each recomputed from the per-task figures it keeps under "tasks".
OPTIONAL = (("memory", suite_memory), ("complexity", suite_share))


class LeaderboardError(EffbenchError):
    """A leaderboard that cannot be read, or runs that cannot be merged."""


@dataclass
class RunUnit:
    """One run's share of a leaderboard: its metadata, models and unscorable tasks."""

    source: str
    meta: dict
    models: dict
    unscorable: dict
    dpe_unscorable: dict
    given: str = ""  # the file or folder the user gave, when that is a merged board holding this run

    @property
    def named(self) -> str:
        """The run as a message names it: the path given, and the run's own source where the path is a merged
        board (its runs keep the names they were merged under, which the user may never have seen)."""
        return f"{self.given} (its run {self.source})" if self.given and self.given != self.source else self.source

    @property
    def mode(self) -> str:
        return self.meta["measurement"]["mode"]

    @property
    def rules(self) -> str:
        return rules_in(self.meta["measurement"])

    @property
    def task_hashes(self) -> dict[str, str] | None:
        """Task id -> content hash; None for a run read from a schema-2 leaderboard file."""
        return self.meta.get("task_hashes")

    def settings(self) -> dict:
        """What must agree for one model's scores from two runs to be one score: the settings, the ks, the clock or
        counter, and the effbench that measured them (another version may measure otherwise)."""
        ks = sorted({k for m in self.models.values() for k in m["pass@k"]}, key=int)
        return {**self.meta["settings"], **self.meta["scoring"], "backend": self.meta["measurement"]["backend"],
                "k": ",".join(ks), "effbench_version": self.meta["effbench_version"]}


def is_run_dir(path: Path) -> bool:
    return RunStore(path, readonly=True).exists()


@dataclass
class RunOutputs:
    """What scoring a run directory gave: its leaderboard and, when asked for, its outcomes and expert data."""

    board: dict
    results: list[dict] | None = None  # results.jsonl rows
    tasks: dict | None = None          # tasks.json
    meta: dict | None = None           # run.json


def read_run(path: Path, outcomes: bool = False) -> RunOutputs:
    """The scored outputs of a run directory, read through a read-only store.  A run an older effbench scored (or
    never scored) is rescored in memory: reading never writes (``effbench score DIR`` updates the files)."""
    store = RunStore(path, readonly=True)
    if not store.exists():
        raise LeaderboardError(f"{path}: not a run directory (no run.json)")
    try:
        # run.json first, whatever is asked: a run whose identity is cut short or edited is no run to read (its
        # leaderboard alone was charted by history as if the run were whole, where report and compare refused it)
        meta = store.read_meta()
        board = store.read_json("leaderboard.json") if store.has("leaderboard.json") else None
        if board is None or not is_current(board):
            from effbench.measuring.run import derive  # the measuring stack, only when the files are stale
            derived = derive(store)
            return RunOutputs(derived.board, derived.results, derived.tasks, meta)
        checked(board, store.root / "leaderboard.json")
        if not outcomes:
            return RunOutputs(board)
        return RunOutputs(board, _results(store, meta), _tasks(store), meta)
    except StoreError as exc:
        raise LeaderboardError(str(exc)) from None


def _tasks(store: RunStore) -> dict:
    """tasks.json, if it has the shape effbench writes (``run-files.schema.json#/$defs/tasks``): the reports index
    its reference times and format them as numbers."""
    tasks = store.read_json("tasks.json")
    problem = first_problem(tasks, "run-files", "tasks")
    if problem:
        raise LeaderboardError(f"{store.root / 'tasks.json'}: not a run's task table ({problem})")
    return tasks


def _results(store: RunStore, meta: dict) -> list[dict]:
    """results.jsonl's rows, each a sample's outcome as effbench writes it (``run-files.schema.json#/$defs/result``)
    and of a task of run.json: reports and comparisons look its levels up there."""
    path = store.root / "results.jsonl"
    rows = store.read_lines("results.jsonl")
    for n, row in enumerate(rows, 1):
        problem = first_problem(row, "run-files", "result")
        if problem is None and row["task_id"] not in meta["tasks"]:
            problem = f"task_id: {row['task_id'][:80]!r} is not a task of run.json"
        if problem:
            raise LeaderboardError(f"{path}: row {n} is not a sample's outcome ({problem})")
    return rows


def is_current(board: dict) -> bool:
    """Whether this effbench would write *board* as it is: its schema version, the per-task figures of the
    optional suite figures and the expert's cost per task (both added within schema 3; merging and the history
    need them)."""
    return board.get("schema_version") == SCHEMA_VERSION and "expert_cost" in board.get("meta", {}) and all(
        "tasks" in m[key] for m in board.get("models", {}).values() for key, _ in OPTIONAL if key in m)


def optional_figures(name: str, parts: list[tuple[dict, dict]], keep: set[str] | None = None) -> dict:
    """A model's optional suite figures over the tasks of several runs (*parts*: (run metadata, model entry)),
    or over the tasks in *keep* of one: recomputed from their per-task figures, as one run would score them."""
    out = {}
    for key, recompute in OPTIONAL:
        held = [(meta, entry[key]) for meta, entry in parts if key in entry]
        if not held or any("tasks" not in figures for _, figures in held):
            continue
        modes = {(meta.get(key) or {}).get("mode") for meta, _ in held}
        if len(modes) > 1:
            raise LeaderboardError(f"model {name!r}: its {key} figures were measured in different modes "
                                   f"({', '.join(sorted(map(str, modes)))}) and cannot be joined")
        tasks = {t: v for _, figures in held for t, v in figures["tasks"].items() if keep is None or t in keep}
        if tasks:
            out[key] = recompute(tasks)
    return out


def load_board(path: Path) -> dict:
    """The leaderboard of a run directory (rescored in memory if an older effbench wrote it) or of a leaderboard
    JSON file."""
    path = Path(path)
    if path.is_dir():
        return read_run(path).board
    if not path.is_file():
        raise LeaderboardError(f"{path}: no such run directory or leaderboard file")
    board = jsonfile.read(path, LeaderboardError)
    if not isinstance(board, dict) or board.get("kind") not in ("run", "merged", "sections"):
        raise LeaderboardError(f"{path}: not an effbench leaderboard")
    if board.get("schema_version") not in READABLE_VERSIONS:
        raise LeaderboardError(f"{path}: leaderboard schema version {board.get('schema_version')}, this effbench "
                               f"reads {', '.join(map(str, READABLE_VERSIONS))}; rescore its run directory with "
                               "`effbench score DIR`")
    return checked(board, path)


def checked(board: dict, path: Path) -> dict:
    """*board*, if it has the shape of the leaderboards effbench writes (``schemas/leaderboard.schema.json``); else
    one line naming the file and the field: a file from elsewhere, edited or cut short, is read by every report."""
    problem = first_problem(_as_current(board), "leaderboard") or _dangling_run(board)
    if problem:
        raise LeaderboardError(f"{path}: not an effbench leaderboard ({problem})")
    return board


def _as_current(board: dict) -> dict:
    """The schema describes the current version; a schema-2 board lacks only the task hashes (checked as empty)."""
    if board.get("schema_version") == SCHEMA_VERSION or board.get("schema_version") not in READABLE_VERSIONS:
        return board
    view = {**board, "schema_version": SCHEMA_VERSION}
    if isinstance(view.get("sections"), list):
        view["sections"] = [_as_current({**b, "schema_version": board["schema_version"]}) if isinstance(b, dict)
                            else b for b in view["sections"]]
    meta = view.get("meta")
    if isinstance(meta, dict) and view.get("kind") == "run":
        view["meta"] = _hashed(meta)
    elif isinstance(meta, dict) and isinstance(meta.get("runs"), list):
        view["meta"] = {**meta, "runs": [{**r, "meta": _hashed(r["meta"])} if isinstance(r, dict) and "meta" in r else r
                                         for r in meta["runs"]]}
    return view


def _hashed(meta):
    return {"task_hashes": {}, **meta} if isinstance(meta, dict) else meta


def _dangling_run(board: dict) -> str | None:
    """A merged model's runs must be runs of its board (a rule across fields, which the schema cannot say)."""
    for b in boards_of(board):
        if b["kind"] != "merged":
            continue
        for name, m in b["models"].items():
            for i in [m["run"], *m.get("runs", [])]:
                if i >= len(b["meta"]["runs"]):
                    return f"models.{name}.runs: run {i} of {len(b['meta']['runs'])}"
    return None


def boards_of(board: dict) -> list[dict]:
    """The mergeable boards inside *board*: itself, or each of its sections."""
    return list(board["sections"]) if board["kind"] == "sections" else [board]


def model_meta(board: dict, model: str) -> dict:
    """The run metadata a model's scores come from (a merged board keeps one per source run)."""
    if board["kind"] == "merged":
        return board["meta"]["runs"][board["models"][model]["run"]]["meta"]
    return board["meta"]


def run_metas(board: dict) -> list[dict]:
    """The run metadata of each run in a board (one, unless merged)."""
    return [r["meta"] for r in board["meta"]["runs"]] if board["kind"] == "merged" else [board["meta"]]


def board_mode(board: dict) -> str:
    return board["meta"]["mode"] if board["kind"] == "merged" else board["meta"]["measurement"]["mode"]


def board_rules(board: dict) -> str:
    """The rule profile a board was scored under."""
    return rules_in(board["meta"] if board["kind"] == "merged" else board["meta"]["measurement"])


def rules_in(measurement: dict) -> str:
    """The rule profile named in a run's ``meta.measurement`` (or a merged board's ``meta``): runs of effbench
    versions before ``--rules`` name none, and were scored under effbench's."""
    return measurement.get("rules", EFFBENCH)


def units_of(board: dict, source: str) -> list[RunUnit]:
    """Split a leaderboard back into the runs it holds (a model joined from several runs is split by their tasks)."""
    if board["kind"] == "run":
        return [RunUnit(source, board["meta"], dict(board["models"]), dict(board["unscorable_tasks"]),
                        dict(board["dpe_unscorable_tasks"]))]
    units = []
    for section in boards_of(board):
        for i, run in enumerate(section["meta"]["runs"]):
            models = {}
            for name, m in section["models"].items():
                runs = m.get("runs", [m["run"]])
                if i not in runs:
                    continue
                entry = {k: v for k, v in m.items() if k not in ("run", "runs")}
                if len(runs) > 1:
                    mine = run["meta"]["task_hashes"]
                    ks = sorted(int(k) for k in m["pass@k"])
                    entry = model_entry({t: e for t, e in m["tasks"].items() if t in mine}, ks,
                                        run["meta"]["scoring"]["dpe_min_correct"])
                    entry.update(optional_figures(name, [(run["meta"], m)], set(mine)))
                models[name] = entry
            units.append(RunUnit(run["source"], run["meta"], models, dict(run["unscorable_tasks"]),
                                 dict(run["dpe_unscorable_tasks"]), given=source))
    return units


def hash_of_tasks(task_hashes: dict[str, str]) -> str:
    """The suite hash of a merged board: its tasks' ids and content hashes."""
    text = "".join(f"{tid}:{h}\n" for tid, h in sorted(task_hashes.items()))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def conflict(a: RunUnit, b: RunUnit) -> str | None:
    """Why runs *a* and *b* cannot be in one table (None if they can)."""
    if a.mode != b.mode:
        return (f"{a.named} ({a.mode}, suite {a.meta['suite_hash']}) and {b.named} ({b.mode}, suite "
                f"{b.meta['suite_hash']}): different measurement mode")
    if a.rules != b.rules:
        return f"{a.named} ({a.rules} rules) and {b.named} ({b.rules} rules): different rules"
    scale = differences(table_scale(a.meta), table_scale(b.meta))
    if scale:
        rescore = any(k in scale for k in SCALE_DPE)  # DPE settings change by rescoring, alpha only by measuring
        return (f"{a.named} and {b.named}: scores on different scales ({scale}"
                f"{'; `effbench score DIR --dpe-...` rescores a run under other DPE settings' if rescore else ''})")
    if a.task_hashes is None or b.task_hashes is None:
        if a.meta["suite_hash"] != b.meta["suite_hash"]:
            return (f"{a.named} (suite {a.meta['suite_hash']}) and {b.named} (suite {b.meta['suite_hash']}): "
                    "different task-suite hash (a schema-2 leaderboard file has no per-task hashes)")
        return None
    for tid in sorted(a.task_hashes.keys() & b.task_hashes.keys()):
        if a.task_hashes[tid] != b.task_hashes[tid]:
            return (f"{a.named} and {b.named}: task {tid} differs (content hash {a.task_hashes[tid]} vs "
                    f"{b.task_hashes[tid]})")
    return None


def _join_model(name: str, parts: list[tuple[int, RunUnit]]) -> dict:
    """One model's entry from the runs that hold it: each its own tasks, the same settings."""
    (i0, first), tasks = parts[0], {}
    owner: dict[str, str] = {}
    base = first.settings()
    if name == DEFAULT_MODEL and (why := unnamed_join_refusal([(u.named, u.meta) for _, u in parts])):
        raise LeaderboardError(why)
    for _, unit in parts:
        if len(parts) > 1 and unit.task_hashes is None:
            raise LeaderboardError(f"model {name!r} is in both {first.named} and {parts[1][1].named}, and "
                                   f"{unit.named} has no per-task hashes (a schema-2 leaderboard's run): its runs "
                                   "cannot be joined by task; merge the run directories instead")
        diff = differences(base, unit.settings())
        if diff:
            raise LeaderboardError(f"model {name!r} is in both {first.named} and {unit.named}, measured with "
                                   f"different settings ({diff}); its scores cannot be joined")
        for tid, entry in unit.models[name]["tasks"].items():
            if tid in owner:
                raise LeaderboardError(f"model {name!r} is in both {owner[tid]} and {unit.named} with task {tid}; "
                                       "merge runs of different models or of disjoint tasks (rename one model)")
            owner[tid] = unit.named
            tasks[tid] = entry
    if len(parts) == 1:
        entry = dict(first.models[name])
    else:
        ks = sorted(int(k) for k in first.models[name]["pass@k"])
        entry = model_entry(tasks, ks, first.meta["scoring"]["dpe_min_correct"])
        entry.update(optional_figures(name, [(unit.meta, unit.models[name]) for _, unit in parts]))
    return {**entry, "run": i0, "runs": [i for i, _ in parts]}


def merge_units(units: list[RunUnit]) -> dict:
    """One merged board from compatible runs (same measurement mode, no task with two contents)."""
    holders: dict[str, list[tuple[int, RunUnit]]] = {}
    unscorable: dict[str, str] = {}
    dpe_unscorable: dict[str, str] = {}
    runs = []
    for i, unit in enumerate(units):
        for name in sorted(unit.models):
            holders.setdefault(name, []).append((i, unit))
        for tid, why in unit.unscorable.items():
            unscorable.setdefault(tid, why)
        for tid, why in unit.dpe_unscorable.items():
            dpe_unscorable.setdefault(tid, why)
        runs.append({"source": unit.source, "models": sorted(unit.models), "meta": unit.meta,
                     "unscorable_tasks": unit.unscorable, "dpe_unscorable_tasks": unit.dpe_unscorable})
    models = {name: _join_model(name, parts) for name, parts in sorted(holders.items())}
    meta: dict[str, object] = {"created": utc_now(), "effbench_version": __version__, "mode": units[0].mode,
                               "rules": units[0].rules}
    if all(u.task_hashes is not None for u in units):
        task_hashes = {tid: h for u in units for tid, h in (u.task_hashes or {}).items()}
        meta.update(suite_hash=hash_of_tasks(task_hashes), task_hashes=dict(sorted(task_hashes.items())))
    else:
        meta["suite_hash"] = units[0].meta["suite_hash"]
    return {"schema_version": SCHEMA_VERSION, "kind": "merged", "meta": {**meta, "runs": runs},
            "unscorable_tasks": unscorable, "dpe_unscorable_tasks": dpe_unscorable, "models": models}


def merge(paths: list[Path], separate: bool = False) -> dict:
    """Merge the leaderboards of *paths* (run directories or leaderboard files)."""
    if not paths:
        raise LeaderboardError("name at least one run directory or leaderboard")
    units = [u for p in paths for u in units_of(load_board(p), str(p))]
    groups: list[list[RunUnit]] = []
    for unit in units:
        home = next((g for g in groups if not any(conflict(u, unit) for u in g)), None)
        if home is None and groups and not separate:
            why = next(conflict(u, unit) for u in groups[0] if conflict(u, unit))
            raise LeaderboardError(f"cannot merge {why}; pass --separate to keep them in separate sections")
        if home is None:
            groups.append([unit])
        else:
            home.append(unit)
    if len(groups) == 1:
        return merge_units(units)
    return {"schema_version": SCHEMA_VERSION, "kind": "sections", "created": utc_now(),
            "effbench_version": __version__, "sections": [merge_units(g) for g in groups]}
