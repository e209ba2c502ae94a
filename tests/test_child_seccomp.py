"""The child's seccomp filter (runners/guard.py, policy in runners/syscalls.py), attacked in both runners.

Issue 11, item 6: without a filter, the process runner's child could unshare user, mount and network namespaces,
set up io_uring, use the kernel keyring of its slot uid (keys outlive the run: state carried between runs), and
open a pidfd on the worker; Docker's default profile allows io_uring_setup.  And it could hold memory where its
peak does not see it: socket buffers, SysV IPC objects, pipes raised above their default size, inotify watches (the
inodes they pin).  Each attack must fail with EPERM (ENOSYS for clone3, so that glibc falls back to clone), and
what samples legitimately do must keep working.  Real bubblewrap and the real Docker engine; nothing is faked."""

from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.process import ProcessSandbox

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

ATTACKS = '''
import ctypes, os, socket
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWNET = 0x20000, 0x10000000, 0x40000000

def attempt(*args):
    ctypes.set_errno(0)
    ret = libc.syscall(*[ctypes.c_long(a) if isinstance(a, int) else a for a in args])
    err = ctypes.get_errno()
    if ret >= 0 and args[0] in (425, 434, 253, 294, 300):
        os.close(ret)
    return [ret >= 0, err]

def f():
    params = ctypes.create_string_buffer(120)
    pipe, write_end = os.pipe()
    sock = pipe  # the filter refuses those ioctls whatever the descriptor (and no socket can be made)
    pair = (ctypes.c_int * 2)()
    worker = ctypes.c_int(os.getppid())
    owner = (ctypes.c_int * 2)(1, os.getppid())  # F_OWNER_PID
    return {
        "fcntl F_SETOWN worker": attempt(72, pipe, 8, os.getppid()),
        "fcntl F_SETOWN_EX worker": attempt(72, pipe, 15, owner),
        "ioctl FIOSETOWN worker": attempt(16, sock, 0x8901, ctypes.byref(worker)),
        "ioctl SIOCSPGRP worker": attempt(16, sock, 0x8902, ctypes.byref(worker)),
        "unshare user+mount+net": attempt(272, CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET),
        "unshare user": attempt(272, CLONE_NEWUSER),
        "io_uring_setup": attempt(425, 4, params),
        "keyctl user keyring": attempt(250, 0, -4, 1),
        "add_key": attempt(248, b"user", b"effbench-attack", b"state", 5, -4),
        "pidfd_open worker": attempt(434, os.getppid(), 0),
        "bpf": attempt(321, 0, None, 0),
        "mount": attempt(165, b"none", b"/tmp", b"tmpfs", 0, None),
        "personality READ_IMPLIES_EXEC": attempt(135, 0x0400000),
        "mprotect to executable": attempt(10, ctypes.addressof(params) & ~4095, 4096, 7),
        "memfd_create": attempt(319, b"x", 0),
        "socket AF_INET": attempt(41, socket.AF_INET, socket.SOCK_STREAM, 0),
        "socket AF_NETLINK": attempt(41, socket.AF_NETLINK, socket.SOCK_RAW, 0),
        "socketpair AF_UNIX": attempt(53, socket.AF_UNIX, socket.SOCK_STREAM, 0, pair),
        "shmget": attempt(29, 0, 4096, 0o1000 | 0o600),
        "msgget": attempt(68, 0, 0o1000 | 0o600),
        "semget": attempt(64, 0, 1, 0o1000 | 0o600),
        "fcntl F_SETPIPE_SZ 1 MiB": attempt(72, write_end, 1031, 1 << 20),
        "fcntl F_SETPIPE_SZ 64 KiB + 1": attempt(72, write_end, 1031, 65537),
        "inotify_init": attempt(253),
        "inotify_init1": attempt(294, 0),
        "fanotify_init": attempt(300, 0, 0),
    }
'''
EPERM, ENOSYS = 1, 38


def _runner(kind: str, counter=None):
    if kind == "docker":
        if not docker_available():
            pytest.skip("no Docker engine answers")  # as tests/test_docker_*.py
        return DockerSandbox(slot=4, counter=counter)
    return ProcessSandbox(slot=8, counter=counter)


@pytest.fixture(scope="module", params=["process", "docker"])
def srunner(request):
    r = _runner(request.param)
    r.put_input("empty", marshal.dumps([]))
    r.start()
    yield r
    r.close()


LIMITS = Limits(wall_limit=10, cpu_limit=10, memory_mb=256)


def test_every_attack_on_the_kernel_surface_is_refused(srunner):
    ex = srunner.execute(ATTACKS, "f", ["empty"], LIMITS)
    assert ex.status == base.OK, ex.detail
    outcome = ex.outputs[0]
    assert {k: v for k, v in outcome.items() if v != [False, EPERM]} == {}


def test_clone3_is_unimplemented_so_threads_start_through_clone(srunner):
    # nproc counts every process of the uid, and a docker child shares its uid with other containers' workers
    code = ("import ctypes, concurrent.futures\ndef f():\n    libc = ctypes.CDLL(None, use_errno=True)\n"
            "    ret = libc.syscall(435, None, 0)\n    err = ctypes.get_errno()\n"
            "    with concurrent.futures.ThreadPoolExecutor(2) as pool:\n"
            "        squares = list(pool.map(lambda v: v * v, range(10)))\n"
            "    return [ret, err, squares[-1]]\n")
    ex = srunner.execute(code, "f", ["empty"], Limits(wall_limit=10, cpu_limit=10, memory_mb=256, nproc=64))
    assert ex.status == base.OK, ex.detail
    assert ex.outputs == [[-1, ENOSYS, 81]]


def test_a_single_process_sample_still_cannot_start_a_thread(srunner):
    ex = srunner.execute("import threading\ndef f():\n    threading.Thread(target=print).start()\n", "f", ["empty"],
                         LIMITS)
    assert ex.status == base.ERROR and ex.error_type == "RuntimeError"


def test_what_samples_legitimately_do_still_works(srunner):
    """New extension modules (dlopen: executable mappings of read-only system files), files in the work dir, mmap
    of data, a subprocess-free sample using many modules, a file set to signal the sample itself (or no one), a
    pipe made smaller or set to its default size."""
    code = ("import unicodedata, json, decimal, fcntl, mmap, os, re, zlib\ndef f():\n"
            "    with open('data.txt', 'w') as fh:\n        fh.write('abc' * 1000)\n"
            "    with open('data.txt', 'rb') as fh:\n        m = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)\n"
            "        head = m[:3].decode()\n"
            "    anon = mmap.mmap(-1, 1 << 16)\n    anon[:2] = b'ok'\n"
            "    return [unicodedata.name('a'), json.loads('[1]'), str(decimal.Decimal(1) / 4), head, "
            "anon[:2].decode(), len(re.findall('b', 'abcb')), len(zlib.compress(b'x' * 100)) > 0, "
            "[fcntl.fcntl(fd, fcntl.F_SETOWN, who) for fd in [os.open('data.txt', 0)] for who in (os.getpid(), 0)], "
            "[fcntl.fcntl(os.pipe()[1], fcntl.F_SETPIPE_SZ, size) for size in (4096, 65536)]]\n")
    ex = srunner.execute(code, "f", ["empty"], LIMITS)
    assert ex.status == base.OK, ex.detail
    assert ex.outputs == [["LATIN SMALL LETTER A", [1], "0.25", "abc", "ok", 2, True, [0, 0], [4096, 65536]]]
