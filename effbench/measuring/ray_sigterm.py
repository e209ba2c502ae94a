"""The process's SIGTERM handler through a Ray run, ``ray.init`` included.

``ray.init`` installs Ray's own SIGTERM handlers before it does anything else (a Python one that calls
``sys.exit(15)``, then the head node's, which stops its processes and calls ``sys.exit(1)``) and, for the driver's
core worker, Ray's C++ failure handler (a stack dump, '*** SIGTERM received ...').  A cancelled run (CI, ``timeout``)
died through them with exit 15, 1 or -6 instead of effbench's one line and exit 143.  :func:`init` starts Ray
without the C++ handler in this process and turns the ``SystemExit`` of Ray's Python handlers into the process's
own handler's doing; :class:`KeepSigterm` keeps that handler in place for the rest of the run."""
from __future__ import annotations

import signal
import threading
from typing import Any
from collections.abc import Callable


class KeepSigterm:
    """The process's Python SIGTERM handler (effbench's clean stop, errors.Terminated, or an embedding program's)
    through a Ray run.  Ray's waits turn what a handler raises into a plain KeyboardInterrupt ('interrupted', 130):
    on leaving, a KeyboardInterrupt that a SIGTERM caused is raised again as the handler raises it."""

    def __init__(self) -> None:
        before = signal.getsignal(signal.SIGTERM)
        self.before: Callable[[int, Any], Any] | None = before if callable(before) else None
        self.active = self.before is not None and threading.current_thread() is threading.main_thread()
        self.seen = False

    def _handler(self, signum, frame) -> None:
        self.seen = True
        if self.before is not None:
            self.before(signum, frame)

    def reinstate(self) -> None:
        """Put the handler back (after ``ray.init``), noting a SIGTERM for :meth:`__exit__`."""
        if self.active:
            signal.signal(signal.SIGTERM, self._handler)

    def restore(self) -> None:
        """The handler as it was before the run, Ray's and :meth:`reinstate`'s gone."""
        if self.active and self.before is not None:
            signal.signal(signal.SIGTERM, self.before)

    def __enter__(self) -> KeepSigterm:
        return self

    def __exit__(self, kind, exc, tb) -> None:
        self.restore()
        if self.active and self.seen and kind is KeyboardInterrupt:
            self.before(signal.SIGTERM, None)  # type: ignore[misc]  # active: a handler was there


def init(ray, options: dict, sigterm: KeepSigterm) -> None:
    """``ray.init(**options)`` with *sigterm*'s handler back in place when it returns.  A SIGTERM inside it (Ray's
    handlers raise ``SystemExit``) stops what it started and goes to the handler, as a SIGTERM at any other time
    would; without a handler of the process's own it ends the process as Ray's did.  Anything else that ends
    ``ray.init`` (a refused connection, Ctrl-C, an embedding program's own ``sys.exit``) also stops what it started,
    and goes on as it was: only a SIGTERM that Ray's handlers were seen to get is taken for one."""
    from ray._private import ray_constants
    from ray._private import utils as ray_utils
    arrived: list[int] = []
    install = ray_utils.set_sigterm_handler

    def install_noting(handler):
        def noting(signum, frame):
            arrived.append(signum)
            return handler(signum, frame)
        return install(noting)

    # The C++ handler's switch is read when the driver's core worker is made, inside ray.init: this process alone
    # (Ray's workers read their environment), and put back after, so an embedding program keeps Ray's crash dumps.
    switch = ray_constants.RAY_DISABLE_FAILURE_SIGNAL_HANDLER
    ray_constants.RAY_DISABLE_FAILURE_SIGNAL_HANDLER, ray_utils.set_sigterm_handler = True, install_noting
    try:
        ray.init(**options)
    except BaseException as exc:
        ended: BaseException | None = exc  # handled below, outside this block: not the context of what follows
    else:
        ended = None
    finally:
        ray_constants.RAY_DISABLE_FAILURE_SIGNAL_HANDLER, ray_utils.set_sigterm_handler = switch, install
    if ended is None:
        sigterm.reinstate()
        return
    sigterm.restore()
    try:
        ray.shutdown()  # the local cluster's processes, if ray.init got as far as starting them
    except Exception:  # noqa: BLE001 - what ended ray.init is what the user must see, not a failed clean-up
        pass
    if isinstance(ended, SystemExit) and arrived and sigterm.active:
        sigterm.before(signal.SIGTERM, None)  # type: ignore[misc]  # active: a handler was there
    raise ended
