"""benchmarks/expert_dps.py (issue 14's closing figures): its summary math, which pseudo-model carries the expert's
code, and one run end to end on a small copy of the fixture task with a hand-made tier file."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from effbench.tasks.examples import example_rows
from effbench.tasks.task import load_suite

from .conftest import FIXTURE_TASKS
from .small_suite import make_suite

_SPEC = importlib.util.spec_from_file_location(
    "expert_dps", Path(__file__).resolve().parent.parent / "benchmarks" / "expert_dps.py")
assert _SPEC is not None and _SPEC.loader is not None
expert_dps = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("expert_dps", expert_dps)  # its dataclasses look their module up there
_SPEC.loader.exec_module(expert_dps)


def test_summary_means_over_scored_tasks_and_lists_misses_and_unscored():
    dps = {"reference-tier1": {"a": 100.0, "b": 60.0, "c": None},
           "reference-tier2": {"a": 50.0, "b": 30.0, "c": 10.0}}
    s = expert_dps.summarize(dps, {"a": "reference-tier1", "b": "reference-tier1", "c": "reference-tier1"},
                             ["a", "b", "c"])
    assert s.expert_dps == pytest.approx(80.0)
    assert (s.own_tier, s.scored, s.missed, s.unscored) == (1, 2, {"b": 60.0}, ["c"])
    assert s.models == {"reference-tier1": pytest.approx(80.0), "reference-tier2": pytest.approx(30.0)}


def test_summary_takes_the_expert_from_the_model_that_carries_it_on_each_task():
    dps = {"reference-tier1": {"a": 100.0, "b": 40.0}, "reference-tier2": {"a": 70.0, "b": 100.0}}
    s = expert_dps.summarize(dps, {"a": "reference-tier1", "b": "reference-tier2"}, ["a", "b"])
    assert (s.expert_dps, s.own_tier, s.missed) == (100.0, 2, {})


def test_summary_only_counts_the_tasks_asked_for_and_no_figure_without_any():
    dps = {"reference-tier1": {"a": 100.0, "z": 0.0}}
    s = expert_dps.summarize(dps, {"a": "reference-tier1"}, ["a"])
    assert s.models == {"reference-tier1": 100.0} and s.expert_dps == 100.0
    none = expert_dps.summarize({}, {"a": "reference-tier1"}, ["a"])
    assert (none.expert_dps, none.scored, none.own_tier, none.unscored) == (None, 0, 0, ["a"])


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 0, 1), (1, 2, 0)])
def test_the_expert_model_is_the_exported_row_with_the_experts_code(order):
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    task = dataclasses.replace(task, references=tuple(task.references[i] for i in order))
    model = expert_dps.expert_model(task)
    rows = [r for r in example_rows([task], adversarial=False) if r["model"] == model]
    assert len(rows) == 1 and rows[0]["solution"] == task.expert.code


@pytest.mark.sandbox
@pytest.mark.slow
def test_the_expert_earns_its_own_tier_on_a_hand_made_tier_file(tmp_path, capsys):
    tasks_dir, _ = make_suite(tmp_path, ("pm-a",))
    code = {name: (tasks_dir / "pm-a" / "solutions" / f"{name}.py").read_text() for name in ("rescan", "loop")}
    tiers = [{"name": "rescan", "cost": 2e6, "score": 40.0, "members": 2, "code": code["rescan"]},
             {"name": "loop", "cost": 1e5, "score": 100.0, "members": 3, "code": code["loop"]}]
    (tasks_dir / "pm-a" / "tiers.json").write_text(json.dumps(
        {"task_id": "pm-a", "level": 3, "test": 0, "base": 0.1, "measure": "instructions", "unit": "instructions",
         "built": {}, "eligible": True, "tiers": tiers}))
    expert_dps.main(["--tasks-dir", str(tasks_dir), "--out", str(tmp_path / "runs"), "--measure", "instructions"])
    out = capsys.readouterr().out
    assert "eligible tier files: 1; tiers per task min / median / max: 2 / 2 / 2" in out
    assert "expert DPS 100.0, own tier (DPS 100) on 1 of 1 scored tasks" in out
    # the O(n^2) rescan is the slowest tier's representative itself: it ties with it and scores that tier
    assert "reference-tier1 100.0" in out and "reference-tier3 40.0" in out


def test_quick_match_uses_the_fresh_top_count_and_reports_its_drift():
    from effbench.tasks.dpe_tier_file import DpeTier, DpeTierFile
    tiers = tuple(DpeTier(f"t{i}", cost, score, 1, "") for i, (cost, score) in
                  enumerate([(9e6, 20.0), (4e6, 60.0), (1e6, 100.0)]))
    tf = DpeTierFile("a", 3, 0, 0.1, "instructions", "instructions", {}, True, tiers)
    assert expert_dps.quick_match(1e6, 1e6, tf) == (100.0, 0.0)          # a tie earns the tier
    dps, drift = expert_dps.quick_match(1.05e6, 1.1e6, tf)                # the fresh count decides, not the built one
    assert dps == 100.0 and drift == pytest.approx(0.1)
    assert expert_dps.quick_match(1.05e6, 1e6, tf)[0] == 60.0
    assert expert_dps.quick_match(1e7, 1e6, tf)[0] == 0.0
