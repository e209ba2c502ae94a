"""The measured region is fair to microsecond code: the harness's fixed cost (the null program's cost on the same
input) is subtracted from every subject, and work at import stays charged to the sample.

Instruction counts (callgrind, deterministic) of real runs, on a task of our own imported as an ENAMEL problem whose
expert does about as much work as the harness itself costs: without the subtraction, a sample 1.5 times as slow as
the expert scored about 0.9 where ENAMEL's formula gives 0.5.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from effbench.cli.main import main
from effbench.importers import import_enamel
from effbench.importers.enamel import COLUMNS
from effbench.sandbox.counting import detect_counter
from effbench.schema_check import run_dir_problems
from effbench.scoring.outcomes import MAX_OFFSET_SHARE, net_cost

# a loop whose iterations all cost the same (ints under 257 are CPython's cached small ints: none is allocated)
LOOP = "    s = 0\n    for i in range(n):\n        s ^= 1\n"
ROW = {"task_id": "Micro/0", "prompt": 'def f(n: int) -> int:\n    """Sum of 0..n-1."""\n',
       "input_generator": "def generate_input(size: int, lid: int, cid: int):\n    return (size,)\n",
       "input_levels": "3 160 160 160", "reference_solution": LOOP + "    return s\n",
       "checker": "def __check(input, answer, output):\n    return output == answer\n", "entry_point": "f"}
# whole programs holding the prompt, as ENAMEL's samples files have them
SAMPLES = {"0": [ROW["prompt"] + code for code in (
    LOOP + "    return s\n",                                                        # the expert's own code
    LOOP.replace("range(n)", "range(n + n // 2)") + "    return s ^ (n // 2) & 1\n",    # 1.5 times the iterations
    # precomputes at import twice the expert's work, then only looks the answer up
    "    return T[n]\n\n\nT = []\ns = 0\nfor i in range(320):\n    T.append(s)\n    s ^= 1\n",
)]}


def write_micro_task(root: Path) -> Path:
    """The micro task imported under *root* / tasks, and SAMPLES as *root* / samples.json: the tasks folder."""
    with (root / "micro.csv").open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerow(ROW)
    import_enamel(root / "micro.csv", root / "tasks")
    (root / "samples.json").write_text(json.dumps(SAMPLES))
    return root / "tasks"


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    try:
        detect_counter("auto")
    except Exception as exc:  # pragma: no cover - valgrind is installed here (.ci/setup)
        pytest.fail(f"no instruction counter: {exc}")
    root = tmp_path_factory.mktemp("offset")
    write_micro_task(root)
    res = CliRunner().invoke(main, ["run", str(root / "samples.json"), "--tasks-dir", str(root / "tasks"), "--out",
                                    str(root / "run"), "--measure", "instructions", "--quiet"],
                             env={"EFFBENCH_CACHE": str(root / "cache")})
    assert res.exit_code == 0, res.output + res.stderr
    return root / "run"


def _effs(run_dir) -> list[float]:
    rows = [json.loads(line) for line in (run_dir / "results.jsonl").read_text().splitlines()]
    assert all(r["status"] == "passed" for r in rows), rows
    return [r["efficiency"] for r in sorted(rows, key=lambda r: int(r["sample_id"]))]


@pytest.mark.sandbox
def test_the_harness_fixed_cost_does_not_dilute_a_microsecond_gap(run_dir):
    same, slower, _ = _effs(run_dir)
    assert same == pytest.approx(1.0, abs=0.03)
    assert slower == pytest.approx(0.5, abs=0.1)  # (T - 1.5 t*) / (T - t*) with T = 2 t*
    reference = json.loads((run_dir / "tasks.json").read_text())["reference"]["enamel-micro-0"]
    # the harness (and the prompt every subject starts from) costs more than the expert's work: the unfair case
    assert reference["harness_offset"]["1/0"] > reference["level_times"][1]


@pytest.mark.sandbox
def test_work_at_import_stays_charged(run_dir):
    *_, precomputed = _effs(run_dir)
    assert precomputed < 0.1  # twice the expert's work at import: over T (a free lookup would score 2.0)


@pytest.mark.sandbox
def test_an_instructions_runs_files_fit_their_schemas(run_dir):
    """The shipped schemas hold a counted run's records (instructions and their counter), the null program's and
    the expected outputs of an imported ENAMEL task, as they hold a timed run's (test_reports)."""
    records = [json.loads(line) for line in (run_dir / "records.jsonl").read_text().splitlines()]
    assert any(r["instructions"] and r["counter"] for r in records) and any(r["subject"] == "null:harness"
                                                                            for r in records)
    assert run_dir_problems(run_dir) == []


@given(value=st.floats(1e-9, 1e3), offset=st.floats(0, 1e3))
def test_net_cost_subtracts_the_offset_but_never_all_of_a_measurement(value, offset):
    net = net_cost(value, offset)
    assert value * (1 - MAX_OFFSET_SHARE) <= net <= value
    if offset <= value * MAX_OFFSET_SHARE:
        assert net == pytest.approx(value - offset)
