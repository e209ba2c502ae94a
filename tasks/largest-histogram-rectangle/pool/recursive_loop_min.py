import sys

sys.setrecursionlimit(100000)


def solve(h, lo, hi):
    if lo > hi:
        return 0
    m = lo
    for k in range(lo + 1, hi + 1):
        if h[k] < h[m]:
            m = k
    return max(h[m] * (hi - lo + 1), solve(h, lo, m - 1), solve(h, m + 1, hi))


def largest_rectangles(histograms):
    return sum(solve(h, 0, len(h) - 1) for h in histograms)
