"""Reading leaderboards, and merging runs into one (``effbench leaderboard``).

Why merging refuses: an eff@k measured in CPU time and one counted in instructions are different numbers, and so
are scores over two different task suites (the suite hash covers the task ids and their content).  Putting them in
one table would rank models on incomparable scales, so runs merge only when measurement mode, suite hash and rule
profile (``--rules``) agree; ``--separate`` keeps each (mode, suite hash, rules) group in its own section instead.  A model measured in two merged runs
is refused too: which of its two scores is the real one is not for the merger to guess.

A merged board keeps every source run's metadata (``meta.runs``) and each model says which run it came from, so
nothing a single-run leaderboard records is lost.  Merged boards can be merged again.
"""
from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .errors import EffbenchError
from .leaderboard import SCHEMA_VERSION


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

    @property
    def key(self) -> tuple[str, str, str]:
        """(mode, suite hash, rule profile): runs merge only when all three agree (older runs had effbench's)."""
        measurement = self.meta["measurement"]
        return measurement["mode"], self.meta["suite_hash"], measurement.get("rules", "effbench")


def is_run_dir(path: Path) -> bool:
    return Path(path, "run.json").is_file()


def load_board(path: Path) -> dict:
    """The leaderboard of a run directory (rescored if an older effbench wrote it) or of a leaderboard JSON file."""
    path = Path(path)
    if path.is_dir():
        if not is_run_dir(path):
            raise LeaderboardError(f"{path}: not a run directory (no run.json)")
        board_path = path / "leaderboard.json"
        board = _read_json(board_path) if board_path.is_file() else None
        if board is None or board.get("schema_version") != SCHEMA_VERSION:
            from .run import score_run
            board = score_run(path).leaderboard
        return board
    if not path.is_file():
        raise LeaderboardError(f"{path}: no such run directory or leaderboard file")
    board = _read_json(path)
    if not isinstance(board, dict) or board.get("kind") not in ("run", "merged", "sections"):
        raise LeaderboardError(f"{path}: not an effbench leaderboard")
    if board.get("schema_version") != SCHEMA_VERSION:
        raise LeaderboardError(f"{path}: leaderboard schema version {board.get('schema_version')}, this effbench "
                               f"reads {SCHEMA_VERSION}; rescore its run directory with `effbench score DIR`")
    return board


def _read_json(path: Path):
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as exc:
        raise LeaderboardError(f"{path}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    except OSError as exc:
        raise LeaderboardError(f"{path}: cannot read ({exc.strerror})") from None


def boards_of(board: dict) -> list[dict]:
    """The mergeable boards inside *board*: itself, or each of its sections."""
    return list(board["sections"]) if board["kind"] == "sections" else [board]


def model_meta(board: dict, model: str) -> dict:
    """The run metadata a model's scores come from (a merged board keeps one per source run)."""
    if board["kind"] == "merged":
        return board["meta"]["runs"][board["models"][model]["run"]]["meta"]
    return board["meta"]


def board_mode(board: dict) -> str:
    return board["meta"]["mode"] if board["kind"] == "merged" else board["meta"]["measurement"]["mode"]


def units_of(board: dict, source: str) -> list[RunUnit]:
    """Split a leaderboard back into the runs it holds."""
    if board["kind"] == "run":
        return [RunUnit(source, board["meta"], dict(board["models"]), dict(board["unscorable_tasks"]),
                        dict(board["dpe_unscorable_tasks"]))]
    units = []
    for section in boards_of(board):
        for i, run in enumerate(section["meta"]["runs"]):
            models = {name: {k: v for k, v in m.items() if k != "run"}
                      for name, m in section["models"].items() if m["run"] == i}
            units.append(RunUnit(run["source"], run["meta"], models, dict(run["unscorable_tasks"]),
                                 dict(run["dpe_unscorable_tasks"])))
    return units


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def merge_units(units: list[RunUnit]) -> dict:
    """One merged board from runs that share measurement mode and suite hash."""
    owner: dict[str, str] = {}
    models, unscorable, dpe_unscorable, runs = {}, {}, {}, []
    for i, unit in enumerate(units):
        for name, entry in sorted(unit.models.items()):
            if name in owner:
                raise LeaderboardError(f"model {name!r} is in both {owner[name]} and {unit.source}; "
                                       "merge runs of different models (rename one of them)")
            owner[name] = unit.source
            models[name] = {**entry, "run": i}
        for tid, why in unit.unscorable.items():
            unscorable.setdefault(tid, why)
        for tid, why in unit.dpe_unscorable.items():
            dpe_unscorable.setdefault(tid, why)
        runs.append({"source": unit.source, "models": sorted(unit.models), "meta": unit.meta,
                     "unscorable_tasks": unit.unscorable, "dpe_unscorable_tasks": unit.dpe_unscorable})
    mode, suite, _ = units[0].key
    return {"schema_version": SCHEMA_VERSION, "kind": "merged",
            "meta": {"created": _now(), "effbench_version": __version__, "mode": mode, "suite_hash": suite,
                     "runs": runs},
            "unscorable_tasks": unscorable, "dpe_unscorable_tasks": dpe_unscorable,
            "models": dict(sorted(models.items()))}


def merge(paths: list[Path], separate: bool = False) -> dict:
    """Merge the leaderboards of *paths* (run directories or leaderboard files)."""
    if not paths:
        raise LeaderboardError("name at least one run directory or leaderboard")
    units = [u for p in paths for u in units_of(load_board(p), str(p))]
    groups: dict[tuple[str, str, str], list[RunUnit]] = {}
    for unit in units:
        groups.setdefault(unit.key, []).append(unit)
    if len(groups) == 1:
        return merge_units(units)
    if not separate:
        first, other = units[0], next(u for u in units if u.key != units[0].key)
        what = ("measurement mode" if first.key[0] != other.key[0] else "task-suite hash"
                if first.key[1] != other.key[1] else "rules")
        raise LeaderboardError(
            f"cannot merge {first.source} ({first.key[0]}, suite {first.key[1]}, {first.key[2]} rules) with "
            f"{other.source} ({other.key[0]}, suite {other.key[1]}, {other.key[2]} rules): different {what}; "
            "pass --separate to keep them in separate sections")
    return {"schema_version": SCHEMA_VERSION, "kind": "sections", "created": _now(),
            "effbench_version": __version__, "sections": [merge_units(g) for g in groups.values()]}
