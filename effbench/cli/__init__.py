"""The ``effbench`` command line, one module per command group; :func:`entry` starts it."""
from __future__ import annotations

import sys


def entry() -> None:
    """The console script and ``python -m effbench``.  The command modules take a second or two to import (more on
    a loaded machine), before any command's own Ctrl-C handling is in place: a Ctrl-C then was a KeyboardInterrupt
    traceback from deep inside an import.  It is one line and exit 130, as during a command.  Past the command,
    the process exits with the command's code whenever a signal lands (:attr:`~effbench.cli.main.Main.ends_process`,
    :func:`~effbench.cli.main.exit_after`)."""
    try:
        from effbench.cli.main import exit_after, main
    except KeyboardInterrupt:
        sys.stderr.write("effbench: interrupted while starting; nothing was done\n")
        sys.exit(130)
    main.ends_process = True
    try:
        main()
    except KeyboardInterrupt as exc:
        exit_after(exc)
