"""Rule profiles (``effbench run --rules``): effbench's own rules, or ENAMEL's, whole and never mixed.

effbench's default rules differ from ENAMEL's harness (``enam`` 0.2.0, ``Evaluator.evaluate1``) on purpose in a few
places; ``--rules enamel`` gives ENAMEL's instead, so that a run on ENAMEL's data gives ENAMEL's pass/fail.  The
profile is part of the run's settings (``run.json``; a run resumes only with the same one), is recorded in the
leaderboard's ``meta.measurement.rules``, and runs under different rules are never merged into one table.

What ``enamel`` changes (each is ENAMEL's code, cited):

* **the limit T at level 0** (``unsafe_timed_execute(..., timeout + tolerence_sec)`` for every level, and
  ``if j == 0 and level_break: return False``): each level-0 case runs on its own and one measured over
  T + ENAMEL's tolerance (0.01 s) fails the sample.  effbench's own rules give the hand cases a wall limit only;
* **the tolerance at levels 1-3**: ENAMEL's stops a level only past T + 0.01 s; a run between T and that scores
  the level 0 (``max(0, T - t)``) and the next levels are still run.  effbench's stop at T;
* **OverflowError** at a level >= 1 ends that level like a timeout and keeps the pass (``except OverflowError:
  level_break = True``); effbench's rules fail the sample (it is an exception the code raised);
* **the call timed in a warm process** (ENAMEL's harness runs every sample and every repeat in its one long-lived
  process and times each call alone, by ``time.time()`` around it): a timed run whose expert takes under
  ``min_run_time`` makes several passes over its calls, on fresh copies of the input, each loading the code and
  running its module body in a fresh namespace, and its time is divided by the passes
  (:mod:`effbench.measuring.passes`).  The harness's fixed cost, tens of microseconds with a spread of tens more,
  then no longer hides a gap of a few microseconds.  As in ENAMEL's harness, the passes share one process: a sample
  that hid a result outside its namespace (in a module or in builtins) would find it on the next pass.  effbench's
  own rules keep one fresh process per measured call;
* **the sample's globals** are ENAMEL's (``scope = dict(time = time, input = None, print = None, ...)``): ``print``
  and ``input`` are None, so a sample that calls them fails, and ``time`` is there without an import.  effbench
  runs the sample in a fresh module namespace.  The same globals are given to the expert and to every program of
  the run, so they cost everyone the same.
"""
from __future__ import annotations

from dataclasses import dataclass

# What ENAMEL's scope adds to the sample's globals, as code run before the program (so it is the same module
# namespace the program's own top-level code sees, and the same whichever runner or counter runs it).
_ENAMEL_GLOBALS = "import time\nprint = None\ninput = None\n"


@dataclass(frozen=True)
class Rules:
    name: str
    cases_limited: bool = False         # each hand case runs alone and is held to T (+ tolerance)
    tolerance: float = 0.0              # seconds past T before a run stops a level (ENAMEL's tolerence_sec)
    overflow_ends_level: bool = False   # OverflowError at a level >= 1 acts as a timeout
    prelude: str = ""                   # run before every program: the globals the origin's harness gives
    net_of_harness_in_timing: bool = False  # subtract the harness's fixed cost in cpu and wall modes too
    min_run_time: float = 0.0           # seconds: a timed run's calls pass again until the expert's run costs this

    def subtracts_harness(self, measure: str) -> bool:
        """Whether costs are taken net of the harness's fixed cost (the null program; README, "The harness's fixed
        cost").  Always for instruction counts, where the subtraction is exact.  In timing modes only where the
        profile asks for it (ENAMEL times the call alone): where the harness is most of a measurement (88 % of the
        top level of a task returning a long list, measured) the difference of two noisy times has several times
        their relative noise, which stops honest samples at T; effbench's own rules keep the stable gross times."""
        return measure == "instructions" or self.net_of_harness_in_timing

    def program(self, code: str) -> str:
        """The program to run for *code* under these rules (sample, expert and tiers alike)."""
        return self.prelude + code if self.prelude else code

    def stop_limit(self, limit: float, measure: str) -> float:
        """What a run must exceed to stop its level; the tolerance is seconds, so not for instruction counts."""
        return limit if measure == "instructions" else limit + self.tolerance


EFFBENCH = "effbench"  # effbench's own rules: the default, and what runs from before ``--rules`` were scored under

PROFILES = {
    EFFBENCH: Rules(EFFBENCH),
    "enamel": Rules("enamel", cases_limited=True, tolerance=0.01, overflow_ends_level=True, prelude=_ENAMEL_GLOBALS,
                    net_of_harness_in_timing=True, min_run_time=0.002),
}
NAMES = tuple(PROFILES)
DEFAULT = EFFBENCH


def rules_for(name: str) -> Rules:
    return PROFILES[name]
