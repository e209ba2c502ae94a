"""``effbench run --rules enamel``: ENAMEL's harness's rules, whole, recorded, never merged with effbench's.

Real runs (process sandbox, cpu mode) of an imported toy ENAMEL problem (tests/fixtures/enamel, ours) with samples
that the two rule profiles judge differently, each for one rule of effbench/measuring/rules.py.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.importers import import_enamel
from effbench.reports.board import LeaderboardError, merge

from .datasets import ENAMEL_CSV

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

BODY = "    return sum(1 for x in nums if x % 2 == 0)\n"
SAMPLES = {"0": [
    "def count_evens(nums):\n    print(len(nums))\n" + BODY,                                     # print
    "def count_evens(nums):\n    if len(nums) > 100:\n        raise OverflowError('big')\n" + BODY,  # levels >= 1
    "def count_evens(nums):\n    if len(nums) < 10:\n        x = 0\n        for i in range(2_000_000):\n"
    "            x += i\n" + BODY,                                                                 # slow at level 0
    "def count_evens(nums):\n    time.perf_counter()\n" + BODY,                                  # ENAMEL's `time`
    "def count_evens(nums):\n" + BODY,                                                           # plain
    "def count_evens(nums):\n    if len(nums) > 100:\n        raise MemoryError\n" + BODY,         # its own
    "def count_evens(nums):\n    while len(nums) > 100:\n        pass\n" + BODY,                   # spins
]}
# (passed under effbench's rules, passed under ENAMEL's)
EXPECTED = [(True, False), (False, True), (True, False), (False, True), (True, True), (True, True), (True, True)]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    root = tmp_path_factory.mktemp("rules")
    import_enamel(ENAMEL_CSV, root / "tasks", subset=[0])
    samples = root / "samples.json"
    samples.write_text(json.dumps(SAMPLES))
    out = {}
    for rules in ("effbench", "enamel"):
        res = CliRunner().invoke(main, ["run", str(samples), "--tasks-dir", str(root / "tasks"), "--out",
                                        str(root / rules), "--repeats", "2", "--quiet", "--rules", rules],
                                 env={"EFFBENCH_CACHE": str(root / "cache")})
        assert res.exit_code == 0, res.output + res.stderr
        out[rules] = root / rules
    return out


def _results(run_dir):
    rows = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]
    return {int(r["sample_id"]): r for r in rows}


def test_each_rule_judges_as_its_harness(runs):
    for column, rules in enumerate(("effbench", "enamel")):
        results = _results(runs[rules])
        got = [results[i]["status"] == "passed" for i in range(len(EXPECTED))]
        assert got == [e[column] for e in EXPECTED], (rules, [results[i]["failure"] for i in results])
    enamel = _results(runs["enamel"])
    assert enamel[0]["failure"].startswith("error") and "NoneType" in enamel[0]["detail"]  # print is None
    assert enamel[1]["efficiency"] == 0.0  # the overflow ended level 1: it and the later levels score 0
    assert "timeout" in enamel[2]["failure"] and "hand cases" in enamel[2]["failure"]  # T at level 0


def test_a_memory_error_of_its_own_gains_nothing_that_spinning_would_not(runs):
    """Issue 11 asked for a witness that a MemoryError at a level >= 1 came from the budget: a sample that raises it
    itself keeps its pass.  So does one that spins there until its timeout, which is no forgery at all, and under
    both rules the two score the same (ENAMEL's harness ends the level on either: `except MemoryError`,
    `except TimeoutException`).  A witness would gain nothing: a sample wrong at the large sizes has the honest
    route to the same verdict (and `bytearray(1 << 60)` is a real MemoryError with no memory used)."""
    for rules in ("effbench", "enamel"):
        results = _results(runs[rules])
        own, spins = results[5], results[6]
        assert own["status"] == spins["status"] == "passed", (rules, own, spins)
        assert own["efficiency"] == spins["efficiency"] == 0.0, (rules, own["efficiency"], spins["efficiency"])


def test_the_rules_are_recorded_and_never_merged(runs):
    for rules, run_dir in runs.items():
        board = json.loads((run_dir / "leaderboard.json").read_text())
        assert board["meta"]["measurement"]["rules"] == rules
        assert json.loads((run_dir / "run.json").read_text())["settings"]["rules"] == rules
    with pytest.raises(LeaderboardError, match="different rules"):
        merge([runs["effbench"], runs["enamel"]])
    sections = merge([runs["effbench"], runs["enamel"]], separate=True)["sections"]
    assert sorted(s["runs"][0]["meta"]["measurement"]["rules"] for s in (x["meta"] for x in sections)) == \
        ["effbench", "enamel"]


def test_rules_option_as_a_subprocess(runs, tmp_path):
    """Resuming a run under other rules is refused (they are part of the settings); a bad name is exit 2."""
    root = runs["enamel"].parent
    cmd = [sys.executable, "-m", "effbench", "run", str(root / "samples.json"), "--tasks-dir", str(root / "tasks"),
           "--quiet", "--out"]
    done = subprocess.run(cmd + [str(runs["effbench"]), "--rules", "enamel"], capture_output=True, text=True)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "settings" in done.stderr, done.stderr
    done = subprocess.run(cmd + [str(tmp_path / "x"), "--rules", "lax"], capture_output=True, text=True)
    assert done.returncode == 2 and "lax" in done.stderr and not (tmp_path / "x").exists()
