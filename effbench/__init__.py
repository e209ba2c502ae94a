"""effbench: measure how fast (and how memory-hungry) generated code is, as trustworthily as correctness."""
from effbench.version import __version__  # noqa: F401
