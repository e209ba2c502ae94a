def longest_run(nums):
    # Take any value, extend its run both ways while removing the members from the set.
    remaining = set(nums)
    best = 0
    while remaining:
        x = remaining.pop()
        lo = x - 1
        while lo in remaining:
            remaining.remove(lo)
            lo -= 1
        hi = x + 1
        while hi in remaining:
            remaining.remove(hi)
            hi += 1
        best = max(best, hi - lo - 1)
    return best
