from collections import Counter


def top_k_frequent(nums, k):
    # Two stable sorts: by value, then by count descending.
    items = list(Counter(nums).items())
    items.sort(key=lambda item: item[0])
    items.sort(key=lambda item: item[1], reverse=True)
    return [v for v, _ in items][:k]
