def max_subarray_sum(nums):
    values = list(nums)
    best = values[0]
    cur = values[0]
    for x in values[1:]:
        if cur > 0:
            cur += x
        else:
            cur = x
        if cur > best:
            best = cur
    return best
