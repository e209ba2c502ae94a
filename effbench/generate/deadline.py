"""``--timeout`` bounds a whole request attempt, head and body, not only each read.

The HTTP library under ``openai`` (httpx, or its fork httpx2, over httpcore) times each read of the socket, never
the whole reply: a server or proxy that sends its reply's head or body a few bytes at a time keeps a request going
as long as it likes (a stuck one, for ever), whatever ``--timeout`` says.  :func:`http_client` gives the ``openai``
client one whose every read of a reply is cut at the attempt's deadline, with the library's own ``ReadTimeout``
(the read is given at most the time left, and none once it is gone), which the client retries as it retries any
timeout.  That exception is taken from the module of the stream being read, so whichever library the client
uses is the one bounded.

The deadline is set by the client's request hook, when each attempt (each redirect too) is sent, and it is kept
per thread: a synchronous request, its head and its body are read on the thread that sent it, and ``generate``
sends several at once from a pool of threads.  The reads are bounded through httpcore's ``trace`` extension, which
hands over each connection's stream as it is opened (plain, TLS, through a proxy): its ``read`` is wrapped there,
once, so a connection kept alive for later requests stays bounded.  Neither a transport of our own nor a private
attribute is involved: a client given a transport leaves out the environment's proxies (``HTTPS_PROXY``,
``NO_PROXY``), which ``openai``'s default client honours.  Each such stream's ``start_tls`` is bounded by the same
deadline (a TLS handshake with the server inside a proxy's TLS reads the socket itself, not through ``read``).

The same reads bound the reply's size (:data:`MAX_REPLY_BYTES` an attempt, head and body): the client library
holds a reply whole in memory before it is parsed, and a server that sent 300 MB had it take about 1 GB and
write a row of 300 MB into the samples file.  A completion of any ``--max-tokens`` a model takes is far smaller.
"""
from __future__ import annotations

import contextlib
import importlib
import socket
import threading
import time

MAX_REPLY_BYTES = 16 * 2 ** 20


class ReplyTooLarge(Exception):
    """A reply over :data:`MAX_REPLY_BYTES`: the client library retries it as it retries any failed read, and
    ``generate`` then names it (``client.ModelClient``) rather than calling it a lost connection."""


OPENED = ("connect_tcp.complete", "connect_unix_socket.complete", "start_tls.complete")  # events with a new stream


def http_client(openai, seconds: float):
    """``openai``'s default HTTP client (its connection limits, the environment's proxies), reading no reply for
    longer than *seconds* from the moment its request is sent."""
    attempt = threading.local()  # .deadline: when the reply to this thread's latest request must have been read;
    #                              .received: the bytes of it read so far

    def bounded(stream) -> None:
        """Wrap the stream's read (once) so that it never waits past the deadline of the thread reading it."""
        read = stream.read
        if getattr(read, "effbench_bounded", False):
            return
        core = importlib.import_module(type(stream).__module__.split(".")[0])  # httpcore or httpcore2

        def read_by_deadline(max_bytes: int, timeout: float | None = None) -> bytes:
            deadline = getattr(attempt, "deadline", None)
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise core.ReadTimeout(f"no whole reply within {seconds:g} s")
                timeout = left if timeout is None else min(timeout, left)
            data = read(max_bytes, timeout)
            attempt.received = getattr(attempt, "received", 0) + len(data)
            if attempt.received > MAX_REPLY_BYTES:
                raise ReplyTooLarge(f"a reply over {MAX_REPLY_BYTES // 2 ** 20} MiB")
            return data

        read_by_deadline.effbench_bounded = True  # type: ignore[attr-defined]
        stream.read = read_by_deadline
        stream.start_tls = handshake_by_deadline(stream, stream.start_tls, core)

    def handshake_by_deadline(stream, start_tls, core):
        """The stream's ``start_tls``, ended at the deadline of the thread that calls it.

        A handshake over a plain socket is already timed whole (CPython's ssl gives it the socket's timeout as
        one deadline), but one inside a TLS stream (a proxy reached over https: httpcore's TLS-in-TLS) times each
        read of the socket alone, so a proxy or server handing it a byte at a time kept it going for as long as
        it liked.  Here the socket is shut, from a timer, when the attempt's time is up: the blocked read then
        returns, and the attempt ends with the library's own ``ConnectTimeout``, which the client retries."""

        def start_tls_by_deadline(ssl_context, server_hostname=None, timeout=None):
            deadline = getattr(attempt, "deadline", None)
            if deadline is None:
                return start_tls(ssl_context, server_hostname, timeout)
            left = deadline - time.monotonic()
            if left <= 0:
                raise core.ConnectTimeout(f"no TLS handshake within {seconds:g} s")
            sock, lock, state = stream.get_extra_info("socket"), threading.Lock(), {"cut": False, "ended": False}

            def shut() -> None:
                with lock:
                    if not state["ended"]:  # once the handshake has ended, the stream is the caller's
                        with contextlib.suppress(OSError):  # closed, or handed to an SSL socket (a plain
                            #  socket's handshake, bounded by the timeout it is given): nothing left to cut, and
                            #  an error it ends with is its own, not this deadline's
                            socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain socket's: an SSL socket's
                            #                                       would drop its TLS state under the reader
                            state["cut"] = True

            timer = threading.Timer(left, shut)
            timer.daemon = True
            timer.start()
            try:
                return start_tls(ssl_context, server_hostname, left if timeout is None else min(timeout, left))
            except Exception as exc:
                with lock:
                    state["ended"] = True
                if state["cut"]:
                    raise core.ConnectTimeout(f"no TLS handshake within {seconds:g} s") from exc
                raise
            finally:
                timer.cancel()
                with lock:
                    state["ended"] = True

        return start_tls_by_deadline

    def trace(event: str, info: dict) -> None:
        if event.endswith(OPENED) and hasattr(info.get("return_value"), "read"):
            bounded(info["return_value"])

    def sent(request) -> None:  # before each request (each redirect's too) is sent, on the thread that sends it
        attempt.deadline, attempt.received = time.monotonic() + seconds, 0
        before = request.extensions.get("trace")
        if before is None:
            request.extensions["trace"] = trace
        else:  # a trace of someone else's: it still sees every event

            def both(event: str, info: dict):
                trace(event, info)
                return before(event, info)

            request.extensions["trace"] = both

    return openai.DefaultHttpxClient(event_hooks={"request": [sent]})
