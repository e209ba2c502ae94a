"""The attacks of tests/test_docker_confinement.py, against the process sandbox's counting worker.

That worker runs as nobody with each child at its own uid, exactly like a docker worker (so that instruction counts
agree between the runners); it therefore relies on the same guards as a container: the seccomp filter for syscalls
aimed at other processes, a non-dumpable worker, and a wipe of everything writable after each run."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base
from effbench.sandbox.process import ProcessSandbox

from .test_docker_confinement import (  # noqa: F401  (collected here again, with this module's `drunner`)
    test_cannot_write_outside_tmp,
    test_fork_bomb_and_threads_cannot_start,
    test_killing_itself_or_segfaulting_is_a_crash,
    test_nothing_a_run_writes_outlives_it,
    test_re_limiting_or_renicing_the_worker_fails,
    test_signalling_the_parent_or_pid_1_fails_and_the_worker_survives,
)

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess


@pytest.fixture(scope="module")
def drunner():
    r = ProcessSandbox(slot=6, counter="callgrind")
    r.put_input("empty", marshal.dumps([]))
    r.start()
    yield r
    r.close()


def test_the_counting_worker_counts_while_it_is_attacked(drunner, limits):
    ex = drunner.execute("def f():\n    return sum(range(1000))\n", "f", ["empty"], limits)
    assert ex.status == base.OK and ex.instructions and ex.instructions > 0


def test_a_run_cannot_make_ipc_objects_and_the_next_run_finds_none(drunner, limits):
    # No IPC limits of zero here (unlike a container): the child's filter refuses making SysV objects (memory its
    # peak does not see).  The worker's removal of any there were is defence in depth that no sample can reach now,
    # so no test reaches it either.
    maker = ("import ctypes\ndef f():\n    libc = ctypes.CDLL(None, use_errno=True)\n"
             "    return [libc.shmget(4242, 4096, 0o1000 | 0o600) >= 0, libc.msgget(4242, 0o1000 | 0o600) >= 0,"
             " libc.semget(4242, 1, 0o1000 | 0o600) >= 0]\n")
    finder = ("import ctypes\ndef f():\n    libc = ctypes.CDLL(None, use_errno=True)\n"
              "    return [libc.shmget(4242, 0, 0), libc.msgget(4242, 0), libc.semget(4242, 0, 0),"
              " open('/proc/sysvipc/shm').read().count('\\n')]\n")
    made = drunner.execute(maker, "f", ["empty"], limits)
    assert made.status == base.OK and made.outputs == [[False, False, False]], made.outputs
    found = drunner.execute(finder, "f", ["empty"], limits)
    assert found.status == base.OK and found.outputs == [[-1, -1, -1, 1]], found.outputs  # 1: the header line
