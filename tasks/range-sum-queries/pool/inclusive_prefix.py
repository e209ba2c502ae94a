from itertools import accumulate


def range_sums(nums, queries):
    prefix = list(accumulate(nums))
    out = []
    for l, r in queries:
        if l == 0:
            out.append(prefix[r])
        else:
            out.append(prefix[r] - prefix[l - 1])
    return out
