"""Loading a task's own Python files (generator, cases, checker) as modules, by path.

Kept apart from :mod:`effbench.tasks.task` (which imports the manifest schema's validator, 0.5 s) so that the
checker process (:mod:`effbench.tasks.checker_worker`) loads a ``checker.py`` the same way without paying for it.
"""
from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from types import ModuleType

from effbench.errors import TaskError


@functools.cache
def load_module(path: Path, name: str) -> ModuleType:
    if not path.is_file():
        raise TaskError(f"{path}: missing")
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None  # a .py file path always has a spec and a loader
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise TaskError(f"{path}: {type(exc).__name__}: {exc}") from exc
    return module
