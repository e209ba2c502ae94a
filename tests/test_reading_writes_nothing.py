"""Reading a run directory never changes it: a leaderboard, a report or a comparison of a run that an older effbench
scored (or whose last record was torn by a kill) is derived in memory, and the directory keeps every byte.  The
next ``effbench score DIR`` (or a resumed run) is what writes.  Synthetic run directories (test_compare's
``fake_run``, scored by the real pipeline); no sandbox."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring.run import score_run
from effbench.reports.board import load_board
from effbench.reports.render import render
from effbench.reports.source import load_source

from .test_compare import fake_run

MODELS = {"m1": {"t1": 1.0, "t2": 1.4}, "m2": {"t1": 2.0, "t2": 1.1}}


def snapshot(run: Path) -> dict[str, bytes]:
    return {str(p.relative_to(run)): p.read_bytes() for p in sorted(run.rglob("*")) if p.is_file()}


def stale(run: Path) -> dict:
    """Make the run look scored by an older effbench (leaderboard schema 1, stale derived files)."""
    board = json.loads((run / "leaderboard.json").read_text())
    fresh = json.loads(json.dumps(board))
    board["schema_version"] = 1
    board["models"] = {}
    (run / "leaderboard.json").write_text(json.dumps(board))
    (run / "results.jsonl").write_text("")
    return fresh


def test_loading_an_outdated_leaderboard_rescores_in_memory_and_writes_nothing(tmp_path):
    run = fake_run(tmp_path / "run", MODELS, noise=0.0)
    fresh = stale(run)
    before = snapshot(run)
    board = load_board(run)
    assert snapshot(run) == before
    assert board["models"] == fresh["models"] and board["schema_version"] == fresh["schema_version"]


def test_a_report_of_an_outdated_run_shows_fresh_scores_and_writes_nothing(tmp_path):
    run = fake_run(tmp_path / "run", MODELS, noise=0.0)
    expected_md = render(run, "md")
    expected_results = load_source(run).results
    stale(run)
    before = snapshot(run)
    assert render(run, "md") == expected_md
    assert load_source(run).results == expected_results  # the outcomes are re-derived too, not the stale file
    res = CliRunner().invoke(main, ["report", str(run), "--format", "benchmark-json"])
    assert res.exit_code == 0, res.output
    assert snapshot(run) == before


def test_a_torn_last_record_is_not_truncated_by_a_reader(tmp_path):
    run = fake_run(tmp_path / "run", MODELS, noise=0.0)
    with (run / "records.jsonl").open("a") as fh:
        fh.write('{"task": "t1", "subject": "torn')  # a kill mid-write
    (run / "leaderboard.json").unlink()  # makes the reader score the records
    before = snapshot(run)
    board = load_board(run)
    assert set(board["models"]) == {"m1", "m2"}
    res = CliRunner().invoke(main, ["compare", str(run), str(run)])
    assert res.exit_code == 0, res.output
    assert snapshot(run) == before
    score_run(run)  # the writer drops the torn line and writes the derived files
    assert (run / "records.jsonl").read_bytes().endswith(b"\n") and (run / "leaderboard.json").is_file()
