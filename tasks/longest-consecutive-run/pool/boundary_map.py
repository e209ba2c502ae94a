def longest_run(nums):
    # length[x] holds the length of the run that x belongs to when x is a run boundary.
    length = {}
    best = 0
    for x in nums:
        if x in length:
            continue
        left = length.get(x - 1, 0)
        right = length.get(x + 1, 0)
        total = left + right + 1
        length[x] = total
        length[x - left] = total
        length[x + right] = total
        if total > best:
            best = total
    return best
