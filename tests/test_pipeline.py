"""End to end through the real process sandbox: samples -> records -> outcomes -> leaderboard, and resume."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from effbench.tasks.inputs import InputCache
from effbench.measuring.records import Settings
from effbench.measuring.run import execute_run, score_run
from effbench.measuring.store import StoreError
from effbench.tasks.samples import load_samples
from effbench.tasks.task import load_suite
from effbench.sandbox.runner_source import runners_digest

from .conftest import FIXTURE_TASKS, write_samples

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

TASK = "prefix-max"
SOL = FIXTURE_TASKS / TASK / "solutions"


def sample_rows() -> list[dict]:
    def row(model, code=None, **kw):
        return {"task_id": TASK, "model": model, **({"solution": code} if code is not None else {}), **kw}

    return [
        row("expert", (SOL / "loop.py").read_text()),
        row("accumulate", (SOL / "accumulate.py").read_text()),
        row("rescan", (SOL / "rescan.py").read_text()),
        row("buggy", "def prefix_max(nums):\n    return sorted(nums)\n"),
        row("syntax", "def prefix_max(nums)\n    return nums\n"),
        row("lying-eq", "class A(list):\n    pass\nclass B:\n    def __eq__(s, o):\n        return True\n"
                        "def prefix_max(nums):\n    return B()\n"),
        row("slow-at-level0", "import time\ndef prefix_max(nums):\n    if len(nums) == 5:\n"
                              "        time.sleep(5)\n    out, b = [], None\n    for x in nums:\n"
                              "        b = x if b is None or x > b else b\n        out.append(b)\n    return out\n"),
        row("wrong-when-large", "def prefix_max(nums):\n    if len(nums) > 100:\n        return []\n"
                                "    out, b = [], None\n    for x in nums:\n"
                                "        b = x if b is None or x > b else b\n        out.append(b)\n    return out\n"),
        row("memory-at-top", "def prefix_max(nums):\n    if len(nums) > 5000:\n        x = bytearray(1 << 31)\n"
                             "    out, b = [], None\n    for x in nums:\n"
                             "        b = x if b is None or x > b else b\n        out.append(b)\n    return out\n"),
        row("completion", completion="    out, best = [], None\n    for x in nums:\n"
                                     "        best = x if best is None or x > best else best\n"
                                     "        out.append(best)\n    return out\n"),
    ]


# alpha 3 rather than ENAMEL's 2 only to keep a loaded machine's timing spikes from stopping the expert early;
# the formulas are tested exactly in test_scoring_efficiency.py
SETTINGS = Settings(repeats=3, alpha=3.0)


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    suite = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    samples = load_samples(write_samples(tmp / "samples.jsonl", sample_rows()), suite)
    report = execute_run([suite[TASK]], samples, SETTINGS, tmp / "out", [1, 2], InputCache(tmp / "cache"))
    return tmp / "out", report


def outcomes(out: Path) -> dict[str, dict]:
    return {json.loads(line)["model"]: json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()}


def test_each_kind_of_sample_gets_its_outcome(finished_run):
    out, _ = finished_run
    got = outcomes(out)
    assert got["expert"]["status"] == "passed"
    assert got["completion"]["status"] == "passed"
    assert got["accumulate"]["status"] == "passed"
    assert got["buggy"]["failure"] == "wrong_answer on hand cases"
    assert got["syntax"]["failure"] == "compile_error on hand cases"
    assert got["lying-eq"]["failure"] == "bad_output on hand cases"
    assert got["slow-at-level0"]["status"] == "failed" and got["slow-at-level0"]["failure"].startswith("timeout")
    assert got["wrong-when-large"]["failure"].startswith("wrong_answer on level 1")
    mem = got["memory-at-top"]
    assert mem["status"] == "passed" and mem["failure"].startswith("memory on level 3")
    assert mem["level_times"][3] is None and mem["level_times"][1] is not None
    for model in ("buggy", "syntax", "lying-eq", "slow-at-level0", "wrong-when-large"):
        assert got[model]["efficiency"] == 0.0


def test_efficiency_orders_the_tiers(finished_run):
    got = outcomes(finished_run[0])
    assert 0.5 < got["expert"]["efficiency"] < 1.5
    assert 0.5 < got["completion"]["efficiency"] < 1.5
    assert got["rescan"]["efficiency"] < 0.5 * got["expert"]["efficiency"]
    assert got["memory-at-top"]["efficiency"] < 0.75  # its top level (hardness 4 of 10) scored 0


def test_leaderboard_has_pass_and_eff_at_k_and_metadata(finished_run):
    out, report = finished_run
    board = json.loads((out / "leaderboard.json").read_text())
    assert board == report.leaderboard
    assert board["models"]["expert"]["pass@k"] == {"1": 1.0, "2": None}  # k=2 > n=1 is not estimable
    assert board["models"]["expert"]["tasks"][TASK]["pass@k"] == {"1": 1.0}
    assert board["models"]["buggy"]["eff@k"]["1"] == 0.0
    meta = board["meta"]
    assert meta["measurement"] == {"mode": "cpu", "estimator": "hodges-lehmann", "repeats": 3, "alpha": 3.0,
                                   "backend": "cpu clock", "rules": "effbench"}
    assert meta["runner"]["runner"] == "process" and meta["machine"]["cores"] >= 1
    # the digest of the files the worker ran, as it told it, is the host's of the files the process sandbox mounts
    assert meta["runner"]["runners"] == runners_digest()
    assert len(meta["suite_hash"]) == 16 and meta["effbench_version"]


def test_rescoring_reproduces_the_leaderboard_without_running(finished_run):
    out, report = finished_run
    before = (out / "records.jsonl").read_text()
    again = score_run(out)
    assert again.leaderboard == report.leaderboard
    assert (out / "records.jsonl").read_text() == before


def test_every_execution_was_recorded_with_its_measurements(finished_run):
    out, _ = finished_run
    records = [json.loads(line) for line in (out / "records.jsonl").read_text().splitlines()]
    expert = [r for r in records if r["subject"] == "expert/prefix-max/0"]
    # hand cases + 3 level-0 tests + 3 levels x 2 tests x 3 repeats
    assert len(expert) == 1 + 3 + 3 * 2 * 3
    assert all(r["cpu_time"] > 0 and r["wall_time"] > 0 and r["peak_kb"] > 0 for r in expert)
    assert {r["subject"] for r in records} >= {"ref:loop"}
    # paired timing: the expert re-measured on every scored run of the sample, interleaved with it
    paired = [r for r in records if r["subject"] == "pair:expert/prefix-max/0"]
    assert sorted((r["level"], r["test"], r["repeat"]) for r in paired) == \
        sorted((r["level"], r["test"], r["repeat"]) for r in expert if r["phase"] == "level" and r["level"] > 0)


def test_resume_after_losing_the_tail_repeats_nothing_else(finished_run, tmp_path):
    out, report = finished_run
    copy = tmp_path / "out"
    subprocess.run(["cp", "-r", str(out), str(copy)], check=True)
    lines = (copy / "records.jsonl").read_text().splitlines()
    kept = lines[: len(lines) // 2]
    text = "\n".join(kept) + "\n" + lines[len(kept)][:17]  # torn last line
    suite = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    samples = load_samples(write_samples(tmp_path / "samples.jsonl", sample_rows()), suite)
    # a bad record of a subject no plan replays: checked before the first run is measured (not when it is replayed)
    bad = json.dumps({"task": TASK, "subject": "nobody", "phase": 7}) + "\n"
    (copy / "records.jsonl").write_text(bad + text)
    with pytest.raises(StoreError, match=r"records.jsonl:1: not a run record \(phase: 7 is not a string\)"):
        execute_run([suite[TASK]], samples, SETTINGS, copy, [1, 2], InputCache(tmp_path / "cache"))
    assert (copy / "records.jsonl").read_text() == bad + "\n".join(kept) + "\n"  # nothing measured
    (copy / "records.jsonl").write_text(text)
    execute_run([suite[TASK]], samples, SETTINGS, copy, [1, 2], InputCache(tmp_path / "cache"))
    after = (copy / "records.jsonl").read_text().splitlines()
    assert after[: len(kept)] == kept  # finished measurements kept as they were
    keys = [tuple(json.loads(x)[k] for k in ("subject", "phase", "level", "test", "repeat")) for x in after]
    assert len(keys) == len(set(keys))  # and only the missing ones measured again
    # (how far a timing-bound sample gets can differ between two runs; correctness cannot)
    assert {m: o["status"] for m, o in outcomes(copy).items()} == {m: o["status"] for m, o in outcomes(out).items()}


def test_resume_refuses_a_different_run(finished_run, tmp_path):
    from effbench.errors import EffbenchError
    out, _ = finished_run
    suite = {t.id: t for t in load_suite(FIXTURE_TASKS)}
    samples = load_samples(write_samples(tmp_path / "s.jsonl", sample_rows()[:2]), suite)
    with pytest.raises(EffbenchError, match="different samples_hash"):
        execute_run([suite[TASK]], samples, SETTINGS, out, [1], InputCache(tmp_path / "cache"))


def test_a_run_directory_holding_other_settings_names_only_what_differs(tmp_path):
    """The message gave both settings dicts whole, a line of hundreds of characters with one change in it."""
    from effbench.measuring.store import RunStore, StoreError
    meta = {"settings": Settings().to_dict(), "suite_hash": "s", "samples_hash": "h", "tasks": {}}
    first = RunStore(tmp_path / "run")
    first.open_for_run(meta, [])
    first.close()
    other = dict(meta, settings=Settings(seed=1, repeats=3).to_dict())
    with pytest.raises(StoreError) as caught:
        RunStore(tmp_path / "run").open_for_run(other, [])
    assert str(caught.value) == (f"{tmp_path / 'run'}: holds a run with different settings (repeats 6 there, 3 now, "
                                 f"seed {Settings().seed} there, 1 now); use another --out or remove it")


def _cli_run_under_way(tmp_path, records_at_least: int, *more: str, **popen):
    """`effbench run` of three samples as a subprocess, returned once it has stored that many records."""
    samples = write_samples(tmp_path / "samples.jsonl", sample_rows()[:3])
    cmd = [sys.executable, "-m", "effbench.cli.main", "run", str(samples), "--tasks-dir", str(FIXTURE_TASKS),
           "--out", str(tmp_path / "out"), "--repeats", "3", "--quiet", *more]
    env = dict(os.environ, EFFBENCH_CACHE=str(tmp_path / "cache"))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **popen)
    records = tmp_path / "out" / "records.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not records.exists() or records.read_text().count("\n") < records_at_least):
        time.sleep(0.02)
    return cmd, env, proc, records


def test_a_second_command_writing_a_run_directory_in_use_is_one_line_and_measures_nothing(tmp_path):
    """Two `effbench run`s into one --out (a CI job retried while the first still ran) both measured: every record
    twice, the two printed different scores for one model, and a second store's load could truncate the line the
    first was writing as a "torn" one.  A run directory is now used by one command at a time."""
    cmd, env, first, records = _cli_run_under_way(tmp_path, 5, text=True)
    first.send_signal(signal.SIGSTOP)  # under way and holding the directory while the others start (1-2 s each
    try:  #                              on a loaded machine: long enough for the first run to end unstopped)
        assert first.poll() is None, "the first run ended before the second was tried: the test proves nothing"
        # only `run` has an --out to use instead (`score` was told to use one too)
        for second, hint in ((cmd, ", or use another --out"),
                             ([sys.executable, "-m", "effbench.cli.main", "score", str(tmp_path / "out")], "")):
            refused = subprocess.run(second, env=env, capture_output=True, text=True, timeout=120)
            assert refused.returncode == 2 and refused.stderr.count("\n") == 1, refused.stderr
            assert refused.stderr.endswith(f"{tmp_path / 'out'}: in use by another effbench command (pid {first.pid}); "
                                           f"wait for it to end{hint}\n"), refused.stderr
    finally:
        first.send_signal(signal.SIGCONT)
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    keys = [tuple(json.loads(x)[k] for k in ("subject", "phase", "level", "test", "repeat"))
            for x in records.read_text().splitlines()]
    assert len(keys) == len(set(keys))  # nothing measured twice
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)  # the directory is free again
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_run_sent_sigterm_or_sighup_removes_its_containers_says_so_and_resumes(tmp_path, stop):
    """SIGTERM (a cancelled CI job, `timeout`, `docker stop`) ended effbench on the spot, exit 143 with not a word,
    and no clean-up ran: the run's worker container stayed up until a later run reaped it.  It now ends as Ctrl-C
    does: the sandboxes closed, one line, exit 143, and a rerun resumes.  Then (found as a user) SIGHUP, a closed
    terminal or a dropped SSH session: exit 129, no word, its staged runners left in /dev/shm."""
    import docker
    from effbench.sandbox.docker_sandbox import LABEL
    cmd, env, proc, records = _cli_run_under_way(tmp_path, 5, "--runner", "docker", text=True)
    engine = docker.from_env()
    ours = {"label": [f"{LABEL}=worker", f"effbench.pid={proc.pid}"]}
    assert engine.containers.list(filters=ours), "no worker container of the run: the test proves nothing"
    staged = [p for p in Path("/dev/shm").glob(f"effbench-*-{proc.pid}-*")]
    assert staged, "no staged runners of the run: the test proves nothing"
    proc.send_signal(stop)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + stop, err
    assert err.strip().splitlines()[-1] == (f"effbench: terminated ({stop.name}); finished measurements are kept "
                                            "(rerun the same command to resume)"), err
    assert engine.containers.list(all=True, filters=ours) == []
    assert not [p for p in staged if os.path.lexists(p)]
    before = records.read_text().splitlines()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert records.read_text().splitlines()[:len(before)] == before


def test_killed_cli_run_resumes_and_loses_nothing(tmp_path):
    cmd, env, proc, records = _cli_run_under_way(tmp_path, 30, start_new_session=True)
    os.killpg(proc.pid, signal.SIGKILL)  # the whole effbench process tree, as a dying machine would
    proc.wait()
    before = records.read_text().splitlines()
    assert len(before) >= 30
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    after = records.read_text().splitlines()
    assert after[: len(before)] == before
    keys = [tuple(json.loads(x)[k] for k in ("subject", "phase", "level", "test", "repeat")) for x in after]
    assert len(keys) == len(set(keys))  # nothing measured twice
    statuses = {o["model"]: o["status"] for o in map(json.loads, (tmp_path / "out" / "results.jsonl").open())}
    assert statuses == {"expert": "passed", "accumulate": "passed", "rescan": "passed"}
