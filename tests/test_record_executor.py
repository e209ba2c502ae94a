"""run.json's executor, recorded when an invocation has measured, or was stopped or failed measuring
(effbench/measuring/run.py).  It is written in a ``finally``: a failure to write it (a full disk, an unreadable
run.json) replaced the error that stopped measuring, so a Ctrl-C or an infrastructure error (exit 3) was reported
as a run-directory error (exit 2).

What stops measuring is a fake here (``run_local`` raising at once): which of the run's steps raises does not
matter to the rule, and a run whose run.json is missing cannot reach a real worker."""
from __future__ import annotations

import pytest

from effbench.errors import InfrastructureError
from effbench.measuring import run
from effbench.measuring.executors import Executor
from effbench.measuring.progress import Progress
from effbench.measuring.record_file import StoreError
from effbench.measuring.records import Settings
from effbench.measuring.store import RunStore
from effbench.tasks.inputs import InputCache


def _measure(tmp_path, monkeypatch, then) -> None:
    monkeypatch.setattr(run, "run_local", then)
    store = RunStore(tmp_path / "run")  # no run.json: the executor cannot be recorded (read_meta refuses)
    run._measure([], [], Settings(), store, InputCache(tmp_path / "cache"), Progress(), None, Executor(), None)


@pytest.mark.parametrize("stop", [KeyboardInterrupt, lambda: InfrastructureError("docker: the engine went away")])
def test_a_failure_to_record_the_executor_never_replaces_what_stopped_measuring(tmp_path, monkeypatch, stop):
    raised = stop()

    def stopped(*args, **kwargs):
        raise raised
    with pytest.raises(type(raised)) as caught:
        _measure(tmp_path, monkeypatch, stopped)
    assert caught.value is raised
    assert [n for n in caught.value.__notes__ if "executor was not recorded" in n and "no run.json" in n]


def test_with_nothing_raised_the_failure_to_record_the_executor_is_the_error(tmp_path, monkeypatch):
    with pytest.raises(StoreError, match="no run.json"):
        _measure(tmp_path, monkeypatch, lambda *args, **kwargs: None)
