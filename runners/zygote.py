"""A zygote: a process that does nothing but fork children from the same state, for deterministic counting.

Instruction counts of a forked child depend on the memory-allocator state it inherits.  The worker's state drifts from
run to run (every request allocates and frees), so children forked by the worker itself differ by a few thousand
instructions.  The zygote is forked once from the warm worker and then only loops "read a byte, fork, write the pid",
which returns its heap to the same state every time; its children read their job from a file and so start from
identical states given identical jobs.  That makes callgrind counts bit-identical run to run.

The zygote ignores SIGCHLD (children are reaped by the kernel), so the worker tracks a child by its pid: it reads
its clocks from /proc, kills it by pid, and waits for the pid to vanish.
"""
from __future__ import annotations

import json
import os
import signal
import struct
import time

import child

PR_SET_PDEATHSIG = 1
_PID = struct.Struct(">I")


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
    def __init__(self, workroot: str, libc) -> None:
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

    def spawn(self, spec: dict, blobs: list[bytes]) -> int:
        fd = os.open(self.job_path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(pack_job(spec, blobs))
        os.write(self._cmd_w, b"F")
        data = b""
        while len(data) < _PID.size:
            chunk = os.read(self._pid_r, _PID.size - len(data))
            if not chunk:
                raise RuntimeError("zygote died")
            data += chunk
        return _PID.unpack(data)[0]

    def finish(self, pid: int, timeout: float = 10.0) -> None:
        """Make sure the child is gone, and drop anything it left in the result pipe."""
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and os.path.exists(f"/proc/{pid}"):
            time.sleep(0.001)
        os.set_blocking(self.res_r, False)
        try:
            while os.read(self.res_r, 1 << 16):
                pass
        except BlockingIOError:
            pass
        finally:
            os.set_blocking(self.res_r, True)

    def wait_exit(self, pid: int, timeout: float) -> bool:
        """Wait for the child to exit on its own (callgrind dumps at exit); False if it did not in time."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not os.path.exists(f"/proc/{pid}"):
                return True
            time.sleep(0.005)
        return False


def _zygote_loop(cmd_r: int, pid_w: int, job_path: str, res_w: int, ctl_r: int, libc) -> None:  # pragma: no cover
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(null, 1)  # never hold the worker's protocol pipes
    if libc is not None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    read, fork, write, pack = os.read, os.fork, os.write, _PID.pack
    while True:
        if not read(cmd_r, 1):
            os._exit(0)
        pid = fork()
        if pid == 0:
            try:
                os.close(cmd_r)
                os.close(pid_w)
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                with open(job_path, "rb") as fh:
                    spec, blobs = unpack_job(fh.read())
                child.run_child(spec, blobs, spec["workdir"], res_w, ctl_r, libc)
            finally:
                os._exit(5)
        write(pid_w, pack(pid))
