"""Host folders a sample must never read, hidden in both sandboxes wherever a tree they mount holds them.

Why: the process runner mounts all of /usr and the interpreter's prefix, the docker runner that prefix, and what
effbench works on can lie inside them: a checkout in /usr/src/app (the official Python image's documented
WORKDIR) holds tasks/ (every expert's code), the samples file (other samples' code) and runs/ (the run store, the
expected outputs with it); a suite installed into a pyenv-virtualenv or conda environment lies inside the base
interpreter's prefix (``envs/``), out of reach of :func:`effbench.sandbox.process.package_dirs`.  A sample there
read the expert's file and ran it: eff@1 0.63 where the same code without it scored 0.

So each place effbench reads task data from or writes results to says so (:func:`keep_out`): the task suites, the
input cache, the run store, the samples file's folder; the working directory is one too.  Each sandbox hides those
inside a tree it mounts behind an empty read-only tmpfs, as it hides the package folders, when the worker starts.
The register is this process's: a Ray worker, which loaded none of them (its unit's task came pickled), registers
its unit's folders and those its driver sends before its slot starts (``measuring.unit.keep_out_of_slots``).
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

# Resolved once, when registered (a symlink's target is what a mount shows): a folder registered again (a task
# loaded by each run of an API process) adds nothing, and a worker's start resolves none of them.  It grows with
# the distinct folders this process worked from, never with the runs; none is dropped, even once gone (an input
# cache or run store folder is registered before it is made).
_KEPT_OUT: set[Path] = set()

# Folders the worker and its tools load from (the interpreter's libraries, valgrind, setpriv, the locale): a
# folder to hide that holds one of them (a working directory of /usr, say) is left visible, or nothing would run.
SYSTEM = tuple(Path(p) for p in ("/usr/bin", "/usr/sbin", "/usr/lib", "/usr/lib32", "/usr/lib64", "/usr/libx32",
                                 "/usr/libexec", "/usr/share", "/usr/local/bin", "/usr/local/lib"))


def _resolved(path: str | os.PathLike[str]) -> Path:
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):  # a symlink loop: the path as given, made absolute
        return Path(os.path.abspath(path))


def keep_out(path: Path) -> Path:
    """Register a host folder that holds what a sample must not read (task code, inputs, outputs, samples);
    returns it."""
    _KEPT_OUT.add(_resolved(path))
    return path


def kept_out() -> set[Path]:
    """The registered folders and the working directory, resolved."""
    found = set(_KEPT_OUT)
    try:
        found.add(Path(os.getcwd()).resolve())
    except (OSError, RuntimeError):  # removed under us: nothing to hide there
        pass
    return found


def _within(path: Path, tree: Path) -> bool:
    return path == tree or tree in path.parents


def to_hide(trees: Sequence[Path], needed: Sequence[Path], also: Sequence[str] = ()) -> list[str]:
    """The folders to cover with an empty tmpfs: *also* (the package folders) and every kept-out folder that lies
    strictly inside one of *trees* (what the sandbox mounts) and holds none of *needed* (the interpreter, its
    prefix) nor a :data:`SYSTEM` folder; only existing folders, and only the outermost of nested ones (a tmpfs over a
    folder hides what is under it, and nothing can be mounted inside a read-only one)."""
    keep = [*needed, *SYSTEM]
    candidates = {Path(p) for p in also}
    for path in kept_out():
        if (any(_within(path, tree) and path != tree for tree in trees) and path.is_dir()
                and not any(_within(need, path) for need in keep)):
            candidates.add(path)
    outermost = [p for p in candidates if not any(other != p and other in p.parents for other in candidates)]
    return sorted(str(p) for p in outermost)
