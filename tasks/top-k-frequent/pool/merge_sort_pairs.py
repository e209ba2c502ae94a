from collections import Counter


def _merge_sort(items):
    if len(items) <= 1:
        return items
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
    # A hand-written merge sort of the (-count, value) pairs.
    pairs = [(-c, v) for v, c in Counter(nums).items()]
    return [v for _, v in _merge_sort(pairs)[:k]]
