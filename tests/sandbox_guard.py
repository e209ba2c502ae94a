"""The ``sandbox`` marker, kept honest: a test that is not marked cannot start a process or reach Docker.

The quick subset (``python3 -m pytest -q -m "not sandbox"``, the edit-test loop in CONTRIBUTING.md) is only quick
if the tests it selects never start a sandbox, valgrind, a container or ``python3 -m effbench``.  A marker applied by
hand drifts; so, while an unmarked test runs (its fixtures' set-up and tear-down included), the three ways the
host starts anything are refused: ``subprocess.Popen`` (bubblewrap, valgrind, the CLI as a subprocess, chromium,
any tool), ``os.fork`` (multiprocessing) and a Docker engine client.  The refusal is a ``BaseException``, so the
``except Exception`` of code under test (``docker_available`` returns False on any error) cannot swallow it, and it
is also recorded on the test, which fails even if something did catch it.  The guard is on in every run, not only in
the quick one: a test that starts a process without the marker fails in the full run too.
"""
from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator

import pytest

MARKER = "sandbox"
_VIOLATIONS = pytest.StashKey[list]()


class SandboxNotMarked(BaseException):
    """Raised where an unmarked test starts a process; a BaseException so that ``except Exception`` lets it by."""


def _refuse(item: pytest.Item, what: str):
    message = (f"{item.nodeid} starts {what} but is not marked @pytest.mark.{MARKER}: mark it (the quick subset "
               f"-m 'not {MARKER}' must not start processes)")
    item.stash[_VIOLATIONS].append(message)
    raise SandboxNotMarked(message)


@contextlib.contextmanager
def refuse_processes(item: pytest.Item) -> Iterator[None]:
    """Patch the host's ways of starting anything so that they raise (and record) for *item*."""
    item.stash[_VIOLATIONS] = []
    patches: list[tuple[object, str, object]] = []

    def patch(owner: object, name: str, what: str) -> None:
        patches.append((owner, name, getattr(owner, name)))

        def refused(*args, **kwargs):
            command = kwargs.get("args", args[1] if owner is subprocess.Popen and len(args) > 1 else None)
            _refuse(item, f"{what} {command!r}" if command is not None else what)
        setattr(owner, name, refused)

    patch(subprocess.Popen, "_execute_child", "a subprocess")
    patch(os, "fork", "a forked process (os.fork)")
    try:
        import docker.api.client
        patch(docker.api.client.APIClient, "__init__", "a Docker engine client")
    except ImportError:  # pragma: no cover - docker is a dependency
        pass
    try:
        yield
    finally:
        for owner, name, original in reversed(patches):
            setattr(owner, name, original)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None):
    if item.get_closest_marker(MARKER) is not None:
        return (yield)
    with refuse_processes(item):
        return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    """A refusal that the code under test caught still fails the test (in the phase where it happened)."""
    report = yield
    violations = item.stash.get(_VIOLATIONS, [])
    if violations:
        if report.outcome != "failed":
            report.outcome = "failed"
            report.longrepr = "\n".join(violations)
            if hasattr(report, "wasxfail"):  # an xfail test does not get to expect this failure
                del report.wasxfail
        violations.clear()  # reported once, in this phase
    return report
