from collections import Counter


def _merge_sort(items):
    # Short runs go to the built-in sort; longer ones are split and merged by hand.
    if len(items) <= 64:
        return sorted(items)
    mid = len(items) // 2
    left = _merge_sort(items[:mid])
    right = _merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def top_k_frequent(nums, k):
    pairs = [(-c, v) for v, c in Counter(nums).items()]
    return [v for _, v in _merge_sort(pairs)[:k]]
