"""Timed runs of calls too short for the clock make several passes (effbench/measuring/passes.py): the calibration
rule, the limits and per-pass times, what a pass is in the child (both real runners), and a real cpu-mode run under
``--rules enamel`` on a microsecond task, where one pass per run read a sample 1.5 times as slow as the expert
anywhere from 0.47 to 1.26 (the harness's fixed cost, tens of microseconds with a spread of tens, hid a gap of
two); and a run begun with one pass resumes with one."""
from __future__ import annotations

import json
import marshal
import shutil
import statistics
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, strategies as st

from effbench.cli.main import main
from effbench.measuring import passes
from effbench.measuring.records import NULL_SUBJECT, PAIR_PREFIX
from effbench.sandbox import base
from effbench.schema_check import run_dir_problems

from .both_runners import RUNNERS, started
from .test_harness_offset import SAMPLES, _effs, write_micro_task

LIMITS = base.Limits(wall_limit=10, cpu_limit=10, memory_mb=256)
# Twelve repeats a test, not six: each estimate is a median of more pairs, so one run's scores sit in narrower bounds.
MICRO_RUN = ["--measure", "cpu", "--rules", "enamel", "--repeats", "12", "--quiet"]


@given(count=st.integers(1, passes.MAX_PASSES), cost=st.floats(0, 1.0), target=st.floats(1e-4, 1.0),
       size=st.integers(0, 1 << 30))
def test_calibration_stops_at_half_the_target_or_the_cap_and_otherwise_at_least_doubles(count, cost, target, size):
    most = passes.cap(size)
    assert 1 <= most <= passes.MAX_PASSES and (most == 1 or most * max(1, size) <= passes.MAX_INPUT_COPIES_BYTES)
    nxt = passes.next_passes(count, cost, target, most)
    if cost >= target / 2 or count >= most:
        assert nxt is None
    else:
        assert nxt is not None and min(most, 2 * count) <= nxt <= most


def test_calibration_reaches_the_target_when_the_fixed_cost_dominates():
    """A 40 us harness around a 1.5 us call: a few steps, and the kept run costs at least half the target."""
    count, steps = 1, 0
    while (nxt := passes.next_passes(count, 40e-6 + count * 1.5e-6, 2e-3, passes.MAX_PASSES)) is not None:
        count, steps = nxt, steps + 1
    assert steps <= 5 and 40e-6 + count * 1.5e-6 >= 1e-3


@given(wall=st.floats(0.01, 100), slack=st.one_of(st.none(), st.floats(0, 100)), count=st.integers(1, 10_000))
def test_repeated_limits_grow_with_the_passes_but_not_their_slack(wall, slack, count):
    limits = base.Limits.for_wall(wall, 256, slack)
    grown = limits.repeated(count)
    fixed = wall if slack is None else min(slack, wall)
    assert grown.passes == count and grown.memory_mb == 256
    assert grown.wall_limit == pytest.approx(fixed + (wall - fixed) * count)
    assert grown.cpu_limit >= grown.wall_limit


def test_times_per_pass():
    ex = base.Execution(base.OK, cpu_time=0.02, wall_time=0.03, peak_kb=100, outputs=[1])
    one = ex.per_pass(4)
    assert (one.cpu_time, one.wall_time, one.peak_kb, one.outputs) == (0.005, 0.0075, 100, [1])
    assert ex.per_pass(1) is ex


@pytest.fixture(scope="module", params=RUNNERS)
def runner(request):
    with started(request.param, {"xs": marshal.dumps([[1, 2, 3]])}) as sandbox:
        yield sandbox


@pytest.mark.sandbox
def test_each_pass_has_its_own_input_and_namespace(runner):
    code = ("try:\n    loaded += 1\nexcept NameError:\n    loaded = 1\n"
            "def f(xs):\n    assert loaded == 1 and xs[-1] != 'seen', (loaded, xs)\n    xs.append('seen')\n"
            "    return len(xs)\n")
    ex = runner.execute(code, "f", ["xs"], LIMITS.repeated(5))
    assert ex.status == base.OK and ex.outputs == [4], ex.detail


@pytest.mark.sandbox
def test_a_later_pass_is_run_and_its_failure_is_the_samples(runner):
    code = ("import builtins\ndef f(xs):\n    if hasattr(builtins, 'been_here'):\n"
            "        raise RuntimeError('pass 2')\n    builtins.been_here = True\n    return 0\n")
    ex = runner.execute(code, "f", ["xs"], LIMITS.repeated(3))
    assert ex.status == base.ERROR and "pass 2" in ex.detail


@pytest.mark.sandbox
def test_every_pass_is_on_the_clock(runner):
    busy = ("import time\ndef f(xs):\n    end = time.process_time() + 0.01\n    while time.process_time() < end:\n"
            "        pass\n    return 0\n")
    one = runner.execute(busy, "f", ["xs"], LIMITS)
    four = runner.execute(busy, "f", ["xs"], LIMITS.repeated(4))
    assert one.status == four.status == base.OK
    assert one.cpu_time >= 0.01 and four.cpu_time >= 0.04 and four.per_pass(4).cpu_time < 2 * one.cpu_time


def _micro_run(root: Path) -> Path:
    """The micro task's SAMPLES run under *root* (MICRO_RUN: cpu mode, ENAMEL's rules): the run's folder."""
    tasks = write_micro_task(root)
    res = CliRunner().invoke(main, ["run", str(root / "samples.json"), "--tasks-dir", str(tasks), "--out",
                                    str(root / "run"), *MICRO_RUN],
                             env={"EFFBENCH_CACHE": str(root / "cache")})
    assert res.exit_code == 0, res.output + res.stderr
    return root / "run"


@pytest.fixture(scope="module")
def micro_run(tmp_path_factory):
    return _micro_run(tmp_path_factory.mktemp("passes"))


@pytest.mark.sandbox
def test_a_run_in_passes_writes_files_its_schemas_hold(micro_run):
    """ENAMEL's rules write records no other run does (the expert's calibrate runs, timed runs of several passes):
    the shipped schemas hold them too."""
    records = [json.loads(line) for line in (micro_run / "records.jsonl").read_text().splitlines()]
    assert any(r["phase"] == passes.CALIBRATE for r in records) and max(r["passes"] for r in records) > 1
    assert run_dir_problems(micro_run) == []


def _net_ratios(records: list[dict], sample: int) -> list[float]:
    """Per scored test: the sample's cost over its expert pair's, each its fastest run less the null program's
    fastest on that test (the harness's cost).  The fastest run, not ENAMEL's estimator: what the runs can resolve."""
    fastest: dict[tuple, float] = {}
    for r in records:
        if r["phase"] == "level" and r["level"] >= 1 and r["status"] == "ok":
            key = (r["subject"], r["level"], r["test"])
            fastest[key] = min(fastest.get(key, r["cpu_time"]), r["cpu_time"])
    subject = f"default/enamel-micro-0/{sample}"
    return [(fastest[(subject, *test)] - null) / (fastest[(PAIR_PREFIX + subject, *test)] - null)
            for (who, *test), null in fastest.items() if who == NULL_SUBJECT]


@pytest.mark.sandbox
def test_a_microsecond_gap_is_resolved_in_cpu_mode(micro_run, tmp_path):
    rows = sorted((json.loads(line) for line in (micro_run / "results.jsonl").read_text().splitlines()),
                  key=lambda r: int(r["sample_id"]))
    assert [r["status"] for r in rows] == ["passed"] * len(SAMPLES["0"])
    records = [json.loads(line) for line in (micro_run / "records.jsonl").read_text().splitlines()]
    same, slower, precomputed = (statistics.median(_net_ratios(records, i)) for i in range(3))
    # What the passes resolve, in 31 runs on this machine (twelve or 24 repeats): the same code 0.98 to 1.05 times
    # its expert pair, 1.5 times the iterations 1.38 to 1.49 times, the precomputing one 7.4 to 9.3 times.  Fresh
    # CI machines read 0.86 and 1.61 in one run, 0.98 and 1.81 in another: each ratio is a difference over a
    # difference (the null program's cost taken from both), so a few per cent on one fastest run moves it by more.
    # The bounds are those of the noisier machines; what the test holds is the order and the gap between the same
    # code and 1.5 times its work (one pass per run read the slower one anywhere from 0.47 to 1.26).
    assert 0.8 < same < 1.2 and 1.25 < slower < 2.0 and slower > 1.2 * same and precomputed > 5, \
        (same, slower, precomputed)
    # The scores follow, with ENAMEL's estimator (Hodges-Lehmann) over the repeats and its worst test per level.
    # In those runs same read 0.81 to 1.06 and slower 0.37 to 0.84 (the formula gives 0.5 for exactly 1.5 times),
    # in the closest run 0.998 and 0.841: CPU time here is not free of the host, whose other guests make a run read
    # up to twice its time in phases that come and go, and a test's estimate moves with the share of its runs hit
    # (over 29 %, Hodges-Lehmann's breakdown point, in the noisiest phases).  Those phases move scores, and can turn
    # the order of one run: under a load of 8 on this 2-core machine (2026-12-06) the same code scored below 1.5
    # times its work.  So the order must hold in most of three runs, this one and fresh ones, as many as it takes to
    # decide.  If one run orders the two right with probability p, most of three do with p^2 (3 - 2p): a scorer that
    # cannot tell them apart (p = 1/2) passes exactly as often as with one run, one that tends to invert them less
    # often; only one that orders them right more often than not passes more often (31 of 31 runs on a quiet host).
    effs = [r["efficiency"] for r in rows]
    assert effs[2] < 0.02, effs  # work at import is in every pass: over T
    runs = [effs]
    while 2 not in (sum(e[0] > e[1] for e in runs), sum(e[0] <= e[1] for e in runs)):
        (fresh := tmp_path / f"fresh-{len(runs)}").mkdir()
        runs.append(_effs(_micro_run(fresh)))  # every sample passed, each run's efficiencies in sample order
    assert sum(e[0] > e[1] for e in runs) == 2, runs


@pytest.mark.sandbox
def test_every_subject_runs_a_test_with_the_passes_its_calibration_chose(micro_run):
    records = [json.loads(line) for line in (micro_run / "records.jsonl").read_text().splitlines()]
    chosen = {}
    for r in records:
        if r["phase"] == passes.CALIBRATE:
            chosen[(r["level"], r["test"])] = r["passes"]  # the last step of each test is the one kept
    assert chosen and min(chosen.values()) > 10  # a microsecond expert: many passes
    scored = [r for r in records if r["phase"] == "level" and r["level"] >= 1]
    assert {r["subject"].split(":")[0] for r in scored} >= {"ref", "null", "pair"}
    assert all(r["passes"] == chosen[(r["level"], r["test"])] for r in scored)
    assert all(r["passes"] == 1 for r in records if r["phase"] == "cases" or r["level"] == 0)


@pytest.mark.sandbox
def test_a_run_begun_with_one_pass_resumes_with_one_pass(micro_run, tmp_path):
    """A run measured before passes existed has level records and no calibration: resumed, every new run keeps one
    pass, so its samples and its expert stay comparable.  The older run here was cut off in its last repeat of the
    first sample: what is left to measure is that repeat's runs of the sample and of its expert pair (a sample's
    runs and an expert's, as a run cut off earlier would have more of), not the whole run again."""
    root = micro_run.parent
    old = tmp_path / "run"
    shutil.copytree(micro_run, old)
    cut = {"default/enamel-micro-0/0", PAIR_PREFIX + "default/enamel-micro-0/0"}
    last = int(MICRO_RUN[MICRO_RUN.index("--repeats") + 1]) - 1
    kept = []
    for line in (micro_run / "records.jsonl").read_text().splitlines():
        r = json.loads(line)
        if r["phase"] != passes.CALIBRATE and not (r["subject"] in cut and r["phase"] == "level"
                                                   and r["repeat"] == last):
            r.pop("passes")  # as an older effbench wrote them
            kept.append(json.dumps(r))
    assert len(kept) < len((micro_run / "records.jsonl").read_text().splitlines())
    (old / "records.jsonl").write_text("\n".join(kept) + "\n")
    res = CliRunner().invoke(main, ["run", str(root / "samples.json"), "--tasks-dir", str(root / "tasks"), "--out",
                                    str(old), *MICRO_RUN],
                             env={"EFFBENCH_CACHE": str(root / "cache")})
    assert res.exit_code == 0, res.output + res.stderr
    records = [json.loads(line) for line in (old / "records.jsonl").read_text().splitlines()]
    new = [r for r in records if r["subject"] in cut and r["phase"] == "level" and r["repeat"] == last]
    assert {r["subject"] for r in new} == cut and all(r.get("passes", 1) == 1 for r in new)
    assert not any(r["phase"] == passes.CALIBRATE for r in records)
