"""A counting child's count, as callgrind dumps it at the child's exit: the file made for it and how it is read.

One home for the rule, because two places read such a dump: the worker (:mod:`executor`), for every counted run,
and effbench's preflight on the host, which counts a probe the way a child is counted to find out whether this
interpreter can be counted at all (effbench.sandbox.preflight.check_callgrind_counts).  Stdlib only: it runs in the
sandbox.
"""
from __future__ import annotations

import os

try:
    from sweep import dump_file  # in the sandbox: runners/ is on the worker's sys.path
except ImportError:  # on the host, as effbench_runners.countdump (preflight, tests)
    from .sweep import dump_file

COUNT_EDGE = 1 << 12  # bytes read at each end of a callgrind dump (its header, summary line included, is ~330)
# A counting child's dumps before its count (effbench.sandbox.process.CALLGRIND), both thrown away: on gc.freeze in
# its set-up and on entering the measured region.  The count is the next, written as it exits: its header's "part:"
# line says COUNT_PART.  A higher number means the sample made callgrind dump (it entered operator.call again from
# outside the region, after leaving it by a stack switch, say, or called gc.freeze), splitting the count; a lower one
# that callgrind found no set-up marker (an interpreter without gc_freeze): the worker's failure, not the sample's.
COUNT_MARKS = 2
COUNT_PART = COUNT_MARKS + 1


def make_count_file(path: str) -> str:
    """The empty file callgrind dumps a count to, made before the count starts, mode 0666 whatever the umask: that
    mode is how the file is told from one a child at the reader's uid put in its place (:func:`sweep.dump_file`)."""
    fd = os.open(path, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o666)
    os.fchmod(fd, 0o666)
    os.close(fd)
    return path


SPLIT = ("the sample made callgrind dump its count early (it entered the measured call again from outside it, or "
         "called gc.freeze), which splits the count, so nothing was counted")
UNMARKED = (f"callgrind's count is the child's dump number {{part}}, not {COUNT_PART}: it did not find the function "
            "that marks the end of the child's set-up (gc_freeze) in this interpreter, so nothing can be counted")


def read_count(path: str) -> dict:
    """The count callgrind dumped at the child's exit, read from a whole dump only.  The file was truncated before
    the run, so a child that died by a signal (no dump) leaves it empty.  And the dump is written under the child's
    own limits: one that lowered its RLIMIT_FSIZE (Python ignores SIGXFSZ, so the write is quietly cut short)
    leaves the header, whose summary line may end after a digit or two.  callgrind writes the total twice, as that
    summary line and as the dump's last line (totals): only both, whole, are a count, and only in the child's dump
    number :data:`COUNT_PART`.  Otherwise nothing was counted, which is the sample's failure -- but for a lower
    number, which a sample cannot cause (it can only add dumps): the worker's set-up error.  The count is the
    totals, the sum of every cost in the dump: the summary leaves out what ran in a signal handler's own context
    (callgrind's separate state for it), which once collection no longer stops is counted there too, so a summary
    is whole when it is at most the totals (equal unless a signal was handled)."""
    try:
        st = dump_file(path)
        if st is not None:
            with open(path, "rb") as fh:
                head = fh.read(COUNT_EDGE)
                fh.seek(max(0, st.st_size - COUNT_EDGE))
                tail = fh.read()
            lines = head.split(b"\n")[:-1]  # whole lines
            summary = [line for line in lines if line.startswith(b"summary:")]
            part = [int(line.split()[1]) for line in lines if line.startswith(b"part:")]
            last = tail.split(b"\n")[-2:]  # a whole dump ends "totals: N\n"
            if summary and part and last[-1] == b"" and last[0].startswith(b"totals:"):
                count = int(last[0].split()[1])
                if int(summary[0].split()[1]) <= count:
                    if part[0] < COUNT_PART:
                        return {"status": "setup_error", "detail": UNMARKED.format(part=part[0])}
                    if part[0] > COUNT_PART:
                        return {"status": "died", "count_error": SPLIT}
                    return {"instructions": count}
    except (OSError, ValueError, IndexError):
        pass
    return {"status": "died", "count_error": "callgrind's dump of the count is not whole (the sample filled the space "
                                             "it is written to, lowered its file-size limit or changed the file), so "
                                             "nothing was counted"}
