"""The ``sandbox`` marker cannot drift (tests/sandbox_guard.py): an unmarked test that starts a process fails, even
when the code under test catches the refusal or the test expects a failure; a marked one runs.  The inner sessions run
in this process (pytester's inline run); the marked inner test really starts ``true``, so this test is marked too."""
from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

CONFTEST = "from tests.sandbox_guard import pytest_runtest_makereport, pytest_runtest_protocol  # noqa: F401\n"
INNER = '''
import os
import subprocess

import pytest


def test_unmarked_subprocess():
    subprocess.run(["true"], check=True)


def test_unmarked_refusal_swallowed():
    try:
        subprocess.run(["true"], check=True)
    except BaseException:
        pass


def test_unmarked_fork():
    if os.fork() == 0:
        os._exit(0)


def test_unmarked_docker_client():
    import docker
    try:
        docker.from_env()
    except Exception:
        pass


@pytest.fixture(scope="module")
def started():
    return subprocess.run(["true"]).returncode


def test_unmarked_fixture(started):
    assert started == 0


@pytest.mark.xfail(strict=True, reason="an expected failure must not hide a process")
def test_unmarked_xfail():
    subprocess.run(["true"], check=True)
    raise AssertionError


def test_unmarked_pure():
    assert sum(range(4)) == 6


@pytest.mark.sandbox
def test_marked_subprocess():
    assert subprocess.run(["true"]).returncode == 0
'''


@pytest.mark.sandbox
def test_unmarked_tests_that_start_a_process_fail_and_marked_ones_run(pytester):
    pytester.makeconftest(CONFTEST)
    pytester.makeini("[pytest]\nmarkers =\n    sandbox: starts a process\n")
    pytester.makepyfile(test_inner=INNER)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider", "-rA")
    outcomes = {}
    for report in result.reprec.getreports("pytest_runtest_logreport"):
        name = report.nodeid.split("::")[-1]
        if report.failed or name not in outcomes:
            outcomes[name] = report.outcome
    assert outcomes == {
        "test_unmarked_subprocess": "failed", "test_unmarked_refusal_swallowed": "failed",
        "test_unmarked_fork": "failed", "test_unmarked_docker_client": "failed", "test_unmarked_fixture": "failed",
        "test_unmarked_xfail": "failed", "test_unmarked_pure": "passed", "test_marked_subprocess": "passed",
    }, result.stdout.str()
    assert "is not marked @pytest.mark.sandbox" in result.stdout.str()
