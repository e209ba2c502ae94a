"""Host side of the executor protocol, shared by every backend.

A :class:`WorkerSession` speaks framed messages over a pair of file descriptors (a subprocess's pipes, or a Docker
attach socket) with a deadline on every read, so a hung or dead worker becomes a :class:`WorkerDied` instead of a
hang.  :class:`PooledSandbox` adds what every backend needs on top: start, re-send inputs after a restart, retry a
run once on a fresh worker when the worker failed.  A second failure is the sample's when a fresh worker then runs a
trivial sample (the fault follows the sample), and infrastructure only when that fails too.

Each request carries a token drawn for it alone, which the worker writes before its reply: a reply without it was
not written by the worker (:class:`ForgedReply`).  Without one, a frame a sample wrote on the reply channel (it once
could, through bubblewrap's own process in the sandbox) was taken for its run's reply, and every later reply for the
next request's.  A run's forged reply takes the dead worker's path: it is the sample's only when it comes again on a
fresh worker, and a trivial sample's run then gets its own reply.
"""
from __future__ import annotations

import hmac
import json
import os
import secrets
import threading
import time

from effbench_runners import wire

from effbench.errors import InfrastructureError, SetupError
from effbench.sandbox import base
from effbench.sandbox.frames import FrameReadError, FrameReader
from effbench.sandbox.outcome import interpret
from effbench.sandbox.worker_setup import SETUP, differences


PROBE = "def f():\n    return None\n"  # a sample that cannot fail: tells a broken worker from a breaking sample
HELLO_TIMEOUT = 60.0  # seconds a fresh worker has to answer its first request (a plain one answers in under one)
# A callgrind worker starts its interpreter and executor under valgrind: 14-21 s alone on a busy 2-core VM, 54 s
# when three effbench runs start theirs at once (2026-12-07, load 13-17), which the plain budget cut short.
CALLGRIND_HELLO_FACTOR = 10


def _reply_budget(limits: base.Limits) -> float:
    """How long the host waits for a run's reply before it calls the worker dead: the worker's own bounds (set-up,
    then compiling the sample within the wall limit plus a grace, then the run within the wall limit), and a
    margin for its clean-up."""
    return limits.setup_timeout + 2 * limits.wall_limit + 60


class WorkerDied(Exception):
    """The executor stopped answering: an infrastructure failure, never the sample's."""


class WorkerStartError(InfrastructureError, WorkerDied):
    """A fresh worker that died or stayed silent while starting: retried like a worker that died mid-run (a
    :class:`WorkerDied`), and one line, exit 3, when a slot's very first start fails (an
    :class:`~effbench.errors.InfrastructureError`: finished measurements are kept, a rerun resumes)."""


def hello_budget(counter: str | None) -> float:
    """How long a fresh worker has to answer its hello: :data:`HELLO_TIMEOUT`, :data:`CALLGRIND_HELLO_FACTOR` times
    that under callgrind, whose start-up grows with the machine's load (several runs starting at once)."""
    return HELLO_TIMEOUT * (CALLGRIND_HELLO_FACTOR if counter == "callgrind" else 1)


class ForgedReply(WorkerDied):
    """A reply that does not start with its request's token, so the worker did not write it.  The only code in the
    sandbox that effbench does not trust is the sample being run, but a fault of its own (a write on the worker's
    stdout from C code, say) would forge a reply too, whatever the sample: so a run's forged reply is handled as a
    dead worker's run (:meth:`PooledSandbox.execute_with_reply`), retried on a fresh worker, and the sample's failure
    (:func:`forged`) only when it comes again there while a trivial sample's run does not get one.  Either way the
    worker is replaced, since its channel is no longer trusted and the real reply, still to come, must answer
    nothing."""


def forged(failure: str) -> base.Execution:
    """The outcome of a sample whose run's reply was forged on two fresh workers, while a trivial sample's was not
    (the workers measured nothing that can be believed)."""
    return base.Execution(base.BAD_OUTPUT, detail=f"forged reply, on two fresh workers while a trivial sample's reply "
                                                  f"is its own: {failure}"[:1000])


class WorkerSession:
    def __init__(self, write_fd: int, read_fd: int, describe: str):
        self.write_fd, self.read_fd, self.describe = write_fd, read_fd, describe
        self._reader = FrameReader(read_fd)
        # True from a request's send until its whole reply is read: a session left busy (a stop or Ctrl-C came
        # mid-request) is out of step with its worker, whose next frame answers the old request, not an "exit".
        self.busy = False

    def request(self, header: dict, payload: bytes | None = None, timeout: float = 60.0) -> tuple[dict, bytes | None]:
        """The worker's reply to *header* (and *payload*); :class:`ForgedReply` if it lacks the request's token."""
        token = secrets.token_bytes(wire.TOKEN_SIZE)  # a fresh one each time: a token seen once is never asked again
        header = dict(header, payload=payload is not None, token=token.hex())
        self.busy = True
        data = wire.pack_frame(json.dumps(header).encode())
        if payload is not None:
            data += wire.pack_frame(payload)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self.write_fd, view):]
        except OSError as exc:
            raise WorkerDied(f"{self.describe}: cannot send ({exc})") from None
        deadline = time.monotonic() + timeout
        # Checked before any length is read: a forged frame's own length would have us wait for bytes never sent.
        if not hmac.compare_digest(self._frame(deadline, wire.TOKEN_SIZE), token):
            raise ForgedReply(f"{self.describe}: a reply without its request's token on the worker's channel")
        reply = json.loads(self._frame(deadline))
        body = self._frame(deadline) if reply.get("payload") else None
        self.busy = False
        return reply, body

    def stray(self) -> bool:
        """Whether the channel holds bytes no request asked for, or the worker's end, checked between requests: the
        worker writes only in answer to one."""
        return self._reader.pending()

    def _frame(self, deadline: float, size: int | None = None) -> bytes:
        """The next frame's body (or the next *size* bytes), or :class:`WorkerDied`."""
        try:
            return self._reader.frame(deadline) if size is None else self._reader.read(size, deadline)
        except FrameReadError as exc:
            why = {"timeout": "no answer in time", "closed": "worker exited"}.get(exc.reason, f"read failed ({exc})")
            raise WorkerDied(f"{self.describe}: {why}") from None


class PooledSandbox:
    """Common behaviour of backends; subclasses implement :meth:`_spawn` and :meth:`_terminate`."""

    name = "abstract"

    def __init__(self, slot: int = 0, counter: str | None = None):
        self.slot = slot
        self.counter = counter  # None, or the instruction-counting backend this worker runs under
        self.cpu: int | None = None  # the one core its worker is pinned to (a slot of effbench.parallel), or None
        self.session: WorkerSession | None = None
        self._info: dict = {}
        self._inputs: dict[str, bytes] = {}
        self._sent: set[str] = set()
        self.restarts = 0
        self.stopping = threading.Event()  # set by stop(), from any thread: no worker is started or asked again

    # -- to implement
    def _spawn(self) -> WorkerSession:
        raise NotImplementedError

    def _terminate(self) -> None:
        raise NotImplementedError

    def _wake(self) -> None:
        """Make a read of this sandbox's worker, blocked in another thread, return at once (as a dead worker).
        Called from a thread that does not own the sandbox: it must not close what the owner still reads."""
        raise NotImplementedError

    def uid(self) -> int:
        """An unprivileged uid of this effbench process's slot alone: two effbench runs on one machine must not
        share one (a sample could signal the other run's children).  Always six digits, so the job a counting
        child reads has the same length whatever the uid (instruction counts depend on it)."""
        return 100_000 + (os.getpid() % 100_000) * 8 + self.slot % 8

    # -- lifecycle
    def start(self) -> None:
        self._check_stopping()
        if self.session is not None and self.session.stray():
            # Written after a reply, by no request (a process left in the sandbox?), or the worker ended: a fresh
            # worker, or a stray frame would be taken for the next request's reply.  Blamed on no sample.
            self.restarts += 1
            self._terminate()
            self.session = None
        if self.session is None:
            session = self._spawn()
            if self.stopping.is_set():  # stopped while the worker started: it is not asked anything
                self._terminate()
                self._check_stopping()
            self.session = session
            self._sent.clear()
            try:
                reply, _ = self.session.request({"op": "hello"}, timeout=hello_budget(self.counter))
            except ForgedReply:
                # A fresh worker's first reply: no sample has run in it, so only its own runner files can have
                # answered without the token, an image built by another effbench version.  Every run would fail
                # alike, so it is the setup's fault, said once before anything is measured (exit 2), not each
                # sample's infrastructure failure.
                self.session = None
                self._terminate()
                raise SetupError(f"{self.name}: its worker did not answer with the request's token, so it runs other "
                                 "runner files than this effbench's (an image built by another effbench version?): "
                                 "build this version's with `effbench image build`, or name another with "
                                 "EFFBENCH_IMAGE") from None
            except WorkerDied as exc:
                # Not a traceback (it was one, exit 1, when three runs' counting workers started at once): the
                # machine's fault, never a sample's.  A stopping run's wake-up stays what it is.
                self.session = None
                self._terminate()
                if self.stopping.is_set():
                    raise
                raise WorkerStartError(f"{self.name} sandbox slot {self.slot}: its fresh worker did not start "
                                       f"({exc}); finished measurements are kept") from None
            # what the worker says it runs, its runner files' digest included (an image may hold other files than
            # this installation's: effbench_runners.digest)
            told = {k: v for k, v in reply.items() if k != "payload"}
            self._check_same_setup(told)
            self._info = told

    def _check_same_setup(self, told: dict) -> None:
        """A fresh worker (a restart) must run what this sandbox's first worker ran, which the run checked and
        recorded before measuring: an installation upgraded during a run (its runner files, its interpreter) would
        otherwise measure the rest of the run with another setup, unseen.  Its fault is the machine's, never a
        sample's; a rerun resumes only with the setup the run recorded (effbench.measuring.run_setup).  The fields
        compared are those the run's measurements depend on (:data:`.worker_setup.SETUP`), not what a worker tells of
        itself alone (its pid)."""
        changed = ", ".join(differences(self._info, told, SETUP, "then")) if self._info else ""
        if changed:
            self.session = None
            self._terminate()
            raise InfrastructureError(f"{self.name} sandbox slot {self.slot}: a fresh worker runs another setup than "
                                      f"the first ({changed}): the installation changed during the run; finished "
                                      "measurements are kept")

    def counter_sealed(self) -> bool:
        """Whether this worker's callgrind ignores client requests (:mod:`.sealing`)."""
        return False

    def info(self) -> dict:
        self.start()
        sealed = {"counter_sealed": self.counter_sealed()} if self.counter == "callgrind" else {}
        return dict(self._info, runner=self.name, counter=self.counter, **sealed)

    def stop(self) -> None:
        """End this sandbox's work from another thread (a stopping run: SIGTERM, Ctrl-C, another slot's failure):
        the run in flight returns at once as a dead worker and none is started again; the owning thread's
        :meth:`close` then removes the worker.  Before, the stopping thread asked the busy worker to exit and waited
        5 s for a reply per sandbox while the owner, woken when the worker went, started a fresh one."""
        self.stopping.set()
        self._wake()

    def _check_stopping(self) -> None:
        if self.stopping.is_set():
            raise WorkerDied(f"{self.name}: the run is stopping")

    def close(self) -> None:
        if self.session is not None and not self.session.busy:  # a busy worker would not hear "exit" in time
            try:
                self.session.request({"op": "exit"}, timeout=5)
            except (WorkerDied, ValueError):
                pass
        self._terminate()
        self.session = None

    def restart(self) -> None:
        self.restarts += 1
        self._terminate()
        self.session = None
        self.start()

    # -- inputs
    def put_input(self, key: str, blob: bytes) -> None:
        self._inputs[key] = blob

    def drop_inputs(self) -> None:
        self._inputs.clear()
        if self.session is not None and self._sent:
            self.session.request({"op": "drop"}, timeout=60)
        self._sent.clear()

    def _live(self) -> WorkerSession:
        """The worker session that start() opened (a call before it is the harness's bug, reported as a dead
        worker)."""
        if self.session is None:
            raise WorkerDied(f"{self.name}: no worker (start() was not called)")
        self._check_stopping()
        return self.session

    def _ensure_sent(self, keys: list[str]) -> None:
        for key in keys:
            if key not in self._sent:
                self._live().request({"op": "put", "key": key}, self._inputs[key], timeout=120)
                self._sent.add(key)

    # -- runs
    def _spec(self, code: str, entry: str, input_keys: list[str], limits: base.Limits) -> dict:
        return {
            "op": "run", "code": code, "entry": entry, "inputs": list(input_keys), "uid": self.uid(),
            "wall_limit": limits.wall_limit, "cpu_limit": limits.cpu_limit, "memory_mb": limits.memory_mb,
            "fsize_mb": limits.fsize_mb, "nproc": limits.nproc, "max_output": limits.max_output,
            "setup_timeout": limits.setup_timeout, "count": self.counter is not None, "passes": limits.passes,
        }

    def execute_once(self, code: str, entry: str, input_keys: list[str], limits: base.Limits
                     ) -> tuple[base.Execution, dict]:
        """One run, never retried: the Execution and the worker's raw reply (a profiling worker's reply carries
        callgrind's dump: effbench.profiling).  Raises WorkerDied (or ValueError on a garbled reply), a forged reply
        included (:class:`ForgedReply`): with no retry, nothing tells whose it was."""
        spec = self._spec(code, entry, input_keys, limits)
        self.start()
        self._ensure_sent(input_keys)
        assert self.session is not None, "start() opens the session"
        reply, payload = self.session.request(spec, timeout=_reply_budget(limits))
        result = interpret(reply, payload, limits, len(input_keys))
        if reply.get("restart"):
            self.restart_quietly()
        return result, reply

    def execute(self, code: str, entry: str, input_keys: list[str], limits: base.Limits) -> base.Execution:
        return self.execute_with_reply(code, entry, input_keys, limits)[0]

    def execute_with_reply(self, code: str, entry: str, input_keys: list[str], limits: base.Limits
                           ) -> tuple[base.Execution, dict]:
        """:meth:`execute`, and the worker's raw reply of the run it returns (empty when no worker replied): a
        worker of its own may send more than a scored one (effbench.profiling.parts)."""
        spec = self._spec(code, entry, input_keys, limits)
        budget = _reply_budget(limits)
        failure, forgeries = "", 0
        for _attempt in range(2):
            try:
                self.start()
                self._ensure_sent(input_keys)
                try:
                    reply, payload = self._live().request(spec, timeout=budget)
                except ForgedReply:  # counted for the run's reply alone: a forged hello or put is no sample's
                    forgeries += 1
                    raise
                result = interpret(reply, payload, limits, len(input_keys))
                if reply.get("restart"):  # the worker ends after this reply (the run left a mess): a fresh one
                    self.restart_quietly()
                if result.status != base.INFRA:
                    return result, reply
                failure = result.detail
            except (WorkerDied, ValueError) as exc:
                failure = str(exc)
            self.restart_quietly()
        probe = self._probe()
        if probe is None:
            # Two fresh workers failed on this sample and a third runs a trivial one: the fault follows the sample.
            if forgeries == 2:
                return forged(failure), {}
            return base.Execution(base.CRASH, detail=f"its {self.name} sandbox worker failed twice running it, "
                                                     f"while it runs other code: {failure}"[:1000]), {}
        return base.Execution(base.INFRA, detail=f"{self.name} worker failed twice: {failure}; and on a trivial "
                                                 f"sample: {probe}"[:1000]), {}

    def _probe(self) -> str | None:
        """Run a trivial sample on a fresh worker: None if it runs, else what failed (then the fault is ours)."""
        spec = {"op": "run", "code": PROBE, "entry": "f", "inputs": [], "uid": self.uid(), "wall_limit": 30,
                "cpu_limit": 31, "memory_mb": 64, "fsize_mb": 1, "nproc": 1, "max_output": 1 << 10,
                "setup_timeout": 120, "count": self.counter is not None}
        try:
            self.start()
            reply, payload = self._live().request(spec, timeout=180)
            result = interpret(reply, payload, base.Limits(wall_limit=30, cpu_limit=31, memory_mb=64))
        except (WorkerDied, ValueError, OSError) as exc:
            self.restart_quietly()
            return str(exc)
        if result.status == base.OK and result.outputs == []:
            return None
        self.restart_quietly()
        return f"{result.status} {result.detail}".strip()

    def restart_quietly(self) -> None:
        try:
            self.restart()
        except (WorkerDied, ValueError, OSError):
            self._terminate()
            self.session = None
