"""A seccomp filter for a child that shares its uid with the worker (an unprivileged container user).

When the worker is root, the child drops to a uid of its own, and the kernel then refuses to let it signal, renice,
re-limit or trace the worker, the zygote or anything else.  A container run as an unprivileged user cannot give the
child another uid, so this filter puts those refusals back: every syscall that acts on *another* process fails with
EPERM, exactly what the child would get at a different uid; acting on itself stays allowed (a sample may still kill
itself, which is a crash, or lower its own priority).  The worker itself is non-dumpable, which covers ptrace,
/proc/<pid>/mem and process_vm_* on top of this.

The program is assembled once in the worker (so every child inherits the same objects, and instruction counts do not
move), and only the child's pid is written into it before it is installed.
"""
from __future__ import annotations

import ctypes
import errno
import os
import struct

PR_GET_SECCOMP = 21
PR_SET_SECCOMP = 22
SECCOMP_MODE_FILTER = 2
AUDIT_ARCH_X86_64 = 0xC000003E
X32_BIT = 0x40000000
RET_ALLOW = 0x7FFF0000
RET_EPERM = 0x00050000 | errno.EPERM
LD_W_ABS, JEQ_K, JSET_K, RET_K = 0x20, 0x15, 0x45, 0x06
PID = object()  # placeholder for the child's own pid

# syscall number (x86_64) -> (argument index, values allowed for it); anything else for that argument is refused.
TARGETED = {
    62: (0, (0, PID)),       # kill(pid, sig): itself (0 = its own process group, which is only itself)
    200: (0, (PID,)),        # tkill(tid, sig)
    234: (0, (PID,)),        # tgkill(tgid, tid, sig)
    129: (0, (PID,)),        # rt_sigqueueinfo(tgid, ...)
    297: (0, (PID,)),        # rt_tgsigqueueinfo(tgid, ...)
    302: (0, (0, PID)),      # prlimit64(pid, ...): setrlimit/getrlimit on itself go through here
    203: (0, (0, PID)),      # sched_setaffinity(pid, ...)
    144: (0, (0, PID)),      # sched_setscheduler(pid, ...)
    142: (0, (0, PID)),      # sched_setparam(pid, ...)
    314: (0, (0, PID)),      # sched_setattr(pid, ...)
    256: (0, (0, PID)),      # migrate_pages(pid, ...)
    141: (1, (0, PID)),      # setpriority(which, who, prio): who (with which checked below)
    251: (1, (0, PID)),      # ioprio_set(which, who, prio)
}
WHICH_PROCESS = {141: 0, 251: 1}  # setpriority needs PRIO_PROCESS, ioprio_set IOPRIO_WHO_PROCESS
# No way to reach another process through these at all.
REFUSED = (101, 310, 311, 312, 424, 434, 438, 440)  # ptrace, process_vm_readv/writev, kcmp, pidfd_*, process_madvise


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _ins(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("<HBBI", code, jt, jf, k)


class Guard:
    """The assembled filter; :meth:`install` writes the pid in and loads it (no_new_privs must be set)."""

    def __init__(self) -> None:
        prog: list[bytes] = []
        pid_slots: list[int] = []

        def emit(code: int, k, jt: int = 0, jf: int = 0) -> None:
            if k is PID:
                pid_slots.append(len(prog))
                k = 0
            prog.append(_ins(code, k, jt, jf))

        emit(LD_W_ABS, 4)                         # arch
        emit(JEQ_K, AUDIT_ARCH_X86_64, 1, 0)
        emit(RET_K, RET_EPERM)                    # another ABI (i386 entry): nothing to check against, refuse
        emit(LD_W_ABS, 0)                         # syscall number
        emit(JSET_K, X32_BIT, 0, 1)
        emit(RET_K, RET_EPERM)
        for nr in REFUSED:
            emit(JEQ_K, nr, 0, 1)
            emit(RET_K, RET_EPERM)
        for nr, (arg, allowed) in TARGETED.items():
            which = WHICH_PROCESS.get(nr)
            body = (3 if which is not None else 0) + 1 + len(allowed) + 2
            emit(JEQ_K, nr, 0, body)
            if which is not None:
                emit(LD_W_ABS, 16)                # args[0], low word
                emit(JEQ_K, which, 1, 0)
                emit(RET_K, RET_EPERM)
            emit(LD_W_ABS, 16 + 8 * arg)          # the target's pid, low word (pid_t is 32 bits)
            for i, value in enumerate(allowed):
                emit(JEQ_K, value, len(allowed) - i, 0)
            emit(RET_K, RET_EPERM)
            emit(RET_K, RET_ALLOW)
            emit(LD_W_ABS, 0)                     # reload the number for the next test (only reached on no match)
        emit(RET_K, RET_ALLOW)
        _check(prog)
        self.buffer = ctypes.create_string_buffer(b"".join(prog), len(prog) * 8)
        self.pid_offsets = tuple(i * 8 + 4 for i in pid_slots)
        self.fprog = _Fprog(len(prog), ctypes.addressof(self.buffer))
        self.fprog_address = ctypes.addressof(self.fprog)
        # A private handle with a proper signature: the address must not be truncated to a C int.
        self._prctl = ctypes.CDLL(None, use_errno=True).prctl
        self._prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
        self._prctl.restype = ctypes.c_int

    def install(self, dry_run: bool = False) -> None:
        """Load the filter for the calling process.  With *dry_run*, do the same work but ask the kernel a question
        instead (PR_GET_SECCOMP): a child that needs no filter then leaves the same heap behind as one that does."""
        pid = os.getpid()
        for offset in self.pid_offsets:
            struct.pack_into("<I", self.buffer, offset, pid)
        op = PR_GET_SECCOMP if dry_run else PR_SET_SECCOMP
        if self._prctl(op, SECCOMP_MODE_FILTER, self.fprog_address, 0, 0) < 0:
            raise OSError(ctypes.get_errno(), "cannot install the seccomp filter")


def _check(prog: list[bytes]) -> None:
    """Every per-syscall test's 'no match' jump must land on the reload of the syscall number after its block."""
    if len(prog) > 255:
        raise ValueError("seccomp program too long for 8-bit jumps")
    for i, ins in enumerate(prog):
        code, jt, jf, k = struct.unpack("<HBBI", ins)
        if code == JEQ_K and jf > 1 and struct.unpack("<HBBI", prog[i + jf + 1])[:4:3] != (LD_W_ABS, 0):
            raise ValueError(f"seccomp program: bad jump at {i}")


def supported() -> bool:
    return os.uname().machine == "x86_64"
