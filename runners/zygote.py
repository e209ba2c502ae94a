"""A zygote: a process that does nothing but fork children from the same state, for deterministic counting.

Instruction counts of a forked child depend on the memory-allocator state it inherits.  The worker's state drifts from
run to run (every request allocates and frees), so children forked by the worker itself differ by a few thousand
instructions.  The zygote is forked once from the warm worker and then only loops "read a byte, fork, write the pid",
which returns its heap to the same state every time; its children read their job from a file and so start from
identical states given identical jobs.  That makes callgrind counts bit-identical run to run.

Only once the zygote's own loop has settled, though.  A child resumes, after the fork, in the zygote's code and heap
as they are at that fork, and the zygote's first forks leave them otherwise than its later ones: CPython's adaptive
interpreter rewrites a loop's bytecode a few passes in (a diff of the zygote's memory shows its loop's code rewritten
between its 6th and 7th forks, on CPython 3.11).  So the same job counted differently as the zygote's 1st to 6th
child and as its 7th or later (8 instructions on one input: pymalloc's address check on a freed buffer went the
other way), and which runs a worker had made before decided a run's count: ``--jobs 2``, which shares a task's runs
out over two workers, counted otherwise than ``--jobs 1``.  Three throwaway forks first moved the change to the 4th
child: it follows the zygote's forks, not the jobs.  So the zygote makes :data:`WARM_UP_FORKS` children that exit
at once before it serves any run.

The zygote reaps each child itself and sends the worker its wait status; the worker reads the child's clocks from
/proc and kills it by pid.
"""
from __future__ import annotations

import fcntl
import json
import os
import select
import signal
import struct
import termios
import time

import child
from sweep import wipe

PR_SET_PDEATHSIG = 1
_PID = struct.Struct(">I")
_STATUS = struct.Struct(">i")
# Throwaway forks before the first run (module docstring): past the 8 passes after which CPython 3.11 quickens a
# loop's code (3.12 and later quicken at once), with room for the specializations that follow.  About 0.4 s of a
# counting worker's start under valgrind (3.0 -> 3.5 s, medians of 4, 2026-12-07, load 2).
WARM_UP_FORKS = 16
_DRAIN_CHUNK = 1 << 12  # what the zygote reads at a time of the bytes a child left in the control pipe: a pipe's page
WARM_UP = b"W"  # the command for a throwaway child, which exits as soon as it is forked
RUN = b"F"


def count_file(count_dir: str, pid: int) -> str:
    """Where callgrind dumps child *pid*'s count at its exit (the runner starts it with
    ``--callgrind-out-file=<count dir>/%p.cg``)."""
    return os.path.join(count_dir, f"{pid}.cg")


def dump_part(count_dir: str, pid: int, part: int) -> str:
    """Where callgrind writes process *pid*'s dump number *part* before its exit (a dump it makes on entering a
    marked function: effbench.sandbox.process.CALLGRIND); the dump at exit goes to :func:`count_file`."""
    return f"{count_file(count_dir, pid)}.{part}"


def pack_job(spec: dict, blobs: list[bytes]) -> bytes:
    head = json.dumps(spec).encode()
    parts = [struct.pack(">II", len(head), len(blobs)), head]
    for blob in blobs:
        parts += [struct.pack(">Q", len(blob)), blob]
    return b"".join(parts)


def unpack_job(data: bytes) -> tuple[dict, list[bytes]]:
    head_len, count = struct.unpack_from(">II", data)
    pos = 8 + head_len
    spec = json.loads(data[8:pos])
    blobs = []
    for _ in range(count):
        (n,) = struct.unpack_from(">Q", data, pos)
        blobs.append(data[pos + 8:pos + 8 + n])
        pos += 8 + n
    return spec, blobs


class Zygote:
    def __init__(self, workroot: str, libc, count_dir: str) -> None:
        self.job_path = os.path.join(workroot, "job")
        cmd_r, self._cmd_w = os.pipe()
        self._pid_r, pid_w = os.pipe()
        self.res_r, res_w = os.pipe()
        ctl_r, self.ctl_w = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # pragma: no cover - the zygote process
            for fd in (self._cmd_w, self._pid_r, self.res_r, self.ctl_w):
                os.close(fd)
            _zygote_loop(cmd_r, pid_w, self.job_path, res_w, ctl_r, libc)
        for fd in (cmd_r, pid_w, res_w, ctl_r):
            os.close(fd)
        os.set_blocking(self.res_r, True)
        # Our writes into the control pipe never wait.  "G" goes into a pipe the zygote emptied before the fork, and
        # the byte that tells a counted child to exit after its result is needed only in an empty pipe: a child
        # that filled it (through a write end it opened at /proc/self/fd) has its own bytes to read.  Blocking, that
        # byte waited for ever in a full pipe (the child read one byte and exited, and nothing read the rest): the
        # host's timeout ended the worker, twice, and the sample was a crash 8 minutes later (at a 30 s wall limit).
        # (This end is ours alone: a write end the child opens is another open file, with flags of its own.)
        os.set_blocking(self.ctl_w, False)
        self._status: int | None = None
        self._job_bytes = 0
        self._warm_up(count_dir)

    def _warm_up(self, count_dir: str) -> None:
        """Fork :data:`WARM_UP_FORKS` children through the very loop that forks the runs' (module docstring), each
        of which exits at once, removing the dump callgrind writes at each one's exit (nothing was counted in it)."""
        for _ in range(WARM_UP_FORKS):
            os.write(self._cmd_w, WARM_UP)
            pid = self._read_pid()
            if self._read_status(60) is None:
                raise RuntimeError("zygote: a warm-up child did not exit")
            wipe(count_file(count_dir, pid))

    def spawn(self, spec: dict, blobs: list[bytes]) -> int:
        fd = os.open(self.job_path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pack_job(spec, blobs))
            fh.flush()
            self._job_bytes = os.fstat(fh.fileno()).st_blocks * 512
        os.write(self._cmd_w, RUN)
        return self._read_pid()

    def _read_pid(self) -> int:
        data = b""
        while len(data) < _PID.size:
            chunk = os.read(self._pid_r, _PID.size - len(data))
            if not chunk:
                raise RuntimeError("zygote died")
            data += chunk
        return _PID.unpack(data)[0]

    def drop_job(self) -> int:
        """Remove the job file once the child is gone; returns the bytes it added there (where it shares our uid it
        can write the file): those count among the files it held."""
        return max(0, wipe(self.job_path) - self._job_bytes)

    def _read_status(self, timeout: float) -> int | None:
        """The child's wait status, which the zygote sends once it has reaped it; None if not within *timeout*."""
        deadline = time.monotonic() + timeout
        data = b""
        while len(data) < _STATUS.size:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._pid_r], [], [], left)[0]:
                return None
            chunk = os.read(self._pid_r, _STATUS.size - len(data))
            if not chunk:
                raise RuntimeError("zygote died")
            data += chunk
        return _STATUS.unpack(data)[0]

    def wait_exit(self, timeout: float) -> int | None:
        """Wait for the child to exit on its own (callgrind dumps at exit); its wait status, or None."""
        self._status = self._read_status(timeout)
        return self._status

    def finish(self, pid: int, timeout: float = 10.0) -> None:
        """Make sure the child is gone and reaped, and drop anything it left in the result pipe."""
        if self._status is None:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self._read_status(timeout)
        self._status = None
        os.set_blocking(self.res_r, False)
        try:
            while os.read(self.res_r, 1 << 16):
                pass
        except BlockingIOError:
            pass
        finally:
            os.set_blocking(self.res_r, True)


def become_forker(libc):  # pragma: no cover - in the zygote and the fork server
    """Set up a process that only forks children (the zygote, the fork server) and return the exit its children
    must call.  It holds none of the worker's protocol pipes (/dev/null on fds 0 and 1, and no spare descriptor for
    every child to inherit), dies with the worker, and binds ``os._exit`` now, before any child: one whose sample
    rebound ``os._exit`` to raise went on as a second forker."""
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)
    if null > 1:
        os.close(null)
    if libc is not None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    return os._exit


def _zygote_loop(cmd_r: int, pid_w: int, job_path: str, res_w: int, ctl_r: int, libc) -> None:  # pragma: no cover
    exit_now = become_forker(libc)
    read, fork, write, pack, waitpid, pack_status = os.read, os.fork, os.write, _PID.pack, os.waitpid, _STATUS.pack
    # Every child holds these two open files, which are ours too, so what a child sets on them stays for the next:
    # one set non-blocking made each later child's wait for "go" fail at once (EAGAIN), failing every later sample;
    # a size set with F_SETPIPE_SZ (or a flag such as O_DIRECT) was there for every later child to see; and bytes
    # a child wrote into the control pipe (through a write end it opened at /proc/self/fd) were each later child's
    # "go" before the worker had read its baseline: its CPU time and peak went unmeasured or wrong.  Before each
    # fork (the last child is gone by now, reaped below, and the worker has drained the result pipe and writes
    # nothing until the next child is ready) they are put back as they are here, the control pipe empty.
    reset = _pipe_resetter((res_w, ctl_r), ctl_r, libc)
    reset()
    while True:
        command = read(cmd_r, 1)
        if not command:
            os._exit(0)
        reset()
        pid = fork()
        if pid == 0:
            if command == WARM_UP:
                exit_now(0)
            try:
                os.close(cmd_r)
                os.close(pid_w)
                with open(job_path, "rb") as fh:
                    spec, blobs = unpack_job(fh.read())
                child.run_child(spec, blobs, spec["workdir"], res_w, ctl_r, libc)
            finally:
                exit_now(5)
        write(pid_w, pack(pid))
        # Reap it and report how it ended: only a normal exit means callgrind wrote the count (a child that dies by
        # a signal after forging the count file must not be believed).
        write(pid_w, pack_status(waitpid(pid, 0)[1]))


def _pipe_resetter(fds: tuple[int, ...], read_end: int, libc=None):
    """A function that puts *fds* (pipe ends) back to their file status flags and pipe sizes of now, and reads
    away whatever waits in *read_end*.  A size it cannot set back (the kernel refuses: the uid's pipe budget spent)
    is left: a speed, not a result, and never a reason to stop the zygote (that would fail every later run as the
    infrastructure's).

    What the reset allocates must not depend on what a child left: every later child inherits the zygote's heap,
    and its count with it.  Read as one bytes object of their size, the bytes a sample wrote into the control pipe
    changed the C heap (glibc's, past pymalloc's 512 bytes) that every later child starts from, according to the
    free chunk such a buffer was cut from (on one build of the runners 60,000 bytes did; on one whose drain made
    other small objects, 32,000 and 40,000 did and 60,000 did not): a later sample's count fell by 12 instructions
    (in glibc's ``_int_malloc``), for as long as the worker lived.  So the bytes are read into one buffer made
    here, before the first fork, a page at a time, and how many are waiting is written into a buffer of ours too:
    each pass of the drain makes and frees the same few small objects, whatever it reads.

    Likewise a size set back or refused: refused, Python's fcntl raised, and the exception it made moved a later
    count by 23 instructions once the pipe budget had been spent twice.  With *libc* (ctypes' C library), the size is
    set through C's fcntl with no result kept: the same objects made and freed whether the kernel refuses or not."""
    control, get_flags, set_flags, set_size = fcntl.fcntl, fcntl.F_GETFL, fcntl.F_SETFL, fcntl.F_SETPIPE_SZ
    kept = tuple((fd, control(fd, get_flags), control(fd, fcntl.F_GETPIPE_SZ)) for fd in fds)
    if libc is not None:
        import ctypes
        size_now = libc["fcntl"]  # a function object of our own (libc.fcntl is shared): its types are ours to set
        size_now.argtypes, size_now.restype = (ctypes.c_int, ctypes.c_int, ctypes.c_int), None
    else:
        def size_now(fd: int, command: int, size: int) -> None:
            try:
                control(fd, command, size)
            except OSError:
                pass
    ioctl, waiting, readv = fcntl.ioctl, termios.FIONREAD, os.readv
    left, none_left = bytearray(4), bytes(4)  # FIONREAD's count, written in place
    sink = [bytearray(_DRAIN_CHUNK)]

    def reset() -> None:
        for fd, flags, size in kept:
            control(fd, set_flags, flags)
            size_now(fd, set_size, size)
        ioctl(read_end, waiting, left, True)
        while left != none_left:  # (blocking again: these bytes are there)
            readv(read_end, sink)
            ioctl(read_end, waiting, left, True)
    return reset
