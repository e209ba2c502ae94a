from itertools import groupby


def count_pairs(nums, target):
    runs = [(v, sum(1 for _ in g)) for v, g in groupby(sorted(nums))]
    counts = dict(runs)
    total = 0
    for v, c in runs:
        w = target - v
        if w == v:
            total += c * (c - 1) // 2
        elif w > v and w in counts:
            total += c * counts[w]
    return total
