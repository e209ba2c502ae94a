"""What instruction counts depend on besides the code: the counting setup of a recorded run and of a run to come.

``effbench compare`` refuses the counts of two setups (another interpreter build, counter backend or in-sandbox
runner files count the same code differently), and ``compare --check`` refuses before a run what compare would
refuse once the run is done: both build a :data:`CountingSetup`, one from a run's metadata, one from the run's
settings and what its workers will be.
"""
from __future__ import annotations

from dataclasses import astuple

from effbench.errors import EffbenchError
from effbench.measuring.records import Settings
from effbench.reports.board import boards_of
from effbench.sandbox.worker_setup import WorkerSetup

# One counting setup: the counter backend, then the worker's fields in WorkerSetup's order (compare's message lists
# them so).  A plain tuple, as a recorded run (:func:`counting_setups`) and a planned one (:func:`planned_setups`)
# both build it with :func:`counting_setup`, so the two compare equal.
CountingSetup = tuple[str | None, ...]


def counting_setup(backend: str | None, worker: WorkerSetup) -> CountingSetup:
    """The counting setup of *worker* counting with *backend*."""
    return (backend, *astuple(worker))


def counting_setups(board: dict) -> set[CountingSetup]:
    """What instruction counts depend on besides the code, for every run in *board*: the counter backend, the
    interpreter build (implementation, version, binary) and the in-sandbox runner's files (their digest, as the
    run's worker told it; none in a run recorded before effbench kept it).  The process runner and the docker
    runner's offline image run the same binary and runner files and count alike (tests/test_docker_parity.py); the
    Dockerfile image's Python is another build."""
    metas = [board["meta"]] if board["kind"] == "run" else \
        [run["meta"] for section in boards_of(board) for run in section["meta"]["runs"]]
    setups = set()
    for meta in metas:
        runner = meta.get("runner") or {}
        backend = meta.get("measurement", {}).get("backend") or runner.get("counter")
        setups.add(counting_setup(backend, WorkerSetup.told(runner)))
    return setups


def planned_setups(settings: Settings) -> frozenset[CountingSetup] | None:
    """What the instruction counts of a run with *settings* will depend on (:func:`counting_setups`), told before it
    runs: the counter it picks here, the interpreter and runner files its worker will run (this installation's for
    the process runner, the image's for the docker runner: :func:`effbench.sandbox.preflight.worker_setup`).  None
    where the run cannot count (no counter here, or one the runner cannot use) or what its worker runs cannot be
    told (the run says why)."""
    if settings.measure != "instructions":
        return None
    from effbench.sandbox import resolve_runner
    from effbench.sandbox.counting import detect_counter
    from effbench.sandbox.preflight import worker_setup
    try:
        backend = detect_counter(settings.counter)
    except EffbenchError:
        return None
    runner = resolve_runner(settings.runner)
    if runner == "docker" and backend != "callgrind":  # no hardware counters in a container: the run refuses it
        return None
    worker = worker_setup(runner)
    if worker is None:
        return None
    return frozenset({counting_setup(backend, worker)})
