from collections import Counter
from functools import cmp_to_key


def top_k_frequent(nums, k):
    counts = Counter(nums)

    def compare(a, b):
        if counts[a] != counts[b]:
            return counts[b] - counts[a]
        return -1 if a < b else (1 if a > b else 0)

    return sorted(counts, key=cmp_to_key(compare))[:k]
