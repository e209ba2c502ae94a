"""A sample shares its process with the harness code that sends its result, and (counting) the pipes every later
child of the zygote gets.  What it breaks there must be its own failure, with a reason, and nothing it leaves on the
shared pipes may reach a later sample: real runners (the process sandbox and Docker, timing and callgrind counting),
nothing faked."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available
from effbench.sandbox.outcome import interpret
from effbench.sandbox.process import ProcessSandbox

from .zygote_branches import LIMITS as QUICK
from .zygote_branches import control_pipe_writer

LIMITS = Limits(wall_limit=60, cpu_limit=61, memory_mb=256)
SETUPS = [("process", None), ("process", "callgrind"), ("docker", None), ("docker", "callgrind")]


@pytest.fixture(scope="module", params=SETUPS, ids=[f"{k}-{c or 'timing'}" for k, c in SETUPS])
def sandbox(request):
    kind, counter = request.param
    if kind == "docker" and not docker_available():
        pytest.fail("no Docker engine answers")  # it runs here (as tests/sandbox_workers.py)
    r = (ProcessSandbox if kind == "process" else DockerSandbox)(slot=9, counter=counter)
    r.put_input("empty", marshal.dumps([]))
    r.start()
    yield r
    r.close()


def run(sandbox, code: str):
    return sandbox.execute(code, "f", ["empty"], LIMITS)


NOT_SENT = "its result could not be sent"
# What a sample may change in the modules its process sends the result with.  Before, each ended as "exited with
# code 5 before returning a result" (the harness's code raised in the child), in every mode where it broke the send.
BREAKS = {
    "builtins-isinstance": "import builtins\nbuiltins.isinstance = None\n",
    "builtins-len": "import builtins\nbuiltins.len = None\n",
    "builtins-memoryview": "import builtins\nbuiltins.memoryview = None\n",
    "builtins-type": "import builtins\nbuiltins.type = None\n",
    "json-dumps-raises": "import json\ndef _no(*a, **k):\n    raise ValueError('no')\njson.dumps = _no\n",
    "wire": "import wire\nwire.dumps = wire.error_payload = wire.pack_frame = None\n",
    "child-module": "import child\nchild.wire = child._write_all = None\n",
}


@pytest.mark.sandbox
@pytest.mark.parametrize("name", BREAKS)
def test_a_sample_that_breaks_what_sends_its_result_fails_with_that_reason(sandbox, name):
    restarts = sandbox.restarts
    ex = run(sandbox, BREAKS[name] + "def f():\n    return 7\n")
    # the send survived it (the harness bound what it sends with before the sample ran), or could not send: said so
    assert (ex.status, ex.outputs) == (base.OK, [7]) or (ex.status == base.BAD_OUTPUT and NOT_SENT in ex.detail), \
        (ex.status, ex.detail)
    assert sandbox.restarts == restarts
    assert run(sandbox, "def f():\n    return 8\n").outputs == [8]


@pytest.mark.sandbox
def test_a_result_pipe_set_non_blocking_still_carries_a_result_larger_than_the_pipe(sandbox):
    """Before: the child's write of a 2 MB result failed with EAGAIN once the pipe was full (code 5); counting, its
    wait for the worker's byte after the result failed at once, and nothing was counted."""
    code = ("import os\ndef f():\n    for fd in range(3, 64):\n        try:\n            os.set_blocking(fd, False)\n"
            "        except OSError:\n            pass\n    return 'x' * 2_000_000\n")
    ex = run(sandbox, code)
    assert (ex.status, ex.outputs) == (base.OK, ["x" * 2_000_000]), (ex.status, ex.detail)
    assert (ex.instructions is not None) == (sandbox.counter is not None)


@pytest.mark.sandbox
def test_a_sample_that_closes_its_result_pipe_is_told_so(sandbox):
    """Before, a sample that closed every descriptor and returned ended as "exited with code 5 before returning a
    result" (the send raised EBADF in the child)."""
    ex = run(sandbox, "import os\nos.closerange(0, 64)\ndef f():\n    return 1\n")
    assert ex.status == base.EXIT and "result pipe" in ex.detail, (ex.status, ex.detail)
    assert run(sandbox, "def f():\n    return 2\n").outputs == [2]


@pytest.mark.sandbox
def test_a_sample_that_exits_with_the_harnesss_own_code_is_not_said_to_have_closed_its_pipe(sandbox):
    """The harness's "no result pipe" exit code runs in the sample's process, so the sample can exit with it too.
    Before, ``os._exit(6)`` read as a fact: "it closed or replaced its result pipe"; now the code is said for what it
    is, the sample's exit, with what the harness means by it."""
    ex = run(sandbox, "import os\ndef f():\n    os._exit(6)\n")
    assert ex.status == base.EXIT and ex.exit_code == 6, (ex.status, ex.detail)
    assert ex.detail.startswith("exited with code 6 before returning a result"), ex.detail
    assert "a sample can also exit with it" in ex.detail, ex.detail
    assert run(sandbox, "def f():\n    return 2\n").outputs == [2]


@pytest.mark.sandbox
def test_a_sample_that_also_rebinds_os_exit_is_told_so_and_its_process_goes(sandbox):
    """The child's exit once its result could not be written was looked up after the sample ran: rebound to raise,
    it let the child go on through the worker's (or the zygote's) own code, to end as "exited with code 120 before
    returning a result"."""
    restarts = sandbox.restarts
    code = ("import os\ndef _stay(code):\n    raise RuntimeError('no exit')\nos._exit = _stay\nos.closerange(0, 64)\n"
            "def f():\n    return 1\n")
    ex = run(sandbox, code)
    assert ex.status == base.EXIT and "result pipe" in ex.detail, (ex.status, ex.detail)
    assert sandbox.restarts == restarts
    assert run(sandbox, "def f():\n    return 2\n").outputs == [2]


# A signal handler of the sample's that raises once its calls are done, every 0.2 ms: in the harness's own code
# that encodes or sends the result.
RAISING_HANDLER = """import signal
DONE = []
def _raise(*_):
    if DONE:
        raise ValueError('from a handler')
signal.signal(signal.SIGALRM, _raise)
signal.setitimer(signal.ITIMER_REAL, 0.0002, 0.0002)
def f():
    DONE.append(1)
    return 'x' * 20_000_000
"""


@pytest.mark.sandbox
def test_a_signal_handler_that_raises_in_the_harness_is_the_samples_failure_with_a_reason(sandbox):
    """Before: "exited with code 5 before returning a result" where it raised in the send, and counting, "the child
    did not exit normally" where it raised while the child waited to exit.  Now its error where the call or the
    result's encoding runs, and no handler runs from the send on."""
    ex = run(sandbox, RAISING_HANDLER)
    if ex.status == base.OK:  # it raised only where the child waits after its result
        assert ex.outputs == ["x" * 20_000_000] and (ex.instructions is not None) == (sandbox.counter is not None)
    else:
        assert ex.status in (base.ERROR, base.BAD_OUTPUT, base.EXIT), (ex.status, ex.detail)
        assert "ValueError: from a handler" in ex.detail or "signal handler" in ex.detail, (ex.status, ex.detail)
    assert run(sandbox, "def f():\n    return 2\n").outputs == [2]


HOOK = """import sys
def _hook(frame, event, arg):
    if frame.f_code.co_name in ('run_child', '_write_all', '_quiet', '_nothing', '_end'):
        raise ValueError('from a hook')
def f():
    sys.SET(_hook)
    return 7
"""


@pytest.mark.sandbox
@pytest.mark.parametrize("hook", ["setprofile", "settrace"])
def test_a_profile_or_trace_hook_that_raises_in_the_harness_is_the_samples_failure_with_a_reason(sandbox, hook):
    """Before: "exited with code 5 before returning a result" (the trace hook raised as the harness's code ran)."""
    ex = run(sandbox, HOOK.replace("SET", hook))
    assert (ex.status, ex.outputs) == (base.OK, [7]) or (ex.status == base.BAD_OUTPUT and NOT_SENT in ex.detail), \
        (ex.status, ex.detail)


@pytest.mark.sandbox
def test_a_forged_frame_of_no_kind_is_the_samples_bad_output(sandbox):
    code = ("import os, struct\ndef f():\n    for fd in range(3, 64):\n        try:\n"
            "            os.write(fd, struct.pack('>Q', 2) + b'{}')\n        except OSError:\n            pass\n"
            "    return 1\n")
    ex = run(sandbox, code)
    assert ex.status == base.BAD_OUTPUT and "the sample wrote its own" in ex.detail, (ex.status, ex.detail)


@pytest.mark.parametrize("frame, kind", [(b"{}", "missing"), (b'{"kind": "okay"}', "okay"),
                                         (b'{"kind": [1]}', "missing")])
def test_a_frame_of_no_kind_the_harness_writes_is_bad_output_not_an_error_of_no_type(frame, kind):
    """Before, any frame but an "ok" one read as an error: {} as the error "?:", with no reason."""
    ex = interpret({"status": "done"}, frame, LIMITS, 1)
    assert ex.status == base.BAD_OUTPUT and f"(kind {kind})" in ex.detail, (ex.status, ex.detail)


# A counting child's pipes are the zygote's, so every later child's: what one sets there must not be what the next
# finds.  (O_DIRECT makes a pipe carry packets; the size is F_SETPIPE_SZ's.)
PIPES = """import fcntl, os, stat
def f():
    seen = []
    for fd in range(3, 64):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                ATTACK
                seen.append([fcntl.fcntl(fd, fcntl.F_GETFL), fcntl.fcntl(fd, fcntl.F_GETPIPE_SZ)])
        except OSError:
            pass
    return seen
"""
SHRINK = ("fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 4096)\n"
          "                fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) | os.O_DIRECT)")


@pytest.mark.sandbox
def test_a_pipe_size_or_flag_a_child_sets_does_not_reach_the_next(sandbox):
    look = PIPES.replace("ATTACK", "pass")
    before = run(sandbox, look)
    assert before.status == base.OK and before.outputs[0], before.detail
    changed = run(sandbox, PIPES.replace("ATTACK", SHRINK))
    assert changed.status == base.OK and changed.outputs != before.outputs, changed.detail  # it did change them
    after = run(sandbox, look)
    assert after.outputs == before.outputs, (before.outputs, after.outputs)
    big = run(sandbox, "def f():\n    return 'y' * 1_000_000\n")
    assert (big.status, big.outputs) == (base.OK, ["y" * 1_000_000]), big.detail


# Bytes written into the control pipe, which a counting child holds the read end of, through a write end opened at
# /proc/self/fd: each was a later child's "go", before the worker had read its baseline.
INJECT = """import fcntl, os, stat
def f():
    for fd in range(3, 64):
        try:
            if stat.S_ISFIFO(os.fstat(fd).st_mode) and fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY:
                os.write(os.open('/proc/self/fd/%d' % fd, os.O_WRONLY), b'GGGG')
        except OSError:
            pass
    return 1
"""


@pytest.mark.sandbox
def test_bytes_a_child_writes_into_its_control_pipe_do_not_start_the_next(sandbox):
    """Before (counting, both runners): the next samples started at once and had no CPU time, and a peak read after
    they had run (a 64 MB peak of theirs read as 30-40 MB), until the bytes were used up."""
    assert run(sandbox, INJECT).status == base.OK
    code = "def f():\n    b = bytearray(64 << 20)\n    del b\n    return sum(range(300_000))\n"
    for _ in range(3):
        ex = run(sandbox, code)
        assert ex.status == base.OK and ex.cpu_time is not None, (ex.status, ex.detail)
        assert ex.peak_kb - ex.base_kb >= 63 << 10, (ex.peak_kb, ex.base_kb)


@pytest.mark.sandbox
def test_a_sample_that_fills_its_control_pipe_is_counted_at_once(sandbox):
    """Counting, the worker writes a byte into the control pipe once a child has sent its result (the child's sign
    to exit, and so callgrind's to dump).  Into a pipe the sample had filled, that write waited for ever: the host's
    timeout ended the worker, twice, and the sample was a crash (8 minutes later at a 30 s wall limit)."""
    # (A child with a uid of its own, the process sandbox's timing child as root, cannot open the pipe, ours.)
    opens = sandbox.counter is not None or isinstance(sandbox, DockerSandbox)
    full = sandbox.execute(control_pipe_writer(1 << 16), "f", ["empty"], QUICK)
    assert (full.status, full.outputs) == (base.OK, [[1 << 16] if opens else []]), (full.status, full.detail)
    assert (full.instructions is not None) == (sandbox.counter is not None)


# Files in place of the count file callgrind dumps to (a child at the counting worker's uid may replace it): 24 MB.
FOLDER = """import os
def f():
    path = '/tmp/effbench-count/%d.cg' % os.getpid()
    os.unlink(path)
    os.mkdir(path)
    for i in range(3):
        with open(os.path.join(path, str(i)), 'wb') as fh:
            fh.write(b'x' * (8 << 20))
    return 1
"""


@pytest.mark.sandbox
def test_files_a_counting_sample_puts_in_place_of_its_count_file_count_as_its_files(sandbox):
    """Before, the worker removed them with the count file, uncounted: 24 MB held in the writable area, not in its
    peak (the peak holds what a run's files hold at its end)."""
    ex = run(sandbox, FOLDER)
    if sandbox.counter is None:  # a timing worker makes no count file, nor the folder it sits in
        assert (ex.status, ex.error_type) == (base.ERROR, "FileNotFoundError"), (ex.status, ex.detail)
        return
    assert ex.status == base.EXIT and "nothing was counted" in ex.detail, (ex.status, ex.detail)
    assert ex.peak_kb - ex.base_kb >= 24 << 10, (ex.peak_kb, ex.base_kb)
    assert run(sandbox, "def f():\n    return 2\n").outputs == [2]


FILL_TMP = """import os
def f():
    for i in range(8):
        try:
            with open(os.path.join(os.getcwd(), 'fill%d' % i), 'wb') as fh:
                fh.write(b'x' * (12 << 20))
        except OSError:
            break
    return 1
"""


@pytest.mark.sandbox
def test_a_sample_that_fills_its_tmp_is_told_why_nothing_was_counted(sandbox):
    """The count is dumped at the child's exit into the same 64 MB /tmp: filled, the dump is cut short.  Before, the
    reason read "the child did not exit normally", where it had."""
    ex = run(sandbox, FILL_TMP)
    if sandbox.counter is None:  # nothing is written there after the result: the files are its memory
        assert ex.status == base.OK and ex.peak_kb - ex.base_kb >= 50 << 10, (ex.status, ex.detail)
    else:
        assert ex.status == base.EXIT and "dump of the count is not whole" in ex.detail, (ex.status, ex.detail)
    assert run(sandbox, "import os\ndef f():\n    return os.listdir('.')\n").outputs == [[]]


@pytest.mark.sandbox
def test_a_sample_cannot_move_itself_off_its_core(sandbox):
    """With --jobs N each slot's worker is pinned to a core of its own (taskset in the process runner): a child
    could widen its own affinity and run on another slot's core, beside the sample measured there (done, before:
    [0] became [0, 1]).  Refused in both runners, whatever the mask."""
    code = "import os\ndef f():\n    os.sched_setaffinity(0, os.sched_getaffinity(0))\n    return 1\n"
    ex = run(sandbox, code)
    assert (ex.status, ex.error_type) == (base.ERROR, "PermissionError"), (ex.status, ex.detail)


# A sample that resets its own high-water mark as the worker does before "go" (writing 5 to /proc/self/clear_refs:
# VmHWM back to its resident size), straight away or after making itself dumpable again, to have its peak read low.
RESETS_ITS_PEAK = """
import ctypes
def reset():
    try:
        with open('/proc/self/clear_refs', 'w') as fh:
            fh.write('5')
    except OSError:
        pass
def f():
    held = bytearray(40 << 20)
    del held
    reset()
    ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE
    reset()
    return 1
"""


@pytest.mark.sandbox
def test_a_sample_cannot_reset_its_own_peak_memory(sandbox):
    """Before, on both runners, timed or counted: its peak was read as its resident size at the end, 40 MB held and
    under 1 MB reported (what memory scores and the memory column rank)."""
    ex = run(sandbox, RESETS_ITS_PEAK)
    assert ex.status == base.OK, (ex.status, ex.detail)
    assert ex.peak_kb - ex.base_kb >= 36 << 10, (ex.peak_kb, ex.base_kb)
