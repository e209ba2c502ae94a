def _sort_count(a):
    """Sorted copy of a and its number of inversions (top-down merge sort)."""
    if len(a) <= 1:
        return list(a), 0
    mid = len(a) // 2
    left, inv_left = _sort_count(a[:mid])
    right, inv_right = _sort_count(a[mid:])
    merged = []
    count = inv_left + inv_right
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            merged.append(right[j])
            count += len(left) - i   # right[j] is smaller than every element still waiting in left
            j += 1
        else:
            merged.append(left[i])
            i += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, count


def count_inversions(nums):
    return _sort_count(nums)[1]
