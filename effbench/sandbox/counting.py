"""Which instruction counter this machine offers.

Hardware counters (``perf_event_open`` for retired user-space instructions, counted by the worker on the child:
runners/perfcount.py) are the cheap path where the kernel offers them; VMs and CI runners usually do not, and then
callgrind counts in software (20-90x slower, but bit-identical run to run).  ``detect_counter`` names the backend a
run will use, or says what is missing.
"""
from __future__ import annotations

import ctypes
import os
import shutil

from effbench_runners import perfcount

from effbench.errors import InfrastructureError, SetupError


def perf_counters_available() -> bool:
    """True when the kernel lets us count this process's retired instructions with perf_event_open (the same
    struct perf_event_attr the worker opens on each child: effbench_runners.perfcount, its one home)."""
    if os.uname().machine != "x86_64":
        return False
    attr = perfcount.attr_bytes("perf")
    libc = ctypes.CDLL(None, use_errno=True)
    buf = (ctypes.c_char * len(attr)).from_buffer(attr)
    fd = libc.syscall(perfcount.SYS_PERF_EVENT_OPEN, buf, 0, -1, -1, 0)
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
                                  "(perf_event_open refuses them; usual in VMs and CI runners): "
                                  "use --counter callgrind")
    if shutil.which("valgrind"):
        return "callgrind"
    raise SetupError("--measure instructions needs hardware counters or valgrind; there are no hardware "
                              "counters here (perf_event_open refuses), so install valgrind: apt-get install valgrind")
