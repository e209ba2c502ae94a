"""Loading a task's own Python files (generator, cases, checker) as modules, by path.

Kept apart from :mod:`effbench.tasks.task` (which imports the manifest schema's validator, 0.5 s) so that the
checker process (:mod:`effbench.tasks.checker_worker`) loads a ``checker.py`` the same way without paying for it.
"""
from __future__ import annotations

import functools
import importlib.machinery
import importlib.util
from pathlib import Path
from types import ModuleType

from effbench.errors import TaskError


def read_task_file(path: Path) -> bytes:
    """A task file's bytes, or one TaskError line naming it: the one wording of a task file that is not there."""
    try:
        if path.is_file():  # not a folder, nor a pipe that would block the read
            return path.read_bytes()
    except OSError as exc:
        raise TaskError(f"{path}: cannot be read ({exc.strerror})") from None
    raise TaskError(f"{path}: missing")


class _SourceOnly(importlib.machinery.SourceFileLoader):
    """A loader that never writes bytecode: the task folder is the author's (under version control, perhaps not
    theirs to write), and loading generator.py, cases.py and checker.py left a ``__pycache__`` in it."""

    def set_data(self, path, data, *, _mode=0o666) -> None:  # the hook through which the loader writes a .pyc
        return None


@functools.cache
def load_module(path: Path, name: str) -> ModuleType:
    read_task_file(path)  # there, and readable
    spec = importlib.util.spec_from_file_location(name, path, loader=_SourceOnly(name, str(path)))
    assert spec is not None and spec.loader is not None  # a .py file path always has a spec and a loader
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise TaskError(f"{path}: {type(exc).__name__}: {exc}") from exc
    return module


def generator_function(path: Path, name: str):
    """``generate`` of the generator.py at *path* (loaded as module *name*), or the task's error."""
    gen = getattr(load_module(path, name), "generate", None)
    if not callable(gen):
        raise TaskError(f"{path}: no generate(size, rng) function")
    return gen


def checker_function(path: Path, name: str):
    """``check`` of the checker.py at *path* (loaded as module *name*), or the task's error."""
    check = getattr(load_module(path, name), "check", None)
    if not callable(check):
        raise TaskError(f"{path}: no check(args, output, expected) function")
    return check


def check_reference_code(code: str, path: Path, entry_point: str) -> None:
    """A reference solution compiles and names its entry point, or one TaskError line naming its file.

    Said when the task loads, before anything is measured: a reference is compiled only in the sandbox, where an
    expert that does not compile, or defines another name, made every run of the task end as infrastructure
    (exit 3, the task unscorable) after the other tasks were measured.  Compiling runs none of the code.  The name
    is looked for among those the module's code binds or reads (``def``, an assignment, an import), which a
    definition made any of those ways is among."""
    try:
        compiled = compile(code, str(path), "exec", dont_inherit=True)
    except SyntaxError as exc:
        where = f" (line {exc.lineno})" if exc.lineno else ""
        raise TaskError(f"{path}: does not compile{where}: {type(exc).__name__}: {exc.msg}") from None
    except (ValueError, RecursionError, MemoryError) as exc:  # a NUL byte; nesting past the compiler's depth
        raise TaskError(f"{path}: does not compile: {message(exc)}") from None
    if entry_point not in compiled.co_names:
        raise TaskError(f"{path}: defines no {entry_point} (the task's entry_point)")


def message(exc: BaseException) -> str:
    """``Type: text`` of what task-author code raised, cut at 300 characters (``Type`` alone for one without text: a
    bare ``raise KeyboardInterrupt``); never raises (an exception whose own ``__str__`` fails)."""
    try:
        text = str(exc)[:300]
    except Exception:  # noqa: BLE001 - an exception whose own __str__ fails
        text = "(no message)"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
