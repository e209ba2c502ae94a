from itertools import accumulate


def range_sums(nums, queries):
    # prefix[i] = sum of nums[:i]; each query is the difference of two prefix sums.
    prefix = list(accumulate(nums, initial=0))
    return [prefix[r + 1] - prefix[l] for l, r in queries]
