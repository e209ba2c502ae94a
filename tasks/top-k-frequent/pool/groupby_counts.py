from itertools import groupby


def top_k_frequent(nums, k):
    pairs = [(-len(list(g)), v) for v, g in groupby(sorted(nums))]
    pairs.sort()
    return [v for _, v in pairs[:k]]
