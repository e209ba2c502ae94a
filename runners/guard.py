"""The child's seccomp filter: one program, assembled once in the worker, installed in every child.

It does two things.  It applies the policy of :mod:`syscalls` (no namespaces, io_uring, keyrings, bpf, ...; no
machine code of the sample's own making), in every child of both runners, root or not, counting or not.  And it
refuses every syscall that acts on *another* process with EPERM -- signals, renice, re-limit, pidfds, and
files set to signal another process on I/O (:data:`SIGNAL_OWNERS`) -- which is what a child at a uid of its own gets
from the kernel anyway, and what a child that shares the worker's uid (an unprivileged container
user cannot hand out another) would otherwise not get; acting on itself stays allowed (a sample may still kill
itself, which is a crash, or lower its own priority).  The worker itself is non-dumpable, which
covers ptrace, /proc/<pid>/mem and process_vm_* on top of this.

The program is assembled once in the worker (so every child inherits the same objects, and instruction counts do not
move), and only the child's pid is written into it before it is installed.
"""
from __future__ import annotations

import ctypes
import errno
import os
import struct

import syscalls

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
    144: (0, (0, PID)),      # sched_setscheduler(pid, ...)
    142: (0, (0, PID)),      # sched_setparam(pid, ...)
    314: (0, (0, PID)),      # sched_setattr(pid, ...)
    256: (0, (0, PID)),      # migrate_pages(pid, ...)
    141: (1, (0, PID)),      # setpriority(which, who, prio): who (with which checked below)
    251: (1, (0, PID)),      # ioprio_set(which, who, prio)
}
WHICH_PROCESS = {141: 0, 251: 1}  # setpriority needs PRIO_PROCESS, ioprio_set IOPRIO_WHO_PROCESS
# (syscall, command) -> the values its third argument may take (none: it is a pointer the filter cannot read).  These
# commands name the process a file signals on I/O (SIGIO, or any signal chosen with F_SETSIG), and the kernel checks
# the target only at delivery, against the uid of whoever set it: a child at its worker's uid (docker; any counting
# worker) could have the worker or the zygote signalled -- stopped or killed -- when they next read or write a pipe
# it holds, and the zygote shares its pipes' open files with every later child, so the owner set stays for later runs.
SIGNAL_OWNERS = {
    (72, 8): (0, PID),      # fcntl(fd, F_SETOWN, pid): itself, or no one
    (72, 15): (),           # fcntl(fd, F_SETOWN_EX, &owner)
    (16, 0x8901): (),       # ioctl(socket, FIOSETOWN, &pid)
    (16, 0x8902): (),       # ioctl(socket, SIOCSPGRP, &pid)
}
RET_ENOSYS = 0x00050000 | syscalls.RET_ENOSYS
JGE_K, JGT_K = 0x35, 0x25


class _Fprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _arg(index: int, high: bool = False) -> int:
    """Offset of an argument's low (or high) 32-bit word in struct seccomp_data."""
    return 16 + 8 * index + (4 if high else 0)


class _Program:
    """A tiny BPF assembler: jump targets are labels, resolved (and range-checked) at the end."""

    def __init__(self) -> None:
        self.ins: list[list] = []
        self.labels: dict[str, int] = {}
        self.pid_slots: list[int] = []

    def emit(self, code: int, k, jt=0, jf=0) -> None:
        if k is PID:
            self.pid_slots.append(len(self.ins))
            k = 0
        self.ins.append([code, k, jt, jf])

    def label(self, name: str) -> None:
        self.labels[name] = len(self.ins)

    def ret(self, value: int) -> None:
        self.emit(RET_K, value)

    def load(self, offset: int) -> None:
        self.emit(LD_W_ABS, offset)

    def assemble(self) -> bytes:
        out = []
        for i, (code, k, jt, jf) in enumerate(self.ins):
            jt, jf = (self.labels[j] - i - 1 if isinstance(j, str) else j for j in (jt, jf))
            if not (0 <= jt < 256 and 0 <= jf < 256):
                raise ValueError(f"seccomp program: jump out of range at {i}")
            out.append(struct.pack("<HBBI", code, jt, jf, k))
        return b"".join(out)


def build(valgrind: bool) -> _Program:
    """The whole program.  Every test starts with the syscall number in the accumulator: a block that loads an
    argument ends in a return, or loads the number again before it falls through (:func:`_pipe_size`), so the next
    block never sees anything else."""
    p = _Program()
    p.load(4)                                     # arch
    p.emit(JEQ_K, AUDIT_ARCH_X86_64, 1, 0)
    p.ret(RET_EPERM)                              # another ABI (i386 entry): nothing to check against, refuse
    p.load(0)                                     # syscall number
    p.emit(JSET_K, X32_BIT, 0, 1)
    p.ret(RET_EPERM)
    for nr in syscalls.REFUSED.values():
        p.emit(JEQ_K, nr, 0, 1)
        p.ret(RET_EPERM)
    for nr in syscalls.UNIMPLEMENTED.values():
        p.emit(JEQ_K, nr, 0, 1)
        p.ret(RET_ENOSYS)
    for nr, (arg, mask) in syscalls.FLAGGED.items():
        p.emit(JEQ_K, nr, 0, 4)
        p.load(_arg(arg))
        p.emit(JSET_K, mask, 0, 1)
        p.ret(RET_EPERM)
        p.ret(RET_ALLOW)
    p.emit(JEQ_K, syscalls.PERSONALITY, 0, 4)
    p.load(_arg(0))
    p.emit(JEQ_K, syscalls.PERSONALITY_QUERY, 1, 0)
    p.ret(RET_EPERM)
    p.ret(RET_ALLOW)
    p.emit(JEQ_K, syscalls.PRCTL, 0, "prctl_done")
    p.load(_arg(0))
    p.emit(JEQ_K, syscalls.PR_SET_DUMPABLE, 0, "prctl_allow")
    p.load(_arg(1))
    p.emit(JEQ_K, 0, "prctl_allow", 0)
    p.ret(RET_EPERM)                              # dumpable again: its peak could be reset (syscalls.PRCTL)
    p.label("prctl_allow")
    p.ret(RET_ALLOW)
    p.label("prctl_done")
    _mmap(p, valgrind)
    _pipe_size(p)
    _signal_owners(p)
    for nr, (arg, allowed) in TARGETED.items():
        p.emit(JEQ_K, nr, 0, f"after{nr}")
        which = WHICH_PROCESS.get(nr)
        if which is not None:
            p.load(_arg(0))
            p.emit(JEQ_K, which, 1, 0)
            p.ret(RET_EPERM)
        p.load(_arg(arg))                         # the target's pid, low word (pid_t is 32 bits)
        for value in allowed:
            p.emit(JEQ_K, value, f"allow{nr}", 0)
        p.ret(RET_EPERM)
        p.label(f"allow{nr}")
        p.ret(RET_ALLOW)
        p.label(f"after{nr}")
    p.ret(RET_ALLOW)
    return p


def _mmap(p: _Program, valgrind: bool) -> None:
    """No anonymous executable mapping (see syscalls.py for valgrind's own, and why they stay allowed)."""
    p.emit(JEQ_K, syscalls.MMAP, 0, "mmap_done")
    p.load(_arg(2))
    p.emit(JSET_K, syscalls.PROT_EXEC, 0, "mmap_allow")
    p.load(_arg(3))
    p.emit(JSET_K, syscalls.MAP_ANONYMOUS, 0, "mmap_allow")
    if valgrind:
        p.emit(JEQ_K, syscalls.VALGRIND_FLAGS, 0, "mmap_refuse")
        p.load(_arg(2))
        p.emit(JEQ_K, syscalls.VALGRIND_PROT, 0, "mmap_refuse")
        p.load(_arg(0, high=True))
        p.emit(JGE_K, syscalls.VALGRIND_HALF_HIGH_WORD, "mmap_allow", "mmap_refuse")
    p.label("mmap_refuse")
    p.ret(RET_EPERM)
    p.label("mmap_allow")
    p.ret(RET_ALLOW)
    p.label("mmap_done")


def _pipe_size(p: _Program) -> None:
    """No pipe raised above its default size (syscalls.F_SETPIPE_SZ says why).  Every other fcntl goes on to
    :func:`_signal_owners` with the syscall number back in the accumulator."""
    p.emit(JEQ_K, syscalls.FCNTL, 0, "pipe_done")
    p.load(_arg(1))
    p.emit(JEQ_K, syscalls.F_SETPIPE_SZ, 0, "pipe_other")
    p.load(_arg(2))
    p.emit(JGT_K, syscalls.PIPE_DEFAULT_BYTES, 0, "pipe_allow")
    p.ret(RET_EPERM)
    p.label("pipe_allow")
    p.ret(RET_ALLOW)
    p.label("pipe_other")
    p.load(0)
    p.label("pipe_done")


def _signal_owners(p: _Program) -> None:
    """No file set to signal another process (:data:`SIGNAL_OWNERS`); every other command of those syscalls passes."""
    for nr in dict.fromkeys(nr for nr, _ in SIGNAL_OWNERS):
        p.emit(JEQ_K, nr, 0, f"owners_done{nr}")
        p.load(_arg(1))
        for (cmd_nr, cmd), allowed in SIGNAL_OWNERS.items():
            if cmd_nr != nr:
                continue
            p.emit(JEQ_K, cmd, 0, f"owners_other{nr}_{cmd}")
            if allowed:
                p.load(_arg(2))
                for value in allowed:
                    p.emit(JEQ_K, value, f"owners_allow{nr}", 0)
            p.ret(RET_EPERM)
            p.label(f"owners_other{nr}_{cmd}")
        p.label(f"owners_allow{nr}")
        p.ret(RET_ALLOW)
        p.label(f"owners_done{nr}")


class Guard:
    """The assembled filter; :meth:`install` writes the pid in and loads it (no_new_privs must be set).
    *valgrind*: the worker runs under valgrind, whose own executable mappings must stay possible."""

    def __init__(self, valgrind: bool = False) -> None:
        self.valgrind = valgrind
        program = build(valgrind)
        code = program.assemble()
        self.buffer = ctypes.create_string_buffer(code, len(code))
        self.pid_offsets = tuple(i * 8 + 4 for i in program.pid_slots)
        self.fprog = _Fprog(len(program.ins), ctypes.addressof(self.buffer))
        self.fprog_address = ctypes.addressof(self.fprog)
        # A private handle with a proper signature: the address must not be truncated to a C int.
        self._prctl = ctypes.CDLL(None, use_errno=True).prctl
        self._prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong]
        self._prctl.restype = ctypes.c_int
        libc = ctypes.CDLL(None, use_errno=True)
        self._sbrk, self._mprotect = libc.sbrk, libc.mprotect
        self._sbrk.argtypes, self._sbrk.restype = [ctypes.c_long], ctypes.c_void_p
        self._mprotect.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
        self._mprotect.restype = ctypes.c_int

    def install(self) -> None:
        """Load the filter for the calling process, every child alike (root or not, counting or not)."""
        if self.valgrind:  # the same in both runners whenever they count; natively the heap is never executable
            self._heap_not_executable()
        pid = os.getpid()
        for offset in self.pid_offsets:
            struct.pack_into("<I", self.buffer, offset, pid)
        if self._prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, self.fprog_address, 0, 0) < 0:
            raise OSError(ctypes.get_errno(), "cannot install the seccomp filter")


    def _heap_not_executable(self) -> None:
        """Valgrind maps its client's brk heap read-write-execute (and grows it with the protection it has), so
        code a sample writes into malloc'd memory -- a ctypes buffer -- would run there without any syscall the
        filter could refuse.  Take PROT_EXEC away while we still may (the filter refuses giving it back)."""
        top = self._sbrk(0) or 0
        fd = os.open("/proc/self/maps", os.O_RDONLY)
        size = 0
        try:
            while chunk := os.readv(fd, [memoryview(_MAPS)[size:]]):  # a page or so per read
                size += chunk
        finally:
            os.close(fd)
        pos = 0
        while pos < size:
            end_of_line = _MAPS.find(b"\n", pos, size)
            if end_of_line < 0:
                raise OSError(errno.E2BIG, "the memory map is too long to read")
            dash = _MAPS.find(b"-", pos, end_of_line)
            space = _MAPS.find(b" ", dash, end_of_line)
            start, end = int(_MAPS[pos:dash], 16), int(_MAPS[dash + 1:space], 16)
            if start < top <= end:
                if _MAPS[space + 3] == ord("x") and self._mprotect(start, end - start, PROT_READ_WRITE):
                    raise OSError(ctypes.get_errno(), "cannot make the heap non-executable")
                return
            pos = end_of_line + 1


_MAPS = bytearray(1 << 18)  # reused: reading the maps must not allocate by their (varying) length
PROT_READ_WRITE = 0x3


def supported() -> bool:
    return os.uname().machine == "x86_64"
