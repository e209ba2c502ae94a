"""One image build at a time per installation (:func:`one_build_at_a_time`), apart from how images are built
(:mod:`.images`): what a build is made of is :mod:`.images`' recipe, hashed into its tag, while how runs wait for one
another is not part of any image."""
from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

BUILD_WAIT = 600.0  # s a build waits for another run's build of this installation before it builds anyway


@contextlib.contextmanager
def one_build_at_a_time(directory: Path, wait: float = BUILD_WAIT) -> Iterator[None]:
    """Hold this installation's build lock (``flock`` on *directory*, its runner files' directory, which every user
    of the installation can open) while an image is built.  Three runs started at once with no image each built one and
    left two untagged ~100 MB images that no prune removed (their containers used them).  A lock held past *wait*
    (a hung build, a process holding it for no build) or one the file system refuses: built without, as before."""
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                time.sleep(0.2)
            except OSError:
                break
        yield
    finally:
        os.close(fd)  # releases the lock
