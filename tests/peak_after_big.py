"""A small run before and after a run on a large input, in one sandbox: what a run's peak above its baseline reads
when the worker has just held much more (runners/watch.py reset_peak).  Imported by
tests/test_sandbox_memory_accounting.py (root's process runner, the container) and run as a script by the
unprivileged user with the installed wheel (tests/test_install.py): it needs only effbench and the standard library."""
from __future__ import annotations

import json
import marshal
import sys

from effbench.sandbox.base import Limits
from effbench.sandbox.docker_sandbox import DockerSandbox
from effbench.sandbox.process import ProcessSandbox

CODE = "def f(x):\n    return len(x)\n"
BIG = 3_000_000


def measure(kind: str) -> dict:
    """Two small runs, one on BIG items, two small runs, and a small run on a 4 MB budget: the small runs' statuses
    and KB above baseline, the big run's outputs, and the budgeted run's status and detail."""
    r = ProcessSandbox(slot=6) if kind == "process" else DockerSandbox(slot=6)
    r.put_input("small", marshal.dumps([[1, 2, 3]]))
    r.put_input("big", marshal.dumps([list(range(BIG))]))
    r.start()
    try:
        lim = Limits(wall_limit=20.0, cpu_limit=25, memory_mb=512)
        before = [r.execute(CODE, "f", ["small"], lim) for _ in range(2)]
        big = r.execute(CODE, "f", ["big"], lim)
        after = [r.execute(CODE, "f", ["small"], lim) for _ in range(2)]
        tight = r.execute(CODE, "f", ["small"], Limits(wall_limit=20.0, cpu_limit=25, memory_mb=4))
    finally:
        r.close()
    small = before + after
    return {"status": [ex.status for ex in small], "detail": [ex.detail for ex in small],
            "added": [ex.peak_kb - ex.base_kb for ex in small], "big": big.outputs,
            "tight": [tight.status, tight.detail, tight.peak_kb, tight.base_kb]}


if __name__ == "__main__":
    print(json.dumps(measure(sys.argv[1])))
