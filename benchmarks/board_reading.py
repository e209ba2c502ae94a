"""Reading a large leaderboard file: what every `effbench report`, `compare`, `history` and `leaderboard` pays
before it does anything else.

    python3 benchmarks/board_reading.py [--models 3000] [--tasks 103] [--rounds 5] [--keep FILE]

Makes a schema-3 leaderboard of MODELS models over TASKS tasks (one model scored from a synthetic run, as
`effbench score` scores it, then copied under MODELS names with its figures scaled, so that no two entries are
equal), writes it to a temporary file, and times over ROUNDS rounds, each in this process's CPU time (what load on
a shared machine barely moves; it is all one thread's work): parsing the
file (``jsonfile.read``), checking it against ``schemas/leaderboard.schema.json`` (``first_problem``: the schema
and the finite-number rule) and ``load_board`` as the commands call it (both, and the kind and version checks).
Each figure is printed as min / median / max.  Users bring boards of thousands of models (a public leaderboard's
history, every checkpoint of a training run), and the check is what made those slow.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import synthetic_run  # noqa: E402
from benchmarks.figures import labelled  # noqa: E402
from effbench import jsonfile  # noqa: E402
from effbench.measuring import machine  # noqa: E402
from effbench.measuring.run import score_records  # noqa: E402
from effbench.reports.board import load_board  # noqa: E402
from effbench.schema_check import first_problem  # noqa: E402


def _scaled(node, factor: float):
    """*node* with every float multiplied by *factor* (counts and keys unchanged)."""
    if isinstance(node, float):
        return node * factor
    if isinstance(node, dict):
        return {k: _scaled(v, factor) for k, v in node.items()}
    if isinstance(node, list):
        return [_scaled(v, factor) for v in node]
    return node


def large_board(n_models: int, n_tasks: int) -> dict:
    """A leaderboard as `effbench score` writes it, with *n_models* models over *n_tasks* tasks."""
    meta, samples, records = synthetic_run(n_tasks=n_tasks, n_models=1, per_model=1)
    meta["machine"] = machine.describe()
    meta["ks"] = [1]
    board = score_records(meta, samples, records, [1], meta["scoring"]).board
    (entry,) = board["models"].values()
    board["models"] = {f"org-{i // 100:02d}/model-{i:05d}": _scaled(entry, 1 - i / (4 * n_models))
                       for i in range(n_models)}
    return board


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=int, default=3000)
    parser.add_argument("--tasks", type=int, default=103)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, default=None, help="Write the board here (and keep it).")
    args = parser.parse_args(argv)
    board = large_board(args.models, args.tasks)
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "leaderboard.json"
        path.write_text(json.dumps(board, indent=2) + "\n")
        size = path.stat().st_size
        times: dict[str, list[float]] = {"parse": [], "check": [], "load_board": []}
        for _ in range(args.rounds):
            start = time.process_time()
            parsed = jsonfile.read(path)
            times["parse"].append(time.process_time() - start)
            start = time.process_time()
            problem = first_problem(parsed, "leaderboard")
            times["check"].append(time.process_time() - start)
            assert problem is None, problem
            start = time.process_time()
            load_board(path)
            times["load_board"].append(time.process_time() - start)
    print(f"leaderboard of {args.models} models x {args.tasks} tasks, {size / 1e6:.1f} MB")
    for name, values in times.items():
        print(f"  {name:<10} {labelled(values, 's of CPU', '{:.3f}')}")


if __name__ == "__main__":
    main()
