"""The complexity-class fit (effbench.scoring.complexity) and the reading of declared bounds (scoring.declared)."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from effbench.scoring.complexity import (CLASSES, ComplexityInputError, infer, share_at_or_better, worse)
from effbench.scoring.declared import declared_class, single_variable
from effbench.scoring.complexity_summary import (add_complexity_columns, classify, derive_document, model_shares,
                                                reference_accuracy, sample_rows)

G = {"1": lambda n: np.ones_like(n), "log n": np.log, "n": lambda n: n, "n log n": lambda n: n * np.log(n),
     "n^2": lambda n: n ** 2, "n^3": lambda n: n ** 3, "2^n": lambda n: np.exp2(n)}


def sweep(cls: str, n0: int, points: int = 10) -> np.ndarray:
    if cls == "2^n":
        return np.arange(n0, n0 + 2 * points, 2, dtype=float)
    return np.array([n0 * 2 ** i for i in range(points)], dtype=float)


@settings(max_examples=60, deadline=None)
@given(cls=st.sampled_from(CLASSES), n0=st.integers(8, 64), scale=st.floats(1e-2, 1e6),
       fixed=st.floats(0, 1), noise=st.lists(st.floats(-0.005, 0.005), min_size=10, max_size=10))
def test_synthetic_cost_recovers_its_class(cls, n0, scale, fixed, noise):
    """cost = c0 + c*g(n), times up to 0.5 % noise, over 10 geometric sizes: the fit names g."""
    n = sweep(cls, n0)
    g = G[cls](n)
    y = (fixed * scale * g[0] + scale * g) * (1 + np.asarray(noise))
    if cls == "1":
        y = scale * (1 + np.asarray(noise))
    got = infer(n, y)
    assert got.cls == cls, (got.cls, [(f.name, round(f.bic, 1)) for f in got.fits])
    assert 0 < got.confidence <= 1
    assert len(got.residuals) == len(got.sizes) == len(got.costs)


@settings(max_examples=40, deadline=None)
@given(cls=st.sampled_from(CLASSES[:-1]), k=st.floats(1e-6, 1e6), n0=st.integers(4, 100))
def test_scaling_costs_keeps_the_class(cls, k, n0):
    """A positive factor on every cost (another machine's clock, instructions vs seconds) changes no class."""
    n = sweep(cls, n0, 9)
    y = 1000 + 3 * G[cls](n)
    assert infer(n, k * y).cls == infer(n, y).cls


@settings(max_examples=40, deadline=None)
@given(cls=st.sampled_from(["log n", "n", "n^2"]), n0=st.integers(8, 64), scale=st.floats(1, 1e4))
def test_more_work_per_size_never_lowers_the_class(cls, n0, scale):
    """Multiplying the costs by n (an increasing transform) moves the class up, never down."""
    n = sweep(cls, n0)
    y = scale * G[cls](n) + scale
    base, more = infer(n, y), infer(n, y * n)
    assert more.rank > base.rank


def test_exact_counts_give_the_same_answer_twice():
    n = sweep("n log n", 16)
    y = 5e5 + 40 * n * np.log(n) + 100 * n
    a, b = infer(n, y), infer(n, y)
    assert a.to_dict() == b.to_dict()
    assert a.cls == "n log n"


def test_fixed_part_below_the_growth_is_not_fitted():
    """Small sizes the fixed part dominates, bent by small-size effects, do not decide the class."""
    n = sweep("n", 8, 14)
    y = 4e5 + 1500 * n
    y[:4] *= np.array([0.9, 1.1, 0.92, 1.07])  # wobble where the fixed part dominates
    assert infer(n, y).cls == "n"


@pytest.mark.parametrize("sizes,costs,words", [
    ([1, 2, 3], [1, 2, 3], "at least"),
    ([1, 2, 3, 4, 5], [1, 2, 0, 4, 5], "> 0"),
    ([1, 2, 3, 4, 5], [1, 2, -3, 4, 5], "> 0"),
    ([1, 2, 3, 4, 5], [1, 2, float("nan"), 4, 5], "finite"),
    ([1, 2, 3, 4, 5], [1, 2, float("inf"), 4, 5], "finite"),
    ([0, 2, 3, 4, 5], [1, 2, 3, 4, 5], ">= 1"),
    ([1, 2, 2, 4, 5], [1, 2, 3, 4, 5], "once"),
    ([1, 2, 3, 4, 5], [1, 2, 3, 4], "costs"),
])
def test_degenerate_sweeps_raise_one_clear_error(sizes, costs, words):
    with pytest.raises(ComplexityInputError, match=words):
        infer(sizes, costs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(allow_nan=True), st.floats(allow_nan=True, allow_infinity=True)), max_size=12))
def test_any_sweep_gives_a_class_or_the_one_error(pairs):
    sizes, costs = [p[0] for p in pairs], [p[1] for p in pairs]
    try:
        got = infer(sizes, costs)
    except ComplexityInputError:
        return
    assert got.cls in CLASSES and 0 < got.confidence <= 1 and all(math.isfinite(r) for r in got.residuals)


def test_curve_passes_near_the_points():
    n = sweep("n^2", 10)
    y = 1e4 + 7 * n ** 2
    got = infer(n, y)
    assert np.allclose(got.curve()(n), y, rtol=1e-6)


def test_worse_and_share():
    assert worse("n^2", "n log n") and not worse("n", "n log n") and not worse("n", "n")
    assert share_at_or_better([("n", "n"), ("n^2", "n"), ("log n", "n"), ("n^3", "n")]) == 0.5
    assert share_at_or_better([]) is None


@pytest.mark.parametrize("text,cls", [
    ("O(n)", "n"), ("O(n log n), tuple sort", "n log n"), ("O(n^2) (memmove)", "n^2"), ("O(n^3)", "n^3"),
    ("O(2^n * n)", "2^n"), ("O(log n)", "log n"), ("O(1)", "1"), ("O(n log^2 n) comparisons, in C", "n log n"),
    ("O(n log log n), Python loop", "n"), ("O(n alpha(n))", "n"), ("O(V^2 + E)", "n^2"),
    ("O((V + E) log V)", "n log n"),
    ("O(n * m / w)", "n^2"), ("O(n) per union", "n^2"), ("O(log n) per query, division per bit position", "n log n"),
    ("O(n + q log n)", "n log n"), ("O(n * |D|)", "n^2"),
])
def test_declared_bounds_read_as_classes(text, cls):
    assert declared_class(text) == (cls, "")


@pytest.mark.parametrize("text", ["O(sqrt n)", "O(n sqrt(n) / log n)", "linear", "O(n", "O(n ** 2)"])
def test_declarations_between_or_outside_the_classes_have_none(text):
    cls, why = declared_class(text)
    assert cls is None and why


@given(st.text(max_size=40))
def test_any_declaration_reads_or_says_why_not(text):
    cls, why = declared_class(text)
    assert (cls in CLASSES and why == "") or (cls is None and why)


def test_single_variable():
    assert single_variable("O(n log n), tuple sort") and single_variable("O(n * m / w)") is False
    assert single_variable("O(n^2)") and not single_variable("O(V + E)")


def _sweep(task, subject, cls, failure=""):
    n = sweep(cls, 16)
    return {"task": task, "subject": subject, "failure": failure,
            "points": [{"size": int(a), "cost": float(b)} for a, b in zip(n, 1e5 + 10 * G[cls](n))]}


def test_summary_accuracy_confusion_and_model_shares():
    sweeps = [_sweep("t", "ref:fast", "n"), _sweep("t", "ref:slow", "n^2"), _sweep("t", "ref:odd", "n log n"),
              _sweep("t", "m1/0", "n"), _sweep("t", "m1/1", "n^2"), _sweep("t", "m2/0", "n", failure="wrong answer")]
    classified = [classify(s) for s in sweeps]
    acc = reference_accuracy(classified, {("t", "fast"): "O(n)", ("t", "slow"): "O(n^2)", ("t", "odd"): "O(n^2)"})
    assert (acc.matched, acc.compared) == (2, 3)
    assert acc.confusion == {"n": {"n": 1}, "n^2": {"n^2": 1, "n log n": 1}}
    assert [m["reference"] for m in acc.misses] == ["odd"]
    rows = sample_rows(classified, {"t": "ref:fast"}, {"m1/0": "m1", "m1/1": "m1", "m2/0": "m2"})
    assert [(r["sample"], r["worse"]) for r in rows] == [("m1/0", False), ("m1/1", True), ("m2/0", None)]
    shares = model_shares(rows)
    assert shares["m1"]["at_expert_class_or_better"] == 0.5
    assert shares["m2"]["at_expert_class_or_better"] == 0.0  # a failed sample did not reach the expert's class


def test_a_sample_whose_sizes_a_limit_stopped_says_so_in_its_row_the_board_and_the_table():
    """A sample that loops for ever past some size was classed from the sizes below it, with nothing to tell it
    from one that reached the count budget (found as a user: "n" at confidence 1.00, and "at the expert's class").
    Its row, its task's counts on the board and the report's cell now say that a time or memory limit cut it short;
    a stop at the count budget or the ladder's top is not a cut."""
    from effbench.reports.source import complexity_rows
    from effbench.scoring.complexity_summary import add_complexity_columns
    sweeps = [_sweep("t", "ref:fast", "n") | {"stopped": "budget: 1.6e+08 instructions at size 9000"},
              _sweep("t", "m/0", "n") | {"stopped": "timeout at size 117303: killed at the 10s limit"},
              _sweep("t", "m/1", "n") | {"stopped": "memory at size 117303: over 512 MB"},
              _sweep("t", "m/2", "n") | {"stopped": "top of the ladder"}]
    doc = {"meta": {"plan": {"measure": "instructions"}, "tasks": {"t": {"expert": "ref:fast", "declared": {}}},
                    "models": {"m/0": "m", "m/1": "m", "m/2": "m"}}, "sweeps": sweeps}
    derived = derive_document(doc)
    assert [(r["sample"], r["class"], r["cut_short"][:7]) for r in derived["samples"]] == [
        ("m/0", "n", "timeout"), ("m/1", "n", "memory "), ("m/2", "n", "")]
    assert derived["models"]["m"]["tasks"]["t"]["cut_short"] == 2
    board = {"kind": "run", "meta": {}, "models": {"m": {"pass@k": {"1": 1.0}, "eff@k": {"1": 0.5}}}}
    add_complexity_columns(board, doc)
    _names, rows = complexity_rows(board)
    assert rows[0][2][0][0] == "n ×3 (2 cut short by a limit)"


def test_complexity_columns_join_the_board_from_the_sweeps_alone():
    """A run's board gains each of its models' share, re-derived from the document's sweeps (a stale derived part is
    ignored); models the board does not hold are not added, and the other scores are left as they are."""
    sweeps = [_sweep("t", "ref:fast", "n"), _sweep("t", "m1/0", "n"), _sweep("t", "m1/1", "n^2"),
              _sweep("t", "ghost/0", "n")]
    plan = {"measure": "instructions", "levels": 4}
    doc = {"meta": {"plan": plan, "counter": "callgrind", "tasks": {"t": {"expert": "ref:fast", "declared": {}}},
                    "models": {"m1/0": "m1", "m1/1": "m1", "ghost/0": "ghost"}},
           "sweeps": sweeps, "models": {"m1": {"at_expert_class_or_better": 1.0}}}  # stale: the sweeps say 0.5
    board = {"meta": {"measurement": {"mode": "cpu"}}, "models": {"m1": {"pass@k": {"1": 1.0}}}}
    out = add_complexity_columns(board, doc)
    assert out is board and set(board["models"]) == {"m1"} and board["models"]["m1"]["pass@k"] == {"1": 1.0}
    assert board["models"]["m1"]["complexity"] == derive_document(doc)["models"]["m1"]
    assert board["models"]["m1"]["complexity"]["at_expert_class_or_better"] == 0.5
    meta = board["meta"]["complexity"]
    assert (meta["mode"], meta["counter"], meta["plan"], meta["classes"]) == ("instructions", "callgrind", plan,
                                                                               list(CLASSES))
    assert board["meta"]["measurement"] == {"mode": "cpu"}


def test_per_task_counts_give_the_share_and_the_schema_names_every_class():
    import json
    from pathlib import Path
    from effbench.scoring.complexity_summary import suite_share
    rows = [{"task": t, "model": "m", "class": c, "expert_class": e}
            for t, c, e in (("a", "n", "n"), ("a", "n^2", "n"), ("a", None, "n"), ("b", "log n", "n log n"),
                            ("c", "n", None))]
    shares = model_shares(rows)["m"]
    assert shares["tasks"]["a"] == {"samples": 3, "classified": 2, "at_or_better": 1, "expert_class": "n",
                                    "classes": {"n": 1, "n^2": 1}, "unclassified": 1, "cut_short": 0}
    assert shares["tasks"]["c"]["samples"] == 0 and shares["tasks"]["c"]["classes"] == {"n": 1}
    assert shares["at_expert_class_or_better"] == pytest.approx(2 / 4)
    assert suite_share({t: shares["tasks"][t] for t in ("b", "c")})["at_expert_class_or_better"] == 1.0
    assert suite_share({"c": shares["tasks"]["c"]})["at_expert_class_or_better"] is None
    schema = json.loads((Path(__file__).parents[1] / "effbench/schemas/leaderboard.schema.json").read_text())
    assert schema["$defs"]["complexityClass"]["enum"] == list(CLASSES)


def test_input_noise_is_not_taken_for_a_class():
    """One input per size: a 4 % luckier or unluckier input looks like curvature unless the measured spread of the
    cost between inputs of one size is given; with it, the linear sweep is linear."""
    n = np.array([1184 * 2 ** i for i in range(7)], dtype=float)
    y = 9e5 + 950 * n
    y[-1] *= 1.04
    y[3] *= 0.98
    assert infer(n, y).cls != "n"
    got = infer(n, y, noise=0.04)
    assert got.cls == "n" and got.resolution == 0.04
    with pytest.raises(ComplexityInputError, match="noise"):
        infer(n, y, noise=float("nan"))


def test_replicates_give_the_noise():
    from effbench.scoring.complexity_summary import input_noise
    assert input_noise({"replicates": {"size": 10, "costs": [90.0, 100.0, 110.0]}}) == pytest.approx(0.0816, abs=1e-4)
    assert input_noise({}) == 0.0 and input_noise({"replicates": {"size": 10, "costs": [5.0]}}) == 0.0


def test_plot_draws_each_classified_subject_with_its_curve(tmp_path):
    from effbench.reports.complexity_plot import plot_all
    doc = {"meta": {"plan": {"measure": "instructions"}, "tasks": {"t": {}}},
           "sweeps": [_sweep("t", "ref:fast", "n"), _sweep("t", "ref:slow", "n^2"),
                      _sweep("t", "m/0", "n", failure="wrong answer at size 16")]}
    from effbench.reports.complexity_plot import plot_task
    drawn = plot_task(doc, "t", tmp_path / "t.png")
    assert drawn == [("ref:fast", "n"), ("ref:slow", "n^2")]  # the wrong sample has points but no curve
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert plot_all(doc, tmp_path / "all") == [tmp_path / "all" / "t.png"]


def test_a_samples_failure_text_is_drawn_as_text_not_read_as_mathtext(tmp_path):
    """A sweep's failure holds the first line of the sample's exception: the sample's own text.  matplotlib reads
    ``$...$`` in a label as mathtext, and ``$\\frac$`` ended the plot (and the HTML report) in a parse error; a
    label that starts with ``_`` is left out of the legend, and a lone surrogate cannot be drawn at all."""
    from effbench.reports.complexity_plot import plot_task
    hostile = "ValueError: $\\frac$ \ud800"
    doc = {"meta": {"plan": {"measure": "instructions"}, "tasks": {"t": {}}},
           "sweeps": [_sweep("t", "ref:fast", "n"), _sweep("t", "_m\ud800/t/0", "n"),
                      _sweep("t", "m/t/1", "n", failure=hostile)]}
    drawn = plot_task(doc, "t", tmp_path / "t.png")
    assert drawn == [("ref:fast", "n"), ("_m\ud800/t/0", "n")]
    assert (tmp_path / "t.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@given(st.lists(st.integers(1, 10 ** 6), min_size=1, max_size=12, unique=True), st.integers(1, 20))
def test_midpoints_fill_gaps_with_new_sizes_between_the_old(sizes, wanted):
    from effbench.measuring.complexity_sweep import midpoints
    added = midpoints(sizes, wanted)
    assert not set(added) & set(sizes) and len(set(added)) == len(added)
    assert all(min(sizes) < a < max(sizes) for a in added)
    room = max(sizes) - min(sizes) + 1  # every integer in the span
    assert len(sizes) + len(added) == min(max(wanted, len(sizes)), room)


def test_ladder_is_geometric_up_to_the_top_level():
    from effbench.measuring.complexity_sweep import MIN_SIZE, ladder
    from effbench.tasks.task import load_suite
    from .conftest import FIXTURE_TASKS
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    sizes = ladder(task)
    assert sizes[0] == MIN_SIZE and sizes[-1] == task.levels.sizes[-1] and len(sizes) >= 8
    ratios = [b / a for a, b in zip(sizes, sizes[1:])]
    assert all(1.5 < r < 2.6 for r in ratios)


def test_every_size_of_a_series_is_generated_from_one_seed():
    """Common random numbers: the generator's shape draws (a window's share of the size, a bit width) must not
    change from one size of a sweep to the next, or the fit reads them as growth; the replicates are other series."""
    from effbench.measuring.complexity_sweep import SweepPlan, TaskSweeper
    from effbench.tasks.task import load_suite
    from .conftest import FIXTURE_TASKS
    task = load_suite(FIXTURE_TASKS, ["prefix-max"])[0]
    common, apart = TaskSweeper(task, None, SweepPlan()), TaskSweeper(task, None, SweepPlan(common_inputs=False))
    assert len({common.input_seed(s) for s in common.sizes}) == 1
    assert len({common.input_seed(common.sizes[0], rep) for rep in range(3)}) == 3
    assert len({apart.input_seed(s) for s in apart.sizes}) == len(apart.sizes)


def test_a_small_superlinear_drift_is_not_a_polynomial_class():
    """A linear cost whose per-item cost creeps up by 5 % at the top (an allocator, a dict's resizes) is not read
    as n^2 or n^3: their terms would carry under MATERIAL of the top cost.  (Such a creep is what n log n looks like,
    so n log n is as far as it may go.)"""
    n = sweep("n", 300, 8)
    y = 1e6 + 7000 * n * (1 + 0.05 * (n / n.max()) ** 2)
    assert infer(n, y).rank <= CLASSES.index("n log n")
    assert infer(n, y, material=0.0).rank >= CLASSES.index("n^2")  # without the rule it is


def test_a_faster_class_needs_positive_evidence(monkeypatch):
    """A real sweep (longest-increasing-subsequence's quadratic DP, callgrind counts; one input per size, so noisy):
    n^3 fits it a hair better than n^2, by less than the evidence a faster class needs."""
    import effbench.scoring.complexity as C
    pts = [(48, 1151524), (91, 2995838), (125, 3652154), (173, 6553624), (239, 11545340), (329, 31227852),
           (453, 29398866), (624, 137110125)]
    sizes, costs = zip(*pts)
    assert infer(sizes, costs).cls == "n^2"
    monkeypatch.setattr(C, "EVIDENCE", 0.0)
    assert infer(sizes, costs).cls == "n^3"
