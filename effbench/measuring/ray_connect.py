"""Reaching a Ray cluster for ``effbench run --executor ray``: the checks made before the driver connects, each a
line that names what is wrong, since Ray's own connect loop says little and waits long (minutes for a head that is
not there, ~20-60 s of C++ warnings for one refusing the driver's token)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import urllib.parse
from pathlib import Path

from effbench.errors import EffbenchError, InfrastructureError, SetupError

RAY_CLIENT = "ray://"  # Ray Client's scheme: a cluster reached through its client server (port 10001 by default)
AUTO = "auto"  # Ray's word for the cluster that `ray start` made on this machine
CONNECT_S = 10.0  # how long the driver waits for the head's port to answer before it calls the cluster unreachable
REFUSED_NONE, REFUSED_TOKEN = "refused: none", "refused: token"  # the token probe's word: what the head refused


def check_ray(where: str = "--executor ray") -> None:
    """Ray is an optional extra: say how to get it, before anything is measured."""
    try:
        import ray  # noqa: F401
    except ImportError:
        raise SetupError(f"{where} needs Ray: pip install 'effbench[ray]'") from None


def check_address(address: str, where: str = "--ray-address") -> str:
    """*address* if it has a form Ray connects to (``HOST:PORT``, ``ray://HOST:PORT``, ``auto``), else one line
    naming *where* (exit 2).  Ray parses it only when the run connects, after the run directory is made, and some
    malformed forms it does not refuse at all: it retries them in its reconnect loop for minutes."""
    def bad(why: str) -> EffbenchError:
        return EffbenchError(f"{where} {address!r}: {why}; expected HOST:PORT (the head's port, 6379 by default), "
                             f"{RAY_CLIENT}HOST:PORT or {AUTO}")
    if address == AUTO:
        return address
    if not address or any(c.isspace() or not c.isprintable() for c in address):
        raise bad("empty or holding a space or control character" if address else "empty")
    rest = address.removeprefix(RAY_CLIENT)
    if "://" in rest:
        raise bad("not a Ray address (a URL of another scheme)")
    try:
        parts = urllib.parse.urlsplit("//" + rest)
        port = parts.port  # parsed on access: ValueError for a port that is not 0-65535
    except ValueError as exc:
        raise bad(f"unreadable ({exc})") from None
    if not parts.hostname or port is None or port == 0 or parts.path or parts.query or parts.fragment:
        raise bad("no host" if not parts.hostname else "no port" if port is None or port == 0 else "more than a host "
                  "and a port")
    return address


def check_reachable(address: str) -> None:
    """InfrastructureError (exit 3) unless something answers at a ``HOST:PORT`` *address* within
    :data:`CONNECT_S`: Ray's own connect loop waits for an absent head for many minutes.  ``auto`` and Ray Client
    addresses are left to Ray, which gives up on those by itself."""
    if address == AUTO or address.startswith(RAY_CLIENT):
        return
    parts = urllib.parse.urlsplit("//" + address)
    try:
        socket.create_connection((parts.hostname, parts.port), timeout=CONNECT_S).close()
    except OSError as exc:
        raise InfrastructureError(f"ray: cannot reach the cluster at {address} "
                                  f"({exc.strerror or str(exc) or type(exc).__name__})") from None


def check_token(address: str) -> None:
    """SetupError (exit 2) if the head at *address* (``HOST:PORT`` or ``auto``) refuses the token this process
    would send it (or its lack of one), asked once up front.  Ray 2.60 turns token authentication on for a head
    started where a token file exists (one ``ray.init`` or an earlier cluster left in ``~/.ray/auth_token``), and
    sends a token to an address it is given only under ``RAY_AUTH_MODE=token`` (to ``auto``, whenever the file
    exists); refused, its connect loop retried for ~20-60 s and effbench said only 'cannot reach the cluster'.
    Asked in a child process: Ray's client writes its warning straight to the process's stderr, and a port that is
    not a head's would hold it for 40 s (cut at :data:`CONNECT_S`).  Anything but a refusal is left to
    ``ray.init``, which says it as before."""
    if address.startswith(RAY_CLIENT):
        return
    try:
        said = subprocess.run([sys.executable, "-m", __name__, address], capture_output=True, text=True,
                              timeout=CONNECT_S).stdout.strip()
    except subprocess.TimeoutExpired:
        return
    if said == REFUSED_NONE:
        raise SetupError(f"ray: the cluster at {address} wants an auth token and this run sent none (Ray sends one "
                         f"to a given address only under RAY_AUTH_MODE=token): set RAY_AUTH_MODE=token, with the "
                         f"head's token (`ray get-auth-token` on the head) in {token_source()}")
    if said == REFUSED_TOKEN:
        raise SetupError(f"ray: the cluster at {address} refused the auth token in {token_source()} (one left by "
                         f"another cluster?): put the head's token there (`ray get-auth-token` on the head prints it)")


def token_source() -> str:
    """Where Ray takes the token it sends, in Ray's order: ``RAY_AUTH_TOKEN``, the file ``RAY_AUTH_TOKEN_PATH``
    names, ``~/.ray/auth_token``."""
    if os.environ.get("RAY_AUTH_TOKEN"):
        return "RAY_AUTH_TOKEN"
    return os.environ.get("RAY_AUTH_TOKEN_PATH") or str(Path.home() / ".ray" / "auth_token")


def _probe(address: str) -> None:
    """The child of :func:`check_token`: prints :data:`REFUSED_NONE` or :data:`REFUSED_TOKEN` if the head refuses
    what this process sends.  ``auto`` is taken as ``ray.init`` takes it: the latest cluster ``ray start`` made, and
    token mode if a token file exists (Ray's own helpers, private: a failure here prints nothing, so ``ray.init``
    decides)."""
    import ray.exceptions
    from ray._raylet import (  # type: ignore[attr-defined]  # not in its stubs
        AuthenticationMode, GcsClient, get_authentication_mode)  # GcsClient: what ray.init connects with
    if address == AUTO:
        from ray._private.authentication.authentication_token_setup import maybe_enable_token_auth_if_token_available
        from ray._private.services import canonicalize_bootstrap_address
        found = canonicalize_bootstrap_address(AUTO)
        if found is None:
            return
        address = found
        maybe_enable_token_auth_if_token_available(warn_if_disabled=False)
    try:
        GcsClient(address=address)
    except ray.exceptions.AuthenticationError:
        print(REFUSED_TOKEN if get_authentication_mode() == AuthenticationMode.TOKEN else REFUSED_NONE)


if __name__ == "__main__":
    _probe(sys.argv[1])
