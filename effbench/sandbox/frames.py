"""Length-prefixed frames read from a file descriptor against a deadline: the one reader of every host-side channel
to a process effbench does not trust to answer (a sandbox's worker, a task's checker process).

Why one reader: each channel must turn the same three ways a peer can fail to answer (no answer in time, the channel
closed, a read error) into a failure of that peer, never a hang or a host exception; the callers differ only in what
the failure is called (:class:`~effbench.sandbox.client.WorkerDied`, a checker's verdict error).
"""
from __future__ import annotations

import os
import select
import time
from typing import Literal

from effbench_runners import wire

Reason = Literal["timeout", "closed", "error"]


class FrameReadError(Exception):
    """No whole frame came: *reason* says why (``timeout``, ``closed``: end of file, ``error``: the read failed)."""

    def __init__(self, reason: Reason, detail: str = ""):
        super().__init__(detail or reason)
        self.reason = reason


class FrameReader:
    """Frames from *fd*; bytes past the frame asked for are kept for the next one."""

    def __init__(self, fd: int):
        self.fd = fd
        self._buf = bytearray()

    def frame(self, deadline: float) -> bytes:
        """The next frame's body, or :class:`FrameReadError` if it is not whole by *deadline* (``time.monotonic``)."""
        length = wire.frame_length(self.read(wire.HEADER_SIZE, deadline))
        return self.read(length, deadline)

    def pending(self) -> bool:
        """Whether bytes (or the end of file) wait to be read, without waiting: between two exchanges, bytes the
        peer was not asked for."""
        return bool(self._buf) or bool(select.select([self.fd], [], [], 0)[0])

    def read(self, n: int, deadline: float) -> bytes:
        """The next *n* bytes, or :class:`FrameReadError` as :meth:`frame`."""
        while len(self._buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise FrameReadError("timeout")
            try:
                if not select.select([self.fd], [], [], left)[0]:
                    continue
                chunk = os.read(self.fd, max(1 << 16, n - len(self._buf)))
            except OSError as exc:
                raise FrameReadError("error", str(exc)) from None
            if not chunk:
                raise FrameReadError("closed")
            self._buf += chunk
        data = bytes(self._buf[:n])
        del self._buf[:n]
        return data
