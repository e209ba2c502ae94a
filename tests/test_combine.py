"""Combining runs split by task (``effbench leaderboard shard1 shard2``): the suite is identified task by task.

Synthetic run directories (test_compare's ``fake_run``, scored by the real pipeline, noise-free so that a split run
must give exactly the scores of the whole run) where exactness is the point; a real split run through the process
sandbox and the CLI as a subprocess, as a user combines shards from two machines."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from effbench.cli.main import main
from effbench.reports.board import LeaderboardError, merge, units_of
from effbench.measuring.run import score_run

from .conftest import FIXTURE_TASKS, write_samples
from .test_compare import fake_run, rescored_with
from .test_reports import BOARD, errors

MODELS = {"m1": {"t1": 1.0, "t2": 1.3, "t3": 1.6, "t4": 5.0}, "m2": {"t1": 2.0, "t2": 1.1, "t3": 1.2, "t4": 1.4}}


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def shard(models: dict, tasks: set[str]) -> dict:
    return {m: {t: f for t, f in per.items() if t in tasks} for m, per in models.items()}


def set_content(run: Path, task: str, content_hash: str) -> Path:
    """Edit a run's record of a task's content hash (as if the task had changed before it ran) and rescore."""
    meta = json.loads((run / "run.json").read_text())
    meta["tasks"][task]["content_hash"] = content_hash
    (run / "run.json").write_text(json.dumps(meta))
    score_run(run)
    return run


def without_run_index(models: dict) -> dict:
    return {n: {k: v for k, v in m.items() if k not in ("run", "runs")} for n, m in models.items()}


def test_shards_combine_into_the_scores_of_the_whole_run(tmp_path):
    whole = fake_run(tmp_path / "whole", MODELS, noise=0.0)
    a = fake_run(tmp_path / "a", shard(MODELS, {"t1", "t3"}), noise=0.0, suite_hash="1111111111111111")
    b = fake_run(tmp_path / "b", shard(MODELS, {"t2", "t4"}), noise=0.0, suite_hash="2222222222222222")
    res = invoke("leaderboard", a, b, "-o", tmp_path / "lb.json")
    assert res.exit_code == 0, res.stderr
    board = json.loads((tmp_path / "lb.json").read_text())
    assert errors(BOARD, board) == [] and board["kind"] == "merged"
    reference = json.loads((whole / "leaderboard.json").read_text())
    assert without_run_index(board["models"]) == reference["models"]  # n_tasks 4, suite scores, ci95: all equal
    assert all(m["runs"] == [0, 1] for m in board["models"].values())
    assert board["meta"]["task_hashes"] == reference["meta"]["task_hashes"]
    assert board["meta"]["suite_hash"] == merge([whole])["meta"]["suite_hash"]  # one suite, however it was split
    again = merge([tmp_path / "lb.json"])  # split back into its runs and joined again: unchanged
    assert again["models"] == board["models"]
    third = fake_run(tmp_path / "c", {"m3": {"t1": 1.0, "t2": 1.0}}, noise=0.0)
    more = merge([tmp_path / "lb.json", third])
    assert set(more["models"]) == {"m1", "m2", "m3"} and more["models"]["m3"]["runs"] == [2]
    assert without_run_index({"m1": more["models"]["m1"]}) == {"m1": reference["models"]["m1"]}


MEMORY = {"m1": {"t1": 2.0, "t2": 10.0, "t3": 3.0, "t4": 1.0}, "m2": {"t1": 1.0, "t2": 1.5, "t3": 4.0, "t4": 2.0}}
CLASSES = {"m1": {"t1": "n", "t2": "n^2", "t3": "n", "t4": "n log n"}, "m2": {"t1": "n", "t2": "n", "t3": "n"}}


def test_shards_keep_memory_and_complexity_as_the_whole_run_scores_them(tmp_path):
    """Memory ratios and the share at the expert's complexity class are suite figures too: joined shards
    recompute them over all their tasks, and splitting the merged board back gives each shard's own."""
    def run(name, tasks, **kw):
        return fake_run(tmp_path / name, shard(MODELS, tasks), noise=0.0, memory=shard(MEMORY, tasks),
                        classes=shard(CLASSES, tasks), **kw)
    whole = run("whole", set(MEMORY["m1"]))
    a = run("a", {"t1", "t3"}, suite_hash="1111111111111111")
    b = run("b", {"t2", "t4"}, suite_hash="2222222222222222")
    reference = json.loads((whole / "leaderboard.json").read_text())["models"]
    assert reference["m1"]["memory"]["NMU"] == pytest.approx(4.0)  # (2 + 10 + 3 + 1) / 4
    assert reference["m2"]["complexity"]["at_expert_class_or_better"] == 1.0
    board = merge([a, b])
    assert errors(BOARD, board) == []
    for key in ("memory", "complexity"):
        assert {n: m[key] for n, m in board["models"].items()} == {n: m[key] for n, m in reference.items()}
    assert board["models"]["m1"]["complexity"]["at_expert_class_or_better"] == 0.5
    (tmp_path / "lb.json").write_text(json.dumps(board))
    again = merge([tmp_path / "lb.json"])  # split back into its runs by task and joined again
    assert again["models"] == board["models"]
    alone = json.loads((a / "leaderboard.json").read_text())["models"]
    other = fake_run(tmp_path / "c", {"m3": {"t1": 1.0}}, noise=0.0)
    split = {u.source: u for u in units_of(merge([tmp_path / "lb.json", other]), "x")}
    assert split[str(a)].models["m1"]["memory"] == alone["m1"]["memory"]
    assert split[str(a)].models["m2"]["complexity"] == alone["m2"]["complexity"]


def test_a_run_scored_before_the_per_task_figures_is_rescored_on_reading(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}}, memory={"m1": {"t1": 2.0}}, classes={"m1": {"t1": "n"}})
    b = fake_run(tmp_path / "b", {"m1": {"t2": 1.0}}, memory={"m1": {"t2": 4.0}}, classes={"m1": {"t2": "n^2"}})
    old = json.loads((a / "leaderboard.json").read_text())
    for key in ("memory", "complexity"):
        del old["models"]["m1"][key]["tasks"]
    written = json.dumps(old)
    (a / "leaderboard.json").write_text(written)
    m1 = merge([a, b])["models"]["m1"]
    assert m1["memory"]["NMU"] == pytest.approx(3.0) and m1["complexity"]["at_expert_class_or_better"] == 0.5
    assert (a / "leaderboard.json").read_text() == written  # reading never writes
    (tmp_path / "old.json").write_text(written)  # a file has no records to rescore: the joined model goes without
    assert not {"memory", "complexity"} & set(merge([tmp_path / "old.json", b])["models"]["m1"])


def test_complexity_shares_of_different_modes_are_not_joined(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}}, classes={"m1": {"t1": "n"}})
    b = fake_run(tmp_path / "b", {"m1": {"t2": 1.0}}, classes={"m1": {"t2": "n"}})
    doc = json.loads((b / "complexity.json").read_text())
    doc["meta"]["plan"]["measure"] = "cpu"
    (b / "complexity.json").write_text(json.dumps(doc))
    score_run(b)
    with pytest.raises(LeaderboardError, match="complexity figures were measured in different modes"):
        merge([a, b])


def test_shards_may_hold_different_models(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}, "m2": {"t1": 2.0}})
    b = fake_run(tmp_path / "b", {"m1": {"t2": 1.0}}, suite_hash="2222222222222222")
    board = merge([a, b])
    assert board["models"]["m1"]["n_tasks"] == 2 and board["models"]["m2"]["n_tasks"] == 1


@pytest.mark.parametrize("case, message", [
    ("content", "task t1 differs (content hash"),
    ("settings", "measured with different settings (repeats 6 vs 3)"),
    ("overlap", "model 'm1' is in both"),
    ("mode", "different measurement mode"),
])
@pytest.mark.sandbox
def test_mismatches_refuse_in_one_line(tmp_path, case, message):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0, "t2": 1.0}})
    if case == "content":
        b = set_content(fake_run(tmp_path / "b", {"m2": {"t1": 1.0}}), "t1", "a" * 16)
    elif case == "settings":
        b = fake_run(tmp_path / "b", {"m1": {"t3": 1.0}}, repeats=3)
    elif case == "overlap":
        b = fake_run(tmp_path / "b", {"m1": {"t2": 1.0, "t3": 1.0}})
    else:
        b = fake_run(tmp_path / "b", {"m1": {"t3": 1.0}}, measure="instructions")
    res = invoke("leaderboard", a, b, "-o", tmp_path / "lb.json")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert message in res.stderr
    assert not (tmp_path / "lb.json").exists()


@pytest.mark.parametrize("block, key, value, message", [
    ("settings", "alpha", 3.0, "alpha 2.0 vs 3.0"),
    ("settings", "estimator", "min", "estimator hodges-lehmann vs min"),
    ("scoring", "dpe_min_correct", 1, "dpe_min_correct 10 vs 1"),
    ("scoring", "dpe_include_ineligible", True, "dpe_include_ineligible False vs True"),
])
def test_runs_scored_on_different_scales_are_not_one_table(tmp_path, block, key, value, message):
    """The same code (1.5x the expert) under alpha 3 scores eff@1 0.82 where alpha 2 gives 0.64: runs whose scores
    mean different things may hold different models, but not in one ranking."""
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.5, "t2": 1.5}}, noise=0.0)
    b = rescored_with(fake_run(tmp_path / "b", {"m2": {"t1": 1.5, "t2": 1.5}}, noise=0.0), block, key, value)
    res = invoke("leaderboard", a, b, "-o", tmp_path / "lb.json")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert f"{a} and {b}" in res.stderr and message in res.stderr and "--separate" in res.stderr
    assert ("effbench score DIR" in res.stderr) == (block == "scoring")  # DPE settings rescore; alpha needs a run
    assert not (tmp_path / "lb.json").exists()
    board = merge([a, b], separate=True)
    assert errors(BOARD, board) == [] and [list(s["models"]) for s in board["sections"]] == [["m1"], ["m2"]]


def test_sections_say_what_sets_them_apart(tmp_path):
    """Runs kept apart for alpha alone: every section was titled 'cpu, suite <hash>' (the same tasks, the same
    hash), and the terminal printed the tables one after the other with nothing between them."""
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.5}}, noise=0.0)
    b = rescored_with(fake_run(tmp_path / "b", {"m2": {"t1": 1.5}}, noise=0.0), "settings", "alpha", 3.0)
    res = invoke("leaderboard", a, b, "--separate", "-o", tmp_path / "lb.json")
    assert res.exit_code == 0, res.stderr
    assert "section 1: cpu, effbench rules, α = 2, hodges-lehmann" in res.output
    assert "section 2: cpu, effbench rules, α = 3, hodges-lehmann" in res.output
    text = invoke("report", tmp_path / "lb.json", "--format", "md").output
    assert "### Section 1: cpu, effbench rules, α = 2, hodges-lehmann, suite `" in text
    assert "### Section 2: cpu, effbench rules, α = 3, hodges-lehmann, suite `" in text


def test_one_models_shards_measured_by_two_effbench_versions_are_not_joined(tmp_path):
    """A model's suite score is one harness's measurement: shards of it from two effbench versions (which may
    measure differently: the sample's compile left the measured region in one) were joined without a word.  Other
    models of another version may still share the table: each run's version is listed with it."""
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m1": {"t2": 1.0}, "m2": {"t2": 1.0}})
    meta = json.loads((b / "run.json").read_text())
    meta["effbench_version"] = "0.2.0"
    (b / "run.json").write_text(json.dumps(meta))
    score_run(b)
    with pytest.raises(LeaderboardError, match=r"model 'm1' is in both .* \(effbench_version 0.1.0 vs 0.2.0\)"):
        merge([a, b])
    c = fake_run(tmp_path / "c", {"m3": {"t2": 1.0}})
    assert set(merge([b, c])["models"]) == {"m1", "m2", "m3"}


def test_separate_keeps_runs_with_changed_tasks_apart(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = set_content(fake_run(tmp_path / "b", {"m2": {"t1": 1.0}}), "t1", "a" * 16)
    c = fake_run(tmp_path / "c", {"m3": {"t2": 1.0}})
    board = merge([a, b, c], separate=True)
    assert errors(BOARD, board) == [] and board["kind"] == "sections"
    assert [sorted(s["models"]) for s in board["sections"]] == [["m1", "m3"], ["m2"]]


def from_file(run: Path, unnamed_samples: str | None) -> Path:
    """The run rescored as if its samples file's unnamed samples had this hash (None: an older effbench's run)."""
    meta = json.loads((run / "run.json").read_text())
    meta.pop("unnamed_samples", None)
    meta.update({"unnamed_samples": unnamed_samples} if unnamed_samples else {})
    (run / "run.json").write_text(json.dumps(meta))
    score_run(run)
    return run


def test_model_default_joins_only_the_shards_of_one_samples_file(tmp_path):
    """EvalPlus and ENAMEL files name no model: without --model their samples are all model default.  Two such files
    measured on disjoint tasks (two models' samples, like as not) were joined silently into one row; the shards of
    one file still join."""
    a = from_file(fake_run(tmp_path / "a", {"default": {"t1": 1.0}, "m1": {"t1": 1.0}}), "1" * 16)
    b = from_file(fake_run(tmp_path / "b", {"default": {"t2": 3.0}, "m1": {"t2": 1.0}}), "2" * 16)
    res = invoke("leaderboard", a, b, "-o", tmp_path / "lb.json")
    assert res.exit_code == 2 and res.stderr.count("\n") == 1, res.stderr
    assert (f"model 'default' (samples that name no model) is in both {a} and {b}, read from different samples "
            "files: they may be two models' samples; name each file's model (`effbench run --model NAME`)") \
        in res.stderr, res.stderr
    assert not (tmp_path / "lb.json").exists()
    shard = from_file(fake_run(tmp_path / "c", {"default": {"t2": 3.0}}), "1" * 16)
    assert merge([a, shard])["models"]["default"]["n_tasks"] == 2
    unknown = re.escape(f"and {shard} does not record which samples file it read")
    with pytest.raises(LeaderboardError, match=unknown):
        merge([a, from_file(shard, None)])
    assert set(merge([b, from_file(fake_run(tmp_path / "d", {"m2": {"t1": 1.0}}), None)])["models"]) == \
        {"default", "m1", "m2"}  # a default in one run only is no join


def downgrade(board: dict) -> dict:
    """The same leaderboard as schema 2 wrote it: no per-task hashes, no ``runs``."""
    board = json.loads(json.dumps(board))
    board["schema_version"] = 2
    board["meta"].pop("task_hashes")
    return board


def test_schema_2_files_stay_readable_and_merge_by_suite_hash(tmp_path):
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m2": {"t1": 1.0}})
    c = fake_run(tmp_path / "c", {"m3": {"t2": 1.0}}, suite_hash="2222222222222222")
    old = tmp_path / "old.json"
    old.write_text(json.dumps(downgrade(json.loads((a / "leaderboard.json").read_text()))))
    board = merge([old, b])
    assert set(board["models"]) == {"m1", "m2"} and errors(BOARD, board) == []
    assert board["meta"]["suite_hash"] == "0123456789abcdef" and "task_hashes" not in board["meta"]
    with pytest.raises(LeaderboardError, match="different task-suite hash"):
        merge([old, c])
    shard = fake_run(tmp_path / "d", {"m1": {"t3": 1.0}})
    with pytest.raises(LeaderboardError, match=r"no per-task hashes \(a schema-2 leaderboard's run\): its runs "
                                               "cannot be joined by task"):
        merge([old, shard])  # which tasks came from which run could not be told apart again
    res = invoke("report", old, "--format", "md")
    assert res.exit_code == 0 and "| m1 |" in res.output


# ---------------------------------------------------------------- real shards, as a subprocess
@pytest.mark.sandbox
def test_real_run_split_by_task_combines_as_a_subprocess(tmp_path):
    tasks_dir = tmp_path / "tasks"
    shutil.copytree(FIXTURE_TASKS / "prefix-max", tasks_dir / "prefix-max")
    shutil.copytree(FIXTURE_TASKS / "prefix-max", tasks_dir / "prefix-max-b")
    manifest = tasks_dir / "prefix-max-b" / "task.toml"
    manifest.write_text(manifest.read_text().replace('id = "prefix-max"', 'id = "prefix-max-b"'))
    sol = FIXTURE_TASKS / "prefix-max" / "solutions"
    rows = [{"task_id": t, "model": m, "solution": (sol / f).read_text()}
            for t in ("prefix-max", "prefix-max-b") for m, f in (("fast", "loop.py"), ("slow", "rescan.py"))]
    rows += [{"task_id": t, "solution": (sol / "loop.py").read_text()} for t in ("prefix-max", "prefix-max-b")]
    samples = write_samples(tmp_path / "samples.jsonl", rows)
    outs = []
    for task in ("prefix-max", "prefix-max-b"):  # two machines, one task each
        out = tmp_path / task
        done = subprocess.run([sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(tasks_dir),
                               "--tasks", task, "--out", str(out), "--repeats", "1", "--k", "1", "--quiet"],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outs.append(str(out))
    done = subprocess.run([sys.executable, "-m", "effbench", "leaderboard", *outs, "-o", str(tmp_path / "lb.json")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    board = json.loads((tmp_path / "lb.json").read_text())
    assert errors(BOARD, board) == []
    assert {n: (m["n_tasks"], m["pass@k"]["1"]) for n, m in board["models"].items()} == {
        "fast": (2, 1.0), "slow": (2, 1.0), "default": (2, 1.0)}  # the file's unnamed samples: one model, joined
    hashes = {json.loads((Path(out) / "run.json").read_text())["unnamed_samples"] for out in outs}
    assert len(hashes) == 1 and [run["meta"]["unnamed_samples"] for run in board["meta"]["runs"]] == [*hashes] * 2
    assert set(board["meta"]["task_hashes"]) == {"prefix-max", "prefix-max-b"}


def test_a_refusal_names_the_file_given_and_the_run_inside_it(tmp_path):
    """Found as a user: merging a merged board named the runs inside it by the names they were merged under
    ("model 'm' is in both lb.json and odd-lb.json"), files the user had not given."""
    a = fake_run(tmp_path / "a", {"m1": {"t1": 1.0}})
    b = fake_run(tmp_path / "b", {"m2": {"t1": 1.0}})
    merged = tmp_path / "merged.json"
    merged.write_text(json.dumps(merge([a, b])))
    again = fake_run(tmp_path / "c", {"m1": {"t1": 1.0}})
    with pytest.raises(LeaderboardError, match="^model 'm1' is in both ") as refused:
        merge([merged, again])
    assert f"{merged} (its run {a})" in str(refused.value) and f" and {again} with task t1" in str(refused.value)
    res = invoke("leaderboard", merged, again)
    assert res.exit_code == 2 and f"{merged} (its run {a})" in res.stderr, res.stderr
