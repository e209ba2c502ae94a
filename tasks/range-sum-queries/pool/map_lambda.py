from itertools import accumulate


def range_sums(nums, queries):
    prefix = list(accumulate(nums, initial=0))
    return list(map(lambda q: prefix[q[1] + 1] - prefix[q[0]], queries))
