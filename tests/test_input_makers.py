"""The input cache's key covers what makes an input besides the task's files: effbench's own code that runs the
generator (for an imported ENAMEL task, :mod:`effbench.importers.enamel_runtime` and ENAMEL's helpers) and the
Python that runs it (:mod:`effbench.tasks.input_makers`)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import types

import pytest

from effbench.tasks.task import load_task

from .installed import ROOT

TOY_PARENS = "enamel-toy-1"  # tests/fixtures/enamel: its generator calls ENAMEL's helper rand_parens
HELPER = "randint(0, 1)"  # a draw in rand_parens (effbench/importers/enamel_datautils.py)

# Run in a copy of effbench's code, in a process of its own (so that the input process runs the copy too): the
# level-1 inputs of a task made with one cache, then again after the copy's rand_parens draws differently (the
# same process: the Python API, a notebook), then with an empty cache.
EDIT_AND_MAKE = """
import json, sys
from pathlib import Path
from effbench.tasks.inputs import SEED, InputCache
from effbench.tasks.task import load_task

task_dir, cache, helper = map(Path, sys.argv[1:4])
draw = sys.argv[4]


def made(root):
    return [i.blob.hex() for i in InputCache(root).level_inputs(load_task(task_dir), 1, SEED)]
before = made(cache)
helper.write_text(helper.read_text().replace(draw, "randint(0, 2)", 1))
print(json.dumps({"before": before, "after": made(cache), "fresh": made(cache.parent / "empty")}))
"""


@pytest.mark.sandbox  # makes inputs (the input process), in a process running a copy of effbench's code
def test_editing_effbench_s_enamel_helper_makes_an_imported_task_s_inputs_afresh(tmp_path, enamel_dir):
    """Found by editing enamel_datautils.rand_parens in a checkout: ``effbench run`` of an imported ENAMEL task
    measured the 12 generated inputs of the cache (the same as before the edit), with 8 hand cases made afresh,
    while an empty cache made 9 of the 12 anew: the key held the task's files only."""
    code = tmp_path / "code"
    shutil.copytree(ROOT / "effbench", code / "effbench")  # with its bytecode: compiling it took 3 s
    (code / "effbench_runners").symlink_to(ROOT / "runners")
    helper = code / "effbench" / "importers" / "enamel_datautils.py"
    assert HELPER in helper.read_text()
    env = dict(os.environ, PYTHONPATH=str(code))
    done = subprocess.run([sys.executable, "-c", EDIT_AND_MAKE, str(enamel_dir / TOY_PARENS), str(tmp_path / "cache"),
                           str(helper), HELPER], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    made = json.loads(done.stdout)
    assert made["after"] != made["before"]  # the helper's draws changed the inputs ...
    assert made["after"] == made["fresh"]  # ... and the cache made them as an empty one does


@pytest.mark.parametrize("another", [
    ("version_info", (3, 12, 1, "final", 0)),
    ("implementation", types.SimpleNamespace(name="pypy")),
    ("hash_info", types.SimpleNamespace(algorithm="siphash24")),
])
def test_another_python_keys_other_inputs(enamel_dir, fixture_tasks_dir, monkeypatch, another):
    """The inputs are made by the host's Python (the input process is sys.executable), whose ``random`` methods
    other than ``random()`` may draw otherwise from one version to the next, and whose string hash (a build
    option) orders the sets of strings an ENAMEL generator iterates over.  Another Python is a fake here: effbench's
    dependencies are installed for this interpreter alone (the pyenv 3.12 and 3.13 on the development machines made
    the same values as 3.11 for the suite's and ENAMEL's first two levels, in other marshal bytes)."""
    tasks = [load_task(enamel_dir / TOY_PARENS), load_task(fixture_tasks_dir / "prefix-max")]
    mine = [task.inputs_hash() for task in tasks]
    monkeypatch.setattr(sys, *another)
    assert all(task.inputs_hash() != key for task, key in zip(tasks, mine))
    monkeypatch.undo()
    assert [task.inputs_hash() for task in tasks] == mine
