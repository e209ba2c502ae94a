"""effbench: measure how fast (and how memory-hungry) generated code is, as trustworthily as correctness."""
__version__ = "0.1.0"
