"""effbench's version, in a module of its own: every module can import it without importing the package's public
API (``effbench/__init__.py``), which itself imports the pipeline."""
__version__ = "0.1.0"
