"""Stopping a run of docker slots the way CI does (SIGTERM, Ctrl-C: an exception in the main thread while every
slot is busy running a sample): the run ends within a couple of seconds, no run in flight writes a record, and no
worker container or socket directory is left.  GitHub Actions sends SIGKILL 10 s after its first signal; ``timeout``
and ``docker stop`` wait 10 s too.  Before, the main thread asked each busy worker to exit and waited 5 s for its
answer, while the slot, woken when its worker went, started a fresh one: 35-40 s to end a counting run."""
from __future__ import annotations

import _thread
import marshal
import os
import threading
import time

import pytest

from effbench.sandbox.client import PooledSandbox
from effbench.sandbox.process import ProcessSandbox

from effbench.measuring import parallel
from effbench.measuring.records import Settings
from effbench.measuring.schedule import Timeline
from effbench.measuring.progress import Progress
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import LABEL, docker_available

pytestmark = pytest.mark.sandbox

SLEEPER = "import time\ndef f():\n    time.sleep(60)\n"
STOP_WITHIN = 2.5  # seconds from the signal to the run's end: well inside CI's 10 s before SIGKILL


class _Schedule:
    def stop(self) -> None:
        pass

    def next(self, loaded):
        return None


class _Setups:
    """The run's record of its setup (measuring.run_setup.WorkerSetups) with no record: every slot is taken."""

    def check(self, told, where="") -> None:
        pass

    def record(self, told, where="") -> None:
        pass


class _Sink:
    """A store that records what reaches it: nothing may, once the run is stopping."""

    def __init__(self):
        self.appended: list = []

    def append(self, record) -> None:
        self.appended.append(record)


@pytest.mark.skipif(not docker_available(), reason="no Docker engine answers")
def test_a_stopped_run_of_busy_docker_slots_ends_at_once_leaving_nothing(engine, monkeypatch):
    running: list = []
    sock_dirs: list = []

    def busy(slot, schedule, store, settings, cache, progress, on_unscorable, spans):
        sock_dirs.append(slot.runner.sock_dir)
        running.append(slot.index)
        slot.runner.put_input("none", marshal.dumps([]))  # one call of f with no arguments
        slot.runner.execute(SLEEPER, "f", ["none"], Limits(wall_limit=60, cpu_limit=61, memory_mb=64))
        store.append("a record of a run the stop cut short")

    monkeypatch.setattr(parallel, "_drain", busy)
    sink = _Sink()
    pool = parallel._Pool(_Schedule(), Settings(runner="docker"), sink, None, Progress(), None, 2, _Setups(),
                          Timeline(None))
    signalled: list[float] = []

    def interrupt_when_busy():
        deadline = time.monotonic() + 60
        while len(running) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.5)  # both samples are running in their containers
        signalled.append(time.monotonic())
        _thread.interrupt_main()  # what SIGTERM's handler (errors.Terminated) and Ctrl-C do: raise in the main thread

    threading.Thread(target=interrupt_when_busy, daemon=True).start()
    with pytest.raises(KeyboardInterrupt):
        pool.run()
    took = time.monotonic() - signalled[0]
    # the engine lists a container it has removed (the API call returned) as "removing" for a moment: gone
    left = [c for c in engine.containers.list(all=True, ignore_removed=True,
                                              filters={"label": [f"{LABEL}=worker", f"effbench.pid={os.getpid()}"]})
            if c.status != "removing"]
    assert took < STOP_WITHIN, f"stopping took {took:.1f}s"
    assert left == [], "a worker container outlived the stopped run"
    assert [(d, os.listdir(d)) for d in sock_dirs if d and os.path.exists(d)] == []
    assert sink.appended == []


def test_a_stop_while_slots_start_their_workers_starts_none(monkeypatch):
    """A stop landing while a slot was still starting its sandboxes, before the pool knew the slot: nothing woke it,
    and it went on to start its worker and, counting, its callgrind worker, both after the run had stopped, and to
    remove them again, while the stopping thread waited.  Each slot's start is held until the stop has happened
    (both slots busy starting, as at a run's beginning); no worker may start after it."""
    starting, go = threading.Barrier(3), threading.Event()
    real_start, real_spawn = PooledSandbox.start, ProcessSandbox._spawn
    late: list[int] = []  # the sandbox slot of each worker started once the run was stopping

    def held_start(self):
        if self.counter is None and not go.is_set():  # a slot's first sandbox
            starting.wait(10)
            go.wait(10)
        real_start(self)

    def spawn(self):
        if go.is_set():
            late.append(self.slot)
        return real_spawn(self)

    monkeypatch.setattr(PooledSandbox, "start", held_start)
    monkeypatch.setattr(ProcessSandbox, "_spawn", spawn)
    pool = parallel._Pool(_Schedule(), Settings(runner="process", measure="instructions"), _Sink(), None,
                          Progress(), None, 2, _Setups(), Timeline(None))

    def stop_when_starting():
        starting.wait(10)
        pool._stop()  # what the main thread does on SIGTERM or Ctrl-C, and a slot that fails
        go.set()

    threading.Thread(target=stop_when_starting, daemon=True).start()
    started = time.monotonic()
    pool.run()
    took = time.monotonic() - started
    assert go.is_set() and late == [], f"{len(late)} worker(s) started after the stop; the pool took {took:.1f}s"
