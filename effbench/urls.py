"""The one check of a server address the user gives (``generate --base-url``, ``pr-comment``'s
``GITHUB_API_URL``): an http(s) URL with a host, before anything is sent to it.

HTTP libraries parse a URL only when they first use it, and then fail in their own words, or not at all:
``http://[::1`` raised ``InvalidURL`` from the client library's constructor, and urllib's ``urlsplit`` raises
``ValueError`` for it; a control character, a space or a line separator reaches the request line or the IDNA
encoder.  Refused here in one line, exit 2, naming where the URL came from.
"""
from __future__ import annotations

import urllib.parse

from effbench.errors import EffbenchError
from effbench.tables import code_point


def check_http_url(url: str, where: str) -> str:
    """*url* if it is an http(s) URL with a host (and a valid port, if any); else EffbenchError naming *where*."""
    bad = next((c for c in url if c.isspace() or not c.isprintable()), None)
    if bad is not None:
        raise EffbenchError(f"{where} {url!r}: holds {code_point(bad)}; expected an http(s) URL")
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - parsed on access: raises ValueError for a port that is not 0-65535
    except ValueError as exc:
        raise EffbenchError(f"{where} {url!r}: not a URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EffbenchError(f"{where} {url!r}: expected an http(s) URL with a host, such as http://localhost:8000/v1")
    return url
