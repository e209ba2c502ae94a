"""benchmarks/enamel_side_by_side.py --report: the table again from kept runs, complete rounds only, so a long
measurement that was stopped still gives the figures of the rounds it finished."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("enamel_side_by_side", ROOT / "benchmarks" / "enamel_side_by_side.py")
assert _SPEC is not None and _SPEC.loader is not None
side = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("enamel_side_by_side", side)
_SPEC.loader.exec_module(side)


def _keep(out: Path, stem: str, r: int, enamel: dict, effbench: dict | None) -> None:
    (out / f"enamel-{stem}-r{r}.json").write_text(json.dumps(
        {"problems": {str(i): {"passed": [ok], "effs": [eff]} for i, (ok, eff) in enamel.items()}}))
    if effbench is not None:  # None: the effbench half of the round never finished
        run = out / f"effbench-{stem}-r{r}"
        run.mkdir()
        (run / "results.jsonl").write_text("".join(
            json.dumps({"task_id": f"enamel-humaneval-{i}", "status": "passed" if ok else "failed", "efficiency": eff})
            + "\n" for i, (ok, eff) in effbench.items()))


@pytest.fixture
def kept(tmp_path):
    for i in (0, 2):
        task = tmp_path / "tasks" / f"enamel-humaneval-{i}"
        task.mkdir(parents=True)
        (task / "task.toml").write_text(f'id = "enamel-humaneval-{i}"\n[origin_params]\nindex = {i}\n')
    _keep(tmp_path, "refs", 0, {0: (True, 0.9), 2: (True, 0.5)}, {0: (True, 0.95), 2: (False, 0.0)})
    _keep(tmp_path, "refs", 1, {0: (True, 0.7), 2: (True, 0.6)}, None)
    return tmp_path


def test_report_reads_the_complete_rounds_and_counts_agreement(kept, capsys):
    side.report_kept(kept, [Path("refs.json")])
    out = capsys.readouterr().out
    assert "1 round(s)" in out and "pass/fail agreement: 1/2" in out
    assert "suite eff@1 per round 0.700" in out      # ENAMEL: (0.9 + 0.5) / 2, the unfinished round left out
    assert "suite eff@1 per round 0.475" in out      # effbench: (0.95 + 0.0) / 2


def test_report_without_a_finished_round_says_so(tmp_path):
    (tmp_path / "tasks").mkdir()
    with pytest.raises(SystemExit, match="no round that both harnesses finished"):
        side.report_kept(tmp_path, [Path("refs.json")])


def test_report_splits_the_gap_by_the_harness_share_of_the_experts_time(kept, capsys):
    """Problem 0's expert takes 100 us at its top level, 90 of them the harness's (a microsecond expert); problem
    2's takes 10 ms, 1 of them the harness's.  The parts of the gap add up to it."""
    run = kept / "effbench-refs-r0"
    records = [(0, "null:harness", 9e-5), (0, "ref:reference", 1e-4), (2, "null:harness", 1e-3),
               (2, "ref:reference", 1e-2), (2, "ref:reference", 1e-2), (0, "null:harness", 9e-5)]
    (run / "records.jsonl").write_text("".join(json.dumps(
        {"task": f"enamel-humaneval-{i}", "subject": subject, "phase": "level", "level": 3, "cpu_time": t}) + "\n"
        for i, subject, t in records))
    side.report_kept(kept, [Path("refs.json")])
    out = capsys.readouterr().out
    # effbench - ENAMEL: problem 0 +0.05, problem 2 -0.5; over 2 problems: +0.025 and -0.25
    assert "harness under 50 % of the expert's time: 1 problems, part of the gap -0.2500" in out
    assert "300 us or less (microsecond experts): 1 problems, part of the gap +0.0250" in out
    assert "(long results): 0 problems, part of the gap +0.0000" in out
