"""Adversarial samples against the real process sandbox.  Each sample would win (or hurt the host) if its guard
were missing; each test asserts the guard held."""
from __future__ import annotations

import json
import marshal
import os
import socket
import subprocess
import threading
import time
from collections.abc import Callable

import psutil
import pytest
from effbench_runners import wire

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.client import PROBE, WorkerSession
from effbench.sandbox.process import ProcessSandbox

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess


def run(runner, code, limits, keys=("empty",)):
    return runner.execute(code, "f", list(keys), limits)


def test_plain_sample_runs_and_is_measured(runner, limits):
    ex = run(runner, "def f(xs):\n    return sorted(xs, reverse=True)[:3]", limits, ["small"])
    assert ex.status == base.OK, ex.detail
    assert ex.outputs == [[999, 998, 997]]
    assert 0 < ex.cpu_time < 0.5 and 0 < ex.wall_time < 0.5
    assert ex.peak_kb > 0 and ex.base_kb > 0


def test_infinite_loop_that_swallows_exceptions_is_killed_at_its_limit(runner):
    code = ("def f():\n    while True:\n        try:\n            while True:\n                pass\n"
            "        except BaseException:\n            pass\n")
    start = time.monotonic()
    ex = run(runner, code, Limits(wall_limit=1.0, cpu_limit=5))
    assert ex.status == base.TIMEOUT
    assert time.monotonic() - start < 3.0


def test_sleeping_sample_is_killed_by_wall_clock(runner):
    ex = run(runner, "import time\ndef f():\n    time.sleep(30)\n", Limits(wall_limit=0.5))
    assert ex.status == base.TIMEOUT and ex.cpu_time < 0.2


def test_fork_bomb_cannot_fork(runner, limits):
    code = "import os\ndef f():\n    n = 0\n    while True:\n        os.fork()\n        n += 1\n"
    ex = run(runner, code, limits)
    assert ex.status == base.ERROR and ex.error_type == "BlockingIOError"


def test_threads_cannot_escape_the_cpu_clock(runner, limits):
    code = "import threading\ndef f():\n    t = threading.Thread(target=print)\n    t.start()\n    return 1\n"
    ex = run(runner, code, limits)
    assert ex.status == base.ERROR and ex.error_type == "RuntimeError"


def test_memory_bomb_hits_the_memory_limit(runner):
    ex = run(runner, "def f():\n    return len(bytearray(2 * 1024 ** 3))\n", Limits(wall_limit=5, memory_mb=256))
    assert ex.status == base.MEMORY


def test_a_result_whose_copy_does_not_fit_the_budget_is_the_memory_limit(runner):
    """A result that fits the budget but whose copy for the host does not (26 MB of bytes, twice, on 64 MB) is the
    memory limit, as when it is put in the wire form (instructions mode).  Before, in timing modes, the MemoryError
    of its marshal copy went uncaught: the child exited with the harness's code 5, a failure of the whole sample
    where the memory limit at a level past the first only ends its run there."""
    ex = run(runner, "def f():\n    return [bytes(26 << 20)]\n", Limits(wall_limit=10, memory_mb=64))
    assert (ex.status, ex.error_type) == (base.MEMORY, "MemoryError"), (ex.status, ex.detail)


def test_peak_memory_is_the_childs_own(runner, limits):
    small = run(runner, "def f():\n    return 1\n", limits)
    big = run(runner, "def f():\n    b = bytearray(100 * 1024 * 1024)\n    return len(b)\n", limits)
    assert big.status == small.status == base.OK
    assert big.peak_kb - big.base_kb >= 95 * 1024
    assert small.peak_kb - small.base_kb < 8 * 1024


def test_no_network_even_to_the_hosts_loopback(runner, limits):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    server.settimeout(0.5)
    port = server.getsockname()[1]
    code = (f"import socket\ndef f():\n    try:\n        socket.create_connection(('127.0.0.1', {port}), timeout=1)\n"
            "        out = ['connected']\n    except OSError as e:\n        out = [type(e).__name__]\n"
            "    return out + sorted(line.split(':')[0].strip() for line in open('/proc/net/dev').readlines()[2:])\n")
    ex = run(runner, code, limits)
    # no socket at all (the child's seccomp filter), and had it one, no interface but loopback (bwrap --unshare-net)
    assert ex.status == base.OK and ex.outputs[0] == ["PermissionError", "lo"], (ex.outputs, ex.detail)
    with pytest.raises(socket.timeout):
        server.accept()
    server.close()


@pytest.mark.parametrize("path", ["/tmp/owned", "/etc/owned", "/usr/owned", "/opt/effbench-runners/x", "/dev/shm/x"])
def test_cannot_write_outside_the_work_dir(runner, limits, path):
    ex = run(runner, f"def f():\n    open({path!r}, 'w').write('x')\n", limits)
    assert ex.status == base.ERROR and ex.error_type in ("PermissionError", "FileNotFoundError", "OSError")
    assert not os.path.exists(path) or path.startswith("/tmp") and not os.path.exists(path)


def test_work_dir_is_writable_and_private_to_one_run(runner, limits):
    writer = "import os\ndef f():\n    open('cache.bin', 'w').write('precomputed')\n    return os.getcwd()\n"
    first = run(runner, writer, limits)
    assert first.status == base.OK
    reader = ("import os, glob\ndef f():\n    return sorted(glob.glob('/tmp/**/cache.bin', recursive=True))"
              " + os.listdir('.')\n")
    second = run(runner, reader, limits)
    assert second.status == base.OK and second.outputs == [[]]


def test_host_files_expected_outputs_and_other_samples_are_invisible(runner, limits, tmp_path):
    secret = tmp_path / "expected.jsonl"
    secret.write_text('{"value": 42}')
    here = os.path.abspath("samples.jsonl")
    code = (f"import os\ndef f():\n    return [os.path.exists(p) for p in ({str(secret)!r}, {here!r}, "
            f"{str(tmp_path)!r}, os.path.expanduser('~/.cache/effbench'))]\n")
    ex = run(runner, code, limits)
    assert ex.status == base.OK and ex.outputs == [[False, False, False, False]]


def test_host_environment_does_not_leak(runner, limits, monkeypatch):
    code = "import os\ndef f():\n    return sorted(k for k in os.environ if 'SECRET' in k or 'TOKEN' in k)\n"
    ex = run(runner, code, limits)
    assert ex.status == base.OK and ex.outputs == [[]]


def test_rebinding_timers_does_not_change_the_measured_time(runner, limits):
    honest = "def f():\n    s = 0\n    for i in range(2_000_000):\n        s += i\n    return s\n"
    cheat = ("import time, resource, os\n"
             "time.perf_counter = time.process_time = time.monotonic = time.time = lambda: 0.0\n"
             "time.perf_counter_ns = time.process_time_ns = lambda: 0\n"
             "resource.getrusage = lambda *a: None\nos.times = lambda: None\n" + honest)
    pairs = [(run(runner, honest, limits), run(runner, cheat, limits)) for _ in range(3)]
    assert all(a.status == b.status == base.OK and a.outputs == b.outputs for a, b in pairs)
    honest_t, cheat_t = min(a.cpu_time for a, _ in pairs), min(b.cpu_time for _, b in pairs)
    assert cheat_t > 0.5 * honest_t and cheat_t > 0.03


def test_precomputation_at_import_is_charged(runner, limits):
    lazy = "def f():\n    return sum(range(3_000_000))\n"
    eager = "ANSWER = sum(range(3_000_000))\ndef f():\n    return ANSWER\n"
    pairs = [(run(runner, lazy, limits), run(runner, eager, limits)) for _ in range(3)]
    assert all(a.outputs == b.outputs for a, b in pairs)
    # Without the guard the eager sample would cost ~nothing; with it, about the same as the lazy one.
    assert min(b.cpu_time for _, b in pairs) > 0.5 * min(a.cpu_time for a, _ in pairs)


def _literal(n: int) -> str:
    return "X = [" + "1," * n + "]\ndef f():\n    return 0\n"


def test_a_source_that_compiles_past_the_cpu_limit_is_the_samples_timeout(runner):
    """Compiling happens before "go" (not measured), but under the run's limits: a source that takes seconds to
    compile (a literal of a million elements or more) ends as the sample's timeout, never as the sandbox's set-up
    failure (infrastructure, left out of the scores), and the worker lives on.

    The literal is sized from this machine's own compile speed, to take about three times the 1 s CPU limit: a
    fixed million elements took 2.2 to 3.6 s here, but compiled within 1 s on a faster CI machine and read "ok"."""
    probe = 200_000
    start = time.process_time()
    compile(_literal(probe), "<probe>", "exec")
    per_element = max(time.process_time() - start, 1e-3) / probe
    n = min(max(int(3.0 / per_element), 1_000_000), 8_000_000)
    # (memory enough for the compiler, it peaks near 0.7 KB an element: this is about time; a compile over the memory
    # budget is the sample's memory-limit outcome instead)
    ex = run(runner, _literal(n), Limits(wall_limit=30, cpu_limit=1, memory_mb=max(2048, n // 500)))
    assert ex.status == base.TIMEOUT, (n, ex.status, ex.detail)
    assert run(runner, "def f():\n    return 7\n", Limits(wall_limit=5)).outputs == [7]


def test_cpu_time_scales_with_work(runner, limits):
    loop = "def f():\n    s = 0\n    for i in range({n}):\n        s += i\n    return s\n"
    ones, twos = [], []
    for _ in range(5):  # interleaved, so a slow phase of the machine hits both alike
        ones.append(run(runner, loop.format(n=1_000_000), limits).cpu_time)
        twos.append(run(runner, loop.format(n=2_000_000), limits).cpu_time)
    assert 1.4 < min(twos) / min(ones) < 2.8


def test_printing_megabytes_is_harmless(runner, limits):
    code = "import sys\ndef f():\n    for _ in range(200):\n        print('x' * 100_000)\n" \
           "        sys.stderr.write('y' * 100_000)\n    return 7\n"
    ex = run(runner, code, limits)
    assert ex.status == base.OK and ex.outputs == [7]


def test_huge_result_hits_the_output_limit(runner):
    ex = run(runner, "def f():\n    return 'x' * 3_000_000\n", Limits(wall_limit=5, max_output=1_000_000))
    assert ex.status == base.OUTPUT_LIMIT


def test_a_result_at_the_output_limit_comes_back_whole_and_one_character_more_is_over_it(runner):
    """The limit is on the result's wire form (tagged JSON): the longest text whose form fits comes back whole, and
    one character more is over the limit."""
    cap = 1_000_000
    n = cap - len(wire.dumps({"kind": "ok", "outputs": [""]}))
    code = "def f():\n    return 'x' * {n}\n"
    ex = run(runner, code.format(n=n), Limits(wall_limit=5, max_output=cap))
    assert ex.status == base.OK and ex.outputs == ["x" * n], ex.detail
    assert run(runner, code.format(n=n + 1), Limits(wall_limit=5, max_output=cap)).status == base.OUTPUT_LIMIT


def test_killing_the_parent_fails_and_the_worker_survives(runner, limits):
    restarts = runner.restarts
    code = "import os, signal\ndef f():\n    os.kill(os.getppid(), signal.SIGKILL)\n    os.kill(1, signal.SIGKILL)\n"
    ex = run(runner, code, limits)
    assert ex.status == base.ERROR and ex.error_type == "PermissionError"
    assert run(runner, "def f():\n    return 1\n", limits).outputs == [1]
    assert runner.restarts == restarts


def test_killing_itself_is_a_crash_not_a_timeout(runner, limits):
    ex = run(runner, "import os, signal\ndef f():\n    os.kill(os.getpid(), signal.SIGKILL)\n", limits)
    assert ex.status == base.CRASH


def test_segfault_is_a_crash(runner, limits):
    ex = run(runner, "import ctypes\ndef f():\n    return ctypes.string_at(0)\n", limits)
    assert ex.status == base.CRASH and "SIGSEGV" in ex.detail


def test_exiting_early_is_not_a_result(runner, limits):
    assert run(runner, "import os\ndef f():\n    os._exit(0)\n", limits).status == base.EXIT
    assert run(runner, "import sys\nsys.exit(0)\n", limits).status == base.ERROR


def test_writing_a_fake_result_frame_gains_nothing(runner, limits):
    # The sample finds the result pipe and writes a forged frame claiming success, then keeps running.
    code = ("import os, json, struct\n"
            "def f():\n"
            "    fake = json.dumps({'kind': 'ok', 'outputs': [999]}).encode()\n"
            "    for fd in range(3, 10):\n"
            "        try:\n"
            "            os.write(fd, struct.pack('>Q', len(fake)) + fake)\n"
            "        except OSError:\n"
            "            pass\n"
            "    return 5\n")
    ex = run(runner, code, limits)
    # Forging a frame is at best the same as returning that value: the time is still measured from outside.
    assert ex.status in (base.OK, base.BAD_OUTPUT)
    if ex.status == base.OK:
        assert ex.cpu_time is not None and ex.cpu_time > 0


# A reply as the worker writes one (runners/executor.py), measuring 1 us and outputs of the writer's choosing.
FORGED_REPLY = (wire.pack_frame(json.dumps({"status": "done", "wall_ns": 1000, "cpu_ns": 1000, "peak_kb": 1,
                                            "base_kb": 1, "files_kb": 0, "payload": True}).encode())
                + wire.pack_frame(json.dumps({"kind": "ok", "outputs": [1234]}).encode()))


def _write_into_reply_channel(session: WorkerSession) -> None:
    """The attacker here is the test: it owns the host process and opens a write end of the worker's reply pipe
    through /proc/self/fd, as a sample opened one through bubblewrap's /proc/1/fd/1 before the worker was the
    sandbox's PID 1 (tests/test_sandbox_leftovers.py); no sample can reach that pipe now."""
    fd = os.open(f"/proc/self/fd/{session.read_fd}", os.O_WRONLY)
    try:
        os.write(fd, FORGED_REPLY)
    finally:
        os.close(fd)


def _forge_runs(monkeypatch, forge: Callable[[dict], bool]) -> list[tuple[str, bool]]:
    """Forge the reply of each run request *forge* picks (hellos, puts and drops never: the forgery under test is a
    run's), on whichever worker serves it; returns each run request's code, and whether its reply was forged.  The
    forged frame goes on the channel just before the request: the host reads the channel in order, so it meets the
    forgery before the worker's own reply, as when the running sample writes one, with no race against the run's end
    or an earlier request (a thread that waited for the session to be busy forged the put of an input not sent yet,
    whenever one came first: a test run alone, or after a restart)."""
    runs: list[tuple[str, bool]] = []
    real = WorkerSession.request

    def request(session: WorkerSession, header: dict, payload: bytes | None = None, timeout: float = 60.0):
        if header.get("op") == "run":
            runs.append((header["code"], forge(header)))
            if runs[-1][1]:
                _write_into_reply_channel(session)
        return real(session, header, payload, timeout)

    monkeypatch.setattr(WorkerSession, "request", request)
    return runs


SEVEN = "def f():\n    return 7\n"


def test_a_forged_reply_is_retried_on_a_fresh_worker_and_blames_no_sample(runner, limits, monkeypatch):
    """A frame written on the reply channel while a sample runs was taken for its run's reply (1 us, outputs of its
    choosing), and the worker's own reply for the next run's.  Replies now start with their request's token, and a
    forged one is handled as a dead worker: the worker is replaced and the run retried.  Once, it was the sample's
    bad_output at once, where the sample may not have written it (a fault of the machinery would forge one too)."""
    restarts = runner.restarts
    runs = _forge_runs(monkeypatch, lambda header: not runs)  # the first run's reply alone
    ex = run(runner, SEVEN, limits)
    assert runs == [(SEVEN, True), (SEVEN, False)]
    assert ex.status == base.OK and ex.outputs == [7], (ex.status, ex.detail)
    assert runner.restarts == restarts + 1


def test_a_reply_forged_again_on_a_fresh_worker_is_the_samples_forgery(runner, limits, monkeypatch):
    """A sample whose run's reply is forged on two fresh workers, while a trivial sample's is not, forged it: its
    bad_output, "forged reply", outputs and times unbelieved, and the next run gets its own reply."""
    restarts = runner.restarts
    runs = _forge_runs(monkeypatch, lambda header: header["code"] == SEVEN)
    ex = run(runner, SEVEN, limits)
    assert runs == [(SEVEN, True), (SEVEN, True), (PROBE, False)]
    assert ex.status == base.BAD_OUTPUT and ex.detail.startswith("forged reply"), (ex.status, ex.detail)
    assert ex.outputs is None and ex.cpu_time is None
    assert runner.restarts == restarts + 2
    after = run(runner, "def f():\n    return 8\n", limits)
    assert after.status == base.OK and after.outputs == [8], (after.status, after.detail)


def test_a_forged_reply_to_every_run_is_no_samples(runner, limits, monkeypatch):
    """When the trivial sample's run gets a forged reply too, the forger is not the sample: infrastructure."""
    runs = _forge_runs(monkeypatch, lambda header: True)
    ex = run(runner, SEVEN, limits)
    assert runs == [(SEVEN, True), (SEVEN, True), (PROBE, True)]
    assert ex.status == base.INFRA and "forged" not in ex.status, (ex.status, ex.detail)
    assert "without its request's token" in ex.detail, ex.detail


def test_bytes_on_the_reply_channel_between_runs_are_no_runs_reply(runner, limits, monkeypatch):
    """Bytes that arrive when no request is waiting (after a run's reply) were the next run's reply; now the worker
    is replaced before the next request, which is sent once, and nothing is blamed on the next sample."""
    assert run(runner, SEVEN, limits).outputs == [7]
    restarts = runner.restarts
    _write_into_reply_channel(runner.session)
    runs = _forge_runs(monkeypatch, lambda header: False)
    after = run(runner, "def f():\n    return 8\n", limits)
    assert after.status == base.OK and after.outputs == [8], (after.status, after.detail)
    assert runs == [("def f():\n    return 8\n", False)]  # replaced before its request, not retried after it
    assert runner.restarts == restarts + 1


def test_non_plain_results_are_rejected(runner, limits):
    code = "class A:\n    def __eq__(self, o):\n        return True\ndef f():\n    return A()\n"
    assert run(runner, code, limits).status == base.BAD_OUTPUT


# Exceptions whose own methods fail, as a custom exception class with a bug in __str__ does: the child describes
# them as it can.  (Before, describing one raised in the child, which exited with its harness's code 5: "exited with
# code 5 before returning a result", the sample's error and its type lost.)
UNDESCRIBABLE = [
    ("class E(Exception):\n    def __str__(self):\n        return self.missing\n", "E", "str() failed"),
    ("class E(Exception):\n    def __str__(self):\n        return 5\n", "E", "str() failed"),
    ("class M(type):\n    @property\n    def __name__(cls):\n        return object()\n"
     "class E(Exception, metaclass=M):\n    pass\n", "E", "E: x"),
    ("def E(_):\n    e = SyntaxError('x')\n    e.lineno, e.text, e.offset = object(), 5, 'a'\n    return e\n",
     "SyntaxError", "SyntaxError: x"),
]


@pytest.mark.parametrize("exception, name, detail", UNDESCRIBABLE,
                         ids=["str-raises", "str-not-text", "name-not-text", "syntax-error-fields"])
def test_an_exception_that_cannot_describe_itself_is_still_the_samples_error(runner, limits, exception, name, detail):
    ex = run(runner, exception + "def f():\n    raise E('x')\n", limits)
    assert (ex.status, ex.error_type) == (base.ERROR, name), (ex.status, ex.detail)
    assert detail in ex.detail, ex.detail


def test_syntax_error_is_a_compile_error(runner, limits):
    assert run(runner, "def f(:\n    pass\n", limits).status == base.COMPILE_ERROR


def test_no_process_of_the_sandbox_uid_survives(runner, limits):
    run(runner, "import os\ndef f():\n    os.setsid()\n", limits)
    out = subprocess.run(["pgrep", "-u", str(runner.uid())], capture_output=True, text=True)
    assert out.stdout.strip() == ""


def _kill_tree(proc) -> None:
    """Kill bwrap and everything under it (the worker runs in its own session inside the jail)."""
    parent = psutil.Process(proc.pid)
    family = parent.children(recursive=True) + [parent]
    for p in family:
        try:
            p.kill()
        except psutil.NoSuchProcess:
            pass  # already gone with its parent
    psutil.wait_procs(family, timeout=5)


def test_dead_worker_is_replaced_and_the_run_retried(limits):
    r = ProcessSandbox(slot=1)
    try:
        r.put_input("none", marshal.dumps([]))
        r.start()
        _kill_tree(r.proc)  # the worker dies between runs: infrastructure, not the sample's fault
        ex = r.execute("def f():\n    return 3\n", "f", ["none"], limits)
        assert ex.status == base.OK and ex.outputs == [3] and r.restarts == 1
    finally:
        r.close()


def test_worker_that_keeps_dying_is_reported_as_infrastructure(limits, monkeypatch):
    r = ProcessSandbox(slot=1)

    def dying_worker():  # a "worker" that exits at once, every time it is started
        r.proc = subprocess.Popen(["true"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        r.proc.wait()
        return WorkerSession(r.proc.stdin.fileno(), r.proc.stdout.fileno(), "dying worker")

    monkeypatch.setattr(r, "_spawn", dying_worker)
    r.put_input("none", marshal.dumps([]))
    try:
        ex = r.execute("def f():\n    return 3\n", "f", ["none"], limits)
        assert ex.status == base.INFRA and "failed twice" in ex.detail
    finally:
        r.close()


def test_parallel_slots_do_not_share_a_uid():
    a, b = ProcessSandbox(slot=0), ProcessSandbox(slot=1)
    assert a.uid() != b.uid()
    results = []
    code = "import os\ndef f():\n    return os.getuid()\n"

    def go(r):
        try:
            r.put_input("none", marshal.dumps([]))
            results.append(r.execute(code, "f", ["none"], Limits(wall_limit=5)).outputs[0])
        finally:
            r.close()

    threads = [threading.Thread(target=go, args=(r,)) for r in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == sorted([a.uid(), b.uid()])
