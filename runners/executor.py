"""effbench's in-sandbox executor: a long-lived worker that has one confined child forked per run, from a process
that never held another run's data (its fork server, or counting its zygote: runners/forkserver.py says why).

Every sandbox backend (the process sandbox under bubblewrap, the Docker runner) starts this same file and talks to it
over stdin/stdout with the framed messages of :mod:`wire`.  The worker is warm, so a run costs a fork (a few ms)
instead of an interpreter start-up, and the worker -- a different process from the sample, at a different uid when
it runs as root -- takes the measurements the sample must not be able to touch:

* CPU time: the child's clock (``/proc/<pid>/schedstat``, ns) read while it sleeps waiting for "go", and again while
  it sleeps after writing its result (a child that does not sleep then, or is killed at its limit, is read by
  ``wait4`` after the kill instead -- exact, teardown included; the fork server reaps it and sends that);
* wall time around the same two points;
* peak memory from the child's ``VmHWM`` read from outside at the end, reset to its resident size when the
  baseline (``VmRSS``) is read: a forked child's mark starts at the worker's pages (watch.reset_peak).  Where the
  kernel refuses the reset the run has no peak (``peak_kb`` null), not a wrong one.  The files its /tmp holds are
  memory too, read at the end and while it works (watch.FilesSeen), and stop it there once over its budget.

Operations: ``hello``, ``put`` (store an input blob), ``drop``, ``run``, ``exit``.

Each request carries a token the host drew for it alone, which the worker writes before its reply
(:func:`wire.send_message`): the host refuses a reply without it, since only a sample can have written that.  No
sample can know it: the worker never puts it in a child's job (only :data:`CHILD_FIELDS` go there), and no child is
forked from the worker's memory, which holds it: a timed child comes from the fork server and a counting child from
the zygote, both forked in :class:`Worker`'s set-up, before the worker reads its first request, and neither ever
reads one (nor holds the worker's protocol pipes: both put /dev/null there).  The worker is non-dumpable, so a child
at its uid cannot read its memory either; and a sample that could read the request channel would find only its own
run's request there, already read, since the next one is sent after the run's reply.
"""
from __future__ import annotations

import ctypes
import gc
import os
import select
import _signal  # type: ignore[import-not-found]  # the C module: main says why
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import child  # noqa: E402
from countdump import COUNT_MARKS, make_count_file, read_count  # noqa: E402
import guard  # noqa: E402
import perfcount  # noqa: E402
import watch  # noqa: E402
import wire  # noqa: E402
import zygote  # noqa: E402
from sweep import Sweep, discard_dump, fresh_dir, wipe, wipe_discarded, wipe_dump  # noqa: E402

# Imported once in the warm worker so that a sample's ``import heapq`` costs a dict lookup, the same for everyone.
PRELOAD = (
    "abc array bisect cmath collections collections.abc copy dataclasses decimal enum fractions functools heapq "
    "itertools math numbers operator random re statistics string struct typing types"
).split()

CHUNK = 1 << 16
CHILD_FIELDS = ("code", "entry", "uid", "memory_mb", "fsize_mb", "nproc", "count", "passes")
COUNTED_CPU_LIMIT = 3600  # under a counter the wall-clock kill is the limit; this is only a backstop
# A counting child must exit by itself after its result (callgrind dumps at exit); one that stays alive is the
# sample's doing (it rebound os._exit, say): it is not waited for longer than this.
COUNT_EXIT_TIMEOUT = 10.0
COMPILE_GRACE = 10.0  # added to the wall limit for compiling the sample, which is not measured but must end
DEATH_GRACE = 1.0  # how long a child whose result pipe closed is given to be seen dead before we kill it


class Worker:
    def __init__(self) -> None:
        for name in PRELOAD:
            __import__(name)
        try:
            self.libc: ctypes.CDLL | None = ctypes.CDLL(None, use_errno=True)
        except OSError:
            self.libc = None
        if self.libc is not None:
            # Not dumpable: a process at our uid (the child, when we cannot give it another uid, as in a container
            # run as an unprivileged user) may not ptrace us or open our /proc/<pid>/mem or fds.  Where the child
            # gets its own uid, setuid already makes it non-dumpable, so this changes nothing there.
            self.libc.prctl(child.PR_SET_DUMPABLE, 0, 0, 0, 0)
        self.inputs: dict[str, bytes] = {}
        # Set when this worker counts instructions (see effbench.sandbox.counting).  Under valgrind, each child's
        # counted region is dumped by callgrind into a file that the worker pre-creates in a directory the child
        # cannot write; with hardware counters, the worker counts the child itself (perfcount.py).
        self.counter = os.environ.get("EFFBENCH_COUNTER") or None
        callgrind = self.counter == "callgrind"
        # Assembled once here, so every child starts from the same heap (see guard.py).
        child.GUARD = guard.Guard(valgrind=callgrind) if guard.supported() else None
        self.perf = perfcount.PerfCounter(self.libc, self.counter) if self.counter in perfcount.EVENTS else None
        self.count_dir = os.environ.get("EFFBENCH_COUNT_DIR", "/tmp/effbench-count")
        if callgrind:
            os.makedirs(self.count_dir, mode=0o755, exist_ok=True)
        self.workroot = fresh_dir(os.environ.get("EFFBENCH_WORKROOT") or "/tmp", "effbench-runs-")
        os.chmod(self.workroot, 0o711)
        # (a dump of all we ran so far, thrown away: effbench.sandbox.process.SETUP_MARKERS).  Its path is not kept
        # across the freeze and the zygote's fork: a string whose length is the pid's digits would be in the heap
        # every counted child starts from.
        if callgrind:
            discard_dump(zygote.dump_part(self.count_dir, os.getpid(), 1))
        gc.collect()
        gc.freeze()
        if callgrind:
            wipe(zygote.dump_part(self.count_dir, os.getpid(), 1))
        self.zygote = zygote.Zygote(self.workroot, self.libc, self.count_dir) if callgrind else None
        # Every other child comes from the fork server, forked now, before we read anything (forkserver.py says why).
        # Imported only then: what a worker imports is most of its start under callgrind, and a counting worker
        # needs neither it nor its socket module (nor tempfile: 199 -> 177 million instructions of imports).
        self.server = None
        if not callgrind:
            import forkserver
            self.server = forkserver.ForkServer(self.libc)
        # Unprivileged (a container's user): the child runs at our uid and can write wherever we can, so everything
        # writable is wiped after each run.  As root the child gets another uid and cannot write here at all.
        # (Made after the zygote's fork, which must inherit the same state in both cases for identical counts.)
        self.sweep = None if os.geteuid() == 0 else Sweep(self.workroot, self.count_dir if callgrind else None,
                                                             self.libc)

    def hello(self) -> dict:
        import digest  # here, after the zygote's fork: what it loads (hashlib) is not in a counted child's heap
        return {
            "python": sys.version.split()[0], "implementation": sys.implementation.name,
            "executable": sys.executable, "pid": os.getpid(), "uid": os.geteuid(),
            "cpu_clock": "schedstat" if watch.read_cpu_ns(os.getpid()) is not None else "rusage",
            "counter": self.counter, **digest.told(os.path.dirname(os.path.abspath(__file__))),
        }

    def serve(self, rfile, wfile) -> None:
        while True:
            try:
                header, payload = wire.recv_message(rfile)
            except EOFError:
                return
            op = header.get("op")
            token = bytes.fromhex(header.pop("token", ""))  # echoed before the reply (module docstring)
            if op == "exit":
                wire.send_message(wfile, {"ok": True}, token=token)
                return
            if op == "hello":
                reply, out = self.hello(), None
            elif op == "put":
                self.inputs[header["key"]] = payload
                reply, out = {"ok": True}, None
            elif op == "drop":
                for key in header.get("keys") or list(self.inputs):
                    self.inputs.pop(key, None)
                reply, out = {"ok": True}, None
            elif op == "run":
                reply, out = self.run(header)
            else:
                reply, out = {"error": f"unknown op {op!r}"}, None
            wire.send_message(wfile, reply, out, token=token)
            if reply.get("restart"):  # a run left something we could not remove: the host starts a fresh worker
                return
            del header, payload, reply, out, token  # (no child is forked from us: forkserver.py)

    # ------------------------------------------------------------ one run
    def run(self, spec: dict) -> tuple[dict, bytes | None]:
        missing = [k for k in spec["inputs"] if k not in self.inputs]
        if missing:
            return {"status": "setup_error", "detail": f"unknown input keys {missing}"}, None
        blobs = [self.inputs[k] for k in spec["inputs"]]
        # The same path every run (runs of a worker are sequential): nothing about a run's setting varies.
        workdir = os.path.join(self.workroot, "run")
        wipe(workdir)
        os.mkdir(workdir, 0o700)
        if os.geteuid() == 0:
            os.chown(workdir, int(spec["uid"]), int(spec["uid"]))
        # The child sees only its own fields: counting, only what must not vary between runs of the same sample (a
        # wall limit scaled from a measured time would change the job's bytes, the child's allocator state and so
        # the count).
        job = {k: spec[k] for k in CHILD_FIELDS if k in spec}
        job["workdir"] = workdir
        if self.zygote is not None:
            job["cpu_limit"] = COUNTED_CPU_LIMIT
            return self._run_from_zygote(self.zygote, spec, job, blobs, workdir)
        assert self.server is not None  # every worker has one or the other
        job["cpu_limit"] = spec["cpu_limit"]
        pid, res_r, ctl_w = self.server.spawn(job, blobs)
        reply: dict = {}
        try:
            reply, payload = self._supervise(pid, spec, res_r, ctl_w)
        finally:
            if self.perf is not None:
                self.perf.close()
            for fd in (res_r, ctl_w):
                os.close(fd)
            # A child whose pipe closed is usually dying (its pipe closes before it is a zombie); one still alive
            # after a moment closed the pipe itself, and the kill that follows is ours, not its crash.
            alive = reply.get("status") == "died" and not watch.dies_within(pid, DEATH_GRACE)
            watch.kill(pid)
            status, cpu_total = self.server.reap()
        cpu0, cpu1 = reply.pop("_cpu0", None), reply.pop("_cpu1", None)
        if cpu0 is not None:
            if cpu1 is None:
                # No settled end reading (killed at its limit, died, or never went to sleep after its result):
                # the exact total from wait4 after the kill, process teardown included.
                cpu1 = cpu_total
            reply["cpu_ns"] = max(0, cpu1 - cpu0)
        if reply["status"] == "died":
            if alive:  # it closed its result pipe and lived on: our SIGKILL is not its crash
                reply["reason"] = "closed its result pipe without writing a result"
            else:
                watch.describe_death(reply, status)
        return self._clean_up(spec, workdir, reply), payload

    def _clean_up(self, spec: dict, workdir: str, reply: dict, ours: tuple[str, ...] = ()) -> dict:
        """Remove everything the run left (the child is gone), before the reply: the files it held count in its
        peak memory and against its budget, and a mess we cannot remove is its failure, not the worker's.  *ours*:
        a counting child's dump file and the links its other dumps were thrown away through, in the child's reach,
        removed whatever the child made of them, and counted among its files unless still ours (a folder of files
        there went uncounted)."""
        try:
            held = wipe(workdir) + (self.zygote.drop_job() if self.zygote is not None else 0)
            if ours:
                held += wipe_dump(ours[0]) + sum(wipe_discarded(p) for p in ours[1:])
            if self.sweep is not None:
                held += self.sweep()
        except (OSError, RecursionError) as exc:
            print(f"executor: cannot clean up after a run ({exc}); exiting", file=sys.stderr)
            return {"status": "died", "restart": True, "reason": f"left what its sandbox could not remove ({exc})"}
        watch.count_files(reply, held >> 10, int(spec["memory_mb"]))
        return reply

    def _run_from_zygote(self, zyg: zygote.Zygote, spec: dict, job: dict, blobs: list[bytes],
                         workdir: str) -> tuple[dict, bytes | None]:
        """Counting mode: the child comes from the zygote and must exit by itself for callgrind to dump."""
        pid = zyg.spawn(job, blobs)
        ours = self._prepare_count_file(pid)
        count_file = ours[0]
        try:
            # The child runs under the job's fixed backstop (COUNTED_CPU_LIMIT), not the run's CPU limit, so the
            # limit is kept here, from outside: a tier build's cut-off is CPU time under a counter too.
            reply, payload = self._supervise(pid, spec, zyg.res_r, zyg.ctl_w,
                                             cpu_limit_ns=int(spec["cpu_limit"]) * 1_000_000_000)
            if reply["status"] == "done":
                _write_quietly(zyg.ctl_w, b"X")  # not into a pipe the sample filled (zygote.Zygote says why)
                status = zyg.wait_exit(float(spec.get("count_exit_timeout", COUNT_EXIT_TIMEOUT)))
                if status is None:  # alive after its result: the sample's doing (nothing of ours runs then)
                    reply.update(status="died", count_error=f"the child did not exit within "
                                                             f"{COUNT_EXIT_TIMEOUT:.0f}s of its result")
                elif not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
                    # e.g. an alarm it set goes off after its result: callgrind never dumped, so whatever the file
                    # holds (the sample may have written it) is not a count
                    reply.update(status="died", count_error="the child did not exit normally, so nothing was counted")
                else:
                    reply.update(read_count(count_file))
            elif reply["status"] == "died":
                watch.describe_death(reply, zyg.wait_exit(10))
            cpu0, cpu1 = reply.pop("_cpu0", None), reply.pop("_cpu1", None)
            if cpu0 is not None and cpu1 is not None:
                reply["cpu_ns"] = max(0, cpu1 - cpu0)
        finally:
            zyg.finish(pid)
        return self._clean_up(spec, workdir, reply, ours=ours), payload

    def _prepare_count_file(self, pid: int) -> tuple[str, ...]:
        """The file valgrind dumps the child's count to at its exit, made first (mode 0666) so that whatever else a
        child at our uid leaves there is told apart (:func:`countdump.read_count`) and removed (:meth:`_clean_up`); then the
        paths of its dumps before that, links to /dev/null (nothing reads them, and a child at another uid could not
        have them made in our count dir).  Made before "go", so whatever is there yet is callgrind's (the child's
        dump on gc.freeze in its set-up can come first: :func:`sweep.discard_dump`)."""
        path = make_count_file(zygote.count_file(self.count_dir, pid))
        return path, *(discard_dump(zygote.dump_part(self.count_dir, pid, k)) for k in range(1, COUNT_MARKS + 1))

    def _supervise(self, pid: int, spec: dict, res_r: int, ctl_w: int,
                   cpu_limit_ns: int | None = None) -> tuple[dict, bytes | None]:
        """Start the child's run and read its result frame, within its limits.  *cpu_limit_ns*: a CPU limit the
        worker enforces itself (a counting child's rlimit is the fixed backstop: see _run_from_zygote), checked
        every watch.POLL while the child works; None where the child's own RLIMIT_CPU is the run's."""
        first = watch.read_with_deadline(res_r, 1, time.monotonic() + float(spec.get("setup_timeout", 120)), pid)
        if first != child.COMPILING:
            detail = "child died during set-up"
            if first == child.SETUP_ERROR:
                detail = watch.read_with_deadline(res_r, None, time.monotonic() + 10, pid).decode(errors="replace")
            return {"status": "setup_error", "detail": detail[-4000:]}, None
        # Compiling the sample's source: not measured, but bounded by the run's own limits, and its failure.
        compiled = watch.read_with_deadline(res_r, 1, time.monotonic() + float(spec["wall_limit"]) + COMPILE_GRACE,
                                            pid)
        if compiled != child.READY:
            return {"status": "died" if watch.dead(pid) else "timeout", "phase": "compile"}, None
        cpu0 = watch.settled_cpu(pid, patience=2.0)
        base_kb = watch.read_status_kb(pid, b"VmRSS")  # the baseline, read from outside while it waits for "go"
        tmp0_kb = watch.tmpfs_held_kb(self.workroot)
        peak_reset = watch.reset_peak(pid)  # its high-water mark from here: not the worker's pages it was forked with
        if cpu0 is None:  # no schedstat (unusual kernel): charge the child's set-up too, rather than guess
            cpu0 = 0
        perf = self.perf  # hardware counting (never together with the zygote's callgrind counting)
        if perf is not None:
            try:
                perf.open(pid)
                perf.start()
            except OSError as exc:  # ours, not the sample's: the machine does not let us count
                return _counter_failed(exc), None
        seen = watch.FilesSeen(pid, self.workroot, tmp0_kb, base_kb if peak_reset else None,
                               int(spec["memory_mb"]))
        t0 = time.perf_counter_ns()
        os.write(ctl_w, b"G")
        deadline = time.monotonic() + float(spec["wall_limit"])
        max_output = int(spec.get("max_output", 64 << 20))
        buf = bytearray()
        need = None  # total bytes of the result frame, known once its header arrived
        # The checks run on a clock, not when the pipe falls silent: the sample can write to its own result pipe,
        # and one trickling a byte every few ms would otherwise never be checked (files, liveness, counted CPU).
        next_check = time.monotonic() + watch.POLL
        while need is None or len(buf) < need:
            now = time.monotonic()
            if now >= deadline:
                return _ended("timeout", t0, cpu0), None
            if now >= next_check:
                next_check = now + watch.POLL
                if watch.dead(pid):  # a zygote's child gives no EOF: its siblings-to-be share the pipe
                    return _ended("died", t0, cpu0), None
                reason = seen.read()
                if reason is not None:  # stopped here: files can hold the kernel's memory faster than time bounds
                    return {**_ended("memory", t0, cpu0), "reason": reason}, None
                if cpu_limit_ns is not None and (watch.read_cpu_ns(pid) or cpu0) - cpu0 > cpu_limit_ns:
                    return {**_ended("timeout", t0, cpu0), "limit": "cpu"}, None
            if not select.select([res_r], [], [], max(0.0, min(deadline, next_check) - now))[0]:
                continue
            chunk = os.read(res_r, CHUNK)
            if not chunk:
                return _ended("died", t0, cpu0), None
            buf += chunk
            if need is None and len(buf) >= wire.HEADER_SIZE:
                need = wire.HEADER_SIZE + wire.frame_length(bytes(buf[:wire.HEADER_SIZE]))
                if need - wire.HEADER_SIZE > max_output:
                    return _ended("output_limit", t0, cpu0), None
        reply = _ended("done", t0, cpu0)
        if perf is not None:
            try:
                reply["instructions"] = perf.stop()
            except OSError as exc:
                return _counter_failed(exc), None
        # The end reading, once the child sleeps after writing its result: settled, and before its teardown.
        reply["_cpu1"] = watch.settled_cpu(pid, patience=0.05)
        # Not reset, the mark would be the worker's pages as much as the run's: no peak rather than a wrong one.
        reply["peak_kb"] = watch.read_status_kb(pid) if peak_reset else None
        reply["base_kb"] = base_kb
        reply["_tmp_kb"] = max(0, watch.tmpfs_held_kb(self.workroot) - tmp0_kb)  # the child still holds its files
        reply["_seen_kb"], reply["_seen_total_kb"] = seen.files_kb, seen.total_kb  # and what they held meanwhile
        payload = bytes(buf[wire.HEADER_SIZE:need])
        if payload[:1] == child.SNAPSHOT:  # a timed run's results, put in the wire form now that its clock is read
            # Imported here, not before the first fork: a module more in a counting worker would move the heap its
            # children start from, and with it some instruction counts.
            import snapshot
            payload = snapshot.to_payload(payload[1:], max_output, int(spec["memory_mb"]) << 20)
            if payload is None:
                reply["status"] = "output_limit"
        return reply, payload


def _ended(status: str, t0: int, cpu0: int) -> dict:
    return {"status": status, "wall_ns": time.perf_counter_ns() - t0, "_cpu0": cpu0}


def _counter_failed(exc: OSError) -> dict:
    return {"status": "setup_error", "detail": f"instruction counter: {exc.strerror}"}


def _write_quietly(fd: int, data: bytes) -> None:
    try:
        os.write(fd, data)
    except OSError:
        pass


def main() -> None:
    # Every child starts with the signal dispositions a docker worker's has, however effbench was started: a shell's
    # background job (`&`, nohup) ignores SIGINT and SIGQUIT (nohup SIGHUP too), Python keeps an ignored SIGINT
    # ignored, and the children inherited it (a sample that signalled itself ran on only in the background).
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)
    # And nothing blocked (a Ray worker starts us with signals blocked, which the children inherited: their signals
    # stayed pending, and the harness's counted steps after the region, which read the mask, counted more).  The C
    # function, not signal.pthread_sigmask, whose reply (a set of enum members, built by a generator) left the heap
    # the children inherit other than it is when nothing was blocked: their counts moved by 362 instructions.
    _signal.pthread_sigmask(signal.SIG_SETMASK, ())
    rfile, wfile = sys.stdin.buffer, sys.stdout.buffer
    # Our own stdout carries frames only; a stray print anywhere would corrupt the stream.
    sys.stdout = sys.stderr
    worker = Worker()
    try:
        worker.serve(rfile, wfile)
    finally:
        try:
            wipe(worker.workroot)
        except OSError:
            pass


if __name__ == "__main__":
    main()
