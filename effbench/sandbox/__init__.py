"""Sandbox backends. Each starts the same in-sandbox executor (runners/executor.py) and returns Executions."""
from __future__ import annotations

from effbench.sandbox.base import Execution, Limits, Sandbox  # noqa: F401

SANDBOXES = ("process", "docker", "auto")  # --runner: the CLI option keeps its name


def resolve_runner(name: str) -> str:
    """The runner --runner *name* means here: ``auto`` is docker where an engine answers, else process."""
    if name == "auto":
        from effbench.sandbox.docker_sandbox import docker_available
        return "docker" if docker_available() else "process"
    return name


def make_sandbox(name: str = "process", slot: int = 0, counter: str | None = None) -> Sandbox:
    """A sandbox backend; with *counter* (e.g. "callgrind") its worker counts instructions of each run."""
    from effbench.errors import EffbenchError
    name = resolve_runner(name)
    if name == "process":
        from effbench.sandbox.process import ProcessSandbox
        return ProcessSandbox(slot, counter)
    if name == "docker":
        from effbench.sandbox.docker_sandbox import DockerSandbox
        return DockerSandbox(slot, counter)
    raise EffbenchError(f"unknown runner {name!r}; choose one of {', '.join(SANDBOXES)}")
