"""The worker of profiling runs (effbench.profiling): the ordinary executor, which also hands back callgrind's whole
per-function dump of each counted child, not just its total.

Runs inside the sandbox (stdlib only), mounted apart from runners/ (effbench.sandbox.process.bwrap_command).  Why a
program of its own rather than an option of executor.py: a counting child's instruction count depends on the heap
it inherits from the worker, so any change to the scored worker's code -- even one more file in its directory --
moves every count.  This file leaves executor.py as it is and wraps one of its functions after importing it; scored
runs never start it.  Profiles are never scored, so the small difference this makes to their totals (a different
``__main__``, about 0.01 %) does not matter.

The dump is what callgrind wrote at the child's normal exit, read under the same rules as the count (a regular file
still writable, the child gone); the host still parses it as hostile input (effbench.profiling.callgrind).
"""
from __future__ import annotations

import base64
import sys

RUNNERS = "/opt/effbench-runners"  # effbench.sandbox.process.SANDBOX_RUNNERS
sys.path.insert(0, RUNNERS)
import executor  # type: ignore[import-not-found]  # noqa: E402 - the runners, mounted in the sandbox

MAX_DUMP = 32 << 20  # bytes; a larger dump is the sample's profiling failure, said in the reply


def read_dump(path: str, max_bytes: int = MAX_DUMP) -> dict:
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return {"profile_error": f"cannot read callgrind's dump ({exc.strerror})"}
    if len(data) > max_bytes:
        return {"profile_error": f"callgrind's dump is over {max_bytes} bytes"}
    return {"profile_dump": base64.b64encode(data).decode("ascii")}


def _count_and_dump(path: str, read_count=executor.read_count) -> dict:
    reply = read_count(path)
    if "instructions" in reply:  # only then did callgrind dump at a normal exit
        reply.update(read_dump(path))
    return reply


if __name__ == "__main__":
    executor.read_count = _count_and_dump
    executor.main()
