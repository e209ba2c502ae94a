def longest_run(nums):
    present = set(nums)
    best = 0
    for x in present:
        end = x
        while end + 1 in present:
            end += 1
        if end - x + 1 > best:
            best = end - x + 1
    return best
