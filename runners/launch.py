"""Container entry point of the docker runner: connect to the host, make the connection stdin/stdout, exec the worker.

    python -s -S launch.py SOCKET [--dir PATH ...] [NAME=VALUE ...] -- COMMAND...

Why this step rather than an option of the executor:

* the *host* listens and this side connects, so the socket directory is mounted read-only and nothing in the container
  can write where the host looks;
* after the exec, the worker (or valgrind running it) is PID 1 of the container with exactly the argv and environment
  (the NAME=VALUE pairs, in their order; nothing the engine adds, such as HOSTNAME or HOME) that it has in the process
  sandbox, because instruction counts depend on both; and it speaks its usual stdin/stdout protocol, over the socket;
* ``--dir`` makes a directory first (as bwrap's ``--dir`` does): valgrind opens its output file as it starts.
"""
from __future__ import annotations

import os
import socket
import sys
import time

CONNECT_PATIENCE = 20.0


def main(argv: list[str]) -> None:
    if "--" not in argv[2:] or argv[-1] == "--":
        sys.exit("usage: launch.py SOCKET [NAME=VALUE ...] -- COMMAND...")
    split = argv.index("--", 2)
    path, options, command = argv[1], argv[2:split], argv[split + 1:]
    env = {}
    while options:
        option = options.pop(0)
        if option == "--dir":
            os.makedirs(options.pop(0), mode=0o755, exist_ok=True)
        else:
            name, _, value = option.partition("=")
            env[name] = value
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    deadline = time.monotonic() + CONNECT_PATIENCE
    while True:
        try:
            sock.connect(path)
            break
        except OSError as exc:
            if time.monotonic() > deadline:
                sys.exit(f"launch: cannot connect to {path} ({exc})")
            time.sleep(0.02)
    fd = sock.detach()
    os.dup2(fd, 0)
    os.dup2(fd, 1)
    os.close(fd)
    os.execvpe(command[0], command, env)


if __name__ == "__main__":
    main(sys.argv)
