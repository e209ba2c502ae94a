"""effbench: measure how fast (and how memory-hungry) generated code is, as trustworthily as correctness.

The public Python API is :mod:`effbench.api` (``effbench.evaluate``, ``effbench.score`` and their result types),
re-exported here and imported when first used: the CLI and the pytest plugin (loaded by every pytest session where
effbench is installed) import this package, and should not pay for the whole measuring pipeline to start.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from effbench.version import __version__

if TYPE_CHECKING:
    from effbench.api import EffbenchError, Evaluation, ModelScore, TaskScore, evaluate, score

_API = ("evaluate", "score", "Evaluation", "ModelScore", "TaskScore", "EffbenchError")
__all__ = ["__version__", "evaluate", "score", "Evaluation", "ModelScore", "TaskScore", "EffbenchError"]


def __getattr__(name: str) -> object:
    if name in _API:
        import effbench.api
        return getattr(effbench.api, name)
    raise AttributeError(f"module 'effbench' has no attribute {name!r}")
