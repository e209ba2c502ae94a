"""What the forked child does: confine itself, load its input, compile the sample, wait for "go", run the measured
region.

Everything before :func:`measured_region` is *not* charged: the worker takes its start reading while the child is
blocked waiting for "go".  That includes compiling the sample's source (:func:`compile_sample`): its cost follows the
source's length, not the work the sample does, and next to code that runs in microseconds it would swamp the gap
to the expert (ENAMEL times the call alone).  Everything from loading the compiled code object to writing the
result is charged (in timing modes written as marshal's copy, which the worker puts in the wire form afterwards:
runners/snapshot.py): loading grows with the constants the source holds, so giant literal tables still cost
the sample, as do precomputation at import and expensive return values.  The sample shares this process, so
nothing here is trusted after "go": the worker measures from outside.
"""
from __future__ import annotations

import gc
import marshal
from operator import call
import os
import resource
import signal
import sys
import traceback

import wire
from syscalls import PR_SET_DUMPABLE

COMPILING = b"C"  # the harness's set-up is done; what fails or hangs from here on is the sample's
READY = b"R"
SNAPSHOT = b"M"  # a result payload that starts with this is marshal's copy (runners/snapshot.py); JSON starts "{"
SETUP_ERROR = b"E"
CLONE_NEWIPC = 0x08000000
PR_SET_NO_NEW_PRIVS = 38
MAX_TRACEBACK = 4000
MADV_POPULATE_WRITE = 23  # Linux 5.14: fault in, writable, every page of a range now (here: break copy-on-write)
WARM_UP = "def _warm_up():\n    return [(1, 2.5, 'x', None)]\n"
# Sent instead of a result that the child could not send (see run_child): made here, before any sample runs.
NOT_SENT = wire.pack_frame(wire.error_payload(
    "send", "", "its result could not be sent: the harness's code in its process failed after it ran (a module it "
    "changed, such as builtins, json or the runners' own, or a signal handler or profile hook of its own that "
    "raised)"))
GUARD = None  # set by the worker: a guard.Guard, installed in every child


_STATUS = bytearray(1 << 14)  # reused: reading /proc/self/status must not allocate by its (varying) length


def _status_kb(field: str) -> int:
    fd = os.open("/proc/self/status", os.O_RDONLY)
    try:
        size = os.readv(fd, [_STATUS])
    finally:
        os.close(fd)
    key = b"\n" + field.encode() + b":"
    start = _STATUS.find(key, 0, size)
    if start < 0:
        return 0
    start += len(key)
    return int(_STATUS[start:_STATUS.index(b"kB", start, size)])


def _limit(which: int, soft: int, hard: int) -> None:
    """Set a limit, never above the current hard limit (valgrind, for one, lowers some of them)."""
    current = resource.getrlimit(which)[1]
    if current != resource.RLIM_INFINITY:
        hard = min(hard, current)
    resource.setrlimit(which, (min(soft, hard), hard))


def confine(spec: dict, workdir: str, keep_fds: tuple[int, ...], libc) -> None:
    """Apply the per-run limits while still privileged, then drop to the slot's unprivileged uid."""
    os.setsid()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    top = max(keep_fds) + 1
    for fd in range(3, top):
        if fd not in keep_fds:
            try:
                os.close(fd)
            except OSError:
                pass
    os.closerange(top, 65536)
    root = os.geteuid() == 0
    os.chdir(workdir)
    os.environ["HOME"] = os.environ["TMPDIR"] = workdir
    cpu = int(spec["cpu_limit"])
    _limit(resource.RLIMIT_CPU, cpu, cpu + 1)
    fsize = int(spec["fsize_mb"]) << 20
    _limit(resource.RLIMIT_FSIZE, fsize, fsize)
    _limit(resource.RLIMIT_CORE, 0, 0)
    try:
        _limit(resource.RLIMIT_NOFILE, 64, 64)
    except ValueError:
        pass  # under valgrind, which manages the descriptor table itself and refuses any change
    uid = int(spec["uid"])
    if libc is not None:
        # A private SysV IPC namespace per run (nothing a run leaves in shared memory survives into the next one),
        # then the drop to the slot's own uid.  Made as the same calls whether or not we are root, so that every
        # child leaves the same heap behind (instruction counts depend on it): unprivileged, as in a container,
        # the kernel refuses them, which changes nothing there (the container gives the isolation).
        # (A root without CAP_SYS_ADMIN may be refused the namespace, as before; never the drop.)
        refused = (libc.unshare(CLONE_NEWIPC), libc.setgroups(0, None), libc.setgid(uid), libc.setuid(uid))
        failed = any(refused[1:])
        if root and failed:
            raise OSError(f"cannot drop to uid {uid}: {refused}")
    elif root:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    # RLIMIT_NPROC is only enforced for unprivileged uids, hence after the drop.  It counts threads as well.
    nproc = int(spec["nproc"])
    _limit(resource.RLIMIT_NPROC, nproc, nproc)
    if libc is not None:
        libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
        # Dumpable again (the non-dumpable worker's flag is inherited at fork): only so that a worker at our uid may
        # reset our high-water mark when it reads our baseline (watch.reset_peak).  Nothing else runs at our uid
        # that could attach to us but our own children, and the worker stays non-dumpable.  Not dumpable once "go"
        # arrives (run_child), and never again (the filter refuses it: syscalls.PR_SET_DUMPABLE says why).
        libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0)
    if GUARD is not None:
        # Every child, root or not, counting or not (runners/guard.py): the kernel surface of runners/syscalls.py, no
        # machine code of the sample's own making, and no syscalls aimed at other processes.
        GUARD.install()


def load_inputs(blobs: list[bytes]) -> list:
    """Fresh argument lists, decoded in the child so the sample does not pay copy-on-write faults on them."""
    return [marshal.loads(b) for b in blobs]


def break_copy_on_write(libc) -> None:
    """Give the child its own copy of every private writable page it shares with the worker, before "go".

    After the fork, the child's first write to any page of the worker's heap (and Python writes to every object it
    merely uses: reference counts) takes a copy-on-write fault: about 2 us of kernel time each, charged to the
    child's clock.  Which pages a sample writes depends on its code, not on its work (`from collections import
    Counter` and one call: 60 faults, about 150 of its 210 us, measured), so the null program cannot subtract it
    and it would dilute the gap to a microsecond expert.  ENAMEL's in-process timing never sees such faults.  Paid
    here, uncharged: about 5 ms of wall per timed run for the ~11 MB the worker has written.  Not for instruction
    counts (user-space only: faults cost no instructions, and the counting child must stay as it is), and a kernel
    without MADV_POPULATE_WRITE just refuses the call: the faults are then charged, as before."""
    import ctypes
    madvise = libc.madvise
    madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
    with open("/proc/self/maps", "rb") as maps:
        lines = maps.read().splitlines()
    for line in lines:
        fields = line.split()
        if fields[1] == b"rw-p":
            low, high = (int(a, 16) for a in fields[0].split(b"-"))
            madvise(low, high - low, MADV_POPULATE_WRITE)


def limit_memory(memory_mb: int) -> None:
    """Cap the address space at what is mapped now plus the task's budget.  (The baseline RSS is read by the worker
    from outside, while we wait for "go": nothing the sample writes can change it.)"""
    vm_bytes = _status_kb("VmSize") << 10
    cap = vm_bytes + (int(memory_mb) << 20)
    _limit(resource.RLIMIT_AS, cap, cap)


_TYPE_NAME = type.__dict__["__name__"]  # a class's own name, past any __name__ its metaclass defines


def _error(phase: str, exc: BaseException, index: int | None = None) -> bytes:
    """The error payload of an exception the sample raised.  The exception is the sample's object: its str(), its
    class's name and its traceback's formatting (a SyntaxError's fields) may raise or be of any type, and then the
    child, failing to describe it, exited with the harness's code 5 (no error type, no message).  Each is read here
    so that it cannot fail, or said to have failed."""
    name = _TYPE_NAME.__get__(type(exc))
    try:
        message = str.__str__(str(exc))  # an exact str: a subclass's slicing is its own code
    except BaseException:
        message = "<exception str() failed>"
    try:
        tb = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    except BaseException:
        tb = "<traceback not formatted: formatting it failed>"
    return wire.error_payload(phase, name, message, tb[-MAX_TRACEBACK:], index)


def compile_sample(code: str) -> tuple[bool, bytes]:
    """``(True, program)``: the sample's code object, compiled before "go" and marshalled for
    :func:`measured_region` to load; or ``(False, payload)``: the error that the run returns instead."""
    try:
        return True, marshal.dumps(compile(code, "<solution>", "exec"))
    except BaseException as exc:  # SyntaxError, but also MemoryError/RecursionError on absurd sources
        return False, _error("compile", exc)


def _run_once(program: bytes, entry: str, args_list: list) -> list | bytes:
    """Load the compiled sample, execute its module body in a fresh namespace, call the entry point on each input:
    the outputs, or the error payload that the run returns instead."""
    try:
        compiled = marshal.loads(program)
    except BaseException as exc:  # MemoryError: constants larger than the budget
        return _error("load", exc)
    namespace: dict = {"__name__": "solution", "__builtins__": __builtins__}
    try:
        exec(compiled, namespace)
        fn = namespace[entry]
    except BaseException as exc:
        return _error("exec", exc)
    outputs = []
    for i, args in enumerate(args_list):
        try:
            outputs.append(fn(*args))
        except BaseException as exc:
            return _error("call", exc, i)
    return outputs


def measured_region(program: bytes, entry: str, args_list: list, snapshot: bool = False, again: tuple = ()) -> bytes:
    """Run the sample once (:func:`_run_once`) and encode its results: in the wire form, or with *snapshot* (timing
    modes) as ``marshal``'s copy, which costs a few per cent of it and which the worker puts in the wire form after
    its end reading (runners/snapshot.py says why).  *again*: further copies of the inputs, each run the same way
    (code loaded, module body in a fresh namespace, calls) inside the region with its results dropped: a timed run
    of calls too short for the clock (the host divides the cost by the number of passes; runners/executor.py)."""
    outputs = _run_once(program, entry, args_list)
    if isinstance(outputs, bytes):
        return outputs
    for more in again:
        failed = _run_once(program, entry, more)
        if isinstance(failed, bytes):
            return failed
    if snapshot:
        try:
            return SNAPSHOT + marshal.dumps(outputs)
        except ValueError:  # a type marshal does not write (a subclass, say) or nesting past its depth: the wire form
            pass
        except BaseException as exc:  # MemoryError: its copy does not fit the budget (nor would the wire form's)
            return _error("encode", exc)
    try:
        return wire.dumps({"kind": "ok", "outputs": [wire.encode_value(o) for o in outputs]}).encode()
    except BaseException as exc:
        return _error("encode", exc)


def run_child(spec: dict, blobs: list[bytes], workdir: str, res_fd: int, ctl_fd: int, libc) -> None:
    """Body of the forked child; never returns."""
    write, read = os.write, os.read
    try:
        confine(spec, workdir, (res_fd, ctl_fd), libc)
        # No POSIX message queue: one would outlive the run in an IPC namespace the worker shares (a counting worker
        # runs at the child's uid, and nothing can list the queues to remove them without /dev/mqueue).
        _limit(resource.RLIMIT_MSGQUEUE, 0, 0)
        args_list = load_inputs(blobs)
        # Timed runs of calls too short for the clock make several passes (spec "passes", set by the host; never
        # when counting, where one pass is exact): each on its own copy, as a sample may change its arguments.
        again = tuple(load_inputs(blobs) for _ in range(int(spec.get("passes", 1)) - 1)) if not spec.get("count") \
            else ()
        del blobs
        gc.collect()
        gc.freeze()  # the inputs move to the permanent generation: the sample's GC passes do not walk them
        # A dry run of the measured path, so what its first use costs (the allocator's new pages, lazy set-up in
        # the loader and encoder) is paid here, uncharged, instead of by every sample; then, in timing modes, the
        # child takes its own copy of the worker's pages, so no sample pays copy-on-write faults on them.
        measured_region(compile_sample(WARM_UP)[1], "_warm_up", [[]], snapshot=not spec.get("count"))
        if libc is not None and not spec.get("count"):
            break_copy_on_write(libc)
        limit_memory(spec["memory_mb"])
    except BaseException as exc:
        _write_all(write, res_fd, SETUP_ERROR + wire.pack_frame(_error("setup", exc)))
        os._exit(3)
    # Compiled under the run's limits, after the harness's set-up: a compile that hangs or dies is the sample's.
    _write_all(write, res_fd, COMPILING)
    compiled, program = compile_sample(spec["code"])
    _write_all(write, res_fd, READY)
    # What sends the result, bound here, before the sample runs: the sample shares this process, and a module it
    # changed (builtins' len or memoryview, json, wire, this module) failed the send, and the child exited with
    # code 5, a failure that said nothing.  Whatever fails past "go" now sends NOT_SENT, the sample's failure.
    send, end, frame_header, view, catch_all = _write_all, _end, wire.frame_header, memoryview, BaseException
    exit_now = os._exit  # (one the sample rebound to raise took the child on, unwinding through the worker's code)
    not_sent, no_pipe, quiet, mask, everything = NOT_SENT, wire.NO_RESULT_PIPE, _quiet, signal.pthread_sigmask, \
        signal.valid_signals()
    undump = libc.prctl if libc is not None else None
    go = read(ctl_fd, 1)
    while go == b"X":  # counting: a child before us ended without reading its "X" from the pipe we share
        go = read(ctl_fd, 1)
    if go != b"G":
        os._exit(4)
    if undump is not None:  # the worker has reset our high-water mark: from here on, nothing at our uid can
        undump(PR_SET_DUMPABLE, 0, 0, 0, 0)
    # ---- charged from here: the worker read our CPU clock while we were blocked above
    try:
        if not compiled:  # the compile error, through the call that marks the region as a counted child's result
            payload = call(bytes, program)  # (countdump.COUNT_PART)
        elif spec.get("count"):
            # Under callgrind, entering _operator_call starts the count (effbench.sandbox.process.CALLGRIND).
            payload = call(measured_region, program, spec["entry"], args_list)
        else:
            payload = measured_region(program, spec["entry"], args_list, snapshot=True, again=again)
        frame = frame_header(view(payload).nbytes) + payload
    except catch_all:
        frame = not_sent
    for _ in everything:  # (a trace hook raises as the call starts, and is removed by Python then)
        try:
            quiet(mask, everything)
            break
        except catch_all:
            continue
    try:
        send(write, res_fd, frame)
    except catch_all:  # its result pipe is closed, or not a pipe of ours any longer
        exit_now(no_pipe)
    # ---- blocked again so the worker can read our clock and high-water mark from outside, then kill us
    end(read, ctl_fd)


def _write_all(write, fd: int, data: bytes, view=memoryview, blocked=BlockingIOError,
               set_blocking=os.set_blocking) -> None:
    """Write all of *data*, with the builtins bound when this was defined, before any sample ran (run_child says
    why).  A pipe the sample set non-blocking is set back: its result, larger than the pipe, failed to send."""
    data = view(data)
    while data:
        try:
            data = data[write(fd, data):]
        except blocked:
            set_blocking(fd, True)


def _nothing() -> None:
    """Python runs the signal handlers due on entering a function: this one."""


def _quiet(mask, signals, anything=BaseException, block=signal.SIG_BLOCK, nothing=_nothing,
           unhooks=(sys.setprofile, sys.settrace)) -> None:
    """No code of the sample's runs from here: its profile and trace hooks are removed (one that raises is removed
    by Python), *signals* are blocked, and a handler already due runs now (on the call of :func:`_nothing`),
    whatever it raises dropped.  (One that raised in the harness's send had the child exit without a result, and
    counting, one that raised as it waited to exit lost its count.)"""
    for unhook in unhooks:
        for _ in range(3):
            try:
                unhook(None)
                break
            except anything:
                continue
    mask(block, signals)
    for _ in signals:  # each due handler runs once at most
        try:
            nothing()
            return
        except anything:
            continue


def _end(read, fd: int, blocked=BlockingIOError, broken=OSError, anything=BaseException,
         set_blocking=os.set_blocking, exit_now=os._exit) -> None:
    """Wait for the worker's next byte, then exit: on a pipe the sample may have set non-blocking (as
    :func:`_write_all`), through whatever a signal handler of the sample's raises meanwhile, and with the exit
    bound before the sample ran.  (Counting, a child that failed here did not exit normally: nothing was counted.)"""
    woken = False
    while True:
        try:
            if not woken:
                read(fd, 1)
                woken = True
            exit_now(0)
        except blocked:
            set_blocking(fd, True)
        except broken:
            raise
        except anything:
            continue
