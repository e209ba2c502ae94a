"""effbench: measure how fast (and how memory-hungry) generated code is, as trustworthily as correctness."""
from typing import TYPE_CHECKING

__version__ = "0.1.0"

# The public Python API (effbench/api.py), imported when first used: ``import effbench`` stays light for the CLI,
# whose commands import only what they run.
_API = ("evaluate", "score", "Evaluation", "ModelScore", "TaskScore", "EffbenchError")
__all__ = ["__version__", *_API]

if TYPE_CHECKING:
    from .api import EffbenchError, Evaluation, ModelScore, TaskScore, evaluate, score  # noqa: F401


def __getattr__(name: str):
    if name in _API:
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module 'effbench' has no attribute {name!r}")
