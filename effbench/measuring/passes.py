"""How many passes a timed run makes over its calls (rules with a ``min_run_time``; see measuring/rules.py).

A run's time carries the harness's fixed cost (waking the child, loading the code, writing the result: tens of
microseconds, with a spread of tens more, on this kind of machine).  Next to a call of a few microseconds that
spread hides the call: an expert and a sample several times slower read the same.  pyperf's answer, adopted here,
is to time many passes in one run and divide: the expert is run on each scored test with more and more passes
until one run costs ``min_run_time``, and the sample, the expert's later runs, its pairs, the null program and the
DPE representatives all run that test with the same passes.  The steps are records (phase ``calibrate``), so a
resumed run takes the same decisions from them.
"""
from __future__ import annotations

import math

CALIBRATE = "calibrate"
MAX_PASSES = 10_000
# Each pass gets its own copy of the input, all decoded before the clock starts: their total is bounded.
MAX_INPUT_COPIES_BYTES = 32 << 20


def cap(input_bytes: int) -> int:
    """The most passes a run on an input of *input_bytes* (its encoded size) may make."""
    return max(1, min(MAX_PASSES, MAX_INPUT_COPIES_BYTES // max(1, input_bytes)))


def next_passes(passes: int, run_cost: float, target: float, most: int) -> int | None:
    """After a calibration run of *passes* passes that cost *run_cost* seconds in all: the passes to try next, or
    None when this is the count to keep (the run reached half the target, or the cap).  The next count aims at the
    target as if the whole cost grew with the passes, which overestimates a pass while the fixed cost dominates
    (so it undershoots, safely), and at least doubles."""
    if run_cost >= target / 2 or passes >= most:
        return None
    aim = min(passes * target / run_cost, most) if run_cost > 0 else most
    return min(most, max(2 * passes, math.ceil(aim)))
