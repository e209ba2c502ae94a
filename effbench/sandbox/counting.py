"""Which instruction counter this machine offers.

Hardware counters (``perf_event_open`` for retired user-space instructions, counted by the worker on the child:
runners/perfcount.py) are the cheap path where the kernel offers them; VMs and CI runners usually do not, and then
callgrind counts in software (20-90x slower, but bit-identical run to run).  ``detect_counter`` names the backend a run will use, or says what is missing.
"""
from __future__ import annotations

import ctypes
import os
import shutil
import struct

from effbench.errors import InfrastructureError, SetupError

SYS_PERF_EVENT_OPEN = 298  # x86_64
PERF_TYPE_HARDWARE = 0
PERF_COUNT_HW_INSTRUCTIONS = 1


def perf_counters_available() -> bool:
    """True when the kernel lets us count this process's retired instructions with perf_event_open."""
    if os.uname().machine != "x86_64":
        return False
    # struct perf_event_attr (size 112 in PERF_ATTR_SIZE_VER6): type, size, config, then flags with
    # disabled=1, exclude_kernel=1, exclude_hv=1 (bits 0, 5, 6).
    attr = bytearray(112)
    struct.pack_into("IIQ", attr, 0, PERF_TYPE_HARDWARE, 112, PERF_COUNT_HW_INSTRUCTIONS)
    struct.pack_into("Q", attr, 40, (1 << 0) | (1 << 5) | (1 << 6))
    libc = ctypes.CDLL(None, use_errno=True)
    buf = (ctypes.c_char * len(attr)).from_buffer(attr)
    fd = libc.syscall(SYS_PERF_EVENT_OPEN, buf, 0, -1, -1, 0)
    if fd < 0:
        return False
    os.close(fd)
    return True


COUNTERS = ("auto", "perf", "callgrind")


def detect_counter(wanted: str = "auto") -> str:
    """The counting backend to use here: hardware counters (``perf``) where the kernel offers them, else callgrind;
    *wanted* names one of them instead.  Raises, naming what is missing, when the backend cannot work here."""
    if wanted not in COUNTERS:
        raise InfrastructureError(f"unknown instruction counter {wanted!r}; choose one of {', '.join(COUNTERS)}")
    if wanted in ("auto", "perf") and perf_counters_available():
        return "perf"
    if wanted == "perf":
        raise InfrastructureError("--counter perf: this machine has no hardware instruction counters "
                                  "(perf_event_open refuses them; usual in VMs and CI runners): use --counter callgrind")
    if shutil.which("valgrind"):
        return "callgrind"
    raise SetupError("--measure instructions needs hardware counters or valgrind; there are no hardware "
                              "counters here (perf_event_open refuses), so install valgrind: apt-get install valgrind")
