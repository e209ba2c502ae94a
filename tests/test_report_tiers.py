"""The report's per-sample DPE tiers are the ones the leaderboard scored: the same records, read by scoring's one
rule (a retried run's last record in its place, a re-measurement over T standing in for the run it re-measured), and
none for a task DPE does not score.  The report read the raw records: a sample whose run on the tier input was
retried after an infrastructure failure showed '0 · none' beside a model DPS of 100."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from effbench.cli.main import main
from effbench.measuring.records import DPE_TIER_PREFIX, PAIR_PREFIX, REF_PREFIX, Settings
from effbench.reports.html import task_sections
from effbench.reports.plots import model_colours
from effbench.reports.source import load_source

TESTS, HARDNESS, TIMES = [1, 2, 2], [0, 1, 2], [1e-3, 1e-2, 4e-2]
TIERS = {"level": 2, "test": 0, "scores": [20.0, 60.0, 100.0], "measure": "cpu"}


def _run(out: Path) -> Path:
    """Two tasks with tiers ('t-off' not DPE-eligible), one sample a model: its DPS is the model's on the task."""
    settings = Settings(measure="cpu", repeats=4)
    meta = {"effbench_version": "0.1.0", "created": "2026-01-02T03:04:05+00:00", "settings": settings.to_dict(),
            "ks": [1], "scoring": {"dpe_min_correct": 1, "dpe_max_profile": 3}, "suite_hash": "0" * 16,
            "samples_hash": "f" * 16, "runner": {"runner": "process"},
            "machine": {"cpu": "x", "cores": 2, "kernel": "k", "os": "Linux", "python": "3.11.7", "hostname": "h"},
            "tasks": {t: {"tests": TESTS, "hardness": HARDNESS, "expert": "exp", "content_hash": "0" * 16,
                          "tiers": {**TIERS, "eligible": t == "t", "reasons": [] if t == "t" else ["too few"]}}
                      for t in ("t", "t-off")}}
    rows: list[dict] = []

    def subject(task, name, factor, levels=(0, 1, 2), edit=None):
        rows.append(_row(task, name, "cases", -1, 0, 0, factor))
        for level in levels:
            for test in range(TESTS[level]):
                for rep in range(1 if HARDNESS[level] == 0 else 4):
                    row = _row(task, name, "level", level, test, rep, factor)
                    rows.extend(edit(row) if edit and (level, test) == (2, 0) else [row])

    def retried(row):  # the sandbox failed on repeat 1; the rerun measured it again, under the same key
        return [dict(row, status="infra", correct=False, detail="sandbox gone"), row] if row["repeat"] == 1 else [row]

    def spiked(row):  # three repeats read 50 times their cost, over T; re-measured (confirm), they were not
        if row["repeat"] == 3:
            return [row]
        over = row["cpu_time"] * 50
        return [dict(row, status="timeout", cpu_time=over, wall_time=over, detail="over T"), dict(row, phase="confirm")]

    def confirmed(row):  # the expert runs beside them, measured again with them
        return [row, dict(row, phase="confirm")] if row["repeat"] < 3 else [row]

    samples = []
    for task in ("t", "t-off"):
        subject(task, REF_PREFIX + "exp", 1.0)
        for i, factor in enumerate((6.0, 2.5, 1.0)):
            subject(task, f"{DPE_TIER_PREFIX}{i}", factor, levels=(2,))
            subject(task, f"{PAIR_PREFIX}{DPE_TIER_PREFIX}{i}", 1.0, levels=(2,))
    for model, task, edit, pair_edit in (("retried", "t", retried, None), ("spiked", "t", spiked, confirmed),
                                         ("off", "t-off", None, None)):
        key = f"{model}/{task}/0"
        samples.append({"key": key, "task_id": task, "model": model, "sample_id": "0", "line": len(samples) + 1,
                        "code": "pass"})
        subject(task, key, 1.0, edit=edit)
        subject(task, PAIR_PREFIX + key, 1.0, levels=(1, 2), edit=pair_edit)
    out.mkdir(parents=True)
    (out / "run.json").write_text(json.dumps(meta))
    (out / "samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in samples))
    (out / "records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    return out


def _row(task, subject, phase, level, test, rep, factor) -> dict:
    cost = factor * TIMES[max(level, 0)] * (1 + 0.1 * test) * (1 + 0.01 * rep)
    return {"task": task, "subject": subject, "phase": phase, "level": level, "test": test, "repeat": rep,
            "status": "ok", "cpu_time": cost, "wall_time": cost, "peak_kb": 1000, "base_kb": 900, "detail": "",
            "correct": True}


def test_the_report_shows_each_sample_in_the_tier_the_leaderboard_scored(tmp_path):
    run = _run(tmp_path / "run")
    res = CliRunner().invoke(main, ["score", str(run)])
    assert res.exit_code == 0, res.output
    board = json.loads((run / "leaderboard.json").read_text())
    assert board["dpe_unscorable_tasks"].keys() == {"t-off"}
    source = load_source(run)
    rows = {(s["model"], t["id"]): s for t in task_sections(board, source, model_colours(board["models"]))
            for s in t["samples"]}
    assert rows.keys() == {("retried", "t"), ("spiked", "t"), ("off", "t-off")}
    for model in ("retried", "spiked"):
        dps = board["models"][model]["tasks"]["t"]["dps"]
        assert rows[(model, "t")]["tier"].split(" · ")[0] == f"{dps:.0f}", model
    assert board["models"]["retried"]["tasks"]["t"]["dps"] == 100.0
    assert rows[("off", "t-off")]["tier"] == "–"  # the leaderboard scores no DPE on this task
