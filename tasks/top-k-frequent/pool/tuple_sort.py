from collections import Counter


def top_k_frequent(nums, k):
    ranked = sorted([(-c, v) for v, c in Counter(nums).items()])
    return [v for _, v in ranked[:k]]
