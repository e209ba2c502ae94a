def longest_run(nums):
    values = sorted(nums, key=lambda v: v)
    best = 0
    current = 0
    last = None
    for v in values:
        if v == last:
            continue
        current = current + 1 if last is not None and v - last == 1 else 1
        best = max(best, current)
        last = v
    return best
