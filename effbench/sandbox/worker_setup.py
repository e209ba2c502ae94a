"""What a worker's measurements depend on, of all its hello tells (run.json ``runner`` records it): named here once.

Four rules read these fields: a resumed run's workers must measure with the setup it recorded
(:mod:`effbench.measuring.run_setup`); ``compare`` refuses instruction counts of two counting setups, and
``compare --check`` a run that would count with another (:mod:`effbench.reports.counting_setup`, from what
:func:`effbench.sandbox.preflight.worker_setup` tells before the run); and a sandbox's restarted worker must run what
its first ran (:mod:`effbench.sandbox.client`).  Each kept its own list, so a field added to one (the runner files'
digest was) could be missed by another, which then mixed or compared what it should have refused.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class WorkerSetup:
    """The interpreter build and the runner files a worker runs: with the counter, what its instruction counts depend
    on besides the code.  The fields' order is compare's (a counting setup is the counter, then these, in order)."""
    implementation: str | None
    python: str | None      # the version
    executable: str | None  # the binary's path where the worker runs
    runners: str | None     # the digest of the runner files it runs (effbench_runners.digest)

    @classmethod
    def told(cls, hello: Mapping) -> WorkerSetup:
        """The fields of a worker's *hello* (or a run's recorded ``runner``), as text; None where it tells none (a run
        recorded before effbench kept the field)."""
        return cls(**{name: None if hello.get(name) is None else str(hello[name]) for name in BUILD})


BUILD = tuple(field.name for field in fields(WorkerSetup))
COUNTING = ("counter", *BUILD)   # what instruction counts depend on, of a worker's hello
TIMING = (*BUILD, "cpu_clock")   # what times depend on: the clock CPU times are read from, not the counter
SETUP = tuple(dict.fromkeys((*COUNTING, *TIMING)))  # what every worker of one sandbox must run alike


def differences(before: Mapping, now: Mapping, names: Iterable[str], before_word: str) -> list[str]:
    """Each field of *names* whose value differs, as ``name BEFORE <before_word>, NOW now`` (``none`` where one side
    has none: a run recorded before effbench kept the field): the one wording of every refusal above, a resumed
    run's ("recorded") and a restarted worker's ("then")."""
    def shown(value) -> str:
        return "none" if value is None else repr(value)
    return [f"{name} {shown(before.get(name))} {before_word}, {shown(now.get(name))} now"
            for name in names if before.get(name) != now.get(name)]
