"""The checker process: runs a task's custom ``check(args, output, expected)`` for the host, one verdict at a time.

A custom checker is task-author code, and what it checks is a sample's output: a brute-force check that is instant on
honest outputs can run for hours, or allocate without end, on a hostile one.  In the host process nothing could
stop it (an alarm signal reaches only the main thread, and no C-level loop); here the host can.  Each verdict runs
under a CPU-time limit (RLIMIT_CPU, raised before each verdict to what was used so far plus the budget: SIGXCPU ends
the process past it, even if the host is gone) and the whole process under a memory limit (RLIMIT_DATA: a checker
that allocates past it gets MemoryError, which is reported like any exception it raises).  The host keeps a
wall-clock limit of its own (a checker that sleeps or blocks uses no CPU).

Protocol (frames of :mod:`effbench_runners.wire`, ``marshal`` inside: both ends are effbench's code, and values are
the builtin data the host already rebuilt): after loading the checker, one frame ``("ready", None)``; then, per
request frame ``(args, output, expected)``, one reply ``("ok", verdict)`` or ``("raised", "TypeError: ...")``.
stdout is the reply channel, so the checker's own prints are discarded (stdout and stderr go to ``/dev/null``).
End of input ends the process.

Run as ``python -m effbench.tasks.checker_worker CHECKER_PY MODULE_NAME CPU_SECONDS MEMORY_MB``.
"""
from __future__ import annotations

import marshal
import math
import resource
import sys
from collections.abc import Callable
from pathlib import Path

from effbench_runners import wire

from effbench.tasks.modules import load_module, message
from effbench.tasks.worker_process import own_workdir, reply_channel, watch_host


def _cpu_used() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main(argv: list[str], remove_workdir: Callable[[], None]) -> None:
    path, name, cpu_s, memory_mb = Path(argv[0]), argv[1], float(argv[2]), int(argv[3])
    watch_host(remove_workdir)
    replies = reply_channel()  # the checker's prints land neither here nor in effbench's output
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    memory = memory_mb << 20
    resource.setrlimit(resource.RLIMIT_DATA, (memory, memory))
    requests = sys.stdin.buffer
    try:
        check = load_module(path, name).check
    except Exception as exc:  # noqa: BLE001 - the input process loaded it already; what differs here is said
        wire.write_frame(replies, marshal.dumps(("raised", message(exc))))
        return
    wire.write_frame(replies, marshal.dumps(("ready", None)))
    hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    while True:
        try:
            request = wire.read_frame(requests)
        except EOFError:
            return
        soft = math.ceil(_cpu_used() + cpu_s)
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))
        reply: tuple[str, object]
        try:
            args, output, expected = marshal.loads(request)
            reply = ("ok", bool(check(args, output, expected)))
        except BaseException as exc:  # noqa: BLE001 - anything the check raised is a verdict on this output
            reply = ("raised", message(exc))
        wire.write_frame(replies, marshal.dumps(reply))


if __name__ == "__main__":
    with own_workdir() as remove:
        main(sys.argv[1:], remove)
