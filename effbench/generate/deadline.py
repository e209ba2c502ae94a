"""``--timeout`` bounds a whole request attempt, not only each read.

The HTTP library under ``openai`` (httpx, or its fork httpx2) times each read of the socket, never the whole
reply: a server or proxy that sends its reply a few bytes at a time keeps a request going as long as it likes (a
stuck one, for ever), whatever ``--timeout`` says.  :func:`http_client` gives the ``openai`` client one whose
responses end the reading of their body past the attempt's deadline with the library's own ``ReadTimeout``, which
the client retries as it retries any timeout.  The library is found from ``openai``'s own default client, so
whichever of the two it uses is the one wrapped.

The deadline is set by the client's event hooks, not by a transport of our own: a client given a transport leaves
out the environment's proxies (``HTTPS_PROXY``, ``NO_PROXY``), which ``openai``'s default client honours.
"""
from __future__ import annotations

import importlib
import time
import weakref


def _http_module(openai):
    """The HTTP package ``openai``'s default client is built on (``httpx`` or ``httpx2``)."""
    for cls in openai.DefaultHttpxClient.__mro__:
        top = cls.__module__.split(".")[0]
        if top.startswith("httpx"):
            return importlib.import_module(top)
    raise ImportError("openai's default client is not built on httpx")


def http_client(openai, seconds: float):
    """``openai``'s default HTTP client (its connection limits, the environment's proxies), reading no reply for
    longer than *seconds* from the moment its request is sent."""
    http = _http_module(openai)
    deadlines: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # request -> when its reply must be read

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

    def sent(request) -> None:  # before each request (each redirect's too) is sent
        deadlines[request] = time.monotonic() + seconds

    def received(response) -> None:  # its head has arrived; its body is read after this
        deadline = deadlines.pop(response.request, None)
        if deadline is not None:
            response.stream = Deadlined(response.stream, deadline, response.request)

    return openai.DefaultHttpxClient(event_hooks={"request": [sent], "response": [received]})
