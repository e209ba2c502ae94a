from itertools import accumulate


def range_sums(nums, queries):
    # Answer the queries in order of their left end (needlessly), then put the answers back in place.
    prefix = list(accumulate(nums, initial=0))
    order = sorted(range(len(queries)), key=lambda i: queries[i])
    out = [0] * len(queries)
    for i in order:
        l, r = queries[i]
        out[i] = prefix[r + 1] - prefix[l]
    return out
