"""The started sandboxes of the tests of issue 11's attacks on fresh state, attribution and memory accounting
(tests/test_sandbox_leftovers.py, tests/test_sandbox_memory_accounting.py): a measuring worker and a counting
worker (callgrind) of each real runner, the process sandbox and docker, as module fixtures (tests/conftest.py makes
them every test module's), and the limits of their runs (a fixture the two modules bind by name)."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox

SECRET = "SECRET-INPUT-7f3a9c"
KINDS = ["process", "docker"]


def _make(kind: str, slot: int):
    if kind == "docker" and not docker_available():
        pytest.fail("no Docker engine answers")  # it runs here: a missing engine is a broken machine, not a skip
    r = ProcessSandbox(slot=slot) if kind == "process" else DockerSandbox(slot=slot)
    r.put_input("empty", marshal.dumps([]))
    r.put_input("secret", marshal.dumps([SECRET * 3]))
    r.start()
    return r


@pytest.fixture(scope="module", params=KINDS)
def srunner(request):
    r = _make(request.param, slot=3)
    yield r
    r.close()


@pytest.fixture(scope="module", params=KINDS)
def crunner(request):
    if request.param == "docker" and not docker_available():
        pytest.fail("no Docker engine answers")
    r = (ProcessSandbox if request.param == "process" else DockerSandbox)(slot=4, counter="callgrind")
    r.put_input("empty", marshal.dumps([]))
    r.start()
    yield r
    r.close()


@pytest.fixture
def limits() -> Limits:
    """Overrides tests/conftest.py's in the modules that bind it (pytest takes a module's own fixture first): counted
    runs under valgrind, and docker's, need more than its 3 s."""
    return Limits(wall_limit=20.0, cpu_limit=25, memory_mb=256)


def run(runner, code, limits, keys=("empty",)):
    return runner.execute(code, "f", list(keys), limits)
