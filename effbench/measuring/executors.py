"""Who measures a run's work units, local slots or a Ray cluster, and the check of the options that choose them
(``effbench run``'s ``--jobs``, ``--executor``, ``--ray-address`` and :func:`effbench.evaluate`'s keywords).

A module of its own, apart from the pipeline (:mod:`effbench.measuring.run`), so that the command line can declare
its options with :data:`EXECUTORS` without importing the pipeline (and numpy with it) to print ``--help``.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from effbench.errors import EffbenchError
from effbench.measuring.parallel import check_jobs, default_jobs
from effbench.measuring.ray_connect import check_address, check_ray

EXECUTORS = ("local", "ray")
# How the executor's options are spelled in a message: the Python API's keywords (the default), or the command's.
API_NAMES = {"jobs": "jobs", "executor": "executor", "ray_address": "ray_address"}
CLI_NAMES = {"jobs": "--jobs", "executor": "--executor", "ray_address": "--ray-address"}


@dataclass(frozen=True)
class Executor:
    """Who measures the work units: ``local`` slots (*jobs* of them, each on its own core), or a Ray cluster at
    *address* (None: a cluster of this machine alone, started for the run)."""

    kind: str = "local"
    jobs: int = 1
    address: str | None = None

    @classmethod
    def choose(cls, kind: str | None, address: str | None, jobs: int | None, measure: str, *,
               warn: Callable[[str], None] | None = None, names: Mapping[str, str] = API_NAMES) -> Executor:
        """The executor asked for, checked before anything is measured, for ``effbench run`` and
        :func:`effbench.evaluate` alike (*names* spells the options in the caller's words).  An address alone
        means Ray; local slots default to every core counting instructions and one timing
        (:func:`parallel.default_jobs`), and more than one slot timing is allowed, with a warning."""
        kind = kind or ("ray" if address is not None else "local")
        if kind not in EXECUTORS:
            raise EffbenchError(f"{names['executor']} must be one of {', '.join(EXECUTORS)}, got {kind!r}")
        if address is not None and not isinstance(address, str):
            raise EffbenchError(f"{names['ray_address']} must be a string, got {address!r}")
        if kind == "ray":
            if jobs is not None:
                raise EffbenchError(f"{names['jobs']} is for the local executor; a Ray cluster runs a task per CPU "
                                    "it has")
            if address is not None:
                check_address(address, names["ray_address"])
            check_ray(f"{names['executor']} ray")
            return cls("ray", address=address)
        if address is not None:
            raise EffbenchError(f"{names['ray_address']} needs {names['executor']} ray (or no {names['executor']})")
        if jobs is None:
            jobs = default_jobs(measure)
        elif isinstance(jobs, bool) or not isinstance(jobs, int):
            raise EffbenchError(f"{names['jobs']} must be an integer, got {jobs!r}")
        check_jobs(jobs, names["jobs"])
        if jobs > 1 and measure != "instructions" and warn:
            warn(f"{names['jobs']} {jobs} in {measure} mode: slots running at once disturb each other's times "
                 "(README, Throughput)")
        return cls("local", jobs)

    def describe(self) -> dict:
        return {"kind": self.kind, "jobs": self.jobs} if self.kind == "local" else {"kind": self.kind,
                                                                                   "address": self.address}
