"""The string-hash seed of every Python process effbench starts to run code it did not write: the sandbox's worker
(a sample), and the host's task processes (a generator, hand cases, a checker: :mod:`effbench.tasks.worker_process`).

Why fixed: with hash randomisation (Python's default, unless the user set ``PYTHONHASHSEED``) a set or dict of
strings iterates in another order in every process, and ``hash()`` of a string differs.  A generator that draws from
a set of strings made other inputs in every run, yet the input cache and bit-identical instruction counts take a
test's input to be a function of the task's code, its size and its seed; a sample or checker that iterates one
answered or judged differently from run to run.  0 turns randomisation off.
An imported ENAMEL task that declares its own ``hash_seed`` still gets it (:mod:`effbench.importers.enamel_runtime`).
"""
from __future__ import annotations

HASH_SEED = "0"  # the value of PYTHONHASHSEED in those processes' environment
