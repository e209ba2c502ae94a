"""DPE end to end: tiers built from a task's references by real callgrind counts, re-measured in a run, matched."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import pytest

from effbench.cli.main import main
from effbench.tasks.inputs import InputCache
from effbench.reports.render import render
from effbench.measuring.records import Settings
from effbench.reports.source import load_source
from effbench.reports.html import html
from effbench.measuring.run import execute_run, score_run
from effbench.tasks.samples import load_samples
from effbench.sandbox.counting import detect_counter
from effbench.schema_check import run_dir_problems
from effbench.sandbox.process import ProcessSandbox
from effbench.tasks.task import load_suite, load_task
from effbench.measuring import dpe_tiers
from effbench.measuring.dpe_tiers import build_dpe_tier_file
from effbench.tasks.dpe_tier_file import load_dpe_tier_file, save_dpe_tier_file

from .conftest import FIXTURE_TASKS, write_samples
from .hostile import SHOUT, SHOUT_SHOWN, assert_inert
from .test_reports import BOARD, errors

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

TASK = "prefix-max"


@pytest.fixture(scope="module")
def tasks_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("tasks")
    shutil.copytree(FIXTURE_TASKS / TASK, root / TASK)
    task = load_task(root / TASK)
    runner = ProcessSandbox(slot=3, counter=detect_counter())
    try:
        # a generous cut-off: under callgrind on a loaded machine the slowest tier may take a while
        tf = build_dpe_tier_file(task, [(r.name, r.code) for r in task.references], runner, level=1,
                             cache=InputCache(root / "cache"), cap_floor=300.0)
    finally:
        runner.close()
    save_dpe_tier_file(task, tf)
    return root


def test_a_pool_member_slow_in_wall_time_alone_is_kept_the_cut_off_is_cpu_time(tmp_path, monkeypatch):
    """A member that waits (here it sleeps: a loaded machine's descheduled process looks the same from outside)
    far past 20x the expert's wall time, using little CPU, is profiled: the cut-off was wall time, so a busy
    machine dropped members a quiet one kept, and eligibility depended on the load.  A member burning CPU past
    the cut-off is still left out."""
    shutil.copytree(FIXTURE_TASKS / TASK, tmp_path / TASK)
    task = load_task(tmp_path / TASK)
    expert = task.expert.code
    # two seconds asleep: twice the cut-off below, in wall time
    waits = expert + "\n\n_fast = prefix_max\n\n\ndef prefix_max(nums):\n    import time\n    time.sleep(2)\n" \
                     "    return _fast(nums)\n"
    spins = expert + "\n\n_fast = prefix_max\n\n\ndef prefix_max(nums):\n    while True:\n        pass\n"
    monkeypatch.setattr(dpe_tiers, "SLOW_CAP", 1.0)  # the cut-off: about a second (cap_floor), whatever the load
    runner = ProcessSandbox(slot=3, counter=detect_counter())
    try:
        pool = [("expert", expert), ("waits", waits), ("spins", spins)]
        tf = dpe_tiers.build_dpe_tier_file(task, pool, runner, level=1, cache=InputCache(tmp_path / "cache"),
                                           cap_floor=1.0, wall=60.0)
    finally:
        runner.close()
    # the waiting member is in; the spinning one hit its CPU cut-off (not the 60 s wall backstop, which it reached
    # under a counter before the worker kept a counting child's CPU limit: tests/test_counting.py)
    assert tf.built["correct"] == 2
    assert {t.name for t in tf.tiers} <= {"expert", "waits"}


def test_tier_file_orders_the_references_by_count(tasks_dir):
    tf = load_dpe_tier_file(load_task(tasks_dir / TASK))
    assert [t.name for t in tf.tiers] == ["rescan", "accumulate", "loop"]
    costs = [t.cost for t in tf.tiers]
    assert costs == sorted(costs, reverse=True)
    assert [t.score for t in tf.tiers] == pytest.approx([100 / 3, 200 / 3, 100.0])
    assert tf.measure == "instructions" and tf.built["counter"] == "callgrind" and tf.eligible is False
    # EvalPerf's curation says why: three references are not a profile of 10, and make fewer than 4 tiers
    assert [r.split(":")[0] for r in tf.reasons] == ["profile size", "clusters"]


def run_dpe(tasks_dir, tmp_path, rows, measure="instructions", repeats=1, **scoring):
    """A run scored with DPE on the (ineligible: three tiers) fixture task unless the caller says otherwise."""
    suite = {t.id: t for t in load_suite(tasks_dir)}
    samples = load_samples(write_samples(tmp_path / "samples.jsonl", rows), suite)
    return execute_run([suite[TASK]], samples, Settings(measure=measure, repeats=repeats), tmp_path / "out", [1],
                       InputCache(tmp_path / "cache"),
                       scoring={"dpe_min_correct": 1, "dpe_include_ineligible": True, **scoring})


#: The model whose sample is the expert's own code: the reference marked expert, "loop" (checked where it is run).
EXPERT = "loop"


@pytest.fixture(scope="module")
def reference_run(tasks_dir, tmp_path_factory):
    """Each reference as a sample (the expert's as model EXPERT) and a wrong one, scored with DPS at run time: one
    run for the tests that read it or rescore a copy of it (:func:`rescored`)."""
    task = load_task(tasks_dir / TASK)
    assert task.expert.name == EXPERT
    rows = [{"task_id": TASK, "model": r.name, "solution": r.code} for r in task.references]
    rows.append({"task_id": TASK, "model": "wrong", "solution": "def prefix_max(nums):\n    return nums\n"})
    root = tmp_path_factory.mktemp("refrun")
    return run_dpe(tasks_dir, root, rows).leaderboard, root / "out"


def rescored(reference_run, tmp_path, scoring):
    """The shared run rescored with *scoring*, in a copy of its folder (scoring writes the run's files)."""
    out = tmp_path / "out"
    if not out.exists():
        shutil.copytree(reference_run[1], out)
    return score_run(out, scoring=scoring).leaderboard


def test_each_reference_as_a_sample_lands_in_its_own_tier(reference_run):
    board, out = reference_run
    got = {m: (v["DPS"], v["DPS_norm"]) for m, v in board["models"].items()}
    assert got["loop"] == (100.0, 100.0)
    assert got["accumulate"] == pytest.approx((200 / 3, 200 / 3))
    # rescan re-measured in the run counts the same as its own representative: a tie earns the tier
    assert got["rescan"] == pytest.approx((100 / 3, 100 / 3))
    assert got["wrong"] == (None, None)  # incorrect samples are excluded from DPS
    assert board["models"]["wrong"]["pass@k"]["1"] == 0.0
    assert run_dir_problems(out) == []  # the tiers' and the dpe phase's records fit their schema too
    # the HTML report's per-sample tier is the match that made the DPS above
    page = html(load_source(out))
    rows = page.split("<tr data-mark=")[1:]
    tiers = {re.search(r"</span>([^<]+)</td>", row).group(1): re.search(r'<td class="tier">([^<]*)<', row).group(1)
             for row in rows}
    assert tiers == {"loop": "100 · 3/3", "accumulate": "67 · 2/3", "rescan": "33 · 1/3", "wrong": "–"}


def test_min_correct_threshold_and_zero(reference_run, tmp_path):
    assert reference_run[0]["models"][EXPERT]["DPS"] == 100.0
    strict = rescored(reference_run, tmp_path, {"dpe_min_correct": 2})
    assert strict["models"][EXPERT]["DPS"] is None and strict["models"][EXPERT]["dpe_tasks"] == 0
    zero = rescored(reference_run, tmp_path, {"dpe_min_correct": 0})
    assert zero["models"][EXPERT]["DPS"] == 100.0


def test_an_ineligible_task_is_left_out_of_dps_with_its_reason(reference_run, tmp_path):
    board = rescored(reference_run, tmp_path, {"dpe_include_ineligible": False})
    why = board["dpe_unscorable_tasks"][TASK]
    assert why.startswith("not DPE-eligible") and "profile size" in why and "clusters" in why
    assert board["models"][EXPERT]["DPS"] is None and board["models"][EXPERT]["dpe_tasks"] == 0
    assert board["meta"]["dpe"]["ineligible"] == "excluded"
    assert board["models"][EXPERT]["eff@k"]["1"] > 0  # eff@k is still scored
    included = rescored(reference_run, tmp_path, {"dpe_include_ineligible": True})
    assert included["models"][EXPERT]["DPS"] == 100.0 and TASK not in included["dpe_unscorable_tasks"]


def broken_tiers(tasks_dir, tmp_path, change) -> Path:
    """The task with its tier file changed by *change* (on its JSON), in *tmp_path* / tasks, and one test a level:
    the DPE phase reads the tier file's input alone (level 1's test 0), and the task's other tests, measured for
    eff@k, would only make the run longer."""
    broken = tmp_path / "tasks"
    shutil.copytree(tasks_dir / TASK, broken / TASK)
    toml = broken / TASK / "task.toml"
    text = toml.read_text()
    assert "tests = [3, 2, 2, 2]" in text
    toml.write_text(text.replace("tests = [3, 2, 2, 2]", "tests = [1, 1, 1, 1]"))
    path = broken / TASK / "tiers.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    return broken


def _swap_first_and_last(data: dict) -> None:
    data["tiers"][0]["code"], data["tiers"][2]["code"] = data["tiers"][2]["code"], data["tiers"][0]["code"]


def test_representatives_out_of_order_warn_and_keep_matching_unless_strict(tasks_dir, tmp_path):
    broken = broken_tiers(tasks_dir, tmp_path, _swap_first_and_last)
    task = load_task(broken / TASK)
    board = run_dpe(broken, tmp_path, [{"task_id": TASK, "model": "m", "solution": task.expert.code}]).leaderboard
    # EvalPerf's lazy default: the expert (now the first representative's code) still matches by the scan
    assert "out of order" in board["meta"]["dpe"]["warnings"][TASK] and board["meta"]["dpe"]["order"] == "lazy"
    assert TASK not in board["dpe_unscorable_tasks"] and board["models"]["m"]["DPS"] is not None
    strict = score_run(tmp_path / "out", scoring={"dpe_strict_order": True}).leaderboard
    assert "out of order" in strict["dpe_unscorable_tasks"][TASK] and strict["models"]["m"]["DPS"] is None
    assert strict["models"]["m"]["eff@k"]["1"] > 0  # eff@k is still scored
    # the same through the command line: in process (click) and as a user runs it
    res = CliRunner().invoke(main, ["score", str(tmp_path / "out"), "--dpe-lazy-order"])
    assert res.exit_code == 0, res.output
    assert "DPS: instructions mode, tier matching evalperf" in res.output
    assert TASK not in json.loads((tmp_path / "out" / "leaderboard.json").read_text())["dpe_unscorable_tasks"]
    done = subprocess.run([sys.executable, "-m", "effbench", "score", str(tmp_path / "out"), "--dpe-strict-order"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    board = json.loads((tmp_path / "out" / "leaderboard.json").read_text())
    assert "out of order" in board["dpe_unscorable_tasks"][TASK] and board["meta"]["dpe"]["order"] == "strict"


def test_failing_representative_is_reported(tasks_dir, tmp_path):
    broken = broken_tiers(tasks_dir, tmp_path, lambda data: data["tiers"][1].update(
        code="def prefix_max(nums):\n    raise ValueError\n"))
    task = load_task(broken / TASK)
    board = run_dpe(broken, tmp_path, [{"task_id": TASK, "model": "m", "solution": task.expert.code}]).leaderboard
    assert "representative 1 failed" in board["dpe_unscorable_tasks"][TASK]


def test_the_expert_as_a_sample_earns_its_own_tier_in_cpu_mode(tasks_dir, tmp_path):
    """Its own tier, not a coin toss between its tier and the next: the sound rule over the repeats
    (README: DPS in timing modes)."""
    task = load_task(tasks_dir / TASK)
    rows = [{"task_id": TASK, "model": "m", "solution": task.expert.code}]
    board = run_dpe(tasks_dir, tmp_path, rows, measure="cpu", repeats=6).leaderboard
    entry = board["models"]["m"]["tasks"][TASK]
    assert entry["dps"] == 100.0 and board["models"]["m"]["DPS"] == 100.0
    assert 0.0 <= entry["tier_confidence"] <= 1.0
    assert board["meta"]["dpe"]["mode"] == "cpu" and board["meta"]["dpe"]["matching"].startswith("sound")
    assert errors(BOARD, board) == []
    # every representative's run on the DPE input has the expert beside it, as the sample's have: the matching
    # compares each run to its partner (drift between the two measurements divides out)
    records = [json.loads(line) for line in (tmp_path / "out" / "records.jsonl").read_text().splitlines()]
    for i in range(3):
        mine = {(r["level"], r["test"], r["repeat"]) for r in records if r["subject"] == f"tier:{i}"}
        beside = {(r["level"], r["test"], r["repeat"]) for r in records if r["subject"] == f"pair:tier:{i}"}
        assert len(mine) == 6 and beside == mine
    # the report names the mode and the matching rule next to DPS, and shows the tiers with their costs
    md = render(tmp_path / "out", "md")
    assert "| DPS (cpu, sound) |" in md and "tier matching: sound" in md and "measured in cpu mode" in md
    tiers_row = next(line for line in md.splitlines() if line.startswith(f"| {TASK} | 33 @ "))
    assert tiers_row.count(" @ ") == 3 and " · 100 @ " in tiers_row


def test_tiers_show_gives_the_curation_reasons(tasks_dir):
    args = ["tiers", "show", TASK, "--tasks-dir", str(tasks_dir)]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == 0, res.output
    done = subprocess.run([sys.executable, "-m", "effbench", *args], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == res.output, done.stderr
    assert "not DPE-eligible" in res.output and "profile size: 3 correct solutions profiled" in res.output
    assert "clusters:" in res.output


@pytest.fixture(scope="module")
def pool_build(tmp_path_factory):
    """`tiers build --measure cpu` on the fixture task with a pool folder beside its references: one correct member
    (itertools) and four left out for each reason there is (wrong, raises, spins past the CPU cut-off, and raises
    what would drive the terminal).  One build for the tests below, which read its folder and what it printed."""
    root = tmp_path_factory.mktemp("pool")
    shutil.copytree(FIXTURE_TASKS / TASK, root / TASK)
    pool = root / TASK / "pool"
    pool.mkdir()
    (pool / "itertools.py").write_text(
        "import itertools\ndef prefix_max(nums):\n    return list(itertools.accumulate(nums, max))\n")
    (pool / "wrong.py").write_text("def prefix_max(nums):\n    return list(nums)\n")
    (pool / "raises.py").write_text("def prefix_max(nums):\n    raise ValueError('no')\n")
    (pool / "spins.py").write_text("def prefix_max(nums):\n    while True:\n        pass\n")
    # what it raised is printed as its escapes: as it was, it drove the terminal, and a lone surrogate ended the
    # command in a UnicodeEncodeError once the file was written (`tiers show` then too)
    (pool / "shouts.py").write_text(f"def prefix_max(nums):\n    raise ValueError({SHOUT!r})\n")
    assert [name for name, _ in load_task(root / TASK).pool] == [
        "pool/itertools", "pool/raises", "pool/shouts", "pool/spins", "pool/wrong"]
    res = CliRunner().invoke(main, ["tiers", "build", TASK, "--measure", "cpu", "--tasks-dir", str(root)])
    assert res.exit_code == 0, res.output
    return root, res.output


def test_tiers_build_takes_the_tasks_pool_folder_beside_its_references(pool_build):
    root, _ = pool_build
    built = load_dpe_tier_file(load_task(root / TASK)).built
    # all eight were tried (three references, five pool members); the four failing ones are never profiled, and
    # the quadratic reference may be left out as too slow for the top level's cut-off (20 x the expert's wall time,
    # 2 s at least) on a loaded machine
    assert built["pool"] == 8 and built["correct"] in (4, 5), built
    assert "pool/wrong" in built["left_out"] and "pool/itertools" not in built["left_out"]
    assert set(built["left_out"]) <= {
        "rescan", "pool/raises", "pool/shouts", "pool/spins", "pool/wrong"}, built


def test_tiers_build_names_each_pool_member_it_left_out_and_why(pool_build):
    """Found as a user: a pool member left out of the build (wrong, raising, or past the CPU cut-off) was only
    counted, in "2 correct of 3", which called a correct but slow member wrong; nothing said which one or why."""
    root, output = pool_build
    assert_inert(output)
    assert f"  left out pool/shouts: error: ValueError: {SHOUT_SHOWN} in call\n" in output, output
    assert " profiled of 8 " in output and "correct of" not in output
    assert "  left out pool/wrong: wrong answer on the DPE input\n" in output
    assert "  left out pool/raises: error: " in output and "ValueError" in output
    assert "  left out pool/spins: too slow to profile: over the cut-off of " in output
    left_out = load_dpe_tier_file(load_task(root / TASK)).built["left_out"]
    assert {"pool/wrong", "pool/raises", "pool/spins"} <= set(left_out) and SHOUT in left_out["pool/shouts"]
    shown = CliRunner().invoke(main, ["tiers", "show", TASK, "--tasks-dir", str(root)])
    assert shown.exit_code == 0 and "  left out of the build: pool/wrong: wrong answer on the DPE input" in shown.output
    assert_inert(shown.output)


@pytest.mark.parametrize("who", ["pool", "expert"])
def test_a_sandbox_failure_while_measuring_the_pool_stops_the_build_as_infrastructure(tmp_path, who):
    """A member whose run the sandbox failed (status infra) is not left out as if it were wrong: the build stops,
    exit 3; so does the expert's (the review: it was exit 2, a fault of the task).  The sandbox is real for the
    others; a failing worker cannot be had on demand, so that one's runs are replaced by that failure (the only
    fake here)."""
    from effbench.errors import InfrastructureError
    from effbench.sandbox import base
    shutil.copytree(FIXTURE_TASKS / TASK, tmp_path / TASK)
    task = load_task(tmp_path / TASK)
    runner = ProcessSandbox(slot=3)
    real = runner.execute
    runner.execute = lambda code, *a: real(code, *a) if (code == task.expert.code) == (who == "pool") else \
        base.Execution(base.INFRA, detail="worker died twice")
    try:
        with pytest.raises(InfrastructureError, match=f"the sandbox failed while measuring the {who}: worker died"):
            build_dpe_tier_file(task, [("other", task.expert.code + "\n")], runner, measure="cpu", level=1,
                                cache=InputCache(tmp_path / "cache"))
    finally:
        runner.close()


@pytest.mark.parametrize("change, field", [
    (lambda d: d["tiers"][0].update(cost="abc"), "tiers[0].cost"),
    (lambda d: d["tiers"][0].update(score=None), "tiers[0].score"),
    (lambda d: d.update(built=None), "built"),
    (lambda d: d.update(level="3"), "level"),
    (lambda d: d["tiers"][0].update(members=-3), "tiers[0].members"),
    (lambda d: d.update(measure="bogus"), "measure"),
    (lambda d: d["tiers"][0].update(code=5), "tiers[0].code"),
], ids=["cost-str", "score-null", "built-null", "level-str", "members-negative", "measure-unknown", "code-int"])
def test_a_tier_file_with_a_wrong_field_is_one_line_naming_it(tasks_dir, tmp_path, change, field):
    """Found as a user editing tiers.json: a cost as a string, a null score or built, or the level as "3" were
    tracebacks in `tiers show` (and the level in every command that loads the task); a negative count of members,
    an unknown measure and code that is not text were taken as they were."""
    shutil.copytree(tasks_dir / TASK, tmp_path / TASK)
    path = tmp_path / TASK / "tiers.json"
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))
    res = CliRunner().invoke(main, ["tiers", "show", TASK, "--tasks-dir", str(tmp_path)])
    assert res.exit_code == 2 and "Traceback" not in res.output, res.output
    assert f"{path}: not a valid tier file ({field}: " in res.output, res.output


@pytest.mark.parametrize("text", ["null", "[" * 100_000 + "]" * 100_000, '{"tiers": [], "level": ' + "9" * 5000 + "}"],
                         ids=["null", "deep", "5000-digit-int"])
def test_a_tier_file_that_is_not_one_is_a_task_error_naming_it(tmp_path, text):
    """(null was an AttributeError, deep nesting a RecursionError: tracebacks from every command that loads tasks)"""
    from effbench.errors import TaskError
    shutil.copytree(FIXTURE_TASKS / "prefix-max", tmp_path / "prefix-max")
    (tmp_path / "prefix-max" / "tiers.json").write_text(text)
    with pytest.raises(TaskError, match=r"tiers\.json: (not a valid tier file|invalid JSON)"):
        load_dpe_tier_file(load_task(tmp_path / "prefix-max"))
