"""Memory scores (effbench.scoring.memory): EffiBench's NMU, and peak x cost in place of its memory-time integral."""
from __future__ import annotations

import json
import math
from types import SimpleNamespace
from pathlib import Path

import jsonschema
import pytest
import scipy.stats  # noqa: F401 - see below
from hypothesis import given, strategies as st

from effbench.reports.source import memory_note
from effbench.reports.text import format_board
from effbench.tasks.inputs import InputCache
from effbench.measuring.records import RunRecord, Settings
from effbench.measuring.run import execute_run
from effbench.tasks.samples import load_samples
from effbench.measuring.records import PAIR_PREFIX, REF_PREFIX
from effbench.scoring.memory import (FLOOR_KB, attach_memory, model_memory, passed_sample_memory, sample_memory,
                                     unmeasured_runs)
from effbench.tasks.task import load_suite

from .conftest import write_samples

# scipy.stats is imported above because effbench imports it where a bootstrap is first made (effbench.scoring.
# uncertainty): run alone, this file's hypothesis test paid that import (about half a second) in its first example
# and exceeded hypothesis's deadline.
MEMORY_TASKS = Path(__file__).parent / "fixtures" / "memory_tasks"
SCHEMA = Path(__file__).parents[1] / "effbench" / "schemas" / "leaderboard.schema.json"
HARDNESS = (0, 3, 3, 4)


def rec(subject, level, test, peak, base=1000, cpu=0.1, status="ok", repeat=0, instructions=None):
    return RunRecord("t", subject, "level", level, test, repeat, status, cpu_time=cpu, wall_time=cpu,
                     peak_kb=peak, base_kb=base, instructions=instructions)


def runs(subject, extra_kb, cpu=0.1):
    return [rec(subject, lvl, 0, 1000 + kb, cpu=cpu) for lvl, kb in zip((1, 2, 3), extra_kb)]


def board_memory(board: dict, runs_by_subject: dict, tasks: dict, outcomes: list, measure: str) -> dict:
    """The memory columns of *board* as ``effbench score`` makes them (score.score_groups: passed_sample_memory per
    sample, then attach_memory), from (task, subject) -> settled runs."""
    scores = [passed_sample_memory(o, runs_by_subject.get((o.task_id, o.key), []),
                                   runs_by_subject.get((o.task_id, PAIR_PREFIX + o.key), []),
                                   runs_by_subject.get((o.task_id, REF_PREFIX + tasks[o.task_id]["expert"]), []),
                                   tuple(tasks[o.task_id]["hardness"]), measure) for o in outcomes]
    return attach_memory(board, [score for score in scores if score is not None], 0, measure)


def test_twice_and_ten_times_the_experts_memory():
    expert = runs("ref:e", [100, 200, 400])
    two = sample_memory("t", "s2", "m", runs("s2", [200, 400, 800]), expert, HARDNESS, "cpu")
    ten = sample_memory("t", "s10", "m", runs("s10", [1000, 2000, 4000], cpu=0.2), expert, HARDNESS, "cpu")
    assert two.nmu == pytest.approx(2.0) and ten.nmu == pytest.approx(10.0)
    assert two.nptmu == pytest.approx(2.0) and ten.nptmu == pytest.approx(20.0)  # twice as long, too
    assert two.tests == 3 and two.mu_kb == 1400


def test_only_shared_ok_scored_tests_count():
    expert = runs("ref:e", [100, 200, 400])
    sample = runs("s", [200, 400, 8000])[:2] + [rec("s", 3, 0, 9000, status="timeout"),
                                                 rec("s", 0, 0, 99999)]  # level 0: correctness only
    got = sample_memory("t", "s", "m", sample, expert, HARDNESS, "cpu")
    assert got.tests == 2 and got.nmu == pytest.approx(2.0)
    assert sample_memory("t", "s", "m", [rec("s", 0, 0, 5000)], expert, HARDNESS, "cpu") is None


def test_a_sample_is_normalised_by_the_expert_runs_beside_it_where_there_are_some():
    """In timing modes each scored run of a sample has an expert run beside it (pair:): what a run adds depends a
    little on the worker's state (the expert's first runs in a fresh worker added up to 160 KB, later runs
    nothing), so the expert's own early runs made its code score NMU 0.17 against itself.  Instructions mode pairs
    nothing: the expert's own runs are used there."""
    board = {"models": {"m": {}}, "meta": {}}
    tasks = {"t": {"expert": "e", "hardness": list(HARDNESS)}}
    sample = SimpleNamespace(task_id="t", key="s", model="m", status="passed")
    runs_by_subject = {("t", "ref:e"): runs("ref:e", [160, 150, 120]), ("t", "s"): runs("s", [0, 0, 0]),
                       ("t", "pair:s"): runs("pair:s", [0, 0, 0])}
    board_memory(board, runs_by_subject, tasks, [sample], "cpu")
    assert board["models"]["m"]["memory"]["NMU"] == pytest.approx(1.0)
    del runs_by_subject[("t", "pair:s")]  # no runs beside the sample's, as in instructions mode
    board_memory(board, runs_by_subject, tasks, [sample], "cpu")
    assert board["models"]["m"]["memory"]["NMU"] == pytest.approx(3 * FLOOR_KB / 430)


def test_a_flat_expert_is_floored_not_divided_by_zero():
    expert = runs("ref:e", [0, 0, 0])
    got = sample_memory("t", "s", "m", runs("s", [40, 40, 40]), expert, HARDNESS, "cpu")
    assert got.nmu == pytest.approx(40 / FLOOR_KB)


def test_instructions_mode_uses_counts_as_the_time_axis():
    expert = [rec("ref:e", 1, 0, 1100, instructions=1000)]
    sample = [rec("s", 1, 0, 1200, instructions=3000)]
    got = sample_memory("t", "s", "m", sample, expert, HARDNESS, "instructions")
    assert got.nmu == pytest.approx(2.0) and got.nptmu == pytest.approx(6.0)


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.floats(0.1, 100), st.floats(0.1, 100)), min_size=1,
                max_size=20))
def test_model_scores_are_means_over_tasks_with_an_interval_around_them(rows):
    from effbench.scoring.memory import MemoryScore
    scores = [MemoryScore(f"task{i % 3}", f"s{i}", model, 1, 1.0, nmu, 1.0, nptmu)
              for i, (model, nmu, nptmu) in enumerate(rows)]
    for model, entry in model_memory(scores).items():
        mine = [s for s in scores if s.model == model]
        tasks = {s.task for s in mine}
        per_task = [sum(s.nmu for s in mine if s.task == t) / sum(s.task == t for s in mine) for t in tasks]
        assert entry["NMU"] == pytest.approx(sum(per_task) / len(per_task))
        lo, hi = entry["ci95"]["NMU"]
        assert lo <= entry["NMU"] <= hi and min(per_task) - 1e-9 <= lo and hi <= max(per_task) + 1e-9
        assert entry["n_tasks"] == len(tasks) and entry["n_samples"] == len(mine)


def test_a_ratio_that_cannot_be_finite_is_null():
    expert = [rec("ref:e", 1, 0, 1100, cpu=0.0)]
    got = sample_memory("t", "s", "m", [rec("s", 1, 0, 1200, cpu=0.5)], expert, HARDNESS, "cpu")
    assert math.isinf(got.nptmu)
    assert model_memory([got])["m"]["NPTMU"] is None and model_memory([got])["m"]["ci95"]["NPTMU"] is None


def _memory_fill_run(tmp: Path):
    """A real run in the process sandbox: samples holding 1, 2 and 10 times the expert's memory."""
    suite = {t.id: t for t in load_suite(MEMORY_TASKS)}
    sols = MEMORY_TASKS / "memory-fill" / "solutions"
    rows = [{"task_id": "memory-fill", "model": model, "solution": (sols / f"{name}.py").read_text()}
            for model, name in (("same", "once"), ("double", "twofold"), ("tenfold", "tenfold"))]
    samples = load_samples(write_samples(tmp / "samples.jsonl", rows), suite)
    return execute_run([suite["memory-fill"]], samples, Settings(repeats=1, alpha=50.0), tmp / "out", [1],
                       InputCache(tmp / "cache"))


@pytest.fixture(scope="module")
def memory_run(tmp_path_factory):
    return _memory_fill_run(tmp_path_factory.mktemp("memrun")).leaderboard


@pytest.mark.sandbox
def test_leaderboard_orders_models_by_memory(memory_run):
    models = memory_run["models"]
    nmu = {m: models[m]["memory"]["NMU"] for m in ("same", "double", "tenfold")}
    assert nmu["same"] < nmu["double"] < nmu["tenfold"]
    assert 0.8 < nmu["same"] < 1.25 and 1.7 < nmu["double"] < 2.3 and 8 < nmu["tenfold"] < 12
    assert memory_run["meta"]["memory"]["mode"] == "cpu"
    # the existing scores are there as before: every model passed
    assert all(models[m]["pass@k"]["1"] == 1.0 for m in nmu)


@pytest.mark.sandbox  # its fixture is a real run
def test_memory_leaderboard_matches_the_schema_and_prints_its_columns(memory_run):
    jsonschema.validate(memory_run, json.loads(SCHEMA.read_text()))
    table = format_board(memory_run)
    assert "NMU" in table.splitlines()[0] and "NPTMU" in table.splitlines()[0]
    row = next(line for line in table.splitlines() if line.startswith("tenfold"))
    assert f"{memory_run['models']['tenfold']['memory']['NMU']:.2f}" in row


@pytest.mark.sandbox
def test_runs_without_a_peak_give_no_memory_scores_and_say_so(read_only_proc, tmp_path):
    """In a sandbox whose kernel refuses to reset a child's high-water mark (a read-only /proc, see conftest), no
    run has a peak: the leaderboard has no memory scores rather than ones inflated by the worker's pages, says how
    many scored runs were left out, and the other scores are there as before."""
    report = _memory_fill_run(tmp_path)
    board = report.leaderboard
    jsonschema.validate(board, json.loads(SCHEMA.read_text()))
    records = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    scored = [r for r in records if r["phase"] == "level" and r["level"] >= 1 and r["status"] == "ok"]
    assert scored and all(r["peak_kb"] is None and r["base_kb"] for r in scored)
    assert board["meta"]["memory"]["runs_without_peak"] == len(scored)
    assert not any(m.get("memory") for m in board["models"].values())
    assert all(board["models"][m]["pass@k"]["1"] == 1.0 for m in ("same", "double", "tenfold"))
    note = memory_note(board)
    assert note.startswith("No memory scores:") and f" {len(scored)} scored run(s) had no peak" in note


def test_a_run_judged_over_the_limit_with_the_right_answer_counts_and_a_killed_one_does_not():
    """A run over T ran to its end: its peak is the whole run's (200 MB held at the top level only must show)."""
    expert = runs("ref:e", [100, 200, 400])
    over = RunRecord("t", "s", "level", 3, 0, 0, "timeout", cpu_time=0.3, wall_time=0.3, peak_kb=1000 + 40_000,
                     base_kb=1000, correct=True)
    killed = RunRecord("t", "s", "level", 3, 0, 0, "timeout", cpu_time=0.3, wall_time=1.4, correct=False)
    got = sample_memory("t", "s", "m", runs("s", [100, 200])[:2] + [over], expert, HARDNESS, "cpu")
    assert got.tests == 3 and got.nmu == pytest.approx((100 + 200 + 40_000) / 700)
    left = sample_memory("t", "s", "m", runs("s", [100, 200])[:2] + [killed], expert, HARDNESS, "cpu")
    assert left.tests == 2 and left.nmu == pytest.approx(1.0)


def test_in_instructions_mode_a_run_over_the_limit_scores_alike_finished_or_killed():
    """Under the counter, a run over T either finishes (its count over T, its peak read) or is killed first at the
    wall-clock backstop, as the machine's load decides: counted as in timing modes, one sample's NPTMU was 141.75
    in one run and 1.38 in its resumed twin.  In instructions mode neither counts: the scores are the same."""
    expert = [rec("ref:e", lvl, 0, 1000 + kb, instructions=10_000 * lvl) for lvl, kb in ((1, 100), (2, 200), (3, 400))]
    lower = [rec("s", lvl, 0, 1000 + kb, instructions=12_000 * lvl) for lvl, kb in ((1, 100), (2, 200))]
    over = RunRecord("t", "s", "level", 3, 0, 0, "timeout", cpu_time=1.8, wall_time=1.83, peak_kb=41_000, base_kb=1000,
                     instructions=80_000_000, correct=True)
    killed = RunRecord("t", "s", "level", 3, 0, 0, "timeout", wall_time=1.87, correct=False)
    finished = sample_memory("t", "s", "m", lower + [over], expert, HARDNESS, "instructions")
    cut = sample_memory("t", "s", "m", lower + [killed], expert, HARDNESS, "instructions")
    assert finished == cut and finished.tests == 2 and finished.nmu == pytest.approx(1.0)
    assert unmeasured_runs(lower + [over], HARDNESS, "instructions") == 0
    assert sample_memory("t", "s", "m", lower + [over], expert, HARDNESS, "cpu").tests == 3  # timing modes keep it


def test_only_passed_samples_have_memory_scores():
    """A sample wrong at one level is not scored on the levels it got right, as if it had passed."""
    expert = runs("ref:e", [100, 200, 400])
    board = {"models": {"m": {}}, "meta": {}}
    by_subject = {("t", "s"): runs("s", [100, 200]) + [rec("s", 3, 0, 9000, status="wrong_answer")],
                  ("t", "p"): runs("p", [200, 400, 800]), ("t", "ref:e"): expert}
    tasks = {"t": {"expert": "e", "hardness": list(HARDNESS)}}
    failed = [SimpleNamespace(task_id="t", key="s", model="m", status="failed")]
    assert "memory" not in board_memory(board, by_subject, tasks, failed, "cpu")["models"]["m"]
    both = failed + [SimpleNamespace(task_id="t", key="p", model="m", status="passed")]
    entry = board_memory(board, by_subject, tasks, both, "cpu")["models"]["m"]["memory"]
    assert entry["n_samples"] == 1 and entry["NMU"] == pytest.approx(2.0)
