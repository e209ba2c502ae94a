"""A run scored without k=1 (`effbench run --k 5`): every report, `compare` and `history` show eff@k at the k the
leaderboard ranks by (:func:`effbench.reports.source.lead_k`), and say which.  The boards are scored by the real
pipeline (build_leaderboard) from chosen per-sample efficiencies, so no time is spent measuring."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring.records import PASSED, SampleOutcome, Settings
from effbench.reports.compare import CompareError, compare
from effbench.reports.compare_md import format_markdown
from effbench.reports.history import build
from effbench.reports.history_html import html as history_html, markdown as history_markdown
from effbench.reports.html import html
from effbench.reports.markdown import markdown
from effbench.reports.pytest_benchmark import pytest_benchmark_json
from effbench.reports.source import Source, load_source
from effbench.scoring.leaderboard import build_leaderboard

from .test_compare import fake_run

TASKS = ("t1", "t2", "t3", "t4")
META = {"effbench_version": "0.1.0", "created": "2026-01-02T03:04:05+00:00", "suite_hash": "0123456789abcdef",
        "settings": Settings(measure="cpu").to_dict(),
        "machine": {"cpu": "test cpu", "cores": 2, "kernel": "6", "python": "3.11.7"},
        "runner": {"runner": "process", "python": "3.11.7", "counter": None},
        "measurement": {"mode": "cpu", "alpha": 2.0, "rules": "effbench", "estimator": "hodges-lehmann",
                        "repeats": 6, "backend": "cpu clock"},
        "scoring": {"dpe_min_correct": 10, "dpe_max_profile": 20},
        "task_hashes": {t: "0" * 16 for t in TASKS}}


def board(ks: list[int], scale: float = 1.0) -> dict:
    """Two models, five passed samples per task; 'fast' more efficient than 'slow', each *scale* times as much."""
    outcomes = [SampleOutcome(f"{model}/{t}/{i}", t, model, str(i), PASSED, scale * base * (1 + 0.1 * i + 0.05 * j))
                for model, base in (("fast", 0.8), ("slow", 0.3)) for j, t in enumerate(TASKS) for i in range(5)]
    return build_leaderboard(outcomes, ks, META)


def write(path: Path, b: dict) -> Path:
    path.write_text(json.dumps(b))
    return path


def per_task(b: dict, k: str) -> dict[str, list[str]]:
    """Each task's eff@k of the models, formatted as the tables show it (fast first, as ranked)."""
    return {t: [f"{b['models'][m]['tasks'][t]['eff@k'][k]:.3f}" for m in ("fast", "slow")] for t in TASKS}


def test_markdown_and_html_per_task_tables_show_the_first_k_asked_for():
    """With `--k 5` the per-task table and the heatmap were of eff@1: every cell empty."""
    b = board([5])
    text = markdown(Source(b, "b.json"))
    assert f"Per task eff@5 ({len(TASKS)} tasks × 2 models)" in text and "eff@1" not in text
    for t, cells in per_task(b, "5").items():
        assert f"| {t} | {' | '.join(cells)} |" in text, text
    page = html(Source(b, "b.json"))
    assert "eff@5: models × tasks" in page and "eff@1" not in page  # the note under the table said eff@1 too
    assert "scores eff@5 ≈ 1 and DPS below 100" in page
    for cells in per_task(b, "5").values():
        assert all(f">{c}<" in page for c in cells)
        assert f"fast · t1: eff@5 {per_task(b, '5')['t1'][0]}, pass@5 1.000" in page


def test_the_terminal_table_has_no_column_of_a_k_no_model_has_a_score_at(tmp_path):
    """`--k 1,10` with five samples per task: no model has a pass@10 or eff@10 (k over every task's samples), and
    the terminal's table (`run`, `score`, `leaderboard`) showed both columns, dashes all the way down, where the
    Markdown and HTML tables leave them out."""
    b = board([1, 10])
    assert {m["pass@k"]["10"] for m in b["models"].values()} == {m["eff@k"]["10"] for m in b["models"].values()} \
        == {None}
    res = CliRunner().invoke(main, ["leaderboard", str(write(tmp_path / "b.json", b)), "-o", str(tmp_path / "o.json")])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].split()[:5] == ["model", "tasks", "samples", "pass@1", "eff@1"] and "@10" not in res.stdout
    fast = lines[1].split()
    assert fast[0] == "fast" and fast[3:5] == ["1.000", f"{b['models']['fast']['eff@k']['1']:.3f}"]


def test_compare_two_leaderboards_scored_at_k_5(tmp_path):
    """They failed with "share no model with scored tasks"; now each model's eff@5 is compared, and the
    comment's table says eff@5."""
    base, new = write(tmp_path / "a.json", board([5])), write(tmp_path / "b.json", board([5], 0.5))
    rows = compare(base, new, 0.05)
    assert {(r.model, r.metric, r.verdict) for r in rows} == {("fast", "eff@5", "regression"),
                                                              ("slow", "eff@5", "regression")}
    assert "| model | eff@5 base | eff@5 new |" in format_markdown(rows, 0.05)
    res = CliRunner().invoke(main, ["compare", str(base), str(new)])
    assert res.exit_code == 1 and "eff@5" in res.output, res.output


def test_compare_of_boards_with_no_k_in_common_is_one_line(tmp_path):
    base, new = write(tmp_path / "a.json", board([1])), write(tmp_path / "b.json", board([5]))
    with pytest.raises(CompareError, match=r"a\.json: scored eff@k at k = 1, .*b\.json scored eff@k at k = 5: no k in "
                                           "common"):
        compare(base, new, 0.05)
    res = CliRunner().invoke(main, ["compare", str(base), str(new)])
    assert res.exit_code == 2 and "no k in common" in res.output


def test_history_of_runs_scored_at_k_5(tmp_path):
    """The history's pass@1 and eff@1 were empty for such runs, and no change was judged."""
    paths = [write(tmp_path / "a.json", board([5])), write(tmp_path / "b.json", board([5], 0.5))]
    history = build(paths)
    assert history.k == "5"
    point = history.points["fast"][1]
    assert point.values["eff@5"] == board([5], 0.5)["models"]["fast"]["eff@k"]["5"]
    assert point.verdict == "regression"
    text = history_markdown(history)
    assert "| pass@5 | eff@5 | DPS | eff@5 vs previous |" in text and "eff@1" not in text
    assert "eff@5 vs previous" in history_html(history)


def test_history_of_runs_with_no_k_in_common_is_refused(tmp_path):
    paths = [write(tmp_path / "a.json", board([1])), write(tmp_path / "b.json", board([5]))]
    res = CliRunner().invoke(main, ["history", *map(str, paths)])
    assert res.exit_code == 2 and "share no k" in res.output, res.output


def test_compare_check_refuses_a_baseline_with_none_of_the_runs_ks(tmp_path):
    """What the Action runs before it measures: a baseline with no eff@k at the run's ks was accepted, and compare
    refused it only once the run was done."""
    base = write(tmp_path / "a.json", board([1, 5, 10]))  # 5 samples a task: no eff@10
    res = CliRunner().invoke(main, ["compare", str(base), "--check", "--k", "10"])
    assert res.exit_code == 2 and "scored eff@k at k = 1, 5, the new run asks for k = 10" in res.output, res.output
    ok = CliRunner().invoke(main, ["compare", str(base), "--check", "--k", "5,10"])
    assert ok.exit_code == 0, ok.output
    assert CliRunner().invoke(main, ["compare", str(base), str(base), "--k", "5"]).exit_code == 2  # --check only


def test_pytest_benchmark_extra_info_is_at_the_first_k_asked_for(tmp_path):
    """Its extra_info held eff@1 and pass@1: None for every benchmark of a run made with --k 5."""
    source = load_source(fake_run(tmp_path / "run", {"m": {"t1": 1.0}}, repeats=2, ks=(5,), samples=5))
    (bench,) = pytest_benchmark_json(source)["benchmarks"]
    scores = source.board["models"]["m"]["tasks"]["t1"]
    assert scores["eff@k"]["5"] is not None and "eff@1" not in bench["extra_info"]
    info = bench["extra_info"]
    assert (info["eff@5"], info["pass@5"]) == (scores["eff@k"]["5"], scores["pass@k"]["5"])
