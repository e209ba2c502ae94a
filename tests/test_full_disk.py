"""A disk that fills while effbench writes, on a real file system that fills: a tmpfs of a few pages mounted for
the test (root, as CI runs the suite; faked refusals are in tests/test_cli.py).  Found as a user: `effbench run`
into a disk that filled ended in three chained tracebacks and exit 1, the one-line error among them, because the
line the disk refused stayed buffered and closing the run's records wrote it again."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import FIXTURE_TASKS
from .enamel_harness import CSV

pytestmark = pytest.mark.sandbox  # measures, and mounts a file system
PAGE = 4096
SOLUTIONS = FIXTURE_TASKS / "prefix-max" / "solutions"


@pytest.fixture
def disk(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("mounting a file system needs root (CI runs the suite as root)")
    mnt = tmp_path / "disk"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m,mode=0755", "effbench-test", str(mnt)], check=True)
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "--lazy", str(mnt)], check=False)


def _resize(mnt: Path, size: int) -> None:
    subprocess.run(["mount", "-o", f"remount,size={size}", str(mnt)], check=True)


def _run(samples: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "effbench", "run", str(samples), "--tasks-dir", str(FIXTURE_TASKS),
                           "--out", str(out), "--quiet", "--repeats", "1", "--k", "1", *extra],
                          capture_output=True, text=True, timeout=300)


def _pages(path: Path) -> int:
    return -(-path.stat().st_size // PAGE)


def _scored(run: Path) -> list[str]:
    """The samples the run scored (cpu mode: their statuses and what else was run vary from one run to the next)."""
    return sorted(json.loads(line)["key"] for line in (run / "results.jsonl").read_text().splitlines())


@pytest.mark.parametrize("fills", ["records.jsonl", "expected/prefix-max.jsonl"])
def test_a_disk_that_fills_while_a_run_writes_is_one_line_exit_3_and_a_rerun_resumes(tmp_path, disk, fills):
    """The disk fills while the records are appended (room for the files made before measuring, the expert's
    outputs and half of the records), or while the expert's outputs are (room for half of them)."""
    rows = [{"task_id": "prefix-max", "model": f"m{i}", "solution": (SOLUTIONS / name).read_text()}
            for i, name in enumerate(["loop.py", "accumulate.py", "rescan.py"] * 2)]
    samples = tmp_path / "samples.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in rows))
    whole = tmp_path / "whole"
    done = _run(samples, whole)
    assert done.returncode == 0, done.stderr
    before = ["run.json", "samples.jsonl", ".lock"]
    if fills == "records.jsonl":
        before.append("expected/prefix-max.jsonl")
    assert _pages(whole / fills) >= 4, f"too little in {fills} to fill a disk half-way through it"
    _resize(disk, PAGE * (sum(_pages(whole / f) for f in before) + _pages(whole / fills) // 2))
    run = disk / "run"
    full = _run(samples, run)
    assert full.returncode == 3, full.stderr
    assert full.stderr.splitlines() == [f"effbench: error: {run / fills}: cannot write (disk full); "
                                        "finished measurements are kept, rerun to resume"], full.stderr
    kept = (run / "records.jsonl").read_bytes()
    assert kept.endswith(b"\n") and len(kept.splitlines()) >= 2, kept[-200:]  # whole lines only: none cut short
    assert (run / fills).read_bytes().endswith(b"\n")
    _resize(disk, 16 << 20)
    resumed = _run(samples, run)
    assert resumed.returncode == 0, resumed.stderr
    lines = (run / "records.jsonl").read_bytes().splitlines(keepends=True)
    assert b"".join(lines[:len(kept.splitlines())]) == kept  # what was measured before the disk filled is kept
    assert _scored(run) == _scored(whole) and len(_scored(run)) == len(rows)


def test_a_leaderboard_file_the_disk_refuses_is_one_line_exit_3_after_scoring(tmp_path):
    """`run --leaderboard` and `score --leaderboard` wrote the file with no error handling: a full disk was an
    OSError traceback, exit 1, where `leaderboard -o` and `report -o` said it in one line."""
    samples = tmp_path / "samples.jsonl"
    samples.write_text(json.dumps({"task_id": "prefix-max", "model": "m",
                                   "solution": (SOLUTIONS / "loop.py").read_text()}) + "\n")
    run = tmp_path / "run"
    for done in (_run(samples, run, "--leaderboard", "/dev/full"),
                 subprocess.run([sys.executable, "-m", "effbench", "score", str(run), "--leaderboard", "/dev/full"],
                                capture_output=True, text=True, timeout=120)):
        assert done.returncode == 3, done.stderr
        assert done.stderr.splitlines()[-1:] == ["effbench: error: /dev/full: cannot write (disk full)"], done.stderr
        assert "Traceback" not in done.stderr
    assert (run / "leaderboard.json").is_file()  # the run's own copy is written first


def test_a_disk_that_fills_while_samples_are_generated_is_one_line_exit_3_and_a_rerun_resumes(tmp_path, disk):
    """`effbench generate` appends each sample as it arrives: a full disk was an OSError traceback, and closing the
    file wrote the refused row again.  Against the stand-in model server (no real model runs here)."""
    from .openai_standin import serve
    from .test_generate import GOOD, TASKS
    out = disk / "samples.jsonl"
    args = ["generate", "--model", "coder-1", "--tasks", TASKS, "-o", str(out), "--n", "40", "--concurrency", "1",
            "--quiet"]
    _resize(disk, 4 * PAGE)  # about a dozen rows of the eighty
    with serve(GOOD, tmp_path / "server") as server:
        full = subprocess.run([sys.executable, "-m", "effbench", *args, "--base-url", server.url], capture_output=True,
                              text=True, timeout=300)
        assert full.returncode == 3, full.stderr
        assert full.stderr.splitlines() == [f"effbench: error: {out}: cannot write (disk full); the samples "
                                            "written are kept, rerun to generate the rest"], full.stderr
        kept = out.read_text().splitlines()
        assert kept and all(json.loads(line)["task_id"] for line in kept)  # whole rows only
        asked = len(server.posts())
        _resize(disk, 16 << 20)
        again = subprocess.run([sys.executable, "-m", "effbench", *args, "--base-url", server.url],
                               capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, again.stderr
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 80 and len({(r["task_id"], r["sample_id"]) for r in rows}) == 80
    assert len(server.posts()) - asked == 80 - len(kept)  # the rerun asked for those not written, and only them


@pytest.mark.skipif(not CSV.is_file(), reason=f"ENAMEL's data is not at {CSV}")
def test_a_disk_that_fills_while_enamels_tasks_are_imported_is_one_line_exit_3_and_a_rerun_imports_them(tmp_path,
                                                                                                      disk):
    """`effbench import enamel` on ENAMEL's own data file (../shared/data/enamel, never copied into the project)
    into a disk that fills: an OSError traceback from pathlib."""
    out = disk / "tasks"
    args = [sys.executable, "-m", "effbench", "import", "enamel", str(CSV), "--out", str(out), "--subset", "0,1,2,3"]
    whole = subprocess.run([*args[:-4], "--out", str(tmp_path / "whole"), "--subset", "0,1,2,3"],
                           capture_output=True, text=True, timeout=300)
    assert whole.returncode == 0, whole.stderr
    _resize(disk, 3 * PAGE)
    full = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert full.returncode == 3 and "Traceback" not in full.stderr, full.stderr
    line, = full.stderr.splitlines()
    assert line.startswith(f"effbench: error: {out}/") and ": cannot write (disk full); " in line, line
    assert not any(p.name.startswith(".effbench-import-") for p in out.iterdir())  # the staged folder is gone
    _resize(disk, 16 << 20)
    again = subprocess.run(args, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in (tmp_path / "whole").iterdir())


def _fill(mnt: Path) -> None:
    """Take every free byte of the file system at *mnt*."""
    with open(mnt / "filler", "wb", buffering=0) as fh:  # unbuffered: nothing refused is left to write at close
        try:
            while True:
                fh.write(b"\0" * PAGE)
        except OSError:
            pass


def test_a_tier_file_the_full_disk_refuses_is_exit_3_and_the_old_one_stays(disk):
    """tiers.json is written whole or not at all (tests/test_tier_file_writes.py); on a full disk that was the
    one line of a bad input (exit 2), where the README says exit 3."""
    import shutil

    from effbench.errors import EffbenchError
    from effbench.tasks.dpe_tier_file import load_dpe_tier_file, save_dpe_tier_file
    from effbench.tasks.task import load_task

    from .test_tier_file_writes import tier_file
    shutil.copytree(FIXTURE_TASKS / "prefix-max", disk / "prefix-max")
    task = load_task(disk / "prefix-max")
    old = tier_file("2026-01-01")
    save_dpe_tier_file(task, old)
    _fill(disk)
    with pytest.raises(EffbenchError) as refused:
        save_dpe_tier_file(task, tier_file("2026-02-02"))
    assert refused.value.exit_code == 3
    assert str(refused.value) == f"{disk / 'prefix-max' / 'tiers.json'}: cannot write the tier file (disk full)"
    assert load_dpe_tier_file(load_task(disk / "prefix-max")) == old


def test_the_examples_samples_on_a_full_disk_are_one_line_exit_3_from_the_command_line_and_the_api(disk):
    """`effbench run --example` and effbench.evaluate(rows) write the samples beside the run directory first: a
    full disk was an OSError traceback there."""
    from effbench import EffbenchError, evaluate
    _fill(disk)
    done = subprocess.run([sys.executable, "-m", "effbench", "run", "--example", "--out", str(disk / "example")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    assert done.stderr.splitlines() == [f"effbench: error: {disk / 'example.samples.jsonl'}: cannot write (disk full)"]
    rows = [{"task_id": "prefix-max", "model": "m", "solution": (SOLUTIONS / "loop.py").read_text()}]
    with pytest.raises(EffbenchError, match="api.samples.jsonl: cannot write \\(disk full\\)$") as refused:
        evaluate(rows, tasks_dir=FIXTURE_TASKS, out=disk / "api")
    assert refused.value.exit_code == 3


def test_a_complexity_plot_the_full_disk_refuses_is_one_line_exit_3(disk):
    """`complexity --plots DIR` draws after every sweep was measured and saved: a full disk was an OSError
    traceback from matplotlib."""
    from effbench.errors import EffbenchError
    from effbench.reports.complexity_plot import plot_all

    from .test_scoring_complexity import _sweep
    doc = {"meta": {"plan": {"measure": "instructions"}, "tasks": {"t": {}}}, "sweeps": [_sweep("t", "ref:a", "n")]}
    _fill(disk)
    with pytest.raises(EffbenchError) as refused:
        plot_all(doc, disk / "plots")
    assert refused.value.exit_code == 3
    assert str(refused.value) == f"{disk / 'plots' / 't.png'}: cannot write (disk full)"
