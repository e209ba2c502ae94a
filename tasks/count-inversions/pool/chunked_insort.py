from bisect import bisect_right, insort


def count_inversions(nums):
    # Sorted runs of 64 built by insertion; runs merged pairwise by counting with bisect and re-sorting.
    total = 0
    runs = []
    for s in range(0, len(nums), 64):
        run = []
        for x in nums[s:s + 64]:
            total += len(run) - bisect_right(run, x)
            insort(run, x)
        runs.append(run)
    while len(runs) > 1:
        nxt = []
        for i in range(0, len(runs) - 1, 2):
            left, right = runs[i], runs[i + 1]
            for r in right:
                total += len(left) - bisect_right(left, r)
            nxt.append(sorted(left + right))
        if len(runs) % 2:
            nxt.append(runs[-1])
        runs = nxt
    return total
