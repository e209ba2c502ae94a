"""ENAMEL's own harness (the installed ``enam``), driven from a child interpreter for the tests and benchmarks.

``python3 -m tests.enamel_harness evaluate CSV SAMPLES OUT I,J,...`` runs ENAMEL's whole evaluation (its
``make_tests``, then ``evaluate(codes, k=1)``) of a samples file on those problems and writes JSON: per problem the
pass and the hardness-weighted efficiency of each sample (what ENAMEL's eff@1 averages), and its metrics.

``python3 -m tests.enamel_harness inputs CSV OUT I,J,... [level0]`` writes (marshal) ENAMEL's inputs of those
problems, made by ``enam.Evaluator.make_tests`` itself, i.e. with ENAMEL's seeds, scope and helpers (``level0``: only
level 0, whose seeds do not depend on the later levels' test counts).  The references are replaced
by a trivial body first: make_tests also times them, which the inputs do not need.  Run it with PYTHONHASHSEED set:
ENAMEL's harness does not fix it, and three generators depend on it.
"""
import marshal
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ENAMEL's data (Apache-2.0, never copied into the project): beside the checkout, or where the variable says
DATA = Path(os.environ.get("EFFBENCH_ENAMEL_DATA") or ROOT.parent / "shared" / "data" / "enamel")
CSV = DATA / "enamel.csv"

ENAMEL_ARGS = dict(n_tests=[8, 4, 4, 4], n_reps=1, hardness=[0, 3, 3, 4], memory_giga=4, timeout_factor=2.0,
                   tolerence_sec=0.01, seed=998244353)


def inputs(csv_path: str, out: str, subset: list[int], level0: bool = False) -> None:
    import contextlib
    import io

    import enam
    args = dict(ENAMEL_ARGS, n_tests=[8, 0, 0, 0]) if level0 else ENAMEL_ARGS
    ev = enam.Evaluator(csv_path, subset, **args)
    ev.problems["reference_solution"] = "    return None"
    with contextlib.redirect_stderr(io.StringIO()):  # tqdm's progress bars
        ev.make_tests()
    data = {i: [[list(t.input) for t in tests] for _, tests in ev.tests[i]] for i in subset}
    with open(out, "wb") as fo:
        marshal.dump(data, fo)


def evaluate(csv_path: str, samples: str, out: str, subset: list[int]) -> None:
    import contextlib
    import io
    import json
    import tempfile
    import time

    import enam
    import numpy as np
    with open(samples) as fi:
        codes = json.load(fi)
    if isinstance(codes, dict):
        codes = {int(k): v for k, v in codes.items()}
    ev = enam.Evaluator(csv_path, subset, **dict(ENAMEL_ARGS, n_reps=6))
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stderr(io.StringIO()), \
            contextlib.redirect_stdout(io.StringIO()):
        ev.make_tests()
        metrics = ev.evaluate(codes, k=1, save_name=f"{tmp}/run")
        with open(f"{tmp}/run~passes.json") as fi:
            passes = json.load(fi)
        with open(f"{tmp}/run~effs.json") as fi:
            effs = json.load(fi)
    weights = ENAMEL_ARGS["hardness"]
    result = {"metrics": metrics, "wall": time.monotonic() - started, "problems": {
        i: {"passed": passes[i], "effs": [float(np.average(e, weights=weights)) for e in effs[i]]} for i in passes}}
    with open(out, "w") as fo:
        json.dump(result, fo)


if __name__ == "__main__":
    if sys.argv[1] == "evaluate":
        evaluate(sys.argv[2], sys.argv[3], sys.argv[4], [int(x) for x in sys.argv[5].split(",")])
    elif sys.argv[1] == "inputs":
        inputs(sys.argv[2], sys.argv[3], [int(x) for x in sys.argv[4].split(",")], sys.argv[5:] == ["level0"])
