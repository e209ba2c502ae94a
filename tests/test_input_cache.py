"""The input cache is only a saving of time: one that cannot be read or written (a HOME that is not there or not the
user's, as under ``docker run -u``) makes the same inputs afresh, and the command says so once.  Found from the
installed wheel: with HOME=/nonexistent, ``effbench run`` ended in a PermissionError traceback."""
from __future__ import annotations

import os

import pytest

from effbench.tasks.inputs import SEED, InputCache
from effbench.tasks.task import load_task

from .conftest import FIXTURE_TASKS
from .installed import add_data_task

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


HELPER_GENERATOR = """import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # the task's own helper module, beside this file
from spread import LOW, HIGH  # noqa: E402


def generate(size, rng):
    return [[rng.randint(LOW, HIGH) for _ in range(size)]]
"""


def values(cache: InputCache, task_dir) -> set[int]:
    """Every number of the task's level-1 inputs, made (or found) as a run makes them: the task loaded afresh."""
    return {n for i in cache.level_inputs(load_task(task_dir), 1, SEED) for n in i.args()[0]}


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
@pytest.mark.parametrize("source", ["data file", "helper module"])
def test_editing_a_file_the_generator_reads_makes_the_inputs_afresh(tmp_path, source):
    """Found from a task with a data file (tests/installed.py's data task): the cache was keyed by generator.py's
    bytes alone, so a run after an edit of data/bounds.txt (or of a module the generator imports from the task's
    folder) was measured on the old inputs without a word, under the task's new content hash.  In one process too
    (the Python API, a notebook): the input process had the generator's module, and what it read, loaded."""
    task = add_data_task(tmp_path)
    edited = task / "data" / "bounds.txt"
    if source == "helper module":
        (task / "generator.py").write_text(HELPER_GENERATOR)
        edited = task / "spread.py"
        edited.write_text("LOW, HIGH = -1000000, 1000000\n")
    cache = InputCache(tmp_path / "cache")
    assert min(values(cache, task)) < 0 < max(values(cache, task))
    edited.write_text("7 9\n" if source == "data file" else "LOW, HIGH = 7, 9\n")
    assert values(InputCache(tmp_path / "cache"), task) <= {7, 8, 9}


@pytest.mark.sandbox  # makes inputs: the input process (effbench.tasks.input_process)
def test_editing_a_solution_or_the_manifest_keeps_the_cached_inputs(tmp_path):
    """What cannot make an input leaves the cache as it was: a reference, a pool member, the tier file (which
    ``tiers build`` writes) and the manifest (whose level sizes are in the key) are edited while a task is tuned,
    and each task's inputs took up to 18.8 s to make."""
    task = add_data_task(tmp_path)
    cache = InputCache(tmp_path / "cache")
    made = values(cache, task)
    stored = sorted((tmp_path / "cache").rglob("*.marshal"))
    (task / "pool").mkdir()
    (task / "pool" / "builtin.py").write_text((task / "solutions" / "accumulate.py").read_text())
    (task / "solutions" / "loop.py").write_text((task / "solutions" / "loop.py").read_text() + "# tuned\n")
    (task / "tiers.json").write_text("{}\n")
    (task / "task.toml").write_text((task / "task.toml").read_text().replace("memory_mb = 256", "memory_mb = 300"))
    assert load_task(task).content_hash() != load_task(add_data_task(tmp_path / "fresh")).content_hash()
    assert values(InputCache(tmp_path / "cache"), task) == made
    assert sorted((tmp_path / "cache").rglob("*.marshal")) == stored
