"""Shared fixtures.  The sandbox fixtures start the real process sandbox (bubblewrap + executor): nothing is faked."""
from __future__ import annotations

import json
import os
import platform
import marshal
from pathlib import Path

import pytest

from effbench.sandbox import process
from effbench.sandbox.base import Limits
from effbench.sandbox.process import ProcessSandbox

from .datasets import enamel_dir, evalperf_dir  # noqa: F401 - fixtures (tasks imported from the datasets)
from .sandbox_guard import pytest_runtest_makereport, pytest_runtest_protocol  # noqa: F401 - hooks (the marker)
from .sandbox_workers import crunner, srunner  # noqa: F401 - fixtures (sandboxes of issue 11's attacks)

# The platform module asks `uname -p` for the processor once and caches it; asked here, before any test, so that a
# test describing the machine (every scored run does) starts no process and can be in the quick subset.
platform.processor()


def pytest_sessionstart(session) -> None:
    """matplotlib builds its font cache the first time it is imported, and asks `fc-list` for the system's fonts to
    do it: on a machine without the cache (a fresh CI machine) the first plotting test would start a process under the
    sandbox guard and fail.  The cache is built here, before any test, as `platform.processor()` is above."""
    try:
        import matplotlib.font_manager  # noqa: F401 - importing builds (or loads) the cache
    except ImportError:  # pragma: no cover - matplotlib is a test dependency
        pass


#: Variables pytest-xdist sets in its workers.  The tests' own pytest runs (pytester, ``python3 -m pytest``
#: subprocesses) are sessions of their own, yet pytest-benchmark takes PYTEST_XDIST_WORKER as being an xdist worker
#: and refuses ``--benchmark-only`` in them.
XDIST_VARIABLES = ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID")


def pytest_configure(config) -> None:
    for name in XDIST_VARIABLES:
        os.environ.pop(name, None)


#: Scratch directories of session fixtures, deleted once the session is over (:func:`pytest_sessionfinish`).
LEFT_TO_DELETE: list[Path] = []


def pytest_sessionfinish(session, exitstatus) -> None:
    """The session's scratch directories are deleted in the background (tests/installed.py): after the last test, so
    that no test's teardown starts the process (the sandbox guard would refuse it in an unmarked test's)."""
    if LEFT_TO_DELETE:
        from .installed import delete_in_background
        for path in LEFT_TO_DELETE:
            delete_in_background(path)
        LEFT_TO_DELETE.clear()


FIXTURE_TASKS = Path(__file__).parent / "fixtures" / "tasks"


@pytest.fixture(scope="session")
def fixture_tasks_dir() -> Path:
    return FIXTURE_TASKS


@pytest.fixture(scope="session")
def small_suite_run(tmp_path_factory):
    """tests/small_suite.py's suite and its local run, made once for every test comparing a run of it."""
    from .small_suite import local_run
    return local_run(tmp_path_factory.mktemp("small-suite"))


@pytest.fixture(scope="module")
def runner():
    r = ProcessSandbox(slot=0)
    r.start()
    r.put_input("small", marshal.dumps([list(range(1000))]))
    r.put_input("empty", marshal.dumps([]))
    yield r
    r.close()


@pytest.fixture(scope="module")
def engine():
    """The real Docker engine's client, for the docker runner's test modules (tests/test_docker_*.py)."""
    import docker
    client = docker.from_env()
    yield client
    client.close()


@pytest.fixture
def limits() -> Limits:
    return Limits(wall_limit=3.0, cpu_limit=5, memory_mb=256)


@pytest.fixture
def read_only_proc(monkeypatch) -> None:
    """Process sandboxes started in this test mount /proc read-only in their jail: a real kernel refusal of
    /proc/<pid>/clear_refs (EROFS), as a hardened runtime or a kernel without the file gives, which the worker meets
    when it resets a child's high-water mark (runners/watch.py reset_peak).  The worker only reads /proc otherwise."""
    real = process.bwrap_command

    def command(*args, **kwargs):
        cmd = real(*args, **kwargs)
        at = cmd.index("--proc") + 2
        return cmd[:at] + ["--remount-ro", "/proc"] + cmd[at:]

    monkeypatch.setattr(process, "bwrap_command", command)


def copy_of_runners(dest: Path) -> Path:
    """*dest*, made to hold a copy of this effbench's runner files and nothing else (no bytecode): to change one, or
    to put something beside them."""
    from effbench.sandbox import runner_source
    dest.mkdir(parents=True)
    runner_source.copy_runner_files(runner_source.runners_dir(), dest)
    return dest


def write_samples(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture(scope="session")
def baseline_run(tmp_path_factory) -> dict:
    """The composite action run once on model mine's loop.py (tests/action_harness.py): the baseline of the action's
    tests in test_action_steps.py and test_pr_comment.py, which only read it (a module-scoped fixture imported into
    the second module ran the same action a second time)."""
    from .action_harness import COMMON, SOL, run_action
    work = tmp_path_factory.mktemp("base")
    (work / "samples.jsonl").write_text(json.dumps(
        {"task_id": "prefix-max", "model": "mine", "solution": (SOL / "loop.py").read_text()}) + "\n")
    result = run_action({**COMMON, "samples": "samples.jsonl"}, work)
    result["work"] = work
    return result


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory) -> Path:
    """effbench's wheel, built once per session from a fresh copy of the checkout (tests/installed.py)."""
    from .installed import wheel_from_checkout
    return wheel_from_checkout(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="session")
def installed(built_wheel):
    """The built wheel in a fresh venv, and an unprivileged user to run it (tests/installed.py)."""
    import os
    from .installed import install, make_scratch
    if os.geteuid() != 0:
        pytest.skip("creating the unprivileged user and switching to it needs root (CI runs the tests as root)")
    scratch = make_scratch()
    try:
        yield install(scratch, built_wheel)
    finally:
        LEFT_TO_DELETE.append(scratch)
