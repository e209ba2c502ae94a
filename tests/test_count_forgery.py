"""Forged instruction counts (issue 11, item 1): inside valgrind a sample that makes machine code and calls it through
ctypes can issue Callgrind's client requests itself -- zero the statistics just before returning, or toggle
collection off around its work -- and be counted at a few thousand instructions.  Each attack below must leave the
sample failed or counted at least as much as the same work done honestly, in both runners (real valgrind, real
bubblewrap, real Docker engine: nothing is faked)."""
from __future__ import annotations

import marshal

import pytest

from effbench.sandbox import base
from effbench.sandbox.base import Limits
from effbench.sandbox.process import ProcessSandbox

from effbench.sandbox.docker_sandbox import DockerSandbox, docker_available

from .forgery_samples import CASES, HONEST, N, WORK, attack

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

LIMITS = Limits(wall_limit=120)


def _runner(kind: str):
    if kind == "docker":
        if not docker_available():
            pytest.skip("no Docker engine answers")  # as tests/test_docker_*.py
        return DockerSandbox(slot=3, counter="callgrind")
    return ProcessSandbox(slot=7, counter="callgrind")


@pytest.fixture(scope="module", params=["process", "docker"])
def counter(request):
    r = _runner(request.param)
    r.put_input("n", marshal.dumps([N]))
    r.start()
    honest = r.execute(HONEST, "f", ["n"], LIMITS)
    assert honest.status == base.OK and honest.outputs, honest.detail
    r.honest = honest
    yield r
    r.close()


def _forgery_failed(counter, code: str) -> base.Execution:
    ex = counter.execute(code, "f", ["n"], LIMITS)
    if ex.status == base.OK:
        assert ex.outputs == counter.honest.outputs
        assert ex.instructions >= counter.honest.instructions, (ex.instructions, counter.honest.instructions)
    else:
        assert ex.status in (base.ERROR, base.CRASH), (ex.status, ex.detail)
    return ex


@pytest.mark.parametrize("maker,toggle", CASES)
def test_a_sample_cannot_issue_callgrind_requests_from_code_it_made(counter, maker, toggle):
    _forgery_failed(counter, attack(maker, toggle))


def test_an_exact_copy_of_valgrinds_own_mapping_makes_requests_that_do_nothing(counter):
    """An anonymous RWX mapping placed by MAP_FIXED in valgrind's half of the address space looks, to the kernel,
    exactly like valgrind's own translation-cache and arena mappings, so the filter lets it be made; the sealed
    callgrind (effbench.sandbox.sealing, built by .ci/setup) ignores the requests issued from it."""
    assert counter.info()["counter_sealed"] is True
    for toggle in (False, True):
        ex = counter.execute(attack("fixed_high", toggle), "f", ["n"], LIMITS)
        assert ex.status == base.OK, ex.detail  # the code ran: only the requests did nothing
        assert ex.outputs == counter.honest.outputs and ex.instructions >= counter.honest.instructions


# Leaves the counted function without returning from it (README, "Count integrity", the open hole): libc's own
# getcontext/makecontext/swapcontext, called through ctypes, run getpid on a stack placed above every frame of the
# process (the bytes above its first stack pointer: argc, argv, the environment, auxv; saved and put back), then come
# back.  callgrind takes a stack pointer above a frame as that function's exit (as after a longjmp), so it toggles
# collection off at the rise and nothing after it is counted.  No code of the sample's own, no request, no system
# call the filter could tell from Python's own: neither defence applies.
ESCAPE = """
import ctypes, struct
def escape():
    libc = ctypes.CDLL(None)
    base = ctypes.c_void_p.in_dll(libc, "__libc_stack_end").value
    size = 0
    for line in open("/proc/self/maps"):
        low, high = (int(a, 16) for a in line.split()[0].split("-"))
        if low <= base < high:
            size = (high - base) & ~15
    saved, here, there = (ctypes.create_string_buffer(n) for n in (size, 1024, 1024))
    ctypes.memmove(saved, base, size)
    if size < 512 or libc.getcontext(there):
        raise OSError("no room above the first frame")
    struct.pack_into("QQqQ", there, 8, ctypes.addressof(here), base, 0, size)  # uc_link, uc_stack
    libc.makecontext(there, ctypes.c_void_p(ctypes.cast(libc.getpid, ctypes.c_void_p).value), 0)
    libc.swapcontext(here, there)
    ctypes.memmove(base, saved, size)

def f(n):
    escape()
""" + WORK + "    return s\n"


def test_a_sample_cannot_stop_its_count_by_switching_to_a_stack_above_its_frames(counter):
    """Measured 2026-12-07 at N = 200,000, when collection was toggled off on the measured call's exit: 79,813,795
    instructions honest, 2,719,179 with the escape, in both runners, and about 2.7 M whatever N (a sweep read it as
    constant).  In a run of pair-sum-count (instructions, process runner) its sort-two-pointers tier with the escape
    was counted 2,734,443 at the top level, against 480,976,814 without it and 316,892,172 for the expert: eff@1
    1.411 against 0.782.  Now nothing stops collecting before the child exits."""
    _forgery_failed(counter, ESCAPE)


# After the escape callgrind takes the measured call as left: calling operator.call again from the sample would
# dump and zero everything before it, so the count at exit would be only what came after (README: 1,815).
SPLIT = ESCAPE.replace("def f(n):\n    escape()\n",
                       "import operator\ndef f(n):\n    escape()\n    return operator.call(g, n)\ndef g(n):\n")


def test_a_sample_that_leaves_its_count_and_enters_the_measured_call_again_is_not_counted(counter):
    """Entering operator.call again once callgrind takes the first call as left makes one dump more: that is no
    count but the sample's failure, said as such (nothing of the host's fails)."""
    assert SPLIT != ESCAPE
    # gc.freeze dumps too (it marks the child's set-up, where the harness calls it): called by a sample, the same
    for code in (SPLIT, HONEST.replace("    return s\n", "    __import__('gc').freeze()\n    return s\n")):
        ex = counter.execute(code, "f", ["n"], LIMITS)
        assert (ex.status, ex.instructions) == (base.EXIT, None), (ex.status, ex.instructions, ex.detail)
        assert "splits the count" in ex.detail, ex.detail
    # the same call inside the region, honestly made, is no second part (callgrind is in it already)
    nested = HONEST.replace("def f(n):\n", "import operator\ndef f(n):\n    return operator.call(g, n)\ndef g(n):\n")
    ex = counter.execute(nested, "f", ["n"], LIMITS)
    assert ex.status == base.OK and ex.outputs == counter.honest.outputs, ex.detail
    assert ex.instructions >= counter.honest.instructions


# Work in a signal handler's own context (README, "Count integrity"): callgrind keeps a separate state there, in which
# it collects as at the program's start (off, when a toggle decided collection) and whose cost the dump's summary
# leaves out (its totals hold it).  The sample's own code cannot run there: a ctypes callback needs executable memory
# the filter refuses (MemoryError), so IN_A_HANDLER falls back to Python's handler (run later, in the main context),
# and would test a C handler of its own if the filter ever let one be made.
IN_A_HANDLER = """
import ctypes, os, signal
OUT = {}
def handle(signum, frame=None):
    n = OUT["n"]
""" + WORK + """    OUT["s"] = s
def f(n):
    OUT["n"] = n
    try:
        c_handler = ctypes.CFUNCTYPE(None, ctypes.c_int)(handle)
        ctypes.CDLL(None).signal(signal.SIGUSR1, c_handler)
    except MemoryError:
        signal.signal(signal.SIGUSR1, handle)
    os.kill(os.getpid(), signal.SIGUSR1)
    return OUT["s"]
"""


def test_work_a_signal_handler_does_is_counted(counter):
    assert _forgery_failed(counter, IN_A_HANDLER).status == base.OK  # a signal of its own is no failure


# What can run in a handler's context is C code already mapped: faulthandler's handler writes the traceback of every
# thread (here 90 frames deep) on each delivery, about 170,000 instructions.  The honest sample writes the same
# tracebacks by faulthandler.dump_traceback, with the signal ignored (discarded by the kernel, nothing delivered).
TRACEBACKS = """
import faulthandler, os, signal
def deep(d, k, step):
    return deep(d - 1, k, step) if d else [step() for _ in range(k)]
def f(k):
    fd = os.open(os.devnull, os.O_WRONLY)
    if HANDLED:
        faulthandler.register(signal.SIGUSR1, fd, all_threads=True)
    else:
        signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    deep(90, k, lambda: (os.kill(os.getpid(), signal.SIGUSR1), HANDLED or faulthandler.dump_traceback(fd, True)))
    return k
"""


def test_what_a_c_signal_handler_runs_is_counted(counter):
    """Measured 2026-12-07, both runners alike: when collection was toggled on the measured call (f62b980^1), 495,752
    instructions with the handler against 16,961,523 honest (none of the handler's work was counted); now 17,007,430
    against 17,134,256 (the honest sample's calls from Python cost a little more than the signal's delivery)."""
    counter.put_input("k", marshal.dumps([100]))
    honest, handled = (counter.execute(TRACEBACKS.replace("HANDLED", h), "f", ["k"], LIMITS) for h in ("0", "1"))
    assert honest.status == handled.status == base.OK, (honest.detail, handled.detail)
    assert handled.instructions >= 0.98 * honest.instructions, (handled.instructions, honest.instructions)


def test_honest_samples_that_load_new_native_code_are_still_counted(counter):
    """Extension modules the worker did not import are dlopened by the child (executable mappings of read-only
    system files), and new C paths make valgrind translate and allocate more: none of it may be refused."""
    code = ("import unicodedata, json, decimal, zlib\ndef f(n):\n"
            "    text = json.dumps([unicodedata.name(chr(c), '') for c in range(0x20, 0x3000)])\n"
            "    d = sum(decimal.Decimal(i) / 7 for i in range(2000))\n"
            "    return [len(zlib.compress(text.encode())) > 0, str(d)[:6]]\n")
    ex = counter.execute(code, "f", ["n"], LIMITS)
    assert ex.status == base.OK and ex.outputs == [[True, "285571"]], ex.detail
    assert ex.instructions > counter.honest.instructions


# The unprivileged process runner, as an ordinary user runs it (tests/installed.py's user, this checkout on its
# PYTHONPATH, the system's interpreter): its worker's own uid owns what bubblewrap makes in its user namespace.
AS_USER = """
import json, marshal, sys
from effbench.sandbox import base
from effbench.sandbox.process import ProcessSandbox
r = ProcessSandbox(slot=7, counter="callgrind")
r.put_input("n", marshal.dumps([int(sys.argv[1])]))
r.start()
out = {}
for name, code in json.loads(sys.stdin.read()).items():
    ex = r.execute(code, "f", ["n"], base.Limits(wall_limit=120))
    out[name] = [ex.status, ex.instructions, ex.outputs, ex.detail[-300:]]
r.close()
print(json.dumps(out))
"""


def test_unprivileged_counting_worker_has_no_place_to_write_code_in():
    import json

    from .installed import can_switch_to_user, run_checkout_as_user
    if not can_switch_to_user():
        pytest.skip("switching to the unprivileged user needs root, and a system interpreter it may run")
    codes = {"honest": HONEST, "written_file": attack("written_file", False), "toggled": attack("written_file", True)}
    done = run_checkout_as_user(AS_USER, [str(N)], json.dumps(codes))
    assert done.returncode == 0, done.stderr[-3000:]
    got = json.loads(done.stdout)
    status, honest, outputs, detail = got.pop("honest")
    assert status == base.OK and honest > 0, detail
    for name, (status, count, out, detail) in got.items():
        if status == base.OK:
            assert out == outputs and count >= honest, (name, count, honest)
        else:
            assert status in (base.ERROR, base.CRASH), (name, status, detail)


# callgrind writes its dump at the child's exit, under the child's own limits: a sample that lowers its RLIMIT_FSIZE
# (Python ignores SIGXFSZ, so the write is cut short quietly) keeps the dump's header and a summary line cut after a
# digit or two.  The header's length follows from its pid, the worker's command line and the digits of the run's
# basic-block count, which the sample can only guess: each guess below cuts the dump there.
TRUNCATED = '''import os, resource
def f(n):
    s = 0
    for i in range(n):
        s ^= i
    cmd = " ".join(a.decode() for a in open("/proc/self/cmdline", "rb").read().split(b"\\0")[:-1])
    head = ("# callgrind format\\nversion: 1\\ncreator: callgrind-3.19.0\\npid: %d\\ncmd:  %s\\npart: 1\\n\\n\\n"
            "desc: I1 cache: \\ndesc: D1 cache: \\ndesc: LL cache: \\n\\ndesc: Timerange: Basic block 0 - %s\\n"
            "desc: Trigger: Program termination\\n\\npositions: line\\nevents: Ir\\nsummary: 1"
            % (os.getpid(), cmd, "9" * DIGITS))
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(head), len(head)))
    return s
'''


def test_a_dump_cut_short_by_the_samples_file_size_limit_is_no_count(counter):
    """Before, the count was the first summary line found, in the header: cut after one digit, it read 1
    instruction where the work took a hundred million, an ok run.  A count is now read from a whole dump only (its
    summary and its totals, the last line, agree): a cut one is nothing counted, the sample's failure."""
    counter.put_input("small", marshal.dumps([2000]))
    for digits in (7, 8, 9):
        ex = counter.execute(TRUNCATED.replace("DIGITS", str(digits)), "f", ["small"], LIMITS)
        assert (ex.status, ex.instructions) == (base.EXIT, None), (digits, ex.status, ex.instructions, ex.detail)
        assert "nothing was counted" in ex.detail, ex.detail
