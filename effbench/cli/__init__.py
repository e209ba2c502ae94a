"""The ``effbench`` command line, one module per command group."""
