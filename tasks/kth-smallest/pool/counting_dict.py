from collections import Counter


def kth_smallest(nums, k):
    # Count each distinct value, then walk the distinct values in order.
    counts = Counter(nums)
    for v in sorted(counts):
        k -= counts[v]
        if k <= 0:
            return v
