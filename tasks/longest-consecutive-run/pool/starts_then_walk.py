def longest_run(nums):
    present = set(nums)
    starts = [x for x in present if x - 1 not in present]
    best = 0
    for s in starts:
        length = 1
        while s + length in present:
            length += 1
        if length > best:
            best = length
    return best
