"""Importers of other benchmarks' data sets (ENAMEL, EvalPerf) as effbench task folders.

Each importer checks every row, then writes one task folder per good row, keeping the origin's parameters in the
manifest (``origin``, ``[origin_params]``) and its prompt in ``prompt.py``, so that ``effbench run`` on the folders
gives the numbers the origin defines and reads the origin's sample formats (see :mod:`effbench.tasks.samples`).
"""
from effbench.importers.common import DatasetImportError, ImportReport  # noqa: F401
from effbench.importers.enamel import import_enamel  # noqa: F401
from effbench.importers.evalperf import import_evalperf  # noqa: F401
