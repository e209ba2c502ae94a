"""What a worker mounts as its runners' directory: a copy of the runner's files and of their bytecode, made once per
effbench process (effbench.sandbox.runner_source.staged), whatever the host has written beside them."""
from __future__ import annotations

import compileall
import hashlib
import json
import marshal
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from effbench.sandbox import base, owned_dirs, runner_source
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox
from effbench_runners import digest

from .conftest import copy_of_runners

LISTING = (f"import os\ndef f():\n    return sorted(os.listdir({runner_source.MOUNTED!r})), "
           f"sorted(os.listdir({runner_source.MOUNTED + '/__pycache__'!r}))\n")
# Stages the runner's files of the folder argv[1] in a process of its own and prints where, and a digest of each
# bytecode file made there.
STAGE = ("import hashlib, json, pathlib, sys\nfrom effbench.sandbox import runner_source\n"
         "runner_source.RUNNERS_DIR = pathlib.Path(sys.argv[1])\npath = runner_source.staged()\n"
         "print(json.dumps([str(path), {p.name: hashlib.sha256(p.read_bytes()).hexdigest() "
         "for p in sorted((path / '__pycache__').iterdir())}]))\n")


@pytest.fixture
def runners_with_bytecode(tmp_path, monkeypatch):
    """A copy of the runner's files as this effbench's runners' directory, with the bytecode cache that an import
    with bytecode writing on (Python's default) leaves beside them; the copy has the same digest as the files."""
    copy = copy_of_runners(tmp_path / "runners")
    monkeypatch.setattr(runner_source, "RUNNERS_DIR", copy)
    assert compileall.compile_dir(str(copy), quiet=1, force=True)
    (copy / "__pycache__" / "stray.cpython-311.pyc").write_bytes(b"left by the host")
    return copy


def _names(root: Path) -> list[str]:
    return sorted({rel.split("/")[0] for rel in digest.runner_files(str(root))} | {"__pycache__"})


def _bytecode(root: Path) -> list[str]:
    return sorted(f"{Path(rel).stem}.{sys.implementation.cache_tag}.pyc" for rel in digest.runner_files(str(root))
                  if rel.endswith(".py") and "/" not in rel)


@pytest.mark.sandbox
def test_the_staged_copy_holds_the_runners_files_and_their_bytecode_alone(runners_with_bytecode):
    staged = runner_source.staged()
    assert digest.runner_files(str(staged)) == digest.runner_files(str(runners_with_bytecode))
    assert digest.runners_digest(str(staged)) == runner_source.runners_digest()
    assert sorted(os.listdir(staged)) == _names(runners_with_bytecode)
    assert sorted(os.listdir(staged / "__pycache__")) == _bytecode(runners_with_bytecode)
    for path in (staged, *staged.rglob("*")):  # readable by the worker's uid, which is not ours
        assert path.stat().st_mode & 0o777 == (0o755 if path.is_dir() else 0o644)
    assert runner_source.staged() == staged  # once per process


@pytest.mark.sandbox
def test_staged_bytecode_is_the_same_from_process_to_process_and_goes_with_its_process(tmp_path):
    """Two effbench processes, with other hash seeds, stage the same bytecode; each one's copy is removed as it
    exits, and one of a process that was killed by the next one that stages."""
    with open("/proc/sys/kernel/pid_max") as fh:
        dead = int(fh.read())  # no process has it: pids stay below it
    parent = runner_source.SHM if runner_source.SHM.is_dir() else Path(tempfile.gettempdir())
    stale = parent / f"{runner_source.STAGED_PREFIX}{dead}-test"
    stale.mkdir()
    try:
        (stale / "executor.py").write_text("x")
        copy = copy_of_runners(tmp_path / "runners")
        made = []
        for seed in ("1", "2"):
            done = subprocess.run([sys.executable, "-c", STAGE, str(copy)], capture_output=True, text=True,
                                  timeout=120, env={**os.environ, "PYTHONHASHSEED": seed})
            assert done.returncode == 0, done.stderr
            made.append(json.loads(done.stdout))
        assert not stale.exists()
    finally:
        shutil.rmtree(stale, ignore_errors=True)
    assert made[0][1] == made[1][1] and sorted(made[0][1]) == _bytecode(copy)
    assert not any(Path(path).exists() for path, _ in made)
    assert hashlib.sha256(b"").hexdigest() not in made[0][1].values()


RUNNERS = [pytest.param(ProcessSandbox, marks=pytest.mark.sandbox),
           pytest.param(DockerSandbox, marks=[pytest.mark.sandbox, pytest.mark.skipif(
               not docker_available(), reason="no Docker engine answers")])]


@pytest.mark.parametrize("runner", RUNNERS, ids=["process", "docker"])
def test_a_sample_sees_no_bytecode_the_host_wrote_beside_the_runners(runner, runners_with_bytecode):
    """The worker's runners' directory holds the runner's files and the bytecode made for them alone.  It was the
    host's own directory, with the cache the host writes there whenever it imports a runner module with bytecode
    writing on, which the worker's import system then loaded instead of compiling the source: in CI (bytecode
    writing on), the same sweep counted 110,536 instructions at its first size in one test and 110,654 in a later
    one, another test having imported a runner module in between."""
    r = runner(slot=6)
    try:
        r.put_input("none", marshal.dumps([]))
        ex = r.execute(LISTING, "f", ["none"], Limits(wall_limit=30))
    finally:
        r.close()
    assert ex.status == base.OK, ex.detail
    assert ex.outputs[0] == (_names(runners_with_bytecode), _bytecode(runners_with_bytecode))


def test_the_reaper_never_follows_a_link_planted_under_an_effbench_name(tmp_path):
    """Another user can plant a link named as a dead effbench's folder where everyone writes (/dev/shm, /tmp); as
    root the private /tmp reaper runs `umount --lazy` on what it removes, which follows the link."""
    with open("/proc/sys/kernel/pid_max") as fh:
        dead = int(fh.read())  # no process has it: pids stay below it
    target = tmp_path / "someone-elses"
    target.mkdir()
    (tmp_path / f"{runner_source.STAGED_PREFIX}{dead}-link").symlink_to(target)
    (tmp_path / f"{runner_source.STAGED_PREFIX}{dead}-real").mkdir()
    removed: list[Path] = []
    owned_dirs.reap(runner_source.STAGED_PREFIX, (tmp_path,), removed.append)
    assert [p.name for p in removed] == [f"{runner_source.STAGED_PREFIX}{dead}-real"]


@pytest.mark.sandbox
def test_a_forked_child_that_exits_leaves_its_parents_copy(tmp_path):
    """A child forked from an effbench process runs its exit handlers when it exits normally: it removed the copy
    its parent's workers were mounting."""
    script = ("import os, sys\nfrom effbench.sandbox import runner_source\npath = runner_source.staged()\n"
              "child = os.fork()\nif child == 0:\n    sys.exit(0)\nos.waitpid(child, 0)\n"
              "print(path.is_dir(), path, flush=True)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    alive, path = done.stdout.split()
    assert alive == "True"
    assert not Path(path).exists()  # and the parent's own exit removed it
