from itertools import groupby


def longest_run(nums):
    # In the sorted distinct values, a run keeps value - position constant.
    values = sorted(set(nums))
    best = 0
    for _, group in groupby(enumerate(values), key=lambda p: p[1] - p[0]):
        size = sum(1 for _ in group)
        if size > best:
            best = size
    return best
