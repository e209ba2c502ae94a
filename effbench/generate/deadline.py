"""``--timeout`` bounds a whole request attempt, not only each read.

The HTTP library under ``openai`` (httpx, or its fork httpx2) times each read of the socket, never the whole
reply: a server or proxy that sends its reply a few bytes at a time keeps a request going as long as it likes (a
stuck one, for ever), whatever ``--timeout`` says.  :func:`http_client` gives the ``openai`` client a transport
that ends the reading of a body past the attempt's deadline with the library's own ``ReadTimeout``, which the
client retries as it retries any timeout.  The library is found from ``openai``'s own default client, so whichever
of the two it uses is the one wrapped.
"""
from __future__ import annotations

import importlib
import time


def _http_module(openai):
    """The HTTP package ``openai``'s default client is built on (``httpx`` or ``httpx2``)."""
    for cls in openai.DefaultHttpxClient.__mro__:
        top = cls.__module__.split(".")[0]
        if top.startswith("httpx"):
            return importlib.import_module(top)
    raise ImportError("openai's default client is not built on httpx")


def http_client(openai, seconds: float):
    """``openai``'s default HTTP client (its connection limits), reading no reply for longer than *seconds*."""
    http = _http_module(openai)

    class Deadlined(http.SyncByteStream):  # type: ignore[name-defined]  # the module is found at run time
        def __init__(self, inner, deadline: float, request):
            self.inner, self.deadline, self.request = inner, deadline, request

        def __iter__(self):
            for chunk in self.inner:
                if time.monotonic() > self.deadline:
                    raise http.ReadTimeout(f"no whole reply within {seconds:g} s", request=self.request)
                yield chunk

        def close(self) -> None:
            self.inner.close()

    class Transport(http.BaseTransport):  # type: ignore[name-defined]
        def __init__(self) -> None:
            self.inner = http.HTTPTransport(limits=openai.DEFAULT_CONNECTION_LIMITS)

        def handle_request(self, request):
            deadline = time.monotonic() + seconds
            response = self.inner.handle_request(request)
            response.stream = Deadlined(response.stream, deadline, request)
            return response

        def close(self) -> None:
            self.inner.close()

    return openai.DefaultHttpxClient(transport=Transport())
