"""Between n and n log n by the count's parts (effbench.scoring.complexity_parts): the two ways the total misleads,
built from their shapes, and how a sweep's class follows the parts."""
from __future__ import annotations

import numpy as np
from hypothesis import given, settings, strategies as st

from effbench.scoring.complexity import MATERIAL, infer
from effbench.scoring.complexity_parts import REST, read_parts
from effbench.scoring.complexity_summary import classify

N = np.array([100 * 2 ** i for i in range(10)], dtype=float)


def _sweep(parts: dict[str, np.ndarray]) -> tuple[list[float], list[float], list[dict[str, int]]]:
    rows = [{name: int(round(y[i])) for name, y in parts.items()} for i in range(len(N))]
    return N.tolist(), [float(sum(r.values())) for r in rows], rows


@settings(max_examples=40, deadline=None)
@given(per_item=st.floats(200, 2000), compare=st.floats(2, 40), fixed=st.floats(1e4, 1e6))
def test_a_log_factor_in_a_few_comparisons_is_found_when_it_is_material(per_item, compare, fixed):
    """A Python loop of hundreds of instructions per item beside a sort whose comparisons cost a few each: the
    parts read n log n exactly when the comparisons' share at the largest size is MATERIAL."""
    loop = fixed + per_item * N
    sort = compare * N * np.log(N)
    sizes, costs, rows = _sweep({"eval": loop, "compare": sort})
    got = read_parts(sizes, costs, rows)
    share = sort[-1] / (loop[-1] + sort[-1])
    assert abs(got.log_share - share) < 0.02
    if abs(share - MATERIAL) > 0.02:
        assert got.cls == ("n log n" if share >= MATERIAL else "n")


@settings(max_examples=40, deadline=None)
@given(a=st.floats(100, 3000), b=st.floats(50, 500), level=st.floats(0.05, 0.5), c=st.floats(10, 300),
       fixed=st.floats(1e4, 1e6))
def test_costs_per_item_that_level_off_or_fall_are_linear(a, b, level, c, fixed):
    """A part whose cost per item rises and levels off (b (n - level n0): the small-integer cache running out), and
    one whose cost per item falls (fewer digits to format): their total can bend like n log n, the parts do not."""
    rising = b * (N - level * N[0])
    falling = c * N + 50 * c * 100
    sizes, costs, rows = _sweep({"eval": fixed + a * N, "alloc": rising, "format": falling})
    got = read_parts(sizes, costs, rows)
    assert got.cls == "n" and got.log_share < 0.05, got


def test_small_parts_are_fitted_together_as_the_rest():
    tiny = {f"f{i}": 0.0001 * N * np.log(N) * 50 for i in range(30)}  # 30 parts under PART_SHARE, n log n together
    sizes, costs, rows = _sweep({"eval": 1e5 + 300 * N, **tiny})
    got = read_parts(sizes, costs, rows)
    assert got.parts and got.parts[0][0] == REST


def test_without_parts_there_is_no_reading():
    assert read_parts(N.tolist(), (1e5 + N).tolist(), [None] * len(N)) is None
    assert read_parts(N[:3].tolist(), (1e5 + N[:3]).tolist(), [{"a": 1}] * 3) is None


def test_a_sweep_s_class_follows_its_parts_where_the_total_hides_the_log():
    """The shape of convex-hull-size/monotone-chain: comparisons at a quarter of the count beside a part whose cost
    per item falls: the total's fit alone reads n; the parts find n log n, and the sweep says so."""
    loop = 2e5 + 900 * N
    sort = 50 * N * np.log(N)
    shrinking = 400 * N + 8e4 * np.sqrt(N)  # a part whose cost per item falls, hiding the log in the total
    sizes, costs, rows = _sweep({"eval": loop, "compare": sort, "format": shrinking})
    assert infer(sizes, costs).cls == "n"
    sweep = {"task": "t", "subject": "ref:x",
             "points": [{"size": n, "cost": c, "wall": 0.0, "parts": r} for n, c, r in zip(sizes, costs, rows)]}
    got = classify(sweep, common_inputs=True)
    assert got.cls == "n log n"
    assert got.inference["parts"]["cls"] == "n log n" and got.inference["cls"] == "n log n"
    assert got.inference["parts"]["parts"][0]["name"] == "compare"
    for p in sweep["points"]:  # the same sweep without its parts (an older document) keeps the total's class
        del p["parts"]
    assert classify(sweep, common_inputs=True).cls == "n"


def _part(term: float, weight: float):
    from effbench.scoring.complexity_parts import _Part
    return _Part("f", term, term, weight >= 0.5, weight)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 0.3), st.floats(0, 1)), max_size=12))
def test_the_chance_of_a_material_log_share_is_the_exact_sum_over_the_parts_readings(parts):
    """chance_material against brute force over every combination of the parts' readings (up to the grid's
    rounding of each term: sums within a grid step per part of MATERIAL are not compared)."""
    from itertools import product
    from effbench.scoring.complexity_parts import STEP, chance_material
    got = chance_material([_part(t, w) for t, w in parts])
    exact, near = 0.0, 0.0
    for reads in product((False, True), repeat=len(parts)):
        chance = float(np.prod([w if r else 1 - w for (_, w), r in zip(parts, reads)]))
        total = sum(t for (t, _), r in zip(parts, reads) if r)
        exact += chance * (total >= MATERIAL)
        near += chance * (abs(total - MATERIAL) <= STEP * len(parts))
    assert 0.0 <= got <= 1.0 and abs(got - exact) <= near + 1e-9


def test_the_reading_s_confidence_is_high_when_clear_and_near_even_at_a_tie():
    """A sort's comparisons at a third of the count: clear-cut, near 1.  The same comparisons at a share so small
    the log term is below MATERIAL even if read: the n reading is certain too.  One part whose weight is even and
    whose term alone decides: about one half."""
    from effbench.scoring.complexity_parts import chance_material
    sizes, costs, rows = _sweep({"eval": 1e5 + 300 * N, "compare": 40 * N * np.log(N)})
    clear = read_parts(sizes, costs, rows)
    assert clear.cls == "n log n" and clear.confidence > 0.99
    sizes, costs, rows = _sweep({"eval": 1e5 + 3000 * N, "compare": 2 * N * np.log(N)})
    small = read_parts(sizes, costs, rows)
    assert small.cls == "n" and small.confidence > 0.99
    assert abs(chance_material([_part(0.25, 0.5), _part(0.01, 1.0)]) - 0.5) < 1e-9


def test_a_class_the_parts_decide_carries_their_confidence_not_the_total_fits():
    """Where the parts overrule the total (convex-hull's shape, as above), the confidence is no longer the total
    fit's small weight for n log n: the total's weight on n and n log n together times the parts' own."""
    loop = 2e5 + 900 * N
    sort = 50 * N * np.log(N)
    shrinking = 400 * N + 8e4 * np.sqrt(N)
    sizes, costs, rows = _sweep({"eval": loop, "compare": sort, "format": shrinking})
    total = infer(sizes, costs)
    sweep = {"task": "t", "subject": "ref:x",
             "points": [{"size": n, "cost": c, "wall": 0.0, "parts": r} for n, c, r in zip(sizes, costs, rows)]}
    got = classify(sweep, common_inputs=True)
    assert total.cls == "n" and got.cls == "n log n"
    parts = got.inference["parts"]["confidence"]
    # the total's weight on n and n log n together is all but 1 here (no rival above n fits), so the two agree
    assert parts > 0.9 and parts - 0.01 <= got.confidence <= parts
