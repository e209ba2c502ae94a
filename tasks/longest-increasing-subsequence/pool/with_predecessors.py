from bisect import bisect_left


def lis_length(nums):
    # Also records, for every position, its predecessor in a best chain (enough to rebuild one; not needed here).
    tail_vals = []
    tail_idx = []
    prev = [-1] * len(nums)
    for i, x in enumerate(nums):
        k = bisect_left(tail_vals, x)
        if k > 0:
            prev[i] = tail_idx[k - 1]
        if k == len(tail_vals):
            tail_vals.append(x)
            tail_idx.append(i)
        else:
            tail_vals[k] = x
            tail_idx[k] = i
    return len(tail_vals)
