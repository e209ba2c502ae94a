"""A counting valgrind that no sample can steer: one whose callgrind ignores client requests.

Under valgrind, machine code a sample makes and calls (through ctypes) can issue client requests: callgrind's (zero
the statistics, stop collecting) and valgrind's own (run a function natively, uncounted), and so forge its count.
The sandbox refuses every way of making such code that the kernel can tell apart from valgrind's own work (README,
"Count integrity"), but not all of them: valgrind's translation cache and arenas are anonymous read-write-execute
mappings it makes lazily, in its own half of the address space, through the same system call a sample's request
goes through, and a sample asking for the same shape at a free address there looks exactly the same; some system
libraries also contain the request sequence.  So the requests themselves must do nothing.

``valgrind/ignore-client-requests.patch`` (beside this module) adds one core option to valgrind,
``--ignore-client-requests=yes``: every request but RUNNING_ON_VALGRIND and the one valgrind's own exit path makes
(FREERES_DONE) is ignored, leaving the client its default value.  Honest code makes no
request that moves a count (CPython asks only RUNNING_ON_VALGRIND), so counts are the same with and without it.
``valgrind/build-sealed-callgrind.sh`` builds the patched callgrind from the installed version's source and puts it
in place of the distribution's (``.ci/setup`` does this); stock valgrind does not know the option, and a run on it
records ``counter_sealed: false``.
"""
from __future__ import annotations

import functools
import subprocess
from pathlib import Path

SEAL_OPTION = "--ignore-client-requests=yes"
HERE = Path(__file__).resolve().parent / "valgrind"
BUILD_SCRIPT = HERE / "build-sealed-callgrind.sh"


def probe_command(valgrind: str = "valgrind") -> list[str]:
    """A callgrind run that succeeds only when the tool takes the sealing option (stock valgrind: "Unknown option",
    exit 1).  /bin/sh is in every image that counts (valgrind's own wrapper is a shell script)."""
    return [valgrind, "--tool=callgrind", "--vgdb=no", SEAL_OPTION, "--callgrind-out-file=/dev/null", "-q",
            "/bin/sh", "-c", ":"]


@functools.cache
def valgrind_seals(valgrind: str = "valgrind") -> bool:
    """True when this machine's callgrind ignores client requests (checked once per process, about 0.3 s)."""
    try:
        return subprocess.run(probe_command(valgrind), capture_output=True, timeout=120).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
