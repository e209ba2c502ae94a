"""Function-level profiles of samples next to the expert's, taken in runs of their own (never the scored ones).

* instructions mode: callgrind's own per-function counts of the measured region (:mod:`.callgrind`), from a worker
  of its own (``worker.py``) so the scored workers' counts stay bit-identical; C-level functions of CPython (3.11
  has no perf trampoline, so Python functions cannot be named: their work shows as the eval loop's own cost), with
  builtins named as Python knows them (``list_index`` -> ``list.index``, :mod:`.names`);
* timing modes: cProfile, deterministic, inside the sandboxed child (:mod:`.cprofile`), Python-level.

Both become one model (:mod:`.model`), stored in the run directory (``profiles/``, :mod:`.store`, format in
``effbench/schemas/profile.schema.json``) with exports for speedscope and KCachegrind (:mod:`.exports`), and shown in
the HTML report as icicles with a difference table (:mod:`.flame`, :mod:`.diff`).
"""
