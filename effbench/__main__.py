from effbench.cli import entry

entry()
