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

pytestmark = pytest.mark.sandbox  # every test here starts a sandbox or a subprocess

LIMITS = Limits(wall_limit=120)
N = 200_000
WORK = "    s = 0\n    for i in range(n):\n        s ^= i\n"
HONEST = "def f(n):\n" + WORK + "    return s\n"

# mov rax, rdi; xor edx, edx; the client-request preamble (rol rdi 3, 13, 61, 51; xchg rbx, rbx); mov rax, rdx; ret
ATTACK = '''
import ctypes, mmap, os
CODE = bytes.fromhex("4889f831d248c1c70348c1c70d48c1c73d48c1c7334887db4889d0c3").ljust(4096, b"\\xcc")
ZERO_STATS, TOGGLE_COLLECT = 0x43540001, 0x43540002
KEEP = []
libc = ctypes.CDLL(None, use_errno=True)
libc.mmap.restype = ctypes.c_void_p
libc.mmap.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_long]
libc.mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
libc.sbrk.restype = ctypes.c_void_p
libc.sbrk.argtypes = [ctypes.c_long]

def mapped(addr, what="mmap"):
    if addr in (None, ctypes.c_void_p(-1).value):
        raise OSError(ctypes.get_errno(), what + " refused")
    return addr

def filled(addr):
    ctypes.memmove(addr, CODE, len(CODE))
    return addr

def mmap_module():
    m = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    m.write(CODE)
    KEEP.append(ctypes.c_char.from_buffer(m))
    return ctypes.addressof(KEEP[-1])

def libc_mmap():
    return filled(mapped(libc.mmap(None, 4096, 7, 0x22, -1, 0)))

def mprotect():
    addr = filled(mapped(libc.mmap(None, 4096, 3, 0x22, -1, 0)))
    if libc.mprotect(addr, 4096, 5):
        raise OSError(ctypes.get_errno(), "mprotect refused")
    return addr

def memfd():
    fd = os.memfd_create("code")
    os.write(fd, CODE)
    return mapped(libc.mmap(None, 4096, 5, 1, fd, 0))

def written_file():
    for where in (os.getcwd(), "/tmp", "/dev/shm", "/dev/mqueue", "/var/tmp", "/dev", "/", "/opt"):
        try:
            path = os.path.join(where, "code.bin")
            with open(path, "wb") as fh:
                fh.write(CODE)
            return mapped(libc.mmap(None, 4096, 5, 2, os.open(path, os.O_RDONLY), 0))
        except OSError:
            continue
    raise OSError("no writable place can hold executable code")

def heap():
    KEEP.append(ctypes.create_string_buffer(CODE))
    return ctypes.addressof(KEEP[-1])

def brk():
    return filled(mapped(libc.sbrk(4096), "sbrk"))

def proc_mem():
    # writes through /proc/self/mem reach even read-only mappings: the tail of libc's code, which nothing runs
    for line in open("/proc/self/maps"):
        parts = line.split()
        if parts[1] == "r-xp" and len(parts) > 5 and "libc.so" in parts[5]:
            addr = int(parts[0].split("-")[1], 16) - 256
            with open("/proc/self/mem", "r+b", buffering=0) as mem:
                mem.seek(addr)
                mem.write(CODE[:64])
            return addr
    raise OSError("no libc code found")

def fixed_high():
    return filled(mapped(libc.mmap(0x3000000000, 4096, 7, 0x32, 0, 0)))

def request(addr, code):
    req = (ctypes.c_uint64 * 6)(code, 0, 0, 0, 0, 0)
    return ctypes.CFUNCTYPE(ctypes.c_uint64, ctypes.c_void_p)(addr)(ctypes.addressof(req))

def f(n):
    addr = MAKER()
    if TOGGLE:
        request(addr, TOGGLE_COLLECT)
''' + WORK + '''
    request(addr, TOGGLE_COLLECT if TOGGLE else ZERO_STATS)
    return s
'''

MAKERS = ("mmap_module", "libc_mmap", "mprotect", "memfd", "written_file", "heap", "brk", "proc_mem")
CASES = [(m, False) for m in MAKERS] + [("libc_mmap", True), ("heap", True), ("mprotect", True)]


def attack(maker: str, toggle: bool) -> str:
    return ATTACK.replace("MAKER()", f"{maker}()").replace("if TOGGLE:", f"if {toggle}:").replace(
        "if TOGGLE else", f"if {toggle} else")


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


def _unconfined_count(tmp_path, code: str, options: list[str]) -> int:
    import os
    import subprocess

    from effbench.sandbox.process import CALLGRIND, interpreter
    script, out = tmp_path / "sample.py", tmp_path / "count.cg"
    # counted up to the exit, as a child is: so it exits at once (the interpreter's shutdown varies with its addresses)
    script.write_text(code + "import operator, os, sys\nos._exit(operator.call(f, int(sys.argv[1])) is None)\n")
    cmd = [f"--callgrind-out-file={out}" if a.startswith("--callgrind-out-file=") else a for a in CALLGRIND]
    done = subprocess.run([*cmd, *options, interpreter()[0], "-S", str(script), str(N)], capture_output=True,
                          text=True, timeout=300, env={"PYTHONHASHSEED": "0", "PATH": os.environ["PATH"]})
    assert done.returncode == 0, done.stderr[-2000:]
    return int(next(line.split()[1] for line in out.read_text().splitlines() if line.startswith("summary:")))


def test_the_sealing_option_is_what_stops_the_requests(tmp_path):
    """The attack with nothing in its way (no sandbox, no filter), under the same callgrind with and without the
    option: it forges by itself, the option is what stops it, and honest code counts the same either way."""
    from effbench.sandbox.sealing import SEAL_OPTION
    unconfined = attack("libc_mmap", False)
    counts = {(sealed, name): _unconfined_count(tmp_path, code, [SEAL_OPTION] if sealed else [])
              for sealed in (False, True) for name, code in (("honest", HONEST), ("attack", unconfined))}
    honest = counts[(False, "honest")]
    assert counts[(True, "honest")] == honest, counts
    assert counts[(False, "attack")] < honest / 100, counts  # zeroed: the forgery
    assert counts[(True, "attack")] >= honest, counts
    # valgrind's own requests are ignored too: ADD_IFUNC_TARGET for an address with no redirect stopped valgrind
    # on an assertion; ignored, the sample runs on and is counted
    ifunc = unconfined.replace("ZERO_STATS, TOGGLE_COLLECT = 0x43540001,", "ZERO_STATS, TOGGLE_COLLECT = 0x3104,")
    assert ifunc != unconfined
    assert _unconfined_count(tmp_path, ifunc, [SEAL_OPTION]) >= honest


def test_the_sealed_callgrind_preloads_valgrinds_core_library_as_the_distributions_does():
    """A callgrind built for another library directory than the installed valgrind's runs, counts and takes the
    sealing option, but starts its clients without valgrind's preloaded core library (the dynamic loader says so on
    stderr, which the workers do not show): the sealed tool must be the distribution's but for the patch."""
    import os
    import subprocess

    from effbench.sandbox.sealing import SEAL_OPTION
    done = subprocess.run(["valgrind", "--tool=callgrind", "--vgdb=no", SEAL_OPTION, "--callgrind-out-file=/dev/null",
                           "-q", "/usr/bin/env"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    preload = [line.split("=", 1)[1] for line in done.stdout.splitlines() if line.startswith("LD_PRELOAD=")]
    assert preload and all(os.path.exists(p) for p in preload[0].split(":")), preload


def test_the_installed_callgrind_was_built_from_this_patch():
    """The build script stamps the tool with the patch's digest and rebuilds when the patch changes: a machine sealed
    by an older patch would otherwise keep it."""
    import hashlib
    from pathlib import Path

    from effbench.sandbox import images, sealing
    stamp = Path(images.VALGRIND_LIB) / "callgrind-amd64-linux.sealed"
    patch = sealing.HERE / "ignore-client-requests.patch"
    assert stamp.read_text().strip() == hashlib.sha256(patch.read_bytes()).hexdigest()


def test_a_run_on_a_callgrind_that_honours_requests_says_so(tmp_path, monkeypatch):
    """Process runner: the distribution's tool (kept by the build script as .orig), in a library directory of its
    own, makes the run plan warn in one line before anything is measured; this machine's sealed tool does not.
    Docker runner: the image's label decides (the offline image is sealed here; an image without the label, as the
    Dockerfile recipe makes, is not)."""
    import io
    import shutil
    import tarfile

    from effbench.sandbox import images, preflight, sealing
    from effbench.sandbox.docker_sandbox import _client
    lib = tmp_path / "valgrind"
    shutil.copytree(images.VALGRIND_LIB, lib, ignore=shutil.ignore_patterns("*-x86-linux", "*.orig"))
    shutil.copy2(f"{images.VALGRIND_LIB}/callgrind-amd64-linux.orig", lib / "callgrind-amd64-linux")
    client = _client()
    offline = images.build_offline(client)
    plain = tmp_path / "plain.tar"
    with tarfile.open(plain, "w") as tar:
        info = tarfile.TarInfo("marker")
        tar.addfile(info, io.BytesIO(b""))
    client.api.import_image(src=str(plain), repository="effbench-test-unsealed", tag="1",
                            changes=["LABEL effbench.image=runner effbench.recipe=dockerfile "
                                     "effbench.python=/usr/local/bin/python3"])
    sealing.valgrind_seals.cache_clear()
    try:
        assert preflight.unsealed_counter("process", "instructions", "callgrind") is None
        assert preflight.unsealed_counter("process", "cpu", "callgrind") is None
        monkeypatch.setenv("EFFBENCH_IMAGE", offline.tag)
        assert preflight.unsealed_counter("docker", "instructions", "callgrind") is None
        monkeypatch.setenv("EFFBENCH_IMAGE", "effbench-test-unsealed:1")
        text = preflight.unsealed_counter("docker", "instructions", "callgrind")
        assert text and text.startswith("the runner image's callgrind") and "\n" not in text, text
        monkeypatch.delenv("EFFBENCH_IMAGE")
        sealing.valgrind_seals.cache_clear()
        monkeypatch.setenv("VALGRIND_LIB", str(lib))  # the launcher runs the tool it finds there
        text = preflight.unsealed_counter("process", "instructions", "callgrind")
        assert text and text.startswith("this machine's callgrind") and "build-sealed-callgrind.sh" in text, text
    finally:
        sealing.valgrind_seals.cache_clear()
        client.images.remove("effbench-test-unsealed:1", force=True)
        client.close()


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
