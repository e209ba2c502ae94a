def longest_run(nums):
    present = set(nums)
    best = 0
    for x in present:
        if x - 1 in present:
            continue
        end = x + 1
        while end in present:
            end += 1
        if end - x > best:
            best = end - x
    return best
