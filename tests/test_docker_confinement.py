"""The docker runner's worker container against the real engine on this machine (no registry: nothing is ever
pulled): how the container is hardened, and adversarial samples run in it (network, files, IPC, processes, memory,
time, signals).  tests/test_counting_isolation.py runs several of these attacks again against the process
sandbox's counting worker."""
from __future__ import annotations

import marshal
import os
import re
import socket
import sys
import time
from pathlib import Path

import pytest

from effbench.sandbox import base, make_sandbox
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available


pytestmark = [pytest.mark.skipif(not docker_available(), reason="no Docker engine answers"),
              pytest.mark.sandbox]
ROOT = Path(__file__).resolve().parent.parent


def run(runner, code, limits, keys=("empty",)):
    return runner.execute(code, "f", list(keys), limits)


@pytest.fixture(scope="module")
def drunner():
    r = DockerSandbox(slot=0)
    r.put_input("small", marshal.dumps([list(range(1000))]))
    r.put_input("empty", marshal.dumps([]))
    r.start()
    yield r
    r.close()


# ---------------------------------------------------------------- the container itself
def test_worker_runs_as_pid_1_of_a_hardened_container(drunner, engine):
    info = drunner.info()
    assert info["runner"] == "docker" and info["pid"] == 1 and info["uid"] == 65534
    assert re.fullmatch(r"effbench-runner:[0-9a-f]{12}", info["image"]) and info["image_id"].startswith("sha256:")
    attrs = engine.containers.get(drunner.container.id).attrs
    host, config = attrs["HostConfig"], attrs["Config"]
    assert host["NetworkMode"] == "none" and host["ReadonlyRootfs"] is True
    assert host["CapDrop"] == ["ALL"] and not host.get("CapAdd")
    assert host["SecurityOpt"] == ["no-new-privileges"] and host["IpcMode"] == "none"
    assert host["Memory"] > 0 and host["PidsLimit"] > 0 and host["CpusetCpus"] != ""
    assert "/tmp" in host["Tmpfs"] and not host.get("Init") and host["Privileged"] is False
    assert config["User"] == "65534:65534" and config["Labels"]["effbench.pid"] == str(os.getpid())
    binds = {b.split(":")[1]: b.split(":")[2] for b in host["Binds"]}
    assert binds and all(mode == "ro" for mode in binds.values())  # the socket dir and, here, the interpreter


def test_plain_sample_runs_and_is_measured(drunner, limits):
    ex = run(drunner, "def f(xs):\n    return sorted(xs, reverse=True)[:3]", limits, ["small"])
    assert ex.status == base.OK, ex.detail
    assert ex.outputs == [[999, 998, 997]]
    assert 0 < ex.cpu_time < 0.5 and 0 < ex.wall_time < 0.5 and ex.peak_kb > 0


def test_make_runner_picks_docker(drunner):
    assert type(make_sandbox("docker")) is DockerSandbox and type(make_sandbox("auto")) is DockerSandbox


# ---------------------------------------------------------------- adversarial samples
def test_no_network_at_all(drunner, limits):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    code = (f"import socket\ndef f():\n    out = []\n    for addr in (('127.0.0.1', {port}), ('8.8.8.8', 53)):\n"
            "        try:\n            socket.create_connection(addr, timeout=1)\n            out.append('connected')\n"
            "        except OSError as e:\n            out.append(type(e).__name__)\n"
            "    return out + sorted(line.split(':')[0].strip() for line in open('/proc/net/dev').readlines()[2:])\n")
    ex = run(drunner, code, limits)
    # no socket at all (the child's seccomp filter), and had it one, no interface but loopback (--network none)
    assert ex.status == base.OK and ex.outputs[0] == ["PermissionError", "PermissionError", "lo"], ex.outputs
    with pytest.raises(socket.timeout):
        server.accept()
    server.close()


@pytest.mark.parametrize("path", ["/etc/owned", "/etc/hosts", "/usr/owned", "/opt/effbench-runners/x", "/dev/shm/x",
                                  "/sock/x", "/owned", f"{sys.base_prefix}/owned"])
def test_cannot_write_outside_tmp(drunner, limits, path):
    ex = run(drunner, f"def f():\n    open({path!r}, 'w').write('x')\n", limits)
    assert ex.status == base.ERROR and ex.error_type in ("PermissionError", "FileNotFoundError", "OSError"), ex.detail


def test_nothing_a_run_writes_outlives_it(drunner, limits):
    # The child shares the worker's uid, so it can write the container's /tmp; the worker wipes it after the run.
    writer = ("import os\ndef f():\n    open('cache.bin', 'w').write('precomputed')\n"
              "    open('/tmp/owned', 'w').write('x')\n    os.makedirs('/tmp/a/b')\n    os.chmod('/tmp/a', 0)\n"
              "    return os.getcwd()\n")
    first = run(drunner, writer, limits)
    assert first.status == base.OK, first.detail
    reader = ("import os, glob\ndef f():\n    return sorted(glob.glob('/tmp/**/cache.bin', recursive=True))"
              " + os.listdir('.') + [p for p in ('/tmp/owned', '/tmp/a') if os.path.exists(p)]\n")
    second = run(drunner, reader, limits)
    assert second.status == base.OK and second.outputs == [[]], second.outputs


def test_no_ipc_object_can_be_left_for_a_later_run(drunner, limits):
    code = ("import ctypes\nfrom multiprocessing import shared_memory\ndef f():\n"
            "    libc = ctypes.CDLL(None, use_errno=True)\n    out = [libc.shmget(0, 4096, 0o1000 | 0o600),"
            " libc.msgget(0, 0o1000 | 0o600), libc.semget(0, 1, 0o1000 | 0o600)]\n    try:\n"
            "        shared_memory.SharedMemory(create=True, size=4096)\n        out.append('posix shm')\n"
            "    except OSError:\n        out.append(-1)\n    return out\n")
    ex = run(drunner, code, limits)
    assert ex.status == base.OK and ex.outputs == [[-1, -1, -1, -1]], ex.outputs


def test_host_files_expected_outputs_and_other_samples_are_invisible(drunner, limits, tmp_path):
    secret = tmp_path / "expected.jsonl"
    secret.write_text('{"value": 42}')
    code = (f"import os\ndef f():\n    return [os.path.exists(p) for p in ({str(secret)!r}, {str(tmp_path)!r}, "
            f"{str(ROOT / 'examples' / 'samples.jsonl')!r}, {str(ROOT)!r}, '/var/run/docker.sock', "
            "os.path.expanduser('~/.cache/effbench'), '/sock/worker.sock')]\n")
    ex = run(drunner, code, limits)
    assert ex.status == base.OK and ex.outputs == [[False] * 7], ex.outputs


def test_fork_bomb_and_threads_cannot_start(drunner, limits):
    fork = run(drunner, "import os\ndef f():\n    while True:\n        os.fork()\n", limits)
    assert fork.status == base.ERROR and fork.error_type == "BlockingIOError"
    thread = run(drunner, "import threading\ndef f():\n    threading.Thread(target=print).start()\n", limits)
    assert thread.status == base.ERROR and thread.error_type == "RuntimeError"


def test_memory_bomb_hits_the_memory_limit(drunner):
    ex = run(drunner, "def f():\n    return len(bytearray(2 * 1024 ** 3))\n", Limits(wall_limit=5, memory_mb=256))
    assert ex.status == base.MEMORY


def test_infinite_loop_that_swallows_exceptions_is_killed(drunner):
    code = ("def f():\n    while True:\n        try:\n            while True:\n                pass\n"
            "        except BaseException:\n            pass\n")
    start = time.monotonic()
    ex = run(drunner, code, Limits(wall_limit=1.0, cpu_limit=5))
    assert ex.status == base.TIMEOUT and time.monotonic() - start < 3.0


def test_a_100_mb_result_is_over_the_limit_and_100_mb_of_printing_is_harmless(drunner):
    big = run(drunner, "def f():\n    return 'x' * 100_000_000\n", Limits(wall_limit=20, memory_mb=1024))
    assert big.status == base.OUTPUT_LIMIT, big.detail
    loud = run(drunner, "import sys\ndef f():\n    chunk = 'x' * 1_000_000\n    for _ in range(100):\n"
                        "        print(chunk)\n        sys.stderr.write(chunk)\n    return 7\n", Limits(wall_limit=20))
    assert loud.status == base.OK and loud.outputs == [7]


def test_rebinding_timers_does_not_change_the_measured_time(drunner, limits):
    honest = "def f():\n    s = 0\n    for i in range(2_000_000):\n        s += i\n    return s\n"
    cheat = ("import time, resource, os\n"
             "time.perf_counter = time.process_time = time.monotonic = time.time = lambda: 0.0\n"
             "time.perf_counter_ns = time.process_time_ns = lambda: 0\n"
             "resource.getrusage = lambda *a: None\nos.times = lambda: None\n" + honest)
    pairs = [(run(drunner, honest, limits), run(drunner, cheat, limits)) for _ in range(3)]
    assert all(a.status == b.status == base.OK and a.outputs == b.outputs for a, b in pairs)
    assert min(b.cpu_time for _, b in pairs) > 0.5 * min(a.cpu_time for a, _ in pairs) > 0.01


@pytest.mark.parametrize("sig", ["SIGKILL", "SIGTERM", "SIGINT", "SIGSTOP"])
def test_signalling_the_parent_or_pid_1_fails_and_the_worker_survives(drunner, limits, sig):
    restarts = drunner.restarts
    code = (f"import os, signal\ndef f():\n    out = []\n    for pid in (os.getppid(), 1, -1):\n        try:\n"
            f"            os.kill(pid, signal.{sig})\n            out.append('sent')\n"
            "        except OSError as e:\n            out.append(type(e).__name__)\n    return out\n")
    ex = run(drunner, code, limits)
    assert ex.status == base.OK and ex.outputs == [["PermissionError"] * 3], ex.outputs
    assert run(drunner, "def f():\n    return 1\n", limits).outputs == [1]
    assert drunner.restarts == restarts


def test_re_limiting_or_renicing_the_worker_fails(drunner, limits):
    code = ("import os, resource\ndef f():\n    out = []\n"
            "    for call in (lambda: resource.prlimit(1, resource.RLIMIT_CPU, (1, 1)),"
            " lambda: os.setpriority(os.PRIO_USER, os.getuid(), 19), lambda: os.setpriority(os.PRIO_PROCESS, 1, 19)):\n"
            "        try:\n            call()\n            out.append('done')\n        except OSError as e:\n"
            "            out.append(type(e).__name__)\n    os.nice(1)\n    return out\n")
    ex = run(drunner, code, limits)
    assert ex.status == base.OK and ex.outputs == [["PermissionError"] * 3], ex.outputs


def test_killing_itself_or_segfaulting_is_a_crash(drunner, limits):
    ex = run(drunner, "import os, signal\ndef f():\n    os.kill(os.getpid(), signal.SIGKILL)\n", limits)
    assert ex.status == base.CRASH
    ex = run(drunner, "import ctypes\ndef f():\n    return ctypes.string_at(0)\n", limits)
    assert ex.status == base.CRASH and "SIGSEGV" in ex.detail
