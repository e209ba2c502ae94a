"""What the child's seccomp filter (runners/guard.py) refuses, as data: one home for the policy.

Three aims.  The kernel surface a sample can reach is no wider than Docker's default profile, and narrower where that
profile is wide (io_uring, affinity): no new namespaces, mounts, keyrings, bpf, userfaultfd, perf events, tracing or
pidfds of other processes, no leaving the core a run is pinned to, and none of the administrative calls.  And the
sample cannot make machine code of its own (issue 11, item 1): under valgrind, code a sample writes and calls through
ctypes could issue Callgrind's client requests (zero the statistics, stop collecting) or valgrind's core requests
(run code natively, uncounted).  So no
memory turns executable after the fact (mprotect, pkey_mprotect), no anonymous executable mapping, no memfd (a file
with no mount to be noexec), no executable SysV shared memory, no personality change (READ_IMPLIES_EXEC).  Executable
mappings of *files* stay allowed -- the interpreter dlopens its extension modules -- and every mount a sample can
write is noexec, so the kernel refuses those for files it wrote.  And the sample cannot hold memory where its peak
(VmHWM, its resident pages) does not see it: in socket buffers, SysV IPC objects, inotify watches or pipes raised
above their default size (README, "Memory": what the peak counts and what it does not).

x86_64 numbers; the filter refuses every other ABI outright.
"""
from __future__ import annotations

import errno

# Refused outright (EPERM), by name for the reader; the number is what the filter tests.
REFUSED = {
    # namespaces, mounts, roots
    "unshare": 272, "setns": 308, "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161,
    "open_tree": 428, "move_mount": 429, "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
    "mount_setattr": 442,
    # kernel interfaces a sample has no business with
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "keyctl": 250, "add_key": 248, "request_key": 249,
    "bpf": 321, "userfaultfd": 323, "perf_event_open": 298, "fanotify_init": 300,
    "name_to_handle_at": 303, "open_by_handle_at": 304, "lookup_dcookie": 212,
    # other processes (the pid-checked ones are in guard.TARGETED)
    "ptrace": 101, "process_vm_readv": 310, "process_vm_writev": 311, "kcmp": 312, "pidfd_send_signal": 424,
    "pidfd_open": 434, "pidfd_getfd": 438, "process_madvise": 440, "process_mrelease": 448, "move_pages": 279,
    # the core a run is pinned to (taskset, a container's cpuset): a child that moved itself to another slot's core
    # ran beside the sample measured there (in a container the cpuset bounds it anyway: refused in both alike)
    "sched_setaffinity": 203,
    # the machine
    "kexec_load": 246, "kexec_file_load": 320, "init_module": 175, "finit_module": 313, "delete_module": 176,
    "reboot": 169, "swapon": 167, "swapoff": 168, "acct": 163, "settimeofday": 164, "clock_settime": 227,
    "clock_adjtime": 305, "adjtimex": 159, "sethostname": 170, "setdomainname": 171, "iopl": 172, "ioperm": 173,
    "quotactl": 179, "quotactl_fd": 443, "syslog": 103, "vhangup": 153, "uselib": 134, "ustat": 136, "sysfs": 139,
    "_sysctl": 156, "nfsservctl": 180,
    # machine code of the sample's own making
    "memfd_create": 319, "memfd_secret": 447, "remap_file_pages": 216,
    # memory its peak does not see (held while descriptors last, measured 2026-12-07 in both runners, root or not):
    # socket buffers are the kernel's, up to net.core.wmem_max/rmem_max each (4 MiB on the test VM: socketpairs
    # held 477 MB, loopback TCP 650-715 MB), and a sample has no one to talk to (no network, no other process);
    # SysV shared memory filled a piece at a time, each piece unmapped after (128 MB, as far as that sample went)
    # and message queues (500 MB: 32,000 queues of 16 KiB) are the kernel's too, in the process runner's per-run IPC
    # namespace, whose default limits allow far more (a container's are zero)
    "socket": 41, "socketpair": 53, "shmget": 29, "msgget": 68, "semget": 64,
    # inotify watches pin the watched inodes and the watches' own structures in the kernel, up to
    # fs.inotify.max_user_watches per uid (192,540 on the test VM): 60,000 watches on files under /usr held 14 to 20
    # MiB of slab that dropping the caches did not free until the descriptor closed (measured 2026-12-07, both
    # runners allowed it).  fanotify_init, above, is refused as well.
    "inotify_init": 253, "inotify_init1": 294,
}

# Refused with ENOSYS: glibc then falls back to the older call, whose flags the filter can read (clone3 passes
# them in memory, out of a filter's reach).  EPERM here would make every thread start fail.
UNIMPLEMENTED = {"clone3": 435}
RET_ENOSYS = errno.ENOSYS

PROT_EXEC = 0x4
SHM_EXEC = 0o100000
MAP_ANONYMOUS = 0x20
CLONE_NEW = 0x7E020000  # CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET

# number -> (argument index, mask): refused when any bit of the mask is set in that argument (low word).
FLAGGED = {
    56: (0, CLONE_NEW),     # clone(flags, ...): no new namespaces
    10: (2, PROT_EXEC),     # mprotect(addr, len, prot): nothing turns executable
    329: (2, PROT_EXEC),    # pkey_mprotect(addr, len, prot, pkey)
    30: (2, SHM_EXEC),      # shmat(id, addr, flags)
}

# fcntl(fd, F_SETPIPE_SZ, size) above a pipe's default size is refused: a sample that raised its pipes (or FIFOs,
# one descriptor each) to fs.pipe-max-size (1 MiB) and filled them held that much in each, in the kernel, where its
# peak does not see it (29 pipes: 29 MiB; 59 FIFOs: 59 MiB).  At the default size the most it can hold so is
# RLIMIT_NOFILE times 64 KiB (measured: 1.8 and 3.7 MiB).
# Shrinking stays allowed.  (The kernel reads the size as an unsigned int: the low word is the whole of it.)
FCNTL = 72
F_SETPIPE_SZ = 1031
PIPE_DEFAULT_BYTES = 65536

PERSONALITY = 135
PERSONALITY_QUERY = 0xFFFFFFFF  # the only argument allowed: read the persona, never change it

# prctl(PR_SET_DUMPABLE, x) is allowed with x = 0 only.  The child is dumpable until "go" so that the worker can reset
# its high-water mark (runners/watch.py reset_peak), then makes itself non-dumpable (runners/child.py): its /proc
# files are then root's, and a sample that made itself dumpable again could write 5 to /proc/self/clear_refs as the
# worker does, and have its peak memory read as its resident size at the end.
PRCTL = 157
PR_SET_DUMPABLE = 4

# mmap(addr, len, prot, flags, fd, off) with PROT_EXEC and MAP_ANONYMOUS is refused, with one exception under
# valgrind.  Valgrind allocates its own translation cache and arenas, lazily and from the same process, as anonymous
# RWX mappings (prot 7, MAP_FIXED|MAP_PRIVATE|MAP_ANONYMOUS, fd 0, offset 0) in its half of the address space, which
# starts at 64 GiB on amd64 (the client's half is below).  Refusing those would kill valgrind mid-sample, so under
# valgrind exactly that shape, at or above VALGRIND_HALF, stays allowed.  The guest's own mmap reaches the kernel
# through valgrind's wrapper with the same flags plus MAP_FIXED, so a sample that asks for exactly this shape at a
# free address of valgrind's half is indistinguishable to the kernel: that is the residual (README, "Count integrity").
MMAP = 9
VALGRIND_PROT = 0x7
VALGRIND_FLAGS = 0x32
VALGRIND_HALF_HIGH_WORD = 0x10  # 0x10_0000_0000 = 64 GiB
