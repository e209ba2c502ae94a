"""The input cache is only a saving of time: one that cannot be read or written (a HOME that is not there or not the
user's, as under ``docker run -u``) makes the same inputs afresh, and the command says so once.  Found from the
installed wheel: with HOME=/nonexistent, ``effbench run`` ended in a PermissionError traceback."""
from __future__ import annotations

import os

import pytest

from effbench.tasks.inputs import SEED, InputCache
from effbench.tasks.task import load_task

from .conftest import FIXTURE_TASKS

TASK = load_task(FIXTURE_TASKS / "prefix-max")


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_cache_that_cannot_be_written_makes_the_same_inputs_and_says_why(tmp_path):
    good = InputCache(tmp_path / "cache")
    want = [i.blob for i in good.level_inputs(TASK, 1, SEED)]
    assert not good.problem and any((tmp_path / "cache").rglob("*.marshal"))
    (tmp_path / "plain").write_text("a file, where the cache's folder should be\n")
    bad = InputCache(tmp_path / "plain" / "inputs")
    assert [i.blob for i in bad.level_inputs(TASK, 1, SEED)] == want
    assert not bad.enabled and bad.problem.startswith(f"the input cache {tmp_path / 'plain' / 'inputs'} cannot be used")
    assert "EFFBENCH_CACHE" in bad.problem
    assert [i.blob for i in bad.level_inputs(TASK, 2, SEED)] == [i.blob for i in good.level_inputs(TASK, 2, SEED)]


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_cache_holding_something_else_where_an_input_goes_makes_the_same_inputs(tmp_path):
    good = InputCache(tmp_path / "cache")
    want = [i.blob for i in good.level_inputs(TASK, 1, SEED)]
    for stored in (tmp_path / "cache").rglob("*.marshal"):  # each stored input replaced by a folder
        stored.unlink()
        stored.mkdir()
        os.chmod(stored, 0)
    again = InputCache(tmp_path / "cache")
    assert [i.blob for i in again.level_inputs(TASK, 1, SEED)] == want


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_a_write_that_fails_part_way_leaves_nothing_behind(tmp_path, monkeypatch):
    """A full disk fails the write after the temporary file exists: it was left in the cache (``<key>.tmp<pid>``)
    for good.  Now it is removed, and the cache is given up as for any other failure."""
    import errno

    from effbench.tasks import inputs

    def full(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(inputs.os, "replace", full)
    cache = InputCache(tmp_path / "cache")
    blobs = [i.blob for i in cache.level_inputs(TASK, 1, SEED)]
    assert blobs and "No space left on device" in cache.problem
    assert [p.name for p in (tmp_path / "cache").rglob("*") if p.is_file()] == []


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
@pytest.mark.parametrize("damage", [b"garbage", b"", "cut"])
def test_a_cached_input_that_is_no_argument_list_is_made_again(tmp_path, damage):
    """Found as a user: a generator that wrote into the cache (or any damage to a cached file after it was written
    whole) was sent to the sandbox as the input, where the expert crashed on it (exit 3, the task unscorable), in
    every later run too."""
    cache = InputCache(tmp_path / "cache")
    want = [i.blob for i in cache.level_inputs(TASK, 1, SEED)]
    for stored in (tmp_path / "cache").rglob("*.marshal"):
        stored.write_bytes(stored.read_bytes()[:-3] if damage == "cut" else damage)
    assert [i.blob for i in InputCache(tmp_path / "cache").level_inputs(TASK, 1, SEED)] == want
    assert sorted(p.read_bytes() for p in (tmp_path / "cache").rglob("*.marshal")) == sorted(want)
