from bisect import bisect_right, insort
from itertools import repeat


def count_inversions(nums):
    # Bottom-up merge of sorted runs.  Cross inversions between a left run L and a right run R are
    # len(L) * len(R) minus, over r in R, the number of elements of L that are <= r: C-level binary searches.
    # The merge itself is sorted(L + R), which timsort does in linear time on two runs.
    total = 0
    runs = []
    chunk = 128
    for start in range(0, len(nums), chunk):
        run = []
        for x in nums[start:start + chunk]:
            total += len(run) - bisect_right(run, x)
            insort(run, x)
        runs.append(run)
    while len(runs) > 1:
        merged = []
        for i in range(0, len(runs) - 1, 2):
            left, right = runs[i], runs[i + 1]
            total += len(left) * len(right) - sum(map(bisect_right, repeat(left, len(right)), right))
            merged.append(sorted(left + right))
        if len(runs) % 2:
            merged.append(runs[-1])
        runs = merged
    return total
