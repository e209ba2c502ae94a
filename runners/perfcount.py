"""Hardware instruction counts with perf_event_open, taken by the worker on the child's pid.

The cheap counting path, where the kernel offers hardware counters (bare metal, some clouds; not most VMs or CI
runners, which use callgrind instead).  The worker opens the event for the child while the child is still in set-up
(disabled), enables it just before "go" and disables and reads it once the result has arrived, as it does with the
CPU clock: the descriptor lives in the worker, so the sample cannot reset, stop or read it.  Only user-space
instructions are counted (``exclude_kernel``: that is also all ``perf_event_paranoid`` = 2 allows), so the
count is the module body, the call and the encoding, plus a constant few hundred instructions of the child's own
hand-over around them.

Hardware counts are not bit-identical (interrupt skid, and the allocator state still matters), so records say which
backend counted and a leaderboard never mixes it with callgrind's.
"""
from __future__ import annotations

import ctypes
import os
import struct

SYS_PERF_EVENT_OPEN = 298  # x86_64
PERF_FLAG_FD_CLOEXEC = 8
IOC_ENABLE, IOC_DISABLE, IOC_RESET = 0x2400, 0x2401, 0x2403
ATTR_SIZE = 112  # PERF_ATTR_SIZE_VER6
FLAGS = (1 << 0) | (1 << 5) | (1 << 6)  # disabled, exclude_kernel, exclude_hv
# backend name -> (perf type, config).  "perf" is the real thing.  "perf-task-clock" counts nanoseconds of the
# child's CPU with a software event through the same code path: it is how the tests exercise this module on
# machines without hardware counters (like CI), never a measurement mode of its own.
EVENTS = {"perf": (0, 1), "perf-task-clock": (1, 1)}  # PERF_COUNT_HW_INSTRUCTIONS; PERF_COUNT_SW_TASK_CLOCK


def attr_bytes(event: str) -> bytearray:
    """A struct perf_event_attr for *event*: type, size, config, then the flag bits at offset 40."""
    kind, config = EVENTS[event]
    attr = bytearray(ATTR_SIZE)
    struct.pack_into("IIQ", attr, 0, kind, ATTR_SIZE, config)
    struct.pack_into("Q", attr, 40, FLAGS)
    return attr


class PerfCounter:
    """One event at a time, on one child.  Every call raises OSError with the kernel's reason when it fails."""

    def __init__(self, libc, event: str) -> None:
        self.libc = libc
        self._attr = attr_bytes(event)
        self._attr_c = (ctypes.c_char * ATTR_SIZE).from_buffer(self._attr)
        self.fd: int | None = None

    def open(self, pid: int) -> None:
        fd = self.libc.syscall(SYS_PERF_EVENT_OPEN, self._attr_c, pid, -1, -1, PERF_FLAG_FD_CLOEXEC)
        if fd < 0:
            err = ctypes.get_errno()
            raise OSError(err, f"perf_event_open on the child failed: {os.strerror(err)}")
        self.fd = fd

    def _ioctl(self, request: int) -> None:
        if self.libc.ioctl(self.fd, request, 0) < 0:
            err = ctypes.get_errno()
            raise OSError(err, f"perf ioctl {request:#x} failed: {os.strerror(err)}")

    def start(self) -> None:
        self._ioctl(IOC_RESET)
        self._ioctl(IOC_ENABLE)

    def stop(self) -> int:
        """Disable the event and return its count."""
        self._ioctl(IOC_DISABLE)
        if self.fd is None:
            raise OSError(0, "perf counter read before it was opened")
        data = os.read(self.fd, 8)
        if len(data) != 8:
            raise OSError(0, "perf counter read returned no value")
        return struct.unpack("<Q", data)[0]

    def close(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
