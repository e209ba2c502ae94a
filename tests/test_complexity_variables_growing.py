"""Facts about generators that tasks' [complexity_variables] state, measured on the generators themselves (the
table says what the generator does, never the class a fit happened to find: tasks/FORMAT.md): the variables that
grow with the size, as the size itself, as its square root, as a power below one or as a share of it."""
from __future__ import annotations

import math
import random
from collections import deque

import pytest

from effbench.scoring.declared import declared_class

from .complexity_variables import _declared_classes, _sweep_seed, _task


@pytest.mark.parametrize("seed", [_sweep_seed("circle-elimination-order"), 11, 12])
def test_circle_elimination_steps_per_removal_grow_with_the_size(seed):
    """s, the (k - 1) mod m steps linked-steps walks per removal, grows as the size: test 0's big game (80-90% of
    the people) has k from 10**8 to 10**9, so the steps spread over the circle and all removals walk about
    0.2 size^2 steps in all (a bounded s would walk O(size))."""
    task = _task("circle-elimination-order")
    for size in (1_000, 10_000):
        games, = task.generator()(size, random.Random(seed), 0)
        steps = sum((k - 1) % m for n, k in games for m in range(n, 0, -1))
        assert 0.12 < steps / size**2 < 0.3


def test_circle_elimination_declarations_read_as_the_code_grows():
    task = _task("circle-elimination-order")
    assert task.complexity_variables == {"s": "size", "B": "1"}
    declared = _declared_classes(task)
    assert declared == {"linked-steps": "n^2", "list-pop": "n^2", "blocked-tree": "n log n"}


@pytest.mark.parametrize("seed", [_sweep_seed("json-path-sum"), 11])
def test_json_paths_text_grows_with_the_size_and_paths_stay_short(seed):
    """L (the text) is about 14.5 characters per leaf at every size (measured, 14.4 to 14.7 from 888 on), P is
    size // 40 and a path has at most 7 segments (d bounded)."""
    task = _task("json-path-sum")
    for size in (5_000, 50_000):
        text, paths = task.generator()(size, random.Random(seed), 0)
        assert 13 < len(text) / size < 16
        assert len(paths) == size // 40
        assert max(len(p.split(".")) for p in paths) <= 7


def test_tower_cross_grid_is_near_square():
    """Test 0's grid has isqrt(size) +- 3 rows and size // rows columns: R and C both grow as sqrt(size)."""
    task = _task("tower-cross-counts")
    for size in (1_000, 100_000):
        grid, = task.generator()(size, random.Random(_sweep_seed("tower-cross-counts")), 0)
        assert abs(len(grid) - math.isqrt(size)) <= 3 and len(grid[0]) == size // len(grid)


def _book_depths(orders) -> tuple[float, float]:
    """The references' matching (price-time priority): the mean number of the opposite side's price levels per
    match attempt (what level-dict-min-scan's min()/max() scans) and the mean number of resting orders."""
    sides: dict[str, dict[int, deque]] = {"B": {}, "S": {}}
    levels = attempts = resting = book = 0
    for side, price, qty in orders:
        own, other = sides[side], sides["S" if side == "B" else "B"]
        while qty and other:
            levels += len(other)
            attempts += 1
            best = min(other) if side == "B" else max(other)
            if (best > price) if side == "B" else (best < price):
                break
            queue = other[best]
            q = min(qty, queue[0][0])
            qty -= q
            queue[0][0] -= q
            if queue[0][0] == 0:
                queue.popleft()
                resting -= 1
                if not queue:
                    del other[best]
        if qty:
            own.setdefault(price, deque()).append([qty])
            resting += 1
        book += resting
    return levels / attempts, book / len(orders)


@pytest.mark.parametrize("seed", [_sweep_seed("order-book-matching"), 11])
def test_order_book_levels_and_depth_grow_slower_than_the_size(seed):
    """L (levels scanned per match attempt) and b (resting orders) grow as powers of the size below 1: measured
    from 1,000 to 200,000 orders (four seeds), L as size^0.37 to size^0.43 and b as size^0.79 to size^0.85 (so
    ratios of about 3 and 9 over a sixteenfold size; as the size itself, both would be 16)."""
    task = _task("order-book-matching")
    (l_small, b_small), (l_large, b_large) = (
        _book_depths(task.generator()(size, random.Random(seed))[0]) for size in (2_000, 32_000))
    assert 16 ** 0.2 < l_large / l_small < 16 ** 0.6
    assert 16 ** 0.6 < b_large / b_small < 16 ** 0.95


def test_order_book_declarations_read_with_measured_growths():
    task = _task("order-book-matching")
    declared = {r.name: declared_class(r.complexity, task.complexity_variables) for r in task.references}
    assert declared["heap-int-keys"] == declared["heap-tuples"] == ("n log n", "")
    assert declared["level-dict-min-scan"] == (None, "n^1.4 lies between the classes")
    assert declared["sorted-lists-insort"] == (None, "n^1.8 lies between the classes")


def _line_shifts(k: int, arrivals: list[int], durations: list[int]) -> float:
    """bank-tellers/list-line-scan's event loop; the mean number of waiting customers each pop(0) shifts."""
    n = len(arrivals)
    free_at, line = [0] * k, deque()
    i = time = served = shifted = 0
    while served < n:
        while i < n and arrivals[i] <= time:
            line.append(i)
            i += 1
        seated = False
        for t in range(k):
            if line and free_at[t] <= time:
                shifted += len(line) - 1
                free_at[t] = time + durations[line.popleft()]
                served += 1
                seated = True
        if not seated:
            time = min([f for f in free_at if f > time] + ([arrivals[i]] if i < n else []))
    return shifted / n


@pytest.mark.parametrize("seed", [_sweep_seed("bank-tellers"), 11])
def test_bank_line_grows_with_the_size(seed):
    """q, the line list-line-scan pops at the front, grows as the size (rush hours of size/40 to size/8 customers
    at loads 1.3 and 1.6 leave a backlog proportional to their length): measured, each pop(0) shifts 0.01 to 0.14
    size customers on average at every size from 1,000 to 1,000,000 (four seeds), with no fall-off.  Its n^2 is
    what the code does; the sweep (to size 8,106) does not show it because a shift is a memmove in C of a few
    hundred bytes against about 24,000 instructions of Python per customer."""
    task = _task("bank-tellers")
    shifts = [_line_shifts(*task.generator()(size, random.Random(seed))) / size for size in (4_000, 40_000)]
    assert min(shifts) > 0.005  # a bounded line would shift 0.0001 size customers at 40,000


@pytest.mark.parametrize("seed", [_sweep_seed("knapsack-01"), 11])
def test_knapsack_capacity_and_pruned_row_grow_with_the_size(seed):
    """W, the capacity, is 2.5 to 5 size; one-row-pruned visits a share of the n * W cells that rises from 0.2 to 0.66
    over the sweep's sizes (4 to 339: below about 330 items the light items' total weight is under W, so their rows
    are cut short) and then settles at 0.83 to 0.9 from 3,000 items on: n * W, quadratic, as declared."""
    task = _task("knapsack-01")
    for size in (3_000, 30_000):
        weights, _, capacity = task.generator()(size, random.Random(seed))
        assert 2.5 * size - 1 <= capacity <= 5 * size
        rest, cells = sum(weights), 0
        for w in sorted(weights, reverse=True):
            rest -= w
            cells += max(0, capacity - max(w, capacity - rest) + 1)
        assert 0.75 < cells / (size * capacity) <= 1


def test_kth_smallest_k_is_a_fraction_of_the_size():
    """k is drawn from 1 to n (after the numbers, so each size of a one-seed sweep gets its own quantile: 0.17 at
    size 231 and 0.92 at 318 for the sweep's seed); over seeds k / n averages one half at every size: n * k is n^2."""
    task = _task("kth-smallest")
    for size in (1_000, 10_000):
        shares = [task.generator()(size, random.Random(seed))[1] / size for seed in range(30)]
        assert 0.35 < sum(shares) / len(shares) < 0.65


@pytest.mark.parametrize("seed", [_sweep_seed("roster-order"), 11])
def test_roster_insort_moves_a_quarter_of_the_size(seed):
    """insort-key's memmove moves the records after the insertion point: 0.23 to 0.26 size per record on average at
    every size from 246 to 100,000 (four seeds), so n^2 / 4 in all, as declared."""
    import bisect
    task = _task("roster-order")
    size = 20_000
    records, = task.generator()(size, random.Random(seed))
    rank = {name: i for i, name in enumerate(sorted({r[3] for r in records}, reverse=True))}
    keys: list = []
    moved = 0
    for r in records:
        key = (r[1], -r[2], rank[r[3]])
        j = bisect.bisect_right(keys, key)
        moved += len(keys) - j
        keys.insert(j, key)
    assert 0.2 < moved / size / size < 0.3
