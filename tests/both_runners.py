"""A started sandbox of either real runner for a test module's fixture: the process sandbox, or Docker's where an
engine answers (skipped otherwise, as in tests/test_docker_*.py).  Slot 9, out of the way of the suite's others."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox

RUNNERS = ["process", "docker"]


@contextmanager
def started(kind: str, inputs: dict[str, bytes]) -> Iterator[ProcessSandbox | DockerSandbox]:
    if kind == "docker" and not docker_available():
        pytest.skip("no Docker engine answers")
    sandbox = DockerSandbox(slot=9) if kind == "docker" else ProcessSandbox(slot=9)
    for key, blob in inputs.items():
        sandbox.put_input(key, blob)
    sandbox.start()
    try:
        yield sandbox
    finally:
        sandbox.close()
