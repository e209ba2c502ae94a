"""The fork server: the process that forks every timed run's child, so that no child starts from memory that held
another run's data.

Why not fork the child from the worker itself: a forked child inherits every byte of its parent's memory, freed
memory included (neither the allocator nor the kernel clears it), and the worker had held everything: the inputs it
keeps for the task's other runs (under ``--rules enamel`` the null program's, a test's arguments followed by the
expert's output on it), the code of earlier subjects and, in the buffers it had read them through, their results.
Dropping its references in the child (as it did) only freed them.  A sample reading its own address space through
ctypes found the result frame of the run before it, which in a scored run is the expert's output on the same input
(its pair, run just before) or its own from the repeat before: returning that took 3 ms where the expert took 46 ms
(both runners), and was right.  ``tests/test_sandbox_leftovers.py`` scans a child's memory for both.

The server is forked from the warm worker before the worker reads anything from the host, and never reads a job
itself: each run's job (:func:`zygote.pack_job`: the child's spec and its own inputs) comes in a memfd, with the run's
own result and control pipes, over a socket pair (``SCM_RIGHTS``), and only the forked child reads it.  So a child
starts from the worker's state at its start (preloaded modules) and holds its own job alone.  Each run has pipes of
its own, as when the worker forked it: a child that closes its result pipe is seen at once (EOF), and nothing a child
does to its pipes reaches the next.  The counting worker keeps its zygote (runners/zygote.py), which is clean too.
The server reaps each child and sends its wait status and CPU time (``wait4``), which the worker cannot read itself
of a process that is not its child.
"""
from __future__ import annotations

import os
import socket
import struct

import child
from zygote import become_forker, pack_job, unpack_job

_PID = struct.Struct(">I")
_END = struct.Struct(">iQ")  # wait status, CPU time in ns (user + system, teardown included)
RUN = b"F"


class ForkServer:
    def __init__(self, libc) -> None:
        self._sock, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self.pid = os.fork()
        if self.pid == 0:  # pragma: no cover - the server process
            self._sock.close()
            _serve(theirs, libc)
        theirs.close()

    def spawn(self, job: dict, blobs: list[bytes]) -> tuple[int, int, int]:
        """Fork a child for *job* on *blobs*: its pid, the read end of its result pipe and the write end of its
        control pipe (the caller closes both)."""
        job_fd = os.memfd_create("effbench-job", os.MFD_CLOEXEC)
        res_r, res_w = os.pipe()
        ctl_r, ctl_w = os.pipe()
        try:
            with open(job_fd, "wb", closefd=False) as fh:
                fh.write(pack_job(job, blobs))
            socket.send_fds(self._sock, [RUN], [job_fd, res_w, ctl_r])
            return _PID.unpack(self._read(_PID.size))[0], res_r, ctl_w
        finally:
            for fd in (job_fd, res_w, ctl_r):
                os.close(fd)

    def reap(self) -> tuple[int, int]:
        """The last child's wait status and CPU time (ns), once the server has reaped it (the caller kills it)."""
        status, cpu_ns = _END.unpack(self._read(_END.size))
        return status, cpu_ns

    def _read(self, n: int) -> bytes:
        data = b""
        while len(data) < n:
            chunk = self._sock.recv(n - len(data))
            if not chunk:
                raise RuntimeError("fork server died")
            data += chunk
        return data


def _serve(sock: socket.socket, libc) -> None:  # pragma: no cover - the server process
    exit_now = become_forker(libc)
    while True:
        try:
            _, fds, _, _ = socket.recv_fds(sock, 1, 3)
        except OSError:
            exit_now(0)
        if len(fds) != 3:  # the worker is gone
            exit_now(0)
        pid = os.fork()
        if pid == 0:
            try:
                sock.close()
                job_fd, res_w, ctl_r = fds
                with open(job_fd, "rb") as fh:
                    fh.seek(0)  # (the worker's write left the offset, which we share, at the end)
                    spec, blobs = unpack_job(fh.read())
                child.run_child(spec, blobs, spec["workdir"], res_w, ctl_r, libc)
            finally:
                exit_now(5)
        for fd in fds:
            os.close(fd)
        sock.sendall(_PID.pack(pid))
        _, status, usage = os.wait4(pid, 0)
        sock.sendall(_END.pack(status, round((usage.ru_utime + usage.ru_stime) * 1e9)))
