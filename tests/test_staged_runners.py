"""What a worker mounts as its runners' directory: a copy of the runner's files and nothing else
(effbench.sandbox.runner_source.stage), whatever the host has written beside them."""
from __future__ import annotations

import compileall
import marshal
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from effbench.sandbox import base, runner_source
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox
from effbench_runners import digest

LISTING = "import os\ndef f():\n    return sorted(os.listdir('/opt/effbench-runners'))\n"


@pytest.fixture
def runners_with_bytecode(tmp_path, monkeypatch):
    """A copy of the runner's files as this effbench's runners' directory, with the bytecode cache that an import
    with bytecode writing on (Python's default) leaves beside them; the copy has the same digest as the files."""
    copy = tmp_path / "runners"
    shutil.copytree(runner_source.runners_dir(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(runner_source, "RUNNERS_DIR", copy)
    return copy


def _compile(root) -> None:
    assert compileall.compile_dir(str(root), quiet=1, force=True)
    assert (root / "__pycache__").is_dir()


def test_the_staged_copy_holds_the_runners_files_alone_and_goes_when_unstaged(runners_with_bytecode):
    _compile(runners_with_bytecode)
    staged = runner_source.stage()
    try:
        assert digest.runner_files(str(staged)) == digest.runner_files(str(runners_with_bytecode))
        assert sorted(os.listdir(staged)) == sorted({rel.split("/")[0] for rel in digest.runner_files(str(staged))})
        assert digest.runners_digest(str(staged)) == runner_source.runners_digest()
        for path in (staged, *staged.rglob("*")):  # readable by the worker's uid, which is not ours
            assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644)
    finally:
        runner_source.unstage(staged)
    assert not staged.exists()


def test_a_staged_copy_of_a_dead_effbench_process_is_removed_by_the_next_stage():
    with open("/proc/sys/kernel/pid_max") as fh:
        dead = int(fh.read())  # no process has it: pids stay below it
    stale = Path(tempfile.gettempdir()) / f"{runner_source.STAGED_PREFIX}{dead}-test"
    stale.mkdir()
    (stale / "executor.py").write_text("x")
    fresh = runner_source.stage()
    try:
        assert not stale.exists()
        assert fresh.is_dir()
    finally:
        runner_source.unstage(fresh)


RUNNERS = [pytest.param(ProcessSandbox, marks=pytest.mark.sandbox),
           pytest.param(DockerSandbox, marks=[pytest.mark.sandbox, pytest.mark.skipif(
               not docker_available(), reason="no Docker engine answers")])]


@pytest.mark.parametrize("runner", RUNNERS, ids=["process", "docker"])
def test_a_sample_sees_no_bytecode_the_host_wrote_beside_the_runners(runner, runners_with_bytecode):
    """The worker's runners' directory lists the runner's files alone.  It was the host's own directory, with the
    cache the host writes there whenever it imports a runner module with bytecode writing on, which the worker's
    import system then loaded instead of compiling the source: in CI (bytecode writing on), the same sweep counted
    110,536 instructions at its first size in one test and 110,654 in a later one, another test having imported a
    runner module in between."""
    _compile(runners_with_bytecode)
    r = runner(slot=6)
    try:
        r.put_input("none", marshal.dumps([]))
        ex = r.execute(LISTING, "f", ["none"], Limits(wall_limit=30))
    finally:
        r.close()
    assert ex.status == base.OK, ex.detail
    assert ex.outputs[0] == sorted({rel.split("/")[0] for rel in digest.runner_files(str(runners_with_bytecode))})
