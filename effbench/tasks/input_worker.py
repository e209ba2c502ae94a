"""The input process: runs a task's ``generator.py`` and ``cases.py`` for the host, one request at a time (and loads its
``checker.py`` once, to say before anything is measured that it loads: it judges in the checker process).

Both are task-author code that ran in effbench's own process, where nothing could stop it: a generator that looped
or slept at one level hung the command without a word, one that called ``sys.exit`` or ``os._exit`` ended it with
that status as if the command had (0: a run that never measured anything looked done), a ``KeyboardInterrupt`` it
raised read as the user's Ctrl-C, and its prints landed in effbench's output.  Here each request runs under a
CPU-time limit (RLIMIT_CPU, raised before each request to what was used so far plus the budget) and a memory limit
(RLIMIT_DATA, per request: the larger of :class:`~effbench.tasks.input_process.InputBudget`'s and
``TASK_MEMORY_FACTOR`` times the task's own budget), with the host keeping a wall-clock limit; whatever the code
raises, ``BaseException`` included, is a reply naming the file.  Its prints are discarded (stdout and stderr go to
``/dev/null``): the reply channel is a copy of the original stdout.

The inputs are made by the same call as in the host (``generate(size, random.Random(seed)[, index])``), encoded the
same way (``marshal``), in the same interpreter, under effbench's fixed string-hash seed
(:mod:`effbench.hash_seed`; under the user's, a generator drawing from a set of strings made other inputs in every
run). Their bytes are a function
of the task's code, the size and the seed (and the Python), which they were not in the host: ``marshal`` marks a
string that is interned, and a one-character string is one object per process, interned once any code loaded there
names it, so the same input had other bytes from a bare interpreter than from ``effbench run`` (8 of
``percent-decode-crc``'s 40), or after another task's code named one of its characters. Here every one-character
latin-1 string is interned before any task code runs.

Protocol (frames of :mod:`effbench_runners.wire`, ``marshal`` inside): one frame ``("ready", None)`` at start; per
request ``(kind, path, module_name, where, params, memory_mb)``, one reply ``("ok", bytes)`` (the marshalled
argument list of one call, or of the hand cases) or ``("error", message)`` (the one line the host raises as the
task's error).  End of input ends the process, as does the host's end (a watchdog thread sees it: a generator that
sleeps must not outlive a host killed with SIGTERM).

Run as ``python -m effbench.tasks.input_worker``.
"""
from __future__ import annotations

import inspect
import marshal
import math
import random
import resource
import sys
from collections.abc import Callable
from pathlib import Path

from effbench_runners import wire

from effbench.errors import TaskError
from effbench.tasks.modules import checker_function, generator_function, load_module, message
from effbench.tasks.worker_process import own_workdir, reply_channel, watch_host


CASE_KEYS = ("args", "expected")


def checker_takes_three(path: Path, name: str) -> None:
    """``check`` of checker.py loads and takes ``(args, output, expected)``, or the task's error: one that takes
    other parameters raised TypeError on the expert's first output, which made every run of the task end as
    infrastructure (exit 3) after the other tasks were measured."""
    check = checker_function(path, name)
    try:
        signature = inspect.signature(check)
    except (TypeError, ValueError):  # a callable without a signature to read: it is called as it is
        return
    try:
        signature.bind(None, None, None)
    except TypeError as exc:
        raise TaskError(f"{path}: check must take (args, output, expected): {exc}") from None


def encode_args(args, where: str) -> bytes:
    """The marshal bytes of one call's argument list (what travels to the sandbox), or the task's error."""
    if not isinstance(args, (list, tuple)):
        raise TaskError(f"{where}: must produce the argument list of one call, got {type(args).__name__}")
    try:
        return marshal.dumps(list(args))
    except ValueError as exc:
        raise TaskError(f"{where}: arguments must be builtin data (marshal: {exc})") from None


def takes_index(gen) -> bool:
    """Generators may take the test's index in its level (``generate(size, rng, index)``), e.g. to put a worst case
    at test 0 as ENAMEL's generators do with their ``cid``."""
    try:
        return "index" in inspect.signature(gen).parameters
    except (TypeError, ValueError):
        return False


def generate(path: Path, name: str, where: str, size: int, seed: int, index: int) -> bytes:
    gen = generator_function(path, name)
    extra = {"index": index} if takes_index(gen) else {}
    try:
        args = gen(size, random.Random(seed), **extra)
    except BaseException as exc:  # noqa: BLE001 - task-author code: any failure is the task's, said in one line
        raise TaskError(f"{where}: generate raised {message(exc)}") from None
    return encode_args(args, where)


def cases(path: Path, name: str) -> bytes:
    """CASES, and each case's argument list as it travels to the sandbox: encoded here, from the objects cases.py
    made (``marshal`` marks the objects referenced more than once, so bytes encoded from a copy could differ)."""
    found = getattr(load_module(path, name), "CASES", None)
    if not isinstance(found, list) or not all(isinstance(c, dict) and "args" in c for c in found):
        raise TaskError(f"{path}: CASES must be a list of {{'args': [...], 'expected': ...}}")
    for i, case in enumerate(found):  # a misspelt 'expected' would leave the case checked against the expert
        unknown = [key for key in case if key not in CASE_KEYS]
        if unknown:
            raise TaskError(f"{path} case {i}: unknown key {unknown[0]!r} (a case holds 'args' and, optionally, "
                            "'expected')")
    blobs = [encode_args(case["args"], f"{path} case {i}") for i, case in enumerate(found)]
    try:
        return marshal.dumps((found, blobs))
    except ValueError as exc:
        raise TaskError(f"{path}: CASES must be builtin data (marshal: {exc})") from None


def _answer(request: bytes) -> tuple[str, bytes | str]:
    kind, path, name, where, params, _ = marshal.loads(request)
    try:
        if kind == "generate":
            return "ok", generate(Path(path), name, where, *params)
        if kind == "checker":
            checker_takes_three(Path(path), name)
            return "ok", b""
        return "ok", cases(Path(path), name)
    except TaskError as exc:
        return "error", str(exc)
    except BaseException as exc:  # noqa: BLE001 - the module's own code at load (a SystemExit at its top level)
        return "error", f"{path}: {message(exc)}"


def _limit(request: bytes, cpu_s: float) -> None:
    """This request's CPU time (what was used so far plus the budget: SIGXCPU ends the process past it) and memory
    (the request's, as the host worked it out from :class:`~effbench.tasks.input_process.InputBudget` and the
    task's own budget: lowered or raised per request; the hard limit is left as it was)."""
    memory = marshal.loads(request)[5] << 20
    used = resource.getrusage(resource.RUSAGE_SELF)
    for which, soft in ((resource.RLIMIT_CPU, math.ceil(used.ru_utime + used.ru_stime + cpu_s)),
                        (resource.RLIMIT_DATA, memory)):
        hard = resource.getrlimit(which)[1]
        resource.setrlimit(which, (soft if hard == resource.RLIM_INFINITY else min(soft, hard), hard))


def intern_singletons() -> None:
    """Intern the strings that are one object per process (the empty string and the 256 one-character latin-1
    strings), so that whether ``marshal`` marks one as interned does not depend on what ran here before."""
    for code in range(256):
        sys.intern(chr(code))
    sys.intern("")


def main(argv: list[str], remove_workdir: Callable[[], None]) -> None:
    intern_singletons()
    cpu_s = float(argv[0])
    watch_host(remove_workdir)
    replies = reply_channel()  # the task's prints land neither here nor in effbench's output
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    wire.write_frame(replies, marshal.dumps(("ready", None)))
    requests = sys.stdin.buffer
    while True:
        try:
            request = wire.read_frame(requests)
        except EOFError:
            return
        _limit(request, cpu_s)
        wire.write_frame(replies, marshal.dumps(_answer(request)))


if __name__ == "__main__":
    with own_workdir() as remove:
        main(sys.argv[1:], remove)
