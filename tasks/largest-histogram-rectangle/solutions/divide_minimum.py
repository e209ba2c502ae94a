import sys


def _best(h, lo, hi):
    # Largest rectangle over bars lo..hi-1: either it spans the whole range at the lowest bar's height, or it lies
    # entirely left or right of that bar.
    if lo >= hi:
        return 0
    if hi - lo == 1:
        return h[lo]
    low = min(h[lo:hi])
    m = h.index(low, lo, hi)
    best = low * (hi - lo)
    left = _best(h, lo, m)
    if left > best:
        best = left
    right = _best(h, m + 1, hi)
    if right > best:
        best = right
    return best


def largest_rectangles(histograms):
    # Divide and conquer on the lowest bar: O(n log n) on average for random heights (O(n^2) worst case).
    if sys.getrecursionlimit() < 10000:
        sys.setrecursionlimit(10000)
    total = 0
    for h in histograms:
        total += _best(h, 0, len(h))
    return total
