"""A fresh worker that does not answer its hello in time, on the real runners: the machine's fault in one line (exit
3), nothing left running; and a counting worker's hello budget, which must cover callgrind's start-up when several
effbench runs start theirs at once.

Found by starting three ``effbench run --runner docker --measure instructions`` at the same moment on a 2-core VM
(load 13-17, 2026-12-07): every one of them ended in a ``WorkerDied`` traceback, exit 1, before measuring anything,
since each counting worker took longer than 60 s to answer (three of them starting at once answered after 54 s with
nothing else running; a run's plain worker and the other runs' measuring come on top).
"""
from __future__ import annotations

import os
from pathlib import Path

import psutil
import pytest

from effbench.errors import InfrastructureError
from effbench.sandbox import client
from effbench.sandbox.client import WorkerDied, WorkerSession
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox

pytestmark = pytest.mark.sandbox  # every test starts a real worker

CONCURRENT_START = 54.0  # s: three callgrind workers' hello, started at once on this VM (module docstring)


def _make(kind: str, counter: str | None = None):
    if kind == "docker":
        if not docker_available():
            pytest.skip("no Docker engine answers")
        return DockerSandbox(slot=6, counter=counter)
    return ProcessSandbox(slot=6, counter=counter)


def _mine(sandbox) -> list:
    """What of *sandbox*'s worker is still there: its process tree, or its container."""
    if isinstance(sandbox, DockerSandbox):
        from effbench.sandbox.docker_sandbox import LABEL
        labels = [f"{LABEL}=worker", f"effbench.pid={os.getpid()}", f"effbench.slot={sandbox.slot}"]
        return sandbox.client.containers.list(all=True, filters={"label": labels})
    # Only the worker's own processes (its bwrap and the executor under it): the test process may have other
    # children that are none of this sandbox's (a Ray cluster's helpers another test started, a command another
    # test ran): CI once found such a ``python3`` started in the same second and failed this test on it.
    return [p for p in psutil.Process().children(recursive=True) if _of_a_worker(p)]


def _of_a_worker(process: psutil.Process) -> bool:
    try:
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        command = process.cmdline()
    except psutil.NoSuchProcess:  # it went while listed: not left behind
        return False
    return bool(command) and (Path(command[0]).name == "bwrap" or any(a.endswith("/executor.py") for a in command))


@pytest.mark.parametrize("kind", ["process", "docker"])
def test_a_worker_silent_past_its_hello_budget_is_one_infrastructure_line(kind, monkeypatch):
    # A budget no real worker meets (an interpreter starts in milliseconds at best) stands in for one a loaded
    # machine's worker overran: the real worker is started and answers, too late.
    monkeypatch.setattr(client, "HELLO_TIMEOUT", 0.001)
    sandbox = _make(kind)
    try:
        with pytest.raises(InfrastructureError) as caught:
            sandbox.start()
        message = str(caught.value)
        assert caught.value.exit_code == 3 and "\n" not in message, message
        assert f"slot {sandbox.slot}" in message and "did not start" in message and "no answer in time" in message
        assert isinstance(caught.value, WorkerDied)  # a restart mid-run that fails so is retried as before
        assert sandbox.session is None and _mine(sandbox) == []  # nothing half-started is left behind
    finally:
        sandbox.close()


def test_a_counting_workers_hello_budget_covers_several_runs_starting_at_once(monkeypatch):
    # The worker is real; its answer is not awaited (callgrind's start-up takes 20 s or more here): the request
    # notes the budget it was given and gives up, as a hello that ran out of it does.  Both runners start their
    # workers through the same PooledSandbox.start (the other test runs both).
    budgets: dict[str, float] = {}

    def request(session, header, payload=None, timeout=60.0):
        budgets[header["op"]] = timeout
        raise WorkerDied(f"{session.describe}: no answer in time")

    monkeypatch.setattr(WorkerSession, "request", request)
    for counter in (None, "callgrind"):
        sandbox = _make("process", counter)
        try:
            with pytest.raises(InfrastructureError):
                sandbox.start()
        finally:
            sandbox.close()
        assert budgets.pop("hello") >= (2 * CONCURRENT_START if counter else client.HELLO_TIMEOUT), counter
