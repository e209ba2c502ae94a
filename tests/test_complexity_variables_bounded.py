"""Facts about generators that tasks' [complexity_variables] state, measured on the generators themselves (the
table says what the generator does, never the class a fit happened to find: tasks/FORMAT.md): the variables a table
holds bounded ("1"), because the generator draws them from a fixed range, once per seed or per item, at every
size."""
from __future__ import annotations

import math
import random
from collections import deque

import pytest

from effbench.scoring.declared import declared_class

from .complexity_variables import _declared_classes, _sweep_seed, _task


def _mean_ready_queue(arrivals: list[int], bursts: list[int], quantum: int) -> float:
    """Round robin as the task's references run it; the mean length of the ready queue over all slices."""
    n = len(arrivals)
    order = sorted(range(n), key=lambda i: (arrivals[i], i))
    remaining = list(bursts)
    queue: deque[int] = deque()
    t = k = total = slices = 0
    while k < n or queue:
        if not queue:
            t = max(t, arrivals[order[k]])
            while k < n and arrivals[order[k]] <= t:
                queue.append(order[k])
                k += 1
        total += len(queue)
        slices += 1
        p = queue.popleft()
        run = min(quantum, remaining[p])
        t += run
        remaining[p] -= run
        while k < n and arrivals[order[k]] <= t:
            queue.append(order[k])
            k += 1
        if remaining[p] > 0:
            queue.append(p)
    return total / slices


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_round_robin_ready_queue_stays_bounded_at_load_over_one(seed):
    """Test 0 (the sweep's input) has load 1.15, but one arrival in 1000 follows a long idle gap that drains the
    backlog, so the ready queue m does not grow with the size: a queue growing with the arrivals (0.15 of 1.15 of
    them left waiting) would average thousands at these sizes."""
    task = _task("round-robin-checksum")
    for size in (20_000, 80_000):
        arrivals, bursts, quantum = task.generator()(size, random.Random(seed), 0)
        assert _mean_ready_queue(arrivals, bursts, quantum) < 1000


def test_round_robin_declarations_read_with_a_bounded_queue():
    task = _task("round-robin-checksum")
    assert task.complexity_variables["m"] == "1"
    declared = _declared_classes(task)
    assert declared == {"unit-ticks": "n log n", "list-pop-front": "n log n", "deque-indices": "n log n"}


@pytest.mark.parametrize("seed", [_sweep_seed("open-lockers-ranges"), 11])
def test_open_lockers_float_corrections_stay_bounded(seed):
    """M, the largest bound, does not grow with the size (test 0 draws every bound below 10**36), so the steps
    float-step-fix takes from a float square root to the exact one stay bounded: measured, a mean of 22 to 31 and a
    maximum of 94 to 108 per bound at sizes 100 to 20,000 (three seeds)."""
    task = _task("open-lockers-ranges")
    for size in (1_000, 20_000):
        ranges, = task.generator()(size, random.Random(seed), 0)
        bounds = [x for lo, hi in ranges for x in (hi, lo - 1) if x > 0]
        assert max(bounds) <= 10**36
        steps = [abs(int(math.sqrt(x)) - math.isqrt(x)) for x in bounds]
        assert max(steps) < 200 and sum(steps) / len(steps) < 50


def test_open_lockers_declarations_read_as_linear():
    task = _task("open-lockers-ranges")
    declared = {r.name: declared_class(r.complexity, task.complexity_variables) for r in task.references}
    assert declared == {name: ("n", "") for name in ("float-step-fix", "float-newton", "math-isqrt")}


def _escape_length(grid: list[str], start: list[int]) -> int:
    """Breadth-first search from the start to the nearest open border cell, as the task's references do."""
    rows, cols = len(grid), len(grid[0])
    r, c = start
    if r in (0, rows - 1) or c in (0, cols - 1):
        return 0
    seen = {(r, c)}
    queue = deque([(r, c, 0)])
    while queue:
        y, x, d = queue.popleft()
        for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
            if grid[ny][nx] == "." and (ny, nx) not in seen:
                if ny in (0, rows - 1) or nx in (0, cols - 1):
                    return d + 1
                seen.add((ny, nx))
                queue.append((ny, nx, d + 1))
    return -1


@pytest.mark.parametrize("seed", [_sweep_seed("grid-shortest-escape"), 11])
def test_grid_escape_grids_and_escapes_stay_bounded(seed):
    """From twice the drawn area on (at most 280,000 cells) the size adds grids of area to 2 * area cells, so R, C
    and the escape length d are bounded (measured: a mean d of 137 to 206 at 300,000 and 1,200,000); below it there
    is one grid of `size` cells whose escape grows as sqrt(size), the regime most of the sweep's sizes are in."""
    task = _task("grid-shortest-escape")
    grids, starts = task.generator()(600_000, random.Random(seed), 0)
    assert len(grids) >= 2 and max(len(g) * len(g[0]) for g in grids) < 280_000
    lengths = [_escape_length(g, s) for g, s in zip(grids, starts)]
    assert 0 < sum(lengths) / len(lengths) < 400
    (small,), (s_start,) = task.generator()(12_000, random.Random(seed), 0)
    (large,), (l_start,) = task.generator()(48_000, random.Random(seed), 0)
    assert _escape_length(large, l_start) > 1.4 * _escape_length(small, s_start)


class _Counted:
    """A key that counts the comparisons sorted() makes."""
    __slots__ = ("v",)
    compares = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        _Counted.compares += 1
        return self.v < other.v


@pytest.mark.parametrize("seed", [_sweep_seed("lateness-schedule"), 11])
def test_lateness_due_dates_stay_near_their_places(seed):
    """r, bubble-passes' passes, is bounded: a due date strays at most 2 * 24 / 0.8 places (measured, 14 to 30
    passes at sizes 73 to 30,000).  The same bounded displacement makes Timsort linear on these inputs (only
    jobs fewer than 60 places apart are ever inverted, so its merges gallop past all but O(60) entries of each run):
    sorted() by due date makes about 5 comparisons per job at every size (measured 4.96 to 5.30 from 945 to
    100,000, four seeds), where log2 n is 10 to 17."""
    task = _task("lateness-schedule")
    for size in (2_000, 20_000):
        _, due = task.generator()(size, random.Random(seed))
        later_before = max(sum(1 for i in range(max(0, j - 80), j) if due[i] > due[j]) for j in range(size))
        assert later_before + 1 < 40
        _Counted.compares = 0
        sorted(range(size), key=lambda i: _Counted(due[i]))
        assert _Counted.compares / size < 6


@pytest.mark.parametrize("seed", [_sweep_seed("digit-sum-range-count"), 11, 12])
def test_digit_sum_ranges_stay_narrow_and_short(seed):
    """w (a range's width) and D (its numbers' digits) are bounded: widths up to 120 to 180 and numbers below
    10**15 at every size, so the numbers walked per query, times their digits, keep one mean (measured, 445 to 545
    from 2,000 queries on; over the sweep's first 55 to 392 queries it still rises from 434 to 509)."""
    task = _task("digit-sum-range-count")
    means = []
    for size in (2_000, 20_000):
        queries, = task.generator()(size, random.Random(seed))
        assert max(hi - lo for lo, hi, _ in queries) <= 180
        assert max(len(str(hi)) for _, hi, _ in queries) <= 16
        means.append(sum((hi - lo + 1) * len(str(hi)) for lo, hi, _ in queries) / size)
    assert abs(means[1] / means[0] - 1) < 0.1


@pytest.mark.parametrize("seed", [_sweep_seed("first-repeated-window"), 11])
def test_first_repeated_window_length_is_drawn_once(seed):
    """w is drawn first, from 24 to 40, so one seed has one w at every size; the windows hashed before the planted
    repeat are a share of the list that settles (measured, 0.65 at size 91, 0.80 at 329, then 0.84 to 0.86 from
    1184 on for the sweep's seed): fewer windows than numbers at small sizes, not a growing w."""
    task = _task("first-repeated-window")
    ws = {task.generator()(size, random.Random(seed), 0)[1] for size in (100, 1_000, 10_000, 100_000)}
    assert len(ws) == 1 and 24 <= ws.pop() <= 40


@pytest.mark.parametrize("seed", [_sweep_seed("largest-histogram-rectangle"), 11, 12])
def test_histogram_lengths_stay_bounded(seed):
    """L is drawn from 40 to 110 bars at every size, so all-pairs' L(L + 1) / 2 pairs per histogram are a bounded
    number per bar (measured, 37.7 to 39.9 at 8580 and 38.1 to 41.0 at 50,000, four seeds); over the sweep's
    smallest sizes the last histogram is cut short and few are drawn (28.7 per bar at 97 for the sweep's seed)."""
    task = _task("largest-histogram-rectangle")
    for size in (10_000, 50_000):
        histograms, = task.generator()(size, random.Random(seed))
        assert max(len(h) for h in histograms) <= 110
        assert 30 < sum(len(h) * (len(h) + 1) / 2 for h in histograms) / size < 55.5


@pytest.mark.parametrize("seed", [_sweep_seed("stair-step-costs"), 11, 12])
def test_stair_steps_jumps_are_drawn_once(seed):
    """k, each staircase's longest jump, is drawn first (1 to 50), so one seed has the same k at every size, and the
    predecessors compared per position, min(i, k), keep one mean once the staircases are much longer than k
    (measured, 36.3 at 2991 and 36.8 at 73,332 for the sweep's seed; 23.5 at 122, where most positions are within k
    of their staircase's start)."""
    task = _task("stair-step-costs")
    means, ks_seen = [], []
    for size in (20_000, 70_000):
        stairs, ks = task.generator()(size, random.Random(seed))
        ks_seen.append(ks)
        assert max(ks) <= 50
        means.append(sum(min(i, k) for s, k in zip(stairs, ks) for i in range(1, len(s) + 2)) / size)
    assert ks_seen[0] == ks_seen[1]
    assert abs(means[1] / means[0] - 1) < 0.05


@pytest.mark.parametrize("seed", [_sweep_seed("merge-k-streams-checksum"), 11])
def test_merge_streams_count_is_drawn_once(seed):
    """k, the number of streams, is drawn first from 8 to 32: the same at every size for one seed."""
    task = _task("merge-k-streams-checksum")
    ks = {len(task.generator()(size, random.Random(seed))[0]) for size in (100, 3_000, 30_000)}
    assert len(ks) == 1 and 8 <= ks.pop() <= 32


@pytest.mark.parametrize("seed", [_sweep_seed("anagram-groups-count"), 11])
def test_anagram_groups_are_bounded(seed):
    """g, the anagram groups, is bounded: a word is a multiset of 1 to 8 of 8 letters, at most C(16, 8) - 1 = 12,869
    groups at any size.  Measured, g is 0.62 to 0.93 size up to 1,600 words (all a quadratic reference's sweep
    reaches) but 0.095 size at 100,000, the top level: it grows far slower than the size long before the top."""
    task = _task("anagram-groups-count")
    groups = []
    for size in (2_000, 20_000):
        words, = task.generator()(size, random.Random(seed))
        groups.append(len({"".join(sorted(w)) for w in words}))
    assert max(len(w) for w in words) <= 8 and set("".join(words)) <= set("abcdefgh")
    assert math.comb(16, 8) - 1 == 12_869 and groups[1] <= 12_869
    assert groups[1] / groups[0] < 6  # a linear g would grow tenfold


def test_anagram_declarations_read_with_bounded_groups():
    task = _task("anagram-groups-count")
    assert task.complexity_variables == {"k": "1", "g": "1"}
    assert _declared_classes(task) == {"compare-representatives": "n", "counter-key": "n", "sorted-key": "n"}
