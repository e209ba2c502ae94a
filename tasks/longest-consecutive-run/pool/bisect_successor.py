from bisect import bisect_left


def longest_run(nums):
    # Distinct values sorted; whether x + 1 is present is answered by binary search.
    values = sorted(set(nums))
    n = len(values)
    best = 0
    run = 0
    for x in values:
        run += 1
        if run > best:
            best = run
        i = bisect_left(values, x + 1)
        if i == n or values[i] != x + 1:
            run = 0
    return best
